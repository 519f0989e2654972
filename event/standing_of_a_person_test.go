package event_test

import (
	"testing"

	"parley"
)

// TestStandingOfAPersonBacked covers backing given to a person's
// appointment, election or government told with "of": the person is
// backed, as in "welcomed Karki's appointment".
func TestStandingOfAPersonBacked(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_the_appointment_of", "2025-09-13",
			"India welcomed the appointment of Sushila Karki as prime minister.",
			[]want{{typ: parley.Support, source: "India", target: "Sushila Karki"}}},
		{"welcomed_the_formation_of_a_government", "2025-09-13",
			"India's Ministry of External Affairs welcomed the formation of Sushila Karki's interim government.",
			[]want{{typ: parley.Support, source: "Ministry of External Affairs", target: "Sushila Karki"}}},
		{"backed_the_reelection_of", "2019-10-20",
			"Jair Bolsonaro openly backed the re-election of Mauricio Macri.",
			[]want{{typ: parley.Support, source: "Jair Bolsonaro", target: "Mauricio Macri"}}},
	})
}
