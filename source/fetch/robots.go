package fetch

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robots is the part of a robots.txt file (RFC 9309) that applies to
// Parley: the rules of the groups naming its product token, or else those
// of the "*" groups, and a Crawl-delay when one is given.
type robots struct {
	rules []rule
	delay time.Duration
	// disallowAll is set for a site whose robots.txt could not be fetched for a
	// server error: RFC 9309 says to assume everything is disallowed.
	disallowAll bool
}

type rule struct {
	allow   bool
	pattern string // a path prefix with * wildcards and an optional final $
}

// maxCrawlDelay caps a site's Crawl-delay, so that one odd file cannot
// stall a run for hours.
const maxCrawlDelay = 60 * time.Second

// parseRobots reads a robots.txt file for the given product token
// ("parley"). Unknown lines are ignored, as the standard asks.
func parseRobots(body []byte, token string) *robots {
	type group struct {
		agents []string
		rules  []rule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	inAgents := false // the last line read was a User-agent line
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(value))
			inAgents = true
			continue
		case "allow", "disallow":
			if cur != nil && value != "" {
				cur.rules = append(cur.rules, rule{allow: key == "allow", pattern: value})
			}
		case "crawl-delay":
			if cur != nil {
				if s, err := strconv.ParseFloat(value, 64); err == nil && s > 0 {
					cur.delay = min(time.Duration(s*float64(time.Second)), maxCrawlDelay)
				}
			}
		}
		inAgents = false
	}
	pick := func(match func(agent string) bool) *robots {
		var r *robots
		for _, g := range groups {
			for _, a := range g.agents {
				if match(a) {
					if r == nil {
						r = &robots{}
					}
					r.rules = append(r.rules, g.rules...)
					r.delay = max(r.delay, g.delay)
					break
				}
			}
		}
		return r
	}
	if r := pick(func(a string) bool { return a == token || strings.HasPrefix(a, token+"/") }); r != nil {
		return r
	}
	if r := pick(func(a string) bool { return a == "*" }); r != nil {
		return r
	}
	return &robots{}
}

// allowed reports whether a path (with its query) may be fetched: the
// longest matching rule decides, an Allow winning a tie; no match allows.
func (r *robots) allowed(path string) bool {
	if r.disallowAll {
		return false
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if !matches(ru.pattern, path) {
			continue
		}
		n := len(ru.pattern)
		if n > best || n == best && ru.allow {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// matches reports whether a robots.txt pattern matches a path: the
// pattern is a prefix, "*" stands for any run of characters and a final
// "$" anchors the end.
func matches(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return !anchored || rest == ""
}
