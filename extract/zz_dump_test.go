package extract

import (
	"fmt"
	"os"
	"testing"

	"parley"
)

func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZDUMP")
	if out == "" {
		t.Skip()
	}
	docs := loadBench(t)
	f, _ := os.Create(out)
	defer f.Close()
	for _, d := range docs {
		a, _ := Extract(parley.Document{URL: d.URL, Body: d.HTML}, parley.DefaultLimits())
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\n", d.ID[:8], a.Published.Format("2006-01-02T15:04Z07:00"), a.PublishedSource, a.Title)
	}
}
