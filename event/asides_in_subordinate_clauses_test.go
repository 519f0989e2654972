package event_test

import (
	"testing"

	"parley"
)

// TestSubjectPastAnAsideAfterConjunction checks a clause opened by
// "after", "before" or "when" whose subject is set off from its verb by
// an aside between commas ("days after Lula, speaking in Brasília,
// criticised …"): the subject is the clause's own, not the main clause's.
func TestSubjectPastAnAsideAfterConjunction(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_day_after_with_an_interview_aside", "2009-05-10",
			"The recall came a day after President Lula, in an interview with a Brazilian radio station, accused Paraguay of sheltering smugglers.",
			[]want{{typ: parley.Accuse, source: "Luiz Inácio Lula da Silva", target: "Paraguay"}}},
		{"main_clause_after_the_subordinate", "2022-03-04",
			"Two days after the Kenyan president, on a visit to Kampala, urged Uganda to reopen the border, Museveni ordered the crossing at Busia opened.",
			[]want{{typ: parley.Request, source: "Uhuru Kenyatta", target: "Uganda"}}},
	})
	runNotCases(t, []notCase{
		{"the_main_subject_does_not_accuse", "2009-05-10",
			"Argentina recalled its ambassador after Lula, in an interview, accused Paraguay of sheltering smugglers.",
			want{typ: parley.Accuse, source: "Argentina"}},
	})
}

// TestAskedPastAnApposition checks "asked" with the one asked described
// in a long apposition before "to" ("asked Tinubu, the current chairman
// of the Economic Community of West African States, to …"): a request to
// that person.
func TestAskedPastAnApposition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"asked_a_chairman_described_at_length", "2023-07-12",
			"President Mohamed Bazoum asked Bola Tinubu, president of Nigeria and the newly chosen chairman of the regional bloc, to send observers to Niamey.",
			[]want{{typ: parley.Request, source: "Mohamed Bazoum", target: "Bola Tinubu"}}},
	})
	runNotCases(t, []notCase{
		{"asked_about_a_person_described", "2023-07-12",
			"Reporters asked Bola Tinubu, the current chairman of the bloc, whether troops would go.", want{typ: parley.Request}},
	})
}
