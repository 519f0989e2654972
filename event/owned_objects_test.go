package event_test

import (
	"testing"

	"parley"
)

// TestOwnedObjects checks deeds done to what a state or a body owns —
// "shelled its villages", "fired on their patrol", "attacked our
// positions" — aimed at the owner: the speaker whose words hold the deed,
// a quotation's speaker for "our", else the nearest other actor before
// it, else the subject of the sentence before.
func TestOwnedObjects(t *testing.T) {
	tests := []eventCase{
		// The speaker of a reported clause owns "its".
		{"said_shelled_its_villages", "2024-05-10",
			"Armenia said Azerbaijani forces shelled its villages on Tuesday.",
			[]want{{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armenia", date: "2024-05-07"}}},
		{"said_fired_water_cannon_at_its_boats", "2024-05-10",
			"The Philippines said Chinese coast guard ships fired water cannon at its supply boats.",
			[]want{{typ: parley.Assault, source: "China Coast Guard", target: "Philippines"}}},
		{"said_detained_its_officers", "2024-05-10",
			"Lithuania said Belarusian guards detained its border officers on Monday.",
			[]want{{typ: parley.Coerce, source: "Belarus", target: "Lithuania", date: "2024-05-06"}}},
		{"said_had_seized_its_tankers", "2024-05-10",
			"Iran said the United States had seized its tankers in the Gulf.",
			[]want{{typ: parley.Coerce, source: "United States", target: "Iran"}}},
		{"body_said_struck_its_airbases", "2024-05-10",
			"Ukraine's air force said Russian missiles struck its airbases overnight.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"said_expelled_its_diplomats", "2024-05-10",
			"Ukraine said Russia had expelled its diplomats.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Ukraine"}}},
		{"government_said_raided_its_stations", "2024-05-10",
			"Somalia's government said Ethiopian troops had raided its police stations in Gedo.",
			[]want{{typ: parley.Assault, source: "Ethiopian National Defense Force", target: "Somalia"}}},
		// …also when the speaker follows, and before the place the
		// owned thing lies in.
		{"trailing_speaker_struck_its_positions", "2024-05-10",
			"Israeli jets struck its positions near the border, Hezbollah said on Sunday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah", date: "2024-05-05"}}},
		{"their_positions_in_a_region", "2024-05-10",
			"Hezbollah said Israeli drones struck their positions in southern Lebanon.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah"}}},
		// …or the one the account is given to.
		{"according_to_a_military", "2024-05-10",
			"Russian jets bombed its border posts overnight, according to the Ukrainian military.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"according_to_opening_the_sentence", "2024-05-10",
			"According to the Philippine coast guard, Chinese ships rammed its vessels twice.",
			[]want{{typ: parley.Assault, source: "China", target: "Philippines"}}},
		{"according_to_a_capital", "2024-05-10",
			"Chinese coast guard ships fired water cannon at its boats, according to Manila.",
			[]want{{typ: parley.Assault, source: "China Coast Guard", target: "Philippines"}}},
		{"according_to_a_state", "2024-05-10",
			"Israeli troops detained its nationals in the West Bank, according to Jordan.",
			[]want{{typ: parley.Coerce, source: "Israel Defense Forces", target: "Jordan"}}},
		{"according_to_a_ministry", "2024-05-10",
			"Serbian police detained its citizens at the border, according to Kosovo's government.",
			[]want{{typ: parley.Coerce, source: "Serbian Police", target: "Kosovo"}}},
		// "our" in a quotation is the speaker's side.
		{"quoted_attacked_our_positions", "2024-05-10",
			"“Azerbaijani troops attacked our positions overnight,” the Armenian defence ministry said.",
			[]want{{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armenia"}}},
		{"quoted_shelled_our_villages", "2024-05-10",
			"“Russian forces shelled our villages again,” Zelensky said.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"quoted_rammed_our_vessels", "2024-05-10",
			"“Chinese ships rammed our vessels twice,” Philippine coast guard spokesman Jay Tarriela told reporters.",
			[]want{{typ: parley.Assault, source: "China", target: "Philippines"}}},
		{"quoted_bombed_our_positions", "2024-05-10",
			"“Israeli forces bombed our positions overnight,” Hezbollah said in a statement.",
			[]want{{typ: parley.Assault, source: "Israel Defense Forces", target: "Hezbollah"}}},
		{"quoted_seized_our_boats", "2024-05-10",
			"“Venezuelan troops have seized our fishing boats,” Guyanese President Irfaan Ali said on Monday.",
			[]want{{typ: parley.Coerce, source: "Bolivarian National Armed Forces", target: "Guyana"}}},
		// Else the nearest other actor before the possessive.
		{"after_fired_on_its_patrol", "2024-05-10",
			"Poland closed its border after Belarusian troops fired on its patrol.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Belarus", target: "Poland"}}},
		{"after_detained_its_fishermen", "2024-05-10",
			"Guyana lodged a protest after Venezuelan soldiers detained its fishermen.",
			[]want{{typ: parley.Coerce, source: "Bolivarian National Armed Forces", target: "Guyana"}}},
		{"after_attacked_its_soldiers", "2024-05-10",
			"Colombia recalled its ambassador after Venezuelan troops attacked its soldiers on the border.",
			[]want{{typ: parley.Assault, source: "Bolivarian National Armed Forces", target: "Colombia"}}},
		{"after_water_cannon_at_its_boats", "2024-05-10",
			"Japan lodged a protest with China after Chinese coast guard ships fired water cannon at its fishing boats.",
			[]want{{typ: parley.Assault, source: "China Coast Guard", target: "Japan"}}},
		// Else the subject of the sentence before.
		{"previous_subject_owns_its_troops", "2024-05-10",
			"Israel carried out strikes in Lebanon on Monday. Hezbollah fighters attacked its troops near the border.",
			[]want{{typ: parley.Assault, source: "Hezbollah", target: "Israel"}}},
		{"previous_subject_owns_its_soldiers", "2024-05-10",
			"Venezuela protested to Guyana on Monday. Guyanese troops had detained its soldiers near the river, the ministry said.",
			[]want{{typ: parley.Coerce, source: "Guyana Defence Force", target: "Venezuela"}}},
	}
	runEventCases(t, tests)
}

// TestOwnedGround checks a deed done on a state's ground — "struck
// targets on its territory", "bombed sites in its territory" — aimed at
// the ground's owner.
func TestOwnedGround(t *testing.T) {
	runEventCases(t, []eventCase{
		{"struck_targets_on_its_territory", "2024-05-10",
			"Pakistan said Iranian missiles struck targets on its territory.",
			[]want{{typ: parley.Assault, source: "Iran", target: "Pakistan"}}},
		{"bombed_sites_in_its_territory", "2024-05-10",
			"Iraq said Turkish jets bombed sites in its territory on Sunday.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Iraq", date: "2024-05-05"}}},
		{"missiles_at_targets_on_its_soil", "2024-05-10",
			"Syria said Israeli jets fired missiles at targets on its soil.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Syria"}}},
		{"a_car_inside_its_territory", "2024-05-10",
			"Lebanon said Israeli drones struck a car inside its territory.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Lebanon"}}},
		{"hideouts_on_its_territory_ministry_said", "2024-05-10",
			"Iranian drones struck militant hideouts on its territory, Pakistan's foreign ministry said.",
			[]want{{typ: parley.Assault, source: "Iran", target: "Pakistan"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"a_named_target_on_its_own_territory", "2024-05-10",
			"Turkey said its jets struck PKK targets on its territory.",
			want{typ: parley.Assault, source: "Turkey", target: "Kurdistan Workers' Party"},
			want{typ: parley.Assault, source: "Turkey", target: "Turkey"}},
	})
}

// TestOwnedByEpithet checks "the country's", "the kingdom's" before what
// a deed is done to: the one other state the sentence names, by a name
// or a country word, else the subject of the sentence before.
func TestOwnedByEpithet(t *testing.T) {
	runEventCases(t, []eventCase{
		{"kingdoms_facilities_state_media", "2024-05-10",
			"Houthi drones struck the kingdom's oil facilities, Saudi state media reported.",
			[]want{{typ: parley.Assault, source: "Houthis", target: "Saudi Arabia"}}},
		{"emirates_capital_after_condemnation", "2024-05-10",
			"Qatar condemned the strike. Israeli jets had bombed the emirate's capital.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Qatar"}}},
		{"countrys_fishermen_state_said", "2024-05-10",
			"Venezuelan soldiers detained the country's fishermen, Guyana said.",
			[]want{{typ: parley.Coerce, source: "Bolivarian National Armed Forces", target: "Guyana"}}},
		{"countrys_border_island", "2024-05-10",
			"North Korean troops fired shells at the country's border island, South Korea said.",
			[]want{{typ: parley.Assault, source: "Korean People's Army", target: "South Korea"}}},
		{"countrys_towns_officials_said", "2024-05-10",
			"Rwandan troops shelled the country's border towns, Congolese officials said.",
			[]want{{typ: parley.Assault, source: "Rwanda Defence Force", target: "Democratic Republic of the Congo"}}},
	})
}

// TestOwnedPart checks a count of what a possessive owns: "expelled
// three of its diplomats", "fired rockets at two of its army posts".
func TestOwnedPart(t *testing.T) {
	runEventCases(t, []eventCase{
		{"expelled_three_of_its_diplomats", "2024-05-10",
			"Latvia said Russia had expelled three of its diplomats on Friday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Latvia"}}},
		{"declared_two_of_its_diplomats", "2024-05-10",
			"Lithuania said Belarus declared two of its diplomats persona non grata.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Lithuania"}}},
		{"rockets_at_two_of_its_posts", "2024-05-10",
			"Israel said Hezbollah fired rockets at two of its army posts.",
			[]want{{typ: parley.Assault, source: "Hezbollah", target: "Israel"}}},
		{"struck_one_of_its_power_plants", "2024-05-10",
			"Ukraine said Russian drones struck one of its power plants overnight.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"rammed_one_of_its_boats", "2024-05-10",
			"The Philippines said Chinese coast guard ships rammed one of its supply boats.",
			[]want{{typ: parley.Assault, source: "China Coast Guard", target: "Philippines"}}},
		{"detained_dozens_of_its_citizens", "2024-05-10",
			"Kenya said Somali troops detained dozens of its citizens.",
			[]want{{typ: parley.Coerce, source: "Somali National Army", target: "Kenya"}}},
	})
	runNotCases(t, []notCase{
		{"a_thing_in_one_of_its_towns", "2024-05-10",
			"Russian jets bombed a school in one of its towns, Ukraine said.",
			want{typ: parley.Assault, target: "Russia"}},
	})
}

// TestOwnedKilled checks killings of a state's or a group's people told
// by a possessive — "killed two of its soldiers" — and the group an
// apposition describes owning them.
func TestOwnedKilled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"killed_its_commanders", "2024-05-10",
			"Hamas said Israeli troops killed its commanders in Rafah.",
			[]want{{typ: parley.Assault, source: "Israel Defense Forces", target: "Hamas"}}},
		{"had_killed_its_fighters", "2024-05-10",
			"The Houthis said US jets had killed its fighters.",
			[]want{{typ: parley.Assault, source: "United States", target: "Houthis"}}},
		{"killed_two_of_its_soldiers", "2024-05-10",
			"Pakistan said Afghan Taliban fighters killed two of its soldiers.",
			[]want{{typ: parley.Assault, source: "Taliban", target: "Pakistan"}}},
		{"killed_its_border_guards", "2024-05-10",
			"Iraq said Turkish drones killed its border guards.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Iraq"}}},
		{"owner_named_before_an_apposition", "2024-05-10",
			"The US blamed Kataib Hezbollah, an Iraqi militia, and US jets later killed 20 of its fighters.",
			[]want{{typ: parley.Assault, source: "United States", target: "Kataib Hezbollah"}}},
	})
	runNotCases(t, []notCase{
		{"killed_its_own_enemies", "2024-05-10",
			"Russia said it killed its enemies.",
			want{typ: parley.Assault}},
	})
}

// TestOwnedObjectsRuledOut checks what an owned object must not make: the
// doer's own, a thing's own, a closure of one's own mission, and a
// quotation's deed that is only feared.
func TestOwnedObjectsRuledOut(t *testing.T) {
	runNotCases(t, []notCase{
		{"its_own_citizens", "2024-05-10",
			"The Venezuelan army opened fire on its own citizens, Amnesty said.",
			want{typ: parley.Assault}},
		{"speaker_is_the_doer", "2024-05-10",
			"Ukraine said its forces shelled Russian positions near Bakhmut.",
			want{typ: parley.Assault, target: "Ukraine"}},
		{"a_tankers_sailors", "2024-05-10",
			"Iran seized a British-flagged tanker and detained its sailors.",
			want{typ: parley.Coerce, source: "Iran", target: "Iran"}},
		{"quoted_fear_is_no_deed", "2024-05-10",
			"“We will never allow them to seize our ships,” the Iranian navy commander said.",
			want{typ: parley.Coerce}},
		{"quoted_condition_is_no_deed", "2024-05-10",
			"“If they attack our positions, we will respond,” the Armenian defence minister said.",
			want{typ: parley.Assault}},
		{"moved_its_troops", "2024-05-10",
			"Russia moved its troops to the border on Monday.",
			want{typ: parley.Assault}},
	})
	runRuledOut(t, []ruledOutCase{
		{"closed_its_embassy_is_its_own", "2024-05-10",
			"Kiribati cut ties with Taiwan in favour of China, and Taiwan closed its embassy in Tarawa.",
			want{typ: parley.Sanction, source: "Taiwan", target: "Kiribati"},
			want{typ: parley.Sanction, source: "Taiwan", target: "China"}},
	})
}
