package event_test

import (
	"testing"

	"parley"
)

// TestStoryDayAfterPlans checks that "later in the day" told in the past
// after a day still to come counts from the story's day, not the plan's.
func TestStoryDayAfterPlans(t *testing.T) {
	runEventCases(t, []eventCase{
		{"later_in_the_day_after_a_planned_meeting", "2024-05-08",
			"Scholz spoke with Macron by phone on Monday. The two foreign ministers will meet in Berlin on Friday. Later in the day, Scholz praised Poland for its support.",
			[]want{{typ: parley.Support, source: "Olaf Scholz", target: "Poland", status: parley.Occurred, date: "2024-05-06"}}},
		{"earlier_in_the_day_after_a_planned_visit", "2024-05-08",
			"Erdogan is due in Baku on Friday for talks with Aliyev. Earlier in the day, Aliyev accused Armenia of shelling border villages.",
			[]want{{typ: parley.Accuse, source: "Ilham Aliyev", target: "Armenia", status: parley.Occurred, date: "2024-05-08"}}},
		{"later_that_day_after_old_background", "2016-06-29",
			"On November 28, 2015, Russia imposed sanctions on Turkey. The foreign ministers will hold talks in Sochi on July 1. Later in the day, Putin thanked Turkey for its condolences.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Turkey", status: parley.Occurred, date: "2016-06-29"}}},
		// Told as to come, the day still to come stays the anchor.
		{"later_in_the_day_of_a_planned_summit", "2024-05-08",
			"The summit will open in Rome on Friday. Later in the day, Meloni will host Biden at her office.",
			[]want{{typ: parley.Consult, source: "Giorgia Meloni", target: "Joe Biden", status: parley.Planned, date: "2024-05-10"}}},
	})
}

// TestOccasionAfterTrigger checks that an act placed at an occasion by a
// phrase after its trigger ("at the forum", "during the summit", "on the
// sidelines of the summit") takes the day of the sentence that last named
// that occasion, when no act of the article dates it.
func TestOccasionAfterTrigger(t *testing.T) {
	runEventCases(t, []eventCase{
		{"criticised_at_the_forum", "2024-07-04",
			"Foreign ministers gathered in Jakarta on Wednesday for the ASEAN forum. Wang Yi criticised Washington at the forum for its military drills.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", date: "2024-07-03"}}},
		{"praised_during_the_summit", "2024-07-04",
			"Leaders met in Vilnius on Tuesday for the NATO summit. Erdogan praised Sweden during the summit.",
			[]want{{typ: parley.Support, source: "Recep Tayyip Erdoğan", target: "Sweden", date: "2024-07-02"}}},
		{"urged_on_the_sidelines_of_the_conference", "2023-11-20",
			"The climate conference opened in Dubai on 18 November. Guterres urged China on the sidelines of the conference to cut coal use.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "China", date: "2023-11-18"}}},
		// Not at the occasion, or no day of it told.
		{"after_the_forum_is_not_at_it", "2024-07-04",
			"Foreign ministers gathered in Jakarta on Wednesday for the ASEAN forum. Wang Yi criticised Washington after the forum.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", date: "-"}}},
		{"blamed_for_the_talks_is_not_at_them", "2024-07-04",
			"Ministers met in Brussels on Monday for talks on Ukraine. Hungary blamed Ukraine for the talks collapsing.",
			[]want{{typ: parley.Accuse, source: "Hungary", target: "Ukraine", date: "-"}}},
		{"forum_still_to_come_dates_nothing", "2024-07-04",
			"Foreign ministers will gather in Jakarta on Friday for the ASEAN forum. Wang Yi criticised Washington at the forum for its military drills.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", date: "-"}}},
		{"perfect_at_the_forum_dates_nothing", "2024-07-04",
			"Foreign ministers gathered in Jakarta on Wednesday for the ASEAN forum. Wang Yi has criticised Washington at the forum every year.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", date: "-"}}},
	})
}

// TestAheadOfOccasion checks that a day inside "ahead of", "before", "in
// the run-up to" or "prior to" dates the occasion, not the act told
// before it.
func TestAheadOfOccasion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ahead_of_the_referendum_on_sunday", "2024-05-16",
			"Ahead of the referendum on Sunday, Moscow accused Chisinau of persecuting opposition parties.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Moldova", date: "-"}}},
		{"in_the_run_up_to_thursdays_summit", "2024-05-16",
			"In the run-up to Thursday's summit, Germany criticised Hungary for blocking aid to Ukraine.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Hungary", date: "-"}}},
		{"ahead_of_fridays_talks_after_the_act", "2024-05-16",
			"Washington praised Manila ahead of Friday's talks on the South China Sea.",
			[]want{{typ: parley.Support, source: "United States", target: "Philippines", date: "-"}}},
		{"before_sundays_vote", "2024-05-16",
			"Before Sunday's vote, the EU urged Georgia to drop the law.",
			[]want{{typ: parley.Request, source: "European Union", target: "Georgia", date: "-"}}},
		{"prior_to_the_election", "2024-05-16",
			"Prior to the election on 2 June, Washington accused Caracas of intimidating voters.",
			[]want{{typ: parley.Accuse, source: "United States", target: "Venezuela", date: "-"}}},
		// The act's own day stays; a time of day is the act's.
		{"own_day_beside_the_phrase", "2024-05-16",
			"Ahead of Sunday's vote, the EU on Tuesday urged Georgia to drop the law.",
			[]want{{typ: parley.Request, source: "European Union", target: "Georgia", date: "2024-05-14"}}},
		{"shortly_before_midnight", "2024-05-16",
			"Israel struck Rafah shortly before midnight on Sunday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", date: "2024-05-12"}}},
		{"met_before_the_summit_on_a_day", "2024-05-16",
			"Biden met Xi before the summit on Tuesday.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", date: "2024-05-14"}}},
	})
}

// TestFrontedCount checks a sentence that opens on a count from an
// occasion whose day the phrase gives: the act is that many days off.
func TestFrontedCount(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_day_after_the_attack_on_sunday", "2024-05-16",
			"A day after the attack on Sunday, Iran accused Israel of sabotage.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel", date: "2024-05-13"}}},
		{"two_days_before_the_vote_on_sunday", "2024-05-16",
			"Two days before the vote on Sunday, the EU urged Georgia to drop the law.",
			[]want{{typ: parley.Request, source: "European Union", target: "Georgia", date: "2024-05-10"}}},
		{"days_after_tells_no_day", "2024-05-16",
			"Days after the attack on Sunday, Iran accused Israel of sabotage.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel", date: "-"}}},
		{"a_week_after_a_clause_with_its_day", "2024-05-16",
			"A week after Russia invaded on 24 February, Poland accused Moscow of war crimes.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Russia", date: "2024-03"}}},
		{"three_days_after_the_summit_in_a_readout", "2023-11-20",
			"Three days after the summit on 14 November, Beijing summoned the Japanese ambassador to protest.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan", date: "2023-11-17"}}},
		// The act's own day, and the occasion's own act, keep theirs.
		{"own_day_after_the_phrase", "2024-05-16",
			"A day after the attack on Sunday, Iran on Tuesday accused Israel of sabotage.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel", date: "2024-05-14"}}},
		{"the_occasions_own_act", "2024-05-16",
			"Two days after Iran struck Israel on Saturday, the G7 condemned Tehran.",
			[]want{{typ: parley.Assault, source: "Iran", target: "Israel", date: "2024-05-11"}, {typ: parley.Accuse, source: "Group of Seven", target: "Iran", date: "2024-05-13"}}},
		{"hours_after_is_the_same_day", "2024-05-16",
			"Hours after the strike on Monday, Iran condemned Israel.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel", date: "2024-05-13"}}},
	})
}

// TestAgentParticipleDate checks that a day closing a participle with its
// agent after the act's object ("the claim made by X on 13 February")
// dates what the noun names, not the act.
func TestAgentParticipleDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"claim_made_by_a_spokesman", "2024-05-16",
			"Manila rejected the claim made by Chinese spokesman Wang Wenbin on 13 February that its vessel had trespassed.",
			[]want{{typ: parley.Reject, source: "Philippines", target: "Wang Wenbin", date: "-"}}},
		{"verdict_handed_down_by_a_court", "2024-05-16",
			"Germany condemned the verdict handed down by a Moscow court on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Judiciary of Russia", date: "-"}}},
		{"statement_issued_by_a_league", "2024-05-16",
			"Lavrov welcomed the statement issued by the Arab League on 3 May.",
			[]want{{typ: parley.Support, source: "Sergey Lavrov", target: "Arab League", date: "-"}}},
		{"package_approved_by_congress", "2024-05-16",
			"Kyiv welcomed the aid package approved by the US Congress on Saturday.",
			[]want{{typ: parley.Support, source: "Ukraine", target: "United States Congress", date: "-"}}},
		{"resolution_adopted_by_a_board", "2024-05-17",
			"Tehran rejected the resolution adopted by the IAEA board on Thursday.",
			[]want{{typ: parley.Reject, source: "Iran", target: "International Atomic Energy Agency", date: "-"}}},
		// With the act: a delegation led by someone, a passive's agent.
		{"delegation_led_by_on_a_day", "2024-05-16",
			"Xi received a delegation led by Blinken on Monday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Xi Jinping", date: "2024-05-13"}}},
		{"passive_agent_launched_by", "2024-05-16",
			"Ukraine was attacked by drones launched by Russia on Monday.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-05-13"}}},
	})
}

// TestOrdinalDayOfOccasion checks "On the second day of the visit":
// the occasion's day, which the story gave before, counted on.
func TestOrdinalDayOfOccasion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"second_day_of_a_visit", "2024-05-16",
			"Modi arrived in Moscow on Monday for a two-day visit. On the second day of the visit, Modi and Putin signed nine agreements.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "Vladimir Putin", date: "2024-05-14"}}},
		{"second_day_of_a_summit", "2024-05-16",
			"Leaders gathered in Kazan for the BRICS summit on Tuesday. On the second day of the summit, Putin met Erdogan.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", date: "2024-05-15"}}},
		{"sidelines_of_a_summit_told_first", "2024-05-16",
			"Leaders gathered in Kazan for the BRICS summit on Tuesday. On the sidelines of the summit, Putin met Erdogan.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", date: "2024-05-14"}}},
		// A day of its own is not counted on.
		{"own_day_in_the_sentence", "2024-05-16",
			"Modi visited Moscow on Monday. On the second day of the visit, Modi and Putin signed nine agreements on Tuesday.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "Vladimir Putin", date: "2024-05-14"}}},
	})
}

// TestVisitAfterPledgeToRecipient checks that "to" before a recipient
// after a verb of promise ("pledged air defence to Ukraine") opens no
// infinitive: the visit the act was made during is past, and dated.
func TestVisitAfterPledgeToRecipient(t *testing.T) {
	runEventCases(t, []eventCase{
		{"pledged_to_ukraine_during_a_visit", "2024-05-16",
			"Scholz pledged more air defence to Ukraine during a visit to Kyiv last month.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Ukraine", status: parley.Occurred, date: "2024-04"}}},
		{"promised_weapons_during_a_visit", "2024-05-16",
			"Macron promised more weapons to Ukraine during a visit to Kyiv on Monday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Ukraine", status: parley.Occurred, date: "2024-05-13"}}},
		{"offered_aid_during_a_visit", "2024-05-16",
			"Blinken offered aid to Lebanon during a visit to Beirut on Tuesday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Lebanon", status: parley.Occurred, date: "2024-05-14"}}},
		// An infinitive or the act's own phrase after "to" stays ahead.
		{"pledged_to_visit", "2024-05-16",
			"Scholz pledged to visit Kyiv next month.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Ukraine", status: parley.Planned, date: "2024-06"}}},
		{"agreed_to_a_round_of_talks", "2024-05-16",
			"Iran agreed to a new round of talks with the IAEA.",
			[]want{{typ: parley.Consult, source: "Iran", target: "International Atomic Energy Agency", status: parley.Planned}}},
	})
}

// TestAfterNounClauseDate checks that a day in an "after" clause whose
// subject is a plain noun phrase ("after the aid worker was killed on
// Monday") dates that clause, not the act before it.
func TestAfterNounClauseDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"recalled_after_the_worker_was_killed", "2024-05-16",
			"Poland recalled its ambassador from Israel after the aid worker was killed on Monday.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Israel", date: "-"}}},
		{"summoned_after_the_tanker_was_seized", "2024-05-16",
			"Britain summoned the Iranian envoy after the tanker was seized on Friday.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Iran", date: "-"}}},
		{"expelled_after_the_embassy_had_been_attacked", "2024-05-16",
			"Germany expelled two Russian diplomats after the embassy had been attacked on Sunday.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Russia", date: "-"}}},
		// The act's own day, and an occasion without a clause, stay.
		{"own_day_before_the_after_clause", "2024-05-16",
			"Poland recalled its ambassador from Israel on Tuesday after the aid worker was killed on Monday.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Israel", date: "2024-05-14"}}},
		{"after_the_talks_on_a_day", "2024-05-16",
			"Erdogan praised Putin after the talks held in Sochi on Monday.",
			[]want{{typ: parley.Support, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin", date: "2024-05-13"}}},
	})
}

// TestHoursOfAnAct checks a sentence that opens "Hours before the truce
// …" or "Within hours of her arrival, …": the day of the act the noun
// names, told before.
func TestHoursOfAnAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"hours_before_the_truce", "2024-05-16",
			"Israel and Hezbollah agreed a truce on Tuesday. Hours before the truce began, Israel struck Beirut.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Lebanon", date: "2024-05-14"}}},
		{"within_hours_of_her_arrival", "2024-05-16",
			"Pelosi arrived in Taipei on Tuesday. Within hours of her arrival, China summoned the US ambassador.",
			[]want{{typ: parley.Accuse, source: "China", target: "United States", date: "2024-05-14"}}},
		{"hours_after_the_strikes", "2024-05-16",
			"Pakistan struck militant hideouts in Iran on Thursday. Hours after the strikes, Tehran summoned the Pakistani envoy.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Pakistan", date: "2024-05-16"}}},
		// No act of the kind told: no day.
		{"hours_before_an_untold_truce", "2024-05-16",
			"Hours before the truce began, Israel struck Beirut.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Lebanon", date: "-"}}},
	})
}

// TestDayAfterNamedOccasion checks a sentence that opens "The day after
// the vote," or "The day before the summit,": the day next to the one
// the story gave that occasion.
func TestDayAfterNamedOccasion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"day_after_the_vote", "2024-11-10",
			"Georgia held parliamentary elections on 26 October. The day after the vote, Zourabichvili accused Georgian Dream of fraud.",
			[]want{{typ: parley.Accuse, source: "Salome Zourabichvili", target: "Georgian Dream", date: "2024-10-27"}}},
		{"day_before_the_summit", "2024-11-10",
			"Leaders met in Kazan for the summit on Tuesday. The day before the summit, Putin met Xi.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2024-11-04"}}},
		{"day_after_the_referendum_in_a_wire", "2024-11-10",
			"Moldovans voted in a referendum on EU membership on 20 October. The day after the referendum, Sandu accused Russia of buying votes.",
			[]want{{typ: parley.Accuse, source: "Maia Sandu", target: "Russia", date: "2024-10-21"}}},
		// A chamber's passing told with its votes is the vote.
		{"day_after_a_bill_passed_by_votes", "2023-11-03",
			"Uganda's parliament passed the bill on 21 March with only two dissenting votes. Speaker Anita Among called the vote a victory. The day after the vote, Volker Türk condemned the bill.",
			[]want{{typ: parley.Accuse, source: "Volker Türk", target: "Parliament of Uganda", date: "2023-03-22"}}},
		// No day told for the occasion: none.
		{"day_after_an_undated_vote", "2024-11-10",
			"The day after the vote, Zourabichvili accused Georgian Dream of fraud.",
			[]want{{typ: parley.Accuse, source: "Salome Zourabichvili", target: "Georgian Dream", date: "-"}}},
	})
}
