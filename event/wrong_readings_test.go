package event_test

import (
	"testing"

	"parley"
)

// TestMournedDeeds checks that a deed named only as what sympathy is
// offered over is no act of the one who offers it.
func TestMournedDeeds(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// "the victims of the attack": the attack's doer is unnamed.
		{"victims_of_the_attack_are_not_the_mourners", "2024-05-10",
			"Macron expressed his sympathy to the Spanish people and the victims of the attack in Barcelona on Thursday.",
			want{typ: parley.Support, source: "Emmanuel Macron", target: "Spain"},
			want{typ: parley.Assault}},
		{"families_of_the_victims_of_the_bombing", "2024-05-10",
			"The Japanese prime minister conveyed condolences to the Turkish people and to the families of the victims of the bombing at Ankara station.",
			want{typ: parley.Support, source: "Fumio Kishida", target: "Turkey"},
			want{typ: parley.Assault}},
		// A doer named stays the doer.
		{"victims_of_a_named_doer_keep_it", "2024-05-10",
			"Canada expressed condolences to the victims of the Russian attack on Kharkiv.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, source: "Canada", target: "Ukraine"}},
		{"attack_by_a_named_doer_keeps_it", "2024-05-10",
			"Canada expressed condolences to the victims of the attack by Russian forces on Kharkiv.",
			want{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"},
			want{typ: parley.Assault, source: "Canada", target: "Ukraine"}},
	})
	runNotCases(t, []notCase{
		{"sympathy_over_the_attack", "2024-05-10",
			"Egypt expressed sympathy to Turkey over the attack in Ankara.",
			want{typ: parley.Assault}},
		{"condolences_after_the_bombing", "2024-05-10",
			"France offered condolences to Afghanistan after the bombing in Kabul on Monday.",
			want{typ: parley.Assault}},
	})
}

// TestRestraintOnTiedSides checks that a call for restraint naming no one
// is aimed at the two sides of the conflict only when one pair of sides
// stands out.
func TestRestraintOnTiedSides(t *testing.T) {
	runEventCases(t, []eventCase{
		// Two pairs, one hostile act each: "all sides" are not two named.
		{"restraint_after_acts_of_two_pairs", "2024-05-10",
			"Israeli jets struck Hezbollah positions in Lebanon on Monday, and Iran threatened Israel on Tuesday. Egypt called for restraint.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah"}, {typ: parley.Threaten, source: "Iran", target: "Israel"}}},
		{"all_sides_after_strikes_and_a_threat", "2024-01-12",
			"US and British jets bombed Houthi positions near Hodeidah on Friday. Houthi spokesman Mohammed Abdulsalam warned that Washington and London would regret it. Oman urged all sides to avoid escalation.",
			[]want{{typ: parley.Assault, source: "United States", target: "Houthis"}, {typ: parley.Threaten, source: "Mohammed Abdulsalam", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		{"no_request_after_acts_of_two_pairs", "2024-05-10",
			"Israeli jets struck Hezbollah positions in Lebanon on Monday, and Iran threatened Israel on Tuesday. Egypt called for restraint.",
			want{typ: parley.Request}},
		{"no_request_on_all_sides_after_strikes_and_a_threat", "2024-01-12",
			"US and British jets bombed Houthi positions near Hodeidah on Friday. Houthi spokesman Mohammed Abdulsalam warned that Washington and London would regret it. Oman urged all sides to avoid escalation.",
			want{typ: parley.Request}},
	})
	// One pair struck each other: both are asked.
	runEventCases(t, []eventCase{
		{"restraint_on_one_pair_of_sides", "2024-05-10",
			"Indian troops shelled Pakistani posts on Monday and Pakistan struck Indian positions on Tuesday. Qatar called for restraint.",
			[]want{{typ: parley.Request, source: "Qatar", target: "India"}, {typ: parley.Request, source: "Qatar", target: "Pakistan"}}},
	})
}

// TestPlaceOfItsOwnClause checks that a verbal act told in a clause of its
// own after "and" does not take the place of the clause before it.
func TestPlaceOfItsOwnClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"rejection_after_a_meeting_elsewhere", "2024-05-10",
			"The foreign ministers met in Geneva on Monday and Iran rejected the American proposal on Tuesday.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United States", date: "2024-05-07", place: "-"}}},
		{"accusation_after_talks_in_a_capital", "2024-05-10",
			"Blinken held talks with Wang Yi in Beijing, and the Chinese foreign ministry accused Washington of interference.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", place: "Beijing"},
				{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "United States", place: "-"}}},
		{"condemnation_the_next_day", "2024-05-10",
			"Putin met Erdogan in Sochi on Monday, and on Tuesday Zelensky condemned the meeting.",
			[]want{{typ: parley.Accuse, source: "Volodymyr Zelensky", target: "Vladimir Putin", place: "-"}}},
		// A place that opens the sentence is still where it was said.
		{"place_opening_the_sentence", "2024-05-10",
			"In Phnom Penh, Blinken said China had threatened Taiwan.",
			[]want{{typ: parley.Threaten, source: "China", target: "Taiwan", place: "Phnom Penh"}}},
		{"place_in_the_same_clause", "2024-05-10",
			"In Ankara on Monday, Erdogan accused Israel of genocide and praised South Africa.",
			[]want{{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Israel", place: "Ankara"}}},
	})
}

// TestPassiveInItsOwnClause checks that a passive verb after "after" takes
// its subject from its own clause, not from the main clause before it.
func TestPassiveInItsOwnClause(t *testing.T) {
	runNotCases(t, []notCase{
		{"flights_suspended_are_no_sanction_on_the_main_subject", "2024-05-10",
			"Japan moved its diplomats to Jordan after Israeli flights were suspended.",
			want{typ: parley.Sanction}},
		{"flights_suspended_in_an_article_about_a_state", "2024-05-10",
			"France sent 1,000 police officers to New Caledonia on Monday. Australia and New Zealand flew their citizens out after commercial flights were suspended.",
			want{typ: parley.Sanction, source: "France", target: "Australia"}},
	})
	runEventCases(t, []eventCase{
		// The passive's own agent and patient still count.
		{"diplomats_expelled_by_a_state_after_after", "2024-05-10",
			"Moscow retaliated after Russian diplomats were expelled by Poland.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Russia"}}},
	})
}

// TestActsAskedOfCommonNouns checks that an act asked of someone named by
// a common noun ("government", "member states") or coordinated with an
// asked act is not the asker's own.
func TestActsAskedOfCommonNouns(t *testing.T) {
	runNotCases(t, []notCase{
		{"motion_calling_on_government_to_close", "2023-11-22",
			"The National Assembly on Tuesday adopted a motion calling on government to close the Israeli embassy.",
			want{typ: parley.Sanction}},
		{"resolution_urging_the_president_to_impose", "2024-05-10",
			"The Senate passed a resolution urging the president to impose sanctions on Iran.",
			want{typ: parley.Sanction}},
		{"urged_member_states_to_expel", "2024-05-10",
			"The EU urged member states to expel Russian diplomats.",
			want{typ: parley.Sanction}},
		{"second_verb_of_the_asked_act", "2023-11-22",
			"Lawmakers in Ankara adopted a motion calling on the government to recall its ambassador and suspend trade with Israel.",
			want{typ: parley.Sanction}},
		{"second_infinitive_of_the_asked_act", "2023-11-22",
			"Parliament adopted a motion calling on government to close the embassy in Tel Aviv and to suspend all diplomatic relations with Israel.",
			want{typ: parley.Sanction}},
	})
	runEventCases(t, []eventCase{
		// A decision to act is still the decider's, on both verbs.
		{"decided_to_close_and_to_expel", "2024-05-10",
			"Hungary decided to close its embassy and to expel the Russian envoy.",
			[]want{{typ: parley.Sanction, source: "Hungary", target: "Russia"}}},
		{"vowed_and_fired_is_a_new_act", "2024-05-10",
			"Russia vowed to retaliate and fired missiles at Kyiv.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"urged_the_named_state_to_lift_and_resume", "2024-05-10",
			"China urged the US to lift sanctions and resume talks.",
			[]want{{typ: parley.Request, source: "China", target: "United States"}}},
	})
}

// TestForceBackedDeadlines checks that a deadline is an ultimatum, a
// threat, whether force is said to follow or not.
func TestForceBackedDeadlines(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"deadline_before_an_assault", "2022-04-20",
			"On Sunday, Russia gave Ukrainian forces in Mariupol 24 hours to surrender before an assault on the steel plant.",
			want{typ: parley.Threaten, source: "Russia", target: "Armed Forces of Ukraine", date: "2022-04-17"},
			want{typ: parley.Request}},
		{"deadline_or_face_an_offensive", "2024-05-10",
			"Israel gave Hamas two days to free the hostages or face a ground offensive.",
			want{typ: parley.Threaten, source: "Israel", target: "Hamas"},
			want{typ: parley.Request}},
		{"bare_deadline_is_an_ultimatum_too", "2020-11-25",
			"The African Union gave Sudan's military 15 days to hand power to civilians.",
			want{typ: parley.Threaten, source: "African Union", target: "Sudanese Armed Forces"},
			want{typ: parley.Request}},
	})
}

// TestUnnamedDoerOfInfinitive checks that an act in an infinitive after
// an object who names no actor ("allowed them to travel") is not the
// main subject's.
func TestUnnamedDoerOfInfinitive(t *testing.T) {
	runNotCases(t, []notCase{
		{"passes_issued_to_travel", "2022-12-21",
			"Bolivia had issued them safe-conduct passes to travel to Argentina.",
			want{typ: parley.Consult}},
		{"allowed_them_to_travel", "2022-12-21",
			"Peru allowed them to travel to Mexico.",
			want{typ: parley.Consult}},
		{"granted_the_refugees_visas_to_travel", "2022-12-21",
			"Poland granted the refugees visas to travel to Germany.",
			want{typ: parley.Consult}},
	})
	runEventCases(t, []eventCase{
		// A named invitee is left as it was.
		{"invited_a_named_leader_to_visit", "2022-12-21",
			"Biden invited Modi to visit Washington.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "Narendra Modi"}}},
		{"invited_him_after_a_meeting", "2022-12-21",
			"Xi met Lula on Friday and invited him to visit Beijing.",
			[]want{{typ: parley.Request, source: "Xi Jinping", target: "Luiz Inácio Lula da Silva"}}},
	})
}

// TestSubordinateSubjectOfItsOwn checks that a verb after "after" or
// "when" whose own subject is a phrase naming no actor takes no subject
// from the main clause.
func TestSubordinateSubjectOfItsOwn(t *testing.T) {
	runNotCases(t, []notCase{
		{"members_of_a_group_attacked", "2024-05-10",
			"Erdogan called Putin after members of Hamas attacked Israel.",
			want{typ: parley.Assault, source: "Vladimir Putin", target: "Israel"}},
		{"supporters_of_a_leader_stormed", "2023-01-10",
			"On Sunday, President Petro telephoned President Lula to express his solidarity, hours after supporters of former President Jair Bolsonaro invaded the seat of Congress in Brasília.",
			want{typ: parley.Assault, source: "Gustavo Petro", target: "Brazil"}},
	})
	runEventCases(t, []eventCase{
		// A named doer, or one a possessive points back to, still acts.
		{"named_state_struck_after_after", "2024-05-10",
			"Macron called Zelensky after Russia struck Kyiv.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"their_leaders_signed_when", "2024-12-16",
			"Ethiopia and Somalia ended a year of hostility last Wednesday, when their leaders signed a declaration in Ankara.",
			[]want{{typ: parley.Agree, source: "Ethiopia", target: "Somalia"}}},
	})
}

// TestWarningOfAnothersHabit checks that warning someone of what a third
// party habitually does threatens no one, while a warning of the warner's
// own side's acts still does.
func TestWarningOfAnothersHabit(t *testing.T) {
	runNotCases(t, []notCase{
		{"warned_a_state_of_a_third_partys_habit", "2023-03-20",
			"Washington had warned Seoul that China often steals technology from its partners.",
			want{typ: parley.Threaten}},
		{"warned_of_promises_not_kept", "2023-03-20",
			"The United States warned Paraguay that China makes promises it does not keep.",
			want{typ: parley.Threaten}},
	})
	runEventCases(t, []eventCase{
		{"own_side_has_the_power", "2023-03-20",
			"Erdogan warned Greece that Turkey has the power to act.",
			[]want{{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Greece"}}},
		{"own_side_acts", "2023-03-20",
			"Erdogan warned Greece that Turkey acts when its rights are violated.",
			[]want{{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Greece"}}},
		{"a_red_line_remains", "2023-03-20",
			"The US warned Russia that Ukraine remains a red line.",
			[]want{{typ: parley.Threaten, source: "United States", target: "Russia"}}},
		{"would_take_steps", "2023-03-20",
			"Russia warned Finland that it would take retaliatory steps.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "Finland"}}},
	})
}

// TestTogetherWithoutMeeting checks that "together" or "jointly" naming a
// shared pledge or a joint request is no meeting of the two.
func TestTogetherWithoutMeeting(t *testing.T) {
	runNotCases(t, []notCase{
		{"efforts_together_is_a_pledge", "2024-05-20",
			"Xi and Kishida confirmed that they would make efforts together to build stable relations.",
			want{typ: parley.Consult}},
		{"jointly_asked_is_a_request", "2024-05-20",
			"Armenia and Azerbaijan jointly asked the OSCE to dissolve the Minsk Group.",
			want{typ: parley.Consult}},
	})
	runEventCases(t, []eventCase{
		{"jointly_asked_keeps_the_request", "2024-05-20",
			"Serbia and Kosovo jointly asked the EU to mediate.",
			[]want{{typ: parley.Request, source: "Serbia", target: "European Union"}}},
		{"jointly_launched_is_still_together", "2024-05-20",
			"Xi and Putin jointly launched the construction of a pipeline by video link.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin"}}},
		{"appeared_together", "2024-05-20",
			"Macron and Scholz appeared together in Paris.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Olaf Scholz"}}},
	})
}

// TestWrongDoneToTheNamed checks that a statement naming someone as the
// one a wrong was done to ("the assassination of his father") accuses no
// one of it.
func TestWrongDoneToTheNamed(t *testing.T) {
	runNotCases(t, []notCase{
		{"assassination_of_a_father", "2017-11-10",
			"Saad Hariri said the mood in Beirut resembled the one before the assassination of his father, Rafik Hariri, in 2005.",
			want{typ: parley.Accuse}},
		{"aggression_on_a_state", "2021-11-10",
			"Kordahi said the Houthis were defending themselves against an aggression on Yemen.",
			want{typ: parley.Accuse, source: "George Kordahi", target: "Yemen"}},
	})
	runEventCases(t, []eventCase{
		// The doer named before the wrong, or after "by", is accused.
		{"own_aggression_against", "2022-02-10",
			"Moscow said Ukraine's aggression against Donetsk was unacceptable.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
		{"aggression_by_a_state", "2022-02-10",
			"Lavrov said the aggression by Ukraine against Donetsk must stop.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "Ukraine"}}},
		{"interference_in_a_place", "2022-02-10",
			"Beijing said the US interference in Hong Kong was unacceptable.",
			[]want{{typ: parley.Accuse, source: "China", target: "United States"}}},
	})
}

// TestWrongDoneByTheOwner checks that a wrong whose owner is named right
// after its preposition ("effects of this Russian war") still accuses it.
func TestWrongDoneByTheOwner(t *testing.T) {
	runEventCases(t, []eventCase{
		{"effects_of_a_states_war", "2022-04-12",
			"Biden said the two countries would continue consultations on how to manage the destabilizing effects of this Russian war, including on energy prices.",
			[]want{{typ: parley.Accuse, source: "Joe Biden", target: "Russia"}}},
	})
}
