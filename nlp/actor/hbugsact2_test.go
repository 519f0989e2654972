package actor

import "testing"

// TestArmyAfterItsRulers covers "the army" or "the military" told right
// after a junta or a government: that state's armed forces, not those of
// a state named on the way nor nobody's.
func TestArmyAfterItsRulers(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"army_after_a_junta", "Myanmar's junta extended the state of emergency on Monday. The army said elections would be held next year.", "2024-05-10", "The army", []string{"org:tatmadaw"}},
		{"military_after_a_junta_and_a_foreigner", "Niger's junta ordered the French ambassador to leave. The army said it would defend the country.", "2024-05-10", "The army", []string{"org:ner-armed-forces"}},
		{"military_after_the_junta_in_a_state", "The junta in Mali expelled the French envoy. The military accused Paris of interference.", "2024-05-10", "The military", []string{"org:fama"}},
		{"army_after_a_government", "The Sudanese government rejected the plan on Monday. The army said it would keep fighting.", "2024-05-10", "The army", []string{"org:saf-sudan"}},
		{"army_after_a_government_that_accused_another", "The Venezuelan government accused Guyana of provocation. The army moved troops to the border.", "2024-05-10", "The army", []string{"org:fanb"}},
		{"a_military_government", "Mali's military government expelled the French envoy.", "2024-05-10", "Mali's military government", []string{"state:MLI"}},
	})
}
