package event_test

import (
	"testing"

	"parley"
)

// TestObjectsBeforeAndAfterParticles checks the one acted on when a
// phrasal verb's particle comes between: before it ("turned her down")
// or after it ("pushed aside the interim president, Bah Ndaw").
func TestObjectsBeforeAndAfterParticles(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"pronoun_before_down", "2010-06-14",
			"Kyrgyz leader Roza Otunbayeva asked Russia for troops on Saturday. Within hours, the Kremlin turned her down.",
			want{typ: parley.Reject, source: "Russia", target: "Roza Otunbayeva"},
			want{}},
		{"office_and_name_after_aside", "2021-06-01",
			"Colonel Assimi Goita then pushed aside the interim president, Bah Ndaw, in May 2021.",
			want{typ: parley.Coerce, source: "Assimi Goïta", target: "Bah Ndaw", date: "2021-05"},
			want{}},
	})
}

// TestSupportOffered checks that support or backing offered is support,
// with the one offered it named before the noun or after "to", while
// other offers stay offers.
func TestSupportOffered(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"named_before_the_noun", "2024-03-10",
			"Japan offered Vietnam its full support.",
			want{typ: parley.Support, source: "Japan", target: "Vietnam"},
			want{typ: parley.Agree, source: "Japan"}},
		{"named_after_to", "2024-03-10",
			"Japan offered its full support to Vietnam.",
			want{typ: parley.Support, source: "Japan", target: "Vietnam"},
			want{}},
		{"vessels_offered_stay_an_offer", "2024-03-10",
			"Japan offered the Philippines five patrol vessels.",
			want{typ: parley.Agree, source: "Japan", target: "Philippines"},
			want{typ: parley.Support, source: "Japan"}},
		{"none_offered", "2024-03-10",
			"Japan offered no support to Vietnam.",
			want{},
			want{typ: parley.Support, source: "Japan"}},
	})
}

// TestParticipleOfAClauseOfTime checks that a participle going on a
// clause of time ("after Egypt wrote to the Council … asking it to …")
// has that clause's subject, not the sentence's.
func TestParticipleOfAClauseOfTime(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"after_clause", "2020-07-21",
			"The African Union took up the file after Egypt wrote to the United Nations Security Council on 19 June asking it to intervene.",
			want{typ: parley.Request, source: "Egypt", target: "United Nations Security Council", date: "2020-06-19"},
			want{typ: parley.Request, source: "African Union"}},
		{"after_a_comma_the_main_subject", "2022-03-01",
			"Russia attacked Ukraine after Kyiv refused, saying it would not yield.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{}},
	})
}

// TestCallOfAnAct checks that an act done "in a telephone call" tells a
// call between the two it joins, and that a call with no act is none.
func TestCallOfAnAct(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"apology_in_a_call", "2020-01-11",
			"Ukrainian President Volodymyr Zelenskiy said Iranian President Hassan Rouhani had apologised to him in a telephone call on Saturday.",
			want{typ: parley.Consult, source: "Hassan Rouhani", target: "Volodymyr Zelensky", medium: parley.Phone, date: "2020-01-11"},
			want{}},
		{"congratulations_in_a_call", "2024-06-05",
			"Macron congratulated Modi in a phone call on Tuesday.",
			want{typ: parley.Consult, source: "Emmanuel Macron", target: "Narendra Modi", medium: parley.Phone},
			want{}},
		{"words_in_a_call_join_no_one", "2024-06-05",
			"Macron said in a phone call that France would help.",
			want{},
			want{typ: parley.Consult}},
	})
}

// TestGroupNamedInApposition checks that "both foreign ministers, X and
// Y" as an object are the two named after the comma, and no one else.
func TestGroupNamedInApposition(t *testing.T) {
	text := "NEW YORK, January 4, 2016 (Reuters) - Saudi Arabia cut ties with Iran on Sunday.\n\nThe Secretary-General, Ban Ki-moon, phoned both foreign ministers, al-Jubeir and Zarif, today."
	runRuledOut(t, []ruledOutCase{
		{"first_named", "2016-01-04", text,
			want{typ: parley.Consult, source: "Ban Ki-moon", target: "Adel al-Jubeir", date: "2016-01-04"},
			want{typ: parley.Consult, source: "Ban Ki-moon", target: "Yun Byung-se"}},
		{"second_named", "2016-01-04", text,
			want{typ: parley.Consult, source: "Ban Ki-moon", target: "Mohammad Javad Zarif", date: "2016-01-04"},
			want{}},
	})
}
