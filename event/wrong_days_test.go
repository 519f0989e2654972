package event_test

import (
	"testing"

	"parley"
)

// TestHDatesDiff checks the days of events that other dates of the
// sentence could pull off their own: a deed the act came after, an
// attribution set off by a comma.
func TestHDatesDiff(t *testing.T) {
	tests := []eventCase{
		// A possessive date after "after" is the earlier deed's; the act
		// is dated by the attribution that reports it.
		{"accepted_after_a_possessive_day_said_by_a_ministry", "2023-09-08",
			"Chile has accepted offers of help from Peru after Tuesday night's fire, the Chilean foreign ministry said on Thursday.",
			[]want{{typ: parley.Agree, source: "Chile", target: "Peru", date: "2023-09-07"}}},
		{"expelled_after_a_possessive_day_said_by_a_minister", "2024-05-10",
			"Kenya has expelled two Ugandan diplomats following Sunday's border clash, Kenyan Foreign Minister Musalia Mudavadi said on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Kenya", target: "Uganda", date: "2024-05-08"}}},
		{"after_a_possessive_day_and_no_attribution_is_undated", "2023-09-08",
			"Chile accepted offers of help from Peru after Tuesday's fire.",
			[]want{{typ: parley.Agree, source: "Chile", target: "Peru", date: "-"}}},
		// The day of the occasion the act took place at stays the act's.
		{"at_a_possessive_summit_the_act_is_of_that_day", "2023-09-08",
			"Chile accepted offers of help from Peru at Tuesday's summit.",
			[]want{{typ: parley.Agree, source: "Chile", target: "Peru", date: "2023-09-05"}}},
		{"fronted_possessive_summit_dates_the_act", "2023-09-08",
			"At Tuesday's summit, Chile accepted offers of help from Peru.",
			[]want{{typ: parley.Agree, source: "Chile", target: "Peru", date: "2023-09-05"}}},
		// A named speaker in the attribution does not hide its day.
		{"deed_said_by_a_named_ministry_takes_its_day", "2023-09-08",
			"Chile expelled two Peruvian diplomats, the Chilean foreign ministry said on Thursday.",
			[]want{{typ: parley.Sanction, source: "Chile", target: "Peru", date: "2023-09-07"}}},
		{"deed_with_its_own_day_keeps_it", "2023-09-08",
			"Chile expelled two Peruvian diplomats on Monday, the Chilean foreign ministry said on Thursday.",
			[]want{{typ: parley.Sanction, source: "Chile", target: "Peru", date: "2023-09-04"}}},
		// A deadline with a time of day before its date is still a
		// deadline, not the day of the demand.
		{"deadline_by_noon_on_a_day", "2021-04-22",
			"On 21 April, Deputy Prime Minister and Minister of the Interior Jan Hamáček called on Russia to let the expelled Czech diplomats return to Moscow by noon on 22 April.",
			[]want{{typ: parley.Request, source: "Jan Hamáček", target: "Russia", date: "2021-04-21"}}},
		{"deadline_by_midnight_on_a_weekday", "2024-05-10",
			"On Monday, the Foreign Minister of Poland and Deputy Prime Minister, Radoslaw Sikorski, told Belarus to free the detained journalists by midnight on Thursday.",
			[]want{{typ: parley.Request, source: "Radosław Sikorski", target: "Belarus", date: "2024-05-06"}}},
		{"on_the_evening_of_a_day_is_no_deadline", "2024-05-10",
			"Poland and Belarus held talks on the evening of 3 May.",
			[]want{{typ: parley.Consult, source: "Poland", target: "Belarus", date: "2024-05-03"}}},
		// The day after "in response to" is the deed answered.
		{"sanctions_in_a_month_in_response_to_a_dated_invasion", "2022-06-21",
			"Canada imposed sanctions on Russia in March in response to the invasion of Ukraine on Feb. 24.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Russia", date: "2022-03"}}},
		{"response_to_a_dated_deed_and_nothing_else_is_undated", "2022-06-21",
			"Australia expelled two Iranian diplomats in response to the arson attack on a synagogue on 6 May.",
			[]want{{typ: parley.Sanction, source: "Australia", target: "Iran", date: "-"}}},
		// "N months after" counts months back from the clause's month.
		{"three_months_after_a_dated_case", "2022-12-05",
			"Chile took the dispute to the court in June 2016, three months after President Evo Morales accused Santiago of stealing the waters.",
			[]want{{typ: parley.Accuse, source: "Evo Morales", target: "Chile", date: "2016-03"}}},
		{"a_month_after_counted_from_a_day", "2022-12-05",
			"Peru recalled its ambassador from Mexico on 20 November, a month after Mexico criticised the Peruvian government.",
			[]want{{typ: parley.Accuse, source: "Mexico", target: "Peru", date: "2022-10"}}},
		{"months_after_gives_no_month", "2022-12-05",
			"Peru recalled its ambassador from Mexico in November, months after Mexico criticised the Peruvian government.",
			[]want{{typ: parley.Accuse, source: "Mexico", target: "Peru", date: "-"}}},
		// Condolences name the deed and its day, not their own.
		{"condolences_for_victims_of_an_attack_at_a_place_on_a_day", "2016-06-29",
			"Putin expressed his deep condolences to the Turkish people and to the families of the victims of the bombing at Istanbul's main airport on June 28.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Turkey", date: "-"}}},
		{"sympathy_over_an_explosion_in_a_city", "2024-05-10",
			"Macron conveyed his sympathy to Lebanon over the explosion in Beirut on Tuesday.",
			[]want{{typ: parley.Support, source: "Emmanuel Macron", target: "Lebanon", date: "-"}}},
		// A date after ", and" that opens a clause with its own subject
		// is that clause's, not the first one's.
		{"second_clause_opened_by_its_month", "2025-07-10",
			"Uzbekistan reopened its embassy in Kabul in March 2023, and in February 2024 Chinese President Xi Jinping accepted the credentials of the Taliban's envoy, Bilal Karimi.",
			[]want{{typ: parley.Support, source: "Xi Jinping", target: "Bilal Karimi", date: "2024-02"}}},
		{"first_clause_keeps_its_month_before_a_dated_clause", "2024-09-15",
			"Emmanuel Macron paid a state visit to Germany in May 2024, and on 29 September 2024 Olaf Scholz hosted a summit in Berlin.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Olaf Scholz", status: parley.Occurred, date: "2024-05"}}},
		// A range of days dates the act from its first day.
		{"visit_from_one_day_to_another", "2024-05-20",
			"From 5 to 7 May 2024 Xi Jinping paid a state visit to France.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "France", date: "2024-05-05"}}},
		{"talks_over_a_range_of_days_to_the_capital", "2024-05-20",
			"Macron paid a state visit to the Chinese capital from 3 to 5 April.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "China", date: "2024-04-03"}}},
		// A day without its year goes on in the year of the day the
		// sentence before named, when it falls a few weeks after it.
		{"story_goes_on_in_the_year_of_the_sentence_before", "2022-06-01",
			"After the March 2019 election, the African Union called on 2 April for a recount.\n\nKenya nevertheless recognised the new government of Somalia on 9 April.",
			[]want{{typ: parley.Support, source: "Kenya", target: "Somalia", date: "2019-04-09"}}},
		{"story_year_after_a_bare_day_with_its_year", "2023-03-01",
			"Rwanda closed its border on 20 November 2019.\n\nUganda protested to Rwanda on 2 December.",
			[]want{{typ: parley.Accuse, source: "Uganda", target: "Rwanda", date: "2019-12-02"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// Months later, or two sentences on, the day is the latest one.
		{"a_day_far_after_the_story_year_is_the_latest", "2022-06-01",
			"Uganda recalled its ambassador on 9 May 2019.\n\nKenya expelled two Somali diplomats on 30 November.",
			want{typ: parley.Sanction, source: "Kenya", target: "Somalia", date: "2019-11-30"}},
		// A range that belongs to a later verb's act is not the request's.
		{"request_before_a_ranged_docking", "2022-09-05",
			"Manila first asked Beijing to put off the visit, then allowed the ship to dock from August 16 to 22.",
			want{typ: parley.Request, source: "Philippines", target: "China", date: "2022-08-16"}},
		// Condolences offered on a day of their own keep it.
		{"condolences_on_their_own_day", "2024-05-10",
			"On Wednesday, Macron offered condolences to Lebanon after the explosion in Beirut on Tuesday.",
			want{typ: parley.Support, source: "Emmanuel Macron", target: "Lebanon", date: "2024-05-07"}},
		// The deed answered does not lend its day to a fronted one's act.
		{"fronted_day_and_retaliation_for_a_dated_deed", "2022-06-21",
			"On Monday, Japan froze the assets of Russian banks in retaliation for the shelling of Kharkiv on May 30.",
			want{typ: parley.Sanction, source: "Japan", target: "Russia", date: "2022-05-30"}},
		{"own_day_after_an_attribution_is_not_the_deed_answered", "2022-06-21",
			"Australia expelled two Iranian diplomats in response to the arson attack on 6 May, officials said on Monday.",
			want{typ: parley.Sanction, source: "Australia", target: "Iran", date: "2022-05-06"}},
	})
}

// TestDaysOfJudgedDeeds checks that the day closing a long phrase of an
// owned deed that a verb of judgement takes is the deed's, not the
// judgement's, and that a short object or a deed of the same day leaves
// the day to the verb.
func TestDaysOfJudgedDeeds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"concern_over_a_launch_weeks_before", "1998-10-08",
			"Obuchi and Kim expressed grave concern over North Korea's launch of a missile over Japan on 31 August.",
			[]want{{typ: parley.Accuse, source: "Keizō Obuchi", target: "North Korea", date: "-"}}},
		{"launch_earlier_today", "2023-03-16",
			"Kishida and Yoon strongly condemned the launch by North Korea of a ballistic missile earlier today.",
			[]want{{typ: parley.Accuse, source: "Fumio Kishida", target: "North Korea", date: "2023-03-16"}}},
	})
}
