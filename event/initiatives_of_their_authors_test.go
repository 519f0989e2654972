package event_test

import (
	"testing"

	"parley"
)

// TestInitiativesOfTheirAuthors checks support for a named initiative
// ("the Global Development Initiative put forward by President Xi"): an
// initiative acts for no one, so the support goes to its author.
func TestInitiativesOfTheirAuthors(t *testing.T) {
	text := "Foreign Minister Murat Nurtleu said Kazakhstan supports the Global Development Initiative put forward by President Xi Jinping."
	runEventCases(t, []eventCase{
		{"to_the_author", "2024-04-02", text,
			[]want{{typ: parley.Support, source: "Murat Nurtleu", target: "Xi Jinping"}}},
	})
	runNotCases(t, []notCase{
		{"not_to_the_initiative", "2024-04-02", text,
			want{typ: parley.Support, source: "Murat Nurtleu", target: "Global Development Initiative"}},
	})
}
