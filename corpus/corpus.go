// Package corpus is Parley's built-in sample corpus: short news articles
// the team wrote in its own words about real, documented diplomatic events
// of 2019–2024, in the shapes users really have (full HTML pages with
// boilerplate, plain-text scrapes, wire briefs, government readouts), each
// with a sidecar file of the events, quotes and actors it states. `parley
// demo` ingests it, and the tests check the pipeline against the sidecars.
package corpus

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"parley/eval"
)

//go:embed samples
var samples embed.FS

// Sample is one article of the corpus with its labels.
type Sample struct {
	// Name is the file name without extension: "2021-06-28-xi-putin-talks-report".
	Name string
	// File is the article's file name inside the corpus.
	File string
	Body []byte
	Gold *eval.Gold
}

// FS returns the corpus files, for ingesting them like any folder.
func FS() fs.FS {
	sub, err := fs.Sub(samples, "samples")
	if err != nil {
		panic(err) // the embedded tree always has the folder
	}
	return sub
}

// Samples returns every article with its sidecar, in name order.
func Samples() ([]Sample, error) {
	fsys := FS()
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []Sample
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ".gold.json") || e.IsDir() {
			continue
		}
		ext := path.Ext(name)
		if ext != ".html" && ext != ".txt" {
			continue
		}
		base := strings.TrimSuffix(name, ext)
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		side, err := fs.ReadFile(fsys, base+".gold.json")
		if err != nil {
			return nil, fmt.Errorf("corpus: %s has no sidecar: %w", name, err)
		}
		g, err := eval.ParseGold(bytes.NewReader(side))
		if err != nil {
			return nil, fmt.Errorf("corpus: %s.gold.json: %w", base, err)
		}
		out = append(out, Sample{Name: base, File: name, Body: body, Gold: g})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
