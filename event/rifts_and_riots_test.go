package event_test

import (
	"strings"
	"testing"

	"parley"
)

// TestSecondVerbAfterAnOffer checks that a past verb joined by "and" to
// an offer or a call is a deed of its own: the offer does not make the
// call that follows a meeting only proposed.
func TestSecondVerbAfterAnOffer(t *testing.T) {
	runEventCases(t, []eventCase{
		{"offered_to_mediate_and_spoke", "2017-06-06",
			"Kuwait's emir offered to mediate and spoke by telephone with King Salman.",
			[]want{{typ: parley.Consult, source: "Sabah Al-Ahmad Al-Jaber Al-Sabah", target: "Salman of Saudi Arabia", status: parley.Occurred, medium: parley.Phone}}},
	})
	runNotCases(t, []notCase{
		{"offered_talks_still_proposed", "2017-06-06",
			"Kuwait's emir offered talks with King Salman.",
			want{typ: parley.Consult, status: parley.Occurred}},
	})
}

// TestGovernmentsQualifiedByParticiples checks that "internationally
// recognised" before a government is no act of recognition, and that the
// government so qualified is its state's.
func TestGovernmentsQualifiedByParticiples(t *testing.T) {
	runEventCases(t, []eventCase{
		{"recognised_government_cut_ties", "2017-06-06",
			"Yemen's internationally recognised government and the Maldives also cut ties with Qatar on Monday.",
			[]want{
				{typ: parley.Sanction, source: "Yemen", target: "Qatar", date: "2017-06-05"},
				{typ: parley.Sanction, source: "Maldives", target: "Qatar", date: "2017-06-05"},
			}},
	})
	runNotCases(t, []notCase{
		{"recognised_is_no_verb", "2017-06-06",
			"Yemen's internationally recognised government cut ties with Qatar on Monday.",
			want{typ: parley.Support}},
		{"criticised_is_no_verb", "2021-06-06",
			"Qatar's widely criticised policy angered Saudi Arabia on Monday.",
			want{typ: parley.Accuse}},
	})
}

// TestPenaltiesOfSeveralImposers checks that "the sanctions" judged after
// several states imposed them on one target are aimed at those states,
// not at whoever the sentence before named.
func TestPenaltiesOfSeveralImposers(t *testing.T) {
	text := "" +
		"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic relations with Qatar on Monday, accusing Doha of supporting terrorism and of cosying up to Iran.\n\n" +
		"The Saudi state news agency said the kingdom had closed its land border with Qatar and would stop Qatari aircraft from using its airspace. The three Gulf states gave Qatari visitors and residents two weeks to leave.\n\n" +
		"Qatar's foreign ministry said the measures were unjustified and based on false claims. \"The aim is clear, and it is to impose guardianship on the state,\" it said.\n\n" +
		"Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, offered to mediate and spoke by telephone with King Salman, a Kuwaiti official said.\n\n" +
		"US Secretary of State Rex Tillerson, speaking in Sydney, urged the Gulf states to stay united and to resolve their differences through dialogue.\n\n" +
		"Iran blamed US President Donald Trump's visit to Riyadh last month for the rift. Turkish President Recep Tayyip Erdogan called the sanctions a mistake and said Ankara would keep its ties with Doha."
	runEventCases(t, []eventCase{
		{"called_the_sanctions_a_mistake", "2017-06-06", text,
			[]want{
				{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Saudi Arabia"},
				{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Egypt"},
			}},
	})
	runNotCases(t, []notCase{
		{"not_at_the_last_speaker", "2017-06-06", text,
			want{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Iran"}},
	})
}

// TestTalksSuspendedInAList checks that talks named second in the object
// of "suspended" are suspended too, not held.
func TestTalksSuspendedInAList(t *testing.T) {
	runNotCases(t, []notCase{
		{"suspended_dialogue_and_talks", "1999-05-10",
			"China suspended its human rights dialogue and talks on arms control with the United States on Sunday.",
			want{typ: parley.Consult}},
	})
	runEventCases(t, []eventCase{
		{"the_suspension_itself", "1999-05-10",
			"China suspended its human rights dialogue and talks on arms control with the United States on Sunday.",
			[]want{{typ: parley.Sanction, source: "China", target: "United States", date: "1999-05-09"}}},
	})
}

// TestThingsThrown checks that a crowd hurling stones at a mission
// protests at its state, and hurling them at the police attacks the
// police.
func TestThingsThrown(t *testing.T) {
	runEventCases(t, []eventCase{
		{"hurled_at_an_embassy", "1999-05-10",
			"Thousands of protesters hurled stones and paint at the United States embassy in Beijing on Sunday.",
			[]want{{typ: parley.Protest, source: "Chinese protesters", target: "United States", date: "1999-05-09", place: "Beijing"}}},
		{"threw_at_the_police", "2023-03-10",
			"Protesters in Tbilisi threw stones at police on Tuesday.",
			[]want{{typ: parley.Assault, source: "Georgian protesters", target: "Georgian Police", date: "2023-03-07"}}},
	})
	runNotCases(t, []notCase{
		{"at_the_police_no_protest", "2023-03-10",
			"Protesters in Tbilisi threw stones at police on Tuesday.",
			want{typ: parley.Protest}},
	})
}

// TestCautionsAgainstMatters checks that a warning against a matter,
// naming no one, is no threat at the side the story quarrels with.
func TestCautionsAgainstMatters(t *testing.T) {
	runNotCases(t, []notCase{
		{"warned_against_excesses", "1999-05-10",
			"China suspended its human rights dialogue with the United States. Hu Jintao said in a televised address that the government supported lawful protests but warned against excesses.",
			want{typ: parley.Threaten}},
	})
}

// TestAccountsRejected checks that an account or explanation rejected
// after someone gave it is aimed at who gave it.
func TestAccountsRejected(t *testing.T) {
	runEventCases(t, []eventCase{
		{"rejected_that_account", "1999-05-10",
			"NATO Secretary General Javier Solana said the alliance had hit the wrong building because of an outdated map. The Chinese foreign ministry rejected that account as unconvincing.",
			[]want{{typ: parley.Reject, source: "Ministry of Foreign Affairs of China", target: "Javier Solana"}}},
	})
}

// TestParticiplesOfSubordinateClauses checks that a participle after an
// "after" clause is dated as that clause's verb, not by the main
// clause's day.
func TestParticiplesOfSubordinateClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"killing_after_the_strike", "1999-05-10",
			"Thousands of protesters gathered in Beijing on Sunday, after NATO missiles struck the Chinese embassy in Belgrade, killing three Chinese journalists.",
			[]want{{typ: parley.Assault, source: "North Atlantic Treaty Organization", target: "Chinese journalists", date: "-"}}},
		{"the_strike_dated_itself", "1999-05-10",
			"Protesters gathered in Beijing on Sunday after NATO missiles struck the Chinese embassy on Friday, killing three Chinese journalists.",
			[]want{{typ: parley.Assault, source: "North Atlantic Treaty Organization", target: "Chinese journalists", date: "1999-05-07"}}},
	})
}

// TestPairsTakingUpDialogue checks that "they" after "the two sides
// said" is the two sides, and that a dialogue continued is talks to
// come.
func TestPairsTakingUpDialogue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"they_of_the_two_sides", "2023-12-15",
			"Venezuelan President Nicolás Maduro and Guyanese President Irfaan Ali met on Thursday. The two sides said they would hold talks in Brasília.",
			[]want{{typ: parley.Consult, source: "Venezuela", target: "Guyana", status: parley.Planned}}},
		{"would_continue_dialogue", "2023-12-15",
			"Venezuela and Guyana said they would continue dialogue.",
			[]want{{typ: parley.Consult, source: "Venezuela", target: "Guyana", status: parley.Planned}}},
	})
}

// TestGovernmentsOfAPairNoLeague checks that "the two governments" are
// never a league and a state that were the subjects of the sentence
// before.
func TestGovernmentsOfAPairNoLeague(t *testing.T) {
	runNotCases(t, []notCase{
		{"no_league_among_governments", "2024-01-04",
			"Somalia recalled its ambassador to Ethiopia on Tuesday. The Arab League and Egypt backed Somalia on Wednesday. Turkey offered to host talks between the two governments.",
			want{typ: parley.Agree, source: "Turkey", target: "Arab League"}},
	})
}

// TestAttendeesListed checks that those a sentence lists as having
// attended a hosted gathering each met its host.
func TestAttendeesListed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"those_attending_included", "2023-08-23",
			"Cyril Ramaphosa hosted the BRICS summit in Johannesburg on Tuesday. Those attending included President Xi Jinping of China, Prime Minister Narendra Modi of India and President Luiz Inácio Lula da Silva of Brazil.",
			[]want{
				{typ: parley.Consult, source: "Xi Jinping", target: "Cyril Ramaphosa", date: "2023-08-22"},
				{typ: parley.Consult, source: "Narendra Modi", target: "Cyril Ramaphosa", date: "2023-08-22"},
				{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Cyril Ramaphosa", date: "2023-08-22"},
			}},
	})
	runEventCases(t, []eventCase{
		{"he_was_joined_by", "2023-08-23",
			"The summit was hosted by Cyril Ramaphosa in Johannesburg on Tuesday. He was joined by President Xi Jinping of China and Prime Minister Narendra Modi of India.",
			[]want{
				{typ: parley.Consult, source: "Xi Jinping", target: "Cyril Ramaphosa", date: "2023-08-22"},
				{typ: parley.Consult, source: "Narendra Modi", target: "Cyril Ramaphosa", date: "2023-08-22"},
			}},
		{"joined_by_video_link_by", "2023-08-23",
			"Cyril Ramaphosa chaired a virtual meeting of BRICS leaders on Tuesday. He was joined by video link by President Xi Jinping of China and Prime Minister Narendra Modi of India.",
			[]want{
				{typ: parley.Consult, source: "Xi Jinping", target: "Cyril Ramaphosa", date: "2023-08-22", medium: parley.Virtual},
				{typ: parley.Consult, source: "Narendra Modi", target: "Cyril Ramaphosa", date: "2023-08-22", medium: parley.Virtual},
			}},
		{"participating_by_video_link", "2023-08-23",
			"Cyril Ramaphosa held a meeting with BRICS leaders on Tuesday. Participating by video link were President Xi Jinping of China and Prime Minister Narendra Modi of India.",
			[]want{
				{typ: parley.Consult, source: "Xi Jinping", target: "Cyril Ramaphosa", date: "2023-08-22", medium: parley.Virtual},
				{typ: parley.Consult, source: "Narendra Modi", target: "Cyril Ramaphosa", date: "2023-08-22", medium: parley.Virtual},
			}},
	})
	runNotCases(t, []notCase{
		{"attendance_judged_no_list", "2023-08-23",
			"Cyril Ramaphosa hosted the BRICS summit in Johannesburg on Tuesday. The leaders who attended were divided over Narendra Modi's proposal.",
			want{typ: parley.Consult, source: "Narendra Modi"}},
	})
}

// TestSecondCallAfterAnAskedDate checks that a date inside the infinitive
// of a first request does not date a second request joined by "and".
func TestSecondCallAfterAnAskedDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"second_call_undated", "2024-05-01",
			"The Security Council adopted resolution 2729 on Tuesday. The Council urged South Sudan to hold elections in December 2024 and called on Sudan to cease hostilities immediately.",
			[]want{{typ: parley.Request, source: "United Nations Security Council", target: "Sudan", status: parley.Occurred}}},
	})
	runNotCases(t, []notCase{
		{"not_the_elections_month", "2024-05-01",
			"The Security Council adopted resolution 2729 on Tuesday. The Council urged South Sudan to hold elections in December 2024 and called on Sudan to cease hostilities immediately.",
			want{typ: parley.Request, target: "Sudan", date: "2024-12"}},
	})
}

// TestForumsLeft checks that "the Forum" as an object is the forum named
// before, that beginning "the process of leaving" it is leaving it, and
// that "they" after a list with articles is the whole list.
func TestForumsLeft(t *testing.T) {
	runEventCases(t, []eventCase{
		{"process_of_leaving_the_forum", "2022-07-12",
			"The Pacific Islands Forum met in Suva. Tonga began the process of quitting the Forum on Monday.",
			[]want{{typ: parley.Sanction, source: "Tonga", target: "Pacific Islands Forum", date: "2022-07-11"}}},
		{"they_of_a_list_with_articles", "2022-07-12",
			"The Pacific Islands Forum met in Suva. Tonga, the Solomon Islands, the Cook Islands and Fiji announced that they would begin the process of leaving the Forum.",
			[]want{
				{typ: parley.Sanction, source: "Tonga", target: "Pacific Islands Forum", status: parley.Planned},
				{typ: parley.Sanction, source: "Solomon Islands", target: "Pacific Islands Forum", status: parley.Planned},
				{typ: parley.Sanction, source: "Fiji", target: "Pacific Islands Forum", status: parley.Planned},
			}},
	})
}

// TestHostedAndAttended checks that a gathering "hosted by" one and
// "attended by" others is a meeting of each guest with the host, not of
// the guests with one another.
func TestHostedAndAttended(t *testing.T) {
	text := "The signing in Lima was hosted by President Alan García and attended by President Michelle Bachelet of Chile and President Evo Morales of Bolivia."
	runEventCases(t, []eventCase{
		{"guests_met_the_host", "2008-03-06", text,
			[]want{
				{typ: parley.Consult, source: "Michelle Bachelet", target: "Alan García"},
				{typ: parley.Consult, source: "Evo Morales", target: "Alan García"},
			}},
	})
	runNotCases(t, []notCase{
		{"guests_not_paired", "2008-03-06", text,
			want{typ: parley.Consult, source: "Michelle Bachelet", target: "Evo Morales"}},
	})
}

// TestTiesBrokenAndRestored checks that ties broken and then "restored"
// by a pronoun in one sentence are two acts, each of its own time.
func TestTiesBrokenAndRestored(t *testing.T) {
	text := "Morocco severed diplomatic relations with Iran in 2009 and restored them in March 2014."
	runEventCases(t, []eventCase{
		{"restored_them", "2016-10-20", text,
			[]want{{typ: parley.Support, source: "Morocco", target: "Iran", date: "2014-03"}}},
	})
	runNotCases(t, []notCase{
		{"the_break_not_of_the_restoring_month", "2016-10-20", text,
			want{typ: parley.Sanction, source: "Morocco", target: "Iran", date: "2014-03"}},
	})
}

// TestTalksWhereAVisitEnded checks a "where" clause after a list of
// visits: its day is the last place's, "the two governments" are the
// visitor's state and that place, and a name after "with" does not join
// the subject of the clause "and" opens after it.
func TestTalksWhereAVisitEnded(t *testing.T) {
	text := "Chinese Foreign Minister Wang Yi signed a security pact with the Solomon Islands on Thursday. He then visited Kiribati on Friday and Samoa on Saturday, where he held talks with Prime Minister Fiamē Naomi Mata'afa and the two governments signed agreements on economic cooperation."
	runEventCases(t, []eventCase{
		{"talks_of_the_last_day", "2022-05-30", text,
			[]want{
				{typ: parley.Consult, source: "Wang Yi", target: "Fiamē Naomi Mata'afa", date: "2022-05-28"},
				{typ: parley.Agree, source: "China", target: "Samoa"},
			}},
	})
	runRuledOut(t, []ruledOutCase{
		{"no_pact_of_the_prime_minister", "2022-05-30", text,
			want{typ: parley.Agree, source: "China", target: "Samoa"},
			want{typ: parley.Agree, source: "Fiamē Naomi Mata'afa"}},
		{"no_talks_with_the_earlier_partner", "2022-05-30", text,
			want{typ: parley.Consult, source: "Wang Yi", target: "Fiamē Naomi Mata'afa"},
			want{typ: parley.Consult, source: "Wang Yi", target: "Samoa"}},
	})
}

// TestMeetingsAsPurposeOfAReception checks that "for a meeting on …"
// after a reception names the same meeting, however far after the verb.
func TestMeetingsAsPurposeOfAReception(t *testing.T) {
	runNotCases(t, []notCase{
		{"received_for_a_meeting", "2025-04-15",
			"The President of El Salvador, Nayib Bukele, was received on Monday by the President of the United States, Donald J. Trump, in the Oval Office of the White House, for a meeting on security and migration between the two nations.",
			want{typ: parley.Consult, source: "Donald Trump", target: "El Salvador"}},
	})
}

// TestMissilesWatchedByTheReporter checks that a missile fired into the
// sea is a show of force at the state whose military reports it.
func TestMissilesWatchedByTheReporter(t *testing.T) {
	runEventCases(t, []eventCase{
		{"into_the_sea_said_the_watcher", "2023-11-02",
			"North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea's military said.",
			[]want{{typ: parley.Mobilize, source: "North Korea", target: "South Korea", date: "2023-11-02"}}},
	})
}

// TestInvitationsConveyed checks that an invitation sent, conveyed,
// renewed or handed is a request to meet, and one relayed from another
// is not the messenger's.
func TestInvitationsConveyed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"conveyed_an_invitation", "2024-07-16",
			"Mohamed bin Zayed conveyed an invitation to Prabowo Subianto to visit the UAE.",
			[]want{{typ: parley.Request, source: "Mohamed bin Zayed Al Nahyan", target: "Prabowo Subianto"}}},
		{"handed_an_invitation", "2024-07-16",
			"Mohamed bin Zayed handed Prabowo Subianto an invitation to visit the UAE.",
			[]want{{typ: parley.Request, source: "Mohamed bin Zayed Al Nahyan", target: "Prabowo Subianto"}}},
	})
	runNotCases(t, []notCase{
		{"relayed_invitation", "2024-07-16",
			"Abdullah bin Zayed conveyed an invitation from Mohamed bin Zayed to Prabowo Subianto to visit the UAE.",
			want{typ: parley.Request, source: "Abdullah bin Zayed Al Nahyan", target: "Mohamed bin Zayed Al Nahyan"}},
	})
}

// TestAcceptanceKeptApart checks that an invitation accepted is an accord
// of its own, not merged into the agreements signed the same day.
func TestAcceptanceKeptApart(t *testing.T) {
	a := analyze(t, "Mohamed Muizzu and Narendra Modi signed four agreements in New Delhi on Monday. Muizzu invited Modi to visit the Maldives. The invitation was accepted.", "2024-10-08")
	found := false
	for _, e := range a.Events {
		found = found || e.Type == parley.Agree && strings.HasPrefix(e.Evidence.Sentence, "The invitation was accepted")
	}
	if !found {
		t.Errorf("no accord told by the acceptance in %s", describe(a.Events))
	}
}

// TestRangesAfterToDate checks that "to date" is no infinitive: a range
// of days after it still dates the act by its first day.
func TestRangesAfterToDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"largest_drills_to_date", "2023-08-10",
			"Australian and Filipino forces will hold Exercise Alon, their largest joint drills to date, from August 14 to 31.",
			[]want{{typ: parley.Cooperate, source: "Australian Defence Force", target: "Armed Forces of the Philippines", status: parley.Planned, date: "2023-08-14"}}},
	})
}

// TestTitledSecondSubject checks that a second subject named by a
// capitalised title and its name in apposition ("the Premier of
// Greenland, Hans Enoksen,") joins the first.
func TestTitledSecondSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"premier_in_apposition", "2008-05-28",
			"Foreign Minister Per Stig Møller and the Premier of Greenland, Hans Enoksen, today signed an accord on fisheries.",
			[]want{{typ: parley.Agree, source: "Per Stig Møller", target: "Hans Enoksen", date: "2008-05-28"}}},
	})
}

// TestProtestsAgainstAVisit checks that a crowd protesting against a
// leader's visit protests against the visitor, not its own government.
func TestProtestsAgainstAVisit(t *testing.T) {
	runEventCases(t, []eventCase{
		{"against_the_visit_of", "1974-01-16",
			"Thousands of students marched through the centre of Jakarta yesterday in protest against the visit of Japanese Prime Minister Kakuei Tanaka.",
			[]want{{typ: parley.Protest, source: "Indonesian protesters", target: "Kakuei Tanaka", date: "1974-01-15"}}},
		{"against_his_visit", "1998-11-20",
			"Thousands of students rallied in Manila on Thursday against Bill Clinton's visit.",
			[]want{{typ: parley.Protest, source: "Philippine protesters", target: "Bill Clinton"}}},
		{"a_day_after_a_visit", "1998-11-20",
			"Thousands of students rallied in Manila on Thursday, a day after Bill Clinton's visit.",
			[]want{{typ: parley.Protest, source: "Philippine protesters", target: "Philippines"}}},
	})
}
