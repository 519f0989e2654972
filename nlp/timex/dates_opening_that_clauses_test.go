package timex

import (
	"testing"

	"parley"
)

// TestDatesOpeningThatClauses holds a date that opens a that-clause
// ("announced that from 1 October Ghana will …") to the clause's own
// tense, not the saying's before it.
func TestDatesOpeningThatClauses(t *testing.T) {
	pub, _ := parley.ParseDate("2023-09-12")
	runCases(t, []tableCase{
		{pub: pub, text: "The minister announced that from 1 October Ghana will close its border with Togo.", expr: "1 October", value: "2023-10-01"},
		{pub: pub, text: "The minister said that on 20 September the two presidents would meet in Accra.", expr: "20 September", value: "2023-09-20"},
		{pub: pub, text: "The minister said that on 5 September the border had been closed.", expr: "5 September", value: "2023-09-05"},
	})
}
