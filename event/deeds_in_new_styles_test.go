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

// TestExtendedPenalty checks a penalty told before made wider or longer
// with no one named: the same imposer's new act on the same target.
func TestExtendedPenalty(t *testing.T) {
	runEventCases(t, []eventCase{
		{"closure_extended_in_the_passive", "2020-05-10",
			"Venezuela closed the border with Colombia on 19 August. On 7 September the closure was extended to a second crossing.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Colombia", date: "2019-09-07"}}},
		{"ban_widened_by_its_imposer", "2020-05-10",
			"Beijing banned Japanese seafood imports in August. China later widened the ban to cover all fish products on 3 October.",
			[]want{{typ: parley.Sanction, source: "China", target: "Japan", date: "2019-10-03"}}},
		{"sanctions_tightened", "2020-05-10",
			"The EU imposed sanctions on Belarus in June. The sanctions were tightened on Monday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Belarus", date: "2020-05-04"}}},
		{"suspension_extended", "2020-05-10",
			"India suspended trade with Pakistan in August. The suspension was extended on Monday.",
			[]want{{typ: parley.Sanction, source: "India", target: "Pakistan", date: "2020-05-04"}}},
		{"controls_expanded_by_a_department", "2020-05-10",
			"Washington imposed export controls on Chinese chip firms in October. The Commerce Department expanded the controls on Tuesday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2020-05-05"}}},
	})
	runNotCases(t, []notCase{
		{"an_extension_denied_is_none", "2020-05-10",
			"Kenya closed the border with Somalia in March. The closure was not extended on Monday.",
			want{typ: parley.Sanction, date: "2020-05-04"}},
		{"an_extension_that_may_come_is_none", "2020-05-10",
			"Kenya closed the border with Somalia in March. The closure could be extended on Monday.",
			want{typ: parley.Sanction, date: "2020-05-11"}},
		{"another_states_extension_is_not_the_first_imposers", "2020-05-10",
			"Kenya closed the border with Somalia in March. Ethiopia extended the closure of its own crossings on Monday.",
			want{typ: parley.Sanction, source: "Kenya", date: "2020-05-04"}},
	})
}

// TestPeopleListed checks a list of captives or displaced people handed
// to or swapped with another side: information shared, no one freed.
func TestPeopleListed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"lists_of_prisoners_exchanged", "2020-05-10",
			"Kyiv and Moscow exchanged lists of prisoners of war on Tuesday.",
			[]want{{typ: parley.Cooperate, source: "Ukraine", target: "Russia", date: "2020-05-05"}}},
		{"a_list_of_refugees_handed_to_a_state", "2020-05-10",
			"Bangladesh handed Myanmar a first list of 8,032 refugees for verification.",
			[]want{{typ: parley.Cooperate, source: "Bangladesh", target: "Myanmar"}}},
		{"names_of_deportees_handed", "2020-05-10",
			"Colombia handed Venezuela the names of 300 deportees on Monday.",
			[]want{{typ: parley.Cooperate, source: "Colombia", target: "Venezuela", date: "2020-05-04"}}},
		{"a_list_of_missing_persons_shared", "2020-05-10",
			"Serbia shared a list of missing persons with Kosovo on Friday.",
			[]want{{typ: parley.Cooperate, source: "Serbia", target: "Kosovo", date: "2020-05-08"}}},
		{"lists_swapped_by_rebels_and_government", "2020-05-10",
			"The Houthis and the government in Aden have exchanged lists of detainees ahead of a swap.",
			[]want{{typ: parley.Cooperate, source: "Houthis", target: "Yemen"}}},
		{"captives_themselves_exchanged_are_freed", "2020-05-10",
			"Russia and Ukraine exchanged 200 prisoners on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"a_list_of_prisoners_frees_no_one", "2020-05-10",
			"Kyiv and Moscow exchanged lists of prisoners of war on Tuesday.",
			want{typ: parley.Retreat}},
		{"a_list_handed_over_frees_no_one", "2020-05-10",
			"Pakistan handed over a list of Indian fishermen in its jails to India on Monday.",
			want{typ: parley.Retreat}},
		{"a_list_of_demands_is_no_cooperation", "2020-05-10",
			"The Taliban handed Pakistan a list of demands.",
			want{typ: parley.Cooperate}},
	})
}

// TestWithdrawalCarriedOut checks a pull-out told before that forces named
// only as "the troops" then carry out: the same side leaves the same place.
func TestWithdrawalCarriedOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"announced_then_begun", "2020-05-10",
			"Chad will withdraw its troops from Mali. The troops began withdrawing on Tuesday, the army said.",
			[]want{{typ: parley.Retreat, source: "Chad", target: "Mali", status: parley.Occurred, date: "2020-05-05"}}},
		{"pulling_out_by_the_named_army", "2020-05-10",
			"Rwanda said it would withdraw its soldiers from eastern Congo within a week. The soldiers began pulling out on Friday morning.",
			[]want{{typ: parley.Retreat, source: "Rwanda", target: "Democratic Republic of the Congo", status: parley.Occurred, date: "2020-05-08"}}},
		{"the_last_troops_withdrew", "2020-05-10",
			"Uganda announced on Monday that it would pull its forces out of South Sudan. The last troops withdrew on 3 May.",
			[]want{{typ: parley.Retreat, source: "Uganda", target: "South Sudan", status: parley.Occurred, date: "2020-05-03"}}},
		{"pulled_back_again", "2020-05-10",
			"Kenya withdrew its troops from Somalia's Gedo region in March. The troops pulled back again on Monday.",
			[]want{{typ: parley.Retreat, source: "Kenya", target: "Somalia", date: "2020-05-04"}}},
	})
	runNotCases(t, []notCase{
		{"a_pull_out_still_to_come", "2020-05-10",
			"Chad will withdraw its troops from Mali. The troops will begin withdrawing next week.",
			want{typ: parley.Retreat, status: parley.Occurred}},
		{"a_pull_out_denied", "2020-05-10",
			"Chad will withdraw its troops from Mali. The troops have not withdrawn yet.",
			want{typ: parley.Retreat, status: parley.Occurred}},
		{"another_sides_troops", "2020-05-10",
			"Chad will withdraw its troops from Mali. The Nigerien troops pulled out on Monday.",
			want{typ: parley.Retreat, source: "Chad", status: parley.Occurred}},
	})
}

// TestAidByAir checks aid carried by air: "airlifted", "airdropped".
func TestAidByAir(t *testing.T) {
	runEventCases(t, []eventCase{
		{"began_airlifting_supplies_to_a_capital", "2020-05-10",
			"Later that month Jakarta began airlifting relief supplies to Dhaka for the camps.",
			[]want{{typ: parley.Aid, source: "Indonesia", target: "Bangladesh"}}},
		{"airlifted_tents_to_a_capital", "2020-05-10",
			"The UAE airlifted 40 tonnes of tents to Kathmandu on Monday.",
			[]want{{typ: parley.Aid, source: "United Arab Emirates", target: "Nepal", date: "2020-05-04"}}},
		{"airdropped_food_and_medicine", "2020-05-10",
			"Canada airdropped food and medicine to Port-au-Prince.",
			[]want{{typ: parley.Aid, source: "Canada", target: "Haiti"}}},
	})
	runNotCases(t, []notCase{
		{"own_citizens_airlifted_home_are_no_aid", "2020-05-10",
			"Turkey has airlifted its citizens out of Sudan.",
			want{typ: parley.Aid}},
		{"the_wounded_airlifted_are_no_aid", "2020-05-10",
			"The wounded were airlifted to Nairobi.",
			want{typ: parley.Aid}},
	})
}

// TestLabourHalted checks a state stopping its workers going to another.
func TestLabourHalted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"deployment_of_workers_suspended", "2020-05-10",
			"The Philippines suspended the deployment of workers to Kuwait on Friday.",
			[]want{{typ: parley.Sanction, source: "Philippines", target: "Kuwait", date: "2020-05-08"}}},
		{"responded_by_suspending_the_dispatch", "2020-05-10",
			"Nepal responded by suspending the dispatch of its workers to Malaysia.",
			[]want{{typ: parley.Sanction, source: "Nepal", target: "Malaysia"}}},
		{"sending_of_domestic_workers_halted", "2020-05-10",
			"Indonesia halted the sending of domestic workers to Saudi Arabia.",
			[]want{{typ: parley.Sanction, source: "Indonesia", target: "Saudi Arabia"}}},
		{"recruitment_of_workers_suspended", "2020-05-10",
			"Bangladesh suspended the recruitment of workers for Malaysia.",
			[]want{{typ: parley.Sanction, source: "Bangladesh", target: "Malaysia"}}},
		{"departure_of_migrant_workers_frozen", "2020-05-10",
			"Nepal froze the departure of migrant workers to Qatar after the deaths.",
			[]want{{typ: parley.Sanction, source: "Nepal", target: "Qatar"}}},
	})
	runNotCases(t, []notCase{
		{"a_company_hiring_is_no_measure", "2020-05-10",
			"The company suspended the hiring of workers in Vietnam.",
			want{typ: parley.Sanction}},
		{"troops_are_no_workers", "2020-05-10",
			"The Philippines suspended the deployment of troops to Kuwait.",
			want{typ: parley.Sanction}},
	})
}

// TestExitBarred checks another state's people kept from leaving: their
// movement restricted, aimed at their state.
func TestExitBarred(t *testing.T) {
	runEventCases(t, []eventCase{
		{"banned_nationals_from_leaving", "2020-05-10",
			"Iran banned British nationals from leaving the country on Monday.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "United Kingdom", date: "2020-05-04"}}},
		{"stopped_diplomats_from_leaving_a_capital", "2020-05-10",
			"China stopped two Canadian diplomats from leaving Beijing.",
			[]want{{typ: parley.Coerce, source: "China", target: "Canada"}}},
		{"barred_citizens_in_its_territory", "2020-05-10",
			"Russia on Tuesday barred all Estonians in its territory from leaving.",
			[]want{{typ: parley.Coerce, source: "Russia", target: "Estonia", date: "2020-05-05"}}},
		{"responded_by_preventing_citizens_from_leaving", "2020-05-10",
			"Estonia responded by preventing Russian citizens in Estonia from departing.",
			[]want{{typ: parley.Coerce, source: "Estonia", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"protesters_kept_in_a_square", "2020-05-10",
			"Police prevented protesters from leaving the square.",
			want{typ: parley.Coerce}},
		{"airlines_barred_from_airspace_stay_a_sanction", "2020-05-10",
			"Russia barred Belarusian airlines from its airspace.",
			want{typ: parley.Coerce}},
	})
}
