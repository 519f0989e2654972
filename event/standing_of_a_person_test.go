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

// TestRequestsTurnedDown covers a refusal of a request named by its
// asker's possessive: aimed at the one who asked.
func TestRequestsTurnedDown(t *testing.T) {
	runEventCases(t, []eventCase{
		{"turned_down_his_application", "2018-08-11",
			"Tendai Biti crossed into Zambia on Wednesday, but Zambian officials turned down his application the same day.",
			[]want{{typ: parley.Reject, source: "Zambia", target: "Tendai Biti"}}},
		{"rejected_her_request", "2024-08-06",
			"Sheikh Hasina asked to stay in Britain. The British government rejected her request on Tuesday.",
			[]want{{typ: parley.Reject, source: "United Kingdom", target: "Sheikh Hasina"}}},
	})
}
