package event_test

import (
	"testing"

	"parley"
)

// TestRolesOfEventsAgain checks the source and target of events whose
// type is plain, a second pass: each case names the events the text must
// yield.
func TestRolesOfEventsAgain(t *testing.T) {
	tests := []eventCase{
		// A speech participle after a "that" clause is the main clause's
		// act, not the act of the clause's own subject.
		{"said_that_then_urging", "2024-05-10",
			"The European Union said on Monday that Russia had attacked Ukrainian ports, urging Turkey to keep the straits open.",
			[]want{{typ: parley.Request, source: "European Union", target: "Turkey", date: "2024-05-06"},
				{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"said_that_then_calling_on", "2024-05-10",
			"Washington said that Iran had supplied drones to Russia, calling on China to halt its support.",
			[]want{{typ: parley.Request, source: "United States", target: "China"}}},
		// An envoy expelled, named after his state's possessive: the
		// expulsion is aimed at both.
		{"expelled_an_envoy_named_after_his_state", "2024-05-10",
			"Ghana expelled Togo's ambassador, Kodjo Amegah, on Friday.",
			[]want{{typ: parley.Sanction, source: "Ghana", target: "Togo", date: "2024-05-10"},
				{typ: parley.Sanction, source: "Ghana", target: "Kodjo Amegah", date: "2024-05-10"}}},
		{"declared_an_envoy_persona_non_grata", "2024-05-10",
			"Bolivia on Tuesday declared Peru's ambassador, Raúl Salazar, persona non grata.",
			[]want{{typ: parley.Sanction, source: "Bolivia", target: "Peru", date: "2024-05-07"},
				{typ: parley.Sanction, source: "Bolivia", target: "Raúl Salazar", date: "2024-05-07"}}},
	}
	runEventCases(t, tests)
}

// TestRolesOfEventsAgainNot checks readings an actor must not get.
func TestRolesOfEventsAgainNot(t *testing.T) {
	tests := []notCase{
		{"the_reported_subject_does_not_urge", "2024-05-10",
			"The European Union said on Monday that Russia had attacked Ukrainian ports, urging Turkey to keep the straits open.",
			want{typ: parley.Request, source: "Russia", target: "Turkey"}},
		{"the_reported_subject_does_not_call_on", "2024-05-10",
			"Washington said that Iran had supplied drones to Russia, calling on China to halt its support.",
			want{typ: parley.Request, source: "Iran", target: "China"}},
		// A visitor's participle is the visitor's alone, not the host's.
		{"the_host_does_not_urge", "2024-05-10",
			"David Cameron visited Kyiv on Thursday, urging Germany to send more missiles.",
			want{typ: parley.Request, source: "Ukraine", target: "Germany"}},
		{"the_host_state_does_not_accuse", "2024-05-10",
			"Wang Yi travelled to Jakarta and met Retno Marsudi, accusing the Philippines of provocations.",
			want{typ: parley.Accuse, source: "Indonesia", target: "Philippines"}},
		{"the_host_does_not_call_on_the_other", "2024-05-10",
			"Modi visited Moscow in July, calling on Ukraine and Russia to talk.",
			want{typ: parley.Request, source: "Russia", target: "Ukraine"}},
		// One's own envoy recalled is no target.
		{"own_envoy_recalled_is_no_target", "2024-05-10",
			"Hungary recalled its ambassador to Poland, Peter Kovacs, on Friday.",
			want{typ: parley.Sanction, source: "Hungary", target: "Peter Kovacs"}},
	}
	runNotCases(t, tests)
}
