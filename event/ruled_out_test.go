package event_test

import (
	"testing"

	"parley"
)

// TestPrecisionEvents checks that the readings kept beside the rules
// that rule wrong readings out (TestPrecisionReadingsRuledOut) are still
// coded.
func TestPrecisionEvents(t *testing.T) {
	tests := []eventCase{
		{"a_verb_after_a_name_stays_a_verb", "2024-05-10",
			"Iran is supplying drones to Russia.",
			[]want{{typ: parley.Aid, source: "Iran", target: "Russia"}}},
		{"a_noun_after_a_possessive_keeps_its_noun_reading", "2024-05-10",
			"Russia's attack on Ukraine began in 2022.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"a_gerund_after_a_verb_is_the_act", "2024-05-10",
			"Ankara began imposing sanctions on Greece.",
			[]want{{typ: parley.Sanction, source: "Turkey", target: "Greece"}}},
		{"a_with_list_before_a_comma_stays_the_partner", "2024-05-10",
			"Macron met with Scholz and Meloni, ending months of tension.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Giorgia Meloni"}}},
		{"a_claim_dismissed_is_negated", "2024-05-10",
			"The defence secretary dismissed suggestions that Britain was preparing to pull its troops out of Estonia.",
			[]want{{typ: parley.Retreat, source: "United Kingdom", target: "Estonia", status: parley.Negated}}},
		{"a_claim_rejected_is_negated", "2024-05-10",
			"The ministry rejected reports that Israel had struck Iran.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Iran", status: parley.Negated}}},
		{"a_rejection_then_an_act_stays_an_act", "2024-05-10",
			"The ministry rejected the proposal on Monday and Israel struck Iran on Tuesday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Iran", status: parley.Occurred}}},
		{"a_named_group_after_and_acts_on_its_own", "2024-05-10",
			"Erdogan met Putin and the two leaders signed a deal.",
			[]want{{typ: parley.Agree, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin"}}}, // the pair in text order
		{"a_reported_subject_after_said_keeps_its_second_verb", "2022-04-12",
			"Mr. Modi said India had sent medicines to Ukraine and would soon send another consignment.",
			[]want{{typ: parley.Aid, source: "India", target: "Ukraine", status: parley.Planned}}},
		{"talks_whose_aim_is_told_were_held", "2024-05-10",
			"The aim of the talks between Iran and Oman was a new deal.",
			[]want{{typ: parley.Consult, source: "Iran", target: "Oman"}}},
	}
	runEventCases(t, tests)
}

// TestPrecisionReadingsRuledOut checks readings that must not be coded:
// nouns read as verbs, acts only feared, weighed or aimed at.
func TestPrecisionReadingsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"a_noun_after_a_possessive_is_no_verb", "2024-05-10",
			"The Saudi minister told his British counterpart that Iran's supply of rockets to the Houthis was aggression.",
			want{}, want{typ: parley.Aid}},
		{"a_possessive_noun_of_arms_is_no_delivery", "2024-05-10",
			"Kyiv said Moscow's supply of drones to Belarus worried its neighbours.",
			want{}, want{typ: parley.Aid}},
		{"an_act_whose_prospect_is_raised_is_not_done", "2024-05-10",
			"Kyiv raised the prospect of expelling Hungarian diplomats.",
			want{}, want{typ: parley.Sanction}},
		{"an_act_only_possible_is_not_done", "2024-05-10",
			"Ankara spoke of the possibility of imposing sanctions on Greece.",
			want{}, want{typ: parley.Sanction}},
		{"an_act_feared_is_not_done", "2024-05-10",
			"He argued that his fear of being extradited from Sweden to the US was why he fled.",
			want{}, want{typ: parley.Cooperate}},
		{"an_act_aimed_at_is_not_done", "2024-05-10",
			"The envoys met with the goal of signing an accord between Armenia and Azerbaijan.",
			want{}, want{typ: parley.Agree}},
		{"names_of_an_absolute_with_clause_are_no_partners", "2024-05-10",
			"Egypt and Sudan agreed to share data on the dam, with the United States and the World Bank attending as observers.",
			want{typ: parley.Agree, source: "Egypt", target: "Sudan"}, want{typ: parley.Agree, source: "Egypt", target: "United States"}},
		{"a_list_of_names_before_a_gerund_is_no_partner", "2024-05-10",
			"Chile and Peru signed a treaty on Monday, with Brazil and Argentina looking on.",
			want{}, want{typ: parley.Agree, source: "Chile", target: "Brazil"}},
		{"an_act_a_resolution_demands_is_not_done", "2024-05-10",
			"The assembly passed a resolution demanding that Moscow withdraw its forces from Georgia.",
			want{}, want{typ: parley.Retreat}},
		{"an_act_called_for_after_a_date_is_not_done", "2024-05-10",
			"The European Union called on Friday on Armenia and Azerbaijan to cease hostilities.",
			want{typ: parley.Request, source: "European Union", target: "Armenia"}, want{typ: parley.Retreat}},
		{"a_new_clause_after_and_is_no_object", "2024-12-26",
			"Iran vowed to respond, and the foreign ministry in Tehran summoned the Swiss envoy.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Iran", target: "Switzerland"}, want{typ: parley.Threaten, source: "Iran", target: "Ministry of Foreign Affairs of Iran"}},
		{"the_first_verbs_object_is_no_subject_after_and", "2017-11-25",
			"Erdogan met Putin in Sochi on Monday and flew to Tehran on Tuesday for talks with Raisi.",
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Ebrahim Raisi"}, want{typ: parley.Consult, source: "Vladimir Putin", target: "Ebrahim Raisi"}},
		{"the_first_verbs_object_is_no_subject_of_the_next_verb", "2024-05-10",
			"Scholz received Zelensky in Berlin and then travelled to Paris for talks with Macron.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron"}, want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Emmanuel Macron"}},
		{"a_clash_at_risk_is_not_fought", "2024-05-10",
			"Analysts warned of the risk of a clash between China and Japan.",
			want{}, want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}
