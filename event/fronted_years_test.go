package event_test

import (
	"testing"

	"parley"
)

// TestFrontedYears checks that a year opening the sentence dates its
// clause however long the subject, so that a later meeting of the same
// sides does not lend the old signing its day.
func TestFrontedYears(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_signing_of_1966_is_not_thursdays", "2023-12-15",
			"Guyana and Venezuela have long quarrelled over the Essequibo. In 1966, the two countries and the United Kingdom signed the Geneva Agreement. Guyana's President Irfaan Ali and Venezuela's President Nicolás Maduro met on Thursday in Argyle and agreed not to use force.",
			want{typ: parley.Agree, source: "Guyana", target: "United Kingdom"},
			want{typ: parley.Agree, source: "Guyana", target: "United Kingdom", date: "2023-12-14"}},
	})
}
