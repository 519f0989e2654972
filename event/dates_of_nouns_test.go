package event_test

import (
	"testing"

	"parley"
)

// TestRelativeClauseDates checks that a date inside a relative clause
// after the verb dates the noun the clause qualifies, not the act.
func TestRelativeClauseDates(t *testing.T) {
	tests := []eventCase{
		{"accord_that_the_sides_signed", "2024-05-10",
			"Chile accused Peru of breaking the fisheries accord that the two sides signed on March 3.",
			[]want{{typ: parley.Accuse, source: "Chile", target: "Peru", date: "-"}}},
		{"flights_that_bombers_made", "2024-05-10",
			"Japan protested to China over the flights that its bombers made on May 2 near Okinawa.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China", date: "-"}}},
		{"tanker_it_seized", "2024-05-10",
			"Norway urged Iran to free the tanker that it seized on Tuesday.",
			[]want{{typ: parley.Request, source: "Norway", target: "Iran", date: "-"}}},
		{"talks_a_third_party_had_scheduled", "2024-05-10",
			"Iran pulled out of a round of talks with the United States that Oman had scheduled for June 15.",
			[]want{{typ: parley.Sanction, source: "Iran", target: "United States", date: "-"}}},
		{"sanctions_it_imposed_lifted_later", "2024-05-10",
			"Washington will lift the sanctions it imposed on Turkish ministries on Monday once a ceasefire holds.",
			[]want{{typ: parley.Concede, source: "United States", target: "Turkey", date: "-"}}},
		// The act's own day, before the relative clause, stays.
		{"own_day_before_the_clause", "2024-05-10",
			"Kenya on Thursday condemned Uganda for the raid, which killed four herders on Monday.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Uganda", date: "2024-05-09"}}},
		// The occasion an act is done at is dated by its clause.
		{"joined_at_a_summit_which_opened", "2024-05-10",
			"Modi joined Biden at the summit, which opened in Tokyo on Tuesday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Joe Biden", date: "2024-05-07"}}},
		// Announced: the act's own day.
		{"sanctions_that_were_announced", "2024-05-10",
			"The EU imposed sanctions that were announced on Monday on ten Iranian officials.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Iran", date: "2024-05-06"}}},
		// "warned Moscow that …" reports a statement.
		{"warned_that_is_no_relative", "2024-05-10",
			"Sweden warned Russia on Wednesday that it would respond to any incursion.",
			[]want{{typ: parley.Threaten, source: "Sweden", target: "Russia", date: "2024-05-08"}}},
		// A noun trigger: the relative clause is the visit's own.
		{"visit_that_had_been_scheduled", "2024-05-10",
			"A visit by Lavrov to Turkey that had been scheduled for Wednesday was called off.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Turkey", status: parley.Negated}}},
	}
	runEventCases(t, tests)
}

// TestPlannedMeetingUndated checks that a meeting still to come takes no
// day from the occasion it was agreed at, even one held on the day the
// story came out: its own day is not told.
func TestPlannedMeetingUndated(t *testing.T) {
	tests := []eventCase{
		{"agreed_to_meet_after_a_call_today", "2024-05-10",
			"Putin and Erdogan spoke by telephone on Friday. The two presidents agreed to meet in person.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", status: parley.Planned, date: "-"}}},
		{"would_meet_again_soon", "2024-05-10",
			"Scholz held talks with Macron in Berlin on Friday. Scholz said he would meet Macron again soon.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", status: parley.Planned, date: "-"}}},
		{"call_agreed_at_talks_today", "2024-05-10",
			"Wang Yi met Blinken in Beijing today. The two sides agreed that Xi and Biden would hold a call.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Joe Biden", status: parley.Planned, date: "-"}}},
		// Its own day, told, stays.
		{"agreed_to_meet_on_monday", "2024-05-10",
			"Putin and Erdogan spoke by telephone on Friday. The two presidents agreed to meet in Sochi on Monday.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", status: parley.Planned, date: "2024-05-13"}}},
	}
	runEventCases(t, tests)
}

// TestOfNounDates checks that a date told by "of" after a noun dates the
// noun, not the act: "after the coup of 26 July".
func TestOfNounDates(t *testing.T) {
	tests := []eventCase{
		{"suspended_after_the_coup_of", "2024-05-10",
			"ECOWAS suspended Niger after the coup of 26 July.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Niger", date: "-"}}},
		{"accused_of_violating_the_truce_of", "2024-05-10",
			"Russia accused Ukraine of violating the truce of 5 March.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine", date: "-"}}},
		{"condemned_the_attacks_of", "2024-05-10",
			"Kenya condemned the attacks of 3 May on its troops by al-Shabaab.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "al-Shabaab", date: "-"}}},
		{"participle_after_the_coup_of", "2024-05-10",
			"ECOWAS imposed sanctions on Niger after the coup of July 2023, freezing the country's assets at the central bank.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Niger", date: "-"}}},
		// Times of day and occasions date the act.
		{"on_the_night_of", "2024-05-10",
			"Israel struck Gaza on the night of 5 May.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", date: "2024-05-05"}}},
		{"at_the_summit_of", "2024-05-10",
			"Putin met Xi at the summit of 9 May in Moscow.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2024-05-09"}}},
		{"at_the_end_of", "2024-05-10",
			"Chad expelled the French ambassador at the end of April.",
			[]want{{typ: parley.Sanction, source: "Chad", target: "France", date: "2024-04"}}},
	}
	runEventCases(t, tests)
}

// TestPossessiveObjectDates checks that a day in the possessive after the
// verb dates what the act is about, not the act: "condemned Sunday's
// attack".
func TestPossessiveObjectDates(t *testing.T) {
	tests := []eventCase{
		{"condemned_sundays_attack", "2024-05-10",
			"Brazil condemned Sunday's attack on Congress by Bolsonaro supporters.",
			[]want{{typ: parley.Accuse, source: "Brazil", target: "Bolsonaro supporters", date: "-"}}},
		{"praised_tuesdays_agreement", "2024-05-10",
			"Lula praised Tuesday's ceasefire agreement between Israel and Hamas.",
			[]want{{typ: parley.Support, source: "Luiz Inácio Lula da Silva", target: "Israel", date: "-"}}},
		// The deed itself keeps its day.
		{"the_attack_keeps_its_day", "2024-05-10",
			"Brazil condemned Sunday's attack on Congress by Bolsonaro supporters.",
			[]want{{typ: parley.Assault, source: "Bolsonaro supporters", target: "National Congress of Brazil", date: "2024-05-05"}}},
		// An occasion in the possessive is the act's.
		{"hosted_mondays_summit", "2024-05-10",
			"Xi hosted Monday's summit with Putin in Beijing.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
}

// TestDayOfAThingAnnounced checks that a day right after a participle
// that qualifies the object ("the decision announced yesterday") is that
// thing's, not the act's.
func TestDayOfAThingAnnounced(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"decision_announced_yesterday", "2013-01-12",
			"French President Francois Hollande welcomed the decision announced yesterday by President Alassane Ouattara.",
			want{typ: parley.Support, source: "François Hollande", target: "Alassane Ouattara", date: "-"},
			want{typ: parley.Support, date: "2013-01-11"}},
		{"the_acts_own_day_stays", "2024-06-15",
			"Russia launched strikes on Kyiv on Friday.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-06-14"},
			want{}},
	})
}
