package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"parley/store"
	"parley/store/sqlite"
)

// execParley runs the command line in-process, with PARLEY_DB set to
// dbEnv when it is not empty, and returns the exit status and output.
func execParley(t *testing.T, dbEnv, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errOut,
		getenv: func(k string) string {
			if k == "PARLEY_DB" {
				return dbEnv
			}
			return ""
		},
	}
	code = run(context.Background(), args, e)
	return code, out.String(), errOut.String()
}

// Short pages in plain text, written for these tests.
const (
	pageGeneva = "Leaders meet in Geneva\n\nRussian President Vladimir Putin met U.S. President Joe Biden in Geneva on Wednesday, June 16, 2021, for their first summit.\n\nThe two leaders talked for about four hours, officials said.\n"
	pageCall   = "Xi and Putin speak by video\n\nChinese President Xi Jinping held a video call with Russian President Vladimir Putin on Monday, June 28, 2021.\n\nThey discussed a treaty signed twenty years ago.\n"
	pageStdin  = "Ministers confer\n\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Guilin on March 22, 2021.\n"
)

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// mixedFolder writes two good pages (one compressed), a copy of one, an
// empty page, a binary file named .html and a PDF, and returns the folder.
func mixedFolder(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "pages")
	writeFile(t, filepath.Join(dir, "geneva.txt"), []byte(pageGeneva))
	writeFile(t, filepath.Join(dir, "sub", "call.txt.gz"), gzipped(t, pageCall))
	writeFile(t, filepath.Join(dir, "sub", "copy-of-geneva.txt"), []byte(pageGeneva))
	writeFile(t, filepath.Join(dir, "empty.html"), nil)
	writeFile(t, filepath.Join(dir, "photo.html"), append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 64)...))
	writeFile(t, filepath.Join(dir, "report.pdf"), []byte("%PDF-1.4"))
	return dir
}

func TestIngestMixedFolder(t *testing.T) {
	dir := mixedFolder(t)
	db := filepath.Join(t.TempDir(), "p.db")
	code, stdout, stderr := execParley(t, "", "", "ingest", "--db", db, dir)
	if code != exitRejects {
		t.Fatalf("exit %d, want %d (some rejected)\nstdout: %s\nstderr: %s", code, exitRejects, stdout, stderr)
	}
	wantSummary := "seen 5, stored 2, duplicate 1, rejected 2; skipped 1 file of other types (.pdf 1)\n"
	if stdout != wantSummary {
		t.Errorf("stdout = %q, want %q", stdout, wantSummary)
	}
	for _, want := range []string{
		"rejected " + filepath.Join(dir, "empty.html") + ": the document is empty [empty at read]",
		"rejected " + filepath.Join(dir, "photo.html") + ": ",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "rejected "); n != 2 {
		t.Errorf("stderr names %d rejections, want 2:\n%s", n, stderr)
	}

	t.Run("SecondRunStoresNothingNew", func(t *testing.T) {
		code, stdout, _ := execParley(t, "", "", "ingest", "--db", db, dir)
		if code != exitRejects || !strings.HasPrefix(stdout, "seen 5, stored 0, duplicate 3, rejected 2") {
			t.Errorf("exit %d, stdout %q; want 3 and everything a duplicate or rejected again", code, stdout)
		}
		s, err := sqlite.Open(context.Background(), db, sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		c, _ := s.Counts(context.Background())
		if c.Articles != 2 || c.Rejections != 2 {
			t.Errorf("database holds %d articles and %d rejections, want 2 and 2", c.Articles, c.Rejections)
		}
		rs, _ := s.Rejections(context.Background(), store.RejectionFilter{})
		for _, r := range rs {
			if r.Locator == "" || r.Stage == "" || r.Detail == "" {
				t.Errorf("incomplete rejection in the ledger: %+v", r)
			}
		}
	})
}

func TestIngestCleanRunExitsZero(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(pageGeneva))
	db := filepath.Join(t.TempDir(), "env.db")
	// The database comes from PARLEY_DB when --db is not given.
	code, stdout, stderr := execParley(t, db, pageStdin, "ingest", filepath.Join(dir, "a.txt"), "-")
	if code != exitOK || stdout != "seen 2, stored 2, duplicate 0, rejected 0\n" || stderr != "" {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("PARLEY_DB was not used: %v", err)
	}
}

func TestIngestMissingPathIsRejected(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	code, stdout, stderr := execParley(t, "", "", "ingest", "--db", filepath.Join(t.TempDir(), "p.db"), missing)
	if code != exitRejects || stdout != "seen 1, stored 0, duplicate 0, rejected 1\n" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	if want := "rejected " + missing + ": no such file or folder [not_found at read]"; !strings.Contains(stderr, want) {
		t.Errorf("stderr = %q, want it to contain %q", stderr, want)
	}
}

func TestIngestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"NoPaths", []string{"ingest", "--db", db}, exitUsage, "want at least one PATH"},
		{"StdinTwice", []string{"ingest", "--db", db, "-", "-"}, exitUsage, "only once"},
		{"NegativeWorkers", []string{"ingest", "--db", db, "--workers", "-1", "x"}, exitUsage, "--workers"},
		{"UnknownFlag", []string{"ingest", "--frobnicate", "x"}, exitUsage, "frobnicate"},
		{"DatabaseIsAFolder", []string{"ingest", "--db", t.TempDir(), "x"}, exitFailure, "parley ingest:"},
		{"Help", []string{"ingest", "-h"}, exitOK, "Usage: parley ingest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := execParley(t, "", "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

// TestTuneGC checks that ingest's collector settings apply only while it
// runs, and that GOGC and GOMEMLIMIT set by the user are left alone.
func TestTuneGC(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := tuneGC(func(string) string { return "" })
	if got := debug.SetGCPercent(300); got != 300 {
		t.Errorf("GC percent during ingest %d, want 300", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 200<<20 {
		t.Errorf("memory limit during ingest %d, want %d", got, 200<<20)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent after ingest %d, want 100 restored", got)
	}
	restore = tuneGC(func(k string) string { return map[string]string{"GOGC": "50", "GOMEMLIMIT": "1GiB"}[k] })
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent with GOGC set %d, want the user's setting kept", got)
	}
	restore()
}
