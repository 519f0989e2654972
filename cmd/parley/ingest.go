package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"parley"
	"parley/ingest"
	"parley/source/feed"
	"parley/source/fetch"
	"parley/source/files"
	"parley/source/warc"
	"parley/store"
	"parley/store/sqlite"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[flags] INPUT...", `
Analyze news pages and store them, with their actors, dates, quotes and
events, in the database. An INPUT is:

  a file or folder   folders are read recursively, taking .html, .htm and
                     .txt files and gzip-compressed copies of them (.html.gz,
                     …) and counting the other files they skip
  -                  one page from standard input
  X.warc, X.warc.gz  a web archive (WARC 1.0 or 1.1): its HTML responses
                     and resources; other records are counted and skipped
  X.rss, X.atom,     a feed file: the pages its items link to are fetched
  X.xml
  http(s)://…        one page to fetch (other schemes are refused)

--feed URL polls a feed (asking the server only for what changed since the
last poll) and fetches the pages it links to; --urls FILE fetches the
addresses listed in FILE, one per line ("#" starts a comment). Fetching is
polite: Parley names itself (set --contact to an address where site
operators can reach you), honours robots.txt, waits --interval between
requests to one host and runs at most --per-host at once. Addresses that
are not public (this machine, private networks, cloud metadata) are refused
as ssrf_blocked unless --allow-private is given.

Every input gets one outcome: stored, duplicate (the same text or address is
already stored) or rejected with a stage and a reason, recorded in the
database ('parley rejects' lists them). Inputs are analyzed on every core
and stored several to a transaction, each article whole or not at all. When
a run is interrupted or killed, run the same command again: inputs that
already have an outcome are passed over, and the rest are done.

On a terminal a progress line shows pages, rate, rejects and the time left;
otherwise a line is written every --progress. The last line on standard
output counts the inputs seen, stored, duplicate and rejected.

Exit status: 0 when every input was stored or was a duplicate, 3 when some
were rejected, 1 when ingest could not run or had to stop.`)
	db := addDBFlag(fs, e)
	workers := fs.Int("workers", 0, "analyze `N` pages at once (default: the number of CPUs)")
	fetchers := fs.Int("fetchers", 8, "fetch up to `N` pages at once, across hosts")
	quiet := fs.Bool("quiet", false, "print only the final summary and errors; no progress and no line per rejection")
	reportFile := fs.String("report", "", "write the full report (counts, every rejection, skipped inputs, feeds) as JSON to `FILE`")
	every := fs.Duration("progress", 10*time.Second, "when standard error is not a terminal, write a progress line this `often`")
	var feeds, urlLists listFlag
	fs.Var(&feeds, "feed", "poll the RSS or Atom feed at `URL` and fetch its items (repeatable)")
	fs.Var(&urlLists, "urls", "fetch the pages listed in `FILE`, one URL per line (repeatable)")
	contact := fs.String("contact", e.getenv("PARLEY_CONTACT"), "a `URL` or mailto: where site operators can reach you, sent in the User-Agent (default $PARLEY_CONTACT)")
	allowPrivate := fs.Bool("allow-private", false, "let fetches reach private and local addresses (an intranet, a test server)")
	perHost := fs.Int("per-host", 2, "run at most `N` requests at once to one host")
	interval := fs.Duration("interval", time.Second, "wait at least this `long` between requests to one host (a longer robots.txt Crawl-delay wins)")
	batch := fs.Int("batch", 256, "store up to `N` outcomes per transaction")
	kbFiles := addKBFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 && len(feeds) == 0 && len(urlLists) == 0 {
		return usagef("want at least one PATH, URL, -, --feed or --urls")
	}
	switch {
	case *workers < 0:
		return usagef("--workers must not be negative, got %d", *workers)
	case *fetchers < 1 || *perHost < 1 || *batch < 1:
		return usagef("--fetchers, --per-host and --batch must be at least 1")
	case *every <= 0 || *interval < 0:
		return usagef("--progress must be positive and --interval not negative")
	}
	stdin := 0
	for _, p := range pos {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usagef("- (standard input) may be given only once")
	}

	defer tuneGC(e.getenv)()
	lim := parley.DefaultLimits()
	p, err := newPipeline(*kbFiles)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	iv := *interval
	if iv == 0 {
		iv = -1 // fetch.Options: no pacing
	}
	fetcher := fetch.New(fetch.Options{
		Contact: *contact, AllowPrivate: *allowPrivate, PerHost: *perHost, Interval: iv, MaxBytes: lim.MaxDocBytes,
	})
	defer fetcher.Close()

	run := &ingestRun{e: e, st: st, fetcher: fetcher, lim: lim, started: time.Now()}
	for _, path := range pos {
		run.addInput(path)
	}
	for _, f := range urlLists {
		run.addURLList(f)
	}
	for _, u := range feeds {
		run.addFeedURL(ctx, u)
	}

	prog := newProgress(e.stderr, run, *quiet, *every)
	prog.start()
	rep, runErr := ingest.Run(ctx, run.sources, p, st, ingest.Options{
		Workers:   *workers,
		Fetchers:  *fetchers,
		Fetcher:   fetcher,
		Limits:    lim,
		BatchSize: *batch,
		Resume:    func(loc string) bool { return loc != stdinLocator },
		OnOutcome: prog.outcome,
	})
	prog.stop(rep)
	if runErr == nil && ctx.Err() == nil {
		// Only now are the feeds' items all accounted for; remembering
		// the validators earlier could hide unread items after a crash.
		if err := run.saveFeedStates(context.WithoutCancel(ctx)); err != nil {
			runErr = err
		}
	}
	fmt.Fprintln(e.stdout, run.summary(rep))
	if *reportFile != "" {
		if err := run.writeReport(*reportFile, rep, runErr); err != nil {
			fmt.Fprintf(e.stderr, "parley ingest: %v\n", err)
			if runErr == nil {
				runErr = err
			}
		}
	}
	switch {
	case errors.Is(runErr, context.Canceled):
		return fmt.Errorf("interrupted; run the same command again to finish (stored articles are kept)")
	case runErr != nil:
		return runErr
	case rep.Rejected > 0:
		return &exitError{exitRejects}
	}
	return nil
}

// stdinLocator names the page read from standard input. It has no stable
// name, so it is analyzed on every run.
const stdinLocator = "stdin"

// ingestRun holds the sources of one run and what they report.
type ingestRun struct {
	e       *env
	st      *sqlite.Store
	fetcher *fetch.Fetcher
	lim     parley.Limits
	started time.Time

	sources  []ingest.Source
	walkers  []*files.Walker
	archives []*archive
	feeds    []*feedInput
	// estimates tell the progress line how many inputs to expect.
	estimates []func() (n int64, known bool)
}

// archive is a WARC input and its size, for progress.
type archive struct {
	path string
	size int64
	r    *warc.Reader
}

// feedInput is a feed file or URL and what became of it.
type feedInput struct {
	Source     string `json:"source"`
	Status     string `json:"status"` // read, not_modified, failed
	Title      string `json:"title,omitempty"`
	Items      int    `json:"items"`
	NoLink     int    `json:"items_without_link,omitempty"`
	Truncated  bool   `json:"truncated,omitempty"`
	Error      string `json:"error,omitempty"`
	validators fetch.Validators
	saveState  bool
	items      atomic.Int64
	done       atomic.Bool
}

func (r *ingestRun) add(src ingest.Source, estimate func() (int64, bool)) {
	r.sources = append(r.sources, src)
	r.estimates = append(r.estimates, estimate)
}

func exactly(n int64) func() (int64, bool) { return func() (int64, bool) { return n, true } }

// addInput adds one positional argument by what it names.
func (r *ingestRun) addInput(arg string) {
	lower := strings.ToLower(arg)
	switch {
	case arg == "-":
		r.add(files.Reader(stdinLocator, r.e.stdin, r.lim), exactly(1))
	case strings.Contains(arg, "://"):
		// Any URL, so that file:// or gopher:// is refused as such.
		r.add(oneURL(arg), exactly(1))
	case strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz"):
		a := &archive{path: arg, r: warc.File(arg, warc.Options{Limits: r.lim})}
		if fi, err := os.Stat(arg); err == nil {
			a.size = fi.Size()
		}
		r.archives = append(r.archives, a)
		r.add(a.r.Documents(), a.estimate)
	case strings.HasSuffix(lower, ".rss") || strings.HasSuffix(lower, ".atom") || strings.HasSuffix(lower, ".xml"):
		fi := &feedInput{Source: arg}
		r.feeds = append(r.feeds, fi)
		r.add(r.feedFile(fi), fi.estimate)
	default:
		w := files.New(r.lim, files.OSPath(arg))
		r.walkers = append(r.walkers, w)
		n := countInputs(arg)
		r.add(w.Documents(), exactly(n))
	}
}

// estimate guesses the archive's outcomes from the share of it read.
func (a *archive) estimate() (int64, bool) {
	read, n := a.r.Progress()
	if a.size <= 0 || read <= 0 {
		return n, false
	}
	if read >= a.size {
		return n, true
	}
	return n * a.size / read, false
}

func (fi *feedInput) estimate() (int64, bool) { return fi.items.Load(), fi.done.Load() }

// countInputs counts the files a walk of path will deliver, for the
// progress line; it is a quick look, not an exact promise.
func countInputs(path string) int64 {
	var n int64
	filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			n++
			return nil
		}
		if p == path && !d.IsDir() {
			n++
			return nil
		}
		name := strings.TrimSuffix(strings.ToLower(d.Name()), ".gz")
		if !d.IsDir() && (strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") || strings.HasSuffix(name, ".txt")) {
			n++
		}
		return nil
	})
	return n
}

// oneURL is the source of one page to fetch.
func oneURL(u string) ingest.Source {
	return func(yield func(parley.Document, error) bool) {
		u = strings.TrimSpace(u)
		yield(parley.Document{Locator: u, URL: u}, nil)
	}
}

// addURLList adds a file of URLs, read line by line as ingest asks.
func (r *ingestRun) addURLList(path string) {
	var lines atomic.Int64
	var done atomic.Bool
	src := func(yield func(parley.Document, error) bool) {
		defer done.Store(true)
		f, err := os.Open(path)
		if err != nil {
			yield(parley.Document{Locator: path}, parley.E("urls.Open", parley.Unreadable, err))
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 64<<10)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if i := strings.Index(line, "#"); i == 0 || strings.HasPrefix(line, "//") {
				continue
			}
			if line == "" {
				continue
			}
			lines.Add(1)
			if !strings.Contains(line, "://") {
				if !yield(parley.Document{Locator: fmt.Sprintf("%s:%d", path, n)}, parley.E("urls.Read", parley.Invalid, fmt.Sprintf("line %d is not a URL: %q", n, clipString(line, 80)))) {
					return
				}
				continue
			}
			if !yield(parley.Document{Locator: line, URL: line}, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(parley.Document{Locator: fmt.Sprintf("%s:%d", path, n+1)}, parley.E("urls.Read", parley.Unreadable, err))
		}
	}
	r.add(src, func() (int64, bool) { return lines.Load(), done.Load() })
}

// feedFile is the source of a feed file's items.
func (r *ingestRun) feedFile(fi *feedInput) ingest.Source {
	return func(yield func(parley.Document, error) bool) {
		defer fi.done.Store(true)
		f, err := os.Open(fi.Source)
		if err != nil {
			fi.Status, fi.Error = "failed", err.Error()
			kind := parley.Unreadable
			if errors.Is(err, os.ErrNotExist) {
				kind = parley.NotFound
			}
			yield(parley.Document{Locator: fi.Source}, parley.E("feed.Open", kind, err))
			return
		}
		defer f.Close()
		r.readFeed(fi, f, "", yield)
	}
}

// addFeedURL adds a feed to poll. The feed is fetched when ingest reaches
// it, conditionally when an earlier poll left validators.
func (r *ingestRun) addFeedURL(ctx context.Context, u string) {
	fi := &feedInput{Source: u}
	r.feeds = append(r.feeds, fi)
	r.add(func(yield func(parley.Document, error) bool) {
		defer fi.done.Store(true)
		var v fetch.Validators
		if prev, err := r.st.FeedState(ctx, u); err == nil {
			v = fetch.Validators{ETag: prev.ETag, LastModified: prev.LastModified}
		}
		resp, err := r.fetcher.Get(ctx, u, v)
		switch {
		case err != nil:
			fi.Status, fi.Error = "failed", parley.Reason(err)
			yield(parley.Document{Locator: u}, err)
			return
		case resp.NotModified:
			fi.Status = "not_modified"
			return
		}
		fi.validators, fi.saveState = resp.Validators, resp.Validators != (fetch.Validators{})
		r.readFeed(fi, bytes.NewReader(resp.Body), resp.URL, yield)
	}, fi.estimate)
}

// readFeed yields a feed's items as documents to fetch.
func (r *ingestRun) readFeed(fi *feedInput, body io.Reader, base string, yield func(parley.Document, error) bool) {
	fr := feed.NewReader(body, fi.Source, base, feed.Options{})
	defer func() {
		s := fr.Stats()
		fi.Title, fi.Items, fi.NoLink, fi.Truncated = s.Title, s.Items, s.NoLink, s.Truncated
	}()
	fi.Status = "read"
	for doc, err := range fr.Documents() {
		if err != nil {
			fi.Status, fi.Error = "failed", parley.Reason(err)
			fi.saveState = false
		} else {
			fi.items.Add(1)
		}
		if !yield(doc, err) {
			fi.saveState = false
			return
		}
	}
}

// saveFeedStates remembers the validators of the feeds read in full.
func (r *ingestRun) saveFeedStates(ctx context.Context) error {
	for _, fi := range r.feeds {
		if !fi.saveState {
			continue
		}
		err := r.st.PutFeedState(ctx, store.FeedState{URL: fi.Source, ETag: fi.validators.ETag, LastModified: fi.validators.LastModified})
		if err != nil {
			return fmt.Errorf("remembering the state of feed %s: %w", fi.Source, err)
		}
	}
	return nil
}

// skipped sums what the walks and archives passed over, by reason.
func (r *ingestRun) skipped() (fileCount int, files map[string]int, recordCount int, records map[string]int) {
	files, records = map[string]int{}, map[string]int{}
	for _, w := range r.walkers {
		st := w.Stats()
		fileCount += st.Skipped
		for ext, n := range st.SkippedByExt {
			if ext == "" {
				ext = "no extension"
			}
			files[ext] += n
		}
	}
	for _, a := range r.archives {
		st := a.r.Stats()
		recordCount += st.Skipped
		for why, n := range st.SkippedBy {
			records[why] += n
		}
	}
	return fileCount, files, recordCount, records
}

// summary is the last line of an ingest run: the counts, and the files
// and archive records passed over when there were any.
func (r *ingestRun) summary(rep ingest.Report) string {
	s := summary(rep, r.walkers)
	_, _, nRecords, byWhy := r.skipped()
	if nRecords > 0 {
		s += fmt.Sprintf("; skipped %d archive %s (%s)", nRecords, plural(nRecords, "record", "records"), countList(byWhy))
	}
	for _, fi := range r.feeds {
		if fi.Status == "not_modified" {
			s += fmt.Sprintf("; feed %s not modified", fi.Source)
		}
		if fi.Truncated {
			s += fmt.Sprintf("; feed %s cut at %d items", fi.Source, fi.Items)
		}
	}
	return s
}

// summary counts the outcomes of a run, and the files the walkers passed
// over for their type when there were any.
func summary(rep ingest.Report, walkers []*files.Walker) string {
	s := fmt.Sprintf("seen %d, stored %d, duplicate %d, rejected %d", rep.Seen, rep.Stored, rep.Duplicate, rep.Rejected)
	skipped := 0
	byExt := map[string]int{}
	for _, w := range walkers {
		st := w.Stats()
		skipped += st.Skipped
		for ext, n := range st.SkippedByExt {
			if ext == "" {
				ext = "no extension"
			}
			byExt[ext] += n
		}
	}
	if skipped > 0 {
		s += fmt.Sprintf("; skipped %d %s of other types (%s)", skipped, plural(skipped, "file", "files"), countList(byExt))
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func countList(m map[string]int) string {
	var parts []string
	for k, n := range m {
		parts = append(parts, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// ingestReport is what --report writes.
type ingestReport struct {
	ingest.Report
	Error          string         `json:"error,omitempty"`
	Started        time.Time      `json:"started"`
	Seconds        float64        `json:"seconds"`
	PagesPerSecond float64        `json:"pages_per_second"`
	PeakRSSBytes   int64          `json:"peak_rss_bytes,omitempty"`
	SkippedFiles   map[string]int `json:"skipped_files,omitempty"`
	SkippedRecords map[string]int `json:"skipped_records,omitempty"`
	DamagedRecords int            `json:"damaged_records,omitempty"`
	Feeds          []*feedInput   `json:"feeds,omitempty"`
}

func (r *ingestRun) writeReport(path string, rep ingest.Report, runErr error) error {
	secs := time.Since(r.started).Seconds()
	out := ingestReport{Report: rep, Started: r.started.UTC(), Seconds: secs, Feeds: r.feeds}
	if out.Rejections == nil {
		out.Rejections = []parley.Rejection{}
	}
	if secs > 0 {
		out.PagesPerSecond = float64(rep.Seen) / secs
	}
	if runErr != nil {
		out.Error = runErr.Error()
	}
	out.PeakRSSBytes, _ = peakRSS()
	_, out.SkippedFiles, _, out.SkippedRecords = r.skipped()
	for _, a := range r.archives {
		out.DamagedRecords += a.r.Stats().Damaged
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	return nil
}

// progress shows how a run is going: a line redrawn in place on a
// terminal, a plain line every so often otherwise, and one line per
// rejection unless quiet.
type progress struct {
	w        io.Writer
	run      *ingestRun
	quiet    bool
	terminal bool
	every    time.Duration

	mu       sync.Mutex // guards writes to w
	seen     atomic.Int64
	rejected atomic.Int64
	drawn    bool // a progress line is on the terminal
	stopCh   chan struct{}
	done     sync.WaitGroup
}

func newProgress(w io.Writer, run *ingestRun, quiet bool, every time.Duration) *progress {
	return &progress{w: w, run: run, quiet: quiet, terminal: isTerminal(w), every: every, stopCh: make(chan struct{})}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) start() {
	if p.quiet {
		return
	}
	tick := p.every
	if p.terminal {
		tick = 250 * time.Millisecond
	}
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.show()
			case <-p.stopCh:
				return
			}
		}
	}()
}

func (p *progress) outcome(o ingest.Outcome) {
	p.seen.Add(1)
	if o.Rejection == nil {
		return
	}
	p.rejected.Add(1)
	if p.quiet || o.Resumed {
		return
	}
	r := o.Rejection
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(p.w, "rejected %s: %s [%s at %s]\n", r.Locator, r.Detail, r.Kind, r.Stage)
}

// clear erases the progress line from the terminal. p.mu is held.
func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

func (p *progress) line() string {
	seen, rejected := p.seen.Load(), p.rejected.Load()
	elapsed := time.Since(p.run.started)
	rate := float64(seen) / max(elapsed.Seconds(), 1e-9)
	total, known := int64(0), true
	for _, est := range p.run.estimates {
		n, k := est()
		total += n
		known = known && k
	}
	s := fmt.Sprintf("%d pages, %.1f/s, %d rejected", seen, rate, rejected)
	if total > 0 && seen <= total {
		pct := float64(seen) / float64(total) * 100
		eta := "?"
		if rate > 0 {
			eta = time.Duration(float64(total-seen) / rate * float64(time.Second)).Round(time.Second).String()
		}
		approx := ""
		if !known {
			approx = "~"
		}
		s = fmt.Sprintf("%d/%s%d pages (%.0f%%), %.1f/s, ETA %s, %d rejected", seen, approx, total, pct, rate, eta, rejected)
	}
	return s
}

func (p *progress) show() {
	l := p.line()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal {
		fmt.Fprintf(p.w, "\r\033[K%s", l)
		p.drawn = true
		return
	}
	fmt.Fprintf(p.w, "ingest: %s\n", l)
}

// stop ends the progress display and, when one was shown, closes it with
// the run's time and rate.
func (p *progress) stop(rep ingest.Report) {
	if p.quiet {
		return
	}
	close(p.stopCh)
	p.done.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	elapsed := time.Since(p.run.started)
	if p.drawn || elapsed >= p.every {
		p.clear()
		fmt.Fprintf(p.w, "ingest: %d pages in %s, %.1f pages/s\n", rep.Seen, elapsed.Round(time.Millisecond), float64(rep.Seen)/max(elapsed.Seconds(), 1e-9))
	}
}

func clipString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// tuneGC lets the collector run less often during an ingest run and
// returns a function that puts the settings back. A run's live heap is
// steady (bounded queues, one transaction at a time), so collecting when
// the heap has grown threefold rather than twofold costs some tens of MB
// and about half the collector's CPU (docs/BENCHMARKS.md, "Ingest"); a
// soft limit keeps the heap inside the memory the command promises: 200
// MiB of Go heap, with SQLite's page cache (outside the Go heap) and the
// binary itself, leaves a run's peak RSS under 300 MB (283 MB at 20,000
// pages, where a limit of 240 MiB let it reach 310). GOGC and GOMEMLIMIT,
// when set, win.
func tuneGC(getenv func(string) string) (restore func()) {
	gc, limit := -2, int64(-1)
	if getenv("GOGC") == "" {
		gc = debug.SetGCPercent(300)
	}
	if getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(200 << 20)
	}
	return func() {
		if gc != -2 {
			debug.SetGCPercent(gc)
		}
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}
