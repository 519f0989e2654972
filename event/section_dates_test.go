package event_test

import (
	"testing"

	"parley"
)

// TestSectionHeadingDates checks that a page gathering several readouts
// under dated headings dates each undated act by its own section's
// heading, and that one dated heading alone — a date line — dates
// nothing.
func TestSectionHeadingDates(t *testing.T) {
	sections := "Foreign Secretary's calls on Afghanistan\n\n" +
		"Call with the Foreign Minister of Pakistan: 20 August 2021\n\n" +
		"Dominic Raab spoke by phone to Shah Mahmood Qureshi.\n\n" +
		"Raab urged Pakistan to keep its border with Afghanistan open.\n\n" +
		"Call with the Foreign Minister of Qatar: 22 August 2021\n\n" +
		"Raab thanked Qatar for its help with the evacuation.\n\n" +
		"Raab had urged Qatar to keep the airport open.\n"
	one := "Foreign Secretary's call on Afghanistan\n\n" +
		"Call with the Foreign Minister of Qatar: 22 August 2021\n\n" +
		"Raab thanked Qatar for its help with the evacuation.\n"
	runRuledOut(t, []ruledOutCase{
		{"the_first_section", "2021-08-24", sections,
			want{typ: parley.Request, source: "Dominic Raab", target: "Pakistan", date: "2021-08-20"},
			want{typ: parley.Request, target: "Pakistan", date: "2021-08-22"}},
		{"the_second_section", "2021-08-24", sections,
			want{typ: parley.Support, source: "Dominic Raab", target: "Qatar", date: "2021-08-22"},
			want{typ: parley.Support, target: "Qatar", date: "2021-08-20"}},
		{"done_before_keeps_no_day", "2021-08-24", sections,
			want{typ: parley.Request, source: "Dominic Raab", target: "Qatar", date: "-"},
			want{}},
		{"one_dated_heading_is_a_date_line", "2021-08-24", one,
			want{typ: parley.Support, source: "Dominic Raab", target: "Qatar", date: "-"},
			want{}},
	})
}
