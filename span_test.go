package parley

import "testing"

func TestSpanTrimSpace(t *testing.T) {
	text := "  Xi met Putin. \n"
	got := Span{0, len(text)}.TrimSpace(text)
	if got.In(text) != "Xi met Putin." {
		t.Errorf("TrimSpace = %v %q", got, got.In(text))
	}
	if empty := (Span{0, 2}).TrimSpace(text); empty.Len() != 0 {
		t.Errorf("all-space span trimmed to %v", empty)
	}
}

func TestDatePrecisionAndAgreement(t *testing.T) {
	tests := []struct {
		a, b  string
		agree bool
	}{
		{"2021-06", "2021-06-16", true},
		{"2021-06-16", "2021-06-17", false},
		{"2021", "2021-12-31", true},
		{"2020-12", "2021-01-01", false},
		{"", "2021-06-16", false},
	}
	for _, tt := range tests {
		a, b := MustParseDate(tt.a), MustParseDate(tt.b)
		if got := a.Agrees(b); got != tt.agree {
			t.Errorf("%q agrees with %q = %v, want %v", tt.a, tt.b, got, tt.agree)
		}
	}
	for _, bad := range []string{"2021-13", "2021-02-30", "21-06-01", "2021/06/01", "0000"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted a bad date", bad)
		}
	}
}
