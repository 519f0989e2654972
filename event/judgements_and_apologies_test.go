package event_test

import (
	"testing"

	"parley"
)

// TestCalledAMistake checks that calling another's decision a mistake is
// criticism of its author, and that advice or one's own admission is not.
func TestCalledAMistake(t *testing.T) {
	runEventCases(t, []eventCase{
		{"decision_was_a_mistake", "2023-07-11",
			"Kremlin spokesman Dmitry Peskov told reporters in Moscow that the French decision was a mistake and would force Russia to respond.",
			[]want{{typ: parley.Accuse, source: "Dmitry Peskov", target: "France"}}},
		{"an_erroneous_decision", "2023-07-11",
			"Foreign Minister Sergey Lavrov said Germany's decision to send tanks was erroneous.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "Germany"}}},
	})
	runEventCases(t, []eventCase{
		{"advice_is_no_charge", "2023-07-11", "Macron said it would be a mistake to isolate Russia.", nil},
		{"own_mistake_admitted", "2023-07-11", "Biden admitted that the withdrawal had been a mistake.", nil},
	})
}

// TestHowToTakeItIsNoDemand checks that saying how something should be
// read is no request of anyone.
func TestHowToTakeItIsNoDemand(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_reporters_not_to_read_it_so", "2018-09-06",
			"Australian Prime Minister Scott Morrison skipped the forum. Ms Payne told reporters that the Prime Minister's absence should not be read as a lack of interest.", nil},
		{"said_it_should_be_seen_as", "2018-09-06",
			"Australian Prime Minister Scott Morrison skipped the forum. Payne said Morrison's absence should be seen as a sign of pressing work at home.", nil},
		// An obligation denied, or named as a noun, lays none on anyone;
		// a demand of others' recalled is not the speaker's.
		{"will_not_need_to", "2014-05-03",
			"“As long as I am president, the chancellor of Germany will not need to worry about this,” Obama said.", nil},
		{"beyond_the_need_to", "2005-05-24",
			"Chief Cabinet Secretary Hiroyuki Hosoda said on Monday that Beijing had given no explanation beyond the need to attend to urgent business.", nil},
		{"others_earlier_demands", "2011-03-18",
			"The Security Council met on Thursday. Mark Lyall Grant of the United Kingdom said the Libyan government had answered the Council's earlier demands.", nil},
	})
	runEventCases(t, []eventCase{
		{"told_someone_to_act_still_asks", "2018-09-06",
			"Ms Payne told reporters that China should stop its pressure on Taiwan.",
			[]want{{typ: parley.Request, source: "Marise Payne", target: "China"}}},
	})
}

// TestBehavedImproperly checks that a charge made with an adverb
// ("behaved improperly", "acted inappropriately") is one.
func TestBehavedImproperly(t *testing.T) {
	runEventCases(t, []eventCase{
		{"behaved_improperly", "2018-09-06",
			"In Beijing, foreign ministry spokeswoman Hua Chunying said on Thursday that the Nauruan side had behaved improperly.",
			[]want{{typ: parley.Accuse, source: "Hua Chunying", target: "Nauru", date: "2018-09-06"}}},
		{"acted_inappropriately", "2018-09-06",
			"Foreign Minister Wang Yi said the Australian government had acted inappropriately.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "Australia"}}},
	})
}

// TestApologyGiven checks an apology offered, conveyed or expressed to
// someone: as "apologised to", support for them; none when none is given.
func TestApologyGiven(t *testing.T) {
	runEventCases(t, []eventCase{
		{"offered_an_apology", "2015-12-28", "Japan offered an apology to South Korea on Monday.",
			[]want{{typ: parley.Support, source: "Japan", target: "South Korea", date: "2015-12-28"}}},
		{"expressed_its_apologies", "2015-12-28", "Japan expressed its apologies to South Korea on Monday.",
			[]want{{typ: parley.Support, source: "Japan", target: "South Korea", date: "2015-12-28"}}},
		{"conveyed_to_x_the_apologies", "2015-12-28", "Prime Minister Shinzo Abe conveyed directly to President Park Geun-hye the apologies and remorse stated in the announcement.",
			[]want{{typ: parley.Support, source: "Shinzo Abe", target: "Park Geun-hye"}}},
	})
	runEventCases(t, []eventCase{
		{"no_apology_offered", "2015-12-28", "Tokyo offered no apology to Seoul.", nil},
		{"no_apology_expressed", "2015-12-28", "Japan expressed no apology to South Korea on Monday.", nil},
	})
	runNotCases(t, []notCase{
		{"an_apology_is_no_accord", "2015-12-28", "Japan offered an apology to South Korea on Monday.", want{typ: parley.Agree}},
	})
}

// TestDeedJudgedAfterATimePhrase checks a deed told before and judged in
// words said after a time phrase and "that" ("said at the time that the
// attack was unacceptable"): the judgement is aimed at the deed's doer.
func TestDeedJudgedAfterATimePhrase(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_at_the_time_that_the_attack", "2024-05-07",
			"Prague summoned the Russian ambassador over the attack on the email accounts of the Czech foreign ministry. Foreign Minister Jan Lipavsky said at the time that the attack was completely unacceptable.",
			[]want{{typ: parley.Accuse, source: "Jan Lipavský", target: "Russia"}}},
	})
}
