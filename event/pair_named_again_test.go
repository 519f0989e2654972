package event_test

import (
	"testing"

	"parley"
)

// TestPairNamedAgain checks that "the two ministers" said again stands
// for the pair it stood for before, not for the two others named beside
// its first use.
func TestPairNamedAgain(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"same_pair_again", "2024-07-08",
			"On July 8, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Republic of the Philippines, who is visiting Japan.\n\n" +
				"1. At the outset, Minister Kamikawa welcomed Secretary Manalo's visit to Japan.\n\n" +
				"2. The two ministers signed the Reciprocal Access Agreement, in the presence of Mr. KIHARA Minoru, Minister of Defense, and Mr. Gilberto Teodoro, Secretary of National Defense of the Philippines.\n\n" +
				"3. The two ministers exchanged views on the South China Sea and expressed serious concerns over China's dangerous actions against Philippine vessels.",
			want{typ: parley.Accuse, source: "Yōko Kamikawa", target: "China"},
			want{typ: parley.Accuse, source: "Minoru Kihara"}},
	})
}
