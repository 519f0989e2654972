package actor

import "testing"

// TestRegionalBlocsByTheirRegion checks that a region's states or leaders
// named together are the bloc they form ("West African states" are
// ECOWAS), and that the officers who seized power in Mali in August 2020
// are the committee they ruled through.
func TestRegionalBlocsByTheirRegion(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"west_african_states", "West African states warned the junta on Sunday.", "2023-08-02", "West African states", []string{"org:ecowas"}},
		{"southern_african_leaders", "Southern African leaders met in Maputo on Friday.", "2023-08-02", "Southern African leaders", []string{"org:sadc"}},
		{"coup_makers_of_2020", "ECOWAS demanded that the military officers who seized power in Mali this week restore the president.", "2020-08-21",
			"the military officers who seized power in Mali", []string{"org:cnsp-mali"}},
	})
}

// TestPlacesNamedAfterPeople checks that a reef, shoal or barracks named
// after someone is no person ("Julian Felipe Reef", "Murray Barracks"),
// while a man whose surname is a common noun stays one ("Anthony Lake").
func TestPlacesNamedAfterPeople(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_reef", "Chinese vessels stayed at Julian Felipe Reef for weeks.", "2022-09-14", "Julian Felipe Reef", nil},
		{"barracks", "The soldiers drove to Murray Barracks, where they held the commander.", "2012-01-27", "Murray Barracks", nil},
		{"a_surname_that_is_a_noun", "Anthony Lake, the president's special envoy, flew to Asmara.", "1998-06-10", "Anthony Lake", []string{"new:person:anthony-lake"}},
	})
}

// TestOrganisationOfAfricanUnity checks that the OAU (1963-2002), the
// African Union's forerunner, is known by its name and acronym.
func TestOrganisationOfAfricanUnity(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"by_name", "The Organisation of African Unity urged Ethiopia and Eritrea to stop fighting.", "1998-06-10", "Organisation of African Unity", []string{"org:oau"}},
		{"by_acronym", "The OAU committee is due to visit Addis Ababa.", "1998-06-10", "OAU", []string{"org:oau"}},
	})
}

// TestBodiesOfTheNineties checks bodies of the 1990s news still names:
// the CSCE (the OSCE's name until 1995), ECOMOG, UN missions of the time.
func TestBodiesOfTheNineties(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"csce", "The CSCE sent observers to Nagorno-Karabakh.", "1992-03-24", "CSCE", []string{"org:osce"}},
		{"ecomog", "ECOMOG troops landed at Monrovia's Freeport.", "1990-08-25", "ECOMOG", []string{"org:ecomog"}},
		{"unprofor", "Serb forces detained UNPROFOR peacekeepers near Pale.", "1995-05-27", "UNPROFOR", []string{"org:unprofor"}},
	})
}
