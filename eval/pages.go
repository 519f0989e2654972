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

// LoadFolder reads a folder of labelled pages laid out like the held-out
// set (testdata/heldout/events): each page is <name>.txt or <name>.html
// beside its labels <name>.gold.json. Pages come back in name order; a
// sidecar without its page, or with both a .txt and an .html page, is an
// error, and files that are not sidecars are read only as their pages.
func LoadFolder(dir string) ([]LabelledPage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: no *.gold.json under %s", dir)
	}
	sort.Strings(files)
	var out []LabelledPage
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		page, err := findPage(dir, name)
		if err != nil {
			return nil, err
		}
		body, err := readPage(page)
		if err != nil {
			return nil, err
		}
		side, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		g, err := ParseGold(bytes.NewReader(side))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, LabelledPage{Name: name, Body: body, Gold: g})
	}
	return out, nil
}

// findPage returns the one page file of a sidecar: <name>.txt or <name>.html.
func findPage(dir, name string) (string, error) {
	var found []string
	for _, ext := range []string{".txt", ".html"} {
		p := filepath.Join(dir, name+ext)
		if _, err := os.Stat(p); err == nil {
			found = append(found, p)
		} else if !os.IsNotExist(err) {
			return "", err
		}
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("eval: %s.gold.json has no page %s.txt or %s.html in %s", name, name, name, dir)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("eval: %s has both a .txt and an .html page in %s", name, dir)
}

// readPage reads a page file, refusing one larger than a benchmark page may be.
func readPage(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > maxBenchPage {
		return nil, fmt.Errorf("eval: %s: more than %d bytes", path, maxBenchPage)
	}
	return os.ReadFile(path)
}
