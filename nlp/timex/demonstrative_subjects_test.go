package timex

import (
	"testing"

	"parley"
)

// TestDemonstrativeSubjects reads "That changed on 24 February" as a past
// verb after its subject, so the year-less day lies behind the paper; a
// demonstrative before its noun still makes the participle an adjective.
func TestDemonstrativeSubjects(t *testing.T) {
	pub, _ := parley.ParseDate("1996-11-25")
	runCases(t, []tableCase{
		{pub: pub, text: "That changed on 24 February, when fighter jets shot down two light aircraft.", expr: "24 February", value: "1996-02-24"},
		{pub: pub, text: "This ended on 2 February, when the talks collapsed.", expr: "2 February", value: "1996-02-02"},
	})
}
