package event_test

import (
	"testing"

	"parley"
)

// TestJuntas checks that a junta named only as "the junta", "Guinea's
// military rulers" or "the junta in Niger" acts as the council it ruled
// through on the story's day, when its leader headed one, and as the state
// otherwise.
func TestJuntas(t *testing.T) {
	const cnsp = "National Council for the Safeguard of the Homeland"
	runEventCases(t, []eventCase{
		{"military_rulers_are_the_council", "2023-08-20",
			"Niger's military rulers ordered the German ambassador to leave within 48 hours on Friday.",
			[]want{{typ: parley.Sanction, source: cnsp, target: "Germany"}}},
		{"the_junta_in_a_state_is_the_council", "2021-10-01",
			"The junta in Guinea rejected the demand of ECOWAS.",
			[]want{{typ: parley.Reject, source: "National Committee of Reconciliation and Development", target: "Economic Community of West African States"}}},
		{"a_ruling_junta_as_the_object", "2024-03-10",
			"Thailand urged Myanmar's ruling junta to release Aung San Suu Kyi.",
			[]want{{typ: parley.Request, source: "Thailand", target: "State Administration Council"}}},
		{"a_gabonese_junta", "2023-09-05",
			"The Gabonese junta expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "Committee for the Transition and Restoration of Institutions", target: "France"}}},
		// A state whose rulers set up no council, or before it: the state.
		{"a_junta_with_no_council_is_the_state", "2022-02-02",
			"Mali's junta expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "Mali", target: "France"}}},
		{"a_junta_before_the_council_is_the_state", "2010-03-05",
			"Niger's junta expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "Niger", target: "France"}}},
		{"myanmar_military_rulers_before_the_coup", "2019-05-10",
			"Myanmar's military rulers expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: "Tatmadaw", target: "France"}}},
		// "the country" after a junta named is its state.
		{"the_country_after_its_junta", "2023-08-01",
			"Niger's military rulers seized power last week. The European Union suspended aid to the country on Saturday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Niger"}}},
		// "the officers who seized power in Niger": its council.
		{"officers_who_seized_power_given_a_deadline", "2023-08-02",
			"ECOWAS on Sunday gave the army officers who seized power in Niger seven days to reinstate the president.",
			[]want{{typ: parley.Threaten, source: "Economic Community of West African States", target: cnsp}}},
		{"soldiers_who_took_power_urged", "2021-09-10",
			"Ghana urged the soldiers who took power in Guinea to free Alpha Condé.",
			[]want{{typ: parley.Request, source: "Ghana", target: "National Committee of Reconciliation and Development"}}},
		// "the putschists" after their state.
		{"the_putschists_after_their_state", "2023-09-25",
			"France ended its military cooperation with Niger in August. The putschists then expelled the French ambassador.",
			[]want{{typ: parley.Sanction, source: "France", target: "Niger"}, {typ: parley.Sanction, source: cnsp, target: "France"}}},
		{"the_coup_leaders_after_their_state", "2023-08-09",
			"ECOWAS suspended Niger on Sunday. The coup leaders expelled the French ambassador on Monday.",
			[]want{{typ: parley.Sanction, source: cnsp, target: "France"}}},
		{"soldiers_in_a_state_ousted_its_president", "2023-09-10",
			"Last month soldiers in Gabon ousted President Ali Bongo.",
			[]want{{typ: parley.Coerce, source: "Committee for the Transition and Restoration of Institutions", target: "Ali Bongo Ondimba"}}},
		{"soldiers_in_a_state_with_no_council", "2023-09-10",
			"Soldiers in Mali ousted President Keita in 2020.",
			[]want{{typ: parley.Coerce, source: "Malian Armed Forces", target: "Ibrahim Boubacar Keïta"}}},
		// Its supporters are a crowd of their own.
		{"supporters_of_the_junta_rally", "2023-08-04",
			"Soldiers seized power in Niger last week. On Thursday thousands of supporters of the junta rallied outside the French embassy in Niamey.",
			[]want{{typ: parley.Protest, source: "junta supporters", target: "France"}}},
		{"junta_supporters_march", "2021-09-20",
			"Guinea's army seized power this month. Hundreds of junta supporters marched on the French embassy in Conakry on Sunday.",
			[]want{{typ: parley.Protest, source: "junta supporters", target: "France"}}},
	})
	runNotCases(t, []notCase{
		{"supporters_of_the_junta_are_not_the_junta", "2023-08-04",
			"Soldiers seized power in Niger last week. On Thursday thousands of supporters of the junta rallied outside the French embassy in Niamey.",
			want{typ: parley.Protest, source: cnsp}},
		// Putschists of a state with no council are not the main
		// state's own army.
		{"putschists_with_no_council_are_not_the_main_army", "2023-09-25",
			"France ended its military cooperation with Mali in August. The putschists then expelled the French ambassador.",
			want{typ: parley.Sanction, source: "French Armed Forces"}},
		{"coup_leaders_of_a_state_with_no_council", "2023-08-09",
			"ECOWAS suspended Mali on Sunday. The coup leaders expelled the French ambassador on Monday.",
			want{typ: parley.Sanction, target: "France"}},
		{"soldiers_who_seized_power_long_before_no_council", "2012-05-02",
			"Ghana urged the soldiers who took power in Mali to free the president.",
			want{typ: parley.Request, source: "Ghana", target: "National Committee for the Salvation of the People"}},
		// A state's military alone is still its armed forces.
		{"a_military_is_not_the_council", "2023-08-20",
			"Niger's military closed the border with Benin on Friday.",
			want{typ: parley.Coerce, source: cnsp}},
		{"china_military_leaders_are_no_junta", "2024-05-10",
			"China's military leaders warned Taiwan on Monday.",
			want{typ: parley.Threaten, source: "Central Military Commission"}},
	})
}

// TestNationalBodies checks bodies named by their state and a generic
// noun ("police", "the Emergencies Ministry", "border guards") that the
// knowledge base knows by their own names.
func TestNationalBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"police_where_they_act", "2022-12-10",
			"Pedro Castillo was arrested by police in Lima on Wednesday.",
			[]want{{typ: parley.Coerce, source: "National Police of Peru", target: "Pedro Castillo"}}},
		{"police_by_adjective", "2023-06-10",
			"Philippine police arrested two Chinese nationals on Friday.",
			[]want{{typ: parley.Coerce, source: "Philippine National Police", target: "China"}}},
		{"police_of_a_state_by_its_name", "2023-06-10",
			"South Korean police detained 16 Japanese activists on Thursday.",
			[]want{{typ: parley.Coerce, source: "Korean National Police Agency", target: "Japanese activists"}}},
		{"border_guards_by_adjective", "2024-05-25",
			"Russian border guards detained two Estonian fishermen on Thursday.",
			[]want{{typ: parley.Coerce, source: "Border Service of the Federal Security Service", target: "Estonia"}}},
	})
}

// TestForeignTroopsForcedOut checks another state's forces made to leave
// with the particle ("pushed French forces out", "forced French troops out
// of the country"): relations cut with that state (CAMEO 166), as for
// "expelled French troops" — and a junta's "military rulers" doing it is
// no battle.
func TestForeignTroopsForcedOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"military_rulers_pushed_forces_out", "2024-03-01",
			"Mali's military rulers pushed French forces out in 2022.",
			[]want{{typ: parley.Sanction, source: "Malian Armed Forces", target: "France", date: "2022"}}},
		{"junta_forced_troops_out", "2024-03-01",
			"Niger's junta forced French troops out of the country in 2023.",
			[]want{{typ: parley.Sanction, source: "National Council for the Safeguard of the Homeland", target: "France"}}},
	})
	runNotCases(t, []notCase{
		{"troops_pushed_out_in_battle", "2024-03-01",
			"Ukrainian forces pushed Russian troops out of the village.", want{typ: parley.Sanction}},
	})
}
