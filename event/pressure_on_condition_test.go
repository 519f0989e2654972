package event_test

import (
	"testing"

	"parley"
)

// TestPressurePromisedOnCondition checks protests, strikes and boycotts
// promised on a condition another actor may meet ("would return to the
// streets if Ruto did not act", "would boycott the election unless the
// prime minister resigned"): threats made when said, aimed at the one
// the condition names — not at the speaker's own supporters.
func TestPressurePromisedOnCondition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"streets_if_the_president_does_not_act", "2024-03-15",
			"Raila Odinga said on Sunday his supporters would return to the streets if Ruto did not act.",
			[]want{{typ: parley.Threaten, source: "Raila Odinga", target: "William Ruto", date: "2024-03-10"}}},
		{"boycott_unless_the_prime_minister_resigns", "1996-02-10",
			"The opposition Awami League said it would boycott the election unless Prime Minister Khaleda Zia resigned.",
			[]want{{typ: parley.Threaten, source: "Awami League", target: "Khaleda Zia"}}},
	})
	runNotCases(t, []notCase{
		{"a_boycott_done_is_no_threat", "1996-02-10",
			"The Awami League boycotted the election in February.", want{typ: parley.Threaten}},
		{"streets_with_no_condition", "2024-03-15",
			"Raila Odinga said his supporters would return to the streets on Monday.", want{typ: parley.Threaten}},
	})
}

// TestCrowdsClearedByForce checks a crowd removed by police or soldiers
// ("cleared hundreds of protesters from the parliament", "evicted the
// demonstrators"): force used on it. Clearing a person of charges, or a
// road, is not.
func TestCrowdsClearedByForce(t *testing.T) {
	runEventCases(t, []eventCase{
		{"police_cleared_protesters", "2024-03-15",
			"Riot police using batons and water cannon cleared hundreds of protesters from the parliament building in Nairobi on Tuesday.",
			[]want{{typ: parley.Assault, source: "National Police Service", target: "Kenyan protesters", date: "2024-03-12"}}},
		{"forces_evicted_demonstrators", "2024-03-15",
			"Egyptian security forces evicted the demonstrators from the square before dawn.",
			[]want{{typ: parley.Assault, source: "Egyptian security forces", target: "Egyptian demonstrators"}}},
	})
	runNotCases(t, []notCase{
		{"cleared_of_charges", "2024-03-15",
			"The court cleared the opposition leader of all charges.", want{typ: parley.Assault}},
		{"cleared_a_road", "2024-03-15",
			"Kenyan police cleared the road after the protesters left.", want{typ: parley.Assault}},
	})
}

// TestStrikesOfWorkers checks "strike" as a stoppage of work when workers
// or their union do it ("teachers will strike", "went on strike"): no
// blow of force, while a state that will strike another still threatens
// force.
func TestStrikesOfWorkers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_state_will_strike_on_a_condition", "2024-03-15",
			"Israel will strike Iran if Tehran attacks again.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Iran"}}},
		{"teachers_will_go_on_strike_on_a_condition", "2024-03-15",
			"Nigerian teachers will go on strike if President Tinubu does not pay their arrears.",
			[]want{{typ: parley.Threaten, source: "Nigerian teachers", target: "Bola Tinubu"}}},
	})
	// The threat of a walkout is one of protest (CAMEO 133), never one of
	// force (138), and told once.
	a := analyze(t, "Nigerian teachers will go on strike if President Tinubu does not pay their arrears.", "2024-03-15")
	threats := 0
	for _, e := range a.Events {
		if e.Type == parley.Threaten {
			threats++
			if e.CAMEO != "133" {
				t.Errorf("teachers' walkout threatened with CAMEO %s, want 133", e.CAMEO)
			}
		}
	}
	if threats != 1 {
		t.Errorf("teachers' walkout: %d threats, want 1: %s", threats, describe(a.Events))
	}
	runNotCases(t, []notCase{
		{"nurses_struck", "2024-03-15",
			"Kenyan nurses struck for two days in March.", want{typ: parley.Assault}},
	})
}
