package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/kb"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Putin", "vladimir-putin"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Umaru Musa Yar'Adua", "umaru-musa-yaradua"},
		{"George W. Bush", "george-w-bush"},
		{"Nguyễn Phú Trọng", "nguyen-phu-trong"},
		{"Đuro Macut", "duro-macut"},
		{"Lars Løkke Rasmussen", "lars-lokke-rasmussen"},
		{"  Saint-Denis  ", "saint-denis"},
		{"Xi'an", "xian"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadTable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.txt")
	src := "# comment\n\n a | b ; c |  | d \n#x|y\nlast\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rows, err := readTable(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	r := rows[0]
	if r.line != 3 || r.at(0) != "a" || r.at(2) != "" || r.at(3) != "d" || r.at(9) != "" {
		t.Errorf("row = %+v", r)
	}
	if l := r.list(1); len(l) != 2 || l[0] != "b" || l[1] != "c" {
		t.Errorf("list = %q", l)
	}
}

func TestBuildPeopleReportsUndeclaredHolder(t *testing.T) {
	dir := t.TempDir()
	src := "@office President of Nowhere | FRA | head_of_state\nNobody Known | 2020 |\n"
	if err := os.WriteFile(filepath.Join(dir, "people-x.txt"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := buildPeople(filepath.Join(dir, "people-*.txt")); err == nil {
		t.Error("buildPeople accepted a holder without an @person line")
	}
}

func TestBuildPeopleCollectsRolesAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	a := "@person Ann Example | f | | Q1 | A. Example\n@office Minister of X of France | FRA | minister\nAnn Example | 2001 | 2002\n"
	b := "@office Head of Y | org:un | org_leader\nAnn Example | 2003-01-02 |\n"
	for name, s := range map[string]string{"people-a.txt": a, "people-b.txt": b} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := buildPeople(filepath.Join(dir, "people-*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ents := out["people-a.json"]
	if len(ents) != 1 || len(out["people-b.json"]) != 0 {
		t.Fatalf("people by file = %v", out)
	}
	p := ents[0]
	if p.ID != "person:ann-example" || p.Country != "FRA" || len(p.Roles) != 2 || p.Roles[1].Of != "org:un" {
		t.Errorf("person = %+v", p)
	}
}

// TestDataIsUpToDate regenerates the data into a temporary directory and
// compares it with kb/data, so that an edit of kb/source without a rerun
// of the generator (or a hand edit of kb/data) fails the build.
func TestDataIsUpToDate(t *testing.T) {
	const iso = "/usr/share/iso-codes/json/iso_3166-1.json"
	if _, err := os.Stat(iso); err != nil {
		t.Skipf("iso-codes is not installed (%v); install the Debian package iso-codes to run this test", err)
	}
	out := t.TempDir()
	if err := run(iso, "/usr/share/locale", "../../source", out); err != nil {
		t.Fatal(err)
	}
	want, _ := filepath.Glob(filepath.Join("../../data", "*.json"))
	got, _ := filepath.Glob(filepath.Join(out, "*.json"))
	if len(want) != len(got) {
		t.Fatalf("kb/data has %d files, the generator writes %d; run go run ./kb/internal/kbgen", len(want), len(got))
	}
	for _, w := range want {
		a, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, filepath.Base(w)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s is stale; run go run ./kb/internal/kbgen", filepath.Base(w))
		}
	}
}

// The generated cities add places, but never a second place of a name a
// capital or places.txt already has, and a slug two cities share keeps
// them apart by country.
func TestAddCities(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cities.txt")
	src := "# name | country | population | GeoNames name\n" +
		"Odessa | UKR | 1001558 |\n" +
		"Mandalay | MMR | 1208099 |\n" +
		"Rafah | PSE | 126305 | Rafaḩ\n" +
		"Victoria | CAN | 400000 |\n" +
		"Groznyy | RUS | 226100 |\n" +
		"Kamensk-Uralskiy | RUS | 182500 | Kamensk-Ural’skiy\n" +
		"Navoiy | UZB | 129725 |\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	places := []kb.Entity{
		{ID: "place:odesa", Kind: kb.KindPlace, Name: "Odesa", Country: "UKR", Aliases: []string{"Odessa"}},
		{ID: "place:victoria", Kind: kb.KindPlace, Name: "Victoria", Country: "SYC"},
	}
	got, err := addCities(path, places)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range got {
		ids = append(ids, p.ID+" "+p.Country+" "+strings.Join(p.Aliases, ";"))
	}
	want := []string{"place:odesa UKR Odessa", "place:victoria SYC ", "place:mandalay MMR ", "place:rafah PSE Rafaḩ",
		// the English spelling names a Russian city, GeoNames' is an alias
		// (Uzbek names keep theirs)
		"place:grozny RUS Groznyy", "place:kamensk-uralsky RUS Kamensk-Uralskiy;Kamensk-Ural’skiy", "place:navoiy UZB "}
	if !slices.Equal(ids, want) {
		t.Errorf("places\n%q\nwant\n%q", ids, want)
	}
}

func TestFillStateGovernment(t *testing.T) {
	fields := func(gov string) []string {
		f := make([]string, stGovernment+1)
		f[stCode], f[stStatus], f[stGovernment] = "XYZ", "un_member", gov
		return f
	}
	var e kb.Entity
	if err := fillState(&e, row{file: "states.txt", line: 1, fields: fields("federal")}); err != nil || !e.Federal {
		t.Errorf("federal: Federal = %v, err = %v", e.Federal, err)
	}
	e = kb.Entity{}
	if err := fillState(&e, row{file: "states.txt", line: 2, fields: fields("")}); err != nil || e.Federal {
		t.Errorf("empty: Federal = %v, err = %v", e.Federal, err)
	}
	if err := fillState(&e, row{file: "states.txt", line: 3, fields: fields("unitary")}); err == nil || !strings.Contains(err.Error(), "unitary") {
		t.Errorf("unitary: err = %v, want an error naming the value", err)
	}
}
