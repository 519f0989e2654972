package event_test

import (
	"testing"

	"parley"
)

// TestHdates4ForwardFromPast checks acts told in the past tense a day or
// days after a date told before: they happened, even when the count lands
// in a span that holds the publication day.
func TestHdates4ForwardFromPast(t *testing.T) {
	runEventCases(t, []eventCase{
		{"next_day_after_earlier_this_month", "2024-05-15",
			"Earlier this month, Ethiopia accused Sudan of arming militias. Sudan rejected the accusation the next day.",
			[]want{{typ: parley.Reject, source: "Sudan", target: "Ethiopia", status: parley.Occurred, date: "2024-05"}}},
		{"following_day_after_earlier_this_month", "2024-06-20",
			"Earlier this month, Chile accused Bolivia of stirring unrest. Bolivia rejected the charge the following day.",
			[]want{{typ: parley.Reject, source: "Bolivia", target: "Chile", status: parley.Occurred, date: "2024-06"}}},
		{"days_later_by_a_gerund", "2024-05-15",
			"Peru recalled its ambassador from Mexico last month. Mexico responded days later by expelling the Peruvian envoy.",
			[]want{{typ: parley.Sanction, source: "Mexico", target: "Peru", status: parley.Occurred}}},
		// An offset from the paper's own day still looks ahead.
		{"coming_weeks_after_a_past_verb_stays_ahead", "2024-05-15",
			"Japan and India agreed to hold talks in the coming weeks.",
			[]want{{typ: parley.Consult, source: "Japan", target: "India", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		{"next_day_in_a_plan_is_planned", "2024-05-15",
			"Earlier this month, Ethiopia accused Sudan of arming militias. Sudan will reply the next day.",
			want{typ: parley.Reject, source: "Sudan", target: "Ethiopia", status: parley.Occurred}},
	})
}

// TestHdates4YearOfAMonth checks months whose year is told by "last
// year" next to them.
func TestHdates4YearOfAMonth(t *testing.T) {
	runEventCases(t, []eventCase{
		{"last_year_in_march", "2024-05-15",
			"Last year in March, India expelled a Canadian diplomat.",
			[]want{{typ: parley.Sanction, source: "India", target: "Canada", date: "2023-03"}}},
		{"march_of_last_year", "2024-05-15",
			"Kenya recalled its ambassador from Uganda in March of last year.",
			[]want{{typ: parley.Sanction, source: "Kenya", target: "Uganda", date: "2023-03"}}},
	})
}

// TestHdates4SlashDates checks a slash date read day first when month
// first would put a past act after the paper's day.
func TestHdates4SlashDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"day_first_slash_date", "2024-05-15",
			"Japan and the Philippines signed a defence pact on 12/05/2024.",
			[]want{{typ: parley.Agree, source: "Japan", target: "Philippines", status: parley.Occurred, date: "2024-05-12"}}},
	})
}

// TestHdates4FrontedAfterClause checks a day told in a clause that opens
// the sentence with "After": it is that clause's, not the day of what
// someone else did next.
func TestHdates4FrontedAfterClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_clause_day_is_not_the_reply", "2024-05-15",
			"After Colombia expelled two Venezuelan diplomats on Monday, Venezuela recalled its ambassador from Bogota.",
			[]want{{typ: parley.Sanction, source: "Colombia", target: "Venezuela", date: "2024-05-13"},
				{typ: parley.Sanction, source: "Venezuela", target: "Colombia", date: "-"}}},
		{"after_clause_day_the_reply_has_its_own", "2024-05-15",
			"After Colombia expelled two Venezuelan diplomats on Monday, Venezuela recalled its ambassador from Bogota on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Colombia", date: "2024-05-14"}}},
		// The same doer, or a participle with no subject: the same day.
		{"after_a_participle_keeps_the_day", "2024-05-15",
			"After meeting Xi on Tuesday, Biden imposed sanctions on Russia.",
			[]want{{typ: parley.Sanction, source: "Joe Biden", target: "Russia", date: "2024-05-14"}}},
		// "Before" another's act on a day: some day before it.
		{"before_clause_day_is_not_the_act", "2024-05-15",
			"Before Blinken flew to Kyiv on Tuesday, Russia struck Kharkiv.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "-"}}},
		// A month is wide enough to hold the reply.
		{"after_clause_month_is_kept", "2024-05-15",
			"After Colombia expelled two Venezuelan diplomats in March, Venezuela recalled its ambassador from Bogota.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Colombia", date: "2024-03"}}},
	})
}

// TestHdates4Again checks an act told twice, "in May and again … on
// Monday": the first time takes the first date, the second its own, and
// a date of the same value in a later sentence is no such list.
func TestHdates4Again(t *testing.T) {
	runEventCases(t, []eventCase{
		{"again_after_a_month_then_a_day", "2025-09-10",
			"Xi met Putin in Beijing in May and again in Kazan on Monday.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", date: "2025-05", place: "Beijing"},
				{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", date: "2025-09-08", place: "Kazan"}}},
		{"again_after_last_month_then_this_week", "2025-09-10",
			"The foreign ministers of Japan and South Korea met in Seoul last month and again in Kuala Lumpur this week.",
			[]want{{typ: parley.Consult, source: "Takeshi Iwaya", target: "Cho Hyun", date: "2025-08", place: "Seoul"}}},
	})
	runNotCases(t, []notCase{
		{"again_of_a_sentence_before_is_not_this_act", "2025-09-10",
			"The foreign ministers of Japan and South Korea met in Seoul last month and again in Kuala Lumpur this week. Modi visited Washington in late August, where he held talks with President Donald Trump.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Donald Trump", place: "Kuala Lumpur"}},
	})
}

// TestHdates4YearsAfter checks an act told in ", a year after X did Y":
// not the clause's date, and no month the text does not give.
func TestHdates4YearsAfter(t *testing.T) {
	runEventCases(t, []eventCase{
		{"nearly_a_year_after_gives_no_day", "2024-06-14",
			"Nigeria and Niger agreed on Thursday to reopen their border, nearly a year after ECOWAS imposed sanctions on Niamey.",
			[]want{{typ: parley.Agree, source: "Nigeria", target: "Niger", date: "2024-06-13"},
				{typ: parley.Sanction, source: "Economic Community of West African States", target: "Niger", date: "-"}}},
		{"two_years_after_gives_no_month", "2024-06-14",
			"Ghana expelled a Nigerian diplomat on Thursday, two years after the two countries signed a trade pact.",
			[]want{{typ: parley.Agree, source: "Ghana", target: "Nigeria", date: "-"},
				{typ: parley.Sanction, source: "Ghana", target: "Nigeria", date: "2024-06-13"}}},
	})
}

// TestHdates4SinceAfterComma checks "since" dates after a comma: one
// that ranks a thing against the time since dates nothing; one closing
// a list of what was sent dates the sending.
func TestHdates4SinceAfterComma(t *testing.T) {
	runEventCases(t, []eventCase{
		{"since_closing_a_list_dates_the_act", "2025-04-05",
			"Turkey has sent tents, blankets and rescue teams to Syria since March 29.",
			[]want{{typ: parley.Aid, source: "Turkey", target: "Syria", date: "2025-03-29"}}},
		{"ranked_since_with_a_day_inside_dates_nothing", "2025-04-05",
			"Putin held a call with Macron, their second since his visit on February 7.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Emmanuel Macron", date: "-"}}},
		{"ranked_since_keeps_the_own_day", "2025-04-05",
			"Putin held a call with Macron on Tuesday, their second since his visit on February 7.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Emmanuel Macron", date: "2025-04-01"}}},
	})
}

// TestHdates4OccasionRestated checks a meeting told without a date and
// given one by the next sentence, which opens on its noun again.
func TestHdates4OccasionRestated(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_talks_are_due_to_open_this_month", "2022-11-02",
			"Cuba will host peace talks between Colombia and the ELN. The talks are due to open in Havana this month.",
			[]want{{typ: parley.Consult, source: "Colombia", target: "National Liberation Army", status: parley.Planned, date: "2022-11"}}},
		// The offer is not the talks.
		{"the_offer_keeps_no_date", "2022-11-02",
			"Cuba has agreed to host peace talks between Colombia and the ELN. The talks are due to open in Havana this month.",
			[]want{{typ: parley.Agree, date: "-", source: "Cuba", target: "Colombia"}}},
		// "The talks came a week after …" dates another act.
		{"the_talks_came_after_is_another_act", "2024-05-15",
			"India held talks with China. The talks came a week after Chinese troops crossed the border on Monday.",
			[]want{{typ: parley.Consult, source: "India", target: "China", date: "-"}}},
	})
}

// TestHdates4CoordinatedPredicate checks an act in a predicate joined by
// "and" after a dated one: the second predicate's own date.
func TestHdates4CoordinatedPredicate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"flew_on_tuesday_to_meet", "2024-05-15",
			"Scholz met Macron in Berlin on Monday and flew to Warsaw on Tuesday to meet Tusk.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", date: "2024-05-13"},
				{typ: parley.Consult, source: "Olaf Scholz", target: "Donald Tusk", date: "2024-05-14"}}},
		{"will_travel_on_friday_to_meet", "2024-05-15",
			"Ruto hosted Museveni in Nairobi on Monday and will travel to Addis Ababa on Friday to meet Abiy.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Abiy Ahmed", status: parley.Planned, date: "2024-05-17"}}},
	})
}

// TestHdates4WeekdayOfAWeek checks "on Monday last week".
func TestHdates4WeekdayOfAWeek(t *testing.T) {
	runEventCases(t, []eventCase{
		{"monday_last_week", "2024-05-15",
			"Ghana recalled its ambassador from Burkina Faso on Monday last week.",
			[]want{{typ: parley.Sanction, source: "Ghana", target: "Burkina Faso", date: "2024-05-06"}}},
	})
}

// TestHdates4LastMetIsNoOccasion checks that a meeting told as the last
// one ("last met in September") dates no act told elsewhere in the story.
func TestHdates4LastMetIsNoOccasion(t *testing.T) {
	runNotCases(t, []notCase{
		{"last_met_month_is_not_the_signing", "2023-03-18",
			"Indian Prime Minister Narendra Modi will pay a state visit to the United States from Monday to Wednesday at the invitation of Joe Biden, the two governments announced on Friday. The White House said the two leaders would discuss trade and sign important documents. Modi and Biden last met in person in September, at a summit in New Delhi.",
			want{typ: parley.Agree, source: "Narendra Modi", target: "Joe Biden", date: "2022-09"}},
	})
}

// TestHdates4SharedModal checks a bare verb after "and" under the modal
// of the verb before it: an act to come, like the first.
func TestHdates4SharedModal(t *testing.T) {
	runEventCases(t, []eventCase{
		{"will_meet_and_sign", "2024-05-15",
			"William Ruto and Samia Suluhu Hassan will meet in Arusha and sign a border pact.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Samia Suluhu Hassan", status: parley.Planned}}},
		{"would_discuss_and_sign", "2024-05-15",
			"William Ruto and Samia Suluhu Hassan would discuss trade and then sign a border pact.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Samia Suluhu Hassan", status: parley.Planned}}},
		{"met_and_signed_stays_done", "2024-05-15",
			"William Ruto and Samia Suluhu Hassan met in Arusha and signed a border pact.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Samia Suluhu Hassan", status: parley.Occurred}}},
	})
}

// TestHdates4SubjectAside checks an aside on the subject that tells the
// occasion it was at: the act undated in its own clause takes its day.
func TestHdates4SubjectAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"who_arrived_on_tuesday", "2024-05-15",
			"Lloyd Austin, who arrived in Manila on Tuesday, pledged more aid to the Philippines.",
			[]want{{typ: parley.Aid, source: "Lloyd Austin", target: "Philippines", date: "2024-05-14"}}},
		{"who_chaired_mondays_meeting", "2024-05-15",
			"Josep Borrell, who chaired Monday's meeting, criticised Georgia.",
			[]want{{typ: parley.Accuse, source: "Josep Borrell", target: "Georgia", date: "2024-05-13"}}},
		// Another act of the subject's, or a plan: no day.
		{"which_joined_is_another_act", "2024-05-15",
			"Sweden, which joined NATO in March, sent troops to Latvia.",
			[]want{{typ: parley.Mobilize, source: "Sweden", target: "Latvia", date: "-"}}},
	})
}

// TestHdates4OrdinalOfMonth checks "on the 28th of last month".
func TestHdates4OrdinalOfMonth(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_28th_of_last_month", "2024-05-15",
			"Nepal recalled its ambassador from India on the 28th of last month.",
			[]want{{typ: parley.Sanction, source: "Nepal", target: "India", date: "2024-04-28"}}},
	})
}

// TestHdates4YearsAgoThisMonth checks "Ten years ago this month".
func TestHdates4YearsAgoThisMonth(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ten_years_ago_this_month", "2024-05-15",
			"Ten years ago this month, Russia annexed Crimea.",
			[]want{{typ: parley.Coerce, source: "Russia", target: "Ukraine", date: "2014-05"}}},
	})
}

// TestHdates4LaterPredicateOffset checks "the next day" after a second
// predicate: it dates that step, not the act before "and".
func TestHdates4LaterPredicateOffset(t *testing.T) {
	runEventCases(t, []eventCase{
		{"blamed_and_suspended_the_next_day", "2025-06-01",
			"On April 22, gunmen killed 26 tourists in Pahalgam. India blamed Pakistan for the killings and suspended the Indus Waters Treaty the next day.",
			[]want{{typ: parley.Accuse, source: "India", target: "Pakistan", date: "-"}}},
	})
}

// TestHdates4ThatEvening checks an act told "that evening" after a day.
func TestHdates4ThatEvening(t *testing.T) {
	runEventCases(t, []eventCase{
		{"that_evening_after_monday", "2024-05-15",
			"Israeli troops entered Rafah on Monday. That evening, Egypt summoned the Israeli ambassador.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel", date: "2024-05-13"}}},
	})
}
