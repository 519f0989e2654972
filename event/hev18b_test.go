package event_test

import (
	"testing"

	"parley"
)

// TestOwnEnvoysRecalled checks a state recalling its own envoy with no
// post named: the recall is aimed at the other state in play.
func TestOwnEnvoysRecalled(t *testing.T) {
	tests := []eventCase{
		{"recalled_its_ambassador_after_a_charge", "2020-05-10",
			"Peru accused Mexico of meddling in its affairs. Lima recalled its ambassador for consultations on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Peru", target: "Mexico", date: "2020-05-05"}}},
		{"recalled_the_own_adjective_ambassador", "2020-05-10",
			"President Petro, who has accused Israel of genocide, recalled the Colombian ambassador last month.",
			[]want{{typ: parley.Sanction, source: "Gustavo Petro", target: "Israel"}}},
		{"called_its_ambassador_home_from_a_capital", "2020-05-10",
			"Algeria called its ambassador home from Paris on Saturday after Macron's remarks.",
			[]want{{typ: parley.Sanction, source: "Algeria", target: "France", date: "2020-05-09"}}},
		{"called_home_its_ambassador_after_a_summons", "2020-05-10",
			"The foreign ministry said Kenya had summoned the Somali envoy. Mogadishu then called its ambassador home.",
			[]want{{typ: parley.Sanction, source: "Somalia", target: "Kenya"}}},
		{"responded_by_calling_home_its_own_envoy", "2020-05-10",
			"Ghana accused Togo of harbouring rebels on Monday. Lomé responded by calling home its own envoy.",
			[]want{{typ: parley.Sanction, source: "Togo", target: "Ghana"}}},
		{"terminated_relations_with", "2021-12-12",
			"Taiwan responded by terminating diplomatic relations with Honduras.",
			[]want{{typ: parley.Sanction, source: "Taiwan", target: "Honduras"}}},
		{"the_post_named_after_the_envoy_wins", "2020-05-10",
			"Germany expelled two Russian diplomats. Ukraine recalled its chargé d'affaires from Moscow.",
			[]want{{typ: parley.Sanction, source: "Ukraine", target: "Russia"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"a_call_at_home_is_no_recall", "2020-05-10",
			"Peru accused Mexico of meddling. The minister called his counterpart at home on Sunday.",
			want{typ: parley.Sanction}},
		{"the_own_envoy_is_not_the_target", "2020-05-10",
			"Chile's president recalled the Chilean ambassador after Argentina's remarks.",
			want{typ: parley.Sanction, target: "Chile"}},
		{"another_states_ambassador_recalled_stays_its_own", "2020-05-10",
			"Chile's president recalled the Chilean ambassador after Argentina's remarks.",
			want{typ: parley.Sanction, target: "Argentina", source: "Argentina"}},
	})
}
