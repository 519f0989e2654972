package store

import (
	"testing"
	"unicode/utf8"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lowercases_scheme_and_host", "HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story"},
		{"http_and_https_agree", "http://example.com/a", "https://example.com/a"},
		{"drops_www", "https://www.example.com/a", "https://example.com/a"},
		{"drops_fragment", "https://example.com/a#comments", "https://example.com/a"},
		{"drops_default_ports", "http://example.com:80/a", "https://example.com/a"},
		{"keeps_other_ports", "http://example.com:8080/a", "https://example.com:8080/a"},
		{"drops_user_info", "https://user:pw@example.com/a", "https://example.com/a"},
		{"drops_utm_params", "https://example.com/a?utm_source=tw&utm_medium=social", "https://example.com/a"},
		{"drops_click_ids", "https://example.com/a?fbclid=xyz&gclid=1", "https://example.com/a"},
		{"keeps_meaningful_params_sorted", "https://example.com/a?page=2&id=7&utm_campaign=x", "https://example.com/a?id=7&page=2"},
		{"tracking_names_ignore_case", "https://example.com/a?UTM_Source=x&FBCLID=y", "https://example.com/a"},
		{"empty_path_becomes_slash", "https://example.com", "https://example.com/"},
		{"keeps_trailing_slash", "https://example.com/a/", "https://example.com/a/"},
		{"keeps_path_case", "https://example.com/World/A", "https://example.com/World/A"},
		{"trims_space", "  https://example.com/a  ", "https://example.com/a"},
		{"trailing_dot_in_host", "https://example.com./a", "https://example.com/a"},
		{"ipv6_host", "http://[2001:DB8::1]:8080/a", "https://[2001:db8::1]:8080/a"},
		{"keeps_escaped_path", "https://example.com/a%2Fb", "https://example.com/a%2Fb"},
		{"relative_url_unusable", "/world/story", ""},
		{"other_scheme_unusable", "ftp://example.com/a", ""},
		{"file_url_unusable", "file:///tmp/a.html", ""},
		{"opaque_unusable", "mailto:someone@example.com", ""},
		{"no_host_unusable", "https:///a", ""},
		{"empty_unusable", "", ""},
		{"garbage_unusable", "http://exa mple.com/%zz", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanonicalURL(tt.in); got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzURLNormalize checks that CanonicalURL never panics, is idempotent,
// and returns either "" or valid UTF-8 starting with https://.
func FuzzURLNormalize(f *testing.F) {
	for _, s := range []string{
		"https://www.example.com/a?utm_source=x&b=2&a=1#frag",
		"HTTP://EXAMPLE.com:80",
		"http://[::1]:443/x",
		"https://example.com/%E4%B8%AD?q=%zz",
		"https://www.www.example.com./a/../b",
		"https://例え.jp/パス?名前=値",
		"http://a@b@c/",
		"https:%2F%2Fexample.com",
		"https://example.com/a;b?c=d&&e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got := CanonicalURL(raw)
		if got == "" {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("CanonicalURL(%q) = %q, not valid UTF-8", raw, got)
		}
		if len(got) < len("https://") || got[:len("https://")] != "https://" {
			t.Fatalf("CanonicalURL(%q) = %q, want an https URL", raw, got)
		}
		if again := CanonicalURL(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", raw, got, again)
		}
	})
}
