package event_test

import (
	"testing"

	"parley"
)

// TestForcesOnTheMove checks build-ups told of the forces themselves,
// the movement verb with no object: "Serbian troops moved into Kosovo".
func TestForcesOnTheMove(t *testing.T) {
	tests := []eventCase{
		{"troops_moved_into_a_state", "2024-05-10",
			"Serbian troops have since moved into Kosovo.",
			[]want{{typ: parley.Mobilize, source: "Serbian Armed Forces", target: "Kosovo"}}},
		{"forces_deployed_to_the_border_with", "2024-05-10",
			"Russian forces deployed to the border with Ukraine on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-05-07"}}},
		{"soldiers_moved_into_a_region_of_a_state", "2024-05-10",
			"Ugandan soldiers moved into eastern Congo on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "Uganda People's Defence Force", target: "Democratic Republic of the Congo"}}},
		{"troops_moved_towards_a_national_border", "2024-05-10",
			"Chinese troops moved towards the Indian border on Monday.",
			[]want{{typ: parley.Mobilize, source: "People's Liberation Army", target: "India", date: "2024-05-06"}}},
		{"troops_moved_closer_to_positions", "2024-05-10",
			"Indian troops moved closer to the Chinese positions.",
			[]want{{typ: parley.Mobilize, source: "Indian Army", target: "China"}}},
		{"soldiers_deploying_along_the_border", "2024-05-10",
			"Venezuelan soldiers are deploying along the border with Guyana.",
			[]want{{typ: parley.Mobilize, source: "Bolivarian National Armed Forces", target: "Guyana"}}},
		{"warships_sailed_near_a_held_shoal", "2024-05-10",
			"Chinese warships sailed near the Philippine-held shoal on Monday.",
			[]want{{typ: parley.Mobilize, source: "China", target: "Philippines", date: "2024-05-06"}}},
		{"tanks_rolled_into_a_state", "2024-05-10",
			"Russian tanks rolled into Georgia on Friday.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Georgia"}}},
		{"troops_advanced_towards_a_border", "2024-05-10",
			"Ethiopian troops advanced towards the Somali border.",
			[]want{{typ: parley.Mobilize, source: "Ethiopian National Defense Force", target: "Somalia"}}},
		{"tanks_rolled_across_the_border", "2024-05-10",
			"Turkish tanks rolled across the border into Syria.",
			[]want{{typ: parley.Mobilize, source: "Turkey", target: "Syria"}}},
		{"troops_advanced_into_held_territory", "2024-05-10",
			"Sudanese troops advanced into Ethiopian-held territory.",
			[]want{{typ: parley.Mobilize, source: "Sudanese Armed Forces", target: "Ethiopia"}}},
		{"talks_advanced_towards_a_deal", "2024-05-10",
			"The talks advanced towards a deal.", nil},
		// Not a build-up: back to base, a figurative move, towns of one's own.
		{"troops_moved_back_to_base", "2024-05-10",
			"Russian troops moved back to their bases.", nil},
		{"army_moved_to_act", "2024-05-10",
			"The army moved to dissolve parliament.", nil},
		{"troops_deployed_to_their_own_towns", "2024-05-10",
			"Iraqi troops deployed to the towns of the north under a deal with the Kurds.", nil},
	}
	runEventCases(t, tests)
}

// TestBorderFacingTheFoe checks "moved troops to the border" when no
// border with its other side was named: the border faces the other side
// of the conflict of force the article tells.
func TestBorderFacingTheFoe(t *testing.T) {
	tests := []eventCase{
		{"troops_to_the_border_after_strikes", "2024-05-10",
			"Pakistani air strikes hit Khost on Sunday. Pakistan has since moved additional troops to the border.",
			[]want{{typ: parley.Mobilize, source: "Pakistan", target: "Afghanistan"}}},
		{"troops_to_the_frontier_after_shelling", "2024-05-10",
			"Sudanese troops shelled Ethiopian positions on Sunday. Ethiopia has since sent more troops to the frontier.",
			[]want{{typ: parley.Mobilize, source: "Ethiopia", target: "Sudan"}}},
		{"units_to_the_border_the_next_day", "2024-05-10",
			"Azerbaijani forces shelled Armenian villages on Tuesday. Armenia moved additional units to the border the next day.",
			[]want{{typ: parley.Mobilize, source: "Armenia", target: "Azerbaijan"}}},
		{"launchers_to_the_border_by_a_capital", "2024-05-10",
			"North Korea fired artillery shells at South Korean islands. Seoul deployed more rocket launchers to the border.",
			[]want{{typ: parley.Mobilize, source: "South Korea", target: "North Korea"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// The leader who warned is no side of a border.
		{"border_faces_no_warning_leader", "2024-05-10",
			"Biden voiced concern about Russian intentions and warned Moscow of sanctions. Russia moved troops towards the border.",
			want{typ: parley.Mobilize, source: "Russia"}},
	})
}

// TestCaptiveByPlight checks releases of a person told as held before the
// name ("the jailed opposition leader …"), with no captive noun.
func TestCaptiveByPlight(t *testing.T) {
	tests := []eventCase{
		{"pardoned_the_jailed_leader", "2024-05-10",
			"President Tokayev pardoned the jailed opposition leader Mukhtar Ablyazov.",
			[]want{{typ: parley.Retreat, source: "Kassym-Jomart Tokayev", target: "Mukhtar Ablyazov"}}},
		{"freed_the_jailed_leader", "2024-05-10",
			"Tokayev freed the jailed opposition leader Mukhtar Ablyazov on Friday.",
			[]want{{typ: parley.Retreat, source: "Kassym-Jomart Tokayev", target: "Mukhtar Ablyazov", date: "2024-05-10"}}},
		{"released_the_jailed_politician", "2024-05-10",
			"Venezuela released the jailed opposition politician Juan Requesens last week.",
			[]want{{typ: parley.Retreat, source: "Venezuela", target: "Juan Requesens"}}},
		{"will_release_the_imprisoned_activist", "2024-05-10",
			"Belarus will release the imprisoned activist Ales Bialiatski, officials said.",
			[]want{{typ: parley.Retreat, source: "Belarus", target: "Ales Bialiatski", status: parley.Planned}}},
		{"president_pardoned_the_jailed_activist", "2024-05-10",
			"Egypt's president pardoned the jailed activist Alaa Abd El-Fattah on Monday.",
			[]want{{typ: parley.Retreat, target: "Alaa Abd El-Fattah", source: "Abdel Fattah el-Sisi", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// An arrest of someone named after a captive's plight is no release.
		{"arrest_of_a_captives_lawyer", "2024-05-10",
			"Police detained the jailed activist's lawyer Ahmed Nabil.",
			want{typ: parley.Retreat}},
		// A release only demanded is not done.
		{"release_demanded_is_not_done", "2024-05-10",
			"Protesters demanded that Iran release the detained French researcher Fariba Adelkhah.",
			want{typ: parley.Retreat, status: parley.Occurred}},
	})
}

// TestBuildUpAnswersAnAct checks a build-up naming no foe, aimed at the
// side whose act its "after", "following" or "in response to" clause
// tells.
func TestBuildUpAnswersAnAct(t *testing.T) {
	tests := []eventCase{
		{"jets_scrambled_after_bombers", "2024-05-10",
			"Japan scrambled fighter jets after Chinese bombers flew near Okinawa.",
			[]want{{typ: parley.Mobilize, source: "Japan", target: "China"}}},
		{"alert_after_a_missile", "2024-05-10",
			"South Korea put its military on high alert after the North fired a missile.",
			[]want{{typ: parley.Mobilize, source: "South Korea", target: "North Korea"}}},
		{"jets_scrambled_on_a_day", "2024-05-10",
			"Taiwan scrambled jets on Tuesday after Chinese warplanes crossed the median line.",
			[]want{{typ: parley.Mobilize, source: "Taiwan", target: "China", date: "2024-05-07"}}},
		{"alert_following_strikes", "2024-05-10",
			"Poland put its air force on alert following Russian missile strikes on western Ukraine.",
			[]want{{typ: parley.Mobilize, source: "Poland", target: "Russia"}}},
		{"alert_after_shelling", "2024-05-10",
			"Azerbaijan put its army on alert after Armenian shelling of its positions.",
			[]want{{typ: parley.Mobilize, source: "Azerbaijan", target: "Armenia"}}},
		{"navy_put_on_alert_after_warships", "2024-05-10",
			"Greece's navy was put on alert after Turkish warships entered the area.",
			[]want{{typ: parley.Mobilize, source: "Navy of Greece", target: "Turkey"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// A visit is no foe's act, nor is its place where the jets went.
		{"jets_after_a_visit", "2024-05-10",
			"Japan scrambled jets after Blinken's visit to Taipei.",
			want{typ: parley.Mobilize}},
		{"troops_after_floods", "2024-05-10",
			"Kenya deployed troops to the coast after heavy floods.",
			want{typ: parley.Mobilize}},
	})
}

// TestEmergencyEased checks an emergency rule lifted, ended or revoked
// (CAMEO 0813, 0814: RETREAT), toward the crowds protesting against the
// one who lifts it.
func TestEmergencyEased(t *testing.T) {
	tests := []eventCase{
		{"state_of_emergency_lifted", "2024-05-10",
			"Thousands of protesters marched against President Ruto in Nairobi on Tuesday. Ruto lifted the state of emergency in the capital on Friday.",
			[]want{{typ: parley.Retreat, source: "William Ruto", target: "Kenyan protesters", date: "2024-05-10"}}},
		{"state_of_emergency_ended", "2024-05-10",
			"Protesters rallied against President Tokayev in Almaty. Tokayev ended the state of emergency on Wednesday.",
			[]want{{typ: parley.Retreat, source: "Kassym-Jomart Tokayev", target: "Kazakh protesters", date: "2024-05-08"}}},
		{"curfew_revoked_by_the_government", "2024-05-10",
			"Demonstrators marched against the Georgian government in Tbilisi. The government revoked the curfew in Tbilisi on Monday.",
			[]want{{typ: parley.Retreat, source: "Georgia", target: "Georgian demonstrators"}}},
		{"state_of_emergency_to_be_lifted", "2024-05-10",
			"Protesters rallied against President Boluarte in Lima. Boluarte will lift the state of emergency next week.",
			[]want{{typ: parley.Retreat, source: "Dina Boluarte", target: "Peruvian protesters", status: parley.Planned}}},
		// No crowd protesting against the one who lifts it: no target.
		{"lifted_with_no_protest_told", "2024-05-10",
			"Ruto lifted the state of emergency in the capital on Friday.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"emergency_kept_is_not_eased", "2024-05-10",
			"Protesters marched against President Ruto. Ruto called for an end to the violence and said the state of emergency would stay.",
			want{typ: parley.Retreat}},
	})
}

// TestForcesCrossingAndBreakingIn checks that troops crossing into a
// state are forces sent, and that a crowd breaking into the grounds of an
// embassy protests against the embassy's state.
func TestForcesCrossingAndBreakingIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"troops_crossed_into_a_state", "1998-09-23",
			"South African troops crossed into Lesotho before dawn on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "South African National Defence Force", target: "Lesotho", date: "1998-09-22"}}},
		{"broke_into_the_compound_of_an_embassy", "2020-01-02",
			"On Dec. 31, hundreds of Iraqi protesters broke into the outer compound of the U.S. Embassy in Baghdad.",
			[]want{{typ: parley.Protest, source: "Iraqi protesters", target: "United States", date: "2019-12-31"}}},
	})
}

// TestBothMovedForces checks that forces moved by "both countries" are
// massed by each against the other, "both countries" naming the states
// of the two armies told before, and that one state's deployment names
// no target of its own.
func TestBothMovedForces(t *testing.T) {
	runEventCases(t, []eventCase{
		{"both_countries_moved_troops", "2020-06-17",
			"Indian and Chinese troops clashed in the Galwan valley on Monday night. Since early May, both countries have moved thousands of additional troops, artillery and armoured vehicles to the area.",
			[]want{{typ: parley.Mobilize, source: "India", target: "China", date: "2020-05"},
				{typ: parley.Mobilize, source: "China", target: "India", date: "2020-05"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"allies_deploying_together", "2022-02-10",
			"Russia and Belarus moved troops to the border on Thursday.",
			want{},
			want{typ: parley.Mobilize, source: "Russia", target: "Belarus"}},
	})
}

// TestMutualPullbacks checks pullbacks by both sides of a conflict told
// as "disengaged" or as "both armies are to withdraw", each from the
// other; a withdrawal noun after "both sides agreed" stays the one side's.
func TestMutualPullbacks(t *testing.T) {
	runEventCases(t, []eventCase{
		{"troops_disengaged", "2020-06-17",
			"The army said on Tuesday that Indian and Chinese troops had disengaged at the Galwan area.",
			[]want{{typ: parley.Retreat, source: "Indian Army", target: "People's Liberation Army"},
				{typ: parley.Retreat, source: "People's Liberation Army", target: "Indian Army"}}},
		{"both_armies_are_to_withdraw", "2012-09-28",
			"Sudan and South Sudan signed a security arrangement on Thursday. Under the arrangement, both armies are to withdraw 10 kilometres from the provisional border line.",
			[]want{{typ: parley.Retreat, source: "Sudan", target: "South Sudan", status: parley.Planned},
				{typ: parley.Retreat, source: "South Sudan", target: "Sudan", status: parley.Planned}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"one_sides_withdrawal_agreed_by_both", "2024-02-03",
			"India and the Maldives held talks in New Delhi on Friday. Both sides agreed to fast-track the withdrawal of the Indian personnel.",
			want{},
			want{typ: parley.Retreat, source: "Maldives", target: "India"}},
		{"a_town_north_of_a_capital", "2018-12-18",
			"Delegations of Yemen's government and the Houthis met for a week in Rimbo, north of Stockholm.",
			want{typ: parley.Consult, source: "Yemen", target: "Houthis"},
			want{target: "Sweden"}},
	})
}

// TestProGovernmentTroops checks that "pro-government troops" are the
// forces of the state the story is about, and that "each side accused
// the other" after fighting between them is an accusation both ways.
func TestProGovernmentTroops(t *testing.T) {
	runEventCases(t, []eventCase{
		{"fighting_with_pro_government_troops", "2018-12-18",
			"A ceasefire between the Houthi movement and forces loyal to President Abd-Rabbu Mansour Hadi came into force in Hodeidah at midnight on Monday. " +
				"Heavy fighting between the Houthis and pro-government troops broke out late on Monday. Each side accused the other of opening fire after midnight.",
			[]want{{typ: parley.Assault, source: "Houthis", target: "Armed Forces of Yemen", date: "2018-12-17"},
				{typ: parley.Accuse, source: "Houthis", target: "Armed Forces of Yemen"},
				{typ: parley.Accuse, source: "Armed Forces of Yemen", target: "Houthis"}}},
	})
}

// TestMutualRecalls checks that two states at odds, each the subject of
// "recalled their ambassadors" with no one named, recall them from each
// other, and that allies recalling theirs are no pair.
func TestMutualRecalls(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_a_row_between_them", "2013-11-25",
			"Egypt expelled Turkey's ambassador on Saturday. The next day Cairo and Ankara recalled their ambassadors for consultations.",
			[]want{{typ: parley.Sanction, source: "Egypt", target: "Turkey", date: "2013-11-24"},
				{typ: parley.Sanction, source: "Turkey", target: "Egypt", date: "2013-11-24"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"allies_recalling_together", "2013-11-25",
			"Britain and France recalled their ambassadors on Friday.",
			want{},
			want{typ: parley.Sanction, source: "United Kingdom", target: "France"}},
	})
}
