package extract

import (
	"testing"
	"time"
)

// TestDatelineDay checks the day a wire dateline gives, in the page's
// year, when it falls in the three days up to the page's date.
func TestDatelineDay(t *testing.T) {
	page := time.Date(2025, time.July, 30, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		page       time.Time
		want       string // "" for none
	}{
		{"the_day_before_the_page", "JAKARTA, July 29 (Bernama) -- Anwar met Prabowo today.", page, "2025-07-29"},
		{"the_pages_own_day", "KUALA LUMPUR, July 30 (Bernama) -- The talks went on.", page, "2025-07-30"},
		{"a_day_first_dateline", "ABU DHABI, 28th July (WAM) -- The President received the minister.", page, "2025-07-28"},
		{"too_long_before", "JAKARTA, July 2 (Bernama) -- An old dispatch.", page, ""},
		{"after_the_page", "JAKARTA, July 31 (Bernama) -- A day too late.", page, ""},
		{"across_new_year", "TOKYO, Dec 31 (Kyodo) -- The year ended.", time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC), "2025-12-31"},
		{"no_dateline", "Anwar met Prabowo in Jakarta today.", page, ""},
		{"no_page_date", "JAKARTA, July 29 (Bernama) -- Anwar met Prabowo today.", time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DatelineDay(tt.text, tt.page)
			s := ""
			if ok {
				s = got.Format(time.DateOnly)
			}
			if s != tt.want {
				t.Errorf("DatelineDay(%q) = %q, want %q", tt.text, s, tt.want)
			}
		})
	}
}
