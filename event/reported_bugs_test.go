package event_test

import (
	"testing"

	"parley"
)

// TestSanctionsOnHoldersIn checks that a penalty on companies, entities
// or people "in", "from", "based in" or "linked to" a state falls on the
// state.
func TestSanctionsOnHoldersIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sanctions_on_entities_in_two_states", "2024-05-10",
			"Washington imposed sanctions on 120 entities in Iran and Syria.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran"}, {typ: parley.Sanction, source: "United States", target: "Syria"}}},
		{"sanctions_on_individuals_from", "2024-05-10",
			"Canada announced new sanctions against individuals from Belarus on Monday.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Belarus", date: "2024-05-06"}}},
		{"sanctioned_firms_linked_to", "2024-05-10",
			"Japan sanctioned eleven firms linked to North Korea.",
			[]want{{typ: parley.Sanction, source: "Japan", target: "North Korea"}}},
		{"sanctioned_companies_based_in", "2024-05-10",
			"Britain blacklisted four companies based in Iran last week.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Iran"}}},
	})
	runNotCases(t, []notCase{
		// The place of a meeting about sanctions is no target.
		{"sanctions_discussed_in_a_city", "2024-05-10",
			"Canada imposed sanctions on the talks' organisers in Venezuela.",
			want{typ: parley.Sanction, target: "Venezuela"}},
	})
}

// TestJourneysOwnPlace checks that a journey takes the place it goes to,
// and that a meeting and a journey joined by "and" keep their own places
// and partners.
func TestJourneysOwnPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{"flew_after_talks_elsewhere", "2023-05-10",
			"After talks with Erdogan in Ankara, Scholz flew to Athens.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Recep Tayyip Erdoğan", place: "Ankara"},
				{typ: parley.Consult, source: "Olaf Scholz", target: "Greece", place: "Athens"}}},
		{"travelled_after_a_visit", "2023-05-10",
			"Having visited Kyiv, Modi travelled to Warsaw.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Poland", place: "Warsaw"}}},
		{"second_meeting_where_the_journey_goes", "2023-05-10",
			"Sunak met Meloni in Rome on Tuesday and will travel to Madrid on Thursday to meet Sanchez.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Giorgia Meloni", place: "Rome", status: parley.Occurred},
				{typ: parley.Consult, source: "Rishi Sunak", target: "Pedro Sánchez", place: "Madrid", status: parley.Planned, date: "2023-05-11"}}},
		{"journey_after_a_meeting_goes_to_its_host", "2023-05-10",
			"Sunak met Meloni and will travel to Paris.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Giorgia Meloni", place: "-", status: parley.Occurred},
				{typ: parley.Consult, source: "Rishi Sunak", target: "France", place: "Paris", status: parley.Planned}}},
		// The host of the first verb is the subject of the second.
		{"host_then_travelled", "2023-05-10",
			"Erdogan hosted Putin in Ankara and then travelled to Baku.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", place: "Ankara"},
				{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Azerbaijan", place: "Baku"}}},
	})
	runNotCases(t, []notCase{
		{"journey_is_no_second_meeting_with_the_first_partner", "2023-05-10",
			"Sunak met Meloni in Rome on Tuesday and will travel to Madrid on Thursday.",
			want{typ: parley.Consult, source: "Rishi Sunak", target: "Giorgia Meloni", status: parley.Planned}},
	})
}

// TestRefusalToJoin checks that saying one will not host, join or take
// part in a gathering is a refusal, not a cancelled meeting.
func TestRefusalToJoin(t *testing.T) {
	runEventCases(t, []eventCase{
		{"would_not_host", "2024-05-10",
			"Romania said on Monday it would not host the NATO drills.",
			[]want{{typ: parley.Reject, source: "Romania", target: "North Atlantic Treaty Organization", status: parley.Occurred}}},
		{"wont_take_part_in_talks", "2024-05-10",
			"Serbia won't take part in the talks with Kosovo.",
			[]want{{typ: parley.Reject, source: "Serbia", target: "Kosovo", status: parley.Occurred}}},
		{"decided_not_to_attend", "2024-05-10",
			"India decided not to attend the summit with Pakistan.",
			[]want{{typ: parley.Reject, source: "India", target: "Pakistan"}}},
	})
	runNotCases(t, []notCase{
		// A past absence is a fact, no refusal.
		{"did_not_attend", "2024-05-10",
			"India did not attend the summit with Pakistan.",
			want{typ: parley.Reject}},
		{"could_not_attend", "2024-05-10",
			"India could not attend the summit with Pakistan.",
			want{typ: parley.Reject}},
		{"refusal_to_host_is_no_meeting", "2024-05-10",
			"Romania said on Monday it would not host the NATO drills.",
			want{typ: parley.Consult}},
	})
}

// TestObjectAfterDayPossessive checks that a day's possessive before the
// object ("last week's agreement") reads as "the" and does not stop the
// search for the object.
func TestObjectAfterDayPossessive(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_last_weeks_deal_between", "2024-05-10",
			"Kenya welcomed last week's accord between Sudan and South Sudan.",
			[]want{{typ: parley.Support, source: "Kenya", target: "Sudan"}, {typ: parley.Support, source: "Kenya", target: "South Sudan"}}},
		{"rejected_last_weeks_statement_by", "2024-05-10",
			"Turkey rejected last week's statement by the European Union.",
			[]want{{typ: parley.Reject, source: "Turkey", target: "European Union"}}},
		{"praised_last_weeks_peace_deal_between", "2024-05-10",
			"Brazil praised last week's peace deal between Colombia and Venezuela.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Venezuela"}}},
	})
}

// TestStatesOwnPlace checks that a state's possessive before one of its
// towns, whose name is also a person's surname, names the state: the
// target of an attack on "Syria's Kobani" is Syria.
func TestStatesOwnPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{"raid_on_a_states_town", "2024-05-10",
			"Jordan condemned Sunday's Turkish raid on Syria's Kobani.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Syria"}}},
		{"drones_struck_a_states_town", "2024-05-10",
			"Turkish drones struck Syria's Kobani on Sunday.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Syria", date: "2024-05-05"}}},
	})
	runNotCases(t, []notCase{
		// A person after a state's possessive is still the person.
		{"a_states_leader_is_no_state", "2024-05-10",
			"Syria's Assad met Putin in Moscow.",
			want{typ: parley.Consult, source: "Syria"}},
	})
}

// TestFrontedTalksParties checks that talks named in a phrase opening
// the sentence ("After talks on Monday, …") are those of the actors who
// open the main clause.
func TestFrontedTalksParties(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_talks_two_leaders_signed", "2024-05-10",
			"After talks on Tuesday, Sunak and Meloni signed a migration pact.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Giorgia Meloni", date: "2024-05-07"}}},
		{"following_talks_pronoun_and_name", "2024-05-10",
			"Lula arrived in Beijing on Thursday. Following talks that evening, he and Xi issued a joint statement.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Xi Jinping"}}},
		{"after_talks_the_two_states", "2024-05-10",
			"After talks in Geneva, the US and Iran remained far apart.",
			[]want{{typ: parley.Consult, source: "United States", target: "Iran", place: "Geneva"}}},
	})
	runNotCases(t, []notCase{
		// One actor after the comma holds no talks alone.
		{"after_talks_one_speaker", "2024-05-10",
			"After talks, Sunak said Meloni was right.",
			want{typ: parley.Consult}},
		// Talks that end in a clause of their own are no one's here.
		{"after_talks_collapsed", "2024-05-10",
			"After talks collapsed, Armenia and Azerbaijan traded fire.",
			want{typ: parley.Consult}},
	})
}

// TestQuestionsAreNoEvents checks that a sentence that opens as a
// question, however short, asserts no event.
func TestQuestionsAreNoEvents(t *testing.T) {
	runNotCases(t, []notCase{
		{"short_question_heading", "2024-05-10",
			"How often do Sunak and Meloni meet?",
			want{typ: parley.Consult}},
		{"yes_no_question", "2024-05-10",
			"Will Sunak meet Meloni in Rome?",
			want{typ: parley.Consult}},
	})
}

// TestQuestionHeadingTakesNoDate checks that a question heading between
// two reports of meetings adds no meeting of its own.
func TestQuestionHeadingTakesNoDate(t *testing.T) {
	a := analyze(t, "Sunak and Meloni spoke by video on Monday.\n\nHow often do the two leaders meet?\n\nRarely, aides say.", "2024-05-10")
	for _, e := range a.Events {
		if e.Type == parley.Consult && e.Evidence.Sentence == "How often do the two leaders meet?" {
			t.Errorf("a question coded as a meeting: %s", describe(a.Events))
		}
	}
}

// TestPackageOwnerAndTransitBan checks that a body's possessive before
// "package of sanctions" names the body that imposes them, not the state
// the story is about, and that a ban on goods in transit falls on the
// state they were bound for.
func TestPackageOwnerAndTransitBan(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_unions_package_of_sanctions", "2024-05-10",
			"Latvia closed two crossings on Monday. The closures followed the EU's sixth package of sanctions against Belarus.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Belarus"}}},
		{"latest_round_of_tariffs", "2024-05-10",
			"Mexico criticised Washington's latest round of tariffs on Canada.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Canada"}}},
		{"bar_the_transit_to_an_exclave", "2024-05-10",
			"Poland began to bar the transit of sanctioned steel, coal and timber by road to Kaliningrad.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Russia"}}},
		{"banned_exports_to", "2024-05-10",
			"Kazakhstan banned exports of wheat to Bishkek on Friday.",
			[]want{{typ: parley.Sanction, source: "Kazakhstan", target: "Kyrgyzstan"}}},
	})
	runNotCases(t, []notCase{
		// The package's owner acts, not the state of the story.
		{"the_story_state_imposes_no_package", "2024-05-10",
			"Latvia closed two crossings on Monday. The closures followed the EU's sixth package of sanctions against Belarus.",
			want{typ: parley.Sanction, source: "Latvia", target: "Belarus"}},
	})
}

// TestMeasureOwnerNamedAfter checks that the body a measure belongs to is
// found when the text names it only after an auxiliary ("has said it
// will adopt sanctions") or in a relative clause after the measure
// ("…, which the Union intends to adopt").
func TestMeasureOwnerNamedAfter(t *testing.T) {
	runEventCases(t, []eventCase{
		{"has_said_it_will_adopt", "2024-05-10",
			"Germany welcomed the move, and the EU has said it will adopt sanctions of its own against Niger.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Niger"}}},
		{"relative_clause_names_the_adopter", "2024-05-10",
			"The European Union met in Brussels. Diplomats are drafting a ninth package of sanctions against Belarus, which the Union plans to adopt in June.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Belarus"}}},
	})
}

// TestLeaderStatesRefusal checks that a refusal a head of state or
// government announces for the state is the leader's.
func TestLeaderStatesRefusal(t *testing.T) {
	runEventCases(t, []eventCase{
		{"president_said_state_would_not_host", "2024-05-10",
			"On Monday Erdogan said Turkey would not host the NATO drills.",
			[]want{{typ: parley.Reject, source: "Recep Tayyip Erdoğan", target: "North Atlantic Treaty Organization", date: "2024-05-06"}}},
	})
	runNotCases(t, []notCase{
		// A body that reports the refusal does not make it.
		{"ministry_said_state_would_not_host", "2024-05-10",
			"The ministry said Turkey would not host the NATO drills.",
			want{typ: parley.Reject, source: "Recep Tayyip Erdoğan"}},
	})
}
