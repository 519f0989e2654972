package event_test

import (
	"testing"

	"parley"
)

// TestForcesSentWhenAsked checks that troops sent to a state at the
// request of its own leader are help given, while troops sent at someone
// else's request stay a deployment.
func TestForcesSentWhenAsked(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"asked_by_the_host_leader", "2014-01-24",
			"Uganda sent troops into South Sudan in December at the request of President Salva Kiir.",
			want{typ: parley.Aid, source: "Uganda", target: "South Sudan"},
			want{typ: parley.Mobilize, source: "Uganda"}},
		{"asked_by_the_host_state_possessive", "2013-01-14",
			"France sent troops to Mali at Mali's request.",
			want{typ: parley.Aid, source: "France", target: "Mali"},
			want{typ: parley.Mobilize, source: "France"}},
		{"asked_by_an_alliance_is_a_deployment", "2022-01-07",
			"Russia sent troops to Kazakhstan at the request of the Collective Security Treaty Organization.",
			want{typ: parley.Mobilize, source: "Russia", target: "Kazakhstan"},
			want{typ: parley.Aid, source: "Russia"}},
	})
}

// TestKnowledgePassed checks that intelligence or information handed to
// another actor is cooperation, and that a capital receiving it stands
// for its government.
func TestKnowledgePassed(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"information_to_a_capital", "2016-01-05",
			"Indian officials have already passed specific and actionable information about the attackers to Islamabad.",
			want{typ: parley.Cooperate, source: "India", target: "Pakistan"},
			want{}},
		{"intelligence_provided", "2023-03-01",
			"The United States provided intelligence to Ukraine on Tuesday.",
			want{typ: parley.Cooperate, source: "United States", target: "Ukraine"},
			want{}},
		{"a_capital_reached_with_information_is_a_place", "2016-01-05",
			"India's envoy flew to Islamabad with information about the attack.",
			want{},
			want{typ: parley.Cooperate, source: "India"}},
		{"a_law_passed_is_no_exchange", "2016-01-05",
			"Pakistan's parliament passed a law on data protection.",
			want{},
			want{typ: parley.Cooperate}},
	})
}

// TestTradeBenefitsEnded checks that a trading privilege taken from a
// state is a sanction on it, named by its possessive.
func TestTradeBenefitsEnded(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"preferences_ended", "2024-01-02",
			"US President Joe Biden said he would end Uganda's trade preferences under the African Growth and Opportunity Act.",
			want{typ: parley.Sanction, source: "Joe Biden", target: "Uganda"},
			want{}},
		{"eligibility_ended", "2021-11-03",
			"The United States will end Ethiopia's eligibility for trade benefits under AGOA.",
			want{typ: parley.Sanction, source: "United States", target: "Ethiopia"},
			want{}},
		{"status_revoked", "2020-07-15",
			"The United States revoked Hong Kong's preferential trade status.",
			want{typ: parley.Sanction, source: "United States", target: "Hong Kong"},
			want{}},
		{"benefits_of_peace_are_no_privilege", "2020-07-15",
			"Kenya said the war had ended the benefits of peace for Somalia.",
			want{},
			want{typ: parley.Sanction}},
	})
}

// TestBlocForcesAsHelp checks that troops a regional body sends into a
// state are help given it, while an alliance's stay a build-up.
func TestBlocForcesAsHelp(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_regional_body", "2013-01-12",
			"ECOWAS authorised the immediate dispatch of troops to Mali on Friday evening.",
			want{typ: parley.Aid, source: "Economic Community of West African States", target: "Mali"},
			want{typ: parley.Mobilize}},
		{"an_alliance_builds_up", "2022-03-01",
			"NATO sent more troops to Estonia on Tuesday.",
			want{typ: parley.Mobilize, source: "North Atlantic Treaty Organization", target: "Estonia"},
			want{typ: parley.Aid}},
	})
}

// TestMaterialSupport checks that forces backing another state's forces
// in the field, or support of a material kind provided, is help given;
// political support stays backing.
func TestMaterialSupport(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"forces_backing_forces", "2013-01-12",
			"French armed forces yesterday afternoon supported Malian army units in halting the advance of terrorist groups.",
			want{typ: parley.Aid, source: "French Armed Forces", target: "Malian Armed Forces"},
			want{typ: parley.Support}},
		{"a_state_backing_a_state", "2013-01-12",
			"France supported Mali at the United Nations on Friday.",
			want{typ: parley.Support, source: "France", target: "Mali"},
			want{typ: parley.Aid}},
		{"logistical_support_provided", "2008-06-13",
			"France has provided logistical and medical support to the Djiboutian army.",
			want{typ: parley.Aid, source: "France", target: "Djibouti Armed Forces"},
			want{}},
		{"political_support_is_no_aid", "2022-03-01",
			"China provided political support to Russia.",
			want{},
			want{typ: parley.Aid}},
	})
}
