package event_test

import (
	"testing"

	"parley"
)

// TestAndOpensAnotherClause checks that "and" before a new subject and
// its verb ends the clause of the act before it: that subject is no
// object of the first verb.
func TestAndOpensAnotherClause(t *testing.T) {
	runNotCases(t, []notCase{
		{"blocked_then_another_attacked", "2024-05-10",
			"Hungary blocked the deal and Russia attacked Ukraine.",
			want{typ: parley.Reject, source: "Hungary"}},
		{"rejected_then_another_criticised", "2024-05-10",
			"Poland rejected the plan and Germany criticised France.",
			want{typ: parley.Reject, source: "Poland"}},
		{"vetoed_then_another_imposed", "2024-05-10",
			"Austria vetoed the proposal and the EU later imposed sanctions on Iran.",
			want{typ: parley.Reject, source: "Austria"}},
		{"refused_then_another_struck", "2023-10-10",
			"Qatar refused the offer and Israel struck Gaza City.",
			want{typ: parley.Reject, source: "Qatar"}},
	})
}

// TestThreatsWithoutThat checks that an act a subject "warned" or
// "vowed" it would do, with the "that" left out, or one promised on
// "any" who does something, is a threat made when said, not a planned
// act.
func TestThreatsWithoutThat(t *testing.T) {
	runEventCases(t, []eventCase{
		{"warned_it_would_strike", "2024-05-10",
			"Iran warned it would strike Israel.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel", status: parley.Occurred}}},
		{"warned_it_could_launch_strikes", "2024-05-10",
			"Pyongyang warned it could launch strikes on South Korea.",
			[]want{{typ: parley.Threaten, source: "North Korea", target: "South Korea"}}},
		{"warned_he_would_veto", "2024-05-10",
			"Erdogan warned he would veto Sweden's bid.",
			[]want{{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Sweden"}}},
		{"said_it_would_fire_on_any_ship_entering", "2024-05-10",
			"Iran said it would fire on any American ship entering its waters.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United States", status: parley.Occurred}}},
		{"will_strike_any_position_that", "2024-05-10",
			"Israel will strike any Hezbollah position that threatens its towns.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Hezbollah"}}},
		{"attack_any_base_used_by", "2024-05-10",
			"Iran will attack any US base used by Israel.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United States", status: parley.Occurred}}},
		{"attack_any_vessel_entering", "2024-05-10",
			"China said it would attack any Taiwanese vessel entering the zone.",
			[]want{{typ: parley.Threaten, source: "China", target: "Taiwan"}}},
	})
	runNotCases(t, []notCase{
		{"warned_they_would_target_is_no_planned_strike", "2024-05-10",
			"The Houthis warned they would target US warships.",
			want{typ: parley.Assault}},
		{"warned_it_would_strike_is_no_planned_strike", "2024-05-10",
			"Iran warned it would strike Israel.",
			want{typ: parley.Assault}},
		// A strike told as done stays an assault.
		{"struck_positions_is_no_threat", "2024-05-10",
			"Israel struck Hezbollah positions in Lebanon on Monday.",
			want{typ: parley.Threaten}},
	})
}

// TestCrowdsCharging checks that a crowd that accuses or blames someone
// of a deed accuses, while one that only denounces protests.
func TestCrowdsCharging(t *testing.T) {
	runEventCases(t, []eventCase{
		{"protesters_accused_of", "2024-05-10",
			"Protesters accused Modi of betraying farmers.",
			[]want{{typ: parley.Accuse, source: "Indian protesters", target: "Narendra Modi"}}},
		{"thousands_of_protesters_accused", "2024-05-10",
			"Thousands of protesters accused Netanyahu of abandoning the hostages.",
			[]want{{typ: parley.Accuse, source: "Israeli protesters", target: "Benjamin Netanyahu"}}},
		{"demonstrators_blamed_for", "2024-05-10",
			"Demonstrators in Tbilisi blamed Russia for the law.",
			[]want{{typ: parley.Accuse, source: "Georgian demonstrators", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		// Said while marching: the march is the one record.
		{"marched_and_accused_is_one_protest", "2024-05-10",
			"Protesters marched through Tbilisi on Sunday and accused the government of serving Moscow.",
			want{typ: parley.Accuse}},
	})
}

// TestChargeCalledFalse checks that calling a charge false ("called the
// accusations baseless") refuses it, aimed at whoever made it.
func TestChargeCalledFalse(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_the_accusations_baseless", "2024-05-10",
			"Russia accused Poland of spying. Warsaw called the accusations baseless.",
			[]want{{typ: parley.Reject, source: "Poland", target: "Russia"}}},
		{"called_the_claims_false", "2024-05-10",
			"China accused Manila of provocations. The Philippines called the claims false.",
			[]want{{typ: parley.Reject, source: "Philippines", target: "China"}}},
		{"described_the_accusations_as_lies", "2024-05-10",
			"Kyiv blamed Moscow for the blast. The Kremlin described the accusations as lies.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
		{"called_the_owners_claims_absurd", "2024-05-10",
			"The Kremlin called Ukraine's claims absurd.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
		{"branded_the_allegations_by_a_fabrication", "2024-05-10",
			"Lavrov branded the allegations by London a fabrication.",
			[]want{{typ: parley.Reject, source: "Sergey Lavrov", target: "United Kingdom"}}},
	})
	runNotCases(t, []notCase{
		{"called_the_allegations_absurd_is_no_accusation", "2024-05-10",
			"Iran accused Israel of the attack. Israel called the allegations absurd.",
			want{typ: parley.Accuse, source: "Israel"}},
	})
}

// TestNextDayWithNoDayTold checks that an act told in the past "the next
// day", with no day told before to count from, is done, not planned for
// the day after the paper.
func TestNextDayWithNoDayTold(t *testing.T) {
	runEventCases(t, []eventCase{
		{"struck_the_next_day_after_a_veto", "2024-05-10",
			"The US vetoed a resolution, and Israel struck Rafah the next day.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", status: parley.Occurred, date: "-"}}},
		{"shelled_the_day_after", "2024-05-10",
			"Russia shelled Kharkiv the day after.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", status: parley.Occurred, date: "-"}}},
		{"expelled_the_following_day", "2024-05-10",
			"Moscow expelled two Estonian diplomats the following day.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Estonia", status: parley.Occurred, date: "-"}}},
	})
}

// TestItAfterAndIsTheSubject checks that "it" opening a second clause
// after ", and" is the first clause's subject (the body a possessive
// names, too), not listed with the name right before it, and that a
// measure's own author is its target.
func TestItAfterAndIsTheSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"council_overturned_and_it_annulled", "2024-05-10",
			"Senegal's Constitutional Council overturned the postponement requested by the National Assembly, and it annulled a decree by Macky Sall.",
			[]want{{typ: parley.Sanction, source: "Constitutional Council", target: "Macky Sall"}}},
		{"council_overturned_and_annulled", "2024-05-10",
			"The Constitutional Council overturned the postponement requested by the National Assembly and annulled a decree by Macky Sall.",
			[]want{{typ: parley.Sanction, source: "Constitutional Council", target: "Macky Sall"}}},
	})
	runNotCases(t, []notCase{
		{"the_name_before_and_it_is_no_subject", "2024-05-10",
			"Senegal's Constitutional Council overturned the postponement requested by the National Assembly, and it annulled a decree by Macky Sall.",
			want{typ: parley.Sanction, source: "National Assembly"}},
		{"court_and_it_suspended", "2024-05-10",
			"Brazil's Supreme Court rejected an appeal by the Senate, and it suspended a decree by Lula.",
			want{typ: parley.Sanction, target: "Luiz Inácio Lula da Silva", source: "United States Senate"}},
	})
}

// TestPartOfAnActor checks that "a unit of", "members of" an actor as the
// direct object is that actor.
func TestPartOfAnActor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"blamed_a_unit_of", "2024-05-10",
			"Berlin blamed a unit of Russia's GRU for the hack.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia"}}},
		{"blamed_a_unit_of_an_army", "2024-05-10",
			"Kyiv blamed a unit of Russia's army for the massacre.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Armed Forces of the Russian Federation"}}},
		{"sanctioned_a_unit_of", "2024-05-10",
			"Washington sanctioned a unit of Iran's Revolutionary Guards.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Islamic Revolutionary Guard Corps"}}},
	})
}

// TestNeighbourIsNoArmysState checks that a state named after "border
// with" is the neighbour, not the state of "the army" the story tells of.
func TestNeighbourIsNoArmysState(t *testing.T) {
	runNotCases(t, []notCase{
		{"army_sent_troops_to_the_border_with", "2024-05-10",
			"The army dispatched troops to the border with Haiti.",
			want{typ: parley.Mobilize, source: "Armed Forces of Haiti"}},
		{"army_deployed_soldiers_to_the_frontier_with", "2024-05-10",
			"The army deployed soldiers to the frontier with Somalia on Monday.",
			want{typ: parley.Mobilize, source: "Armed Forces of Somalia"}},
		{"army_named_before_is_not_the_neighbours", "2024-05-10",
			"Sudan's army said it had taken the town. The army dispatched troops to the border with Chad.",
			want{typ: parley.Mobilize, source: "Chadian National Army"}},
	})
}

// TestExpelledFromAPlace checks that envoys "expelled from" a capital or
// a state are expelled by that state, not by the story's main one.
func TestExpelledFromAPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_from_a_capital", "2024-05-10",
			"Ukrainian diplomats were expelled from Minsk.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Ukraine"}}},
		{"expelled_from_a_state", "2024-05-10",
			"Two Ukrainian diplomats were expelled from Belarus.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Ukraine"}}},
		{"expelled_from_a_capital_in_a_story_of_others", "2024-05-10",
			"Zelensky met Biden in Washington. Two Ukrainian diplomats were expelled from Minsk on Monday.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Ukraine", date: "2024-05-06"}}},
		{"polish_diplomats_expelled_from_russia", "2024-05-10",
			"Four Polish diplomats were expelled from Russia last week.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Poland"}}},
	})
	runNotCases(t, []notCase{
		// Sent home by their own capital: no expulsion of theirs.
		{"own_capital_expels_none", "2024-05-10",
			"Three Russian diplomats were expelled from Moscow.",
			want{typ: parley.Sanction, source: "Russia", target: "Russia"}},
	})
}

// TestWarningsAndOffersAboutNoOne checks that a warning of the harm a
// cause brings ("of climate change") takes no target from the meeting
// told before, and that a noun after "any" is an act not yet made.
func TestWarningsAndOffersAboutNoOne(t *testing.T) {
	runNotCases(t, []notCase{
		{"warned_of_consequences_of_climate_change", "2024-05-10",
			"Guterres met Biden on Monday. Guterres warned of serious consequences of climate change.",
			want{typ: parley.Threaten}},
		{"warned_of_dangers_of_rising_seas", "2024-05-10",
			"Macron spoke with Xi by phone. Macron warned of the dangers of rising sea levels.",
			want{typ: parley.Threaten}},
		{"warned_of_consequences_of_warming_after_a_seizure", "2024-05-10",
			"Iran seized a British tanker. Britain warned of the consequences of global warming.",
			want{typ: parley.Threaten}},
		{"respond_to_any_request_for_help", "2024-05-10",
			"Japan said it would respond to any request for help from the Philippines.",
			want{typ: parley.Request}},
		{"respond_quickly_to_any_request_for_assistance", "2024-05-10",
			"Floods hit Pakistan. China said it would respond quickly to any request for assistance from Islamabad.",
			want{typ: parley.Request}},
		{"oppose_any_new_sanctions", "2024-05-10",
			"China said it would oppose any new sanctions on Iran.",
			want{typ: parley.Sanction}},
	})
}

// TestVictimIsNoDoer checks that the one a deed told in the passive fell
// on is not the target of a later judgement of that deed.
func TestVictimIsNoDoer(t *testing.T) {
	runNotCases(t, []notCase{
		{"called_the_attack_on_a_candidate", "2024-05-10",
			"Matthias Ecke, an SPD candidate, was attacked on Friday in Dresden. Scholz called the attack an assault on democracy.",
			want{typ: parley.Accuse, target: "Matthias Ecke"}},
		{"called_the_assault_on_an_mp", "2024-05-10",
			"Kemi Adeyemi, a Labour MP, was assaulted outside her office on Tuesday. Starmer called the assault a disgrace.",
			want{typ: parley.Accuse, target: "Kemi Adeyemi"}},
	})
}

// TestLaunchedAtPlacesIn checks that strikes "launched" at sites "in" a
// state fall on that state, as fire does.
func TestLaunchedAtPlacesIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"launched_missiles_at_sites_in", "2024-05-10",
			"India launched missiles at sites in Pakistan.",
			[]want{{typ: parley.Assault, source: "India", target: "Pakistan"}}},
		{"launched_strikes_on_sites_in", "2024-05-10",
			"India launched strikes on nine sites in Pakistan.",
			[]want{{typ: parley.Assault, source: "India", target: "Pakistan"}}},
		{"launched_drones_at_facilities_in", "2024-05-10",
			"Russia launched drones at energy facilities in Ukraine.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"launched_missiles_in_a_test", "2024-05-10",
			"North Korea launched missiles in a test on Monday.",
			want{typ: parley.Assault}},
	})
}

// TestChargeSaidFalse checks more ways of calling a charge false: "said
// the claims were unfounded", "labelled the allegations lies".
func TestChargeSaidFalse(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_the_claims_were_unfounded", "2024-05-10",
			"Kyiv blamed Moscow for the blast. The Kremlin said the claims were unfounded.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
		{"said_the_allegations_were_untrue", "2024-05-10",
			"Washington accused Beijing of hacking. China said the allegations were untrue.",
			[]want{{typ: parley.Reject, source: "China", target: "United States"}}},
		{"labelled_the_allegations_lies", "2024-05-10",
			"Iran accused Israel of the attack. Israel labelled the allegations lies.",
			[]want{{typ: parley.Reject, source: "Israel", target: "Iran"}}},
		{"labeled_the_claims_as_fabrications", "2024-05-10",
			"Kyiv blamed Moscow. The Kremlin labeled the claims as fabrications.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"labelled_goods_is_no_refusal", "2024-05-10",
			"The EU labelled the products as Israeli.",
			want{typ: parley.Reject}},
	})
}

// TestChargeDatedByItsStatement checks that a charge made "in a
// statement on Monday" takes Monday, not the day of the deed charged.
func TestChargeDatedByItsStatement(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accused_of_ramming_in_a_statement_on", "2024-05-10",
			"The Philippines accused China of ramming its vessel on Saturday, in a statement on Monday.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China", date: "2024-05-06"}}},
		{"blamed_for_a_strike_at_a_briefing_on", "2024-05-10",
			"Kyiv blamed Moscow for the strike on Odesa on Tuesday at a briefing on Thursday.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Russia", date: "2024-05-09"}}},
	})
	runNotCases(t, []notCase{
		// A deed reported in a statement keeps its own day.
		{"deed_reported_in_a_statement", "2024-05-10",
			"Israel struck Gaza on Saturday, the army said in a statement on Monday.",
			want{typ: parley.Assault, date: "2024-05-06"}},
	})
}

// TestProxiesCharged checks that a charge against unnamed doers tied to
// an actor ("hackers linked to Russia") is aimed at that actor.
func TestProxiesCharged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"blamed_hackers_linked_to", "2024-05-10",
			"Britain blamed hackers linked to Russia for the attack.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Russia"}}},
		{"accused_a_group_backed_by", "2024-05-10",
			"Germany accused a group backed by Iran of plotting attacks.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Iran"}}},
		{"blamed_hackers_working_for", "2024-05-10",
			"Washington blamed hackers working for China's Ministry of State Security.",
			[]want{{typ: parley.Accuse, source: "United States", target: "China"}}},
	})
	runNotCases(t, []notCase{
		// The people a force fell on, doing something, are still its object.
		{"killed_protesters_demanding", "2024-05-10",
			"Police killed protesters demanding Boluarte's resignation.",
			want{typ: parley.Assault, target: "Dina Boluarte"}},
	})
}
