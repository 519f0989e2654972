package event_test

import (
	"testing"

	"parley"
)

// TestSecondVerbsAfterAs checks that a noun after "as" in the first
// predicate ("regards Somaliland as part of its territory") is not read
// as a verb whose object would become the second verb's subject.
func TestSecondVerbsAfterAs(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"regards_as_part_and_condemned", "2020-08-20",
			"Taiwan opened a representative office in Somaliland on Monday. " +
				"Somalia's federal government regards Somaliland as part of its territory and condemned Taiwan's move as an attack on its sovereignty.",
			want{typ: parley.Accuse, source: "Somalia", target: "Taiwan"},
			want{typ: parley.Accuse, source: "Somaliland"}},
	})
}
