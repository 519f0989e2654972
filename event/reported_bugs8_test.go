package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs7 checks the reported bugs of the seventh round: each case
// names the events the text must yield (nil: none).
func TestReportedBugs7(t *testing.T) {
	tests := []eventCase{
		// An academic named with a university speaks for no state, even
		// when the university's name ends with a capital.
		{"professor_of_a_london_college_is_no_state", "2024-05-10",
			"Professor Jane Smith of King's College London accused Iran of lying.", nil},
		{"lecturer_of_a_university_urges_no_state", "2024-05-10",
			"Dr Amy Park of Queen's University Belfast urged Ireland to return to talks.", nil},
		{"researcher_at_a_university_in_a_capital", "2024-05-10",
			"Dr Jan Novak of Charles University in Prague urged Hungary to return to talks.", nil},
		{"analyst_of_a_school", "2024-05-10",
			"Dr Jane Smith of the London School of Economics urged Iran to return to talks.", nil},
		{"scholar_of_an_academy", "2024-05-10",
			"Dr Li Wei of the Chinese Academy of Social Sciences accused Japan of provoking China.", nil},
		{"lecturer_in_apposition", "2024-05-10",
			"Paul Hart, a lecturer at the University of Sydney, accused China of lying.", nil},
		{"minister_of_a_state_still_acts", "2024-05-10",
			"Foreign Minister Jane Smith of Britain accused Iran of lying.",
			[]want{{typ: parley.Accuse, source: "Jane Smith", target: "Iran"}}},
		// A capital after an attitude word and "to" is its government.
		{"grateful_to_a_capital", "2024-05-10",
			"Zelensky said Ukraine was grateful to Washington for the aid.",
			[]want{{typ: parley.Support, source: "Volodymyr Zelensky", target: "United States"}}},
		// A duty to act is no act done; whoever tells it asks for it.
		{"obliged_to_let_aid_in_is_no_aid", "2024-05-10",
			"Myanmar is obliged to let aid into Rakhine, the envoy said.", nil},
		{"responsibility_to_send_aid_is_no_aid", "2024-05-10",
			"The UN stressed Russia's responsibility to send food aid to Ukraine.", nil},
		{"duty_to_deliver_aid_is_no_aid", "2024-05-10",
			"Turkey has a duty to deliver aid to Syria.", nil},
		{"bound_by_a_treaty_to_deliver", "2024-05-10",
			"Egypt is bound to deliver aid to Sudan under the treaty.", nil},
		{"needs_to_send_aid", "2024-05-10",
			"Russia needs to send aid to Syria.", nil},
		{"said_a_duty_to_act_is_a_request", "2024-05-10",
			"Guterres said Russia had a duty to let grain ships leave Ukraine.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Russia"}}},
		{"duty_said_after_the_clause_is_a_request", "2024-05-10",
			"Myanmar is obliged to let aid into Rakhine, Guterres said.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Myanmar"}}},
		{"must_said_after_the_clause_is_a_request", "2024-05-10",
			"Serbia should recognise Kosovo, Scholz said.",
			[]want{{typ: parley.Request, source: "Olaf Scholz", target: "Serbia"}}},
		{"duty_said_on_a_day_after_the_clause", "2024-05-10",
			"Armenia has a duty to withdraw its troops from the border, Aliyev said on Tuesday.",
			[]want{{typ: parley.Request, source: "Ilham Aliyev", target: "Armenia", date: "2024-05-07"}}},
		{"a_judgement_said_after_the_clause_is_none", "2024-05-10",
			"The talks were constructive, Lavrov said.", nil},
		{"an_act_told_then_attributed_is_no_statement", "2024-05-10",
			"China lodged a protest with Japan, the ministry said.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan"}}},
		{"had_to_withdraw_is_done", "2024-05-10",
			"Russia had to withdraw its troops from Kherson.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Ukraine"}}},
		{"has_sent_aid_is_done", "2024-05-10",
			"France has sent aid to Lebanon.",
			[]want{{typ: parley.Aid, source: "France", target: "Lebanon"}}},
		// A response promised with no measure named is a threat.
		{"resolute_countermeasures_promised", "2024-05-10",
			"China said it would take resolute countermeasures against the United States.",
			[]want{{typ: parley.Threaten, source: "China", target: "United States", status: parley.Occurred}}},
		{"countermeasures_imposed_later", "2024-05-10",
			"China will impose countermeasures on Japanese firms, the commerce ministry said.",
			[]want{{typ: parley.Threaten, source: "China", target: "Japan", status: parley.Occurred}}},
		{"reciprocal_countermeasures_adopted", "2024-05-10",
			"Tehran said it would adopt reciprocal countermeasures against London.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United Kingdom", status: parley.Occurred}}},
		{"necessary_measures_promised", "2024-05-10",
			"China's foreign ministry said it would take necessary measures against Canada.",
			[]want{{typ: parley.Threaten, source: "Ministry of Foreign Affairs of China", target: "Canada", status: parley.Occurred}}},
		{"countermeasures_on_a_condition", "2024-05-10",
			"China said it would take countermeasures if Washington sold arms to Taiwan.",
			[]want{{typ: parley.Threaten, source: "China", target: "United States", status: parley.Occurred}}},
		{"countermeasures_announced_are_a_sanction", "2024-05-10",
			"China announced countermeasures against five US defence companies.",
			[]want{{typ: parley.Sanction, source: "China", target: "United States", status: parley.Occurred}}},
		// Not giving in to pressure is a refusal.
		{"not_give_in_to_pressure", "2024-05-10",
			"Kyiv said it would not give in to pressure from Moscow.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Russia"}}},
		{"never_bow_to_pressure", "2024-05-10",
			"Caracas said it would never bow to pressure from Washington.",
			[]want{{typ: parley.Reject, source: "Venezuela", target: "United States"}}},
		// "The two diplomats" after "expelled two German diplomats" are
		// those expelled, not the last two people named.
		{"the_two_diplomats_are_those_expelled", "2024-05-10",
			"Polish Foreign Minister Radoslaw Sikorski said Poland had expelled two Belarusian diplomats. The two diplomats urged Minsk to respond.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Belarus"}}},
		{"the_two_envoys_speak_for_their_state", "2024-05-10",
			"Hungary expelled two Ukrainian diplomats on Tuesday, Foreign Minister Peter Szijjarto said after talks with Dmytro Kuleba. The two diplomats accused Budapest of lying.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Hungary"}}},
		{"the_two_ministers_named_after_the_count", "2024-05-10",
			"Two foreign ministers, Sergei Lavrov and Wang Yi, met in Beijing on Monday. The two ministers urged Washington to lift sanctions.",
			[]want{{typ: parley.Request, source: "Sergey Lavrov", target: "United States"}}},
		// A bare given name follows the state the story is about.
		{"bare_given_name_of_the_story's_king", "2024-05-10",
			"Jordan and Egypt held talks on Gaza. Abdullah urged Israel to open the crossings.",
			[]want{{typ: parley.Request, source: "Abdullah II of Jordan", target: "Israel"}}},
		{"bare_given_name_after_a_dateline", "2024-05-10",
			"AMMAN, May 8 - Jordan hosted talks on Gaza on Wednesday. Abdullah called on Israel to lift the siege.",
			[]want{{typ: parley.Request, source: "Abdullah II of Jordan", target: "Israel"}}},
		{"bare_family_name_of_the_story's_minister", "2024-05-10",
			"Malaysia hosted the talks. Abdullah urged Israel to open the crossings.",
			[]want{{typ: parley.Request, source: "Saifuddin Abdullah", target: "Israel"}}},
		// "The Treasury Department" with no state named is the US's.
		{"treasury_department_in_a_story_about_its_target", "2024-05-10",
			"Iran said its economy would survive. The Treasury Department imposed sanctions on Iran's oil minister.",
			[]want{{typ: parley.Sanction, source: "United States Department of the Treasury", target: "Iran"}}},
		{"treasury_department_alone", "2024-05-10",
			"The Treasury Department sanctioned three Venezuelan officials on Monday.",
			[]want{{typ: parley.Sanction, source: "United States Department of the Treasury", target: "Venezuela"}}},
		{"commerce_department_in_a_story_about_its_target", "2024-05-10",
			"China said the Commerce Department had added 12 Chinese firms to its entity list.",
			[]want{{typ: parley.Sanction, source: "United States Department of Commerce", target: "China"}}},
		{"a_local_department_stays_local", "2024-05-10",
			"The Department of Agriculture in Manila banned imports from Vietnam.",
			[]want{{typ: parley.Sanction, source: "Department of Agriculture of Philippines", target: "Vietnam"}}},
		// An arrest warrant is the court's accusation of the person.
		{"warrant_for_the_arrest_of", "2024-05-10",
			"The ICC has issued a warrant for the arrest of Min Aung Hlaing.",
			[]want{{typ: parley.Accuse, source: "International Criminal Court", target: "Min Aung Hlaing"}}},
		{"warrants_for_the_arrest_of_officials", "2024-05-10",
			"A Kenyan court issued warrants for the arrest of three Somali officials.",
			[]want{{typ: parley.Accuse, source: "Judiciary of Kenya", target: "Somalia"}}},
		{"arrest_warrant_issued_by_a_court_for", "2024-05-10",
			"Mongolia ignored an arrest warrant issued by the ICC for Putin.",
			[]want{{typ: parley.Accuse, source: "International Criminal Court", target: "Vladimir Putin"}}},
		{"court's_arrest_warrant_for", "2024-05-10",
			"The ICC's arrest warrant for Netanyahu angered Israel.",
			[]want{{typ: parley.Accuse, source: "International Criminal Court", target: "Benjamin Netanyahu"}}},
		{"a_verb_warrants_no_accusation", "2024-05-10",
			"The crisis warrants a firm response from Washington.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"expelled_diplomats_are_not_the_minister", "2024-05-10",
			"Russian Foreign Minister Sergei Lavrov said on Monday after talks with Hungarian Foreign Minister Peter Szijjarto that Russia had expelled two Estonian diplomats. The two diplomats urged Tallinn to protest.",
			want{typ: parley.Request, source: "Sergey Lavrov"}},
		{"expelled_diplomats_are_not_the_last_named", "2024-05-10",
			"Polish Foreign Minister Radoslaw Sikorski said Poland had expelled two Belarusian diplomats. The two diplomats urged Minsk to respond.",
			want{typ: parley.Request, source: "Radosław Sikorski"}},
	})
}

// TestReportedBugs7Actors checks actors the text must resolve.
func TestReportedBugs7Actors(t *testing.T) {
	tests := []struct{ name, text, actor string }{
		{"thankful_to_a_capital", "Kenya is thankful to Beijing for the loans.", "China"},
		{"loyal_to_a_capital", "Armenia has long been loyal to Moscow.", "Russia"},
		{"gratitude_to_a_capital", "The minister expressed gratitude to Tokyo for the aid.", "Japan"},
		// A person named after a court's "for" is no part of its name.
		{"court_for_a_person", "South Africa faced pressure over the warrant issued by the International Criminal Court for Putin.", "International Criminal Court"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, "2024-05-10")
			for _, x := range a.Actors {
				if x.Name == tt.actor {
					return
				}
			}
			t.Errorf("no actor %q in %+v", tt.actor, a.Actors)
		})
	}
}

// TestReportedBugs7Roles checks that the role given to a person the knowledge
// base does not know is the title phrase alone, not the clause before it.
func TestReportedBugs7Roles(t *testing.T) {
	tests := []struct{ name, text, person, role string }{
		{"title_after_a_possessive", "Prosecutors are also investigating the entity's Prime Minister Jane Roe.", "Jane Roe", "Prime Minister"},
		{"title_after_a_possessive_before_a_comma", "Prosecutors are also investigating the entity's prime minister, Jane Roe, for fraud.", "Jane Roe", "prime minister"},
		{"title_of_a_plural_owner", "Police have detained the rebels' chief negotiator, Amadou Diallo.", "Amadou Diallo", "chief negotiator"},
		{"title_of_a_province", "The court summoned the province's Governor Tom Reed.", "Tom Reed", "Governor"},
		{"title_with_its_state", "Sweden's deputy director of public prosecution, Eva-Marie Persson, said the case was closed.", "Eva-Marie Persson", "deputy director of public prosecution"},
		{"title_of_a_body", "The agency's acting director, Tom Reed, said it would comply.", "Tom Reed", "acting director"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, "2024-05-10")
			for _, x := range a.Actors {
				if x.Name == tt.person {
					if x.Role != tt.role {
						t.Errorf("role of %s = %q, want %q", tt.person, x.Role, tt.role)
					}
					return
				}
			}
			t.Errorf("no actor %q in %+v", tt.person, a.Actors)
		})
	}
}
