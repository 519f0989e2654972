package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs12Events checks the reported bugs of the twentieth session's
// twelfth helper: each case names the events the text must yield.
func TestReportedBugs12Events(t *testing.T) {
	runEventCases(t, []eventCase{
		// One site of a state struck, named by the state's word.
		{"attacked_a_refinery_with_attribution", "2024-05-10",
			"Ukraine attacked a Russian refinery, Kyiv said.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia"}}},
		{"drones_hit_an_oil_depot", "2024-05-10",
			"Ukrainian drones hit a Russian oil depot overnight, officials said.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia"}}},
		{"struck_a_gas_facility", "2024-05-10",
			"Russia struck a Ukrainian gas facility on Thursday.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-05-09"}}},
		{"bombed_a_weapons_factory", "2024-05-10",
			"Israel bombed an Iranian weapons factory, the army said.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Iran"}}},
		{"shelled_an_airfield", "2024-05-10",
			"Azerbaijan shelled an Armenian airfield, Yerevan said on Monday.",
			[]want{{typ: parley.Assault, source: "Azerbaijan", target: "Armenia"}}},
		// A plural demand noun after a verb that makes or repeats it: the subject's own.
		{"renewed_calls_for_a_state_to_act", "2024-05-10",
			"Jordan renewed calls for Israel to halt its offensive.",
			[]want{{typ: parley.Request, source: "Jordan", target: "Israel"}}},
		{"repeated_demands_for_a_state_to_act", "2024-05-10",
			"Germany repeated demands for Russia to withdraw its troops.",
			[]want{{typ: parley.Request, source: "Germany", target: "Russia"}}},
		{"has_renewed_requests", "2024-05-10",
			"Ukraine has renewed requests for Germany to send more air defence systems.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Germany"}}},
		// A resignation turned down: aimed at the one who offered it, though of the same side.
		{"refused_to_accept_the_resignation_of", "2024-05-10",
			"Abbas refused to accept the resignation of Prime Minister Mohammad Shtayyeh.",
			[]want{{typ: parley.Reject, source: "Mahmoud Abbas", target: "Mohammad Shtayyeh"}}},
		{"declined_to_accept_a_possessive_resignation", "2024-05-10",
			"Biden declined to accept Lloyd Austin's resignation on Tuesday.",
			[]want{{typ: parley.Reject, source: "Joe Biden", target: "Lloyd Austin", date: "2024-05-07"}}},
		{"rejected_the_resignation_of", "2024-05-10",
			"Tokayev rejected the resignation of Alikhan Smailov.",
			[]want{{typ: parley.Reject, source: "Kassym-Jomart Tokayev", target: "Alikhan Smailov"}}},
		// A capital's possessive measure after "an end to": the capital's government imposed it.
		{"end_to_a_capitals_embargo", "2024-05-10",
			"Brazil called for an end to Washington's embargo on Cuba.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Cuba"}, {typ: parley.Request, source: "Brazil", target: "United States"}}},
		{"lifting_of_a_capitals_sanctions", "2024-05-10",
			"Mexico demanded an end to Washington's sanctions on Venezuela.",
			[]want{{typ: parley.Request, source: "Mexico", target: "United States"}}},
		// An armed band of a people is a group of its own, not the state.
		{"a_peoples_militia_attacks", "2024-05-10",
			"Somali militia attacked Kenyan troops on Tuesday.",
			[]want{{typ: parley.Assault, source: "Somali militia", target: "Kenya Defence Forces", date: "2024-05-07"}}},
		{"a_peoples_militias_attack_a_state", "2024-05-10",
			"Congolese militias attacked Rwandan troops near the border.",
			[]want{{typ: parley.Assault, source: "Congolese militias", target: "Rwanda Defence Force"}}},
		{"gunmen_killed", "2024-05-10",
			"Kenyan troops killed Somali gunmen.",
			[]want{{typ: parley.Assault, source: "Kenya Defence Forces", target: "Somali gunmen"}}},
		// A person named after a descriptor noun that follows a verb taking people.
		{"freed_the_blogger", "2024-05-10",
			"Hanoi freed the blogger Pham Doan Trang.",
			[]want{{typ: parley.Retreat, source: "Vietnam", target: "Pham Doan Trang"}}},
		{"detained_the_photographer_on_a_day", "2024-05-10",
			"Minsk detained the photographer Ihar Losik on Monday.",
			[]want{{typ: parley.Coerce, source: "Belarus", target: "Ihar Losik", date: "2024-05-06"}}},
		{"jailed_journalist_without_article", "2024-05-10",
			"Tehran jailed journalist Niloofar Hamedi.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "Niloofar Hamedi"}}},
		// A threat naming no one answers whoever just wronged the speaker's side, not the one met.
		{"countermeasures_answer_the_sanctioner_not_the_guest", "2024-05-10",
			"Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday. Washington imposed new sanctions on Chinese firms last week. Wang said China would take countermeasures.",
			[]want{{typ: parley.Threaten, source: "Wang Yi", target: "United States"}}},
		{"would_respond_answers_the_expeller_not_the_caller", "2024-05-10",
			"Erdogan spoke by phone with Putin on Tuesday. Greece expelled two Turkish diplomats on Monday. Erdogan said Turkey would respond.",
			[]want{{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Greece"}}},
		// The name after "but" and a verb is that verb's object, no body the possessor owns.
		{"welcomed_a_possessors_role_but_urged_another", "2024-05-10",
			"Spain praised Egypt's role but urged Hamas to free the hostages.",
			[]want{{typ: parley.Support, source: "Spain", target: "Egypt"}, {typ: parley.Request, source: "Spain", target: "Hamas"}}},
	})
}

// TestReportedBugs12Not checks readings the reported bugs gave that must not
// come back.
func TestReportedBugs12Not(t *testing.T) {
	runNotCases(t, []notCase{
		// A place after a deed's victims is where they were, not who is condemned.
		{"attack_on_peacekeepers_in_a_state", "2024-05-10",
			"The Security Council condemned the attack on peacekeepers in Mali.",
			want{typ: parley.Accuse, target: "Mali"}},
		{"killing_of_aid_workers_in_a_place", "2024-05-10",
			"Spain condemned the killing of aid workers in Sudan on Monday.",
			want{typ: parley.Accuse, target: "Sudan"}},
		{"assault_on_reporters_in_a_state", "2024-05-10",
			"The European Union denounced the assault on reporters in Georgia.",
			want{typ: parley.Accuse, target: "Georgia"}},
		{"attack_on_troops_in_a_state", "2024-05-10",
			"Washington condemned the attack on American troops in Syria.",
			want{typ: parley.Accuse, target: "Syria"}},
		{"rejected_calls_are_not_the_subjects_own", "2024-05-10",
			"Egypt rejected calls for Israel to halt its offensive.",
			want{typ: parley.Request, source: "Egypt"}},
		{"ignored_demands_are_not_the_subjects_own", "2024-05-10",
			"Japan ignored demands for China to release the crew.",
			want{typ: parley.Request, source: "Japan"}},
		{"a_resignation_accepted_is_no_rejection", "2024-05-10",
			"Biden accepted the resignation of Lloyd Austin.",
			want{typ: parley.Reject}},
		{"calls_for_a_resignation_rejected_are_not_aimed_at_the_one_to_go", "2024-05-10",
			"Biden rejected calls for the resignation of Lloyd Austin.",
			want{typ: parley.Reject, target: "Lloyd Austin"}},
		{"the_caller_imposes_no_embargo", "2024-05-10",
			"Bolivia called for an end to Washington's embargo on Cuba.",
			want{typ: parley.Sanction, source: "Bolivia"}},
		{"a_militia_is_not_its_state", "2024-05-10",
			"A Somali militia attacked Kenyan troops.",
			want{typ: parley.Assault, source: "Somalia"}},
		{"countermeasures_not_aimed_at_the_guest", "2024-05-10",
			"Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday. Washington imposed new sanctions on Chinese firms last week. Wang said China would take countermeasures.",
			want{typ: parley.Threaten, target: "Sergey Lavrov"}},
		{"the_praise_is_not_aimed_at_the_one_urged", "2024-05-10",
			"Germany welcomed Qatar's mediation but urged Hamas to free the hostages.",
			want{typ: parley.Support, target: "Hamas"}},
		{"a_private_factory_opened_is_no_act_on_a_state", "2024-05-10",
			"Tesla opened a Chinese factory.",
			want{typ: parley.Assault}},
	})
}

// TestReportedBugs12Kept checks readings next to the fixed ones that must stay.
func TestReportedBugs12Kept(t *testing.T) {
	runEventCases(t, []eventCase{
		{"reiterated_calls_with_a_day", "2024-05-10",
			"Turkey on Monday reiterated calls for Sweden to extradite the suspects.",
			[]want{{typ: parley.Request, source: "Turkey", target: "Sweden", date: "2024-05-06"}}},
		{"a_readout_threat_still_aimed_at_the_one_spoken_with", "2024-05-10",
			"Biden spoke with Putin by phone on Tuesday. He made clear that the United States would respond with strong measures.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Vladimir Putin"}}},
		{"a_possessors_body_named_after_it_still_found", "2024-05-10",
			"Kyiv asked the European Union's border agency Frontex for help.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Frontex"}}},
		{"hailed_a_possessors_decision_but_urged_the_alliance", "2024-05-10",
			"Poland hailed Germany's decision on Thursday but urged NATO to go further.",
			[]want{{typ: parley.Support, source: "Poland", target: "Germany", date: "2024-05-09"}}},
		{"violence_in_a_state_still_condemned", "2024-05-10",
			"Qatar condemned the violence in Sudan.",
			[]want{{typ: parley.Accuse, source: "Qatar", target: "Sudan"}}},
		{"attack_by_a_named_doer_on_victims_in_a_state", "2024-05-10",
			"Germany condemned the attack by Hamas on civilians in Israel.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Hamas"}}},
		{"an_adjective_doer_before_the_attack", "2024-05-10",
			"Turkey condemned the Israeli attack on civilians in Gaza.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Israel"}}},
	})
}
