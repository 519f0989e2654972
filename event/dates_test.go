package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfEvents checks the day given to events whose sentence or page
// tells it only indirectly, and the events that must stay undated.
func TestDatesOfEvents(t *testing.T) {
	tests := []eventCase{
		// A measure reported done is dated by its announcement, with or
		// without "that"; a meeting reported held came some time before.
		{"measure_reported_done_without_that", "2022-08-06",
			"Russia said on Friday it had expelled two Polish diplomats.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Poland", date: "2022-08-05"}}},
		{"measure_reported_done_by_a_ministry", "2023-05-17",
			"The foreign ministry of Japan said on Tuesday it had summoned the Chinese ambassador.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Japan", target: "China", date: "2023-05-16"}}},
		{"meeting_reported_held_stays_undated", "2025-02-08",
			"Donald Trump said on Thursday he had held a call with Shigeru Ishiba.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Shigeru Ishiba", date: "-"}}},
		// A date the act runs until is no date of the act, and does not
		// outbid the day the sentence gives.
		{"end_point_does_not_outbid_the_day", "2025-01-27",
			"On Sunday, the ministry said Peru and Chile had agreed to extend the truce until March 3.",
			[]want{{typ: parley.Agree, source: "Peru", target: "Chile", date: "2025-01-26"}}},
		{"end_point_after_the_day_in_the_clause", "2024-06-12",
			"Japan and India agreed on Tuesday to extend the currency swap until May 30.",
			[]want{{typ: parley.Agree, source: "Japan", target: "India", date: "2024-06-11"}}},
		{"end_point_alone_dates_nothing", "2024-06-12",
			"The European Union extended sanctions on Russia until July 31.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Russia", date: "-"}}},
		// "have" as a verb of having is no perfect: the act is told in the
		// simple past, on the day of the meeting it was told at.
		{"have_as_a_verb_is_no_perfect", "2022-11-15",
			"US President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Xi said the United States did not have the right to lecture China and accused Washington of bullying.",
			[]want{{typ: parley.Accuse, source: "Xi Jinping", target: "United States", date: "2022-11-14"}}},
		{"have_in_a_quotation_is_no_perfect", "2022-11-15",
			`US President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Xi said the United States "does not have the right" to lecture China and accused Washington of bullying.`,
			[]want{{typ: parley.Accuse, source: "Xi Jinping", target: "United States", date: "2022-11-14"}}},
		{"a_perfect_stays_undated", "2022-11-15",
			"US President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Xi has accused Washington of bullying.",
			[]want{{typ: parley.Accuse, source: "Xi Jinping", target: "United States", date: "-"}}},
		// Talks between states, this week's news: their officials spoke at
		// them. Older talks had other delegates.
		{"an_official_speaks_at_talks_between_states", "2025-02-19",
			"Talks between the United States and Russia opened in Riyadh on Tuesday. Sergei Lavrov accused Washington of ignoring Russia's interests.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "United States", date: "2025-02-18"}}},
		{"an_official_and_talks_of_months_ago", "2025-06-01",
			"Talks between the United States and Russia were held in Riyadh on 18 February. Sergei Lavrov accused Washington of ignoring Russia's interests.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "United States", date: "-"}}},
		// A speaker goes on with the statement of the day: the same day.
		// Others' reactions, answers and old statements keep no date.
		{"a_ministry_goes_on_with_its_state_s_statement", "2021-11-22",
			"China said on Sunday it was downgrading ties with Lithuania. In a statement, China's Foreign Ministry accused the Lithuanian government of interfering in China's internal affairs.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "Lithuania", date: "2021-11-21"}}},
		{"a_speaker_goes_on", "2023-10-10",
			`Japan's foreign ministry said on Monday it had lodged a protest with Beijing. "The intrusion is unacceptable," the ministry said. The ministry thanked the Philippines for its support.`,
			[]want{{typ: parley.Support, source: "Ministry of Foreign Affairs of Japan", target: "Philippines", date: "2023-10-09"}}},
		{"another_s_reaction_stays_undated", "2021-11-22",
			"China said on Sunday it was downgrading ties with Lithuania. Lithuania accused Beijing of bullying.",
			[]want{{typ: parley.Accuse, source: "Lithuania", target: "China", date: "-"}}},
		{"an_answer_to_what_was_told_since_stays_undated", "2020-01-06",
			"Donald Trump said on Saturday the United States would hit back. Iraq's parliament voted to expel US troops. Trump responded by threatening Iraq with sanctions.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Iraq", date: "-"}}},
		{"a_statement_of_months_ago_dates_nothing_after", "2022-03-01",
			"China said on 21 November it was downgrading ties with Lithuania. In a statement, China's Foreign Ministry accused the Lithuanian government of interfering in China's internal affairs.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "Lithuania", date: "-"}}},
		// A day of the month the text has just named with its year is a
		// day of that month, not of the latest such month.
		{"a_day_of_the_month_just_named", "2024-06-10",
			"Relations soured in March 2023. On 14 March, Poland expelled two Russian diplomats.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Russia", date: "2023-03-14"}}},
		{"a_day_of_another_month_keeps_the_latest", "2024-06-10",
			"Relations soured in March 2023. On 14 May, Poland expelled two Russian diplomats.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Russia", date: "2024-05-14"}}},
	}
	runEventCases(t, tests)
}
