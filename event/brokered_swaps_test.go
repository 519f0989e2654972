package event_test

import (
	"testing"

	"parley"
)

// TestBrokeredSwaps checks that a swap of captives between two subjects
// stays theirs when the sentence names who brokered it.
func TestBrokeredSwaps(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_swap_brokered_by_a_third", "2024-05-10",
			"Russia and Ukraine swapped 75 prisoners on Thursday in a deal brokered by the United Arab Emirates.",
			want{typ: parley.Retreat, source: "Russia", target: "Ukraine", date: "2024-05-09"},
			want{typ: parley.Retreat, target: "United Arab Emirates"}},
		{"an_exchange_mediated_by_a_third", "2024-05-10",
			"Armenia and Azerbaijan exchanged prisoners of war on Thursday in a deal mediated by the United States.",
			want{typ: parley.Retreat, source: "Azerbaijan", target: "Armenia"},
			want{typ: parley.Retreat, target: "United States"}},
	})
}
