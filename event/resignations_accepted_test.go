package event_test

import (
	"testing"

	"parley"
)

// TestResignationsAccepted checks a resignation accepted as an accord
// with the one who resigned, named by a possessive, after "of", or by a
// pronoun, and one offered to a body as no accord of the resigner with
// himself or with that body.
func TestResignationsAccepted(t *testing.T) {
	offered := "President Manuel Merino of Peru offered to resign on Sunday. "
	runEventCases(t, []eventCase{
		{"possessive", "2020-11-17", offered + "Congress accepted Merino's resignation on Monday.",
			[]want{{typ: parley.Agree, source: "Congress of the Republic of Peru", target: "Manuel Merino", date: "2020-11-16"}}},
		{"of_the_resigner", "2020-11-17", offered + "Congress accepted the resignation of President Manuel Merino on Monday.",
			[]want{{typ: parley.Agree, source: "Congress of the Republic of Peru", target: "Manuel Merino", date: "2020-11-16"}}},
		{"pronoun", "2020-11-17", offered + "Congress accepted his resignation on Monday.",
			[]want{{typ: parley.Agree, source: "Congress of the Republic of Peru", target: "Manuel Merino", date: "2020-11-16"}}},
	})
	runNotCases(t, []notCase{
		{"offered_to_a_body", "1989-04-15",
			"Georgia's party chief faced protests. Jumber Patiashvili offered his resignation to the party's Central Committee on Friday.",
			want{typ: parley.Agree, source: "Jumber Patiashvili"}},
	})
}
