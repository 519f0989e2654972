package event_test

import (
	"testing"

	"parley"
)

// TestActorsOfCraftAndUnits checks actors named by what they fly or fire
// and by the kind of their troops: each case names the events the text
// must yield.
func TestActorsOfCraftAndUnits(t *testing.T) {
	tests := []eventCase{
		// A model name between the country word and the craft: the state
		// that flew or fired it.
		{"model_between_adjective_and_craft", "2024-05-10",
			"Turkish F-16 fighters shot down a Russian Su-24 bomber near the border on Tuesday.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Russia", date: "2024-05-07"}}},
		{"model_word_before_drones", "2024-05-10",
			"Iranian Shahed drones hit Kyiv overnight, Ukraine said.",
			[]want{{typ: parley.Assault, source: "Iran", target: "Ukraine"}}},
		{"model_before_jets_striking_a_group", "2024-05-10",
			"Israeli F-35 jets struck Houthi targets in Hodeidah on Saturday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Houthis", date: "2024-05-04"}}},
		{"model_before_a_helicopter_shot_down", "2024-05-10",
			"Ukrainian forces shot down a Russian Ka-52 helicopter on Wednesday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Ukraine", target: "Russia", date: "2024-05-08"}}},
		// The model alone, in the plural, is the craft.
		{"plural_model_alone", "2024-05-10",
			"Ukrainian air defences shot down two Russian Su-34s over Kharkiv on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Ukraine", target: "Russia", date: "2024-05-06"}}},
		// Kinds of troops are the state's armed forces.
		{"paratroopers_are_the_army", "2024-05-10",
			"Russian paratroopers attacked Ukrainian positions near Kherson on Monday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-05-06"}}},
		{"commandos_are_the_army", "2024-05-10",
			"Israeli commandos raided a Hezbollah compound in Lebanon on Sunday.",
			[]want{{typ: parley.Assault, source: "Israel Defense Forces", target: "Hezbollah", date: "2024-05-05"}}},
		{"commanders_are_the_army", "2024-05-10",
			"NATO and Serbian commanders signed a military agreement in Kumanovo on Wednesday.",
			[]want{{typ: parley.Agree, source: "North Atlantic Treaty Organization", target: "Serbian Armed Forces", date: "2024-05-08"}}},
		{"government_forces_are_the_army", "2024-05-10",
			"Nigerian government forces attacked Boko Haram camps on Friday.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Boko Haram"}}},
	}
	runEventCases(t, tests)
}

// TestActorsOfCraftRuledOut checks the readings the craft and troop rules
// must not give.
func TestActorsOfCraftRuledOut(t *testing.T) {
	tests := []notCase{
		// The maker of a weapon fired by another is no party.
		{"maker_of_the_missiles_is_no_party", "2024-05-10",
			"Ukraine fired US-made ATACMS missiles at Russian airfields on Monday.",
			want{typ: parley.Assault, source: "United States"}},
		// A named body after the country word is no model.
		{"ministry_is_no_model", "2024-05-10",
			"Chinese Foreign Ministry spokesman Wang Wenbin criticised Japan on Monday.",
			want{typ: parley.Accuse, source: "China"}},
		// Government officials are the state, not its army.
		{"government_officials_are_the_state", "2024-05-10",
			"Syrian government officials met Turkish officials in Moscow on Monday.",
			want{typ: parley.Consult, source: "Syrian Armed Forces"}},
	}
	runNotCases(t, tests)
}

// TestActorsOfPeoples checks groups named by a state's word and their own
// people's word, or by the people's word alone.
func TestActorsOfPeoples(t *testing.T) {
	tests := []eventCase{
		// The first state's people, named whole: not the second state's.
		{"state_and_people_before_fighters", "2024-05-10",
			"Syrian Kurdish fighters attacked Turkish troops near the border on Friday.",
			[]want{{typ: parley.Assault, source: "Syrian Kurdish fighters", target: "Turkish Armed Forces", date: "2024-05-10"}}},
		{"state_and_another_states_word_before_protesters", "2024-05-10",
			"Thousands of Kosovo Serb protesters rallied against the government in Pristina on Monday.",
			[]want{{typ: parley.Protest, source: "Kosovo Serb protesters", target: "Kosovo", date: "2024-05-06"}}},
		{"state_and_people_before_forces", "2024-05-10",
			"Iraqi Kurdish forces attacked Islamic State positions near Mosul on Monday.",
			[]want{{typ: parley.Assault, source: "Iraqi Kurdish forces", target: "Islamic State", date: "2024-05-06"}}},
		// A people's word alone before an armed band.
		{"people_word_opening_the_sentence", "2024-05-10",
			"Kurdish forces attacked Turkish troops on Friday.",
			[]want{{typ: parley.Assault, source: "Kurdish forces", target: "Turkish Armed Forces"}}},
		{"people_word_after_clashed_with", "2024-05-10",
			"Turkish troops clashed with Kurdish fighters near Kobani on Monday.",
			[]want{{typ: parley.Assault, source: "Turkish Armed Forces", target: "Kurdish fighters", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
}

// TestActorsOfPeoplesRuledOut checks what the people's-word rules must
// leave alone.
func TestActorsOfPeoplesRuledOut(t *testing.T) {
	tests := []notCase{
		// A known group between is the group itself.
		{"known_group_between", "2024-05-10",
			"Russian Wagner fighters attacked Ukrainian troops near Bakhmut on Monday.",
			want{typ: parley.Assault, source: "Russian Wagner fighters"}},
		// A side's word is no people.
		{"western_forces_are_no_people", "2024-05-10",
			"Russia accused Western forces of provoking the war on Monday.",
			want{typ: parley.Accuse, target: "Western forces"}},
		// An adjective opening the sentence is no people.
		{"plain_adjective_opening_the_sentence", "2024-05-10",
			"Rival militias attacked Libyan troops in Tripoli on Monday.",
			want{typ: parley.Assault, source: "Rival militias"}},
	}
	runNotCases(t, tests)
}

// TestActorsIntroducedByOffice checks people the knowledge base does not
// know, introduced by their office and a comma, or listed with the side
// each speaks for.
func TestActorsIntroducedByOffice(t *testing.T) {
	tests := []eventCase{
		// An office before the comma makes the name a person's.
		{"rapporteur_then_name", "2024-05-10",
			"The UN special rapporteur, Tamar Gogia, accused Israel of violating international law.",
			[]want{{typ: parley.Accuse, source: "Tamar Gogia", target: "Israel"}}},
		{"capitalised_office_then_name", "2024-05-10",
			"The Public Defender, Nino Lomjaria, accused Georgia's interior ministry of torturing detainees.",
			[]want{{typ: parley.Accuse, source: "Nino Lomjaria", target: "Ministry of the Interior of Georgia"}}},
		// Names listed each with its side: the people are the parties.
		{"names_each_for_a_state", "2024-05-10",
			"The envoys of the two governments, Ana Pop for Romania and Ivan Horvat for Croatia, signed the deal in Vienna on Monday.",
			[]want{{typ: parley.Agree, source: "Ana Pop", target: "Ivan Horvat", date: "2024-05-06"}}},
		{"names_each_of_a_state", "2024-05-10",
			"The foreign ministers, Pedro Ruiz of Spain and Joao Matos of Portugal, met in Madrid on Tuesday.",
			[]want{{typ: parley.Consult, source: "Pedro Ruiz", target: "Joao Matos", date: "2024-05-07"}}},
		{"negotiators_of_the_two_sides", "2024-05-10",
			"The chief negotiators of the two sides, Marko Ilic for Belgrade and Arben Gashi for Pristina, met in Brussels on Wednesday.",
			[]want{{typ: parley.Consult, source: "Marko Ilic", target: "Arben Gashi", date: "2024-05-08"}}},
	}
	runEventCases(t, tests)
}

// TestActorsIntroducedByOfficeRuledOut checks that the body of an office
// or the side a name speaks for is no party of its own.
func TestActorsIntroducedByOfficeRuledOut(t *testing.T) {
	tests := []notCase{
		{"organisation_of_the_rapporteur_is_no_party", "2024-05-10",
			"The UN special rapporteur, Tamar Gogia, accused Israel of violating international law.",
			want{typ: parley.Accuse, source: "United Nations"}},
		{"side_of_a_negotiator_is_no_party", "2024-05-10",
			"The envoys of the two governments, Ana Pop for Romania and Ivan Horvat for Croatia, signed the deal in Vienna on Monday.",
			want{typ: parley.Agree, source: "Romania"}},
	}
	runNotCases(t, tests)
}

// TestDelegationsLedBy checks delegations whose leaders are given between
// commas: the leaders are the parties.
func TestDelegationsLedBy(t *testing.T) {
	tests := []eventCase{
		{"two_delegations_each_headed_by", "2024-05-10",
			"The government delegation, headed by Ana Marin, and the rebel delegation, headed by Jorge Duque, signed a ceasefire on Friday.",
			[]want{{typ: parley.Agree, source: "Ana Marin", target: "Jorge Duque", date: "2024-05-10"}}},
		{"two_delegations_each_led_by", "2024-05-10",
			"The Sudanese army delegation, led by Kamal Abdel Marouf, and the RSF delegation, led by Omar Hamdan, met in Jeddah on Monday.",
			[]want{{typ: parley.Consult, source: "Kamal Abdel Marouf", target: "Omar Hamdan", date: "2024-05-06"}}},
		{"one_delegation_headed_by", "2024-05-10",
			"The Russian delegation, headed by Vladimir Medinsky, met Ukrainian officials in Istanbul on Friday.",
			[]want{{typ: parley.Consult, source: "Vladimir Medinsky", target: "Ukraine", date: "2024-05-10"}}},
		// An unknown name after "led by" is a person.
		{"delegation_led_by_an_unknown_person", "2024-05-10",
			"The delegation, led by Kwame Mensah, met Ghanaian officials in Accra on Monday.",
			[]want{{typ: parley.Consult, source: "Kwame Mensah", target: "Ghana", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
}

// TestFederalBodies checks a state's government and troops named only as
// federal: the state the article is about.
func TestFederalBodies(t *testing.T) {
	tests := []eventCase{
		{"federal_government_in_capitals", "2024-05-10",
			"Chancellor Scholz met Macron in Berlin on Monday. On the same day, the Federal Government expelled two employees of the Russian Embassy.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Russia", date: "2024-05-06"}}},
		{"federal_troops_of_the_state", "2024-05-10",
			"Somalia accused Jubaland of rebellion on Sunday. On Monday, federal troops attacked Jubaland forces in the border town of Beled Hawo.",
			[]want{{typ: parley.Assault, source: "Somali National Army", target: "Jubaland forces", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
}

// TestFederalBodiesRuledOut checks that a generic phrase in capitals is
// no organisation of its own.
func TestFederalBodiesRuledOut(t *testing.T) {
	tests := []notCase{
		// A state with no federal government has no federal troops.
		{"federal_troops_are_not_a_unitary_states", "2024-05-10",
			"Kenya's president Ruto visited Nairobi's barracks on Monday. Kenya pledged more troops. On Tuesday, federal troops attacked al-Shabaab positions near Kismayo.",
			want{typ: parley.Assault, source: "Kenya Defence Forces"}},
		{"federal_government_is_no_organisation", "2024-05-10",
			"Chancellor Scholz met Macron in Berlin on Monday. On the same day, the Federal Government expelled two employees of the Russian Embassy.",
			want{typ: parley.Sanction, source: "Federal Government"}},
	}
	runNotCases(t, tests)
}

// TestCourtsBySeat checks courts named by the place they sit in: the
// judiciary of that place's state.
func TestCourtsBySeat(t *testing.T) {
	tests := []eventCase{
		{"court_in_a_city", "2024-05-10",
			"A court in St Petersburg sentenced opposition activist Lev Orlov to six years on Friday.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Russia", target: "Lev Orlov", date: "2024-05-10"}}},
		{"military_tribunal_in_a_city", "2024-05-10",
			"A military tribunal in Rangoon sentenced Aung San Suu Kyi to four years on Monday.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Myanmar", target: "Aung San Suu Kyi", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
}

// TestCourtsBySeatRuledOut checks that a court in a seat of international
// courts is not the host state's.
func TestCourtsBySeatRuledOut(t *testing.T) {
	tests := []notCase{
		{"tribunal_in_the_hague_is_not_dutch", "2024-05-10",
			"A tribunal in The Hague convicted Ratko Mladic of genocide in 2017.",
			want{typ: parley.Sanction, source: "Judiciary of the Netherlands"}},
	}
	runNotCases(t, tests)
}

// TestProxyGroups checks groups named by who backs or leads them: the
// group acts, not its backer.
func TestProxyGroups(t *testing.T) {
	tests := []eventCase{
		{"backed_militias_attack", "2024-05-10",
			"Iran-backed militias attacked US troops in Syria on Sunday.",
			[]want{{typ: parley.Assault, source: "Iran-backed militias", target: "United States Armed Forces", date: "2024-05-05"}}},
		{"backed_separatists_accused", "2024-05-10",
			"Ukraine accused Russian-backed separatists of shelling Mariupol on Monday.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Russian-backed separatists"}}},
		{"led_by_a_people", "2024-05-10",
			"Kurdish-led forces attacked Islamic State positions near Raqqa on Friday.",
			[]want{{typ: parley.Assault, source: "Kurdish-led forces", target: "Islamic State", date: "2024-05-10"}}},
	}
	runEventCases(t, tests)
}

// TestProxyGroupsRuledOut checks that the backer is no party and that a
// state leading forces is still the state.
func TestProxyGroupsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"backer_is_no_party", "2024-05-10",
			"Turkish-backed rebels attacked Kurdish forces near Afrin on Monday.",
			want{typ: parley.Assault, source: "Turkish-backed rebels", target: "Kurdish forces"},
			want{typ: parley.Assault, source: "Turkey"}},
		{"state_leading_forces_is_the_state", "2024-05-10",
			"US-led forces struck Islamic State targets on Friday.",
			want{typ: parley.Assault, source: "United States", target: "Islamic State"},
			want{typ: parley.Assault, source: "US-led forces"}},
	}
	runRuledOut(t, tests)
}

// TestFiredOn checks "fired on" and "fired at" with no weapon named, and
// movements named after a day with an acronym of digits and hyphens.
func TestFiredOn(t *testing.T) {
	tests := []eventCase{
		{"troops_fired_on_positions", "2024-05-10",
			"Indian troops fired on Pakistani positions along the Line of Control on Monday.",
			[]want{{typ: parley.Assault, source: "Indian Army", target: "Pakistan", date: "2024-05-06"}}},
		{"soldiers_fired_at_troops", "2024-05-10",
			"Thai soldiers fired at Cambodian troops near the temple on Thursday.",
			[]want{{typ: parley.Assault, source: "Royal Thai Army", target: "Royal Cambodian Armed Forces", date: "2024-05-09"}}},
		{"fired_on_a_dated_movement_by_its_acronym", "2024-05-10",
			"The opposition rallied behind the October 17 Movement for Change (O17-MC) in Bamako. On Monday, Malian security forces fired on O17-MC demonstrators in the capital.",
			[]want{{typ: parley.Assault, source: "Malian security forces", target: "October 17 Movement for Change", date: "2024-05-06"}}},
	}
	runEventCases(t, tests)
}

// TestFiredOnRuledOut checks the other senses of "fire".
func TestFiredOnRuledOut(t *testing.T) {
	tests := []notCase{
		{"fired_from_a_job", "2024-05-10",
			"Trump fired the FBI director on Tuesday.",
			want{typ: parley.Assault}},
		{"a_fire_at_an_embassy", "2024-05-10",
			"A fire at the Russian embassy in Kabul killed two people on Monday.",
			want{typ: parley.Assault}},
		{"fired_at_a_person_in_words", "2024-05-10",
			"Trump fired at Biden in a speech in Ohio on Monday.",
			want{typ: parley.Assault}},
		{"came_under_fire_from", "2024-05-10",
			"The Ukrainian convoy came under fire from Russian troops near Kharkiv.",
			want{typ: parley.Assault, source: "Ukraine"}},
	}
	runNotCases(t, tests)
}
