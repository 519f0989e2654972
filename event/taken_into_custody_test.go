package event_test

import (
	"testing"

	"parley"
)

// TestTakenIntoCustody checks "took X into custody" read as an arrest and
// "took X hostage" as an abduction, past a title set before the name; a
// side, power or part taken is neither.
func TestTakenIntoCustody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"into_custody", "2017-09-05",
			"Cambodian police took opposition leader Kem Sokha into custody on Sunday.",
			[]want{{typ: parley.Coerce, source: "Cambodian National Police", target: "Kem Sokha", date: "2017-09-03"}}},
		{"title_before_the_name", "2000-06-07",
			"The Malaita Eagle Force took the Prime Minister, Bartholomew Ulufa'alu, into custody on Monday.",
			[]want{{typ: parley.Coerce, source: "Malaita Eagle Force", target: "Bartholomew Ulufa'alu", date: "2000-06-05"}}},
		{"hostage", "2006-06-26",
			"Hamas took an Israeli soldier hostage on Sunday.",
			[]want{{typ: parley.Assault, source: "Hamas", target: "Israel", date: "2006-06-25"}}},
	})
	runNotCases(t, []notCase{
		{"control_taken_is_no_arrest", "2000-06-07",
			"The Malaita Eagle Force took control of Honiara and the Prime Minister's residence on Monday.",
			want{typ: parley.Coerce, source: "Malaita Eagle Force", target: "Bartholomew Ulufa'alu"}},
		{"hostage_is_no_arrest", "2006-06-26",
			"Hamas took an Israeli soldier hostage on Sunday.",
			want{typ: parley.Coerce, source: "Hamas"}},
	})
}
