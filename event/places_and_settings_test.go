package event_test

import (
	"testing"

	"parley"
)

// TestPartsOfPlacesStruck checks that a strike on part of a place ("the
// centre of Kharkiv", "the north of Gaza") is aimed at the state that
// holds the place, as one on the place itself is.
func TestPartsOfPlacesStruck(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_centre_of_a_city", "2022-03-02",
			"Russian forces shelled the centre of Kharkiv overnight.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"the_outskirts_of_a_capital", "2022-03-02",
			"Russian forces shelled the outskirts of Kyiv on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2022-02-28"}}},
		{"the_north_of_a_territory", "2023-11-02",
			"Israeli jets struck the north of Gaza on Wednesday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", date: "2023-11-01"}}},
	})
}

// TestBodysMeetingAsSetting checks that a body's meeting opening a
// sentence is where the subject spoke, not a meeting of the subject with
// the body.
func TestBodysMeetingAsSetting(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"emergency_meeting_of_the_council", "2008-02-19",
			"At an emergency meeting of the U.N. Security Council in New York on Monday, President Boris Tadic called on the Council to annul the declaration.",
			want{typ: parley.Request, source: "Boris Tadić", target: "United Nations Security Council"},
			want{typ: parley.Consult}},
		{"meeting_of_ministers_of_a_union", "2008-02-19",
			"At a meeting of EU foreign ministers in Brussels on Monday, Spain's Foreign Minister Miguel Angel Moratinos condemned the declaration.",
			want{},
			want{typ: parley.Consult}},
		{"a_meeting_with_someone_is_one", "2008-02-19",
			"At a meeting with Serbian President Boris Tadic in Belgrade on Monday, Russian Foreign Minister Sergei Lavrov pledged support.",
			want{typ: parley.Consult, source: "Sergey Lavrov", target: "Boris Tadić"},
			want{}},
	})
}

// TestSpeakingAsSetting checks that a participle of speaking set off by
// commas tells where someone spoke, not a meeting, unless it names whom
// they spoke with.
func TestSpeakingAsSetting(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"speaking_in_a_city", "2008-02-19",
			`Britain, France and Turkey followed suit within hours, while President George W. Bush, speaking in Dar es Salaam on a tour of Africa, told reporters: "The Kosovars are now independent."`,
			want{},
			want{typ: parley.Consult}},
		{"speaking_with_someone", "2022-03-01",
			"Angela Merkel, speaking with Vladimir Putin by phone on Monday, urged a ceasefire.",
			want{typ: parley.Consult, source: "Angela Merkel", target: "Vladimir Putin", medium: parley.Phone},
			want{}},
	})
}

// TestActNamedWithItsDoerAfterAfter checks that an act named after
// "after" or "following" with its doer ("following the attack by NATO
// helicopters on two Pakistani border posts") is told there, while "after
// the call" names one told before.
func TestActNamedWithItsDoerAfterAfter(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"attack_by_a_named_doer", "2011-11-27",
			"Pakistan closed the supply routes on Saturday, following the attack by NATO helicopters on two Pakistani border posts.",
			want{typ: parley.Assault, source: "North Atlantic Treaty Organization", target: "Pakistan"},
			want{}},
		{"an_attack_named_before", "2011-11-27",
			"NATO helicopters attacked two Pakistani border posts on Saturday. The cabinet met on Sunday, after the attack, and closed the supply routes.",
			want{typ: parley.Assault, source: "North Atlantic Treaty Organization", target: "Pakistan", date: "2011-11-26"},
			want{typ: parley.Assault, date: "2011-11-27"}},
	})
}

// TestAmountsBeforeTheObject checks that a word of amount before a number
// ("about 40", "some 20") leads the object and opens no phrase of its own.
func TestAmountsBeforeTheObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"about_forty_officers", "2015-09-26",
			"Last Saturday, Hungarian police disarmed and briefly detained about 40 Croatian police officers.",
			[]want{{typ: parley.Coerce, source: "Hungarian Police", target: "Croatian Police", date: "2015-09-19"}}},
		{"some_twenty_sailors", "2019-07-20",
			"Iran seized some 20 British sailors on Friday.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "United Kingdom", date: "2019-07-19"}}},
	})
}

// TestOwnBodyChaired checks that a meeting a leader chairs of their own
// government's body is no meeting between them, while one of other
// states' leaders is.
func TestOwnBodyChaired(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"own_security_council", "2022-02-24",
			"Joe Biden chaired a meeting of the National Security Council on Tuesday.",
			want{},
			want{typ: parley.Consult, source: "Joe Biden"}},
		{"a_committee_of_the_cabinet", "2011-11-27",
			"Prime Minister Yousaf Raza Gillani chaired an emergency meeting of the Defence Committee of the Cabinet in Islamabad on Saturday.",
			want{},
			want{typ: parley.Consult, source: "Yousaf Raza Gillani"}},
		{"other_leaders_chaired", "2021-08-25",
			"Boris Johnson chaired a virtual meeting of G7 leaders on Tuesday.",
			want{typ: parley.Consult, source: "Boris Johnson", target: "Group of Seven", medium: parley.Virtual, date: "2021-08-24"},
			want{}},
	})
}

// TestTruceSignedIn checks that a city after a truce signed is where it
// was signed, while one after a truce talked about stays its matter.
func TestTruceSignedIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"signed_a_ceasefire_in_a_city", "2002-04-06",
			"Angola's armed forces and UNITA signed a formal ceasefire in Luanda on Thursday.",
			[]want{{typ: parley.Agree, source: "Angolan Armed Forces", target: "UNITA", date: "2002-04-04", place: "Luanda"}}},
	})
	runNotCases(t, []notCase{
		{"the_ceasefire_in_a_region_is_the_matter", "2024-06-15",
			"Blinken discussed the ceasefire in Gaza with Sheikh Mohammed in Doha on Thursday.",
			want{typ: parley.Consult, place: "Gaza"}},
	})
}
