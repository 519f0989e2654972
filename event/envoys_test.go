package event_test

import (
	"testing"

	"parley"
)

// TestUnnamedEnvoys checks that a state's envoy the text does not name —
// "the US envoy", "the representative of the United States" — acts for
// the state, and that a named one stays the person.
func TestUnnamedEnvoys(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"adjective_envoy", "2009-12-23",
			"The US envoy called on Eritrea to end its support for the rebels.",
			want{typ: parley.Request, source: "United States", target: "Eritrea"},
			want{}},
		{"adjective_ambassador", "2023-08-24",
			"The Chinese ambassador urged Japan to stop the release of the water.",
			want{typ: parley.Request, source: "China", target: "Japan"},
			want{}},
		{"representative_of_a_state", "2009-12-23",
			"The representative of the United States called on Eritrea to end its support for the rebels.",
			want{typ: parley.Request, source: "United States", target: "Eritrea"},
			want{}},
		{"delegate_of_a_state", "2009-12-23",
			"The delegate of France urged Eritrea to comply with the resolution.",
			want{typ: parley.Request, source: "France", target: "Eritrea"},
			want{}},
		{"named_in_apposition_stays_the_person", "2009-12-23",
			"Araya Desta, the representative of Eritrea, urged the Security Council to reject the draft.",
			want{typ: parley.Request, source: "Araya Desta", target: "United Nations Security Council"},
			want{typ: parley.Request, source: "Eritrea"}},
		{"ambassador_recalled_with_his_name", "2015-08-28",
			"On Thursday Santos recalled the Colombian ambassador, Ricardo Lozano, from Caracas for consultations.",
			want{typ: parley.Sanction, source: "Juan Manuel Santos", target: "Venezuela"},
			want{}},
	})
}

// TestProtestNotes checks that a protest sent, delivered or handed over in
// writing is an accusation aimed at whom it goes to.
func TestProtestNotes(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sent_a_protest_note_to_a_capital", "2015-09-26",
			"On Tuesday, Foreign Minister Ivica Dačić sent a protest note to Zagreb, saying the closure broke European rules.",
			[]want{{typ: parley.Accuse, source: "Ivica Dačić", target: "Croatia", date: "2015-09-22"}}},
		{"delivered_a_protest_note", "2015-09-26",
			"Serbia delivered a protest note to Croatia on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Serbia", target: "Croatia", date: "2015-09-22"}}},
		{"handed_a_protest_note_to_an_envoy", "2015-09-26",
			"Serbia handed a protest note to the Croatian ambassador on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Serbia", target: "Croatia"}}},
		{"a_letter_is_no_protest", "2015-09-26",
			"Serbia sent a letter to Croatia on Tuesday.",
			nil},
	})
}

// TestRaids checks that a raid on premises is coercion and one on a place
// or a camp is force.
func TestRaids(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"raided_government_departments", "2017-11-03",
			"On September 20, Civil Guard officers raided Catalan government departments and arrested 14 officials.",
			want{typ: parley.Coerce, source: "Guardia Civil", target: "Government of Catalonia", date: "2017-09-20"},
			want{typ: parley.Assault, source: "Guardia Civil"}},
		{"raided_a_camp", "2023-07-04",
			"Israeli troops raided the Jenin refugee camp on Monday.",
			want{typ: parley.Assault, source: "Israel Defense Forces", target: "Palestine"},
			want{typ: parley.Coerce, source: "Israel Defense Forces"}},
		{"raided_an_embassy", "2024-04-06",
			"Ecuadorian police raided the Mexican embassy in Quito on Friday night.",
			want{typ: parley.Coerce, source: "National Police of Ecuador", target: "Mexico", date: "2024-04-05"},
			want{typ: parley.Assault, source: "National Police of Ecuador"}},
		{"police_forced_their_way_into_an_embassy", "2024-04-06",
			"Ecuadorian police forced their way into the Mexican embassy in Quito on Friday night and arrested a former vice-president.",
			want{typ: parley.Coerce, source: "National Police of Ecuador", target: "Mexico", date: "2024-04-05"},
			want{typ: parley.Protest}},
		{"a_crowd_forced_its_way_into_an_embassy", "2016-01-03",
			"Iranian protesters forced their way into the Saudi embassy in Tehran on Saturday night.",
			want{typ: parley.Protest, source: "Iranian protesters", target: "Saudi Arabia"},
			want{typ: parley.Coerce}},
		{"stormed_and_set_fire_to_an_embassy", "2016-01-03",
			"Iranian protesters stormed and set fire to the Saudi embassy in Tehran on Saturday night.",
			want{typ: parley.Protest, source: "Iranian protesters", target: "Saudi Arabia"},
			want{typ: parley.Protest, target: "Iran"}},
	})
}

// TestEnvoyPronouns checks that "he" or "she" after a state's unnamed
// envoy is the envoy — the state — and not another person named before.
func TestEnvoyPronouns(t *testing.T) {
	council := "Araya Desta, the representative of Eritrea, said the sanctions were unjust.\n\n" +
		"The representative of the United States called on Eritrea to end its support for Al-Shabaab. \"Today the Council has made it unmistakably clear that this support must end,\" she said.\n\n" +
		"China's representative said his delegation had abstained, and he called on Eritrea to settle its differences with Djibouti through negotiation."
	runQuoteCases(t, []quoteCase{
		{"she_after_the_representative_of_a_state", "2009-12-23", council, "Today the Council", "United States"},
	})
	runRuledOut(t, []ruledOutCase{
		{"he_after_a_states_representative", "2009-12-23", council,
			want{typ: parley.Request, source: "China", target: "Eritrea"},
			want{typ: parley.Request, source: "Araya Desta", target: "Eritrea"}},
	})
}

// TestEnvoysMet checks that an envoy met or received and named only by
// the adjective of a state stands for that state, as "met with the
// Chinese ambassador" already did.
func TestEnvoysMet(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received_the_adjective_ambassador", "2013-11-22",
			"On Wednesday President Susilo Bambang Yudhoyono received the Australian ambassador at the palace.",
			[]want{{typ: parley.Consult, source: "Australia", target: "Susilo Bambang Yudhoyono", date: "2013-11-20"}}},
		{"met_the_adjective_envoy", "2024-03-15",
			"Foreign Minister Penny Wong met the Chinese envoy in Canberra on Thursday.",
			[]want{{typ: parley.Consult, source: "Penny Wong", target: "China", date: "2024-03-14"}}},
		{"the_adjective_minister_is_the_person", "2024-03-15",
			"Foreign Minister Penny Wong met the Chinese foreign minister in Canberra on Thursday.",
			[]want{{typ: parley.Consult, source: "Penny Wong", target: "Wang Yi", date: "2024-03-14"}}},
	})
}

// TestOfficesInApposition checks that a person named after an office
// with its own hyphenated title is the one met, and that a state named as
// "it" in a time clause of its own sentence is the subject there.
func TestOfficesInApposition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"commander_in_chief_in_apposition", "2020-01-19",
			"On Saturday Xi Jinping also met with the Commander-in-Chief of Defence Services, Senior General Min Aung Hlaing.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Min Aung Hlaing", date: "2020-01-18"}}},
		{"it_in_a_when_clause", "2023-01-24",
			"Lithuania took a similar step last April, when it expelled the Russian ambassador in protest at the killings.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Russia", date: "2022-04"}}},
	})
}

// TestMissionsOpened checks that a state opening a mission in another's
// capital engages with that state (SUPPORT, CAMEO 050), while a branch of
// its own embassy or an office that "opened" is no such act.
func TestMissionsOpened(t *testing.T) {
	runEventCases(t, []eventCase{
		{"opened_a_trade_office_in_a_capital", "2021-07-15",
			"India opened a trade office in Taipei on Wednesday.",
			[]want{{typ: parley.Support, source: "India", target: "Taiwan", date: "2021-07-14"}}},
		{"opened_an_embassy_in_a_capital", "2021-07-15",
			"Israel opened an embassy in Abu Dhabi on Wednesday.",
			[]want{{typ: parley.Support, source: "Israel", target: "United Arab Emirates", date: "2021-07-14"}}},
		{"an_office_that_opened", "2021-11-19",
			"The Taiwanese Representative Office opened on Thursday, the first Taiwanese mission in Europe.", nil},
	})
}

// TestNamedEnvoyRecalled checks that a state recalling its ambassador by
// name recalls them from the state the story set against it.
func TestNamedEnvoyRecalled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"recalled_the_envoy_by_name", "2021-05-19",
			"Spain summoned Morocco's ambassador, Karima Benyaich, on Tuesday. Hours later Rabat recalled Benyaich for consultations.",
			[]want{{typ: parley.Accuse, source: "Spain", target: "Karima Benyaich", date: "2021-05-18"},
				{typ: parley.Sanction, source: "Morocco", target: "Spain", date: "2021-05-18"}}},
	})
}

// TestEnvoysMetByName checks that a meeting with a state's envoy named in
// apposition is a meeting with the envoy, whatever his post, and that an
// envoy left unnamed still stands for his state.
func TestEnvoysMetByName(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"met_a_possessive_envoy_at_the_un", "2024-03-05",
			"Zhang Jun met Russia's ambassador to the United Nations, Vassily Nebenzia, on Monday.",
			want{typ: parley.Consult, source: "Zhang Jun", target: "Vasily Nebenzya"},
			want{typ: parley.Consult, target: "Russia"}},
		{"talks_with_an_adjective_envoy", "2024-01-02",
			"Wang Yi held talks with the Russian ambassador, Andrey Denisov, on Monday.",
			want{typ: parley.Consult, source: "Wang Yi", target: "Andrey Denisov"},
			want{typ: parley.Consult, target: "Russia"}},
		{"received_an_envoy", "2012-04-12",
			"Foreign Secretary Albert del Rosario received China's ambassador, Ma Keqing, at the foreign ministry on Tuesday.",
			want{typ: parley.Consult, source: "Ma Keqing", target: "Albert del Rosario"},
			want{typ: parley.Consult, source: "China"}},
		{"an_unnamed_envoy_is_his_state", "2024-01-02",
			"Wang Yi met Russia's ambassador on Monday.",
			want{typ: parley.Consult, source: "Wang Yi", target: "Russia"},
			want{}},
	})
}

// TestHeadsOfMissionRecalled covers the heads of mission other than an
// ambassador that a state calls home in protest, or whose state a meeting
// with them stands for: a Commonwealth state's high commissioner, the
// Holy See's nuncio.
func TestHeadsOfMissionRecalled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"high_commissioner", "2023-09-19",
			"India withdrew its High Commissioner from Canada on Tuesday.",
			[]want{{typ: parley.Sanction, source: "India", target: "Canada", date: "2023-09-19"}}},
		{"high_commissioner_recalled", "1995-11-12",
			"South Africa was recalling its high commissioner from Nigeria.",
			[]want{{typ: parley.Sanction, source: "South Africa", target: "Nigeria"}}},
		{"high_commissioner_met", "2024-12-10",
			"Prime Minister Narendra Modi received the British High Commissioner in New Delhi.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "United Kingdom"}}},
		{"nuncio", "2022-03-19",
			"The Holy See recalled its nuncio from Nicaragua.",
			[]want{{typ: parley.Sanction, source: "Holy See", target: "Nicaragua"}}},
	})
}

// TestExpelledEnvoyOfAdjectiveState checks an envoy expelled under his
// state's adjective and named in apposition ("expelled the Mexican
// ambassador, Pablo Monroy"): aimed at the state as well as at the man,
// as with "Mexico's ambassador".
func TestExpelledEnvoyOfAdjectiveState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"adjective_envoy_named_after", "2022-12-22",
			"Peru expelled the Mexican ambassador, Pablo Monroy, on Tuesday and gave him 72 hours to leave.",
			[]want{{typ: parley.Sanction, source: "Peru", target: "Mexico", date: "2022-12-20"}}},
	})
}

// TestEnvoysOfAStateSummoned checks one envoy or official "of" a state or
// its mission, with an indefinite article, summoned in the passive: the
// summons is aimed at the state or mission; a capitalised title of
// office ("the High Representative of the European Union") is left to
// the names.
func TestEnvoysOfAStateSummoned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_diplomat_of_a_state", "2021-01-25",
			"A diplomat of Pakistan was summoned by India on Monday.",
			[]want{{typ: parley.Accuse, source: "India", target: "Pakistan", date: "2021-01-25"}}},
		{"a_senior_diplomat_of_a_mission", "2021-01-25",
			"A senior diplomat of the Pakistan High Commission was summoned to the Ministry of External Affairs on Monday.",
			[]want{{typ: parley.Accuse, source: "Ministry of External Affairs", target: "Pakistan High Commission"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_title_of_office_is_no_envoy_noun", "2017-11-23",
			"The minister thanked the foreign ministers of Germany and Sweden and the High Representative of the European Union, who visited the camps in Cox's Bazar on 19 November.",
			want{},
			want{typ: parley.Consult, source: "European Union"}},
	})
}
