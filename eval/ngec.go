package eval

import (
	"archive/zip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"parley"
)

// Story is one synthetic story of the NGEC PLOVER set: a short text with
// the event type and mode its generating prompt asked for. The labels come
// from prompts, not annotators, so they are a smoke test, not truth.
type Story struct {
	Title, Text, Label, Mode string
}

// LoadNGEC reads the stories from the set's CSV, or from the zip that
// ships it (../shared/data/ngec-plover/gpt_synthetic_events_*.csv.zip).
func LoadNGEC(path string) ([]Story, error) {
	var r io.Reader
	if strings.HasSuffix(path, ".zip") {
		z, err := zip.OpenReader(path)
		if err != nil {
			return nil, err
		}
		defer z.Close()
		for _, f := range z.File {
			if strings.HasSuffix(f.Name, ".csv") {
				rc, err := f.Open()
				if err != nil {
					return nil, err
				}
				defer rc.Close()
				r = rc
				break
			}
		}
		if r == nil {
			return nil, fmt.Errorf("ngec: no .csv inside %s", path)
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("ngec: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, c := range []string{"text", "title", "label", "mode"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("ngec: no %q column", c)
		}
	}
	var out []Story
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ngec: %w", err)
		}
		out = append(out, Story{Title: rec[col["title"]], Text: rec[col["text"]], Label: rec[col["label"]], Mode: rec[col["mode"]]})
	}
	return out, nil
}

// TypeScore counts, per labelled type, the stories in which the coder
// found at least one event of that type, and the events of other types it
// found there.
type TypeScore struct {
	Stories, Found map[string]int
	Other          map[string]map[string]int
	NoEvent        int
}

// NewTypeScore returns an empty score.
func NewTypeScore() *TypeScore {
	return &TypeScore{Stories: map[string]int{}, Found: map[string]int{}, Other: map[string]map[string]int{}}
}

// Add scores one story.
func (s *TypeScore) Add(label string, evs []parley.Event) {
	s.Stories[label]++
	if len(evs) == 0 {
		s.NoEvent++
	}
	found := false
	for _, e := range evs {
		if string(e.Type) == label {
			found = true
			continue
		}
		if s.Other[label] == nil {
			s.Other[label] = map[string]int{}
		}
		s.Other[label][string(e.Type)]++
	}
	if found {
		s.Found[label]++
	}
}

// Write prints the recall of the labelled type per type.
func (s *TypeScore) Write(w io.Writer) {
	var labels []string
	total, found := 0, 0
	for l := range s.Stories {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	fmt.Fprintf(w, "%-10s %7s %7s %7s   %s\n", "label", "stories", "found", "recall", "most frequent other types")
	for _, l := range labels {
		n, f := s.Stories[l], s.Found[l]
		total += n
		found += f
		type kv struct {
			k string
			v int
		}
		var others []kv
		for k, v := range s.Other[l] {
			others = append(others, kv{k, v})
		}
		sort.Slice(others, func(i, j int) bool {
			return others[i].v > others[j].v || others[i].v == others[j].v && others[i].k < others[j].k
		})
		var parts []string
		for i, o := range others {
			if i == 3 {
				break
			}
			parts = append(parts, fmt.Sprintf("%s %d", o.k, o.v))
		}
		fmt.Fprintf(w, "%-10s %7d %7d %7.3f   %s\n", l, n, f, ratio(f, n), strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "\nstories with an event of their labelled type: %d of %d (%.3f); with no event at all: %d\n", found, total, ratio(found, total), s.NoEvent)
}
