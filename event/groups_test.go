package event_test

import (
	"testing"

	"parley"
)

// TestGroupSides checks "the two sides", "the two delegations" and the
// like: the parties the text set side by side before, states or
// organisations, not the mediators.
func TestGroupSides(t *testing.T) {
	tests := []eventCase{
		// A state and an armed movement joined by "and the".
		{"two_sides_a_state_and_a_movement", "2024-05-10",
			"Turkey and the Kurdistan Workers' Party agreed a truce in March. The two sides held talks in Oslo on Tuesday.",
			[]want{{typ: parley.Consult, source: "Turkey", target: "Kurdistan Workers' Party", date: "2024-05-07"}}},
		{"two_delegations_after_a_modifier", "2024-05-10",
			"On Friday the Sudanese Armed Forces and the paramilitary Rapid Support Forces signed a truce in Jeddah. The two delegations will meet again on Monday.",
			[]want{{typ: parley.Consult, source: "Sudanese Armed Forces", target: "Rapid Support Forces", status: parley.Planned, date: "2024-05-13"}}},
		{"both_delegations_not_the_mediators", "2024-05-10",
			"Peru and Chile held talks on Monday with mediation by Brazil and Argentina. Both delegations agreed to meet again in Lima.",
			[]want{{typ: parley.Consult, source: "Peru", target: "Chile", status: parley.Planned}}},
		// "in Azerbaijan, and Azerbaijan will …" is no pair of states.
		{"two_parties_past_a_name_told_twice", "2024-05-10",
			"Armenia and Azerbaijan agreed on Monday to reopen the road. Armenia will withdraw its posts from villages in Azerbaijan, and Azerbaijan will return the prisoners. The two parties will meet again in Brussels in June.",
			[]want{{typ: parley.Consult, source: "Armenia", target: "Azerbaijan", status: parley.Planned, date: "2024-06"}}},
		// A pair of leaders joined as the guests of a third is no two sides.
		{"two_countries_not_a_host_and_two_guests", "2024-05-10",
			"Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty on Thursday. After the signing, the two presidents reopened two checkpoints. Rahmon will host Japarov and Uzbek President Shavkat Mirziyoyev in Khujand on March 31. The two countries' forces clashed on the border in 2022.",
			[]want{{typ: parley.Assault, source: "Kyrgyzstan", target: "Tajikistan"}}},
		// The two sides' forces are the sides: "both forces".
		{"both_forces_of_the_two_sides", "2024-05-10",
			"The Sudanese Armed Forces and the Rapid Support Forces signed a truce in Jeddah on Thursday. Both forces accused each other of breaking it on Friday.",
			[]want{{typ: parley.Accuse, source: "Rapid Support Forces", target: "Sudanese Armed Forces", date: "2024-05-10"}}},
	}
	runEventCases(t, tests)

	runNotCases(t, []notCase{
		{"mediators_are_not_the_sides", "2024-05-10",
			"Peru and Chile held talks on Monday with mediation by Brazil and Argentina. Both delegations agreed to meet again in Lima.",
			want{typ: parley.Consult, source: "Brazil", target: "Argentina"}},
		{"two_countries_are_not_the_host_and_a_guest", "2024-05-10",
			"Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty on Thursday. After the signing, the two presidents reopened two checkpoints. Rahmon will host Japarov and Uzbek President Shavkat Mirziyoyev in Khujand on March 31. The two countries' forces clashed on the border in 2022.",
			want{typ: parley.Assault, source: "Kyrgyzstan", target: "Uzbekistan"}},
		{"two_countries_are_no_movement", "2024-05-10",
			"Turkey and the Kurdistan Workers' Party agreed a truce in March. The two countries held talks in Oslo on Tuesday.",
			want{typ: parley.Consult, source: "Turkey", target: "Kurdistan Workers' Party"}},
	})
}

// TestAgentsOfSides checks the people who act for the sides a group
// phrase names: "negotiators for the two sides", "officials from both
// countries".
func TestAgentsOfSides(t *testing.T) {
	runEventCases(t, []eventCase{
		{"negotiators_for_the_two_sides", "2024-05-10",
			"Chile and Peru signed a fisheries accord on Monday. Negotiators for the two sides had held talks in Lima since April 2.",
			[]want{{typ: parley.Consult, source: "Chile", target: "Peru", date: "2024-04-02"}}},
		{"commanders_from_both_sides", "2024-05-10",
			"Chile and Peru signed a fisheries accord on Monday. Army commanders from both sides met on Tuesday.",
			[]want{{typ: parley.Consult, source: "Chile", target: "Peru", date: "2024-05-07"}}},
		{"officials_from_the_two_countries", "2024-05-10",
			"Chile and Peru signed a fisheries accord on Monday. Officials from the two countries will meet in Lima next week.",
			[]want{{typ: parley.Consult, source: "Chile", target: "Peru", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		// Private people of both countries do not act for them.
		{"fishermen_from_both_countries_are_no_state", "2024-05-10",
			"Chile and Peru signed a fisheries accord on Monday. Fishermen from both countries met in Lima on Tuesday.",
			want{typ: parley.Consult, source: "Chile", target: "Peru", date: "2024-05-07"}},
	})
}

// TestLeadersOfABody checks "the leaders" and "the ministers" after a
// body named by its leaders: they speak for the body.
func TestLeadersOfABody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"alliance_leaders_then_the_leaders", "2024-05-10",
			"NATO leaders met in Vilnius on Tuesday. The leaders also demanded that Russia withdraw its troops from Ukraine.",
			[]want{{typ: parley.Request, source: "North Atlantic Treaty Organization", target: "Russia"}}},
		{"bloc_foreign_ministers_then_the_ministers", "2024-05-10",
			"ECOWAS foreign ministers met in Abuja on Friday. The ministers called on the junta in Niger to release President Mohamed Bazoum.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "National Council for the Safeguard of the Homeland"}}},
		// One leader named after the body is one of its leaders.
		{"body_leaders_past_one_of_them", "2023-12-15",
			"European Union leaders decided on Thursday to open accession talks with Moldova after Viktor Orbán left the room. The leaders also demanded that Russia withdraw its troops from Ukraine.",
			[]want{{typ: parley.Request, source: "European Council", target: "Russia"}}},
		// The leaders named at a summit of a body are those leaders.
		{"leaders_named_at_a_summit_of_leaders", "2024-05-10",
			"Narendra Modi, Fumio Kishida and Anthony Albanese joined Joe Biden for a summit of Quad leaders on Friday. The leaders agreed on a plan to make vaccines.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "Joe Biden"}}},
	})
	runNotCases(t, []notCase{
		{"a_leaders_summit_is_no_body", "2024-05-10",
			"Joe Biden met Fumio Kishida in Tokyo on Friday. He then attended the G7 Leaders' Summit in Hiroshima. The leaders agreed to send more arms to Ukraine.",
			want{typ: parley.Aid, source: "Group of Seven", target: "Ukraine"}},
	})
}

// TestBodyCalledSo checks "the confederation" for the organisation the
// text made one, and no other body.
func TestBodyCalledSo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_confederation_the_text_made", "2024-05-10",
			"Mali, Niger and Burkina Faso turned their Alliance of Sahel States into a confederation in July. The confederation rejected the offer from ECOWAS in December.",
			[]want{{typ: parley.Reject, source: "Alliance of Sahel States", target: "Economic Community of West African States", date: "2023-12"}}},
		{"no_confederation_named", "2024-05-10",
			"The African Union met in Addis Ababa in July. The confederation rejected the offer from ECOWAS in December.", nil},
	})
}

// TestTwoNamedJustBefore checks "the two men" after a sentence naming two
// people apart: they, not a pair joined earlier, unless that pair is the
// story's.
func TestTwoNamedJustBefore(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_men_the_sentence_before_named", "2024-05-10",
			"Antony Blinken and Lloyd Austin held talks with Toshimitsu Motegi and Nobuo Kishi in Tokyo on Tuesday. On Thursday Blinken led the American delegation in Anchorage, and Yang Jiechi led the Chinese one. The two men accused each other of hypocrisy.",
			[]want{{typ: parley.Accuse, source: "Antony Blinken", target: "Yang Jiechi"}}},
		{"two_leaders_of_the_story_past_a_side_meeting", "2024-05-10",
			"Xi Jinping met Vladimir Putin in Moscow on Monday. Putin said Russia would sell more gas to China. Xi later invited Putin to visit Beijing. Xi also met Russian Prime Minister Mikhail Mishustin on Tuesday. The visit came a year after the two leaders signed a partnership treaty in February 2022.",
			[]want{{typ: parley.Agree, source: "Vladimir Putin", target: "Xi Jinping", date: "2022-02"}}},
	})
	runNotCases(t, []notCase{
		{"two_men_are_not_the_pair_joined_earlier", "2024-05-10",
			"Antony Blinken and Lloyd Austin held talks with Toshimitsu Motegi and Nobuo Kishi in Tokyo on Tuesday. On Thursday Blinken led the American delegation in Anchorage, and Yang Jiechi led the Chinese one. The two men accused each other of hypocrisy.",
			want{typ: parley.Accuse, source: "Toshimitsu Motegi", target: "Nobuo Kishi"}},
	})
}

// TestNamesApposedToAGroup checks names in apposition to a group phrase:
// they, not the group, act.
func TestNamesApposedToAGroup(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ministers_of_the_two_countries_named", "2016-06-30",
			"Putin and Erdogan spoke by phone on Wednesday. The foreign ministers of the two countries, Sergei Lavrov and Mevlut Cavusoglu, will hold talks in Sochi on July 1.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Mevlüt Çavuşoğlu", status: parley.Planned, date: "2016-07-01"}}},
	})
	runNotCases(t, []notCase{
		// Two presidents are not "the foreign ministers".
		{"foreign_ministers_are_not_the_presidents", "2016-06-30",
			"Putin and Erdogan spoke by phone on Wednesday. The foreign ministers of the two countries will hold talks in Sochi on July 1.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", date: "2016-07-01"}},
		{"the_group_and_a_name_do_not_mix", "2016-06-30",
			"Putin and Erdogan spoke by phone on Wednesday. The foreign ministers of the two countries, Sergei Lavrov and Mevlut Cavusoglu, will hold talks in Sochi on July 1.",
			want{typ: parley.Consult, source: "Russia", target: "Mevlüt Çavuşoğlu"}},
	})
}

// TestCountedPeople checks "the three ministers", "the four leaders" and a
// bare "the three": the last that many people named who fit.
func TestCountedPeople(t *testing.T) {
	runEventCases(t, []eventCase{
		// Ministers by title before a secretary who joined.
		{"three_ministers_not_the_secretary", "2024-05-10",
			"Sergei Lavrov hosted Wang Yi and Subrahmanyam Jaishankar in Moscow on Thursday, with Antony Blinken joining by video. The three ministers later met Vladimir Putin at the Kremlin.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Vladimir Putin"}}},
		{"four_leaders_after_two_pairs", "2024-05-10",
			"Emmanuel Macron and Olaf Scholz negotiated through the night in Minsk with Vladimir Putin and Volodymyr Zelensky. After 16 hours the four leaders agreed on a ceasefire plan.",
			[]want{{typ: parley.Agree, source: "Olaf Scholz", target: "Volodymyr Zelensky"}}},
		{"bare_three_before_its_verb", "2024-05-10",
			"Mohammed bin Salman, Tamim bin Hamad Al Thani and Mohamed bin Zayed met in Riyadh on Monday. The three agreed to reopen their borders.",
			[]want{{typ: parley.Agree, source: "Mohammed bin Salman", target: "Tamim bin Hamad Al Thani"}}},
	})
	runNotCases(t, []notCase{
		{"three_ministers_are_not_the_secretary", "2024-05-10",
			"Sergei Lavrov hosted Wang Yi and Subrahmanyam Jaishankar in Moscow on Thursday, with Antony Blinken joining by video. The three ministers later met Vladimir Putin at the Kremlin.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Vladimir Putin"}},
		// "the three days" counts no people.
		{"three_days_are_no_people", "2024-05-10",
			"Mohammed bin Salman, Tamim bin Hamad Al Thani and Mohamed bin Zayed met in Riyadh on Monday. The three days of talks ended without a deal.",
			want{typ: parley.Agree, source: "Mohammed bin Salman", target: "Tamim bin Hamad Al Thani"}},
	})
}

// TestRegionGroupsAsParticipants checks that a region named as a closed
// set of states ("the leaders of the five Central Asian countries", "the
// Baltic states") gives one participant for each member.
func TestRegionGroupsAsParticipants(t *testing.T) {
	tests := []eventCase{
		{"a_summit_with_the_central_asian_leaders", "2023-05-20",
			"Chinese President Xi Jinping hosted the leaders of the five Central Asian countries in Xi'an on Friday.",
			[]want{{typ: parley.Consult, source: "Kassym-Jomart Tokayev", target: "Xi Jinping", date: "2023-05-19", place: "Xi'an"},
				{typ: parley.Consult, source: "Shavkat Mirziyoyev", target: "Xi Jinping", date: "2023-05-19", place: "Xi'an"}}},
		{"an_accusation_of_the_baltic_states", "2024-05-10",
			"Russia accused the Baltic states of discriminating against Russian speakers.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Estonia"}, {typ: parley.Accuse, source: "Russia", target: "Latvia"},
				{typ: parley.Accuse, source: "Russia", target: "Lithuania"}}},
	}
	runEventCases(t, tests)
}
