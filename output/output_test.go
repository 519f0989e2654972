package output

import (
	"testing"

	"parley"
)

// TestEventDatePrecision checks that event records carry a day or a month
// as their date, and a year alone in its own field.
func TestEventDatePrecision(t *testing.T) {
	tests := []struct {
		name     string
		date     string
		wantDate string
		wantYear int
	}{
		{"day", "2021-06-16", "2021-06-16", 0},
		{"month", "2021-06", "2021-06", 0},
		{"year_alone", "2011", "", 2011},
		{"unknown", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d parley.Date
			if tt.date != "" {
				d = parley.MustParseDate(tt.date)
			}
			e := FromEvent(parley.Event{Type: parley.Consult, Status: parley.Occurred, Date: d}, false, "")
			if e.Date != tt.wantDate || e.Year != tt.wantYear {
				t.Errorf("date %q, year %d; want %q, %d", e.Date, e.Year, tt.wantDate, tt.wantYear)
			}
		})
	}
}
