package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfClauses checks which clause's date an act takes: not a date
// of a clause set off after it, nor of background told in the past
// perfect.
func TestDatesOfClauses(t *testing.T) {
	tests := []eventCase{
		// A past perfect in the narration tells what came before the day
		// the story is about; it takes no day from the sentences around.
		{"past_perfect_background_takes_no_day", "2024-06-20",
			"Hungary's parliament approved Finland's bid on Tuesday after months of delay. Budapest had accused Helsinki of spreading lies about its democracy.",
			[]want{{typ: parley.Accuse, source: "Hungary", target: "Finland", date: "-"}}},
		{"past_perfect_also_takes_no_day", "2024-06-20",
			"Chile recalled its ambassador to Lima on Monday. Santiago had also demanded that Peru release the detained consul.",
			[]want{{typ: parley.Request, source: "Chile", target: "Peru", date: "-"}}},
		{"present_perfect_also_takes_no_day", "2024-06-20",
			"Norway sent humanitarian aid to Sudan on Monday. Norway has also sent medicines to Chad.",
			[]want{{typ: parley.Aid, source: "Norway", target: "Chad", date: "-"}}},
		// A clause joined by ", and" with a subject of its own shares the
		// day of the act told before it, unless told as earlier or later.
		{"comma_and_clause_shares_the_day", "2019-09-25",
			"Kiribati switched diplomatic recognition from Taiwan to China in September 2019, and Taiwan closed its embassy in Tarawa.",
			[]want{{typ: parley.Sanction, source: "Taiwan", target: "Kiribati", date: "2019-09"}}},
		{"comma_and_clause_told_as_earlier_keeps_none", "2019-09-25",
			"Kiribati switched diplomatic recognition from Taiwan to China in September 2019, and Taiwan had closed its embassy in Tarawa.",
			[]want{{typ: parley.Sanction, source: "Taiwan", target: "Kiribati", date: "-"}}},
		// Reported by a speaker, the past perfect keeps the saying's day.
		{"reported_past_perfect_keeps_the_day", "2024-06-20",
			"Chile recalled its ambassador to Lima on Monday. The foreign ministry said Santiago had also demanded that Peru release the detained consul.",
			[]want{{typ: parley.Request, source: "Chile", target: "Peru", date: "2024-06-17"}}},
		// A date in a clause opened by a subordinator after the act is
		// that clause's.
		{"after_clause_date_is_not_the_demand's", "2024-06-20",
			"Poland recalled its ambassador to Minsk in May and demanded that Belarus release the journalist, after the Belarusian court convicted him in April.",
			[]want{{typ: parley.Request, source: "Poland", target: "Belarus", date: "2024-05"}}},
		{"because_clause_date_is_not_the_protest's", "2024-06-20",
			"Greece protested to Turkey because Turkish warplanes violated its airspace on Sunday.",
			[]want{{typ: parley.Accuse, source: "Greece", target: "Turkey", date: "-"}}},
		{"own_date_before_although", "2024-06-20",
			"Serbia accused Kosovo on Friday of provoking the clashes, although Pristina denied on Saturday that its police were involved.",
			[]want{{typ: parley.Accuse, source: "Serbia", target: "Kosovo", date: "2024-06-14"}}},
		// "since" and a count before "after" keep the clause's date.
		{"since_clause_leaves_the_date", "2024-06-20",
			"Lula and Milei held their first talks since Milei took office on Monday in Brasília.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Javier Milei", date: "2024-06-17"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfPlans checks the days of meetings still to come: never the
// day they were announced, and a day ahead when the text looks ahead.
func TestDatesOfPlans(t *testing.T) {
	tests := []eventCase{
		// The day of the saying is not the meeting's.
		{"talks_next_week_said_at_a_summit", "2024-06-27",
			"At the EU summit in Brussels on Wednesday, Macron said French officials would hold talks with Algeria next week.",
			[]want{{typ: parley.Consult, source: "France", target: "Algeria", status: parley.Planned, date: "-"}}},
		{"conversation_expected_soon", "2024-06-27",
			"Scholz said on Tuesday that he expected a second conversation with Putin soon.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Vladimir Putin", status: parley.Planned, date: "-"}}},
		{"meeting_on_a_day_ahead_keeps_it", "2024-06-27",
			"Macron said on Wednesday that he would meet Tebboune on Friday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Abdelmadjid Tebboune", status: parley.Planned, date: "2024-06-28"}}},
		// A measure announced is dated by its announcement.
		{"expulsion_announced_keeps_the_day", "2024-06-27",
			"Poland said on Tuesday it would expel three Russian diplomats.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Russia", date: "2024-06-25"}}},
		// "are expected at" looks ahead like "are expected to".
		{"expected_at_a_summit_on_sunday", "2024-06-19",
			"Both Ruto and Museveni are expected at an extraordinary summit of the regional bloc in Nairobi on Sunday.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Yoweri Museveni", status: parley.Planned, date: "2024-06-23"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfAnswers checks a reaction told in an appositive after the
// claim it answers (", a charge Pristina denied"): it takes no day from
// the claim's clause, only one of its own.
func TestDatesOfAnswers(t *testing.T) {
	tests := []eventCase{
		{"charge_denied_takes_no_day", "2024-06-27",
			"On Monday night Serbia accused Kosovar police of crossing the line and firing shots, a charge Pristina denied.",
			[]want{{typ: parley.Reject, source: "Kosovo", target: "Serbia", date: "-"},
				{typ: parley.Accuse, source: "Serbia", target: "Police of Kosovo", date: "2024-06-24"}}},
		{"claim_rejected_after_a_that_clause", "2024-06-27",
			"Lavrov claimed on Tuesday that the hospital had been taken over by fighters, a claim Kyiv rejects.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Sergey Lavrov", date: "-"}}},
		{"request_declined_after_a_month", "2024-06-27",
			"Egypt had asked in early May that a third party join the talks, a request the Ethiopian side declined.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Egypt", date: "-"}}},
		{"decision_refused_in_a_statement", "2024-12-01",
			"On 7 September Managua revoked Mexico's permit, a decision Mexico City said it would not accept.",
			[]want{{typ: parley.Reject, source: "Mexico", target: "Nicaragua", date: "-"}}},
		// The answer's own day counts.
		{"request_declined_on_its_own_day", "2024-06-27",
			"Egypt asked in May that a third party join the talks, a request Ethiopia declined on Friday.",
			[]want{{typ: parley.Reject, source: "Ethiopia", target: "Egypt", date: "2024-06-21"}}},
		// Before the appositive the act is the sentence's own.
		{"rejection_before_the_appositive_keeps_the_day", "2024-06-27",
			"On Monday Pristina rejected the Serbian proposal, a move Belgrade condemned.",
			[]want{{typ: parley.Reject, source: "Kosovo", target: "Serbia", date: "2024-06-24"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOpeningSentences checks that a date opening a sentence dates
// its clauses when the sentence before ends in a number ("on October
// 6."), which is no abbreviation, or a bullet stands before it.
func TestDatesOpeningSentences(t *testing.T) {
	tests := []eventCase{
		{"fronted_month_after_a_day_number", "2024-12-21",
			"Scholz met Macron in Paris on October 6. In July, the EU froze aid to Georgia, and Washington paused more than $95 million in aid to the Georgian government.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Georgia", date: "2024-07"}}},
		{"fronted_month_after_a_year", "2024-12-21",
			"The two states signed the treaty in 1999. In March, Vice Foreign Minister Ma Zhaoxu and Foreign Minister Wang Yi held talks in Beijing with Kurt Campbell, who then flew to Seoul.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Kurt Campbell", date: "2024-03"}}},
		// A bullet before the date still leaves it at the head.
		{"fronted_day_after_a_bullet", "2022-11-17",
			"- On May 24, 2022, while the Quad summit was being held in Tokyo, Chinese and Russian bombers conducted a joint flight over the Sea of Japan.",
			[]want{{typ: parley.Cooperate, source: "China", target: "Russia", date: "2022-05-24"}}},
		{"fronted_month_after_a_bullet", "2022-11-17",
			"• In March, while the summit was being held in Tokyo, Chinese and Russian bombers conducted a joint flight over the Sea of Japan.",
			[]want{{typ: parley.Cooperate, source: "China", target: "Russia", date: "2022-03"}}},
		// An abbreviation before a number is no sentence end.
		{"abbreviated_month_stays_in_its_sentence", "2024-12-21",
			"On Sept. 3 Washington paused more than $95 million in aid to the Georgian government.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Georgia", date: "2024-09-03"}}},
	}
	runEventCases(t, tests)
}

// TestDatesAfterTheLead checks acts told after a lead meeting of the day:
// they take its day unless the sentence before moved the story to
// another day — whose day, when its own side acted then, they take.
func TestDatesAfterTheLead(t *testing.T) {
	tests := []eventCase{
		{"sentence_before_tells_another_day", "2020-03-05",
			"Macron and Scholz met in Berlin on Thursday.\n\nEU foreign ministers held consultations in Brussels on 28 February. Josep Borrell expressed the Union's full solidarity with France.",
			[]want{{typ: parley.Support, source: "Josep Borrell", target: "France", date: "2020-02-28"}}},
		{"sentence_before_tells_the_lead's_day", "2020-03-05",
			"Macron and Scholz met in Berlin on Thursday.\n\nThe two leaders held a news conference in Berlin on Thursday. Macron praised Germany for its help.",
			[]want{{typ: parley.Support, source: "Emmanuel Macron", target: "Germany", date: "2020-03-05"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfStances checks that a stance told in the present progressive
// ("Beijing is rejecting …") takes no day from the talks told before it;
// told in the past it does.
func TestDatesOfStances(t *testing.T) {
	tests := []eventCase{
		{"present_progressive_stance_takes_no_day", "2019-11-20",
			"China and the United States held trade talks in Beijing on Tuesday. Beijing is rejecting Washington's demand for fixed purchases.",
			[]want{{typ: parley.Reject, source: "China", target: "United States", date: "-"}}},
		{"past_rejection_takes_the_talks'_day", "2019-11-20",
			"China and the United States held trade talks in Beijing on Tuesday. Beijing rejected Washington's demand for fixed purchases.",
			[]want{{typ: parley.Reject, source: "China", target: "United States", date: "2019-11-19"}}},
	}
	runEventCases(t, tests)
}

// TestDatesPastTitles checks that a title in an apposition after a
// fronted date ("first deputy head of …") is no verb that looks ahead.
func TestDatesPastTitles(t *testing.T) {
	tests := []eventCase{
		{"deputy_head_is_a_noun", "2022-06-18",
			"In late March, Dmitry Peskov, first deputy head of the presidential administration, accused Lithuania of blocking transit to Kaliningrad.",
			[]want{{typ: parley.Accuse, source: "Dmitry Peskov", target: "Lithuania", status: parley.Occurred, date: "2022-03"}}},
		{"team_head_is_a_noun", "2022-06-18",
			"In late March, Dmitry Peskov, the team head, accused Lithuania of blocking transit to Kaliningrad.",
			[]want{{typ: parley.Accuse, source: "Dmitry Peskov", target: "Lithuania", status: parley.Occurred, date: "2022-03"}}},
		// A plural subject's verb still looks ahead.
		{"presidents_meet_on_monday", "2022-06-18",
			"The Russian and Turkish leaders meet in Sochi on Monday.",
			[]want{{typ: parley.Consult, status: parley.Planned, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", date: "2022-06-20"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfParticipleAsides checks a participle set off after what an
// act answers (", announced earlier in the week,"): it dates that, not
// the act; after an occasion or the act's own object it dates the act.
func TestDatesOfParticipleAsides(t *testing.T) {
	tests := []eventCase{
		{"complaint_about_sanctions_announced_earlier", "2021-03-19",
			"Wang Yi complained about new U.S. sanctions on Chinese officials, announced earlier in the week, and said it was not how a host should treat guests.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", date: "-"}}},
		{"barbs_at_a_meeting_held_in_march", "2021-06-19",
			"Officials of the United States and China traded barbs at their first meeting, held in Anchorage in March.",
			[]want{{typ: parley.Accuse, source: "United States", target: "China", date: "2021-03"}}},
		{"sanctions_imposed_and_announced", "2021-03-19",
			"Washington imposed new sanctions on Chinese officials, announced on Monday by the Treasury.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2021-03-15"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfThanks checks that a date in what thanks or praise are for
// ("on his victory in the election of 20 November") is not the day of
// the thanks.
func TestDatesOfThanks(t *testing.T) {
	tests := []eventCase{
		{"congratulated_on_a_victory_of_a_day", "2022-12-22",
			"Shavkat Mirziyoyev congratulated Kassym-Jomart Tokayev on his convincing victory in the presidential election of 20 November.",
			[]want{{typ: parley.Support, source: "Shavkat Mirziyoyev", target: "Kassym-Jomart Tokayev", date: "-"}}},
		{"thanked_for_help_in_containing_a_fire", "2022-12-22",
			"Prime Minister Mahinda Rajapaksa thanked India for the swift support of the Indian Navy in containing the fire on an oil tanker earlier this month.",
			[]want{{typ: parley.Support, source: "Mahinda Rajapaksa", target: "India", date: "-"}}},
		// The thanks' own day stays, before or after what they are for.
		{"congratulated_on_monday", "2022-12-22",
			"Shavkat Mirziyoyev congratulated Kassym-Jomart Tokayev on his victory on Monday.",
			[]want{{typ: parley.Support, source: "Shavkat Mirziyoyev", target: "Kassym-Jomart Tokayev", date: "2022-12-19"}}},
		{"thanked_for_a_warning_hours_later", "2025-06-25",
			"Trump thanked Iran on Monday for the early warning.",
			[]want{{typ: parley.Support, source: "Donald Trump", target: "Iran", date: "2025-06-23"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfASecondVerbsAsk checks a date at the end of a second
// predicate that asks or plans an act ("and invited Arce to attend a
// summit in June"): the date is that act's, not the first verb's.
func TestDatesOfASecondVerbsAsk(t *testing.T) {
	runEventCases(t, []eventCase{
		{"praise_then_an_invitation_to_a_summit_in_june", "2025-03-14",
			"President Gustavo Petro praised Ecuador and invited President Daniel Noboa to attend a regional summit in Bogotá in June.",
			[]want{{typ: parley.Support, source: "Gustavo Petro", target: "Ecuador", status: parley.Occurred, date: "-"}}},
		{"a_pledge_then_a_plan_for_next_month", "2025-03-14",
			"Ecuador thanked Colombia for its help and agreed to hold talks on border security next month.",
			[]want{{typ: parley.Support, source: "Ecuador", target: "Colombia", status: parley.Occurred, date: "-"}}},
		{"one_act_on_one_day", "2025-03-14",
			"Ecuador recalled its ambassador and downgraded relations with Colombia to the level of chargé d'affaires on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Ecuador", target: "Colombia", date: "2025-03-11"}}},
	})
}

// TestFutureDatesOfASecondVerb checks a day to come at the end of a second
// predicate after a first one in the past ("accused the government … and
// called for protests next week"): the first act is not planned for it.
func TestFutureDatesOfASecondVerb(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"accused_then_called_for_next_week", "2023-07-13",
			"Opposition leader Raila Odinga accused President William Ruto of using excessive force and called for a third day of protests next week.",
			want{typ: parley.Accuse, source: "Raila Odinga", target: "William Ruto", status: parley.Occurred},
			want{typ: parley.Accuse, status: parley.Planned}},
	})
}
