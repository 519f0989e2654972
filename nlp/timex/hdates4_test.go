package timex

import (
	"testing"

	"parley"
)

// TestDayAnchorDoesNotLeak checks that the day a text told last is
// forgotten with the text: a pooled state must not let "the next day" in
// one article count from a day told in the article tagged before it.
func TestDayAnchorDoesNotLeak(t *testing.T) {
	tg := New()
	pub := parley.MustParseDate("2024-05-15")
	first := "The ministers of the two countries and their many advisers and aides met again in the old capital on 6 May 2024."
	second := "Earlier this month, the ministers met. They signed a deal the next day."
	for range 3 {
		tg.Tag(first, nil, pub)
		for _, x := range tg.Tag(second, nil, pub) {
			if x.Text == "the next day" && x.Value.String() != "2024-05" {
				t.Fatalf("the next day = %s, want 2024-05 (a day of the month told)", x.Value)
			}
		}
	}
}
