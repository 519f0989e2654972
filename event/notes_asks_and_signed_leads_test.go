package event_test

import (
	"testing"

	"parley"
)

// TestNoteAddresseeIsNoVisitTarget checks that a journey noun does not take
// as its host the one a note or letter was handed or sent to in a reduced
// relative after it.
func TestNoteAddresseeIsNoVisitTarget(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_note_handed_to_an_embassy", "2024-02-23",
			"Lord Cameron is expected to visit the Falklands next week. The Argentine government protested against the planned trip in a note handed to the British embassy in Buenos Aires.",
			want{typ: parley.Accuse, source: "Argentina", target: "United Kingdom"},
			want{typ: parley.Consult, source: "Argentina"}},
		{"a_letter_sent_to_a_ministry", "2024-05-10",
			"Chile objected to the visit in a letter sent to the Peruvian foreign ministry on Friday.",
			want{},
			want{typ: parley.Consult, source: "Chile"}},
	})
}

// TestAskedUnnamedDoTheInfinitive checks that the act in the infinitive
// after a verb of asking and an object that names no actor is theirs:
// the asker neither agrees nor withdraws.
func TestAskedUnnamedDoTheInfinitive(t *testing.T) {
	const signed = "Prime Minister Andrew Holness and Guyana's President Irfaan Ali on Monday signed a memorandum in Georgetown. "
	runRuledOut(t, []ruledOutCase{
		{"urged_a_possessed_group", "2024-02-27",
			signed + "The leaders also urged the country's political actors to agree on a transitional government.",
			want{},
			want{typ: parley.Agree, source: "Andrew Holness", target: "Irfaan Ali", place: "-"}},
		{"called_on_all_parties", "2024-02-27",
			signed + "The leaders called on all parties to agree on a ceasefire.",
			want{},
			want{typ: parley.Agree, source: "Andrew Holness", target: "Irfaan Ali", place: "-"}},
		{"a_named_addressee_is_asked", "2024-02-27",
			"Prime Minister Andrew Holness urged President Irfaan Ali to agree on a ceasefire.",
			want{typ: parley.Request, source: "Andrew Holness", target: "Irfaan Ali"},
			want{typ: parley.Agree, source: "Andrew Holness"}},
	})
}

// TestPactSignersBothCarryTheLeadDay checks that both who signed a pact in
// the story's dated lead go on with its day in the sentences after it,
// as both sides of a meeting do.
func TestPactSignersBothCarryTheLeadDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"each_signer_condemns", "2024-02-27",
			"Prime Minister Andrew Holness and Guyana's President Irfaan Ali on Monday signed a memorandum of understanding on energy cooperation in Georgetown. " +
				"The two leaders also condemned the violence in Haiti.",
			[]want{{typ: parley.Accuse, source: "Andrew Holness", target: "Haiti", date: "2024-02-26"},
				{typ: parley.Accuse, source: "Irfaan Ali", target: "Haiti", date: "2024-02-26"}}},
	})
}
