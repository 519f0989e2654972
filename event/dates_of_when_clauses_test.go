package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfWhenClauses checks the time a ", when" clause hangs on
// ("since October, when Duque accused him") dating the act told in it
// rather than the main clause's day, and a date inside one relative
// clause left to it when the act stands in a later one.
func TestDatesOfWhenClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"since_a_month_when", "2022-11-04",
			"Gustavo Petro, who has lived in Havana since October, when Iván Duque accused him of sheltering rebels, spoke on Friday.",
			[]want{{typ: parley.Accuse, source: "Iván Duque", target: "Gustavo Petro", date: "2022-10"}}},
		{"a_day_naming_a_noun_in_the_when_clause", "2019-03-04",
			"Relations soured last month, when Kuwait recalled its envoy from Qatar over a Friday broadcast that mocked the emir.",
			[]want{{typ: parley.Sanction, source: "Kuwait", target: "Qatar", date: "2019-02"}}},
		{"another_relatives_date", "2022-11-02",
			"Gustavo Petro, a former senator who took office in August, has broken with Iván Duque, who refused to recognise Nicolás Maduro.",
			[]want{{typ: parley.Reject, source: "Iván Duque", target: "Nicolás Maduro", date: "-"}}},
	})
}

// TestDatesOfReducedRelatives checks an act told in a relative clause
// without "that" after a verb the sentence's day dates ("on Wednesday
// defended a pact his government signed with China last month"): the
// clause's own time, though coarser, not the day of the defence.
func TestDatesOfReducedRelatives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"coarser_time_of_its_own", "2022-05-12",
			"Fiji's Prime Minister Frank Bainimarama on Wednesday defended a fisheries agreement his government signed with China last month.",
			[]want{{typ: parley.Agree, source: "Fiji", target: "China", date: "2022-04"}}},
	})
}

// TestDatesOfOwnedObjects checks a date that qualifies an object owned
// by another ("dismissed the EU's June 5 statement"): the statement's
// day, not the dismissal's.
func TestDatesOfOwnedObjects(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_possessives_dated_statement", "2003-06-20",
			"Cuban President Fidel Castro dismissed the EU's June 5 statement with contempt.",
			[]want{{typ: parley.Reject, source: "Fidel Castro", target: "European Union", date: "-"}}},
	})
}

// TestDatesOfClausesAfterAnd checks that a date opening a later clause
// with a pronoun for its subject (", and on 20 September it imposed …")
// is that clause's, not the first act's, which keeps the date it opens
// with.
func TestDatesOfClausesAfterAnd(t *testing.T) {
	runEventCases(t, []eventCase{
		{"pronoun_subject_after_the_date", "2023-06-01",
			"In March 2023 the European Commission warned Hungary over the law, and on 12 May it fined Budapest a million euros.",
			[]want{{typ: parley.Threaten, source: "European Commission", target: "Hungary", date: "2023-03"},
				{typ: parley.Sanction, source: "European Commission", target: "Hungary", date: "2023-05-12"}}},
	})
}
