package timex

import (
	"testing"

	"parley"
)

// runCases checks each case with one tagger, as articles are tagged one
// after another; an expression written "!text" must not be tagged.
func runCases(t *testing.T, cases []tableCase) {
	t.Helper()
	tg := New()
	for _, c := range cases {
		if c.expr[0] == '!' {
			c.expr, c.negative = c.expr[1:], true
		}
		if msg := c.check(tg); msg != "" {
			t.Errorf("%q in %q: %s", c.expr, c.text, msg)
		}
	}
}

// TestDayAnchorDoesNotLeak checks that the day a text told last is
// forgotten with the text: a pooled state must not let "the next day" in
// one article count from a day told in the article tagged before it.
func TestDayAnchorDoesNotLeak(t *testing.T) {
	tg := New()
	pub := parley.MustParseDate("2024-05-15")
	first := "The ministers of the two countries and their many advisers and aides met again in the old capital on 6 May 2024."
	second := "Earlier this month, the ministers met. They signed a deal the next day."
	for range 3 {
		tg.Tag(first, nil, pub)
		for _, x := range tg.Tag(second, nil, pub) {
			if x.Text == "the next day" && x.Value.String() != "2024-05" {
				t.Fatalf("the next day = %s, want 2024-05 (a day of the month told)", x.Value)
			}
		}
	}
}

// TestHdates4Cases checks expressions whose year or day is set by words
// around them.
func TestHdates4Cases(t *testing.T) {
	pub := parley.MustParseDate("2024-05-15")
	runCases(t, []tableCase{
		// A month right after "last year" or "this year" is of that year.
		{pub: pub, text: "Last year in March, India expelled a Canadian diplomat.", expr: "March", value: "2023-03"},
		{pub: pub, text: "Last year, in March, the two sides met in Delhi.", expr: "March", value: "2023-03"},
		{pub: pub, text: "Last year, on 3 March, the two sides met in Delhi.", expr: "3 March", value: "2023-03-03"},
		{pub: pub, text: "This year in February, Japan signed a pact with Manila.", expr: "February", value: "2024-02"},
		{pub: pub, text: "India expelled a Canadian diplomat in March of last year.", expr: "March of last year", value: "2023-03"},
		// …not a month further on in the sentence.
		{pub: pub, text: "Trade fell last year, but in March exports rose.", expr: "March", value: "2024-03"},
		// A slash date that could be either way round: the reading that
		// keeps a past act before the paper's day.
		{pub: pub, text: "Japan and the Philippines signed the pact on 12/05/2024.", expr: "12/05/2024", value: "2024-05-12"},
		{pub: pub, text: "The two leaders will meet on 12/05/2024.", expr: "12/05/2024", value: "2024-12-05"},
		{pub: pub, text: "The pact was signed on 03/05/2024.", expr: "03/05/2024", value: "2024-03-05"},
		// A weekday with the week it falls in (pub is a Wednesday).
		{pub: pub, text: "The ministers met on Monday last week.", expr: "Monday last week", value: "2024-05-06"},
		{pub: pub, text: "The ministers met on Sunday last week.", expr: "Sunday last week", value: "2024-05-12"},
		{pub: pub, text: "The ministers will meet on Friday next week.", expr: "Friday next week", value: "2024-05-24"},
		{pub: pub, text: "The ministers met on Monday this week.", expr: "Monday this week", value: "2024-05-13"},
		// A day of a month named from the paper's.
		{pub: pub, text: "The ministers met on the 12th of this month.", expr: "the 12th of this month", value: "2024-05-12"},
		{pub: pub, text: "The ministers met on the 28th of last month.", expr: "the 28th of last month", value: "2024-04-28"},
		{pub: pub, text: "The ministers will meet on the 3rd of next month.", expr: "the 3rd of next month", value: "2024-06-03"},
		// An anniversary: the month or day, years back.
		{pub: pub, text: "Ten years ago this month, Russia annexed Crimea.", expr: "Ten years ago this month", value: "2014-05"},
		{pub: pub, text: "A year ago today, the two sides signed a truce.", expr: "A year ago today", value: "2023-05-15"},
		{pub: pub, text: "Ten years ago, Russia annexed Crimea.", expr: "Ten years ago", value: "2014"},
	})
}

// TestHdates4ThatEvening checks "that evening", "that night": the day the
// text told last.
func TestHdates4ThatEvening(t *testing.T) {
	pub := parley.MustParseDate("2024-05-15")
	runCases(t, []tableCase{
		{pub: pub, text: "Troops entered the town on Monday. That evening, Cairo summoned the ambassador.", expr: "That evening", value: "2024-05-13"},
		{pub: pub, text: "Troops entered the town on Monday. Cairo summoned the ambassador later that night.", expr: "that night", value: "2024-05-13"},
		{pub: pub, text: "Cairo summoned the ambassador that night.", expr: "!that night"},
	})
}

// TestOccasionsAskedFor checks that a month named for an occasion a
// verb in the past asked for is the month to come, and that a month a
// past act took place in stays past.
func TestOccasionsAskedFor(t *testing.T) {
	pub := parley.MustParseDate("2010-11-28")
	runCases(t, []tableCase{
		{pub: pub, text: "On Monday the Greens called for a general election in the second half of January.", expr: "January", value: "2011-01"},
		{pub: pub, text: "The opposition urged a referendum in February.", expr: "February", value: "2011-02"},
		{pub: pub, text: "The opposition called the government corrupt in January.", expr: "January", value: "2010-01"},
		{pub: pub, text: "Ireland held a general election in February.", expr: "February", value: "2010-02"},
		// Hours count from the last day told, not from a month named since.
		{pub: pub, text: "On Monday the Greens called for an election in January. Hours later Cowen refused to go.", expr: "Hours later", value: "2010-11-22"},
	})
}

// TestInvitationsAhead checks that a month after an invitation to a place
// or an occasion dates the visit, which is to come, while a month the
// invitation itself is dated by, before the place, stays past.
func TestInvitationsAhead(t *testing.T) {
	pub := parley.MustParseDate("2023-01-09")
	runCases(t, []tableCase{
		{pub: pub, text: "Biden also invited Lula to Washington in early February.", expr: "early February", value: "2023-02"},
		{pub: pub, text: "The emir invited the president for talks in March.", expr: "March", value: "2023-03"},
		{pub: pub, text: "In December the emir invited the president to Doha.", expr: "December", value: "2022-12"},
		{pub: pub, text: "The emir invited the president in December to visit Doha.", expr: "December", value: "2022-12"},
		{pub: pub, text: "The emir visited Paris in March.", expr: "March", value: "2022-03"},
	})
}

// TestIntentsAhead checks that a month after the infinitive a past verb
// of intent governs ("agreed to finalise … in October") is the month to
// come, while a journey's purpose and a month before the infinitive stay
// past.
func TestIntentsAhead(t *testing.T) {
	pub := parley.MustParseDate("2025-07-30")
	runCases(t, []tableCase{
		{pub: pub, text: "The leaders agreed to finalise the framework before the summit in October.", expr: "October", value: "2025-10"},
		{pub: pub, text: "Jakarta and Kuala Lumpur had instructed their ministers to settle the dispute in November.", expr: "November", value: "2025-11"},
		{pub: pub, text: "The minister travelled to Paris to attend the summit in May.", expr: "May", value: "2025-05"},
		{pub: pub, text: "The leaders agreed in February to finalise the framework.", expr: "February", value: "2025-02"},
	})
}

// TestYearsAheadAndHoursLater checks that a year named for something still
// to come does not carry to a past day in the same sentence, that a future
// one still does, and that "Hours later" at the head of a sentence counts
// from the day of the sentence before's main clause, not from a day told
// in an aside after it.
func TestYearsAheadAndHoursLater(t *testing.T) {
	pub := parley.MustParseDate("2012-06-30")
	lead := "The bloc resolved yesterday to suspend the country until the elections of April 2013, over the trial in which the Senate removed the president on 22 June."
	runCases(t, []tableCase{
		{pub: pub, text: lead, expr: "22 June", value: "2012-06-22"},
		{pub: pub, text: lead + " Hours later, the union suspended it too.", expr: "Hours later", value: "2012-06-29"},
		{pub: pub, text: "The bloc will meet on 22 June 2013 and will hold a summit on 24 June.", expr: "24 June", value: "2013-06-24"},
	})
}

// TestDaysAcrossSentences checks days told without a year or with
// "Hours later" against what earlier sentences told: "Hours later" counts
// from the story's day of the week before the paper, not from a day years
// back named in passing; a dateline's year does not carry a day past the
// publication date.
func TestDaysAcrossSentences(t *testing.T) {
	runCases(t, []tableCase{
		{pub: parley.MustParseDate("2018-04-24"), expr: "Hours later", value: "2018-04-22",
			text: "The climax came on Sunday morning, when Sargsyan met Pashinyan. Sargsyan reminded him that he had not learnt the lessons of 1 March 2008, and walked out. Hours later police detained Pashinyan."},
		{pub: parley.MustParseDate("2024-06-15"), expr: "December 31", value: "2023-12-31",
			text: "LONDON, June 15, 2024 (Reuters) - Officials spoke on Thursday.\n\nOn December 31, President Gustavo Petro announced a ceasefire."},
	})
}

// TestPartsOfTheDayTold checks "in the afternoon", "in the early
// evening": the day the text told last, none when it told no day, and
// not when a date follows ("in the morning of 4 May" is that date's).
func TestPartsOfTheDayTold(t *testing.T) {
	pub := parley.MustParseDate("2024-05-15")
	runCases(t, []tableCase{
		{pub: pub, text: "Seoul announced the visit on Monday. The two ministers spoke by phone in the afternoon.", expr: "the afternoon", value: "2024-05-13"},
		{pub: pub, text: "Seoul announced the visit on Monday. The two ministers spoke in the early evening.", expr: "the early evening", value: "2024-05-13"},
		{pub: pub, text: "The two ministers spoke by phone in the afternoon.", expr: "!the afternoon"},
		{pub: pub, text: "Seoul announced the visit on Monday. The ministers met in the morning of May 10.", expr: "May 10", value: "2024-05-10"},
	})
}

// TestFrontedDatesOfSayings checks that a date opening the sentence takes
// the tense of the saying after it ("In May, Somalia announced it would
// …" is last May), while a date a saying follows after a comma at the
// end of a clause keeps the clause's.
func TestFrontedDatesOfSayings(t *testing.T) {
	pub := parley.MustParseDate("2021-12-08")
	runCases(t, []tableCase{
		{pub: pub, text: "In May, Djibouti announced it would reopen the border.", expr: "May", value: "2021-05"},
		{pub: pub, text: "On Friday, the ministry said talks would resume.", expr: "Friday", value: "2021-12-03"},
		{pub: pub, text: "Talks will resume on December 20, the ministry said.", expr: "December 20", value: "2021-12-20"},
	})
}
