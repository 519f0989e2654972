package event_test

import (
	"testing"

	"parley"
)

// TestActorsByKind checks actors that news names only by their kind or
// through a pronoun: a person's supporters, armed groups, the opposition.
func TestActorsByKind(t *testing.T) {
	tests := []eventCase{
		// "his supporters": the crowd of the person "his" stands for.
		{"police_fire_at_his_supporters", "2023-05-10",
			"Raila Odinga rejected the results, and police fired tear gas at his supporters in Kisumu.",
			[]want{{typ: parley.Assault, source: "National Police Service", target: "Odinga supporters"}}},
		{"police_arrest_dozens_of_his_supporters", "2023-05-10",
			"Opposition leader Alexei Navalny was detained at a Moscow airport on Sunday, and police later arrested dozens of his supporters.",
			[]want{{typ: parley.Coerce, source: "Police of Russia", target: "Navalny supporters"}}},
		{"his_followers_demand_a_resignation", "2023-05-10",
			"Former Peruvian president Pedro Castillo was arrested in December; his followers blocked roads across the south and demanded the resignation of Dina Boluarte.",
			[]want{{typ: parley.Request, source: "Castillo supporters", target: "Dina Boluarte"}}},
		// Armed groups named by their kind, of the state where they fight.
		{"the_insurgents_attack_a_base", "2023-05-10",
			"Islamist insurgents have waged a campaign in northern Mali since 2012. On Sunday the insurgents attacked an army base near Gao, killing 12 Malian soldiers.",
			[]want{{typ: parley.Assault, source: "Malian insurgents", target: "Malian Armed Forces"}}},
		{"militants_storm_a_police_post", "2023-05-10",
			"Militants stormed a police post in Pakistan's Balochistan province on Friday, the army said.",
			[]want{{typ: parley.Assault, source: "Pakistani militants", target: "Police of Pakistan"}}},
		{"the_militants_kill_soldiers", "2023-05-10",
			"The militants killed three Somali soldiers in an attack on a base near Mogadishu.",
			[]want{{typ: parley.Assault, source: "Somali militants", target: "Somali National Army"}}},
		{"troops_kill_jihadists", "2023-05-10",
			"Nigerian troops killed 20 jihadists in Borno state, the army said.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Nigerian jihadists"}}},
		// The opposition is that of the leaders it faces, in a story
		// mostly about another state.
		{"opposition_lawmakers_of_the_president_accused", "2024-05-10",
			"Kenya and Uganda traded accusations over Migingo island on Monday. Ugandan President Yoweri Museveni said the island belonged to Uganda. Opposition lawmakers accused President William Ruto of ceding territory.",
			[]want{{typ: parley.Accuse, source: "Kenyan opposition lawmakers", target: "William Ruto"}}},
		{"opposition_activists_criticise_their_premier", "2024-05-10",
			"Hungary and China signed twelve agreements during Xi Jinping's visit to Budapest. Opposition activists criticised Viktor Orban over the deal.",
			[]want{{typ: parley.Accuse, source: "Hungarian opposition activists", target: "Viktor Orbán"}}},
		{"opposition_parties_accuse_their_president", "2024-05-10",
			"Russia warned Moldova on Monday over its plans to join the European Union. Russian Foreign Minister Sergei Lavrov said Russia would respond, and Kremlin spokesman Dmitry Peskov said Russia would protect Russian speakers in Transnistria. Opposition parties accused President Maia Sandu of provoking Russia.",
			[]want{{typ: parley.Accuse, source: "Moldovan opposition parties", target: "Maia Sandu"}}},
		// "X of A and Y of B": each name acts, the state after "of" only
		// says whose side the name is on.
		{"ministers_of_two_states_meet", "2023-05-10",
			"Foreign Ministers Ayman Safadi of Jordan and Sameh Shoukry of Egypt met in Amman on Monday.",
			[]want{{typ: parley.Consult, source: "Ayman Safadi", target: "Sameh Shoukry", date: "2023-05-08"}}},
		{"deputy_premiers_of_two_states_sign", "2023-05-10",
			"Deputy Prime Ministers Tomas Varga of Slovakia and Peter Kolar of Hungary signed a border agreement on Monday.",
			[]want{{typ: parley.Agree, source: "Tomas Varga", target: "Peter Kolar"}}},
		{"leaders_with_titles_and_states_hold_talks", "2023-05-10",
			"President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany held talks in Berlin on Tuesday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Olaf Scholz"}}},
		{"premier_and_president_of_two_states_sign", "2023-05-10",
			"Prime Minister Shehbaz Sharif of Pakistan and President Recep Tayyip Erdogan of Turkey signed a trade deal in Ankara.",
			[]want{{typ: parley.Agree, source: "Shehbaz Sharif", target: "Recep Tayyip Erdoğan"}}},
		{"names_of_two_states_to_meet", "2023-05-10",
			"Sergei Lavrov of Russia and Wang Yi of China will meet in Beijing next week.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Wang Yi", status: parley.Planned}}},
		{"states_alone_in_a_list_stay_parties", "2023-05-10",
			"Jordan and Egypt signed a water agreement in Amman on Monday.",
			[]want{{typ: parley.Agree, source: "Jordan", target: "Egypt"}}},
		// Those the police hold in a story about protests are the crowd.
		{"police_arrest_dozens_of_people_after_protests", "2023-08-25",
			"Protests against the fuel price rise spread on Friday. Police in Lagos arrested dozens of people.",
			[]want{{typ: parley.Coerce, source: "Nigeria Police Force", target: "Nigerian protesters"}}},
		{"riot_police_detain_people_at_protests", "2023-08-25",
			"Riot police detained more than 200 people at anti-war protests in Moscow on Sunday.",
			[]want{{typ: parley.Coerce, source: "Police of Russia", target: "Russian protesters", date: "2023-08-20"}}},
		{"police_arrest_students_who_protested", "2023-08-25",
			"Students protested outside parliament in Dhaka on Monday. Police arrested 40 students and dispersed the rest.",
			[]want{{typ: parley.Coerce, source: "Bangladesh Police", target: "Bangladeshi protesters"}}},
		{"police_detain_dozens_of_teachers", "2023-08-25",
			"Teachers demonstrated in Nairobi for higher pay on Monday, and police detained dozens of teachers outside parliament.",
			[]want{{typ: parley.Coerce, source: "National Police Service", target: "Kenyan protesters"}}},
		// A party or coalition the text calls the opposition, known or
		// not, acts by its name, and "the opposition" after it is that one.
		{"opposition_coalition_named_then_rallies", "2024-08-20",
			"Maduro accused the opposition Unitary Platform of plotting a coup. On Saturday the opposition held rallies in Caracas to demand recognition of its candidate.",
			[]want{{typ: parley.Accuse, source: "Nicolás Maduro", target: "Unitary Platform"},
				{typ: parley.Protest, source: "Unitary Platform", target: "Venezuela", date: "2024-08-17"}}},
		{"opposition_alliance_accuses_the_president", "2024-08-20",
			"The opposition Alliance for Change accused President Hichilema of rigging the vote. The opposition later held rallies in Lusaka.",
			[]want{{typ: parley.Accuse, source: "Alliance for Change", target: "Hakainde Hichilema"},
				{typ: parley.Protest, source: "Alliance for Change", target: "Zambia"}}},
		{"opposition_union_marches_on_parliament", "2024-08-20",
			"The opposition Citizens Union for Justice accused Prime Minister Pashinyan of betrayal on Monday; the opposition later marched on parliament in Yerevan.",
			[]want{{typ: parley.Protest, source: "Citizens Union for Justice", target: "Parliament of Armenia"}}},
		{"opposition_alliance_against_a_ruler", "2024-08-20",
			"The opposition Alliance against the Dictatorship staged protests against President Juan Orlando Hernandez for weeks.",
			[]want{{typ: parley.Protest, source: "Alliance against the Dictatorship", target: "Juan Orlando Hernández"}}},
		{"bare_opposition_without_a_name_stays_generic", "2024-08-20",
			"Sheikh Hasina met the opposition on Monday.",
			[]want{{typ: parley.Consult, source: "Sheikh Hasina", target: "Bangladeshi opposition"}}},
		// "the junta" is the council of the state ruled by one, not the
		// army of the state the story names most.
		{"junta_after_a_withdrawal_from_niger", "2023-10-10",
			"France began withdrawing its troops from Niger. The junta accused Paris of interference.",
			[]want{{typ: parley.Accuse, source: "National Council for the Safeguard of the Homeland", target: "France"}}},
		{"junta_after_aid_suspended_to_guinea", "2023-02-20",
			"France suspended development aid to Guinea on Monday, and French officials said Paris would review its ties with Conakry. The junta accused France of meddling.",
			[]want{{typ: parley.Accuse, source: "National Committee of Reconciliation and Development", target: "France"}}},
		{"junta_after_an_ambassador_recalled", "2023-02-20",
			"France recalled its ambassador from Burkina Faso on Friday, and French diplomats left Ouagadougou. The junta had accused Paris of interference.",
			[]want{{typ: parley.Accuse, source: "Patriotic Movement for Safeguard and Restoration", target: "France"}}},
		{"junta_after_sanctions_on_myanmar", "2023-02-20",
			"The United States imposed new sanctions on Myanmar on Monday, and Washington said more would follow. The junta accused the United States of meddling.",
			[]want{{typ: parley.Accuse, source: "State Administration Council", target: "United States"}}},
		{"junta_after_its_government_named", "2023-10-10",
			"Mali's government expelled the French ambassador. The junta accused Paris of interference.",
			[]want{{typ: parley.Accuse, source: "Malian Armed Forces", target: "France"}}},
		// Security forces opening a sentence after a crowd's protest are
		// those of the place the sentence before set the scene in.
		{"security_forces_disperse_a_crowd_in_caracas", "2024-07-30",
			"Thousands of people protested in Caracas and other cities on Monday, banging pots and blocking roads. Security forces fired tear gas to disperse them.",
			[]want{{typ: parley.Assault, source: "Venezuelan security forces", target: "Venezuelan protesters"}}},
		{"security_forces_arrest_marchers_in_kampala", "2024-07-30",
			"Hundreds of protesters marched through Kampala on Tuesday. Security forces arrested dozens of them.",
			[]want{{typ: parley.Coerce, source: "Ugandan security forces", target: "Ugandan protesters"}}},
		{"security_forces_fire_on_crowds_in_nairobi", "2024-07-30",
			"Protesters blocked roads in Nairobi on Tuesday. Security forces opened fire on the crowds.",
			[]want{{typ: parley.Assault, source: "Kenyan security forces", target: "Kenyan protesters"}}},
		// In a story of military rule, "the military" is the army that
		// rules, not that of the state the story names most.
		{"military_of_a_junta_under_sanctions", "2023-10-10",
			"Myanmar has been under military rule since the coup of February 2021. The United States imposed new sanctions on Monday, and Washington said more would follow. US officials said the measures targeted jet fuel. The military accused the United States of meddling.",
			[]want{{typ: parley.Accuse, source: "Tatmadaw", target: "United States"}}},
		{"army_of_a_junta_france_does_not_recognise", "2023-10-10",
			"Soldiers seized power in Niger in July. France refused to recognise the new authorities, and French President Emmanuel Macron said France would keep its ambassador in Niamey. Paris also suspended development aid. The army accused France of plotting an intervention.",
			[]want{{typ: parley.Accuse, source: "Niger Armed Forces", target: "France"}}},
		{"army_after_a_coup_recalls_no_ambassador", "2023-02-20",
			"France recalled its ambassador from Burkina Faso on Friday, two months after the coup. The army accused Paris of interference.",
			[]want{{typ: parley.Accuse, source: "Armed Forces of Burkina Faso", target: "France"}}},
		{"military_after_aid_suspended_to_a_junta", "2023-02-20",
			"The European Union suspended aid to Guinea on Monday, citing the junta's slow transition, and EU officials said Brussels would review its ties. The military accused Brussels of blackmail.",
			[]want{{typ: parley.Accuse, source: "Armed Forces of Guinea", target: "European Union"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		// "military activity" is a thing, no army.
		{"military_activity_is_no_army", "2022-08-05",
			"The White House summoned China's ambassador on Thursday to object to the military activity around Taiwan.",
			want{typ: parley.Accuse, source: "United States", target: "People's Liberation Army"}},
		{"junta_is_not_the_army_of_the_state_it_accuses", "2023-02-20",
			"The United States imposed new sanctions on Myanmar on Monday, and Washington said more would follow. The junta accused the United States of meddling.",
			want{typ: parley.Accuse, source: "United States Armed Forces", target: "United States"}},
		// A known party after "opposition" is no generic opposition too.
		{"known_opposition_party_is_not_the_generic_one", "2024-08-20",
			"The opposition Democratic Alliance accused President Ramaphosa of corruption. Ramaphosa rejected the accusation.",
			want{typ: parley.Accuse, source: "South African opposition", target: "Cyril Ramaphosa"}},
		// People held over a crime are no crowd, protests or not.
		{"people_arrested_over_a_killing", "2023-08-25",
			"Protests by journalists continued in Mexico on Friday. Police arrested 12 people over the killing of a reporter in Veracruz.",
			want{typ: parley.Coerce, source: "Police of Mexico", target: "Mexican protesters"}},
		// The opposition's place, when named, outweighs the leader it faces.
		{"opposition_in_a_named_state", "2024-05-10",
			"Colombia and Venezuela reopened their border on Monday. Opposition leaders in Venezuela accused Gustavo Petro of legitimising Nicolas Maduro.",
			want{typ: parley.Accuse, source: "Colombian opposition leaders", target: "Gustavo Petro"}},
		// "his supporters" are not the person acting.
		{"his_supporters_are_not_him", "2023-05-10",
			"Imran Khan was arrested on Tuesday. His supporters stormed the army headquarters in Rawalpindi.",
			want{typ: parley.Assault, source: "Imran Khan", target: "Pakistan Army"}},
	})
}

// TestDeFactoAuthorities checks that a land whose de facto authorities
// act is an actor when it is recognised or met ("recognised Abkhazia and
// South Ossetia"), and that its name is then no place of the meeting.
func TestDeFactoAuthorities(t *testing.T) {
	runEventCases(t, []eventCase{
		{"recognised_as_states", "2008-08-27",
			"Russia recognised Abkhazia and South Ossetia as independent states on Tuesday.",
			[]want{
				{typ: parley.Support, source: "Russia", target: "Abkhazia", date: "2008-08-26"},
				{typ: parley.Support, source: "Russia", target: "South Ossetia", date: "2008-08-26"}}},
		{"met_in_a_capital_not_at_home", "2008-08-27",
			"Medvedev met the leaders of South Ossetia and Abkhazia in Moscow on Tuesday.",
			[]want{
				{typ: parley.Consult, source: "Dmitry Medvedev", target: "South Ossetia", place: "Moscow"},
				{typ: parley.Consult, source: "Dmitry Medvedev", target: "Abkhazia", place: "Moscow"}}},
		{"the_authorities_named_by_adjective", "2008-08-09",
			"The South Ossetian authorities accused Georgia of shelling the town on Thursday.",
			[]want{{typ: parley.Accuse, source: "South Ossetia", target: "Georgia"}}},
	})
}
