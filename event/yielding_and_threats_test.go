package event_test

import (
	"testing"

	"parley"
)

// TestForceNotRuledOut checks that force held open ("did not rule out
// military action against Iran") is a threat, not a refusal, and that a
// meeting not ruled out is no refusal.
func TestForceNotRuledOut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_to_rule_out_military_action", "2024-05-10",
			"Biden refused to rule out military action against Iran.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Iran", status: parley.Occurred}}},
		{"did_not_rule_out_using_force", "2024-05-10",
			"Trump did not rule out using force against Venezuela.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Venezuela"}}},
		{"would_not_rule_out_sanctions", "2024-05-10",
			"The White House would not rule out new sanctions on Russia.",
			[]want{{typ: parley.Threaten, source: "United States", target: "Russia"}}},
		{"has_never_ruled_out_force", "2024-05-10",
			"Beijing has never ruled out the use of force against Taiwan.",
			[]want{{typ: parley.Threaten, source: "China", target: "Taiwan"}}},
		{"has_not_ruled_out_tariffs_in_reported_speech", "2024-05-10",
			"Paris has not ruled out retaliatory tariffs on American goods, the minister said.",
			[]want{{typ: parley.Threaten, source: "France", target: "United States"}}},
		{"said_he_would_not_rule_out_a_strike", "2024-05-10",
			"Kim Jong Un said he would not rule out a nuclear strike against South Korea.",
			[]want{{typ: parley.Threaten, source: "Kim Jong Un", target: "South Korea"}}},
		{"troops_sent_to_an_ally_are_no_threat", "2024-05-10",
			"Macron declined to rule out sending troops to Ukraine.", nil},
	})
	runRuledOut(t, []ruledOutCase{
		{"ruling_out_talks_is_still_a_refusal", "2024-05-10",
			"Lavrov ruled out talks with Kyiv.",
			want{typ: parley.Reject, source: "Sergey Lavrov", target: "Ukraine"}, want{typ: parley.Threaten}},
	})
	runNotCases(t, []notCase{
		{"a_meeting_not_ruled_out_is_no_refusal", "2024-05-10",
			"Erdogan did not rule out a meeting with Assad.", want{typ: parley.Reject}},
		{"talks_one_refused_to_rule_out_are_no_refusal", "2024-05-10",
			"Seoul refused to rule out new talks with Pyongyang.", want{typ: parley.Reject}},
		{"refusing_to_rule_out_force_is_no_refusal", "2024-05-10",
			"Biden refused to rule out military action against Iran.", want{typ: parley.Reject}},
	})
}

// TestCeasefireDeclared checks that one side declaring a truce or a halt
// to its own attacks yields (CONCEDE), while two announcing one agree.
func TestCeasefireDeclared(t *testing.T) {
	runEventCases(t, []eventCase{
		{"leader_announces_a_holiday_truce", "2024-05-10",
			"Putin announced a 30-hour Easter truce in the war with Ukraine.",
			[]want{{typ: parley.Concede, source: "Vladimir Putin", target: "Ukraine"}}},
		{"government_announces_a_ceasefire_with_rebels", "2024-05-10",
			"Colombia's government announced a six-month ceasefire with the ELN.",
			[]want{{typ: parley.Concede, source: "Colombia", target: "National Liberation Army"}}},
		{"pause_in_its_offensive_announced", "2024-05-10",
			"Israel announced a pause in its offensive against Hamas.",
			[]want{{typ: parley.Concede, source: "Israel", target: "Hamas"}}},
		{"halt_to_their_attacks_announced", "2024-05-10",
			"The Houthis announced a halt to their attacks on Israel.",
			[]want{{typ: parley.Concede, source: "Houthis", target: "Israel"}}},
		{"end_to_its_rocket_attacks_announced", "2024-05-10",
			"Hamas announced an end to its rocket attacks on Israel.",
			[]want{{typ: parley.Concede, source: "Hamas", target: "Israel"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"two_sides_announcing_a_ceasefire_agree", "2024-05-10",
			"Israel and Hamas announced a ceasefire.",
			want{typ: parley.Agree, source: "Israel", target: "Hamas"}, want{typ: parley.Concede}},
		{"an_offensive_announced_is_no_halt", "2024-05-10",
			"Russia announced a new offensive against Ukraine.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"}, want{typ: parley.Concede}},
		{"paused_offensive_is_no_assault", "2024-05-10",
			"Israel announced a pause in its offensive against Hamas.",
			want{}, want{typ: parley.Assault}},
	})
}

// TestDeclinedToAct checks that "declined to" and an act is read as
// "refused to" is, while words withheld refuse no one.
func TestDeclinedToAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"declined_to_release_a_ship", "2024-05-10",
			"Iran declined to release the South Korean tanker.",
			[]want{{typ: parley.Reject, source: "Iran", target: "South Korea"}}},
		{"declined_to_hand_over_suspects", "2024-05-10",
			"Turkey declined to hand over the suspects to Sweden.",
			[]want{{typ: parley.Reject, source: "Turkey", target: "Sweden"}}},
		{"declined_to_sign_a_statement", "2024-05-10",
			"Hungary declined to sign the EU statement on China.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Union"}}},
		{"declined_to_extradite", "2024-05-10",
			"The Indian government declined to extradite the activist to Canada.",
			[]want{{typ: parley.Reject, source: "India", target: "Canada"}}},
		{"has_declined_to_send_tanks", "2024-05-10",
			"Germany has so far declined to send tanks to Ukraine, officials said.",
			[]want{{typ: parley.Reject, source: "Germany", target: "Ukraine"}}},
		{"declined_to_comment_refuses_no_one", "2024-05-10",
			"The Kremlin declined to comment on the report about Ukraine.", nil},
		{"declined_to_say_whether_refuses_no_one", "2024-05-10",
			"The White House declined to say whether Biden would call Xi.", nil},
		{"refused_to_say_refuses_no_one", "2024-05-10",
			"The minister refused to say whether Russia was involved.", nil},
		{"declined_to_address_whether", "2024-05-10",
			"The spokesman declined to address whether Xi would visit Washington.", nil},
	})
}

// TestOpenAsAdjective checks that "open" before a crossing is no
// reopening when it qualifies the noun.
func TestOpenAsAdjective(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"last_open_crossing_closed", "2024-05-10",
			"Finland will close its last open border crossing with Russia.",
			want{typ: parley.Sanction, source: "Finland", target: "Russia"}, want{typ: parley.Concede}},
		{"airspace_opened_is_still_a_concession", "2024-05-10",
			"Turkey will open its airspace to Armenia.",
			want{typ: parley.Concede, source: "Turkey", target: "Armenia"}, want{}},
	})
	runNotCases(t, []notCase{
		{"only_open_crossing_kept", "2024-05-10",
			"Poland kept the only open crossing with Belarus.", want{typ: parley.Concede}},
	})
}

// TestResponseToAnAttackBy checks that a response promised to a hostile
// act "by" or "from" someone is a threat aimed at that doer.
func TestResponseToAnAttackBy(t *testing.T) {
	runEventCases(t, []eventCase{
		{"respond_to_any_attack_by", "2024-05-10",
			"Israel said it would respond decisively to any attack by Iran.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Iran"}}},
		{"retaliate_against_sanctions_by", "2024-05-10",
			"Moscow said it would retaliate against the new sanctions by the European Union.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "European Union"}}},
		{"respond_to_further_attacks_from_in_reported_speech", "2024-05-10",
			"Tehran will respond to further attacks from Israel, the foreign ministry said.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel"}}},
		{"respond_sternly_to_provocations_by", "2024-05-10",
			"Seoul said it would respond sternly to any provocation by Pyongyang.",
			[]want{{typ: parley.Threaten, source: "South Korea", target: "North Korea"}}},
	})
	runNotCases(t, []notCase{
		{"an_attack_by_someone_else_answered_is_not_aimed_at_the_victim", "2024-05-10",
			"Israel said it would respond to any attack on its territory.", want{typ: parley.Threaten, source: "Israel", target: "Israel"}},
	})
}

// TestForceHeldReady checks that force, penalties or expulsions held
// "ready" are threats, while readiness to talk or yield is none.
func TestForceHeldReady(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ready_to_use_force", "2024-05-10",
			"Turkey said it was ready to use force against the PKK.",
			[]want{{typ: parley.Threaten, source: "Turkey", target: "Kurdistan Workers' Party", status: parley.Occurred}}},
		{"prepared_to_strike_sites", "2024-05-10",
			"Israel is prepared to strike Iran's nuclear sites, Netanyahu said.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Iran"}}},
		{"stands_ready_to_impose_sanctions", "2024-05-10",
			"The EU stands ready to impose further sanctions on Belarus.",
			[]want{{typ: parley.Threaten, source: "European Union", target: "Belarus"}}},
		{"ready_to_expel_diplomats", "2024-05-10",
			"Russia is ready to expel more British diplomats.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "United Kingdom"}}},
		{"willing_to_take_military_action", "2024-05-10",
			"Washington is willing to take military action against the Houthis.",
			[]want{{typ: parley.Threaten, source: "United States", target: "Houthis"}}},
	})
	runNotCases(t, []notCase{
		{"troops_ready_to_help_are_no_threat", "2024-05-10",
			"Poland said it was ready to deploy troops to help Ukraine.", want{typ: parley.Threaten}},
		{"ready_to_work_with_is_no_threat", "2024-05-10",
			"China is ready to work with India.", want{typ: parley.Threaten}},
		{"willing_to_lift_a_veto_is_no_threat", "2024-05-10",
			"Hungary is willing to lift its veto on aid to Ukraine.", want{typ: parley.Threaten}},
	})
}

// TestPenaltyPausedOrSpared checks that a penalty paused, or a party
// exempted from one, and fire paused, are concessions.
func TestPenaltyPausedOrSpared(t *testing.T) {
	runEventCases(t, []eventCase{
		{"paused_the_planned_tariffs", "2024-05-10",
			"Trump paused the planned tariffs on Canada.",
			[]want{{typ: parley.Concede, source: "Donald Trump", target: "Canada"}}},
		{"paused_tariffs_for_thirty_days", "2025-02-10",
			"Washington paused tariffs on Mexico for 30 days on Monday.",
			[]want{{typ: parley.Concede, source: "United States", target: "Mexico"}}},
		{"paused_its_offensive", "2024-05-10",
			"Russia paused its offensive against Ukraine.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Ukraine"}}},
		{"exempted_from_steel_tariffs", "2024-05-10",
			"Trump exempted Mexico from the steel tariffs.",
			[]want{{typ: parley.Concede, source: "Donald Trump", target: "Mexico"}}},
		{"exempted_from_an_embargo", "2024-05-10",
			"The EU exempted Hungary from the oil embargo.",
			[]want{{typ: parley.Concede, source: "European Union", target: "Hungary"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"aid_paused_is_still_a_sanction", "2024-05-10",
			"The US paused military aid to Ukraine.",
			want{typ: parley.Sanction, source: "United States", target: "Ukraine"}, want{typ: parley.Concede}},
	})
	runNotCases(t, []notCase{
		{"exempted_from_cuts_is_no_concession", "2024-05-10",
			"Biden exempted the aid to Ukraine from the spending cuts.", want{typ: parley.Concede}},
	})
}

// TestOptionsOnTheTable checks that options kept "on the table" against
// or regarding someone are a threat aimed at them.
func TestOptionsOnTheTable(t *testing.T) {
	runEventCases(t, []eventCase{
		{"all_options_on_the_table_regarding", "2024-05-10",
			"Trump said all options were on the table regarding Venezuela.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Venezuela"}}},
		{"all_options_remain_on_the_table_against", "2024-05-10",
			"Washington said all options remain on the table against Iran.",
			[]want{{typ: parley.Threaten, source: "United States", target: "Iran"}}},
		{"military_options_on_the_table_toward", "2024-05-10",
			"Biden said military options were on the table toward Iran.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Iran"}}},
		{"options_on_the_table_towards_with_a_date", "2024-05-10",
			"On Tuesday, Israel said all options were on the table towards Hezbollah.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Hezbollah"}}},
		{"options_on_the_table_regarding_a_leader", "2024-05-10",
			"Rubio said all options were on the table regarding Maduro.",
			[]want{{typ: parley.Threaten, source: "Marco Rubio", target: "Nicolás Maduro"}}},
	})
	runNotCases(t, []notCase{
		{"options_for_a_country_s_recovery_are_no_threat", "2024-05-10",
			"Scholz said all options were on the table for Ukraine's reconstruction.", want{typ: parley.Threaten}},
		{"options_on_a_country_s_recovery_are_no_threat", "2024-05-10",
			"Scholz said all options were on the table on Ukraine's reconstruction.", want{typ: parley.Threaten}},
	})
}

// TestRefusedToGive checks that a refusal to give or hand over stays a
// refusal though words withheld ("refused to say") are none.
func TestRefusedToGive(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_to_give_missiles", "2024-05-10",
			"Germany refused to give Ukraine long-range missiles.",
			[]want{{typ: parley.Reject, source: "Germany", target: "Ukraine"}}},
	})
}

// TestCeasefireWithGroupsIncluding checks that a ceasefire declared with a
// number of groups "including" one named is aimed at the one named.
func TestCeasefireWithGroupsIncluding(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ceasefire_with_groups_including", "2023-01-02",
			"On December 31, President Gustavo Petro announced a six-month bilateral ceasefire with five armed groups, including the ELN.",
			[]want{{typ: parley.Concede, source: "Gustavo Petro", target: "National Liberation Army", date: "2022-12-31"}}},
	})
}
