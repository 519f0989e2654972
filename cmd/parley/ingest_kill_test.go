package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"syscall"
	"testing"
	"time"
)

// TestKillAndResume is D1: the real binary, killed with SIGKILL at random
// moments while it ingests a corpus, then run again with the same command
// until it finishes, ends with exactly the articles and rejections of a
// clean run, a database that passes integrity_check, and the last run
// passing over the inputs the killed runs had finished.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a corpus several times")
	}
	bin := filepath.Join(t.TempDir(), "parley")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// The corpus: generated pages in folders, a web archive, and a few
	// inputs that must be rejected.
	dir := t.TempDir()
	if _, _, err := writeCorpus(dir, 300, false); err != nil {
		t.Fatal(err)
	}
	warcDir := filepath.Join(t.TempDir(), "w")
	os.MkdirAll(warcDir, 0o755)
	f, err := os.Create(filepath.Join(warcDir, "crawl.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 300; i < 360; i++ {
		writeWARCPage(w, benchPage(i), i)
	}
	w.Flush()
	f.Close()
	pages := filepath.Join(dir, "pages")
	writeFile(t, filepath.Join(pages, "bad", "empty.html"), nil)
	writeFile(t, filepath.Join(pages, "bad", "photo.html"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00"))
	args := func(db, report string) []string {
		return []string{"ingest", "--db", db, "--quiet", "--batch", "16", "--report", report, pages, filepath.Join(warcDir, "crawl.warc.gz")}
	}

	// A clean run, for reference.
	ref := filepath.Join(t.TempDir(), "ref.db")
	start := time.Now()
	if out, err := exec.Command(bin, args(ref, filepath.Join(t.TempDir(), "r.json"))...).CombinedOutput(); exitCode(err) != exitRejects {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	// Kills fall anywhere in the time a whole run takes here, so that on
	// a slow or busy machine they still land while pages are being stored.
	whole, total := time.Since(start), loggedInputs(t, ref)

	db := filepath.Join(t.TempDir(), "killed.db")
	report := filepath.Join(t.TempDir(), "report.json")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	kills := 0
	for range 6 {
		cmd := exec.Command(bin, args(db, report)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		// …within what is left of the job: a resumed run passes over the
		// finished inputs quickly.
		left := 1 - float64(loggedInputs(t, db))/float64(total)
		wait := whole/20 + time.Duration(rng.Float64()*left*float64(whole))
		select {
		case err := <-done:
			t.Logf("the run finished before its kill (%v)", err)
		case <-time.After(wait):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
			t.Logf("killed after %v", wait)
		}
	}
	finished := loggedInputs(t, db)
	out, err := exec.Command(bin, args(db, report)...).CombinedOutput()
	if exitCode(err) != exitRejects {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	var rep ingestReport
	if b, err := os.ReadFile(report); err != nil || json.Unmarshal(b, &rep) != nil {
		t.Fatalf("report: %v", err)
	}
	if rep.Seen != rep.Stored+rep.Duplicate+rep.Rejected {
		t.Errorf("final report %+v: seen ≠ stored + duplicate + rejected", rep.Report)
	}
	if rep.Resumed != finished {
		t.Errorf("the final run passed over %d inputs, want the %d the killed runs had logged: %+v", rep.Resumed, finished, rep.Report)
	}

	integrity(t, db)
	if got, want := snapshot(t, db), snapshot(t, ref); !reflect.DeepEqual(got, want) {
		t.Errorf("after %d kills the database differs from a clean run's:\n got %d articles, %d rejections, %d logged\nwant %d, %d, %d",
			kills, len(got.articles), len(got.rejections), got.logged, len(want.articles), len(want.rejections), want.logged)
	}
}

// loggedInputs counts the inputs whose outcome the database holds, none
// when the killed runs left no database.
func loggedInputs(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM ingest_log`).Scan(&n); err != nil {
		return 0 // killed before the schema was written
	}
	return n
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

// dbState is what must be the same after any history of kills.
type dbState struct {
	articles   []string // content hash and canonical URL
	rejections []string // locator, stage, kind, detail
	logged     int
}

func snapshot(t *testing.T, path string) dbState {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var s dbState
	query := func(q string, fn func(*sql.Rows) string) []string {
		rows, err := db.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			out = append(out, fn(rows))
		}
		sort.Strings(out)
		return out
	}
	s.articles = query(`SELECT content_hash, coalesce(canonical_url, '') FROM articles`, func(r *sql.Rows) string {
		var h, u string
		r.Scan(&h, &u)
		return h + " " + u
	})
	s.rejections = query(`SELECT locator, stage, kind, detail FROM rejections`, func(r *sql.Rows) string {
		var l, st, k, d string
		r.Scan(&l, &st, &k, &d)
		return fmt.Sprintf("%s|%s|%s|%s", l, st, k, d)
	})
	if err := db.QueryRow(`SELECT count(*) FROM ingest_log`).Scan(&s.logged); err != nil {
		t.Fatal(err)
	}
	return s
}
