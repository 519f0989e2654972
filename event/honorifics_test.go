package event_test

import (
	"testing"

	"parley"
)

// TestHonorificBeforeTheNamedHolder checks an office named with its holder
// in apposition behind an honorific ("the National Leader of the APC,
// Asiwaju Bola Tinubu"): the meeting is with the holder, not the party.
func TestHonorificBeforeTheNamedHolder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"asiwaju", "2021-03-09",
			"President Muhammadu Buhari on Monday met behind closed doors with the National Leader of the All Progressives Congress, Asiwaju Bola Tinubu, at the Presidential Villa.",
			[]want{{typ: parley.Consult, source: "Muhammadu Buhari", target: "Bola Tinubu", date: "2021-03-08"}}},
		{"alhaji", "2021-03-09",
			"Buhari received the chairman of the party, Alhaji Atiku Abubakar, on Monday.",
			[]want{{typ: parley.Consult, source: "Atiku Abubakar", target: "Muhammadu Buhari"}}},
	})
}
