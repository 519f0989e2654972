package eval

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// LabelledPage is a page with its labels, ready to analyze.
type LabelledPage struct {
	Name string
	Body []byte // raw page bytes (decompressed)
	Gold *Gold
}

// LoadEventsDev reads a folder laid out like ../shared/data/events-dev:
// gold/<id>.json, with each page at pagesDir/<id>.html.gz (by default
// ../article-extraction-benchmark/html beside the folder).
func LoadEventsDev(dir, pagesDir string) ([]LabelledPage, error) {
	if pagesDir == "" {
		pagesDir = filepath.Join(dir, "..", "article-extraction-benchmark", "html")
	}
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("events-dev: no gold/*.json under %s", dir)
	}
	sort.Strings(files)
	var out []LabelledPage
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		g, err := ParseGold(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		body, err := readGzip(filepath.Join(pagesDir, id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("events-dev: page of %s: %w", id, err)
		}
		out = append(out, LabelledPage{Name: id, Body: body, Gold: g})
	}
	return out, nil
}
