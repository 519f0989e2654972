package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"parley"
	"parley/ingest"
	"parley/source/files"
	"parley/source/warc"
	"parley/store"
)

func runBenchIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench ingest", "[flags]", `
Measure ingest end to end. A corpus of varied news pages is generated from
templates (outlets, layouts, leaders, events, dates and quotes combined at
random with a fixed seed), written to a temporary folder as HTML files or,
with --warc, as one gzip-per-record WARC archive with request and image
records around the pages; then 'parley ingest' runs on it into a new
database, as a user would run it.

It prints the single-page analyze rate on one core (the pipeline on a
sample of the pages, one after the other, timed before the ingest and
again after it; the mean of the two is the rate), the ingest rate, their
ratio per core, the same ratio by CPU time (the process's user and system
time a page, in ingest and alone: steadier from run to run, since time
given to other processes and idle cores do not count), and the peak
resident memory of the process (VmHWM).`)
	pages := fs.Int("pages", 20_000, "generate `N` pages")
	useWARC := fs.Bool("warc", false, "write the corpus as one .warc.gz instead of HTML files")
	workers := fs.Int("workers", 0, "analyze `N` pages at once (default: the number of CPUs)")
	sample := fs.Int("sample", 300, "time the single-page rate on `N` pages")
	keep := fs.String("dir", "", "generate into `DIR` and keep it (default: a temporary folder, removed afterwards)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest run to `FILE`")
	noStore := fs.Bool("nostore", false, "run the pipeline (read, extract, analyze, batch) into a store that keeps nothing, to measure ingest without the database")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *pages < 1 || *sample < 1 || *workers < 0 {
		return usagef("--pages and --sample must be at least 1, --workers not negative")
	}
	dir := *keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "parley-bench-ingest-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}

	start := time.Now()
	input, size, err := writeCorpus(dir, *pages, *useWARC)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "corpus     %d pages, %.0f MB on disk (%s), generated in %s\n", *pages, float64(size)/1e6, input, time.Since(start).Round(time.Millisecond))

	// The single-page rate: the whole pipeline, one page after another,
	// timed before the ingest and again after it. The machine's speed
	// drifts over a run (on this shared virtual machine by a fifth within
	// minutes), so the ingest is held against the mean of the two and
	// both are printed.
	n := min(*sample, *pages)
	before, cpuBefore, err := singlePageRate(ctx, n)
	if err != nil {
		return err
	}
	// Hand the sample's memory back, so that the peak below is ingest's.
	debug.FreeOSMemory()

	// Ingest, through the command itself.
	db := filepath.Join(dir, "bench.db")
	report := filepath.Join(dir, "report.json")
	args = []string{"--db", db, "--quiet", "--report", report}
	if *workers > 0 {
		args = append(args, "--workers", strconv.Itoa(*workers))
	}
	args = append(args, input)
	sub := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: e.stderr, getenv: e.getenv}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	start = time.Now()
	cpu0, cpuOK := processCPU()
	if *noStore {
		// The collector as the command sets it, so that the two runs differ
		// only by the store.
		restore := tuneGC(e.getenv)
		err = runWithoutStore(ctx, input, *workers, report)
		restore()
	} else {
		err = runIngest(ctx, sub, args)
	}
	elapsed := time.Since(start)
	cpu1, _ := processCPU()
	pprof.StopCPUProfile()
	if ee, ok := err.(*exitError); err != nil && !(ok && ee.code == exitRejects) {
		return err
	}
	// The peak memory of ingest, before the sample below adds its own.
	rss, rssOK := peakRSS()

	after, cpuAfter, err := singlePageRate(ctx, n)
	if err != nil {
		return err
	}
	single := (before + after) / 2
	fmt.Fprintf(e.stdout, "analyze    %.1f pages/s on one core (%d pages, one at a time: %.1f before the ingest, %.1f after)\n", single, n, before, after)

	var rep ingestReport
	if b, err := os.ReadFile(report); err != nil {
		return err
	} else if err := json.Unmarshal(b, &rep); err != nil {
		return err
	}
	cores := *workers
	if cores == 0 {
		cores = runtime.GOMAXPROCS(0)
	}
	rate := float64(rep.Seen) / elapsed.Seconds()
	fmt.Fprintf(e.stdout, "ingest     %d pages in %s: %.1f pages/s with %d workers (GOMAXPROCS=%d)\n",
		rep.Seen, elapsed.Round(time.Millisecond), rate, cores, runtime.GOMAXPROCS(0))
	fmt.Fprintf(e.stdout, "per core   %.1f pages/s = %.0f%% of the single-page rate\n", rate/float64(cores), 100*rate/float64(cores)/single)
	fmt.Fprintf(e.stdout, "outcomes   seen %d, stored %d, duplicate %d, rejected %d\n", rep.Seen, rep.Stored, rep.Duplicate, rep.Rejected)
	if cpuOK && cpuBefore > 0 && cpuAfter > 0 && rep.Seen > 0 {
		// The same ratio by CPU time: time the machine gave to other
		// processes, and cores left idle, count in the rate above but not
		// here, so this one moves less from run to run.
		perPage := (cpu1 - cpu0).Seconds() * 1000 / float64(rep.Seen)
		alone := (cpuBefore + cpuAfter).Seconds() * 1000 / float64(2*n)
		fmt.Fprintf(e.stdout, "cpu        %.2f ms a page in ingest (user and system time of the process), %.2f alone: %.0f%%\n",
			perPage, alone, 100*alone/perPage)
	}
	if rssOK {
		fmt.Fprintf(e.stdout, "peak RSS   %.0f MB (VmHWM of the process up to the end of ingest)\n", float64(rss)/(1<<20))
	}
	return nil
}

// singlePageRate runs a new pipeline on the first n generated pages, one
// after another on one processor (GOMAXPROCS=1), and returns the pages
// analysed a second and the CPU time the process spent meanwhile (0 when
// not measured).
func singlePageRate(ctx context.Context, n int) (float64, time.Duration, error) {
	p, err := newPipeline(nil)
	if err != nil {
		return 0, 0, err
	}
	docs := make([]parley.Document, n)
	for i := range docs {
		docs[i] = parley.Document{Locator: strconv.Itoa(i), Body: []byte(benchPage(i).html())}
	}
	// One core, as the rate is per core: with a second processor idle
	// the collector's background marking runs there, and one goroutine
	// analyses 11-13 % faster than a core alone can (go test ./pipeline
	// -bench 'AnalyzeCorpus$' -cpu 1,2).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	start := time.Now()
	cpu0, _ := processCPU()
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		p.Analyze(ctx, d)
	}
	rate := float64(len(docs)) / time.Since(start).Seconds()
	cpu1, ok := processCPU()
	if !ok {
		return rate, 0, nil
	}
	return rate, cpu1 - cpu0, nil
}

// runWithoutStore ingests input as the command does, into a store that
// only counts, and writes the report the command would.
func runWithoutStore(ctx context.Context, input string, workers int, report string) error {
	p, err := newPipeline(nil)
	if err != nil {
		return err
	}
	lim := parley.DefaultLimits()
	var src ingest.Source
	if strings.HasSuffix(input, ".warc.gz") {
		src = warc.File(input, warc.Options{Limits: lim}).Documents()
	} else {
		src = files.New(lim, files.OSPath(input)).Documents()
	}
	rep, err := ingest.Run(ctx, []ingest.Source{src}, p, nullStore{}, ingest.Options{Workers: workers, Limits: lim})
	if err != nil {
		return err
	}
	b, err := json.Marshal(ingestReport{Report: rep})
	if err != nil {
		return err
	}
	return os.WriteFile(report, b, 0o644)
}

// nullStore takes every outcome and keeps nothing.
type nullStore struct{}

func (nullStore) PutAnalyses(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	res := make([]store.ItemResult, len(items))
	for i := range res {
		res[i].ArticleID = int64(i + 1)
	}
	return res, nil
}

func (nullStore) Logged(ctx context.Context, locator string) (store.LogEntry, error) {
	return store.LogEntry{}, parley.E("nullStore.Logged", parley.NotFound, "nothing is kept")
}

// peakRSS reads the process's peak resident set size from
// /proc/self/status (Linux); it reports false elsewhere.
func peakRSS() (int64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					return kb << 10, true
				}
			}
		}
	}
	return 0, false
}

// writeCorpus writes n generated pages under dir, as HTML files in
// folders of 1,000 or as one archive, and returns the input to ingest and
// its size in bytes.
func writeCorpus(dir string, n int, asWARC bool) (string, int64, error) {
	if asWARC {
		path := filepath.Join(dir, "corpus.warc.gz")
		f, err := os.Create(path)
		if err != nil {
			return "", 0, err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		for i := range n {
			pg := benchPage(i)
			if err := writeWARCPage(w, pg, i); err != nil {
				f.Close()
				return "", 0, err
			}
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return "", 0, err
		}
		fi, _ := f.Stat()
		return path, fi.Size(), f.Close()
	}
	root := filepath.Join(dir, "pages")
	var size int64
	for i := range n {
		sub := filepath.Join(root, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return "", 0, err
			}
		}
		body := benchPage(i).html()
		size += int64(len(body))
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%06d.html", i)), []byte(body), 0o644); err != nil {
			return "", 0, err
		}
	}
	return root, size, nil
}

// writeWARCPage appends a request, the page's response and, for some
// pages, an image response, each in its own gzip member.
func writeWARCPage(w io.Writer, pg page, i int) error {
	date := pg.published.Add(36 * time.Hour).UTC().Format(time.RFC3339)
	member := func(typ, uri, contentType string, block []byte) error {
		var head bytes.Buffer
		fmt.Fprintf(&head, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
			typ, i, date, uri, contentType, len(block))
		zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
		zw.Write(head.Bytes())
		zw.Write(block)
		zw.Write([]byte("\r\n\r\n"))
		return zw.Close()
	}
	req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: bench\r\n\r\n", pg.path, pg.outlet.domain)
	if err := member("request", pg.url(), "application/http; msgtype=request", []byte(req)); err != nil {
		return err
	}
	body := pg.html()
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	if err := member("response", pg.url(), "application/http; msgtype=response", []byte(resp)); err != nil {
		return err
	}
	if i%5 == 0 {
		img := "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0" + strings.Repeat("\x10\x20", 512)
		return member("response", "https://"+pg.outlet.domain+"/img/"+strconv.Itoa(i)+".jpg", "application/http; msgtype=response", []byte(img))
	}
	return nil
}

// The generator's vocabulary: invented outlets on the reserved .example
// domain, real offices and their holders (facts), and sentence templates
// written for this benchmark.

// benchOutlet is one invented outlet.
type benchOutlet struct {
	name, domain, section string
	layout                int
}

var benchOutlets = []benchOutlet{
	{"The Meridian Post", "meridianpost.example", "world", 0},
	{"Eastern Wire", "easternwire.example", "asia", 1},
	{"Baltic Ledger", "balticledger.example", "europe", 2},
	{"Tanjong Courier", "tanjongcourier.example", "region", 0},
	{"Andes Daily Record", "andesrecord.example", "americas", 1},
	{"Sahel Observer", "sahelobserver.example", "africa", 2},
	{"Harbour Times", "harbourtimes.example", "politics", 0},
	{"Continental Review", "continentalreview.example", "diplomacy", 1},
}

type benchLeader struct{ title, name, country, capital string }

var benchLeaders = []benchLeader{
	{"Chinese President", "Xi Jinping", "China", "Beijing"},
	{"Russian President", "Vladimir Putin", "Russia", "Moscow"},
	{"U.S. President", "Joe Biden", "the United States", "Washington"},
	{"French President", "Emmanuel Macron", "France", "Paris"},
	{"German Chancellor", "Olaf Scholz", "Germany", "Berlin"},
	{"Indian Prime Minister", "Narendra Modi", "India", "New Delhi"},
	{"Japanese Prime Minister", "Fumio Kishida", "Japan", "Tokyo"},
	{"Turkish President", "Recep Tayyip Erdogan", "Turkey", "Ankara"},
	{"Brazilian President", "Luiz Inacio Lula da Silva", "Brazil", "Brasilia"},
	{"South African President", "Cyril Ramaphosa", "South Africa", "Pretoria"},
	{"Ukrainian President", "Volodymyr Zelensky", "Ukraine", "Kyiv"},
	{"British Prime Minister", "Rishi Sunak", "Britain", "London"},
	{"Indonesian President", "Joko Widodo", "Indonesia", "Jakarta"},
	{"Saudi Crown Prince", "Mohammed bin Salman", "Saudi Arabia", "Riyadh"},
}

var benchTopics = []string{"trade", "energy supplies", "border security", "climate finance", "grain exports",
	"nuclear talks", "fisheries", "debt relief", "a ceasefire", "visa rules", "shipping lanes", "rare earth minerals"}

var benchDays = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "earlier this month", "on Saturday"}

var benchHeadlines = []string{
	"%[1]s and %[2]s hold talks on %[3]s",
	"%[1]s accuses %[4]s of stalling on %[3]s",
	"%[1]s to visit %[5]s as %[3]s dispute drags on",
	"%[4]s and %[6]s sign agreement on %[3]s",
	"%[2]s calls for new round of talks on %[3]s",
}

// benchSentences are sentence templates: %[1]s leader A (full), %[2]s leader B (full), %[3]s
// topic, %[4]s country A, %[5]s capital B, %[6]s country B, %[7]s day,
// %[8]s surname A, %[9]s surname B, %[10]d a number.
var benchSentences = []string{
	"%[1]s met %[2]s in %[5]s %[7]s to discuss %[3]s, officials said.",
	"%[8]s said the talks with %[9]s had been frank and that both sides wanted progress on %[3]s.",
	"\u201cWe will not accept conditions that hurt our farmers,\u201d %[8]s told reporters after the meeting.",
	"%[4]s accused %[6]s of breaking an earlier promise on %[3]s, a charge %[9]s rejected.",
	"The two governments agreed to set up a working group that will meet %[10]d times before the end of the year.",
	"%[9]s is expected to travel to %[4]s next month for a summit on %[3]s.",
	"Analysts said the meeting %[7]s was the most serious attempt in years to settle the dispute over %[3]s.",
	"%[4]s threatened to impose new tariffs if talks on %[3]s failed, according to a statement released %[7]s.",
	"A spokesperson for %[9]s said the government would study the proposal carefully.",
	"%[8]s praised %[9]s for what he called a constructive approach to %[3]s.",
	"Officials from both sides will hold a further %[10]d hours of technical talks in %[5]s.",
	"Markets in %[4]s rose slightly after the announcement, traders said.",
}

type page struct {
	id        int
	outlet    benchOutlet
	a, b      benchLeader
	topic     string
	published time.Time
	path      string
	title     string
	paras     []string
	author    string
	seed      uint64 // for the page furniture
}

var benchAuthors = []string{"Ana Ferreira", "Tomas Lindqvist", "Priya Raman", "Kwame Mensah", "Lucia Moreno", "Daniel Okafor", "Mei Tanaka", "Oskar Nowak"}

func surname(full string) string {
	f := strings.Fields(full)
	return f[len(f)-1]
}

// benchPage builds page i; the same i always gives the same page, and
// about one page in 200 repeats an earlier page's text under another
// address, as syndicated copies do.
func benchPage(i int) page {
	src := i
	if i > 0 && i%200 == 199 {
		src = i - 150
	}
	rng := rand.New(rand.NewPCG(uint64(src), 0x9e3779b97f4a7c15))
	pg := page{id: i, outlet: benchOutlets[rng.IntN(len(benchOutlets))]}
	pg.a = benchLeaders[rng.IntN(len(benchLeaders))]
	for pg.b = benchLeaders[rng.IntN(len(benchLeaders))]; pg.b == pg.a; pg.b = benchLeaders[rng.IntN(len(benchLeaders))] {
	}
	pg.topic = benchTopics[rng.IntN(len(benchTopics))]
	pg.published = time.Date(2019, 1, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(5*365*24)) * time.Hour)
	pg.author = benchAuthors[rng.IntN(len(benchAuthors))]
	pg.seed = uint64(i) // furniture differs even between syndicated copies
	args := []any{pg.a.title + " " + pg.a.name, pg.b.title + " " + pg.b.name, pg.topic, pg.a.country, pg.b.capital,
		pg.b.country, benchDays[rng.IntN(len(benchDays))], surname(pg.a.name), surname(pg.b.name), 2 + src%97}
	pg.title = fmt.Sprintf(benchHeadlines[rng.IntN(len(benchHeadlines))], pg.a.name, pg.b.name, pg.topic, pg.a.country, pg.b.capital, pg.b.country)
	slug := strings.ToLower(strings.NewReplacer(" ", "-", ".", "", ",", "").Replace(pg.title))
	pg.path = fmt.Sprintf("/%s/%s/%s-%d", pg.outlet.section, pg.published.Format("2006/01/02"), slug, i)
	for p := 8 + rng.IntN(9); p > 0; p-- {
		var sents []string
		for s := 2 + rng.IntN(3); s > 0; s-- {
			sents = append(sents, fmt.Sprintf(benchSentences[rng.IntN(len(benchSentences))], args...))
		}
		pg.paras = append(pg.paras, strings.Join(sents, " "))
	}
	pg.paras = append(pg.paras, fmt.Sprintf("This report, number %d in our series on %s, was filed from %s.", src, pg.topic, pg.b.capital))
	return pg
}

func (pg page) url() string { return "https://" + pg.outlet.domain + pg.path }

// html renders the page in its outlet's layout, with the furniture real
// pages carry: navigation, scripts, share links, related stories, a footer.
func (pg page) html() string {
	var b strings.Builder
	o := pg.outlet
	pub := pg.published.Format(time.RFC3339)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title>\n", pg.title, o.name)
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"og:site_name\" content=\"%s\">\n", pg.title, o.name)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\"><link rel=\"canonical\" href=\"%s\">\n", pub, pg.url())
	rng := rand.New(rand.NewPCG(pg.seed, 7))
	// Real pages carry tens of kilobytes of scripts, styles and data in
	// their head; extraction has to read past all of it.
	b.WriteString("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());\n")
	writeScript(&b, rng, 30_000+rng.IntN(80_000))
	b.WriteString("</script>\n<style>")
	writeStyle(&b, rng, 8_000+rng.IntN(20_000))
	b.WriteString("</style></head><body>\n")
	b.WriteString("<header><nav class=\"nav\"><ul>")
	for k := 0; k < 60+rng.IntN(90); k++ {
		s := benchMenu[rng.IntN(len(benchMenu))]
		fmt.Fprintf(&b, "<li class=\"menu-item\"><a href=\"/%s/%d\" data-track=\"nav-%d\">%s</a></li>", strings.ToLower(s), k, k, s)
	}
	b.WriteString("</ul></nav><div class=\"banner\">Subscribe for full access</div></header>\n")
	byline := fmt.Sprintf("By %s", pg.author)
	date := pg.published.Format("2 January 2006")
	switch o.layout {
	case 0:
		fmt.Fprintf(&b, "<main><article><h1>%s</h1><p class=\"byline\">%s</p><time datetime=\"%s\">%s</time>\n<div class=\"body\">", pg.title, byline, pub, date)
		for _, p := range pg.paras {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
		b.WriteString("</div></article></main>\n")
	case 1:
		fmt.Fprintf(&b, "<div id=\"content\"><div class=\"story\"><h1 class=\"headline\">%s</h1><div class=\"meta\"><span class=\"author\">%s</span> | <span>%s</span></div>\n", pg.title, byline, date)
		for i, p := range pg.paras {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
			if i == 1 {
				b.WriteString("<div class=\"ad\">Advertisement</div>\n")
			}
		}
		b.WriteString("</div></div>\n")
	default:
		fmt.Fprintf(&b, "<section class=\"article\"><h1>%s</h1><address>%s</address><p><small>Published %s</small></p>\n", pg.title, byline, date)
		for _, p := range pg.paras {
			fmt.Fprintf(&b, "<div class=\"para\"><p>%s</p></div>\n", p)
		}
		b.WriteString("</section>\n")
	}
	b.WriteString("<aside class=\"share\"><a href=\"#\">Share on social media</a> <a href=\"#\">Email</a> <a href=\"#\">Print</a></aside>\n")
	b.WriteString("<aside class=\"related\"><h2>Most read</h2><ol>")
	for k := 1; k <= 10; k++ {
		other := benchPage0(pg.id*13 + k)
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", other.path, other.title)
	}
	b.WriteString("</ol></aside>\n<section class=\"comments\"><h2>Comments</h2>")
	for k := 0; k < rng.IntN(12); k++ {
		fmt.Fprintf(&b, "<div class=\"comment\"><span class=\"user\">reader%d</span><p>%s</p></div>", rng.IntN(100_000), benchComments[rng.IntN(len(benchComments))])
	}
	b.WriteString("</section>\n")
	fmt.Fprintf(&b, "<footer><p>&copy; %d %s. All rights reserved.</p><ul>", pg.published.Year(), o.name)
	for k := 0; k < 40+rng.IntN(40); k++ {
		s := benchMenu[rng.IntN(len(benchMenu))]
		fmt.Fprintf(&b, "<li><a href=\"/footer/%s-%d\">%s</a></li>", strings.ToLower(s), k, s)
	}
	b.WriteString("</ul></footer>\n")
	b.WriteString("<script src=\"/static/app.js\" async></script></body></html>\n")
	return b.String()
}

// benchPage0 is a page's headline and address without its text, for
// lists of other stories.
func benchPage0(i int) page {
	rng := rand.New(rand.NewPCG(uint64(i), 0x9e3779b97f4a7c15))
	pg := page{outlet: benchOutlets[rng.IntN(len(benchOutlets))]}
	a, b := benchLeaders[rng.IntN(len(benchLeaders))], benchLeaders[rng.IntN(len(benchLeaders))]
	topic := benchTopics[rng.IntN(len(benchTopics))]
	pg.title = fmt.Sprintf(benchHeadlines[rng.IntN(len(benchHeadlines))], a.name, b.name, topic, a.country, b.capital, b.country)
	pg.path = fmt.Sprintf("/%s/story/%d", pg.outlet.section, i)
	return pg
}

var benchMenu = []string{"Home", "World", "Politics", "Business", "Opinion", "Sport", "Culture", "Podcasts", "Science",
	"Health", "Travel", "Video", "Markets", "Technology", "Climate", "Books", "Weather", "Newsletters", "Archive", "Corrections"}

var benchComments = []string{
	"Interesting piece, thanks for the reporting.",
	"I doubt anything will change after this meeting.",
	"Can someone explain what the agreement actually says?",
	"Same story every year, different faces.",
	"Good to see both sides talking at least.",
	"The article leaves out the history of this dispute.",
}

// writeScript writes about n bytes of code-like text, as the tag
// managers and bundles of news sites do.
func writeScript(b *strings.Builder, rng *rand.Rand, n int) {
	words := []string{"function", "var", "return", "window", "document", "config", "push", "track", "adSlot", "consent", "event", "load", "if", "else", "null", "true", "false"}
	for start := b.Len(); b.Len()-start < n; {
		fmt.Fprintf(b, "%s %s_%x(%s){%s.%s=%d;}", words[rng.IntN(len(words))], words[rng.IntN(len(words))], rng.IntN(1<<20), words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))], rng.IntN(1000))
	}
}

// writeStyle writes about n bytes of style rules.
func writeStyle(b *strings.Builder, rng *rand.Rand, n int) {
	props := []string{"margin", "padding", "color", "font-size", "line-height", "display", "border", "width"}
	for start := b.Len(); b.Len()-start < n; {
		fmt.Fprintf(b, ".c%x{%s:%dpx;%s:%dpx}", rng.IntN(1<<16), props[rng.IntN(len(props))], rng.IntN(40), props[rng.IntN(len(props))], rng.IntN(40))
	}
}
