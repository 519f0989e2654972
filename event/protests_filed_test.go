package event_test

import (
	"testing"

	"parley"
)

// TestProtestsFiledAndStaffSummoned checks a protest filed or lodged
// "over" the presence or entry of another state's ships or forces (aimed
// at that state, past words that describe the ships), and staff of a
// foreign embassy summoned (aimed at the embassy's state) — unless the one
// summoned is named, who is then the one met.
func TestProtestsFiledAndStaffSummoned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"protest_over_the_presence_of_vessels", "2022-09-14",
			"Manila filed a diplomatic protest on Tuesday over the continued presence of Chinese maritime militia vessels at the reef.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China", date: "2022-09-13"}}},
		{"protest_lodged_over_an_incursion", "2022-09-14",
			"Tokyo lodged a protest over the incursion of Chinese coast guard ships.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China Coast Guard"}}},
		{"official_of_an_embassy_summoned", "2022-09-14",
			"The Philippines summoned a senior official of the Chinese embassy on Monday.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China", date: "2022-09-12"}}},
		{"diplomats_of_a_mission_summoned", "2022-09-14",
			"Berlin summoned two diplomats of the Russian embassy.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"officials_of_an_own_ministry", "2022-09-14",
			"The minister summoned senior officials of the health ministry.", want{typ: parley.Accuse}},
	})
}

// TestMissionSetUponByItsPossessive checks a crowd storming "its embassy":
// the embassy of the state the sentence is about (past one named after a
// preposition), at which the protest is aimed; a state closing its own
// embassy somewhere still acts on the state of the place.
func TestMissionSetUponByItsPossessive(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stormed_its_embassy", "2016-01-04",
			"Riyadh cut ties with Tehran on Sunday after protesters stormed its embassy in the Iranian capital.",
			[]want{{typ: parley.Protest, source: "Iranian protesters", target: "Saudi Arabia"}}},
		{"closing_its_embassy", "2019-09-17",
			"Taiwan announced on Monday that it was closing its embassy in Honiara.",
			[]want{{typ: parley.Sanction, source: "Taiwan", target: "Solomon Islands"}}},
	})
}
