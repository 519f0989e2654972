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

// TestStepsAgainst covers steps announced or taken "against" another
// state: a penalty, whatever the steps are; steps taken for one's own
// ends are none.
func TestStepsAgainst(t *testing.T) {
	runEventCases(t, []eventCase{
		{"announced_steps_against", "2001-12-28",
			"Pakistan announced identical steps against India a few hours later.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "India"}}},
		{"took_steps_against", "2001-12-28",
			"Pakistan took reciprocal steps against India on Thursday.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "India"}}},
	})
	runNotCases(t, []notCase{
		{"steps_to_protect_its_own", "2001-12-28",
			"Pakistan took steps to protect its citizens in India.",
			want{typ: parley.Sanction, source: "Pakistan"}},
	})
}
