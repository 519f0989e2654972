package main

import (
	"bytes"
	"context"
	"io"
	"regexp"
	"strings"
	"testing"
)

// TestBenchIngestReportsBothSingleRates runs "parley bench ingest" on a
// small corpus and checks that it stores every page and prints the
// single-page rate timed before and after the ingest, with the ratio per
// core taken against their mean. (The rates themselves are the machine's.)
func TestBenchIngestReportsBothSingleRates(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and ingests a corpus")
	}
	var out bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
	if err := runBenchIngest(context.Background(), e, []string{"--pages", "40", "--sample", "5", "--dir", t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, re := range []string{
		`analyze +[0-9.]+ pages/s on one core \(5 pages, one at a time: [0-9.]+ before the ingest, [0-9.]+ after\)`,
		`ingest +40 pages in `,
		`per core +[0-9.]+ pages/s = [0-9]+% of the single-page rate`,
		`outcomes +seen 40, stored [0-9]+, duplicate [0-9]+, rejected 0`,
		`cpu +[0-9.]+ ms a page in ingest \(user and system time of the process\), [0-9.]+ alone: [0-9]+%`,
	} {
		if !regexp.MustCompile(re).MatchString(s) {
			t.Errorf("output lacks %s:\n%s", re, s)
		}
	}
}
