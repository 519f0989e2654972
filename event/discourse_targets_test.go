package event_test

import (
	"testing"

	"parley"
)

// TestHerAsObject checks that "her" with no noun after it is the object
// of the verb ("urged her to", "accused her of", "warned her that"), a
// woman the story named, while "her" before a noun stays a possessor.
func TestHerAsObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"urged_her_to", "2024-05-10",
			"Ursula von der Leyen met Giorgia Meloni in Rome on Monday. Von der Leyen urged her to back the migration pact.",
			[]want{{typ: parley.Request, source: "Ursula von der Leyen", target: "Giorgia Meloni"}}},
		{"accused_her_of", "2024-05-10",
			"Olaf Scholz met Giorgia Meloni in Rome. He accused her of blocking the pact.",
			[]want{{typ: parley.Accuse, source: "Olaf Scholz", target: "Giorgia Meloni"}}},
		{"warned_her_that", "2024-05-10",
			"Claudia Sheinbaum spoke with Donald Trump on Monday. Trump warned her that tariffs would follow.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Claudia Sheinbaum"}}},
		{"criticised_her_for", "2024-05-10",
			"Kamala Harris visited Manila last week. China criticised her for meddling in the region.",
			[]want{{typ: parley.Accuse, source: "China", target: "Kamala Harris"}}},
		{"received_her_at", "2024-05-10",
			"Annalena Baerbock travelled to Beijing on Thursday. Wang Yi received her at the Diaoyutai guesthouse.",
			[]want{{typ: parley.Consult, source: "Annalena Baerbock", target: "Wang Yi"}}},
	})
	runNotCases(t, []notCase{
		// "her" before a noun owns it: no act aimed at her.
		{"her_party_criticised", "2024-05-10",
			"Giorgia Meloni spoke in Rome on Monday. Scholz criticised her party's stance on migration.",
			want{typ: parley.Accuse, source: "Olaf Scholz", target: "Giorgia Meloni"}},
	})
}

// TestAndClosesTheReport checks that a verb after ", and" that closes a
// reported clause is the speaker's act, dated by the speaking: "The
// ministry said Pelosi had travelled to the island, and accused her …".
func TestAndClosesTheReport(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_had_and_accused_her", "2024-05-10",
			"Germany said Scholz had met Meloni in Rome, and accused her of interference.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Giorgia Meloni"}}},
		{"said_had_and_called_on", "2024-05-10",
			"The EU said Hungary had blocked the package again, and called on Budapest to lift its veto.",
			[]want{{typ: parley.Request, source: "European Union", target: "Hungary"}}},
		{"said_on_day_and_accused", "2024-05-10",
			"Azerbaijan's president said on Sunday that the jet which crashed on Wednesday had been hit by Russian fire, and accused Moscow of a cover-up.",
			[]want{{typ: parley.Accuse, source: "Ilham Aliyev", target: "Russia", date: "2024-05-05"}}},
	})
}

// TestStateEpithetAsObject checks that an epithet for a state as the
// object of an act ("warned the island", "accused the Gulf state of",
// "urged the reclusive state to", "accused the kingdom of") is the one
// state of its kind the sentence before named, and no one when that
// sentence names two it could be or the noun is bare "country".
func TestStateEpithetAsObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"warned_the_island", "2024-05-10",
			"Chinese warships circled Taiwan on Saturday. Beijing warned the island against any step towards independence.",
			[]want{{typ: parley.Threaten, source: "China", target: "Taiwan"}}},
		{"accused_the_gulf_state", "2024-05-10",
			"Qatar has mediated between the two sides for months. Israel accused the Gulf state of sheltering Hamas leaders.",
			[]want{{typ: parley.Accuse, source: "Israel", target: "Qatar"}}},
		{"urged_the_reclusive_state", "2024-05-10",
			"North Korea fired a ballistic missile on Monday. Japan urged the reclusive state to halt its launches.",
			[]want{{typ: parley.Request, source: "Japan", target: "North Korea"}}},
		{"urged_the_neighbouring_country", "2024-05-10",
			"Venezuela held a referendum on Essequibo on Sunday. Brazil has urged the neighbouring country to respect Guyana's borders.",
			[]want{{typ: parley.Request, source: "Brazil", target: "Venezuela"}}},
		{"thanked_the_island_nation", "2024-05-10",
			"Cuba freed 50 political prisoners on Monday. Washington thanked the island nation for the gesture.",
			[]want{{typ: parley.Support, source: "United States", target: "Cuba"}}},
		{"accused_the_kingdom_of", "2024-05-10",
			"Qatar restored ties with Saudi Arabia in 2021. Qatar later accused the kingdom of funding militants.",
			[]want{{typ: parley.Accuse, source: "Qatar", target: "Saudi Arabia"}}},
		// The object of an infinitive too.
		{"to_help_defend_the_emirate", "1994-10-16",
			"Iraq massed troops on the border with Kuwait on Monday. Britain sent a warship to help defend the emirate.",
			[]want{{typ: parley.Aid, source: "United Kingdom", target: "Kuwait"}}},
	})
	runNotCases(t, []notCase{
		// Two states it could be: no one.
		{"two_states_before", "2024-05-10",
			"Russia shelled Ukrainian cities on Monday. The EU urged the war-torn country to hold elections.",
			want{typ: parley.Request, source: "European Union"}},
		// A bare "the nation" is the speaker's own.
		{"bare_nation", "2024-05-10",
			"Germany hosted the summit on Monday. Scholz urged the nation to stay calm.",
			want{typ: parley.Request, source: "Olaf Scholz", target: "Germany"}},
		// "the host country" is where one meets, not one told before.
		{"host_country", "2024-05-10",
			"Egypt and Israel sent delegations to Doha. The talks thanked the host country.",
			want{typ: parley.Support, target: "Egypt"}},
		// "the island of" a name is a place.
		{"island_of_a_name", "2024-05-10",
			"Greece hosted the talks. Turkey sent warships to the island of Crete.",
			want{typ: parley.Mobilize, source: "Turkey", target: "Greece"}},
	})
}

// TestThemForStatesListed checks that "them" after a verb aimed at an
// actor ("accused them of", "called on them to", "thanked them") is the
// states the sentence before opened on, and not when this sentence's
// subject is one of them.
func TestThemForStatesListed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accused_them_of", "2024-05-10",
			"Finland and Sweden applied to join NATO in May. Turkey accused them of harbouring Kurdish militants.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Finland"}, {typ: parley.Accuse, source: "Turkey", target: "Sweden"}}},
		{"called_on_them_to", "2024-05-10",
			"Serbia and Kosovo traded accusations on Monday. The EU called on them to resume dialogue.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia"}, {typ: parley.Request, source: "European Union", target: "Kosovo"}}},
		{"thanked_them_for", "2024-05-10",
			"Rwanda and Congo held talks in Luanda. Angola thanked them for their commitment.",
			[]want{{typ: parley.Support, source: "Angola", target: "Rwanda"}}},
		{"urged_them_to", "2024-05-10",
			"India and Pakistan exchanged fire along the border overnight. Washington urged them to show restraint.",
			[]want{{typ: parley.Request, source: "United States", target: "India"}, {typ: parley.Request, source: "United States", target: "Pakistan"}}},
		{"warned_them", "2024-05-10",
			"Mali and Burkina Faso pledged to defend Niger. ECOWAS warned them against interfering.",
			[]want{{typ: parley.Threaten, source: "Economic Community of West African States", target: "Mali"}}},
	})
	runNotCases(t, []notCase{
		// One of those listed acts here: "them" is not aimed back at it.
		{"subject_among_them", "2024-05-10",
			"Spain and Portugal sent aid to Morocco. Spain thanked them for their help.",
			want{typ: parley.Support, source: "Spain", target: "Portugal"}},
	})
}

// TestAccusedTheEpithetOf checks that after "accused", an epithet for a
// group or state told before is the one charged even when "of" names a
// charge that is not a gerund ("accused the rebels of atrocities").
func TestAccusedTheEpithetOf(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_rebels_of_atrocities", "2024-05-10",
			"M23 rebels seized the town of Rutshuru on Friday. Kinshasa accused the rebels of atrocities against civilians.",
			[]want{{typ: parley.Accuse, source: "Democratic Republic of the Congo", target: "M23"}}},
		{"the_group_of_war_crimes", "2024-05-10",
			"Hamas rejected the proposal on Monday. Israel accused the group of war crimes.",
			[]want{{typ: parley.Accuse, source: "Israel", target: "Hamas"}}},
		{"the_island_of_provocations", "2024-05-10",
			"China held drills near Taiwan on Sunday. Beijing accused the island of provocations.",
			[]want{{typ: parley.Accuse, source: "China", target: "Taiwan"}}},
		{"the_militants_of_piracy", "2024-05-10",
			"The Houthis attacked a tanker in the Red Sea. Washington accused the militants of piracy.",
			[]want{{typ: parley.Accuse, source: "United States", target: "Houthis"}}},
		{"the_alliance_of_aggression", "2024-05-10",
			"NATO held exercises in Estonia last week. Moscow accused the alliance of aggression.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "North Atlantic Treaty Organization"}}},
	})
}

// TestBareCounterpart checks that "his counterpart" or "her counterpart"
// with no country word is the holder of the owner's office in the one
// other state (or a place in it) that the sentence or the one before
// names, and no one when two states could be meant.
func TestBareCounterpart(t *testing.T) {
	runEventCases(t, []eventCase{
		{"arrived_in_a_capital", "2024-05-10",
			"Antony Blinken arrived in Beijing on Sunday. He held talks with his counterpart on Monday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi"}}},
		{"flew_to_a_capital", "2024-05-10",
			"Sergei Lavrov flew to Ankara on Tuesday. He met his counterpart for three hours.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Hakan Fidan"}}},
		{"visited_a_state", "2024-05-10",
			"Penny Wong visited Indonesia this week. She met her counterpart on Tuesday.",
			[]want{{typ: parley.Consult, source: "Penny Wong", target: "Retno Marsudi"}}},
		{"in_the_sentence", "2024-05-10",
			"Wang Yi, in Moscow for talks, urged his counterpart to back the peace plan.",
			[]want{{typ: parley.Request, source: "Wang Yi", target: "Sergey Lavrov"}}},
		{"leader_to_leader", "2024-05-10",
			"Narendra Modi landed in Tokyo on Friday. He thanked his counterpart for the invitation.",
			[]want{{typ: parley.Support, source: "Narendra Modi", target: "Fumio Kishida"}}},
	})
	runNotCases(t, []notCase{
		// Two capitals: which counterpart is unclear.
		{"two_states_named", "2024-05-10",
			"Annalena Baerbock travelled to Kyiv and Warsaw on Monday. She met her counterpart.",
			want{typ: parley.Consult, source: "Annalena Baerbock", target: "Dmytro Kuleba"}},
	})
}

// TestDemandedThatTheEpithet checks that a state epithet opening the
// clause after "demanded that" or "insisted that" is the state asked.
func TestDemandedThatTheEpithet(t *testing.T) {
	runEventCases(t, []eventCase{
		{"demanded_that_the_baltic_state", "2024-05-10",
			"Lithuania allowed Taiwan to open an office in Vilnius. China demanded that the Baltic state withdraw its envoy.",
			[]want{{typ: parley.Request, source: "China", target: "Lithuania"}}},
		{"demanded_that_the_reclusive_state", "2024-05-10",
			"North Korea launched a satellite on Tuesday. Seoul demanded that the reclusive state halt its launches.",
			[]want{{typ: parley.Request, source: "South Korea", target: "North Korea"}}},
		{"insisted_that_the_island", "2024-05-10",
			"Cuba detained two American tourists last week. Washington insisted that the island free them at once.",
			[]want{{typ: parley.Request, source: "United States", target: "Cuba"}}},
		{"has_demanded_that_the_gulf_state", "2024-05-10",
			"Qatar hosted Hamas leaders for years. Israel has demanded that the Gulf state expel them.",
			[]want{{typ: parley.Request, source: "Israel", target: "Qatar"}}},
		{"urged_that_the_city_state", "2024-05-10",
			"Singapore hanged a Malaysian drug trafficker on Friday. Malaysia demanded that the city-state halt executions.",
			[]want{{typ: parley.Request, source: "Malaysia", target: "Singapore"}}},
	})
	runNotCases(t, []notCase{
		// Two states before, neither narrowed by the noun: no one.
		{"two_states_before", "2024-05-10",
			"Serbia and Kosovo traded accusations on Monday. The EU demanded that the Balkan country resume dialogue.",
			want{typ: parley.Request, source: "European Union", target: "Serbia"}},
	})
}

// TestTheVisitingMinister checks that "the visiting minister" or "the
// visiting president" is the one person the story just told travelling,
// and no one when it told none.
func TestTheVisitingMinister(t *testing.T) {
	runEventCases(t, []eventCase{
		{"arrived_then_urged", "2024-05-10",
			"Annalena Baerbock arrived in Beijing on Monday. Wang Yi urged the visiting minister to reject protectionism.",
			[]want{{typ: parley.Request, source: "Wang Yi", target: "Annalena Baerbock"}}},
		{"landed_then_thanked", "2024-05-10",
			"Narendra Modi landed in Moscow on Monday evening. Putin thanked the visiting prime minister for India's position.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Narendra Modi"}}},
		{"travelled_then_warned", "2024-05-10",
			"Emmanuel Macron travelled to Beijing this week. Xi Jinping told reporters he had warned the visiting president against decoupling.",
			[]want{{typ: parley.Threaten, source: "Xi Jinping", target: "Emmanuel Macron"}}},
		{"visited_then_praised", "2024-05-10",
			"Olaf Scholz visited Ottawa on Tuesday. Trudeau praised the visiting chancellor.",
			[]want{{typ: parley.Support, source: "Justin Trudeau", target: "Olaf Scholz"}}},
		{"flew_then_criticised", "2024-05-10",
			"Viktor Orban flew to Moscow on Friday. Zelensky criticised the visiting premier.",
			[]want{{typ: parley.Accuse, source: "Volodymyr Zelensky", target: "Viktor Orbán"}}},
	})
	runNotCases(t, []notCase{
		// No one told travelling: no one is the visitor.
		{"no_journey_told", "2024-05-10",
			"Lula met Macron in Brasilia on Monday. Lula praised the visiting president.",
			want{typ: parley.Support, source: "Luiz Inácio Lula da Silva", target: "Luiz Inácio Lula da Silva"}},
	})
}
