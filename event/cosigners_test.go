package event_test

import (
	"testing"

	"parley"
)

// TestCoSigners checks signings told with another signer "alongside" the
// subject, and a signature "put to" an accord, as accords between the
// signers.
func TestCoSigners(t *testing.T) {
	runEventCases(t, []eventCase{
		{"signed_alongside", "2011-05-20",
			"President Salva Kiir signed the border protocol alongside President Omar al-Bashir in Addis Ababa.",
			[]want{{typ: parley.Agree, source: "Salva Kiir Mayardit", target: "Omar al-Bashir", place: "Addis Ababa"}}},
		{"put_a_signature_to", "2011-05-20",
			"President Salva Kiir put his signature to the protocol alongside President Omar al-Bashir.",
			[]want{{typ: parley.Agree, source: "Salva Kiir Mayardit", target: "Omar al-Bashir"}}},
		{"put_their_signatures_to", "2011-05-20",
			"Salva Kiir and Omar al-Bashir put their signatures to the protocol on Thursday.",
			[]want{{typ: parley.Agree, source: "Salva Kiir Mayardit", target: "Omar al-Bashir", date: "2011-05-19"}}},
	})
}
