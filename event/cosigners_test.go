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

// TestPairsActingOnEachOther checks a pair that acted together and then
// acts on "each other": each on the other, not the first on the second
// alone.
func TestPairsActingOnEachOther(t *testing.T) {
	runEventCases(t, []eventCase{
		{"spoke_and_congratulated_each_other", "2001-03-17",
			"Sheikh Hamad bin Khalifa Al Thani and Sheikh Hamad bin Isa Al Khalifa spoke by telephone on Friday and congratulated each other.",
			[]want{{typ: parley.Support, source: "Hamad bin Khalifa Al Thani", target: "Hamad bin Isa Al Khalifa"},
				{typ: parley.Support, source: "Hamad bin Isa Al Khalifa", target: "Hamad bin Khalifa Al Thani"}}},
	})
}
