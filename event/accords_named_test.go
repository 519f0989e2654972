package event_test

import (
	"testing"

	"parley"
)

// TestAccordsNamedForPlaces checks accords named for the capital or seat
// where they were signed: the place names the accord, it signs nothing.
func TestAccordsNamedForPlaces(t *testing.T) {
	tests := []ruledOutCase{
		{"an_act_named_for_a_capital", "1998-10-27",
			"Mahuad and Fujimori signed the Brasília Presidential Act on Monday.",
			want{typ: parley.Agree, source: "Jamil Mahuad", target: "Alberto Fujimori", date: "1998-10-26"},
			want{typ: parley.Agree, target: "Brazil"}},
		{"a_capital_without_its_accent", "1998-10-27",
			"Mahuad and Fujimori signed the Brasilia Presidential Act on Monday.",
			want{typ: parley.Agree, source: "Jamil Mahuad", target: "Alberto Fujimori"},
			want{typ: parley.Agree, target: "Brazil"}},
		{"an_agreement_named_for_a_capital", "1999-07-12",
			"Rwanda and the DRC both signed the Lusaka Ceasefire Agreement on Saturday.",
			want{typ: parley.Agree, source: "Rwanda", target: "Democratic Republic of the Congo"},
			want{typ: parley.Agree, target: "Zambia"}},
		// A law signed is no accord.
		{"an_act_signed_into_law", "2019-12-21",
			"Trump signed the Caesar Act into law on Friday.",
			want{},
			want{typ: parley.Agree}},
		{"an_act_in_lower_case", "2019-12-21",
			"Biden signed the act on Friday.",
			want{},
			want{typ: parley.Agree}},
	}
	runRuledOut(t, tests)
}

// TestPropertyDestroyed checks an act of force that wrecks another's
// military or public property: an assault on its owner, and nothing when
// no owner is named.
func TestPropertyDestroyed(t *testing.T) {
	tests := []ruledOutCase{
		{"platforms_of_a_state", "1988-04-19",
			"On Monday the U.S. Navy destroyed two Iranian oil platforms in the Gulf.",
			want{typ: parley.Assault, source: "United States Navy", target: "Iran", date: "1988-04-18"},
			want{typ: parley.Assault, target: "United States"}},
		{"tunnels_of_a_group", "2021-05-17",
			"Israeli jets destroyed two Hamas tunnels on Monday.",
			want{typ: parley.Assault, source: "Israel", target: "Hamas"},
			want{typ: parley.Assault, target: "Israel"}},
		{"own_weapons_destroyed", "2014-06-23",
			"Syria destroyed its chemical weapons under international supervision.",
			want{},
			want{typ: parley.Assault}},
		{"an_economy_destroyed", "2022-09-01",
			"The war destroyed Ukraine's economy.",
			want{},
			want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}

// TestVesselsSunk checks a vessel sunk: an attack on the state or body
// that owns it, and no act when a ship sinks of itself.
func TestVesselsSunk(t *testing.T) {
	tests := []ruledOutCase{
		{"a_warship_sunk", "2022-04-15",
			"A Russian submarine sank a Ukrainian warship on Thursday.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, target: "Russia"}},
		{"a_ship_that_sank", "2022-04-15",
			"The ferry sank off the coast of Senegal on Thursday.",
			want{},
			want{typ: parley.Assault}},
		{"hopes_sank", "2022-04-15",
			"Ukraine's hopes sank on Monday.",
			want{},
			want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}

// TestHijackTorpedoHack checks three acts of force the lexicon lacked: a
// vessel or plane hijacked (CAMEO's "abduct, hijack"), a ship torpedoed,
// networks hacked (PLOVER's mode cyber).
func TestHijackTorpedoHack(t *testing.T) {
	tests := []ruledOutCase{
		{"a_ship_hijacked", "2023-11-20",
			"Houthi fighters hijacked a Japanese-operated cargo ship in the Red Sea on Sunday.",
			want{typ: parley.Assault, source: "Houthis", target: "Japan"},
			want{typ: parley.Assault, target: "Houthis"}},
		{"a_ship_torpedoed", "1942-03-01",
			"A German submarine torpedoed a British ship on Friday.",
			want{typ: parley.Assault, source: "Germany", target: "United Kingdom"},
			want{typ: parley.Assault, target: "Germany"}},
		{"a_grid_hacked", "2022-04-15",
			"Russian hackers hacked the Ukrainian power grid on Monday.",
			want{typ: parley.Assault, source: "Russian hackers", target: "Ukraine"},
			want{typ: parley.Assault, target: "Russia"}},
		{"a_plan_hijacked", "2022-04-15",
			"The plan was hijacked by hardliners in Tehran.",
			want{},
			want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}
