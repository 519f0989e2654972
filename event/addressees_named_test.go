package event_test

import (
	"testing"

	"parley"
)

// TestAddresseesNamedUnknown checks that a second verb of asking whose
// addressees are named, though no actor, is not aimed where the verb
// before it was; one that names none still is.
func TestAddresseesNamedUnknown(t *testing.T) {
	runNotCases(t, []notCase{
		{"islamic_countries_called_on", "2025-04-07",
			"Araghchi condemned the Israeli strikes on Gaza and called on Islamic countries to take practical action.",
			want{typ: parley.Request, target: "Israel"}},
		{"the_international_community_urged", "2024-03-21",
			"The Maldivian Democratic Party condemned India's withdrawal and urged the international community to help.",
			want{typ: parley.Request, target: "India"}},
	})
	runEventCases(t, []eventCase{
		{"a_demand_with_no_addressee", "2025-04-07",
			"Kenya accused Somalia of interfering and called for an explanation.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Somalia"}}},
		{"a_warning_of_consequences", "1991-01-11",
			"On Thursday, Gorbachev demanded that the Lithuanian parliament restore the Soviet constitution, and warned of the consequences.",
			[]want{{typ: parley.Threaten, source: "Mikhail Gorbachev", target: "Parliament of Lithuania"}}},
	})
}

// TestAskedOfAGovernmentNamed checks that what "the X government" is
// urged to do is asked, not done.
func TestAskedOfAGovernmentNamed(t *testing.T) {
	runNotCases(t, []notCase{
		{"urged_the_taliban_government_to_deny", "2024-03-15",
			"Pakistan has repeatedly urged the Afghan Taliban government to deny the TTP sanctuary on Afghan soil, a charge Kabul denies.",
			want{typ: parley.Reject, source: "Taliban"}},
	})
}

// TestForcesLedBySomeone checks that forces led by a named person are
// addressed through that person, alone or second in a list.
func TestForcesLedBySomeone(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_forces_led_by_him", "2020-01-23",
			"Egypt urged the forces led by Khalifa Haftar to withdraw from Tripoli.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Khalifa Haftar"}}},
		{"second_in_a_list", "2020-01-23",
			"Algeria called on the Government of National Accord and the forces led by Khalifa Haftar to respect the ceasefire.",
			[]want{{typ: parley.Request, source: "Algeria", target: "Government of National Accord"},
				{typ: parley.Request, source: "Algeria", target: "Khalifa Haftar"}}},
	})
}

// TestAskedOfTheOneApproached checks that the one who approaches a body
// to ask it something does the asking.
func TestAskedOfTheOneApproached(t *testing.T) {
	runEventCases(t, []eventCase{
		{"approached_the_court_to_ask_it", "2024-05-28",
			"South Africa approached the International Court of Justice to ask it for an order against Israel.",
			[]want{{typ: parley.Request, source: "South Africa", target: "International Court of Justice"}}},
		{"approached_again_to_ask", "2024-05-28",
			"South Africa approached the International Court of Justice again to ask it to order Israel to halt its offensive.",
			[]want{{typ: parley.Request, source: "South Africa", target: "International Court of Justice"}}},
	})
}
