package event_test

import (
	"testing"

	"parley"
)

// TestMaterialRecall checks material acts (coercion, retreats, mobilising,
// sanctions, concessions) told in constructions the coder missed: each
// case names the events the text must yield (nil: none).
func TestMaterialRecall(t *testing.T) {
	tests := []eventCase{
		// Support, a partnership or contacts suspended or frozen: a
		// sanction on the one they were with.
		{"support_suspended_to_a_state", "2024-05-10",
			"The World Bank suspended its support to Ethiopia in March.",
			[]want{{typ: parley.Sanction, source: "World Bank", target: "Ethiopia", date: "2024-03"}}},
		{"partnership_suspended", "2024-05-10",
			"On Friday the United States suspended its strategic partnership with Egypt.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Egypt", date: "2024-05-10"}}},
		{"budget_support_frozen", "2024-05-10",
			"In June, the EU froze 50 million euros in budget support to Niger.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Niger", date: "2023-06"}}},
		{"visa_free_travel_suspended", "2024-05-10",
			"The EU suspended visa-free travel for holders of Serbian diplomatic passports.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Serbia"}}},
		{"support_for_a_bill_suspended_is_no_sanction", "2024-05-10",
			"Labour suspended its support for the bill on Monday.", nil},
		// A leader placed under guard is detained.
		{"president_placed_under_guard", "2024-05-10",
			"Guinean soldiers placed President Alpha Condé and his family under guard on Sunday.",
			[]want{{typ: parley.Coerce, source: "Armed Forces of Guinea", target: "Alpha Condé", date: "2024-05-05"}}},
		{"embassy_placed_under_guard_is_protected", "2024-05-10",
			"Police placed the Russian embassy under guard on Monday.", nil},
		// Armed men or police surrounding someone's premises coerce him.
		{"troops_surround_the_headquarters_of_an_official", "2024-05-10",
			"National Guard troops surrounded the Caracas headquarters of Attorney General Luisa Ortega Díaz on Saturday.",
			[]want{{typ: parley.Coerce, source: "National Guard of Venezuela", target: "Luisa Ortega Díaz", date: "2024-05-04"}}},
		{"police_surround_the_home_of_a_leader", "2024-05-10",
			"Kenyan police surrounded the home of opposition leader Raila Odinga on Sunday.",
			[]want{{typ: parley.Coerce, source: "National Police Service", target: "Raila Odinga", date: "2024-05-05"}}},
		{"police_surround_his_house", "2024-05-10",
			"Imran Khan returned to Lahore on Monday. Police had surrounded his house by Tuesday night.",
			[]want{{typ: parley.Coerce, source: "Police of Pakistan", target: "Imran Khan"}}},
		{"supporters_surrounding_a_house_coerce_no_one", "2024-05-10",
			"Supporters surrounded the house of Imran Khan on Tuesday.", nil},
		{"hills_surrounding_a_city_coerce_no_one", "2024-05-10",
			"The hills that surround Kabul were quiet on Tuesday.", nil},
		// Recognition withdrawn is a sanction, not recognition.
		{"stopped_recognising_a_president", "2024-05-10",
			"Colombia stopped recognizing Maduro as president on Friday.",
			[]want{{typ: parley.Sanction, source: "Colombia", target: "Nicolás Maduro", date: "2024-05-10"}}},
		{"ceased_to_recognise_a_state", "2024-05-10",
			"Honduras ceased to recognise Taiwan in March.",
			[]want{{typ: parley.Sanction, source: "Honduras", target: "Taiwan", date: "2024-03"}}},
		{"a_court_that_stops_recognising_rulings_sanctions_no_one", "2024-05-10",
			"The court stopped recognising the rulings of the tribunal.", nil},
		// Taken off a list of banned or terrorist groups: a concession.
		{"removed_from_a_list_of_banned_groups", "2024-05-10",
			"Uzbekistan removed the Taliban from its list of banned organisations in May 2023.",
			[]want{{typ: parley.Concede, source: "Uzbekistan", target: "Taliban", date: "2023-05"}}},
		{"removed_from_a_terrorism_list", "2024-05-10",
			"The United States removed Cuba from its list of state sponsors of terrorism on Tuesday.",
			[]want{{typ: parley.Concede, source: "United States", target: "Cuba", date: "2024-05-07"}}},
		{"removed_from_an_agenda_is_no_concession", "2024-05-10",
			"The council removed the item from its agenda.", nil},
		// An arrest told in the passive with no agent: by the state where
		// it happened.
		{"arrested_in_a_capital_by_its_state", "2024-05-10",
			"Opposition leader Kizza Besigye was arrested in Kampala on Monday.",
			[]want{{typ: parley.Coerce, source: "Uganda", target: "Kizza Besigye", date: "2024-05-06"}}},
		{"foreigners_detained_in_a_capital", "2024-05-10",
			"Two French nationals were detained in Tehran in May.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "France", date: "2024-05"}}},
		{"arrested_with_no_place_names_no_agent", "2024-05-10",
			"Opposition leader Kizza Besigye was arrested on Monday.", nil},
		// Captives told released in the passive: by the state that held
		// them, to their own.
		{"citizens_detained_in_a_state_released", "2023-09-20",
			"Three British citizens who were unjustly detained in Iran were released on Monday and flown out of Tehran aboard an Omani plane.",
			[]want{{typ: parley.Retreat, source: "Iran", target: "United Kingdom", date: "2023-09-18"}}},
		{"demonyms_held_in_a_state_freed", "2024-05-10",
			"Two Iranians held in France were released on Friday.",
			[]want{{typ: parley.Retreat, source: "France", target: "Iran", date: "2024-05-10"}}},
		{"freed_where_no_one_held_them_names_no_agent", "2024-05-10",
			"Two French nationals were freed in Doha on Friday.", nil},
		// A leader's flight abroad after demands that he go: a retreat
		// toward those who demanded it.
		{"fled_abroad_after_demands", "2024-05-10",
			"Thousands of protesters marched in Dhaka on Sunday to demand the resignation of Prime Minister Sheikh Hasina. Hasina fled to India on Monday.",
			[]want{{typ: parley.Retreat, source: "Sheikh Hasina", target: "Bangladeshi protesters", date: "2024-05-06"}}},
		{"left_the_country_after_demands", "2024-05-10",
			"Thousands of protesters marched in Colombo to demand the resignation of President Gotabaya Rajapaksa. Rajapaksa left the country on Wednesday.",
			[]want{{typ: parley.Retreat, source: "Gotabaya Rajapaksa", target: "Sri Lankan protesters", date: "2024-05-08"}}},
		{"went_into_exile_after_demands", "2024-05-10",
			"Thousands of protesters marched in Kabul to demand the resignation of President Ashraf Ghani. Ghani went into exile on Sunday.",
			[]want{{typ: parley.Retreat, source: "Ashraf Ghani", target: "Afghan protesters", date: "2024-05-05"}}},
		{"fled_abroad_with_no_one_demanding_it", "2024-05-10",
			"Hasina fled to India on Monday.", nil},
		// Leave to go given or refused is no leader gone.
		{"not_let_leave_the_country", "2012-08-16",
			"Julian Assange sought asylum in Ecuador's embassy in London. Britain says it will not let him leave the country.", nil},
		{"fleeing_fighting_is_no_flight_abroad", "2024-05-10",
			"Thousands of protesters marched in Kabul to demand the resignation of President Ashraf Ghani. Ghani fled the fighting on Sunday.",
			[]want{{typ: parley.Protest, source: "Afghan protesters", target: "Ashraf Ghani"}, {typ: parley.Request, source: "Afghan protesters", target: "Ashraf Ghani"}}},
		// The preposition of a sanction said again before the next target:
		// one each.
		{"sanctions_on_one_and_on_another", "2024-05-10",
			"Britain imposed sanctions on Russia and on Belarus on Monday.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Russia", date: "2024-05-06"},
				{typ: parley.Sanction, source: "United Kingdom", target: "Belarus", date: "2024-05-06"}}},
		// A person held at his residence, in custody or hostage is
		// detained.
		{"president_held_at_his_residence", "2023-09-10",
			"Soldiers have held President Mohamed Bazoum at his residence in Niamey since July 26.",
			[]want{{typ: parley.Coerce, source: "Niger Armed Forces", target: "Mohamed Bazoum", date: "2023-07-26"}}},
		{"talks_held_at_a_residence_detain_no_one", "2024-05-10",
			"Macron held talks with Scholz at his residence.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Olaf Scholz"}}},
		// An envoy recalled with no post named: from the state whose deed
		// provoked it.
		{"ambassador_recalled_after_a_ministers_words", "2024-05-10",
			"Venezuela recalled its ambassador for consultations after Spain's defence minister called the government a dictatorship.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Spain"}}},
		{"ambassador_recalled_over_remarks", "2024-05-10",
			"Israel recalled its ambassador over Turkey's remarks.",
			[]want{{typ: parley.Sanction, source: "Israel", target: "Turkey"}}},
		{"ambassador_recalled_after_its_own_leaders_words", "2024-05-10",
			"Israel recalled its ambassador after Netanyahu criticised the court.", nil},
		// A state suspended, told in the passive: by the body it was
		// suspended from, else by the one the article is about.
		{"state_suspended_from_a_body", "2024-05-10",
			"Mali was suspended from the African Union on Monday.",
			[]want{{typ: parley.Sanction, source: "African Union", target: "Mali", date: "2024-05-06"}}},
		{"state_already_suspended_by_the_bloc_told_before", "2024-05-10",
			"Mercosur suspended Venezuela on Saturday. Venezuela had already been suspended in December for failing to meet the rules of the bloc.",
			[]want{{typ: parley.Sanction, source: "Mercosur", target: "Venezuela", date: "2023-12"}}},
		{"state_suspended_from_a_bodys_councils", "2002-03-20",
			"Zimbabwe was suspended from the councils of the Commonwealth for a year on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Commonwealth of Nations", target: "Zimbabwe", date: "2002-03-19"}}},
		{"state_suspended_told_in_an_aside", "2008-03-20",
			"Cuba, suspended from the Organization of American States in 1962, did not attend.",
			[]want{{typ: parley.Sanction, source: "Organization of American States", target: "Cuba"}}},
		{"minister_suspended_in_an_aside", "2024-05-10",
			"The minister, suspended from the party in May, resigned on Monday.", nil},
		{"minister_suspended_from_a_party", "2024-05-10",
			"The minister was suspended from the party on Monday.", nil},
		// Forces leaving a state: a withdrawal from it.
		{"troops_left_a_state", "2024-05-10",
			"The last French troops left Mali in August.",
			[]want{{typ: parley.Retreat, source: "French Armed Forces", target: "Mali", date: "2023-08"}}},
		{"troops_left_their_barracks", "2024-05-10",
			"Troops left their barracks on Monday.", nil},
	}
	runEventCases(t, tests)
}

// TestMaterialRecallRuledOut checks readings the rules above must not
// give.
func TestMaterialRecallRuledOut(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		// A date after ", and" that opens a clause of its own is not a
		// second date of the act before.
		{"a_dated_clause_after_and_is_no_second_date", "2024-07-10",
			"Uzbekistan removed the Taliban from its list of banned groups in May 2023, and in June 2024 Chinese President Xi Jinping received the Taliban's envoy.",
			want{typ: parley.Concede, source: "Uzbekistan", target: "Taliban", date: "2023-05"},
			want{typ: parley.Concede, source: "Uzbekistan", target: "Taliban", date: "2024-06"}},
		{"a_list_of_dates_still_gives_one_event_each", "2024-07-10",
			"Putin and Xi spoke by phone in February, and in March.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2024-03"}, want{}},
	})
	runNotCases(t, []notCase{
		{"fleeing_fighting_is_no_retreat", "2024-05-10",
			"Thousands of protesters marched in Kabul to demand the resignation of President Ashraf Ghani. Ghani fled the fighting on Sunday.",
			want{typ: parley.Retreat}},
		{"leaving_a_meeting_is_no_retreat", "2024-05-10",
			"Thousands of protesters marched in Kabul to demand the resignation of President Ashraf Ghani. Ghani left the meeting on Sunday.",
			want{typ: parley.Retreat}},
		{"and_on_a_day_is_no_second_target", "2024-05-10",
			"Britain imposed sanctions on Russia and on Monday it expelled two diplomats.",
			want{typ: parley.Sanction, source: "United Kingdom", target: "United Kingdom"}},
		{"talks_at_a_residence_are_no_detention", "2024-05-10",
			"Macron held talks with Scholz at his residence.",
			want{typ: parley.Coerce}},
		{"held_responsible_is_no_detention", "2024-05-10",
			"Putin held Zelensky responsible for the attack on his residence.",
			want{typ: parley.Coerce}},
		// "ceased to recognise" is no recognition.
		{"ceased_to_recognise_is_no_support", "2024-05-10",
			"Honduras ceased to recognise Taiwan in March.",
			want{typ: parley.Support}},
	})
}
