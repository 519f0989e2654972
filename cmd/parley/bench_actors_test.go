package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// TestBenchActorsPrintsTable runs "parley bench actors" over the held-out
// set and checks that it prints the score table; the scores themselves are
// not asserted here.
func TestBenchActorsPrintsTable(t *testing.T) {
	var out bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
	if err := runBenchActors(context.Background(), e, []string{"../../testdata/heldout/actors"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"mentions detected", "mentions resolved", "people: right role", "recall by reference", "MB/s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBenchActorsRejectsTwoDirs(t *testing.T) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	if err := runBenchActors(context.Background(), e, []string{"a", "b"}); err == nil {
		t.Error("two folders were accepted")
	}
}
