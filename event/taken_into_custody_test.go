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
		// the participle is the group's, past the aside on who leads it
		{"hostage_after_a_leader_aside", "2000-06-07",
			"The Malaita Eagle Force, led by Andrew Nori, seized the capital on Monday, taking Prime Minister Bartholomew Ulufa'alu hostage.",
			[]want{{typ: parley.Assault, source: "Malaita Eagle Force", target: "Bartholomew Ulufa'alu"}}},
		{"hostage_by_members_of_a_group", "1996-12-20",
			"Rebels of the Tupac Amaru Revolutionary Movement (MRTA), led by Néstor Cerpa Cartolini, seized the residence on Tuesday, taking the ambassador, Morihisa Aoki, and hundreds of his guests hostage.",
			[]want{{typ: parley.Assault, source: "Túpac Amaru Revolutionary Movement", target: "Morihisa Aoki"}}},
	})
	runNotCases(t, []notCase{
		{"control_taken_is_no_arrest", "2000-06-07",
			"The Malaita Eagle Force took control of Honiara and the Prime Minister's residence on Monday.",
			want{typ: parley.Coerce, source: "Malaita Eagle Force", target: "Bartholomew Ulufa'alu"}},
		{"hostage_is_not_the_leaders", "2000-06-07",
			"The Malaita Eagle Force, led by Andrew Nori, seized the capital on Monday, taking Prime Minister Bartholomew Ulufa'alu hostage.",
			want{typ: parley.Assault, source: "Andrew Nori"}},
		{"hostage_is_no_arrest", "2006-06-26",
			"Hamas took an Israeli soldier hostage on Sunday.",
			want{typ: parley.Coerce, source: "Hamas"}},
	})
}
