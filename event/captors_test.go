package event_test

import (
	"testing"

	"parley"
)

// TestDemandsForReleaseOfCaptives checks that a demand for someone's
// release is made of whoever the sentence says holds them: named after
// "held by", the state they are held in, or the state whose custody or
// prison they are in.
func TestDemandsForReleaseOfCaptives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"held_by_an_armed_group_with_the", "2024-05-10",
			"Paris demanded the release of Marie Dubois, who is held by the Taliban.",
			[]want{{typ: parley.Request, source: "France", target: "Taliban"}}},
		{"held_in_a_state", "2024-05-10",
			"Berlin called for the release of Anna Becker, who is held in Iran.",
			[]want{{typ: parley.Request, source: "Germany", target: "Iran"}}},
		{"jailed_in_a_state", "2024-05-10",
			"Canada demanded the release of Michael Roy, jailed in China since 2019.",
			[]want{{typ: parley.Request, source: "Canada", target: "China"}}},
		{"in_a_states_custody_after_an_unknown_name", "2024-05-10",
			"Sweden demanded the release of Lena Strand, held in Iranian custody since 2022.",
			[]want{{typ: parley.Request, source: "Sweden", target: "Iran"}}},
		{"from_a_states_prison", "2024-05-10",
			"Britain demanded the release of Tom Hale from a Russian prison.",
			[]want{{typ: parley.Request, source: "United Kingdom", target: "Russia"}}},
		{"immediate_and_unconditional", "2024-05-10",
			"Spain demanded the immediate and unconditional release of Carlos Ruiz, who is held by Hamas.",
			[]want{{typ: parley.Request, source: "Spain", target: "Hamas"}}},
		{"held_by_a_states_police", "2024-05-10",
			"Greece demanded the release of two fishermen held by Turkish police.",
			[]want{{typ: parley.Request, source: "Greece", target: "Turkish National Police"}}},
	})
}

// TestCaptivesNamedByTheirPeople checks a demand to free captives named
// only by their people's adjective is not made of their own state.
func TestCaptivesNamedByTheirPeople(t *testing.T) {
	runNotCases(t, []notCase{
		{"all_prisoners_of_a_people", "2024-05-10",
			"Hamas demands the release of all Palestinian prisoners.",
			want{typ: parley.Request, target: "Palestine"}},
		{"counted_prisoners_of_another_state", "2024-05-10",
			"Ankara called for the release of 200 Azerbaijani prisoners of war.",
			want{typ: parley.Request, target: "Azerbaijan"}},
		{"sailors_of_another_state", "2024-05-10",
			"Washington demanded the immediate release of the Filipino sailors.",
			want{typ: parley.Request, target: "Philippines"}},
	})
}

// TestRequestsToEndAMeasure checks a call to end a measure is made of
// the one who owns it, and the measure keeps its owner as its doer.
func TestRequestsToEndAMeasure(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an_end_to_a_states_embargo", "2024-05-10",
			"Mexico called for an end to the US embargo on Cuba.",
			[]want{{typ: parley.Request, source: "Mexico", target: "United States"}, {typ: parley.Sanction, source: "United States", target: "Cuba"}}},
		{"an_end_to_a_possessed_blockade", "2024-05-10",
			"Ankara demanded an end to Israel's blockade of Gaza.",
			[]want{{typ: parley.Request, source: "Turkey", target: "Israel"}}},
		{"the_lifting_of_sanctions_by_adjective", "2024-05-10",
			"Caracas demanded the lifting of American sanctions.",
			[]want{{typ: parley.Request, source: "Venezuela", target: "United States"}}},
		{"a_halt_to_strikes", "2024-05-10",
			"Kyiv urged a halt to Russian strikes on its power grid.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Russia"}}},
	})
}

// TestExecutions checks an execution told by "hanged" as force on the
// one executed, and banners hung as no event.
func TestExecutions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"hanged_an_activist", "1995-11-12",
			"Nigeria hanged the writer Ken Saro-Wiwa and eight other activists on Friday.",
			[]want{{typ: parley.Assault, source: "Nigeria", target: "Ken Saro-Wiwa", date: "1995-11-10"}}},
		{"banners_hanging_are_no_event", "1995-11-12",
			"Protesters were hanging banners outside the Nigerian embassy in London.",
			nil},
	})
}
