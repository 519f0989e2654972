package event_test

import (
	"testing"

	"parley"
)

// TestNothingCodedSecond checks a second pass over sentences that name
// both actors where no rule used to fire: each case names the events the
// text must yield (nil: none).
func TestNothingCodedSecond(t *testing.T) {
	tests := []eventCase{
		// A past verb after "and" is no longer under the modal of the
		// reported clause before it: the charge was made.
		{"said_could_and_accused", "2024-05-10",
			"Lavrov said the new rules could hurt trade and accused Lithuania of imposing a blockade.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "Lithuania", status: parley.Occurred}}},
		{"has_said_could_and_has_accused", "2024-05-10",
			"Orban has said the plan could split Europe and has accused Brussels of blackmail.",
			[]want{{typ: parley.Accuse, source: "Viktor Orbán", target: "European Union", status: parley.Occurred}}},
		{"said_would_and_condemned", "2024-05-10",
			"Wang Yi said the tariffs would backfire and condemned the United States.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", status: parley.Occurred}}},
		{"could_be_arrested_and_charged_stays_hypothetical", "2024-05-10",
			"Kurti said Serbian officers could be arrested and charged by Kosovo.", nil},
		{"could_meet_and_sign_stays_hypothetical", "2024-05-10",
			"Lavrov said Putin could meet Erdogan and sign a deal.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", status: parley.Hypothetical}}},
		// "was" before an adjective and "and": the verb after is no
		// passive participle, and when a thing, not an actor, was so, it
		// is the speaker's.
		{"said_were_illegal_and_accused", "2024-05-10",
			"Lavrov said the sanctions were illegal and accused the EU of hypocrisy.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "European Union", status: parley.Occurred}}},
		{"while_said_was_unfair_and_pledged_support", "2024-05-10",
			"Moscow called the verdict political, while Orban said the verdict was unfair and pledged support for Netanyahu.",
			[]want{{typ: parley.Support, source: "Viktor Orbán", target: "Benjamin Netanyahu"}}},
		{"two_said_were_not_in_place_and_called_on", "2024-05-10",
			"Guterres and Borrell said in a joint statement that conditions were not yet in place and called on Israel to withdraw.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Israel"}}},
		{"was_caught_and_accused_stays_passive", "2024-05-10",
			"Navalny was caught and accused of fraud by Russia.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Alexei Navalny"}}},
		{"a_state_was_desperate_and_attacked_is_no_speakers_act", "2024-05-10",
			"Kyiv said Russia was desperate and attacked Kharkiv.", nil},
		// "him" after a verb cannot be that verb's own subject: the
		// speaker who opens the sentence.
		{"said_had_apologised_to_him", "2024-05-10",
			"Scholz said Erdogan had apologised to him in a phone call on Friday.",
			[]want{{typ: parley.Support, source: "Recep Tayyip Erdoğan", target: "Olaf Scholz"}}},
		{"said_had_praised_her", "2024-05-10",
			"Meloni said Biden had praised her on Monday.",
			[]want{{typ: parley.Support, source: "Joe Biden", target: "Giorgia Meloni", date: "2024-05-06"}}},
		{"him_named_before_stays", "2024-05-10",
			"Navalny flew home in January. Putin said Russia had arrested him.",
			[]want{{typ: parley.Coerce, source: "Russia", target: "Alexei Navalny"}}},
		// A standing granted in a naming is backing.
		{"described_as_a_friendly_nation", "2024-05-10",
			"Prabowo described China as a friendly nation.",
			[]want{{typ: parley.Support, source: "Prabowo Subianto", target: "China"}}},
		{"describing_as_president_elect", "2024-05-10",
			"On Tuesday Blinken went further, describing González as the president-elect.",
			[]want{{typ: parley.Support, source: "Antony Blinken", target: "Edmundo González", date: "2024-05-07"}}},
		{"talks_described_as_friendly_name_no_one", "2024-05-10",
			"Lavrov described the talks as friendly.", nil},
		// An aircraft downed: an attack on the state whose craft it was.
		{"downed_a_country_drone", "2024-05-10",
			"Iran downed an American drone on Thursday.",
			[]want{{typ: parley.Assault, source: "Iran", target: "United States", date: "2024-05-09"}}},
		{"the_downing_of_a_country_jet_by", "2024-05-10",
			"The sanctions follow the downing of a Ukrainian airliner by Iran in January.",
			[]want{{typ: parley.Assault, source: "Iran", target: "Ukraine", date: "2024-01"}}},
		{"a_states_downing_of_a_country_jet", "2024-05-10",
			"Turkey's downing of a Russian bomber angered Moscow.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Russia"}}},
		{"down_alone_is_no_verb", "2024-05-10",
			"Exports of Chinese drones to Russia were down sharply in March.", nil},
		{"downed_power_lines_are_no_craft", "2024-05-10",
			"Storms downed power lines across Cuba on Monday.", nil},
		// An accord named before the subject of a relative clause
		// without "that": the subject made it with the one after "with".
		{"under_a_deal_x_struck_with_y", "2024-05-10",
			"Government troops entered Kobani under a deal the SDF struck with Damascus on Sunday.",
			[]want{{typ: parley.Agree, source: "Syrian Democratic Forces", target: "Syria", date: "2024-05-05"}}},
		{"the_truce_x_reached_with_y", "2024-05-10",
			"Beirut said the truce Israel reached with Hezbollah had held.",
			[]want{{typ: parley.Agree, source: "Israel", target: "Hezbollah"}}},
		{"the_agreement_x_signed_with_y", "2024-05-10",
			"The agreement Ukraine signed with Britain in January covers drones.",
			[]want{{typ: parley.Agree, source: "Ukraine", target: "United Kingdom", date: "2024-01"}}},
		{"a_deal_named_with_no_relative_clause_is_none", "2024-05-10",
			"Hungary said the deal would hurt Russia.", nil},
		// A person hammered on or over a matter is rebuked, not struck.
		{"hammered_a_person_on_his_plan", "2024-05-10",
			"Sanders hammered Biden on his plan for student debt.",
			[]want{{typ: parley.Accuse, source: "Bernie Sanders", target: "Joe Biden"}}},
		{"hammered_a_city_is_force", "2024-05-10",
			"Russian forces hammered Kharkiv on Tuesday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-05-07"}}},
		{"hammered_a_group_over_the_weekend_is_force", "2024-05-10",
			"Israel hammered Hezbollah over the weekend.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah"}}},
		// A past verb after "and" is out of the "to" before it.
		{"promised_to_and_hammered", "2024-05-10",
			"Sanders promised to cancel student debt and hammered Biden on his record.",
			[]want{{typ: parley.Accuse, source: "Bernie Sanders", target: "Joe Biden", status: parley.Occurred}}},
		{"agreed_to_meet_stays_planned", "2024-05-10",
			"Erdogan agreed to meet Putin in Sochi.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin", status: parley.Planned}}},
		// An aside between dashes, commas inside it, opens no clause.
		{"aside_between_dashes_with_commas", "2024-05-10",
			"Macron — whose minister, in April, visited Beijing — criticised China on Monday.",
			[]want{{typ: parley.Accuse, source: "Emmanuel Macron", target: "China", date: "2024-05-06"}}},
		// A number and a unit joined by a dash qualify a noun.
		{"a_number_dash_unit_rebuke", "2024-05-10",
			"Lavrov replied with a 40-minute rebuke of NATO.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "North Atlantic Treaty Organization"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"while_said_was_unfair_is_not_the_first_clauses", "2024-05-10",
			"Moscow called the verdict political, while Orban said the verdict was unfair and pledged support for Netanyahu.",
			want{typ: parley.Support, source: "Russia", target: "Benjamin Netanyahu"}},
		{"a_traitor_and_so_called_president_elect_is_no_backing", "2024-05-10",
			"Maduro called Guaidó a traitor and a so-called president-elect.",
			want{typ: parley.Support, source: "Nicolás Maduro", target: "Juan Guaidó"}},
		{"hammered_a_person_on_a_plan_is_no_force", "2024-05-10",
			"Sanders hammered Biden on his plan for student debt.",
			want{typ: parley.Assault, source: "Bernie Sanders", target: "Joe Biden"}},
		{"him_named_before_is_not_the_speaker", "2024-05-10",
			"Navalny flew home in January. Putin said Russia had arrested him.",
			want{typ: parley.Coerce, source: "Russia", target: "Vladimir Putin"}},
	})
}
