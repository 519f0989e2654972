package event_test

import (
	"slices"
	"testing"

	"parley"
)

// TestCounterpartsPaired checks "their … counterparts" after two or more
// people: each meets the holder of their own portfolio, or the state when
// the offices do not pair.
func TestCounterpartsPaired(t *testing.T) {
	tests := []eventCase{
		{"their_counterparts_each_his_own", "2024-07-29",
			"Wong and Marles met their Indian counterparts on Monday.",
			[]want{{typ: parley.Consult, source: "Penny Wong", target: "Subrahmanyam Jaishankar", date: "2024-07-29"},
				{typ: parley.Consult, source: "Richard Marles", target: "Rajnath Singh"}}},
		{"hosts_of_their_counterparts_each_his_own", "2024-07-29",
			"Penny Wong and Richard Marles hosted their Indian counterparts in Sydney on Monday.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Penny Wong"},
				{typ: parley.Consult, source: "Rajnath Singh", target: "Richard Marles"}}},
		{"talks_with_their_counterparts_planned", "2024-07-29",
			"Jaishankar and Rajnath Singh will travel to Tokyo next week for talks with their Japanese counterparts.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Yōko Kamikawa", status: parley.Planned},
				{typ: parley.Consult, source: "Rajnath Singh", target: "Minoru Kihara", status: parley.Planned}}},
		{"the_two_secretaries_and_their_counterparts", "2024-07-29",
			"Blinken and Austin arrived in Tokyo on Sunday. The two secretaries met their Japanese counterparts on Monday.",
			[]want{{typ: parley.Consult, source: "Lloyd Austin", target: "Minoru Kihara", date: "2024-07-29"}}},
		{"counterparts_from_a_state_named_after", "2024-07-29",
			"Wong and Marles held talks with their counterparts from India on Monday.",
			[]want{{typ: parley.Consult, source: "Penny Wong", target: "Subrahmanyam Jaishankar"},
				{typ: parley.Consult, source: "Richard Marles", target: "Rajnath Singh"}}},
		{"counterparts_of_two_states", "2024-07-29",
			"Blinken and Austin will meet their Japanese and Australian counterparts in Tokyo next week.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Penny Wong", status: parley.Planned},
				{typ: parley.Consult, source: "Lloyd Austin", target: "Minoru Kihara", status: parley.Planned}}},
		// Offices a state has many holders of: the state's officials.
		{"ministers_of_many_offices_meet_the_state", "2024-05-10",
			"Yellen and Raimondo met their Chinese counterparts in Beijing on Monday.",
			[]want{{typ: parley.Consult, source: "Janet Yellen", target: "China"}, {typ: parley.Consult, source: "Gina Raimondo", target: "China"}}},
		// Owners who are no people: the counterparts' state.
		{"ministers_of_a_state_meet_the_other_state", "2024-07-29",
			"Australia's foreign and defence ministers held talks with their Indian counterparts on Monday.",
			[]want{{typ: parley.Consult, source: "Australia", target: "India"}}},
	}
	runEventCases(t, tests)
	runRuledOut(t, []ruledOutCase{
		{"a_leader_and_a_minister_with_theirs", "2024-07-29",
			"Penny Wong and Anthony Albanese met their Indian counterparts in Delhi on Monday.",
			want{typ: parley.Consult, source: "Anthony Albanese", target: "Narendra Modi"},
			want{typ: parley.Consult, source: "Penny Wong", target: "Narendra Modi"}},
		{"named_counterparts_in_another_order", "2024-07-29",
			"Penny Wong and Richard Marles held talks with their Indian counterparts, Rajnath Singh and Subrahmanyam Jaishankar, in Delhi.",
			want{typ: parley.Consult, source: "Penny Wong", target: "Subrahmanyam Jaishankar"},
			want{typ: parley.Consult, source: "Richard Marles", target: "Subrahmanyam Jaishankar"}},
		{"call_with_their_counterparts", "2024-07-29",
			"Wong and Marles spoke to their American counterparts by phone on Friday.",
			want{typ: parley.Consult, source: "Penny Wong", target: "Antony Blinken", medium: parley.Phone},
			want{typ: parley.Consult, source: "Richard Marles", target: "Antony Blinken"}},
		// Two of one office share the one counterpart, not the state.
		{"two_foreign_ministers_one_counterpart", "2024-07-29",
			"The Australian and Indian foreign ministers, Penny Wong and Subrahmanyam Jaishankar, met their Japanese counterparts on Monday.",
			want{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Yōko Kamikawa"},
			want{typ: parley.Consult, target: "Japan"}},
	})
	runNotCases(t, []notCase{
		{"foreign_minister_not_with_the_defence_minister", "2024-07-29",
			"Wong and Marles met their Indian counterparts on Monday.",
			want{typ: parley.Consult, source: "Penny Wong", target: "Rajnath Singh"}},
		{"counterparts_of_two_states_not_crossed", "2024-07-29",
			"Blinken and Austin will meet their Japanese and Australian counterparts in Tokyo next week.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Richard Marles"}},
		{"counterparts_from_a_state_are_not_each_other", "2024-07-29",
			"Wong and Marles held talks with their counterparts from India on Monday.",
			want{typ: parley.Consult, source: "Penny Wong", target: "Richard Marles"}},
		{"ministers_not_with_the_head_of_state", "2024-07-29",
			"Australia's foreign and defence ministers held talks with their Indian counterparts on Monday.",
			want{typ: parley.Consult, target: "Droupadi Murmu"}},
	})
}

// TestBareLegislatures checks "the Senate", "Congress" and "the House of
// Commons" said bare: the legislature of the state the story is about,
// not the one the knowledge base gives the bare name to.
func TestBareLegislatures(t *testing.T) {
	runEventCases(t, []eventCase{
		{"senate_in_a_story_about_brazil", "2024-05-10",
			"BRASILIA — Brazilian President Luiz Inacio Lula da Silva on Thursday criticised the Senate for cutting social spending. The Senate rejected the government's proposal on Wednesday.",
			[]want{{typ: parley.Accuse, source: "Luiz Inácio Lula da Silva", target: "Federal Senate of Brazil", date: "2024-05-09"}}},
		// The bare name itself, said twice, does not make the story American.
		{"senate_twice_in_a_story_about_nigeria", "2024-05-10",
			"ABUJA (AP) — Nigerian President Bola Tinubu on Tuesday urged the Senate to pass the budget. The Senate rejected his request.",
			[]want{{typ: parley.Request, source: "Bola Tinubu", target: "Senate of Nigeria"}}},
		{"senate_in_a_story_about_mexico", "2024-05-10",
			"MEXICO CITY — Mexican President Claudia Sheinbaum accused the Senate of blocking reform on Friday.",
			[]want{{typ: parley.Accuse, source: "Claudia Sheinbaum", target: "Senate of Mexico"}}},
		{"house_of_commons_in_a_story_about_canada", "2024-05-10",
			"OTTAWA — Canadian Prime Minister Justin Trudeau on Monday urged the House of Commons to back the trade deal.",
			[]want{{typ: parley.Request, source: "Justin Trudeau", target: "House of Commons of Canada"}}},
		{"national_assembly_in_a_story_from_its_capital", "2024-05-10",
			"NAIROBI — Kenyan President William Ruto on Tuesday urged the National Assembly to pass the finance bill. The National Assembly rejected the bill on Thursday.",
			[]want{{typ: parley.Request, source: "William Ruto", target: "National Assembly of Kenya"}}},
		{"national_assembly_named_again_later", "2024-05-10",
			"YEREVAN — Armenian Prime Minister Nikol Pashinyan spoke on Monday. The National Assembly ratified the treaty on Tuesday. Russia criticised the National Assembly.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "National Assembly of Armenia"}}},
		{"national_congress_of_the_speakers_state", "2024-05-10",
			"Brazilian President Lula on Monday asked the National Congress to approve the budget.",
			[]want{{typ: parley.Request, source: "Luiz Inácio Lula da Silva", target: "National Congress of Brazil"}}},
		{"lower_house_of_the_story_state", "2024-05-10",
			"TOKYO — Japanese Prime Minister Fumio Kishida on Monday asked the lower house to pass the defence bill.",
			[]want{{typ: parley.Request, source: "Fumio Kishida", target: "Lower House of Japan"}}},
		{"upper_house_of_the_speakers_state", "2024-05-10",
			"India's Prime Minister Narendra Modi on Monday accused the upper house of stalling the bill.",
			[]want{{typ: parley.Accuse, source: "Narendra Modi", target: "Upper House of India"}}},
		{"senate_in_a_story_about_the_us_stays", "2024-05-10",
			"WASHINGTON — President Joe Biden on Tuesday urged the Senate to pass the aid bill. The Senate rejected his request.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "United States Senate"}}},
	})
	runNotCases(t, []notCase{
		// An American named beside it keeps Congress the American one.
		{"congress_an_american_asked_stays_american", "2024-05-10",
			"YEREVAN — Armenian Prime Minister Nikol Pashinyan met EU envoys on Monday. Pashinyan thanked Joe Biden, who on Friday asked Congress to approve aid for Armenia. Armenia's parliament approved the budget.",
			want{typ: parley.Request, source: "Joe Biden", target: "Congress of Armenia"}},
	})
}

// TestBodyBeforeTitle checks that an international body written before a
// person's title is part of the person's mention ("UN chief Antonio
// Guterres"), not a mention of its own, and that a verb between keeps
// the two apart.
func TestBodyBeforeTitle(t *testing.T) {
	tests := []mentionCase{
		{"un_chief", "UN chief Antonio Guterres condemned the strike on Monday.", "UN chief Antonio Guterres", []string{"person:antonio-guterres"}},
		{"no_un_mention_beside", "UN chief Antonio Guterres condemned the strike on Monday.", "UN", nil},
		{"portfolio_words_between", "EU foreign policy chief Josep Borrell met Wang Yi on Friday.", "EU foreign policy chief Josep Borrell", []string{"person:josep-borrell"}},
		{"rights_chief", "Russia rejected the report of UN rights chief Volker Turk.", "UN rights chief Volker Turk", []string{"person:volker-turk"}},
		{"body_named_by_a_phrase", "UN nuclear watchdog chief Rafael Grossi arrived in Tehran on Monday.", "UN nuclear watchdog chief Rafael Grossi", []string{"person:rafael-grossi"}},
		{"possessive_body", "Israel barred the UN's Antonio Guterres from entering the country.", "UN's Antonio Guterres", []string{"person:antonio-guterres"}},
		{"possessive_body_and_title", "NATO's Secretary General Jens Stoltenberg met Zelensky in Kyiv.", "NATO's Secretary General Jens Stoltenberg", []string{"person:jens-stoltenberg"}},
		{"a_verb_between_keeps_the_body", "NATO welcomed chief Mark Rutte to the summit.", "NATO", []string{"org:nato"}},
	}
	runMentionCases(t, tests)
}

type mentionCase struct {
	name, text, mention string
	want                []string // the last such mention's actors; nil: no such mention
}

// runMentionCases checks the actors of the last mention of each case's
// text that reads as the case's mention.
func runMentionCases(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, "2024-05-10")
			var got []string
			found := false
			for _, m := range a.Mentions {
				if m.Text == tt.mention {
					got, found = m.Actors, true
				}
			}
			if tt.want == nil && found || tt.want != nil && !slices.Equal(got, tt.want) {
				t.Errorf("mention %q → %v (found %v), want %v", tt.mention, got, found, tt.want)
			}
		})
	}
}

// TestItAfterBodies checks "it" after a ministry named bare or by its
// acronym, which only the second pass of the actor stage resolves.
func TestItAfterBodies(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"acronym_said_it", "MANILA — Philippine President Ferdinand Marcos Jr. on Monday condemned China's actions. The DFA said it had lodged a diplomatic protest with Beijing.",
			"it", []string{"org:dfa-philippines"}},
		{"bare_ministry_said_that_it", "SEOUL — South Korean President Yoon Suk Yeol spoke on Monday. The foreign ministry said on Tuesday that it had summoned the Japanese ambassador.",
			"it", []string{"org:mfa-korea"}},
		{"name_and_bracketed_acronym_said_it", "MANILA — Philippine President Ferdinand Marcos Jr. spoke on Monday. The Department of Foreign Affairs (DFA) said it had summoned the Chinese envoy.",
			"it", []string{"org:dfa-philippines"}},
	})
	runMentionCases(t, []mentionCase{
		{"aside_between_body_and_verb", "MANILA — Philippine President Ferdinand Marcos Jr. spoke on Monday. The DFA, in a statement, said it had summoned the Chinese envoy.",
			"it", []string{"org:dfa-philippines"}},
		{"time_aside_between_state_and_verb", "Russia, on Monday, said it would expel two Estonian diplomats.",
			"it", []string{"state:RUS"}},
	})
	runEventCases(t, []eventCase{
		{"it_opening_the_next_sentence", "2024-05-10",
			"MANILA — Philippine President Ferdinand Marcos Jr. spoke on Monday. The DFA lodged a protest with Beijing on Tuesday. It also urged China to stop the harassment of Filipino fishermen.",
			[]want{{typ: parley.Request, source: "Department of Foreign Affairs of the Philippines", target: "China"}}},
		{"it_after_a_bare_ministry_not_the_country_named_after", "2024-05-10",
			"SEOUL — South Korean President Yoon Suk Yeol spoke on Monday. The foreign ministry summoned the Japanese ambassador on Tuesday. It demanded that Tokyo retract the claim.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of South Korea", target: "Japan"}}},
	})
	runNotCases(t, []notCase{
		{"it_is_no_act", "2024-05-10",
			"SEOUL — South Korean President Yoon Suk Yeol spoke on Monday. The foreign ministry summoned the Japanese ambassador on Tuesday. It was the third summons this year, and Japan rejected it.",
			want{typ: parley.Reject, source: "Ministry of Foreign Affairs of South Korea"}},
	})
}

// TestDaysAheadAlreadyPast checks a day without a year in a clause with
// "will": a day still ahead is this year's, one further back than two
// months next year's (as a weekday in such a clause is the next one), and
// one just past, or pinned to this year by its weekday, tells of a text
// older than its date and stays unresolved.
func TestDaysAheadAlreadyPast(t *testing.T) {
	tests := []struct {
		name, day, text, expr, want string // want "": no value
	}{
		{"just_past_stays_unresolved", "2024-06-29", "Ministers will meet on June 20 in Luxembourg.", "June 20", ""},
		{"day_before_month_just_past", "2024-06-29", "The two delegations will sign the accord on 24 June.", "24 June", ""},
		{"weekday_pins_it_to_this_year", "2024-06-29", "The leaders will meet on Thursday, June 20, in Brussels.", "Thursday, June 20", ""},
		{"far_back_is_next_year", "2024-06-29", "The ministers will meet on March 3 in Tokyo.", "March 3", "2025-03-03"},
		{"still_ahead_is_this_year", "2024-06-29", "The ministers will meet on July 2 in Tokyo.", "July 2", "2024-07-02"},
		{"would_in_reported_speech_keeps_the_past_day", "2024-06-29", "The minister said the talks would resume on June 20.", "June 20", "2024-06-20"},
		{"past_clause_keeps_the_past_day", "2024-06-29", "The ministers met on June 20 in Luxembourg.", "June 20", "2024-06-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			for _, x := range a.Dates {
				if x.Text == tt.expr {
					if got := x.Value.String(); got != tt.want {
						t.Errorf("%q → %q, want %q", tt.expr, got, tt.want)
					}
					return
				}
			}
			t.Errorf("no date %q in %q", tt.expr, tt.text)
		})
	}
	runEventCases(t, []eventCase{
		{"plan_for_a_day_just_past_has_no_date", "2024-06-29",
			"The EU will impose new tariffs on Chinese electric cars on June 24.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "China", status: parley.Planned, date: "-"}}},
	})
}
