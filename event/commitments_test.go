package event_test

import (
	"testing"

	"parley"
)

// TestForceMoves checks force moves told with weaponry, single ships and
// orders: each case names the events the text must yield (nil: none).
func TestForceMoves(t *testing.T) {
	tests := []eventCase{
		// Weaponry moved or deployed on one's own side is a build-up.
		{"deployed_tanks_along_a_border", "2024-05-10",
			"Russia has deployed tanks along its border with Finland.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Finland"}}},
		{"deployed_air_defences_near_a_border", "2024-05-10",
			"China deployed air defences near the border with India on Monday.",
			[]want{{typ: parley.Mobilize, source: "China", target: "India", date: "2024-05-06"}}},
		{"moved_artillery_towards_a_border", "2024-05-10",
			"Azerbaijan moved artillery towards the Armenian border.",
			[]want{{typ: parley.Mobilize, source: "Azerbaijan", target: "Armenia"}}},
		{"stationed_drones_near_a_border", "2024-05-10",
			"Russia will station drones near the border with Poland, the Kremlin said.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Poland", status: parley.Planned}}},
		{"massed_artillery_along_a_border", "2024-05-10",
			"Turkey massed artillery along the Syrian border last week.",
			[]want{{typ: parley.Mobilize, source: "Turkey", target: "Syria"}}},
		// One ship sent.
		{"dispatched_a_destroyer", "2024-05-10",
			"Seoul dispatched a destroyer to waters near Iran on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "South Korea", target: "Iran", date: "2024-05-07"}}},
		// Troops ordered somewhere are troops sent there.
		{"ordered_troops_into_a_country", "2024-05-10",
			"Moscow ordered troops into Georgia.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Georgia"}}},
		{"ordered_paratroopers_to_a_border", "2024-05-10",
			"Warsaw ordered 2,000 paratroopers to its border with Belarus.",
			[]want{{typ: parley.Mobilize, source: "Poland", target: "Belarus"}}},
		// Weaponry sent or delivered to another is aid, not a build-up.
		{"tanks_sent_to_another_are_aid", "2024-05-10",
			"Germany sent tanks to Ukraine.",
			[]want{{typ: parley.Aid, source: "Germany", target: "Ukraine"}}},
		{"helicopters_near_a_border_for_a_fire_are_no_move", "2024-05-10",
			"Firefighters deployed helicopters near the Greek border to fight the blaze.", nil},
		{"troops_ordered_to_fire_are_no_move", "2024-05-10",
			"The general ordered soldiers to fire on the crowd.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"tanks_sent_to_another_are_no_build_up", "2024-05-10",
			"Poland sent tanks to Ukraine.", want{typ: parley.Mobilize}},
	})
}

// TestJointWork checks work two actors do together, told by "jointly" or
// "together" with a verb of building, running or paying: cooperation, not
// a meeting; at a ceremony or by video link it stays a meeting.
func TestJointWork(t *testing.T) {
	runEventCases(t, []eventCase{
		{"will_jointly_develop", "2024-05-10",
			"Brazil and Argentina will jointly develop a new fighter jet.",
			[]want{{typ: parley.Cooperate, source: "Brazil", target: "Argentina", status: parley.Planned}}},
		{"jointly_inaugurated", "2024-05-10",
			"Modi and Muizzu on Monday jointly inaugurated a new runway at the airport.",
			[]want{{typ: parley.Cooperate, source: "Narendra Modi", target: "Mohamed Muizzu", date: "2024-05-06"}}},
		{"will_jointly_finance", "2024-05-10",
			"India and Japan will jointly finance a railway in Bangladesh.",
			[]want{{typ: parley.Cooperate, source: "India", target: "Japan"}}},
		{"will_together_build", "2024-05-10",
			"Kenya and Uganda will together build an oil pipeline, the ministers said.",
			[]want{{typ: parley.Cooperate, source: "Kenya", target: "Uganda"}}},
		{"run_together", "2024-05-10",
			"Italy and Albania will run the two migrant centres together.",
			[]want{{typ: parley.Cooperate, source: "Italy", target: "Albania"}}},
		{"launched_together_by_video_link_is_a_meeting", "2024-05-10",
			"Putin and Xi launched the gas pipeline together by video link.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping"}}},
	})
	runNotCases(t, []notCase{
		{"jointly_condemned_is_no_work", "2024-05-10",
			"France and Germany jointly condemned the attack.", want{typ: parley.Cooperate}},
		{"opened_together_at_a_ceremony_is_no_work", "2024-05-10",
			"Scholz and Macron opened the bridge together at a ceremony.", want{typ: parley.Cooperate}},
		{"agreed_to_jointly_promote_is_no_meeting", "2024-03-15",
			"Indonesia and Malaysia agreed on Thursday to jointly promote palm oil in Europe.", want{typ: parley.Consult}},
		{"jointly_staffing_is_no_meeting", "2024-03-15",
			"Since December, Serbian and Kosovo officials have been jointly staffing crossing points.", want{typ: parley.Consult}},
	})
}

// TestPactTerms checks what a party undertakes under a pact's terms, with
// no target named: aimed at the pact's other party.
func TestPactTerms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"reopen_crossings_under_the_deal", "2024-05-10",
			"Sudan and South Sudan signed an agreement on Thursday. Under the deal, Sudan will reopen its border crossings.",
			[]want{{typ: parley.Concede, source: "Sudan", target: "South Sudan", status: parley.Planned}}},
		{"lift_its_ban_under_the_accord", "2024-05-10",
			"Georgia and Armenia reached an accord on Monday. Under the accord, Georgia is to lift its ban.",
			[]want{{typ: parley.Concede, source: "Georgia", target: "Armenia"}}},
		{"as_part_of_the_agreement", "2024-05-10",
			"Colombia and the ELN signed an agreement in Havana on Friday. As part of the agreement, the ELN will free all its hostages.",
			[]want{{typ: parley.Retreat, source: "National Liberation Army", target: "Colombia"}}},
		{"under_the_memorandum", "2024-05-10",
			"Kenya and Ethiopia signed a memorandum on trade on Monday. Under the memorandum, Ethiopia will reopen the border crossings.",
			[]want{{typ: parley.Concede, source: "Ethiopia", target: "Kenya"}}},
		{"no_pact_told_no_target", "2024-05-10",
			"Under the deal, Sudan will reopen its border crossings.", nil},
	})
}

// TestPromisesNotTo checks promises to refrain from an act: a concession
// to whom the act would hit, and no target when the act given up is help
// to a third party.
func TestPromisesNotTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agreed_not_to_block", "2024-05-10",
			"Turkey agreed not to block Sweden's bid to join NATO.",
			[]want{{typ: parley.Concede, source: "Turkey", target: "Sweden"}}},
		{"pledged_not_to_attack", "2024-05-10",
			"Russia pledged on Monday not to attack Ukraine's nuclear plants.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Ukraine", date: "2024-05-06"}}},
		{"promised_not_to_raise_tariffs", "2024-05-10",
			"The United States promised not to raise tariffs on Mexican steel.",
			[]want{{typ: parley.Concede, source: "United States", target: "Mexico"}}},
		{"undertook_not_to_allow", "2024-05-10",
			"Pakistan undertook not to allow its territory to be used against India.",
			[]want{{typ: parley.Concede, source: "Pakistan", target: "India"}}},
		{"not_to_cut_aid_is_no_aid", "2024-05-10",
			"Kenya pledged not to cut aid to Somalia.",
			[]want{{typ: parley.Concede, source: "Kenya", target: "Somalia"}}},
		{"not_to_speak_to_reporters", "2024-05-10",
			"The minister agreed not to speak to reporters.", nil},
	})
	runNotCases(t, []notCase{
		{"support_given_up_is_no_concession_to_its_receiver", "2024-05-10",
			"Finland and Sweden commit not to provide support to the PKK.", want{typ: parley.Concede}},
		{"aid_not_cut_is_no_aid", "2024-05-10",
			"Kenya pledged not to cut aid to Somalia.", want{typ: parley.Aid}},
	})
}

// TestCaptivesCounted checks captives freed who are counted and described
// by a participle: a release, and the participle no detention of its own.
func TestCaptivesCounted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"released_detained_police_officers", "2024-05-10",
			"Azerbaijan released three detained Armenian police officers on Sunday.",
			[]want{{typ: parley.Retreat, source: "Azerbaijan", target: "Police of Armenia", date: "2024-05-05"}}},
		{"freed_jailed_protesters", "2024-05-10",
			"Belarus freed 20 jailed Ukrainian protesters.",
			[]want{{typ: parley.Retreat, source: "Belarus", target: "Ukrainian protesters"}}},
		{"jailed_told_as_an_act", "2024-05-10",
			"Iran jailed two French citizens.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "France"}}},
	})
	runNotCases(t, []notCase{
		{"imprisoned_after_a_count_is_no_jailing", "2024-05-10",
			"Venezuela released 10 imprisoned Americans.", want{typ: parley.Coerce}},
		{"jailed_after_a_count_is_no_jailing", "2024-05-10",
			"Russia freed five jailed Americans in a swap.", want{typ: parley.Coerce}},
	})
}

// TestAccessGiven checks inspectors, monitors, envoys or aid convoys let
// in: a retreat aimed at the body they serve.
func TestAccessGiven(t *testing.T) {
	runEventCases(t, []eventCase{
		{"allowed_inspectors_into", "2024-05-10",
			"Russia allowed IAEA inspectors into the plant on Monday.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "International Atomic Energy Agency", date: "2024-05-06"}}},
		{"permitted_inspectors_to_visit", "2024-05-10",
			"Iran permitted IAEA inspectors to visit the site.",
			[]want{{typ: parley.Retreat, source: "Iran", target: "International Atomic Energy Agency"}}},
		{"let_envoys_in", "2024-05-10",
			"Myanmar let ASEAN envoys in on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Myanmar", target: "Association of Southeast Asian Nations"}}},
		{"granted_staff_access", "2024-05-10",
			"Syria granted ICRC staff access to the prison.",
			[]want{{typ: parley.Retreat, source: "Syria", target: "International Committee of the Red Cross"}}},
		{"allowed_convoys_into", "2024-05-10",
			"Israel will allow Red Cross convoys into the north, officials said.",
			[]want{{typ: parley.Retreat, source: "Israel", target: "International Committee of the Red Cross", status: parley.Planned}}},
		{"allowed_a_state_to_export_is_no_access", "2024-05-10",
			"Russia allowed Ukraine to export grain.", nil},
	})
}

// TestEasing checks restrictions made lighter and obstacles withdrawn.
func TestEasing(t *testing.T) {
	runEventCases(t, []eventCase{
		{"relaxed_visa_rules_for", "2024-05-10",
			"India relaxed visa rules for Chinese nationals on Monday.",
			[]want{{typ: parley.Concede, source: "India", target: "China", date: "2024-05-06"}}},
		{"loosened_export_controls_on", "2024-05-10",
			"Japan loosened export controls on South Korea.",
			[]want{{typ: parley.Concede, source: "Japan", target: "South Korea"}}},
		{"eased_the_embargo_on", "2024-05-10",
			"The United States eased the embargo on Cuba last year.",
			[]want{{typ: parley.Concede, source: "United States", target: "Cuba"}}},
		{"withdrew_its_veto", "2024-05-10",
			"Ankara withdrew its veto on Sweden's membership.",
			[]want{{typ: parley.Concede, source: "Turkey", target: "Sweden"}}},
		{"withdrew_a_complaint_against", "2024-05-10",
			"Seoul withdrew the complaint it had filed against Tokyo.",
			[]want{{typ: parley.Concede, source: "South Korea", target: "Japan"}}},
		{"relaxed_rules_on_a_thing_names_no_one", "2024-05-10",
			"The EU relaxed its rules on state aid.", nil},
	})
	runNotCases(t, []notCase{
		{"complaint_withdrawn_from_a_court_is_no_concession_to_it", "2024-05-10",
			"Seoul said it would withdraw its complaint to the World Trade Organization.",
			want{typ: parley.Concede, target: "World Trade Organization"}},
	})
}

// TestAidCarried checks help told by flying it in, giving money or
// training another's forces.
func TestAidCarried(t *testing.T) {
	runEventCases(t, []eventCase{
		{"flew_planeloads_of_food_to", "2024-05-10",
			"Qatar flew planeloads of food and medicine to Kabul on Sunday.",
			[]want{{typ: parley.Aid, source: "Qatar", target: "Afghanistan", date: "2024-05-05"}}},
		{"flew_tonnes_of_aid_to", "2024-05-10",
			"Russia flew 20 tonnes of aid to Syria.",
			[]want{{typ: parley.Aid, source: "Russia", target: "Syria"}}},
		{"flew_to_a_capital_is_a_visit", "2024-05-10",
			"Putin flew to Beijing on Monday.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "China"}}},
		{"gave_a_state_money", "2024-05-10",
			"The EU gave Moldova 50 million euros in budget support.",
			[]want{{typ: parley.Aid, source: "European Union", target: "Moldova"}}},
		// Arms handed or sent with the receiver first, a noun phrase of
		// several words after it.
		{"handed_a_capital_tanks", "2024-05-10",
			"Poland has handed Kyiv tanks from its own stocks.",
			[]want{{typ: parley.Aid, source: "Poland", target: "Ukraine"}}},
		{"handed_tanks_to_a_state", "2024-05-10",
			"Poland handed tanks to Ukraine.",
			[]want{{typ: parley.Aid, source: "Poland", target: "Ukraine"}}},
		{"sent_two_states_a_long_noun_phrase", "2024-05-10",
			"Germany sent Ukraine and Moldova air defence systems.",
			[]want{{typ: parley.Aid, source: "Germany", target: "Ukraine"}, {typ: parley.Aid, source: "Germany", target: "Moldova"}}},
		{"sent_a_letter_is_no_aid", "2024-05-10",
			"Biden sent Putin a letter.", nil},
		{"trained_another_states_soldiers", "2024-05-10",
			"Britain trained Ukrainian soldiers last year.",
			[]want{{typ: parley.Aid, source: "United Kingdom", target: "Armed Forces of Ukraine"}}},
		{"gave_a_tour_is_no_aid", "2024-05-10",
			"Putin gave Lukashenko a tour of the plant.", nil},
		{"trained_its_own_soldiers_is_no_aid", "2024-05-10",
			"The army trained its soldiers in the desert.", nil},
	})
	runNotCases(t, []notCase{
		{"money_to_a_campaign_is_no_aid", "2024-05-10",
			"The association gave $2 million toward Senator Warren's election campaign.", want{typ: parley.Aid}},
	})
}

// TestShowsOfForce checks weapons tested and forces sent to "the region"
// or "the area" with no foe named: toward the foe the article is about.
func TestShowsOfForce(t *testing.T) {
	const feud = "North Korea accused South Korea on Monday of preparing an invasion, and South Korea's military said it had raised its alert. "
	runEventCases(t, []eventCase{
		{"tested_a_missile", "2024-05-10",
			feud + "Pyongyang tested a new intercontinental ballistic missile on Tuesday, the South Korean military said.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "South Korea", date: "2024-05-07"}}},
		{"test_fired_missiles", "2024-05-10",
			feud + "North Korea test-fired two cruise missiles off its east coast on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "South Korea", date: "2024-05-07"}}},
		{"sent_warships_to_the_area", "2024-05-10",
			feud + "North Korea also sent more warships to the area, Seoul said.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "South Korea"}}},
		{"sent_jets_to_the_region", "2024-05-10",
			"Iran warned the United States on Sunday that it would retaliate for the strike, and Iran said Washington would pay. " +
				"The Pentagon sent additional fighter jets to the region on Monday.",
			[]want{{typ: parley.Mobilize, source: "United States Department of Defense", target: "Iran", date: "2024-05-06"}}},
		{"sent_armoured_vehicles_to_a_border", "2024-05-10",
			"Brazil sent armoured vehicles to the border with Venezuela.",
			[]want{{typ: parley.Mobilize, source: "Brazil", target: "Venezuela"}}},
		{"dispatched_jets_to_its_border", "2024-05-10",
			"Russia dispatched fighter jets to its border with Finland.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Finland"}}},
		{"tanks_sent_to_a_state_stay_aid", "2024-05-10",
			"Spain sent tanks to Ukraine.",
			[]want{{typ: parley.Aid, source: "Spain", target: "Ukraine"}}},
		{"tested_alone_names_no_foe", "2024-05-10",
			"Iran tested a new ballistic missile.", nil},
	})
	runNotCases(t, []notCase{
		{"a_missile_defence_test_is_no_show_of_force", "2024-05-10",
			"Iran warned the United States on Sunday that it would retaliate, and Iran's foreign minister accused Washington of terrorism. " +
				"The United States said it was testing a new missile defence radar.", want{typ: parley.Mobilize}},
	})
}

// TestReopenedTogether checks links two states open again together:
// cooperation; one state promising to open its border to another
// concedes, and one that has opened it eases a restriction (RETREAT).
func TestReopenedTogether(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_states_reopen_embassies", "2024-05-10",
			"Morocco and Algeria will reopen their embassies within three months.",
			[]want{{typ: parley.Cooperate, source: "Morocco", target: "Algeria", status: parley.Planned}}},
		{"two_states_reopened_their_border", "2024-05-10",
			"Kyrgyzstan and Tajikistan reopened their border on Monday.",
			[]want{{typ: parley.Cooperate, source: "Kyrgyzstan", target: "Tajikistan", date: "2024-05-06"}}},
		{"two_states_resume_flights", "2024-05-10",
			"India and China will resume direct flights next month.",
			[]want{{typ: parley.Cooperate, source: "India", target: "China", status: parley.Planned}}},
		{"one_state_reopens_its_border_to_another", "2024-05-10",
			"Colombia said it would reopen its airspace and its land border to Venezuela.",
			[]want{{typ: parley.Concede, source: "Colombia", target: "Venezuela"}}},
		// Done, not promised: passage given back eases a restriction in deed.
		{"one_state_reopened_its_crossing_with_another", "2024-05-10",
			"Chad reopened its main border crossing with Sudan on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Chad", target: "Sudan", date: "2024-05-07"}}},
	})
	runNotCases(t, []notCase{
		{"a_crossing_reopened_is_no_promise", "2024-05-10",
			"Chad reopened its main border crossing with Sudan on Tuesday.", want{typ: parley.Concede}},
		{"one_state_reopening_its_embassy_is_no_joint_act", "2024-05-10",
			"Kenya and Tanzania signed a deal on Monday. Kenya reopened its embassy in Tanzania on Tuesday.", want{typ: parley.Cooperate}},
		{"agreed_to_reopen_is_the_agreement", "2024-05-10",
			"Morocco and Algeria agreed on Monday to reopen their embassies.", want{typ: parley.Cooperate}},
		{"resumed_talks_is_no_cooperation", "2024-05-10",
			"China and Japan resumed trade talks.", want{typ: parley.Cooperate}},
	})
}

// TestMutualUndertakings checks that two sides undertaking together to
// act have reached an accord.
func TestMutualUndertakings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"undertook_to_work_together", "2018-06-28",
			"On Wednesday Sudan and South Sudan undertook to work together to rehabilitate the oil fields.",
			[]want{{typ: parley.Agree, source: "Sudan", target: "South Sudan", date: "2018-06-27"}}},
	})
}
