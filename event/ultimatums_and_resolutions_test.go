package event_test

import (
	"testing"

	"parley"
)

// TestUltimatumsAndResolutions checks readings added in the twenty-eighth
// session, found by reading the team's own texts: each case names an
// event the text must yield and one it must not.
func TestUltimatumsAndResolutions(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// A time set to act in is an ultimatum, whether or not force is
		// said to follow; the span may be a date as well as a count.
		{"a_bare_deadline_is_an_ultimatum", "2020-11-25",
			"The African Union gave Sudan's military 15 days to hand power to civilians.",
			want{typ: parley.Threaten, source: "African Union", target: "Sudanese Armed Forces"},
			want{typ: parley.Request}},
		{"a_deadline_until_a_date", "2020-03-06",
			"Syrian regime forces killed 33 Turkish soldiers in Idlib. In early February, President Erdogan had given the regime until the end of the month to withdraw.",
			want{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Syria", date: "2020-02"},
			want{typ: parley.Request}},
		{"a_deadline_in_a_participle", "2018-03-14",
			"British Prime Minister Theresa May had set that ultimatum on March 12, giving the Russian government until the end of the following day to respond.",
			want{typ: parley.Threaten, source: "Theresa May", target: "Government of Russia", date: "2018-03-12"},
			want{typ: parley.Request}},
		{"hours_to_leave_stay_an_expulsion", "2024-07-30",
			"Chile gave Venezuelan diplomats 72 hours to leave the country.",
			want{typ: parley.Sanction, source: "Chile", target: "Venezuela"},
			want{typ: parley.Threaten}},
		// Measures promised in a warning threaten whoever the speaker's
		// side is answering; promised in a plain saying, with no one
		// aimed at, they do not.
		{"measures_promised_in_a_warning", "2024-08-27",
			"Canada will impose a 100% tariff on Chinese electric vehicles, Prime Minister Justin Trudeau said on Monday. China's embassy in Ottawa said it strongly opposed the decision and warned that Beijing would take all necessary measures to protect the rights of Chinese companies.",
			want{typ: parley.Threaten, source: "Embassy of China", target: "Canada"},
			want{typ: parley.Threaten, source: "Canada"}},
		{"measures_promised_without_a_warning", "2023-04-20",
			"Sudan's army said it would take all necessary measures to protect civilians.",
			want{},
			want{typ: parley.Threaten}},
		// Criticism, demands and plans named by their author's country
		// word are that country's.
		{"criticism_by_its_country_word", "2024-10-30",
			"Tehran rejected the German criticism as interference in its internal affairs.",
			want{typ: parley.Reject, source: "Iran", target: "Germany"},
			want{typ: parley.Reject, target: "Iran"}},
		{"criticism_from_a_capital", "2024-10-30",
			"Tehran rejected criticism from Berlin.",
			want{typ: parley.Reject, source: "Iran", target: "Germany"},
			want{typ: parley.Accuse, source: "Iran"}},
		{"a_plan_by_its_country_word", "2024-10-30",
			"Moscow rejected the Ukrainian peace plan.",
			want{typ: parley.Reject, source: "Russia", target: "Ukraine"},
			want{typ: parley.Reject, target: "Russia"}},
		// A measure whose owner is written as a name before a kind of
		// measure is still the owner's.
		{"an_end_to_a_named_owners_embargo", "2024-10-31",
			"The UN General Assembly on Wednesday adopted a resolution calling for an end to the United States economic embargo against Cuba.",
			want{typ: parley.Request, source: "United Nations General Assembly", target: "United States"},
			want{typ: parley.Sanction, source: "United Nations General Assembly"}},
		// A resolution opposed is opposed to those who adopted it.
		{"a_resolution_opposed", "2024-10-31",
			"The UN General Assembly adopted a resolution on Cuba. Israel opposed the resolution.",
			want{typ: parley.Reject, source: "Israel", target: "United Nations General Assembly"},
			want{typ: parley.Reject, target: "Cuba"}},
		// A meeting noun in apposition names the clause's talks again.
		{"an_apposed_meeting_is_the_talks_again", "2024-07-08",
			"Kamikawa and Kihara of Japan will hold talks with their Philippine counterparts, Enrique Manalo and Gilberto Teodoro, on Monday afternoon, the first such \"two-plus-two\" meeting since 2023.",
			want{typ: parley.Consult, source: "Yōko Kamikawa", target: "Enrique Manalo", status: parley.Planned},
			want{typ: parley.Consult, source: "Enrique Manalo", target: "Gilberto Teodoro"}},
		// A list after a name given with its full lineage is still a list.
		{"thanks_to_two_leaders_one_named_in_full", "2023-11-28",
			"Biden thanked Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Egyptian President Abdel Fattah al-Sisi for their work.",
			want{typ: parley.Support, source: "Joe Biden", target: "Abdel Fattah el-Sisi"},
			want{typ: parley.Support, target: "Qatar"}},
		// Sowing division is a charge.
		{"sowing_division_is_a_charge", "2024-01-24",
			"Estonian Foreign Minister Margus Tsahkna said Moscow had been trying to sow division in Estonian society.",
			want{typ: parley.Accuse, source: "Margus Tsahkna", target: "Russia"},
			want{typ: parley.Accuse, target: "Estonia"}},
		// A surtax levied is a penalty.
		{"a_surtax_levied", "2024-08-27",
			"Ottawa will also levy a 25% surtax on steel and aluminum from China.",
			want{typ: parley.Sanction, source: "Canada", target: "China", status: parley.Planned},
			want{typ: parley.Sanction, status: parley.Occurred}},
		// A package welcomed is its maker's.
		{"a_package_welcomed", "2024-06-25",
			"The European Union on Monday adopted new sanctions against Russia. Ukrainian Foreign Minister Dmytro Kuleba welcomed the package.",
			want{typ: parley.Support, source: "Dmytro Kuleba", target: "European Union"},
			want{typ: parley.Support, target: "Russia"}},
		// A leader agrees with the one he met, not with his own army.
		{"an_accord_is_not_with_ones_own_army", "2024-07-10",
			"Modi held talks with Putin at the Kremlin on Tuesday. Putin agreed to discharge all Indians serving in the Russian military, India's foreign secretary said.",
			want{typ: parley.Agree, source: "Vladimir Putin", target: "Narendra Modi"},
			want{typ: parley.Agree, target: "Armed Forces of the Russian Federation"}},
		// A reporter freed is a captive freed.
		{"a_reporter_freed", "2024-08-02",
			"Russia released Wall Street Journal reporter Evan Gershkovich on Thursday.",
			want{typ: parley.Retreat, source: "Russia", target: "Evan Gershkovich"},
			want{typ: parley.Retreat, target: "The Wall Street Journal"}},
		// A swap between one named side and one unnamed is no swap of the
		// named side with whoever stands nearby.
		{"a_swap_with_one_side_unnamed", "2024-08-02",
			"Russia freed former US Marine Paul Whelan on Thursday as part of the biggest prisoner exchange between Moscow and the West since the Cold War.",
			want{typ: parley.Retreat, source: "Russia", target: "United States"},
			want{typ: parley.Retreat, source: "Paul Whelan"}},
		// The one blamed follows "on", not the place the deed is named by.
		{"blamed_on_unnamed_groups_not_the_place", "2024-02-03",
			"Biden had blamed the Jordan attack on radical militant groups backed by Iran.",
			want{},
			want{typ: parley.Accuse, target: "Jordan"}},
		{"blamed_on_a_state_after_the_place", "2024-02-03",
			"Biden blamed the Jordan attack on Iran.",
			want{typ: parley.Accuse, source: "Joe Biden", target: "Iran"},
			want{typ: parley.Accuse, target: "Jordan"}},
		// A city visited to attend a body's gathering is the body's, not
		// its host state's.
		{"a_city_visited_for_a_bodys_gathering", "2024-09-27",
			"Kamikawa, who is visiting New York to attend the UN General Assembly, held talks with Cho Tae-yul.",
			want{typ: parley.Consult, source: "Yōko Kamikawa", target: "Cho Tae-yul"},
			want{typ: parley.Consult, target: "United States"}},
		// A move called an unfriendly act is a rebuke of whoever made it.
		{"a_move_called_an_unfriendly_act", "2024-04-06",
			"Mexico had granted Jorge Glas asylum on Friday morning, a move Ecuador's foreign ministry described as an unfriendly act.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Ecuador", target: "Mexico"},
			want{typ: parley.Accuse, target: "Jorge Glas"}},
		// A question asks; it states no event.
		{"a_question_states_nothing", "2024-03-12",
			"Q: Will Premier Li Qiang visit Australia this year?",
			want{},
			want{typ: parley.Consult}},
		{"the_answer_after_a_question_states", "2024-03-12",
			"Why did Russia expel the Estonian envoy? Russia accused Estonia of spying.",
			want{typ: parley.Accuse, source: "Russia", target: "Estonia"},
			want{typ: parley.Sanction}},
		// Goods handed over are help to the state they are handed over in.
		{"houses_handed_over_are_help", "2024-06-20",
			"Jaishankar held talks with Ali Sabry in Colombo. Jaishankar also handed over 48 housing units built with Indian assistance in Colombo.",
			want{typ: parley.Aid, source: "Subrahmanyam Jaishankar", target: "Sri Lanka"},
			want{typ: parley.Retreat}},
		// A second verb's object is not the first verb's.
		{"a_second_verbs_penalty", "2023-10-25",
			"Sweden tightened its anti-terror laws and lifted an arms embargo on Turkey in response.",
			want{typ: parley.Retreat, source: "Sweden", target: "Turkey"},
			want{typ: parley.Sanction}},
		// A relative clause's own "after" clause keeps no date of the
		// report around it.
		{"an_earlier_deed_in_a_relative_clause", "2023-10-25",
			"When Erdogan sent the protocol to parliament on Monday, he ended a standoff that had begun in May 2022, when Sweden and Finland applied to join the alliance after Russia invaded Ukraine.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "-"},
			want{typ: parley.Assault, date: "2023-10-23"}},
		// A deed named by what was done ("the asylum granted to Glas") is
		// its doer's, not the one it was done for.
		{"the_asylum_granted_is_the_granters", "2024-04-07",
			"Mexico had granted Jorge Glas political asylum on Friday. Ecuador's government said the asylum granted to Glas was illegal.",
			want{typ: parley.Accuse, source: "Ecuador", target: "Mexico"},
			want{typ: parley.Accuse, target: "Jorge Glas"}},
		// After a reported clause that names no actor, a second verb with
		// an object of its own is the speaker's, and active.
		{"the_speakers_second_verb_after_a_passive", "2024-01-18",
			"Iran launched missile and drone strikes on Pakistan's Balochistan province on Tuesday. Pakistan said two children were killed and condemned the attack.",
			want{typ: parley.Accuse, source: "Pakistan", target: "Iran"},
			want{typ: parley.Accuse, source: "Iran"}},
		// Help offered in what was said is an intent to cooperate.
		{"help_offered_in_a_saying", "2023-09-10",
			"Morocco was hit by an earthquake on Friday. France said it was ready to help Morocco.",
			want{typ: parley.Agree, source: "France", target: "Morocco"},
			want{typ: parley.Aid}},
		{"a_go_between_offered", "2023-04-07",
			"Qin Gang said that China stands ready to help Saudi Arabia.",
			want{typ: parley.Agree, source: "Qin Gang", target: "Saudi Arabia"},
			want{typ: parley.Agree, target: "China"}},
		// The speaker's own body named with "its" is no target.
		{"the_speakers_own_bank", "2018-02-14",
			"The United States said its Export-Import Bank was ready to provide financing.",
			want{},
			want{typ: parley.Agree, source: "United States"}},
		// A reaction answers no news agency credited in the dateline.
		{"a_reaction_after_a_dateline", "2023-07-04",
			"BEIJING, July 3 (Reuters) - Officials spoke on Monday. Beijing retaliated by imposing export curbs on gallium.",
			want{},
			want{typ: parley.Sanction, target: "Reuters"}},
		// A mission ordered to leave is sent away.
		{"a_mission_ordered_out", "2023-06-17",
			"Mali ordered MINUSMA to leave the country.",
			want{typ: parley.Sanction, source: "Mali", target: "United Nations Multidimensional Integrated Stabilization Mission in Mali"},
			want{typ: parley.Request}},
		// A capital opening a sentence before "which" is its government,
		// not a dateline.
		{"a_capital_before_which_is_no_dateline", "2023-05-10",
			"Beijing, which placed Michael Chong under sanctions in March 2021 and barred him from entering China, did not take long to answer.",
			want{typ: parley.Sanction, source: "China", target: "Michael Chong", date: "2021-03"},
			want{typ: parley.Sanction, source: "Michael Chong"}},
		// "said late on Monday that it strongly condemned": the speaker's
		// own condemnation, past the time and the adverb.
		{"it_after_a_time_and_an_adverb", "2024-05-14",
			"Canada imposed tariffs on Chinese cars on Monday. The Chinese embassy in Ottawa said late on Monday that it strongly condemned the decision.",
			want{typ: parley.Accuse, source: "Embassy of China", target: "Canada"},
			want{typ: parley.Accuse, source: "Canada"}},
		// A government's answer to a minister's deed is an answer to the
		// minister's state.
		{"an_embassy_answers_a_ministers_state", "2023-05-10",
			"Relations between Canada and China have soured. Canada's foreign minister Mélanie Joly declared the Chinese diplomat Zhao Wei persona non grata on Monday. The Chinese embassy condemned the decision.",
			want{typ: parley.Accuse, source: "Embassy of China", target: "Canada"},
			want{typ: parley.Accuse, target: "Mélanie Joly"}},
		// A date inside what someone is blamed for is that deed's.
		{"blamed_for_a_dated_collapse", "2025-01-28",
			"Rwanda's foreign ministry blamed Kinshasa for the collapse of peace talks in Luanda in December.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Rwanda", target: "Democratic Republic of the Congo", date: "-"},
			want{typ: parley.Accuse, date: "2024-12"}},
		{"blamed_on_a_day_of_its_own", "2025-01-28",
			"On Monday, Rwanda blamed Kinshasa for the collapse of the talks.",
			want{typ: parley.Accuse, source: "Rwanda", target: "Democratic Republic of the Congo", date: "2025-01-27"},
			want{typ: parley.Accuse, date: "-"}},
		// Two sides pushed closer together have not met.
		{"pushed_closer_together_is_no_meeting", "2024-06-03",
			"Some argue that sanctions would only push Moscow and Beijing closer together.",
			want{},
			want{typ: parley.Consult}},
		// An act ordered is not done.
		{"an_act_ordered_is_not_done", "2024-05-24",
			"The ICJ ordered Israel to immediately halt its offensive in Rafah, in a case brought by South Africa.",
			want{typ: parley.Request, source: "International Court of Justice", target: "Israel"},
			want{typ: parley.Retreat}},
		// What must be done is asked of the one named before "must", not
		// of the one it is done for.
		{"must_binds_the_one_before_it", "2024-05-07",
			"Speaking after talks with Macron in Paris, Scholz said Europe must do more for Ukraine.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron"},
			want{typ: parley.Request, target: "Ukraine"}},
		{"must_after_its_state", "2024-05-07",
			"Scholz said Russia must withdraw its troops.",
			want{typ: parley.Request, source: "Olaf Scholz", target: "Russia"},
			want{}},
	})
}
