package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs9 checks the reported bugs of this round: each case names the
// events the text must yield (nil: none).
func TestReportedBugs9(t *testing.T) {
	tests := []eventCase{
		// Taking a post or a base by fighting is an attack, not a seizure.
		{"overran_a_base_is_an_assault", "2024-05-10",
			"Russian troops overran a Ukrainian army base near Avdiivka on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Armed Forces of Ukraine", date: "2024-05-06"}}},
		{"have_overrun_a_post", "2024-05-10",
			"The Taliban have overrun an Afghan army post in Kunduz, officials said.",
			[]want{{typ: parley.Assault, source: "Taliban", target: "Armed Forces of Afghanistan"}}},
		// A meeting "not ruled out" is held open: no event, not a negated one.
		{"did_not_rule_out_a_meeting", "2024-05-10",
			"Germany did not rule out a meeting with Russia on Monday.", nil},
		{"has_not_ruled_out_a_trip", "2024-05-10",
			"Macron has not ruled out a trip to Beijing.", nil},
		{"declined_to_rule_out_talks", "2024-05-10",
			"Blinken declined to rule out talks with Wang Yi next month.", nil},
		// "declared" with an act for object declares the act, as "announced" does.
		{"declared_a_pause_in_its_offensive", "2024-05-10",
			"Azerbaijan declared a pause in its offensive against Armenia on Monday.",
			[]want{{typ: parley.Concede, source: "Azerbaijan", target: "Armenia", date: "2024-05-06"}}},
		{"declared_a_suspension_of_strikes", "2024-05-10",
			"Russia declared a suspension of its air strikes on Ukraine on Monday.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Ukraine"}}},
		{"has_declared_a_halt_to_strikes", "2024-05-10",
			"Israel has declared a halt to its strikes on Lebanon.",
			[]want{{typ: parley.Concede, source: "Israel", target: "Lebanon"}}},
		{"declared_its_solidarity", "2024-05-10",
			"Cuba declared its solidarity with Venezuela on Monday.",
			[]want{{typ: parley.Support, source: "Cuba", target: "Venezuela", date: "2024-05-06"}}},
		// A count before "of" does not hide the forces it counts.
		{"thousands_of_soldiers_moving", "2024-05-10",
			"Thousands of Russian soldiers are moving toward the Ukrainian border.",
			[]want{{typ: parley.Mobilize, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"hundreds_of_soldiers_moved_into", "2024-05-10",
			"Hundreds of Turkish soldiers moved into northern Syria on Monday.",
			[]want{{typ: parley.Mobilize, source: "Turkish Armed Forces", target: "Syria", date: "2024-05-06"}}},
		{"tens_of_thousands_of_troops", "2024-05-10",
			"Tens of thousands of Belarusian troops are moving towards the Polish border.",
			[]want{{typ: parley.Mobilize, source: "Armed Forces of Belarus", target: "Poland"}}},
		// "Neither" opening a sentence is no part of the name after it.
		{"neither_surname_nor_surname", "2024-05-10",
			"Neither Erdogan nor Assad has spoken to Putin.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin", status: parley.Negated},
				{typ: parley.Consult, source: "Bashar al-Assad", target: "Vladimir Putin", status: parley.Negated}}},
		// Forces acting on another state, or on their own government's
		// people, stay.
		{"army_accusing_another_state", "2024-05-10",
			"The Pakistani army accused India of shelling on Monday.",
			[]want{{typ: parley.Accuse, source: "Pakistan Army", target: "India"}}},
		// "the junta" in a story naming China is Myanmar's council, not
		// China's Central Military Commission (a standing body Xi heads).
		{"junta_is_no_standing_council", "2024-05-10",
			"China's defence ministry met Myanmar officials on Monday. Beijing has long backed the junta, and the junta thanked China on Tuesday.",
			[]want{{typ: parley.Support, source: "State Administration Council", target: "China", date: "2024-05-07"}}},
		{"junta_council_of_a_coup", "2024-05-10",
			"Niger's junta expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "National Council for the Safeguard of the Homeland", target: "France"}}},
		// "the N of X" where X did or said N: X is reached, as in "X's N".
		{"condemned_the_remarks_of", "2024-05-10",
			"China condemned the remarks of Kishida on Monday.",
			[]want{{typ: parley.Accuse, source: "China", target: "Fumio Kishida", date: "2024-05-06"}}},
		{"criticised_the_conduct_of", "2024-05-10",
			"Iran criticised the conduct of Saudi Arabia.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Saudi Arabia"}}},
		{"praised_the_stance_of", "2024-05-10",
			"Russia praised the stance of Hungary on Ukraine.",
			[]want{{typ: parley.Support, source: "Russia", target: "Hungary"}}},
		{"slammed_the_provocations_of", "2024-05-10",
			"Beijing slammed the provocations of the Philippines on Monday.",
			[]want{{typ: parley.Accuse, source: "China", target: "Philippines"}}},
		// "ordered the release of" a captive named after a description.
		{"ordered_release_of_described_leader", "2024-05-10",
			"Senegal's court ordered the release of the jailed opposition leader Ousmane Sonko on Monday.",
			[]want{{typ: parley.Retreat, source: "Judiciary of Senegal", target: "Ousmane Sonko", date: "2024-05-06"}}},
		{"ordered_release_of_arrested_former_minister", "2024-05-10",
			"Tunisia's president ordered the release of the arrested former minister Ali Larayedh on Monday.",
			[]want{{typ: parley.Retreat, source: "Kais Saied", target: "Ali Larayedh"}}},
		{"release_of_prisoners_in_a_place_is_no_actor", "2024-05-10",
			"The judge ordered the release of the prisoners in Iran on Monday.", nil},
		// Help told in a reduced relative with an irregular participle.
		{"aid_sent_by_to", "2024-05-10",
			"The aid sent by Jordan to Lebanon arrived on Monday.",
			[]want{{typ: parley.Aid, source: "Jordan", target: "Lebanon"}}},
		{"supplies_sent_by_to", "2024-05-10",
			"Medical supplies sent by Egypt to Sudan reached Port Sudan on Monday.",
			[]want{{typ: parley.Aid, source: "Egypt", target: "Sudan"}}},
		{"loans_given_by_to", "2024-05-10",
			"The loans given by China to Sri Lanka were restructured.",
			[]want{{typ: parley.Aid, source: "China", target: "Sri Lanka"}}},
		// Arms given for a joint drill: cooperation with the partner, no aid.
		{"jets_for_a_joint_exercise", "2024-05-10",
			"Russia provided jets for the joint exercise with China on Monday.",
			[]want{{typ: parley.Cooperate, source: "Russia", target: "China"}}},
	}
	runEventCases(t, tests)
}

// TestReportedBugs9Not checks readings these rules must not give.
func TestReportedBugs9Not(t *testing.T) {
	runNotCases(t, []notCase{
		{"overran_is_no_seizure", "2024-05-10",
			"Russian troops overran a Ukrainian army base near Avdiivka on Monday.",
			want{typ: parley.Coerce}},
		// "declared" telling what will be stays a speech verb.
		{"declared_that_sanctions_fail_is_no_sanction", "2024-05-10",
			"Putin declared the sanctions on Russia would fail.",
			want{typ: parley.Sanction}},
		// A state's own forces do not accuse or thank their state.
		{"armed_forces_accusing_their_state", "2024-05-10",
			"The French Armed Forces accused France of neglect on Monday.",
			want{typ: parley.Accuse}},
		{"navy_thanking_its_state", "2024-05-10",
			"The Indian Navy thanked India for the new ships.",
			want{typ: parley.Support}},
		{"praised_junta_is_not_the_cmc", "2024-05-10",
			"Xi Jinping visited Myanmar. China praised the junta on Monday.",
			want{typ: parley.Support, source: "China", target: "Central Military Commission"}},
		{"welcomed_a_resignation_backs_no_one", "2024-05-10",
			"The opposition welcomed the resignation of Hasina.",
			want{typ: parley.Support, target: "Sheikh Hasina"}},
		{"arrest_of_is_done_to_the_one_named", "2024-05-10",
			"France condemned the arrest of Navalny on Monday.",
			want{typ: parley.Accuse, source: "France", target: "Alexei Navalny"}},
		{"jets_for_a_joint_exercise_are_no_aid", "2024-05-10",
			"Russia provided jets for the joint exercise with China on Monday.",
			want{typ: parley.Aid}},
		{"ships_for_drills_are_no_aid", "2024-05-10",
			"India provided ships for joint drills with Japan.",
			want{typ: parley.Aid}},
	})
	// Force held open stays a threat; a meeting ruled out stays a refusal.
	runRuledOut(t, []ruledOutCase{
		{"refused_to_rule_out_force_is_a_threat", "2024-05-10",
			"Biden refused to rule out military action against Iran.",
			want{typ: parley.Threaten, source: "Joe Biden", target: "Iran"}, want{typ: parley.Consult}},
		{"ruled_out_a_meeting_is_a_refusal", "2024-05-10",
			"Scholz ruled out a meeting with Putin.",
			want{typ: parley.Reject, source: "Olaf Scholz", target: "Vladimir Putin"}, want{typ: parley.Consult}},
	})
}

// TestReportedBugs9Portfolio checks that a minister's portfolio, run into the
// honorific of the name after it, is no organisation of its own.
func TestReportedBugs9Portfolio(t *testing.T) {
	for _, text := range []string{
		"Minister of Foreign Affairs and International Cooperation Dr. Jane Roe met the Kenyan president on Monday.",
		"Minister for Foreign Affairs and Trade Prof. Ama Boateng met Modi on Monday.",
	} {
		a := analyze(t, text, "2024-05-10")
		for _, ac := range a.Actors {
			if ac.Kind == parley.Organization {
				t.Errorf("%q: spurious organisation %q", text, ac.Name)
			}
		}
		if len(a.Events) != 1 || a.Events[0].Type != parley.Consult {
			t.Errorf("%q: want one meeting, got %s", text, describe(a.Events))
		}
	}
}
