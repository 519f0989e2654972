package event_test

import (
	"testing"

	"parley"
)

// TestHonorificBeforeTheNamedHolder checks an office named with its holder
// in apposition behind an honorific ("the National Leader of the APC,
// Asiwaju Bola Tinubu"): the meeting is with the holder, not the party.
func TestHonorificBeforeTheNamedHolder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"asiwaju", "2021-03-09",
			"President Muhammadu Buhari on Monday met behind closed doors with the National Leader of the All Progressives Congress, Asiwaju Bola Tinubu, at the Presidential Villa.",
			[]want{{typ: parley.Consult, source: "Muhammadu Buhari", target: "Bola Tinubu", date: "2021-03-08"}}},
		{"alhaji", "2021-03-09",
			"Buhari received the chairman of the party, Alhaji Atiku Abubakar, on Monday.",
			[]want{{typ: parley.Consult, source: "Atiku Abubakar", target: "Muhammadu Buhari"}}},
	})
}

// TestHostNamedAfterStateAndTitle checks a passive whose agent is a
// state's official named after the title ("greeted at the airport by
// Russia's first deputy prime minister, Denis Manturov"): the one named
// received the visitor, not the state.
func TestHostNamedAfterStateAndTitle(t *testing.T) {
	runEventCases(t, []eventCase{
		{"greeted_by_a_titled_official", "2024-07-09",
			"Narendra Modi was greeted at the airport by Russia's first deputy prime minister, Denis Manturov.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Denis Manturov"}}},
	})
}

// TestMealAfterAPassiveGreeting checks a noun of meeting carried by "had"
// past words that describe it, joined by "and" to a passive greeting:
// the one greeted had the dinner, not the one who greeted him.
func TestMealAfterAPassiveGreeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"later_had_an_informal_dinner", "2024-07-09",
			"Indian Prime Minister Narendra Modi arrived in Moscow on Monday. He was greeted at the airport by Russia's first deputy prime minister, Denis Manturov, and later had an informal dinner with President Vladimir Putin.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Vladimir Putin"}}},
	})
}

// TestWarningAfterButInAReport checks a verb of speech joined by "but" to
// what a speaker told ("Xi told Biden that China had no plans to invade
// Taiwan but warned Washington to stop arming the island"): the speaker
// warned, not the state of the reported clause.
func TestWarningAfterButInAReport(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_that_but_warned", "2023-11-16",
			"Xi told Biden that China had no plans to invade Taiwan but warned Washington to stop arming the island.",
			[]want{{typ: parley.Threaten, source: "Xi Jinping", target: "United States"}}},
	})
}

// TestRegardedAsInsult checks a naming by "regard … as" or "consider":
// "he still regarded Xi as a dictator" charges Xi, as "described" would;
// regarding someone as a partner charges no one.
func TestRegardedAsInsult(t *testing.T) {
	runEventCases(t, []eventCase{
		{"regarded_as_a_dictator", "2023-11-16",
			"Biden told reporters he still regarded Xi as a dictator.",
			[]want{{typ: parley.Accuse, source: "Joe Biden", target: "Xi Jinping"}}},
	})
	runNotCases(t, []notCase{
		{"regarded_as_a_partner", "2023-11-16", "Biden regards Xi as a partner.", want{typ: parley.Accuse}},
	})
}

// TestDeedOfAPronounOwner checks a journey or a remark owned by a pronoun
// as the object of a judgement ("Kyiv criticised his trip"): aimed at the
// one the pronoun names, as "criticised Guterres's trip" is.
func TestDeedOfAPronounOwner(t *testing.T) {
	runEventCases(t, []eventCase{
		{"criticised_his_trip", "2024-10-24",
			"UN Secretary-General Antonio Guterres attended the summit in Kazan on Thursday. Kyiv criticised his trip.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "António Guterres"}}},
	})
}
