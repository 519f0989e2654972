package event_test

import (
	"testing"

	"parley"
)

// TestAmountsBeforeTheObject checks that a count's lead ("at least",
// "up to") before the people an act hits is read as part of the amount,
// not as a preposition that ends the object.
func TestCountLeadsBeforeTheObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"killed_at_least_a_number_of_fighters", "2024-03-04",
			"Nigerian soldiers killed at least 20 Boko Haram militants on Saturday.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Boko Haram", date: "2024-03-02"}}},
		{"killed_at_least_with_place_and_attribution", "2024-03-04",
			"Nigerian troops killed at least 20 Boko Haram fighters in an operation in Borno state on Saturday, the army said.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Boko Haram", date: "2024-03-02"}}},
		{"arrested_at_least_a_number_of_people", "2024-03-04",
			"Israeli forces arrested at least 12 Palestinians in the West Bank on Saturday.",
			[]want{{typ: parley.Coerce, source: "Israel Defense Forces", target: "Palestine"}}},
	})
}

// TestEnvoysOfEveryRank checks envoys whose post takes more than one
// word between their state and its noun ("deputy high commissioner",
// "defence attaché"), expelled or summoned.
func TestEnvoysOfEveryRank(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_a_high_commissioner", "2024-03-04",
			"Pakistan expelled India's high commissioner on Thursday.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "India", date: "2024-02-29"}}},
		{"expelled_a_deputy_high_commissioner_and_accused_him", "2024-03-04",
			"Pakistan expelled India's deputy high commissioner on Thursday, accusing him of espionage.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "India"}, {typ: parley.Accuse, source: "Pakistan", target: "India"}}},
		{"expelled_a_defence_attache", "2024-03-04",
			"Pakistan expelled India's defence attache on Thursday.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "India"}}},
		// The summoned envoy named in apposition stays the target, as
		// with an ambassador, whatever his post's name.
		{"summoned_high_commissioner_named_after_his_post", "2008-12-02",
			"On Monday the Indian government summoned Pakistan's High Commissioner in Delhi, Shahid Malik, and handed him a letter.",
			[]want{{typ: parley.Accuse, source: "India", target: "Shahid Malik", date: "2008-12-01"}}},
	})
}

// TestPapersHandedOver checks "handed over" with a protest note or
// other papers as its object: a protest is lodged; papers free no one.
func TestPapersHandedOver(t *testing.T) {
	runEventCases(t, []eventCase{
		{"handed_over_a_protest_note", "2024-06-05",
			"Bangladesh on Sunday handed over a protest note to the Indian envoy over the killing of a Bangladeshi national.",
			[]want{{typ: parley.Accuse, source: "Bangladesh", target: "India", date: "2024-06-02"}}},
		{"hostages_handed_over_are_still_freed", "2024-06-05",
			"Hamas handed over three Israeli hostages to the Red Cross.",
			[]want{{typ: parley.Retreat, source: "Hamas", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		{"handed_over_a_protest_note_frees_no_one", "2024-06-05",
			"Bangladesh on Sunday handed over a protest note to the Indian envoy over the killing of a Bangladeshi national.",
			want{typ: parley.Retreat}},
		{"handed_over_a_dossier_frees_no_one", "2024-06-05",
			"Pakistan handed over a dossier on the attacks to India.",
			want{typ: parley.Retreat}},
		{"handed_over_a_message_frees_no_one", "2024-06-05",
			"The Iranian envoy handed over a message to the Saudi foreign minister.",
			want{typ: parley.Retreat}},
	})
}

// TestEnvoyPostsWithOf checks an envoy's post written "the Ambassador of
// Indonesia": a meeting is with the envoy named in apposition, as with
// "Indonesia's ambassador, …"; unnamed, the envoy is his state.
func TestEnvoyPostsWithOf(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_the_ambassador_of_a_state", "2024-06-07",
			"Foreign Minister Vivian Balakrishnan received the Ambassador of Indonesia on 3 June.",
			[]want{{typ: parley.Consult, source: "Indonesia", target: "Vivian Balakrishnan", date: "2024-06-03"}}},
		{"received_the_ambassador_of_a_state_named_after", "2024-06-07",
			"Foreign Minister Vivian Balakrishnan received the Ambassador of Indonesia, H.E. Suryo Pratomo, on 3 June.",
			[]want{{typ: parley.Consult, source: "Suryo Pratomo", target: "Vivian Balakrishnan", date: "2024-06-03"}}},
		{"met_the_ambassador_of_a_state_named_after", "2024-06-07",
			"Foreign Minister Vivian Balakrishnan met the Ambassador of Indonesia, Suryo Pratomo, on 3 June.",
			[]want{{typ: parley.Consult, source: "Vivian Balakrishnan", target: "Suryo Pratomo", date: "2024-06-03"}}},
		{"courtesy_call_from_the_ambassador_of_a_state", "2024-06-07",
			"Foreign Minister Vivian Balakrishnan received a courtesy call from the Ambassador of Indonesia, Suryo Pratomo, on 3 June.",
			[]want{{typ: parley.Consult, source: "Vivian Balakrishnan", target: "Suryo Pratomo", date: "2024-06-03"}}},
		{"recalled_its_ambassador_from_a_capital", "2024-06-07",
			"Turkey accused Sweden. Morocco recalled its ambassador from Algiers on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Morocco", target: "Algeria", date: "2024-06-04"}}},
	})
}

// TestPrivateTravelIsNoVisit checks that refugees, activists and other
// private people who travel somewhere pay no visit to its government,
// while lawmakers still do.
func TestPrivateTravelIsNoVisit(t *testing.T) {
	runNotCases(t, []notCase{
		{"refugees_travelled_to_a_state", "2024-06-07",
			"Thousands of Syrian refugees travelled to Turkey last year.",
			want{typ: parley.Consult}},
		{"activists_travelled_to_a_capital", "2024-06-07",
			"Tanzania deported two Kenyan activists who had travelled to Dar es Salaam to attend a trial.",
			want{typ: parley.Consult}},
	})
	runEventCases(t, []eventCase{
		{"lawmakers_travelled_to_a_state", "2024-06-07",
			"A delegation of Kenyan lawmakers travelled to Tanzania on Sunday.",
			[]want{{typ: parley.Consult, source: "Kenyan lawmakers", target: "Tanzania", date: "2024-06-02"}}},
	})
}

// TestProtestsFromGovernments checks protests a deed drew from
// governments: complaints aimed at the doer, while protests from students
// stay demonstrations.
func TestProtestsFromGovernments(t *testing.T) {
	runEventCases(t, []eventCase{
		{"prompting_protests_from_two_capitals", "2024-10-22",
			"Since 2014, Beijing has built seven artificial islands in the Spratlys, prompting repeated protests from Manila and Hanoi.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China"}, {typ: parley.Accuse, source: "Vietnam", target: "China"}}},
		{"drawing_protests_from_a_capital", "2024-10-22",
			"China built islands, drawing protests from Manila.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China"}}},
	})
	runNotCases(t, []notCase{
		{"protests_from_a_government_are_no_demonstration", "2024-10-22",
			"China built islands, drawing protests from Manila.",
			want{typ: parley.Protest}},
	})
}

// TestHarassment checks "harassed" as coercion short of force, of ships,
// aircraft or people.
func TestHarassment(t *testing.T) {
	runEventCases(t, []eventCase{
		{"vessels_harassed_a_ship", "2024-10-22",
			"Chinese vessels harassed a Philippine ship near Sabina Shoal on Monday.",
			[]want{{typ: parley.Coerce, source: "China", target: "Philippines", date: "2024-10-21"}}},
		{"jets_harassed_a_drone", "2024-10-22",
			"Russian jets harassed a US drone over Syria.",
			[]want{{typ: parley.Coerce, source: "Russia", target: "United States"}}},
	})
}

// TestAttacksCondemnedWithRelatives checks an attack condemned with a
// relative clause: the one who "carried out" or "launched" it is accused,
// the place it "targeted" is not.
func TestAttacksCondemnedWithRelatives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_attack_that_a_state_carried_out", "2025-05-21",
			"Egypt condemned the attack that Israel carried out in Gaza.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel"}}},
		{"the_kingdoms_condemnation", "2025-05-21",
			"The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia expresses the Kingdom's condemnation of the Israeli occupation forces' storming of the Al-Aqsa Mosque.",
			[]want{{typ: parley.Accuse, source: "Saudi Arabia", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		{"the_attack_that_targeted_a_place_in_a_state", "2025-05-21",
			"Egypt condemned the terrorist attack that targeted a police station in Pakistan.",
			want{typ: parley.Accuse, target: "Pakistan"}},
		{"the_bombing_which_killed_people_in_a_state", "2025-05-21",
			"Egypt condemned the bombing which killed 20 worshippers in Pakistan.",
			want{typ: parley.Accuse, target: "Pakistan"}},
	})
}

// TestPenaltiesLiftedAndTrucesEnded checks a penalty lifted whose
// imposition a participle tells ("lifted sanctions imposed on Niger": the
// lifter had imposed them), and a ceasefire suspended or ended with a
// party, while a war that "ended with a ceasefire" ends nothing.
func TestPenaltiesLiftedAndTrucesEnded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sanctions_lifted_were_the_lifters", "2024-11-28",
			"Venezuela closed its border. The Economic Community of West African States (ECOWAS) has lifted sanctions imposed on Niger following the coup.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Niger"}}},
		{"suspended_the_ceasefire_with_a_group", "2024-11-28",
			"President Gustavo Petro on Thursday suspended the ceasefire with the Clan del Golfo after the group attacked a military base.",
			[]want{{typ: parley.Sanction, source: "Gustavo Petro", target: "Clan del Golfo", date: "2024-11-28"}}},
		{"ended_the_ceasefire_with_a_group", "2024-11-28",
			"Petro ended the ceasefire with the ELN on Thursday.",
			[]want{{typ: parley.Sanction, source: "Gustavo Petro", target: "National Liberation Army"}}},
	})
	runNotCases(t, []notCase{
		{"a_war_that_ended_with_a_ceasefire", "2024-11-28",
			"Armenia and Azerbaijan fought a six-week war in 2020, which ended with a Russian-brokered ceasefire.",
			want{typ: parley.Sanction}},
		{"sanctions_lifted_were_not_the_stories_states", "2024-11-28",
			"Venezuela closed its border. The Economic Community of West African States (ECOWAS) has lifted sanctions imposed on Niger following the coup.",
			want{typ: parley.Sanction, source: "Venezuela"}},
	})
}

// TestPlaceOfAReportedAct checks that where a report was made is not
// where the act it reports was done.
func TestPlaceOfAReportedAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"officials_in_a_capital_said", "2024-11-11",
			"Officials in Seoul said North Korea had sent troops to Russia.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "Russia", place: "-"}}},
		{"the_act_keeps_its_own_place", "2024-11-11",
			"Officials in Seoul said North Korea had sent troops to Russia in Kursk.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "Russia", place: "Kursk"}}},
	})
}

// TestReadoutIdioms checks idioms of government readouts: "received in
// audience", aid "flagged off", and a leader's order to his own ministry,
// which is no act between two sides.
func TestReadoutIdioms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_in_audience", "2025-02-10",
			"President Bola Ahmed Tinubu on Monday in Abuja received in audience the visiting President of Guinea-Bissau, Umaro Sissoco Embalo.",
			[]want{{typ: parley.Consult, source: "Umaro Sissoco Embaló", target: "Bola Tinubu", date: "2025-02-10", place: "Abuja"}}},
		{"flagged_off_relief_food", "2025-02-10",
			"President William Ruto flagged off a consignment of relief food to Somalia.",
			[]want{{typ: parley.Aid, source: "William Ruto", target: "Somalia"}}},
	})
	runNotCases(t, []notCase{
		{"a_leader_directed_his_own_ministry", "2025-02-10",
			"Nigeria hosted the summit. President Museveni has directed the Ministry of Foreign Affairs to summon the British High Commissioner over remarks made by a British MP.",
			want{typ: parley.Request}},
		{"a_race_flagged_off", "2025-02-10",
			"The referee flagged off the race in Nairobi.",
			want{typ: parley.Aid}},
	})
}

// TestWelcomeReceived checks a ceremonial welcome a visitor received from
// a host or a host gave, while a welcome given to a plan is no visit.
func TestWelcomeReceived(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_a_warm_welcome_from_a_host", "2024-06-20",
			"Putin received a warm welcome from Kim Jong Un in Pyongyang.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Kim Jong Un", place: "Pyongyang"}}},
		{"gave_the_visitor_a_warm_welcome", "2024-06-20",
			"Kim Jong Un gave Putin a warm welcome.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Kim Jong Un"}}},
		{"was_given_a_red_carpet_welcome_by_the_host", "2024-06-20",
			"Putin was given a red-carpet welcome by Kim Jong Un at Pyongyang airport.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Kim Jong Un", place: "Pyongyang"}}},
	})
	runNotCases(t, []notCase{
		{"a_warm_welcome_to_a_plan", "2024-06-20",
			"The EU gave a warm welcome to the plan.",
			want{typ: parley.Consult}},
	})
}

// TestEnvoyPostsWithOfAsObjects checks "the chargé d'affaires of
// Switzerland" and "the Deputy Ambassador of Estonia" summoned or
// expelled: their states.
func TestEnvoyPostsWithOfAsObjects(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summoned_the_charge_of_a_state", "2025-03-15",
			"Iran summoned the charge d'affaires of Switzerland, which represents U.S. interests in Tehran.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Switzerland"}}},
		{"expelled_the_deputy_ambassador_of_a_state", "2025-03-15",
			"Russia expelled the Deputy Ambassador of Estonia.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Estonia"}}},
		{"congratulated_the_new_president", "2025-03-15",
			"Iranian President Masoud Pezeshkian congratulated Lebanon's new president Joseph Aoun on his election.",
			[]want{{typ: parley.Support, source: "Masoud Pezeshkian", target: "Joseph Aoun"}}},
	})
}

// TestCallKeepsNoPlace checks that a call merged with a later sentence
// about it takes no place from that sentence.
func TestCallKeepsNoPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{"briefed_on_a_trip_after_a_call", "2025-03-15",
			"Iran's Foreign Minister Abbas Araghchi and his Omani counterpart Badr Albusaidi discussed the latest regional developments in a telephone conversation on Saturday. Araghchi briefed Albusaidi on the outcome of his recent trip to Beijing.",
			[]want{{typ: parley.Consult, source: "Abbas Araghchi", target: "Badr Albusaidi", medium: parley.Phone, place: "-"}}},
	})
}

// TestSecondVerbAfterANounCompound checks a second verb sharing the
// first one's subject past "the US arms sale", whose plural is no verb.
func TestSecondVerbAfterANounCompound(t *testing.T) {
	runEventCases(t, []eventCase{
		{"opposes_the_arms_sale_and_has_lodged", "2024-11-11",
			"China firmly opposes the US arms sale to Taiwan and has lodged stern representations with Washington.",
			[]want{{typ: parley.Accuse, source: "China", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		{"the_sale_lodged_nothing", "2024-11-11",
			"China firmly opposes the US arms sale to Taiwan and has lodged stern representations with Washington.",
			want{typ: parley.Accuse, source: "United States"}},
	})
}
