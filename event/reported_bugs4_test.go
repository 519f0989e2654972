package event_test

import (
	"testing"

	"parley"
)

// TestSharedSubjectAfterTravel checks that a clause joined by ", then" or
// "and" with no subject of its own, opening on a verb of travel, has the
// first clause's subject, not its object.
func TestSharedSubjectAfterTravel(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"then_flew_to_meet", "2024-05-10",
			"Biden met Scholz in Berlin, then flew to Paris to meet Macron.",
			want{typ: parley.Consult, source: "Joe Biden", target: "Emmanuel Macron", place: "Paris"},
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron"}},
		{"then_flew_for_talks", "2024-05-10",
			"The Indian prime minister held talks with Kishida in Tokyo, then flew to Canberra for talks with Albanese.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Anthony Albanese", place: "Canberra"},
			want{typ: parley.Consult, source: "Fumio Kishida", target: "Anthony Albanese"}},
		{"then_drove_to_meet", "2024-05-10",
			"Sanchez received Lula in Madrid, then drove to Lisbon to meet Costa.",
			want{typ: parley.Consult, source: "Pedro Sánchez", target: "António Costa", place: "Lisbon"},
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "António Costa"}},
		{"will_meet_and_then_travel", "2024-05-10",
			"Scholz will meet Biden in Washington and then travel to Ottawa for talks with Trudeau.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Justin Trudeau", status: parley.Planned, place: "Ottawa"},
			want{typ: parley.Consult, source: "Joe Biden", target: "Justin Trudeau"}},
		{"will_host_and_then_fly", "2024-05-10",
			"Macron will host Scholz in Paris and then fly to Rome for talks with Meloni.",
			want{typ: parley.Consult, source: "Emmanuel Macron", target: "Giorgia Meloni", status: parley.Planned, place: "Rome"},
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Giorgia Meloni"}},
		// A clause with a subject of its own keeps it.
		{"own_subject_after_then_is_kept", "2024-05-10",
			"Biden met Scholz in Berlin; Scholz then flew to Paris to meet Macron.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron"},
			want{typ: parley.Consult, source: "Joe Biden", target: "Emmanuel Macron"}},
		{"relative_who_then_flew", "2024-05-10",
			"Biden met Scholz, who then flew to Paris to meet Macron.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron"},
			want{typ: parley.Consult, source: "Joe Biden", target: "Emmanuel Macron"}},
	})
}

// TestDateOfALaterJourney checks that a date inside a second predicate
// opening on a journey dates that predicate only, not the act before it.
func TestDateOfALaterJourney(t *testing.T) {
	runEventCases(t, []eventCase{
		{"travelled_on_friday_for_talks", "2024-05-10",
			"Putin met Xi in Beijing and travelled to Seoul on Friday for talks with Yoon Suk Yeol.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "-"},
				{typ: parley.Consult, source: "Vladimir Putin", target: "Yoon Suk Yeol", date: "2024-05-10"}}},
		{"then_flew_on_saturday", "2024-05-10",
			"Modi held talks with Kishida in Tokyo, then flew to Canberra on Saturday to meet Albanese.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Fumio Kishida", date: "-"},
				{typ: parley.Consult, source: "Narendra Modi", target: "Anthony Albanese", date: "2024-05-04"}}},
		{"date_opens_the_journey", "2024-05-10",
			"Macron hosted Scholz in Paris and on Tuesday travelled to Rome for talks with Meloni.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", date: "-"},
				{typ: parley.Consult, source: "Emmanuel Macron", target: "Giorgia Meloni", date: "2024-05-07", place: "Rome"}}},
		{"then_on_sunday_flew", "2024-05-10",
			"Sunak met Modi in Delhi, then on Sunday flew to Tokyo to meet Kishida.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Narendra Modi", date: "-"},
				{typ: parley.Consult, source: "Rishi Sunak", target: "Fumio Kishida", date: "2024-05-05", place: "Tokyo"}}},
		// Two deeds of one occasion share its date.
		{"condemned_and_summoned_share_the_day", "2024-05-10",
			"Russia condemned the strike and summoned the Polish ambassador on Monday.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Poland", date: "2024-05-06"}}},
		{"met_and_agreed_share_the_day", "2024-05-10",
			"Biden met Xi in Woodside and agreed on Wednesday to restore military talks.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", date: "2024-05-08"}}},
	})
}

// TestCrowdsAtAnEmbassy checks that a crowd storming, attacking or
// setting fire to an embassy protests against the embassy's state.
func TestCrowdsAtAnEmbassy(t *testing.T) {
	runEventCases(t, []eventCase{
		{"protesters_stormed_embassy", "2024-05-10",
			"Protesters stormed the Swedish embassy in Baghdad.",
			[]want{{typ: parley.Protest, source: "Iraqi protesters", target: "Sweden"}}},
		{"set_fire_to_embassy", "2024-05-10",
			"Demonstrators set fire to the French embassy in Niamey on Sunday.",
			[]want{{typ: parley.Protest, source: "Nigerien demonstrators", target: "France", date: "2024-05-05"}}},
		{"broke_into_embassy_compound", "2024-05-10",
			"Hundreds of protesters broke into the US embassy compound in Baghdad on Tuesday.",
			[]want{{typ: parley.Protest, source: "Iraqi protesters", target: "United States", date: "2024-05-07"}}},
		{"pelted_embassy", "2024-05-10",
			"Protesters pelted the Turkish embassy in Moscow with eggs.",
			[]want{{typ: parley.Protest, source: "Russian protesters", target: "Turkey"}}},
		{"torched_embassy", "2024-05-10",
			"Iraqi protesters torched the Swedish embassy in Baghdad.",
			[]want{{typ: parley.Protest, source: "Iraqi protesters", target: "Sweden"}}},
		{"supporters_of_a_junta_stormed", "2024-05-10",
			"Supporters of the junta stormed the French embassy in Ouagadougou.",
			[]want{{typ: parley.Protest, source: "junta supporters", target: "France"}}},
	})
	runNotCases(t, []notCase{
		// (Moved from TestEvents, which wanted no event at all: the crowd
		// protests; the state of the city does not assault.)
		{"a_crowd_storming_an_embassy_is_no_assault_by_the_state", "2016-01-05",
			"Protesters stormed the Saudi embassy in Tehran on Saturday.",
			want{typ: parley.Assault}},
		// Forces storming an embassy are no protest.
		{"police_storming_an_embassy", "2024-05-10",
			"Police stormed the Mexican embassy in Quito.",
			want{typ: parley.Protest}},
		// A crowd attacking police near an embassy attacks the police.
		{"crowd_attacked_police_not_embassy", "2024-05-10",
			"Protesters rallied in Kyiv, and later attacked police outside the parliament.",
			want{typ: parley.Protest, target: "Russia"}},
	})
}

// TestTopicOfAMeeting checks that an act named as what a meeting or a
// discussion is about is its topic, not an act done or planned.
func TestTopicOfAMeeting(t *testing.T) {
	runNotCases(t, []notCase{
		{"meet_to_discuss_sanctions", "2024-05-10",
			"EU foreign ministers will meet on Monday to discuss new sanctions against Russia.",
			want{typ: parley.Sanction}},
		{"discussed_sanctions", "2024-05-10",
			"The European Union's foreign ministers discussed new sanctions against Russia on Monday.",
			want{typ: parley.Sanction}},
		{"weighing_tariffs", "2024-05-10",
			"The European Commission is weighing tariffs on Chinese electric cars.",
			want{typ: parley.Sanction}},
		{"emergency_meeting_on_an_attack", "2024-05-10",
			"The Security Council will hold an emergency meeting on the missile attack on Israel.",
			want{typ: parley.Assault}},
		{"summit_about_an_embargo", "2024-05-10",
			"Arab leaders will gather for a summit about an oil embargo on Israel.",
			want{typ: parley.Sanction}},
	})
	runEventCases(t, []eventCase{
		// A meeting on a day, then an act after it, is no topic.
		{"talks_on_a_day_then_an_attack", "2024-05-10",
			"Russia attacked Ukraine on Monday after talks on Sunday.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"imposed_sanctions_at_a_meeting", "2024-05-10",
			"The EU imposed new sanctions on Russia at a meeting in Brussels on Monday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Russia"}}},
	})
}

// TestMissilesShownToAState checks that a missile fired toward, over or
// off a state, or into the sea near it, is a show of force (MOBILIZE),
// and one fired at a state or a city in it an attack.
func TestMissilesShownToAState(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"fired_toward_a_state", "2024-05-10",
			"North Korea fired a ballistic missile toward Japan on Sunday, the South Korean military said.",
			want{typ: parley.Mobilize, source: "North Korea", target: "Japan", date: "2024-05-05"},
			want{typ: parley.Assault}},
		{"launched_into_the_sea_off", "2024-05-10",
			"North Korea launched missiles into the sea off Japan on Thursday.",
			want{typ: parley.Mobilize, source: "North Korea", target: "Japan", date: "2024-05-09"},
			want{typ: parley.Assault}},
		{"launched_over_a_state", "2024-05-10",
			"Pyongyang launched an intercontinental ballistic missile over Japan on Tuesday.",
			want{typ: parley.Mobilize, source: "North Korea", target: "Japan"},
			want{typ: parley.Assault}},
		{"fired_into_waters_off", "2024-05-10",
			"China fired ballistic missiles into waters off Taiwan.",
			want{typ: parley.Mobilize, source: "China", target: "Taiwan"},
			want{typ: parley.Assault}},
		{"fired_at_a_state_is_an_attack", "2024-05-10",
			"Iran fired missiles at Israel on Saturday.",
			want{typ: parley.Assault, source: "Iran", target: "Israel"},
			want{typ: parley.Mobilize}},
		{"over_one_state_at_another", "2024-05-10",
			"Iran launched missiles over Iraq at Israel.",
			want{typ: parley.Assault, source: "Iran", target: "Israel"},
			want{typ: parley.Mobilize}},
		{"at_a_city_is_an_attack", "2024-05-10",
			"Russia launched missiles at Kyiv overnight.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Mobilize}},
	})
}

// TestForcesPlacedOnAlert checks that a passive "placed on alert" with no
// agent is raised by the forces' own side against the foe the story
// tells of, and yields nothing when neither is clear.
func TestForcesPlacedOnAlert(t *testing.T) {
	runEventCases(t, []eventCase{
		{"named_force_placed_on_alert", "2024-05-10",
			"India struck camps in Pakistan on Wednesday. The Pakistan Army was placed on high alert.",
			[]want{{typ: parley.Mobilize, source: "Pakistan Army", target: "India"}}},
		{"country_word_forces_on_alert", "2024-05-10",
			"India struck camps in Pakistan on Wednesday. Pakistani forces were placed on high alert.",
			[]want{{typ: parley.Mobilize, source: "Pakistan Army", target: "India"}}},
		{"troops_on_alert_told_by_a_president", "2024-05-10",
			"Venezuela accused Guyana of provoking a war on Tuesday. Guyanese President Irfaan Ali said troops had been placed on full alert.",
			[]want{{typ: parley.Mobilize, source: "Irfaan Ali", target: "Venezuela"}}},
		// No foe told, or no owner: no event.
		{"forces_on_alert_without_a_foe", "2024-05-10",
			"Russian troops were placed on full alert.", nil},
	})
	runNotCases(t, []notCase{
		{"bare_troops_have_no_owner", "2024-05-10",
			"India struck camps in Pakistan on Wednesday. Troops were placed on high alert.",
			want{typ: parley.Mobilize}},
	})
}

// TestFiredTowardACity checks that arms fired toward a city attack its
// state, and that an offensive in or toward a town of one's own state
// attacks no state.
func TestFiredTowardACity(t *testing.T) {
	runEventCases(t, []eventCase{
		{"missile_toward_a_capital", "2024-05-10",
			"The Houthis fired a ballistic missile toward Riyadh on Saturday.",
			[]want{{typ: parley.Assault, source: "Houthis", target: "Saudi Arabia", date: "2024-05-04"}}},
		{"rockets_towards_a_city", "2024-05-10",
			"Russia fired missiles towards Kharkiv overnight.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"offensive_toward_own_town", "2024-05-10",
			"Ukrainian forces launched an offensive toward Bakhmut.",
			want{typ: parley.Assault, target: "Ukraine"}},
		{"offensive_in_own_town", "2024-05-10",
			"Ukrainian forces launched an offensive in Bakhmut.",
			want{typ: parley.Assault, target: "Ukraine"}},
	})
}

// TestJourneyParticiple checks a trigger after "before heading to …" or
// "before travelling to …": its subject is the main verb's, its place the
// journey's end, its status the main verb's; the act before the journey
// keeps its own place.
func TestJourneyParticiple(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"hosted_before_heading_to_meet", "2024-05-10",
			"Lula hosted Macron in Brasilia before heading to Buenos Aires to meet Milei.",
			want{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Javier Milei", place: "Buenos Aires"},
			want{typ: parley.Consult, source: "Emmanuel Macron", target: "Javier Milei"}},
		{"will_meet_before_travelling_for_talks", "2024-05-10",
			"Blinken will meet Wang Yi in Beijing before travelling to Seoul for talks with Yoon.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Yoon Suk Yeol", status: parley.Planned, place: "Seoul"},
			want{typ: parley.Consult, source: "Wang Yi", target: "Yoon Suk Yeol"}},
		{"met_before_flying_to_meet", "2024-05-10",
			"Scholz met Biden in Washington before flying to Ottawa to meet Trudeau.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Justin Trudeau", place: "Ottawa"},
			want{typ: parley.Consult, source: "Joe Biden", target: "Justin Trudeau"}},
		{"trip_under_will_is_planned", "2024-05-10",
			"Blinken will meet Wang Yi before travelling to Seoul.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "South Korea", status: parley.Planned},
			want{typ: parley.Consult, source: "Antony Blinken", target: "South Korea", status: parley.Occurred}},
		{"meeting_before_a_trip_is_not_at_its_end", "2024-05-10",
			"Blinken met Wang Yi before travelling to Seoul.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi"},
			want{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", place: "Seoul"}},
	})
	runNotCases(t, []notCase{
		// After the journey the meeting is at its end.
		{"meeting_after_a_trip_is_at_its_end", "2024-05-10",
			"Modi met Putin after flying to Moscow.",
			want{typ: parley.Consult, source: "Narendra Modi", target: "Vladimir Putin", place: "-"}},
	})
}

// TestMediumOfTheFirstPredicate checks that a call told in a second
// predicate of the same subject gives its medium to that act only.
func TestMediumOfTheFirstPredicate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"met_then_spoke_by_phone", "2024-05-10",
			"Blinken met Wang Yi in Beijing, then spoke by phone with Lavrov.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi", medium: parley.InPerson},
				{typ: parley.Consult, source: "Antony Blinken", target: "Sergey Lavrov", medium: parley.Phone}}},
		{"met_and_later_held_a_video_call", "2024-05-10",
			"Macron received Scholz in Paris and later held a video call with Biden.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Emmanuel Macron", medium: parley.InPerson},
				{typ: parley.Consult, source: "Emmanuel Macron", target: "Joe Biden", medium: parley.Virtual}}},
	})
}
