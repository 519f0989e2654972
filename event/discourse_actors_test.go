package event_test

import (
	"testing"

	"parley"
)

// TestCraftsToldBefore checks "the jet", "the vessels" standing for the
// state whose military craft the sentence before told of.
func TestCraftsToldBefore(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_jet_is_the_bombers_state", "2024-05-10",
			"Turkish F-16 fighters shot down a Russian bomber near the Syrian border on Tuesday.\n\nThe Turkish General Staff said the jet had violated Turkish airspace.",
			[]want{{typ: parley.Accuse, source: "Turkish General Staff", target: "Russia"}}},
		{"the_ship_asked_to_leave", "2024-05-10",
			"A Chinese survey ship entered Vietnam's exclusive economic zone on Monday.\n\nHanoi demanded that the ship leave immediately.",
			[]want{{typ: parley.Request, source: "Vietnam", target: "China"}}},
		{"the_vessels_accused", "2024-05-10",
			"Chinese coast guard ships blocked two Philippine supply boats near Second Thomas Shoal on Saturday.\n\nManila accused the vessels of dangerous manoeuvres.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China Coast Guard"}}},
		{"the_destroyer_accused", "2024-05-10",
			"A Chinese navy destroyer came within 150 metres of a US warship in the Taiwan Strait on Saturday.\n\nWashington accused the destroyer of an unsafe manoeuvre.",
			[]want{{typ: parley.Accuse, source: "United States", target: "People's Liberation Army Navy"}}},
		{"the_helicopter_said_to_violate_airspace", "2024-05-10",
			"A Belarusian military helicopter flew into Polish airspace on Tuesday.\n\nWarsaw said the helicopter had violated Polish airspace.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Armed Forces of Belarus"}}},
	})
	runNotCases(t, []notCase{
		// The owner named in the sentence is its subject, not the craft's.
		{"own_ship_released", "2024-05-10",
			"Iranian forces seized a Greek navy patrol boat in the Gulf of Oman on Monday.\n\nAthens demanded the release of the boat.",
			want{typ: parley.Request, source: "Greece", target: "Greece"}},
		// A merchant ship is no state's craft.
		{"a_tanker_is_no_states", "2024-05-10",
			"Iranian forces seized a Greek tanker in the Gulf of Oman on Monday.\n\nIran said the ship had violated maritime rules.",
			want{typ: parley.Accuse, source: "Iran", target: "Greece"}},
		// Some of the drones, shot down by whoever acts.
		{"dozens_of_the_drones", "2024-05-10",
			"Iran launched more than 300 drones and missiles at Israel on Saturday.\n\nUnited States and British forces helped shoot down dozens of the drones, officials said.",
			want{typ: parley.Aid, source: "United States", target: "Iran"}},
		// Two owners of aircraft: the jets are the Russian ones only by number.
		{"two_owners_one_number", "2024-05-10",
			"Russian fighter jets intercepted a US surveillance drone over the Black Sea on Tuesday.\n\nThe Pentagon accused the drone of flying too close.",
			want{typ: parley.Accuse, source: "United States Department of Defense", target: "Russia"}},
	})
}

// TestNextSitting checks a sitting of talks told as to come, naming no
// one: the parties of the talks told just before, planned.
func TestNextSitting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"negotiations_will_continue", "2024-05-10",
			"Armenia and Azerbaijan held talks in Almaty on Friday on a peace treaty.\n\nThe negotiations will continue in Washington next month.",
			[]want{{typ: parley.Consult, source: "Armenia", target: "Azerbaijan", status: parley.Planned, date: "2024-06", place: "Washington"}}},
		{"next_round_will_be_held", "2024-05-10",
			"Serbian and Kosovo negotiators met in Brussels on Tuesday under EU mediation.\n\nThe next round of talks will be held in Brussels in June.",
			[]want{{typ: parley.Consult, source: "Serbia", target: "Kosovo", status: parley.Planned, date: "2024-06"}}},
		{"talks_due_to_resume", "2024-05-10",
			"Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in Nairobi on Wednesday.\n\nTalks are due to resume in Mogadishu on May 20.",
			[]want{{typ: parley.Consult, source: "Hassan Sheikh Mohamud", target: "William Ruto", status: parley.Planned, date: "2024-05-20"}}},
		{"talks_will_move", "2024-05-10",
			"Colombia's government and the National Liberation Army opened a new round of peace talks in Caracas on Monday.\n\nThe talks will move to Mexico City next month.",
			[]want{{typ: parley.Consult, source: "Colombia", target: "National Liberation Army", status: parley.Planned, date: "2024-06"}}},
		{"second_round_scheduled_for", "2024-05-10",
			"US and Iranian negotiators held indirect talks in Muscat on Saturday, Oman's foreign ministry said.\n\nA second round is scheduled for May 18 in Rome.",
			[]want{{typ: parley.Consult, source: "United States", target: "Iran", status: parley.Planned, date: "2024-05-18"}}},
	})
	runNotCases(t, []notCase{
		// Only on a condition: not planned.
		{"resume_only_if", "2024-05-10",
			"Armenia and Azerbaijan held talks in Almaty on Friday on a peace treaty.\n\nThe negotiations will resume only if the shelling stops.",
			want{typ: parley.Consult, source: "Armenia", target: "Azerbaijan", status: parley.Planned}},
		// What the talks will treat is no sitting.
		{"talks_will_focus", "2024-05-10",
			"Armenia and Azerbaijan held talks in Almaty on Friday on a peace treaty.\n\nThe talks will focus on the border in June.",
			want{typ: parley.Consult, source: "Armenia", target: "Azerbaijan", status: parley.Planned}},
		// Talks that have not yet happened have no next sitting.
		{"no_talks_held_yet", "2024-05-10",
			"Armenia and Azerbaijan will hold talks in Almaty on Friday.\n\nThe talks will continue in Washington in June.",
			want{typ: parley.Consult, source: "Armenia", target: "Azerbaijan", status: parley.Planned, date: "2024-06"}},
	})
}

// TestPenaltyUndoneInThePassive checks a penalty named by its noun and
// undone in the passive: by its imposer, toward the one it hit.
func TestPenaltyUndoneInThePassive(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sanctions_were_lifted", "2024-05-10",
			"Canada imposed sanctions on five Iranian officials in January over the crackdown on protesters.\n\nThe sanctions were lifted in March after a prisoner exchange.",
			[]want{{typ: parley.Concede, source: "Canada", target: "Iran", date: "2024-03"}}},
		{"ban_was_lifted", "2024-05-10",
			"Russia banned imports of Georgian wine in 2006.\n\nThe ban was lifted in 2013.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Georgia"}}},
		{"tariffs_were_lifted", "2024-05-10",
			"China imposed tariffs of up to 218 percent on Australian wine in 2020.\n\nThe tariffs were lifted in March after a review, Australian officials said.",
			[]want{{typ: parley.Concede, source: "China", target: "Australia", date: "2024-03"}}},
		{"restrictions_were_eased", "2024-05-10",
			"Turkey closed its airspace to Armenian flights in 2021.\n\nThe restrictions were eased last year.",
			[]want{{typ: parley.Concede, source: "Turkey", target: "Armenia"}}},
		{"embargo_was_lifted_years_later", "2024-05-10",
			"The United States imposed an arms embargo on Vietnam in 1984.\n\nThe embargo was lifted in 2016 during a visit to Hanoi.",
			[]want{{typ: parley.Retreat, source: "United States", target: "Vietnam"}}},
	})
	runNotCases(t, []notCase{
		// Two penalties told: which one was lifted is unclear.
		{"two_penalties_told", "2024-05-10",
			"The United States imposed sanctions on Iran on Monday, and the EU imposed sanctions on Russia.\n\nThe sanctions were lifted a year later.",
			want{typ: parley.Concede, source: "United States", target: "Iran"}},
		// Sanctions not told before are no penalty of the story's.
		{"sanctions_not_told_before", "2024-05-10",
			"Canada accused Iran of abuses in January.\n\nSanctions were lifted in March.",
			want{typ: parley.Concede, source: "Canada", target: "Iran"}},
	})
}

// TestSignedAtTheMeeting checks a pact signed in the passive with no
// signer named, after a meeting of two: the two who met agree.
func TestSignedAtTheMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agreement_signed_at_the_end_of_talks", "2024-05-10",
			"Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday.\n\nA security agreement was signed at the end of the talks.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Hassan Sheikh Mohamud"}}},
		{"named_agreement_signed_next_day", "2024-05-10",
			"Japan and the Philippines held defence talks in Manila on Monday.\n\nThe Reciprocal Access Agreement was signed on Tuesday.",
			[]want{{typ: parley.Agree, source: "Japan", target: "Philippines", date: "2024-05-07"}}},
		{"agreements_signed_during_the_visit", "2024-05-10",
			"Indian Prime Minister Narendra Modi visited Abu Dhabi on Tuesday.\n\nEight agreements were signed during the visit, including one on a trade corridor.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "United Arab Emirates"}}},
		{"memorandum_signed", "2024-05-10",
			"Brazilian President Luiz Inacio Lula da Silva held talks with Argentine President Alberto Fernandez in Buenos Aires on Monday.\n\nA memorandum on a gas pipeline was also signed.",
			[]want{{typ: parley.Agree, source: "Luiz Inácio Lula da Silva", target: "Alberto Fernández"}}},
		{"treaty_signed_in_the_capital", "2024-05-10",
			"Vietnamese President To Lam received Russian President Vladimir Putin in Hanoi on Thursday.\n\nA treaty on nuclear energy was signed in Hanoi.",
			[]want{{typ: parley.Agree, source: "Vladimir Putin", target: "Tô Lâm"}}},
	})
	runNotCases(t, []notCase{
		// A pact signed years before is not the meeting's.
		{"pact_signed_before", "2024-05-10",
			"US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday.\n\nThe Paris climate agreement was signed in 2015.",
			want{typ: parley.Agree, source: "Antony Blinken", target: "Wang Yi"}},
		{"treaty_of_a_year", "2024-05-10",
			"Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.\n\nThe 2001 friendship treaty was signed in Moscow.",
			want{typ: parley.Agree, source: "Vladimir Putin", target: "Xi Jinping"}},
		// A meeting of three: which two signed is unclear.
		{"meeting_of_three", "2024-05-10",
			"Chinese Foreign Minister Wang Yi hosted his Iranian and Saudi counterparts in Beijing on Thursday.\n\nAn agreement was signed after the meeting.",
			want{typ: parley.Agree, source: "Hossein Amir-Abdollahian", target: "Wang Yi"}},
	})
}

// TestDenialSaid checks a charge answered by the accused saying the
// fact charged did not happen: a refusal aimed at the accuser.
func TestDenialSaid(t *testing.T) {
	runEventCases(t, []eventCase{
		{"foreign_office_said_not_used", "2024-05-10",
			"India accused Pakistan on Sunday of sheltering the militants.\n\nPakistan's foreign office said it had never sheltered any armed group.",
			[]want{{typ: parley.Reject, source: "Ministry of Foreign Affairs of Pakistan", target: "India"}}},
		{"ships_had_not_entered", "2024-05-10",
			"Indonesia accused China on Monday of violating its waters.\n\nBeijing said its ships had not entered Indonesian waters.",
			[]want{{typ: parley.Reject, source: "China", target: "Indonesia"}}},
		{"was_not_planning", "2024-05-10",
			"The United States accused Russia of developing a satellite weapon.\n\nMoscow said it was not planning any such weapon.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United States"}}},
		{"had_never_armed", "2024-05-10",
			"Kenya accused Somalia of arming militias along the border.\n\nMogadishu said it had never armed any group.",
			[]want{{typ: parley.Reject, source: "Somalia", target: "Kenya"}}},
		{"replied_had_not", "2024-05-10",
			"Poland accused Belarus on Tuesday of pushing migrants across the border.\n\nMinsk replied that its guards had not pushed anyone across the border.",
			[]want{{typ: parley.Reject, source: "Belarus", target: "Poland"}}},
	})
	runNotCases(t, []notCase{
		// A third party's doubt is no denial of its own.
		{"third_party_says_not", "2024-05-10",
			"India accused Pakistan on Sunday of sheltering the militants.\n\nThe United States said it had not seen the evidence.",
			want{typ: parley.Reject, source: "United States", target: "India"}},
		// A fact not done that takes up nothing of the charge is no denial.
		{"said_not_of_something_else", "2024-05-10",
			"Indonesia accused China on Monday of violating its waters.\n\nBeijing said it had not received a formal protest.",
			want{typ: parley.Reject, source: "China", target: "Indonesia"}},
	})
}

// TestStateAnswersTheOrgansState checks a state denying a charge made by
// another state's organ: the denial answers that state.
func TestStateAnswersTheOrgansState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"general_staff_answered_as_turkey", "2024-05-10",
			"The Turkish General Staff said a Russian jet had violated Turkish airspace.\n\nMoscow insisted the aircraft had never left Syrian airspace.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Turkey"}}},
		{"foreign_ministry_answered_as_china", "2024-05-10",
			"China's foreign ministry accused the Philippines on Monday of ramming a coast guard ship.\n\nManila insisted its boats had never rammed any vessel.",
			[]want{{typ: parley.Reject, source: "Philippines", target: "China"}}},
		{"defence_ministry_answered_as_russia", "2024-05-10",
			"Russia's defence ministry accused Ukraine on Monday of shelling the nuclear plant.\n\nKyiv said it had never shelled the plant.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Russia"}}},
		{"interior_ministry_answered_as_kenya", "2024-05-10",
			"Kenya's interior ministry accused Somalia of arming militias along the border.\n\nMogadishu maintained that it had never armed any militia.",
			[]want{{typ: parley.Reject, source: "Somalia", target: "Kenya"}}},
		{"defence_ministry_answered_as_japan", "2024-05-10",
			"Japan's defence ministry accused China on Monday of flying drones near Okinawa.\n\nBeijing insisted its drones had never entered Japanese airspace.",
			[]want{{typ: parley.Reject, source: "China", target: "Japan"}}},
	})
	runNotCases(t, []notCase{
		// A rights group speaks for no state.
		{"rights_group_is_no_state", "2024-05-10",
			"Human Rights Watch accused Egypt of torturing detainees.\n\nCairo insisted it had never tortured anyone.",
			want{typ: parley.Reject, source: "Egypt", target: "United States"}},
	})
}
