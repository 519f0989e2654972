// Package timex finds the date expressions of an English news article and
// resolves each to a calendar date against the publication date.
//
// The tagger is hand-written over a small tokenizer: one pass over the
// bytes splits words, numbers and punctuation (keeping whether they touch,
// which tells "May 19" from "COVID-19"), each word is looked up once in a
// lexicon, and rules keyed on the first word of an expression read the
// forms news uses:
//
//   - absolute dates: "May 19", "19 May 2021", "May 19th, 2021", "Sept. 1",
//     "2021-05-19", "19.05.2021", "05/19/2021", "May 2021", "in 2010",
//     "the 1990s", "the '90s", "2010-2015";
//   - ranges, read as one expression: "May 19-21", "14–16 June 2021", "3 to
//     5 June", "from 20 to 22 March 2023", "between 1 and 3 June", "from May
//     3 to May 5, 2021", "from late March to early April 2023", "between
//     March and May 2022", "from 2019 to 2021"; an end without a year or
//     month takes it from the other end, and "postponed from May 3 to May
//     10" stays two dates;
//   - parts of periods: "mid-June", "early 2022", "the late 1990s", "the end
//     of May", "earlier this month", "later this year", "early next year";
//   - weekdays: "on Friday", "last Friday", "Monday's meeting", "Friday
//     night", "Friday, May 19";
//   - deictic words: today, tonight, yesterday, tomorrow, "last night",
//     "this week", "last month", "next year", "this weekend", seasons;
//   - counted offsets: "two days ago", "less than two weeks ago", "a decade
//     ago", "in two weeks", "within three months", "the past six weeks", "the
//     coming days", "three years later", "two days after May 19", "the next
//     day", "the same day";
//   - anniversaries: "the 20th anniversary", "its centennial", "100th
//     birthday", "golden jubilee" name the year of the occasion they mark.
//
// # Resolution
//
// Weekdays and year-less dates point back or forward according to the
// tense and modality of their clause, read from the nearest verb group:
// "announced on Friday" looks back, "would hold talks on Monday", "is set
// to", "is expected to", "plans to", "is scheduled for" look forward, and a
// weekday equal to the publication day is that day. Without tense a
// weekday is the most recent such day on or before publication, a bare
// month the nearest such month, and a year-less day the nearest such day
// (an article of 2021-01-02 saying "on December 30" means 2020-12-30). A
// year written earlier in the same sentence carries over to a year-less
// date after it. "Two days later", "the following week" and the like
// anchor on the last date the text established.
//
// Every expression carries a Value at the finest precision the text
// supports and, where it is vague, Earliest and Latest bounds (inclusive
// days). Conventions where news is vague: a week offset ("two weeks ago")
// is a seven-day window around its day; a month or year offset names the
// whole calendar month or year; "a decade ago" is a three-year window;
// "less than N ago" runs from N ago to publication and "more than N ago"
// from 2N to N ago; "a few" is two to four, "several" three to nine; the
// early, middle and late parts of a month are days 1–10, 11–20 and 21 to
// the end, of a year January–April, May–August and September–December;
// "the end of the year" is November–December; seasons are the
// meteorological seasons of the northern hemisphere. The Value of a vague
// period is the month or year its bounds share, or else the year of its
// middle; a decade's Value is its first year. A range the text writes out
// ("from 20 to 22 March") follows the labelling of the events-dev set: its
// month when all its days lie in one month, else the year it starts in,
// with Precision to match; a range without a year is placed like a single
// date, by where its start falls.
//
// Governing picks, for a clause, the expression that dates it, so the
// event and quote stages can ask when a clause happened.
package timex
