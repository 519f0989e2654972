// Package fetch gets pages and feeds over HTTP the way a site operator
// would want a research crawler to: it names itself (a User-Agent with
// Parley's name and a contact address the user sets), honours robots.txt
// (fetched once per host and kept), spaces its requests to each host and
// caps how many run at once, bounds every request in time and size,
// follows a few redirects only, and asks for feeds conditionally
// (If-None-Match, If-Modified-Since) so that an unchanged feed costs the
// server one short answer.
//
// It also refuses to be turned against the machine it runs on or the
// network around it (server-side request forgery): only http and https,
// and no connection to a loopback, private, link-local, multicast or
// otherwise non-public address unless Options.AllowPrivate says so. The
// check is made on the address actually dialled, after name resolution,
// for the first request and every redirect, so neither a redirect nor a
// name that resolves differently the second time (DNS rebinding) gets
// past it. A refused fetch is a *parley.Error of kind Blocked, whose
// reason code is ssrf_blocked.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"parley"
)

// DefaultContact is the placeholder contact address in the User-Agent
// until the user sets their own (parley ingest --contact).
const DefaultContact = "https://parley.invalid/contact-not-set"

// Options tune a Fetcher. Zero fields take the defaults.
type Options struct {
	// Contact is a URL (or mailto:) where a site operator can reach whoever
	// runs the crawl; it goes into the User-Agent. Default DefaultContact.
	Contact string
	// UserAgent replaces the whole User-Agent; it must still name Parley
	// for robots.txt rules to apply as meant. Default
	// "Parley/1.0 (+CONTACT; news research)".
	UserAgent string
	// AllowPrivate lets fetches reach non-public addresses (a newsroom's
	// own intranet, a test server). Off by default.
	AllowPrivate bool
	// IgnoreRobots skips robots.txt. Off by default.
	IgnoreRobots bool
	// Timeout bounds a whole request, redirects and body included;
	// default 30 s.
	Timeout time.Duration
	// MaxBytes caps a response body after decompression; default 16 MiB.
	MaxBytes int64
	// MaxRedirects caps the redirects followed; default 5.
	MaxRedirects int
	// PerHost caps the requests running at once to one host; default 2.
	PerHost int
	// Interval is the least time between the starts of two requests to one
	// host; default 1 s. A longer Crawl-delay in robots.txt wins.
	Interval time.Duration
	// MaxHosts caps the hosts whose robots.txt and pacing are remembered;
	// default 10,000. Past it, idle hosts are forgotten.
	MaxHosts int
}

func (o Options) withDefaults() Options {
	if o.Contact == "" {
		o.Contact = DefaultContact
	}
	if o.UserAgent == "" {
		o.UserAgent = "Parley/1.0 (+" + o.Contact + "; news research)"
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = parley.DefaultLimits().MaxDocBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	if o.PerHost <= 0 {
		o.PerHost = 2
	}
	if o.Interval < 0 {
		o.Interval = 0
	} else if o.Interval == 0 {
		o.Interval = time.Second
	}
	if o.MaxHosts <= 0 {
		o.MaxHosts = 10_000
	}
	return o
}

// robotsToken is the product token robots.txt groups name Parley by.
const robotsToken = "parley"

// Fetcher makes HTTP requests. It is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client

	// Seams for tests: which addresses are public, how names resolve,
	// how to wait, and what time it is.
	public func(netip.Addr) bool
	lookup func(ctx context.Context, host string) ([]netip.Addr, error)
	sleep  func(ctx context.Context, d time.Duration) error
	now    func() time.Time

	mu    sync.Mutex
	hosts map[string]*host
}

// host is what the Fetcher keeps about one scheme://host:port.
type host struct {
	slots chan struct{} // one token per request allowed at once
	busy  int           // requests waiting or running; under Fetcher.mu

	mu     sync.Mutex
	next   time.Time // when the next request may start
	robots *robots   // nil until fetched

	robotsMu sync.Mutex // one robots.txt fetch at a time
}

// New returns a Fetcher.
func New(opt Options) *Fetcher {
	f := &Fetcher{
		opt:    opt.withDefaults(),
		public: PublicAddr,
		lookup: func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		},
		sleep: sleepCtx,
		now:   time.Now,
		hosts: map[string]*host{},
	}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would dial on our behalf, past the address check
		DialContext:            f.dial,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  20 * time.Second,
		ExpectContinueTimeout:  time.Second,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    f.opt.PerHost,
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
	}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Close releases idle connections.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

// UserAgent returns the User-Agent the Fetcher sends.
func (f *Fetcher) UserAgent() string { return f.opt.UserAgent }

// Validators are what a server said about a response so that the next
// request can ask for it only if it changed.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	// URL is the final address, after redirects.
	URL         string
	Status      int
	ContentType string
	// Body is the decompressed body; nil when NotModified.
	Body []byte
	// NotModified is set when the server answered 304 to a conditional
	// request: the resource is as it was.
	NotModified bool
	// Validators of this response, for the next conditional request.
	Validators Validators
	// Fetched is when the response arrived.
	Fetched time.Time
}

// Get fetches a URL. With non-empty validators the request is
// conditional, and an unchanged resource comes back NotModified.
//
// Errors are *parley.Error values: Blocked (ssrf_blocked: a scheme other
// than http(s), or a non-public address), Disallowed (robots.txt), Invalid
// (a malformed URL, too many redirects), NotFound (404, 410), TooLarge
// (the body), Timeout, Unavailable (429, 5xx, the network) or Unreadable
// (any other refusal).
func (f *Fetcher) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	const op = "fetch.Get"
	u, err := f.check(rawURL)
	if err != nil {
		return nil, err
	}
	h := f.host(u)
	defer f.release(h)
	if !f.opt.IgnoreRobots {
		rb, err := f.robotsFor(ctx, u, h)
		if err != nil {
			return nil, err
		}
		if !rb.allowed(pathOf(u)) {
			return nil, parley.E(op, parley.Disallowed, fmt.Sprintf("robots.txt of %s disallows %s", u.Host, rawURL))
		}
	}
	return f.do(ctx, op, u, h, v)
}

// Fetch fetches the page a document names by URL and returns the
// document with its Body, ContentType, Fetched time and final URL. A
// response that is no page (an image, a PDF) is Unsupported.
func (f *Fetcher) Fetch(ctx context.Context, doc parley.Document) (parley.Document, error) {
	const op = "fetch.Fetch"
	resp, err := f.Get(ctx, doc.URL, Validators{})
	if err != nil {
		return doc, err
	}
	doc.Fetched = resp.Fetched
	if mt, _, err := mime.ParseMediaType(resp.ContentType); resp.ContentType != "" && err == nil &&
		mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" {
		return doc, parley.E(op, parley.Unsupported, fmt.Sprintf("%s is %s, not a page", doc.URL, mt))
	}
	doc.URL = resp.URL
	doc.ContentType = resp.ContentType
	doc.Body = resp.Body
	return doc, nil
}

// check parses a URL and refuses what may not be fetched before any
// request is made: other schemes, user info, and hosts written as
// non-public IP addresses.
func (f *Fetcher) check(rawURL string) (*url.URL, error) {
	const op = "fetch.check"
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, parley.E(op, parley.Invalid, fmt.Sprintf("malformed URL %q", clip(rawURL)))
	}
	if err := f.checkURL(u); err != nil {
		return nil, err
	}
	return u, nil
}

func (f *Fetcher) checkURL(u *url.URL) error {
	const op = "fetch.check"
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return parley.E(op, parley.Blocked, fmt.Sprintf("only http and https are fetched, not %q", clip(u.Scheme)))
	}
	if u.Host == "" || u.Hostname() == "" {
		return parley.E(op, parley.Invalid, fmt.Sprintf("URL %q has no host", clip(u.String())))
	}
	if u.User != nil {
		return parley.E(op, parley.Blocked, "URLs with user names or passwords are not fetched")
	}
	if a, ok := literalIP(u.Hostname()); ok && !f.allowed(a) {
		return parley.E(op, parley.Blocked, fmt.Sprintf("%s is not a public address", a))
	}
	return nil
}

func (f *Fetcher) allowed(a netip.Addr) bool { return f.opt.AllowPrivate || f.public(a.Unmap()) }

// blockedError is the dialler's refusal of an address.
type blockedError struct{ addr string }

func (e *blockedError) Error() string { return e.addr + " is not a public address" }

// dial resolves the host itself, refuses the whole host when any of its
// addresses is not public (a mixed answer is a rebinding trick), and
// dials the addresses one by one. The Control hook checks once more the
// address the socket is about to connect to.
func (f *Fetcher) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	hostname, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var addrs []netip.Addr
	if a, ok := literalIP(hostname); ok {
		addrs = []netip.Addr{a}
	} else if addrs, err = f.lookup(ctx, hostname); err != nil {
		return nil, err
	}
	if len(addrs) == 0 {
		return nil, fmt.Errorf("%s has no address", hostname)
	}
	for _, a := range addrs {
		if !f.allowed(a) {
			return nil, &blockedError{addr: fmt.Sprintf("%s (%s)", hostname, a.Unmap())}
		}
	}
	d := net.Dialer{Timeout: 10 * time.Second, Control: f.control}
	var errs []error
	for _, a := range addrs {
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(a.Unmap().String(), port))
		if err == nil {
			return conn, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

// control runs after the socket is made and before it connects.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &blockedError{addr: address}
	}
	if !f.allowed(ap.Addr()) {
		return &blockedError{addr: ap.Addr().Unmap().String()}
	}
	return nil
}

// checkRedirect limits redirects and checks each target as a first
// request is checked, robots.txt included.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	const op = "fetch.Redirect"
	if len(via) > f.opt.MaxRedirects {
		return parley.E(op, parley.Invalid, fmt.Sprintf("more than %d redirects", f.opt.MaxRedirects))
	}
	if err := f.checkURL(req.URL); err != nil {
		return err
	}
	if !f.opt.IgnoreRobots && req.URL.Path != "/robots.txt" {
		h := f.host(req.URL)
		defer f.release(h)
		rb, err := f.robotsFor(req.Context(), req.URL, h)
		if err != nil {
			return err
		}
		if !rb.allowed(pathOf(req.URL)) {
			return parley.E(op, parley.Disallowed, fmt.Sprintf("robots.txt of %s disallows %s", req.URL.Host, req.URL))
		}
	}
	return nil
}

// do makes one request to a host, paced and capped, and reads the answer.
func (f *Fetcher) do(ctx context.Context, op string, u *url.URL, h *host, v Validators) (*Response, error) {
	// The wait for the host's turn does not count against the timeout.
	if err := f.wait(ctx, h); err != nil {
		return nil, f.netError(op, u, err)
	}
	defer func() { <-h.slots }()
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, parley.E(op, parley.Invalid, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.netError(op, u, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:         resp.Request.URL.String(),
		Status:      resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
		Fetched:     f.now().UTC(),
	}
	switch s := resp.StatusCode; {
	case s == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case s == http.StatusNotFound || s == http.StatusGone:
		return nil, parley.E(op, parley.NotFound, fmt.Sprintf("%s: %s", out.URL, resp.Status))
	case s == http.StatusTooManyRequests || s >= 500:
		return nil, parley.E(op, parley.Unavailable, fmt.Sprintf("%s: %s", out.URL, resp.Status))
	case s < 200 || s > 299:
		return nil, parley.E(op, parley.Unreadable, fmt.Sprintf("%s: %s", out.URL, resp.Status))
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return nil, parley.E(op, parley.TooLarge, fmt.Sprintf("%s is %d bytes, over the limit of %d", out.URL, resp.ContentLength, f.opt.MaxBytes))
	}
	// The transport undoes gzip itself; the cap counts decompressed
	// bytes, so a compressed bomb stops at the limit.
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if int64(len(body)) > f.opt.MaxBytes {
		what := "is"
		if resp.Uncompressed {
			what = "decompresses to" // decompressed_too_large
		}
		return nil, parley.E(op, parley.TooLarge, fmt.Sprintf("%s %s more than %d bytes, the limit", out.URL, what, f.opt.MaxBytes))
	}
	if err != nil {
		return nil, f.netError(op, u, err)
	}
	out.Body = body
	return out, nil
}

// netError classifies a failed request.
func (f *Fetcher) netError(op string, u *url.URL, err error) error {
	var pe *parley.Error
	if errors.As(err, &pe) {
		return err // from checkRedirect
	}
	var be *blockedError
	if errors.As(err, &be) {
		return parley.E(op, parley.Blocked, fmt.Sprintf("%s: %s", u.Host, be.Error()))
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return parley.E(op, parley.Timeout, fmt.Sprintf("%s: no complete answer within %v", clip(u.String()), f.opt.Timeout))
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return parley.E(op, parley.Timeout, fmt.Sprintf("%s: %v", clip(u.String()), err))
	}
	if errors.Is(err, context.Canceled) {
		return parley.E(op, parley.Unavailable, err)
	}
	return parley.E(op, parley.Unavailable, fmt.Sprintf("%s: %v", clip(u.String()), err))
}

// host returns the state of a URL's host, creating it, and marks it busy
// until release.
func (f *Fetcher) host(u *url.URL) *host {
	key := strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		if len(f.hosts) >= f.opt.MaxHosts {
			f.forgetIdle()
		}
		h = &host{slots: make(chan struct{}, f.opt.PerHost)}
		f.hosts[key] = h
	}
	h.busy++
	return h
}

func (f *Fetcher) release(h *host) {
	f.mu.Lock()
	h.busy--
	f.mu.Unlock()
}

// forgetIdle drops hosts with no request waiting or running, to keep the
// table within MaxHosts. f.mu is held.
func (f *Fetcher) forgetIdle() {
	for k, h := range f.hosts {
		if h.busy == 0 {
			delete(f.hosts, k)
			if len(f.hosts) < f.opt.MaxHosts*9/10 {
				return
			}
		}
	}
}

// wait takes one of the host's slots and waits for its turn: the start
// of the host's previous request plus the interval (or Crawl-delay).
func (f *Fetcher) wait(ctx context.Context, h *host) error {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	interval := f.opt.Interval
	h.mu.Lock()
	if h.robots != nil && h.robots.delay > interval {
		interval = h.robots.delay
	}
	now := f.now()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(interval)
	h.mu.Unlock()
	if d := start.Sub(now); d > 0 {
		if err := f.sleep(ctx, d); err != nil {
			<-h.slots
			return err
		}
	}
	return nil
}

// robotsFor returns the robots.txt rules of a URL's host, fetching them
// the first time. A file that is missing or refused (4xx) allows
// everything; one that cannot be fetched for a server or network error
// disallows everything, as RFC 9309 asks. A host the fetch may not reach
// at all is a Blocked error, and a fetch cut short by ctx is not
// remembered.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL, h *host) (*robots, error) {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	h.mu.Lock()
	rb := h.robots
	h.mu.Unlock()
	if rb != nil {
		return rb, nil
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := f.do(ctx, "fetch.Robots", ru, h, Validators{})
	switch k := parley.KindOf(err); {
	case err == nil:
		rb = parseRobots(resp.Body, robotsToken)
	case k == parley.Blocked:
		return nil, err
	case k == parley.NotFound || k == parley.Unreadable || k == parley.TooLarge:
		rb = &robots{}
	case ctx.Err() != nil:
		return &robots{disallowAll: true}, nil
	default:
		rb = &robots{disallowAll: true}
	}
	h.mu.Lock()
	h.robots = rb
	h.mu.Unlock()
	return rb, nil
}

// pathOf is the part of a URL that robots.txt rules match.
func pathOf(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// clip shortens a URL quoted in an error.
func clip(s string) string {
	const max = 200
	if len(s) <= max {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ToValidUTF8(s[:max], "\uFFFD") + "…"
}
