package store

import (
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"
)

// CanonicalURL returns the form of a page address that two copies of the
// same article share, for recognising duplicates: the scheme becomes https,
// the host is lower-cased without a leading "www." or a default port, the
// fragment and user info are dropped, tracking parameters (utm_*, fbclid,
// gclid and the like) are removed, the remaining query parameters are
// sorted, and an empty path becomes "/". Paths keep their case and trailing
// slash, because servers treat those as different pages.
//
// It returns "" for anything that is not an absolute http or https URL
// with a host, or not valid UTF-8; such articles are recognised by content alone. Applying
// CanonicalURL to its own result changes nothing.
func CanonicalURL(raw string) string {
	if !utf8.ValidString(raw) {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Opaque != "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.TrimRight(strings.ToLower(u.Hostname()), ".")
	for strings.HasPrefix(host, "www.") {
		host = host[len("www."):]
	}
	if host == "" || strings.ContainsAny(host, "/?#@ %[]") {
		return ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // an IPv6 literal
	}
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}

	out := url.URL{Scheme: "https", Host: host, Path: u.Path, RawPath: u.RawPath}
	if out.Path == "" {
		out.Path = "/"
		out.RawPath = ""
	}
	out.RawQuery = canonicalQuery(u.RawQuery)
	s := out.String()
	// Parsing again must give the same string; when an odd escape makes
	// the round trip unstable, the address is not usable as a key.
	if again, err := url.Parse(s); err != nil || again.String() != s {
		return ""
	}
	return s
}

// canonicalQuery drops tracking parameters and sorts the rest, keeping each
// parameter's encoding as the page gave it.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var keep []string
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		name, _, _ := strings.Cut(part, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if isTracking(strings.ToLower(name)) {
			continue
		}
		keep = append(keep, part)
	}
	sort.Strings(keep)
	return strings.Join(keep, "&")
}

// trackingParams are query parameters that advertising and analytics add to
// links; they never change which article a page shows.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "twclid": true, "ttclid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "cmpid": true, "ocid": true, "smid": true, "at_medium": true, "at_campaign": true,
}

func isTracking(name string) bool {
	return strings.HasPrefix(name, "utm_") || trackingParams[name]
}
