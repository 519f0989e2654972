package event_test

import (
	"testing"

	"parley"
)

// TestHbugs9 checks the reported bugs of this round: each case names the
// events the text must yield (nil: none).
func TestHbugs9(t *testing.T) {
	tests := []eventCase{
		// Taking a post or a base by fighting is an attack, not a seizure.
		{"overran_a_base_is_an_assault", "2024-05-10",
			"Russian troops overran a Ukrainian army base near Avdiivka on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Armed Forces of Ukraine", date: "2024-05-06"}}},
		{"have_overrun_a_post", "2024-05-10",
			"The Taliban have overrun an Afghan army post in Kunduz, officials said.",
			[]want{{typ: parley.Assault, source: "Taliban", target: "Armed Forces of Afghanistan"}}},
	}
	runEventCases(t, tests)
}

// TestHbugs9Not checks readings these rules must not give.
func TestHbugs9Not(t *testing.T) {
	runNotCases(t, []notCase{
		{"overran_is_no_seizure", "2024-05-10",
			"Russian troops overran a Ukrainian army base near Avdiivka on Monday.",
			want{typ: parley.Coerce}},
	})
}
