package event_test

import (
	"testing"

	"parley"
)

// TestPurposeOfContact checks that an act a call, meeting or visit was
// made for, whose own clause names no one, is aimed at the one called.
func TestPurposeOfContact(t *testing.T) {
	runEventCases(t, []eventCase{
		{"telephoned_to_demand_that", "2012-04-20",
			"Ban Ki-moon telephoned Salva Kiir last week to demand that the troops leave the oil field.",
			[]want{{typ: parley.Request, source: "Ban Ki-moon", target: "Salva Kiir Mayardit"}}},
		{"telephoned_on_a_day_to_urge", "2024-05-10",
			"Blinken telephoned Netanyahu on Monday to urge restraint in Gaza.",
			[]want{{typ: parley.Request, source: "Antony Blinken", target: "Benjamin Netanyahu", date: "2024-05-06"}}},
		{"called_to_demand", "2024-05-10",
			"Macron called Putin to demand a ceasefire.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Vladimir Putin"}}},
		{"met_in_a_city_to_protest", "2024-05-10",
			"Kishida met Xi Jinping in Lima to protest the detention of a Japanese businessman.",
			[]want{{typ: parley.Accuse, source: "Fumio Kishida", target: "Xi Jinping"}}},
		{"received_to_ask_for", "2024-05-10",
			"Lula received Maduro in Brasilia to ask for free elections.",
			[]want{{typ: parley.Request, source: "Luiz Inácio Lula da Silva", target: "Nicolás Maduro"}}},
	})
	runNotCases(t, []notCase{
		{"met_to_discuss_is_no_request", "2024-05-10",
			"Biden met Xi in San Francisco to discuss trade.",
			want{typ: parley.Request}},
		{"a_purpose_after_a_journey_is_not_at_the_one_called_before", "2024-05-10",
			"Scholz phoned Zelensky, and Macron flew to Paris to demand a ceasefire.",
			want{typ: parley.Request, source: "Emmanuel Macron", target: "Volodymyr Zelensky"}},
	})
}

// TestRefusedAppeals checks that refusing appeals, pleas or calls that
// name their makers after "from" or "by" — a capital for its government,
// several makers joined — is a refusal of each and a request by each.
func TestRefusedAppeals(t *testing.T) {
	runEventCases(t, []eventCase{
		{"appeals_from_two_capitals", "2024-05-10",
			"Hamas refused appeals from Cairo and Doha to release the hostages.",
			[]want{{typ: parley.Reject, source: "Hamas", target: "Qatar"},
				{typ: parley.Request, source: "Egypt", target: "Hamas"}, {typ: parley.Request, source: "Qatar", target: "Hamas"}}},
		{"pleas_from_a_capital", "2024-05-10",
			"Kyiv turned down pleas from Budapest to reopen the pipeline.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Hungary"}, {typ: parley.Request, source: "Hungary", target: "Ukraine"}}},
		{"calls_from_the_body_to_act", "2024-05-10",
			"Myanmar rejected calls from the United Nations to free the prisoners.",
			[]want{{typ: parley.Request, source: "United Nations", target: "Myanmar"}}},
		{"demands_from_the_state", "2024-05-10",
			"Israel ignored demands from the United States to halt the offensive.",
			[]want{{typ: parley.Request, source: "United States", target: "Israel"}}},
		{"calls_by_a_state_to_act", "2024-05-10",
			"Iran dismissed calls by France to release the detainees.",
			[]want{{typ: parley.Request, source: "France", target: "Iran"}}},
	})
	runNotCases(t, []notCase{
		{"a_telephone_call_accepted_is_no_request", "2024-05-10",
			"Putin accepted a call from Biden and Macron on Friday.",
			want{typ: parley.Request}},
	})
}

// TestKnownAs checks that a subject standing before a parenthesis that
// gives its name ("The group, known as …,") acts by that name.
func TestKnownAs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"group_known_as", "2024-05-10",
			"The militia, known as Hezbollah, accused Israel of shelling villages.",
			[]want{{typ: parley.Accuse, source: "Hezbollah", target: "Israel"}}},
		{"rebels_known_as_the", "2024-05-10",
			"The rebels, known as the Houthis, fired missiles at Saudi Arabia.",
			[]want{{typ: parley.Assault, source: "Houthis", target: "Saudi Arabia"}}},
		{"which_calls_itself", "2024-05-10",
			"The movement, which calls itself Hamas, rejected the Egyptian proposal.",
			[]want{{typ: parley.Reject, source: "Hamas", target: "Egypt"}}},
		{"also_known_as", "2024-05-10",
			"The armed group, also known as Al-Shabaab, threatened Kenya with new attacks.",
			[]want{{typ: parley.Threaten, source: "al-Shabaab", target: "Kenya"}}},
		{"group_known_as_refuses_appeals", "2013-03-07",
			"The group, known as the Royal Sulu Army, refused appeals from Malaysia to leave.",
			[]want{{typ: parley.Reject, source: "Royal Sulu Army", target: "Malaysia"}}},
	})
	runNotCases(t, []notCase{
		{"a_name_of_another_in_the_parenthesis_is_no_subject", "2024-05-10",
			"The envoy, who met Hamas, condemned Israel.",
			want{typ: parley.Accuse, source: "Hamas"}},
	})
}

// TestRepeatedPreposition checks a subject whose sides each take their
// own "of", "for" or "from": "Delegations of X and of Y met".
func TestRepeatedPreposition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"delegations_of_and_of", "2018-12-18",
			"Delegations of the Houthis and of the Yemeni government met for a week in Sweden.",
			[]want{{typ: parley.Consult, source: "Houthis", target: "Yemen"}}},
		{"representatives_of_and_of_held_talks", "2024-05-10",
			"Representatives of the Colombian government and of the ELN held talks in Havana.",
			[]want{{typ: parley.Consult, source: "Colombia", target: "National Liberation Army"}}},
		{"negotiators_for_and_for", "2024-05-10",
			"Negotiators for Israel and for Hamas met in Doha.",
			[]want{{typ: parley.Consult, source: "Israel", target: "Hamas"}}},
		{"envoys_of_and_of", "2024-05-10",
			"Envoys of Russia and of Ukraine met in Istanbul.",
			[]want{{typ: parley.Consult, source: "Russia", target: "Ukraine"}}},
		{"officials_from_and_from_signed", "2024-05-10",
			"Officials from Kenya and from Somalia signed the accord in Nairobi.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Somalia"}}},
	})
	runNotCases(t, []notCase{
		{"a_place_after_and_of_is_no_side", "2024-05-10",
			"The outskirts of Paris and of Lyon hosted Macron.",
			want{typ: parley.Consult, source: "France"}},
	})
}

// TestEachSideTheOther checks "each side … the other" as the two sides
// named before, each toward the other.
func TestEachSideTheOther(t *testing.T) {
	runEventCases(t, []eventCase{
		{"each_side_accused_the_other", "2024-05-10",
			"Fighting between Armenia and Azerbaijan broke out on Sunday. Each side accused the other of opening fire first.",
			[]want{{typ: parley.Accuse, source: "Armenia", target: "Azerbaijan"}, {typ: parley.Accuse, source: "Azerbaijan", target: "Armenia"}}},
		{"each_side_blamed_the_other", "2024-05-10",
			"Talks between Israel and Hamas in Doha ended on Monday without a deal. Each side blamed the other for the collapse of the talks.",
			[]want{{typ: parley.Accuse, source: "Hamas", target: "Israel"}}},
		{"each_side_has_accused_the_other", "2024-05-10",
			"Serbia and Kosovo held talks in Brussels. Each side has accused the other of stalling.",
			[]want{{typ: parley.Accuse, source: "Kosovo", target: "Serbia"}}},
		{"each_side_threatened_the_other", "2024-05-10",
			"India and Pakistan exchanged fire on Friday. Each side threatened the other with retaliation.",
			[]want{{typ: parley.Threaten, source: "Pakistan", target: "India"}}},
		{"each_side_accused_the_other_side", "2024-05-10",
			"Kyrgyzstan and Tajikistan clashed at the border. Each side accused the other side of shelling villages.",
			[]want{{typ: parley.Accuse, source: "Tajikistan", target: "Kyrgyzstan"}}},
	})
	runNotCases(t, []notCase{
		{"each_side_sending_delegates_accuses_no_one", "2024-05-10",
			"Talks between Israel and Hamas ended. Each side will send five delegates to Cairo.",
			want{typ: parley.Accuse}},
	})
}

// TestToldOfOwnAct checks that an act the speaker's side does in the
// words it told someone, coded from its own verb, is not a second act at
// the one told.
func TestToldOfOwnAct(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"told_lawmakers_he_had_refused", "2012-04-20",
			"Ban Ki-moon telephoned Salva Kiir last week to demand that the troops leave the oil field. Kiir told lawmakers in Juba that he had refused.",
			want{typ: parley.Reject, source: "Salva Kiir Mayardit", target: "Ban Ki-moon"},
			want{typ: parley.Reject, source: "Salva Kiir Mayardit", target: "South Sudanese lawmakers"}},
		{"told_a_counterpart_his_state_rejected", "2024-05-10",
			"Blinken told Lavrov in Rome that Washington rejected Moscow's demands.",
			want{typ: parley.Reject, source: "United States", target: "Russia"},
			want{typ: parley.Reject, source: "Antony Blinken", target: "Sergey Lavrov"}},
		{"told_a_counterpart_his_state_accused", "2024-05-10",
			"Macron told Scholz on Monday that France accused Russia of sabotage.",
			want{typ: parley.Accuse, source: "France", target: "Russia"},
			want{typ: parley.Accuse, source: "Emmanuel Macron", target: "Olaf Scholz"}},
		{"told_parliament_it_had_refused", "2024-05-10",
			"Egypt asked Israel to open the crossing. Netanyahu told the Knesset that Israel had refused.",
			want{typ: parley.Reject, source: "Israel", target: "Egypt"},
			want{typ: parley.Reject, target: "Knesset"}},
		{"told_the_asker_s_ally_it_had_refused", "2024-05-10",
			"Washington asked Ankara to join the sanctions. Erdogan told Scholz that Turkey had refused.",
			want{typ: parley.Reject, source: "Turkey", target: "United States"},
			want{typ: parley.Reject, source: "Recep Tayyip Erdoğan", target: "Olaf Scholz"}},
	})
}

// TestCapitalBeforeAside checks that a capital opening a paragraph and
// followed by a lower-case aside ("Moscow, for its part, …") is its
// government, not a dateline; and that a charge made "from" or "by" a
// capital is answered to its government.
func TestCapitalBeforeAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"capital_for_its_part", "2024-05-10",
			"Moscow, for its part, accused Kyiv of shelling the plant.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
		{"capital_in_turn", "2024-05-10",
			"Tehran, in turn, accused Washington of meddling.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "United States"}}},
		{"capital_on_the_other_hand", "2024-05-10",
			"Caracas, on the other hand, accused Bogota of harbouring rebels.",
			[]want{{typ: parley.Accuse, source: "Venezuela", target: "Colombia"}}},
		{"capital_meanwhile_asks", "2024-05-10",
			"Kyiv, meanwhile, asked Berlin for more air defence systems.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Germany"}}},
		{"capital_however_rejects_a_charge_from_a_capital", "2024-05-10",
			"Beijing, however, rejected the charge from Manila.",
			[]want{{typ: parley.Reject, source: "China", target: "Philippines"}}},
	})
	runNotCases(t, []notCase{
		{"a_dateline_stays_a_place", "2024-05-10",
			"Moscow, May 8 - Ukraine accused Poland of blocking the border.",
			want{typ: parley.Accuse, source: "Russia"}},
	})
}

// TestToldByVideoLink checks that telling someone "by video link" is a
// virtual meeting with the one told.
func TestToldByVideoLink(t *testing.T) {
	runEventCases(t, []eventCase{
		{"envoy_told_the_council_by_video_link", "2018-12-18",
			"UN envoy Martin Griffiths told the Security Council by video link on Friday that monitors were needed.",
			[]want{{typ: parley.Consult, source: "Martin Griffiths", target: "United Nations Security Council", date: "2018-12-14", medium: parley.Virtual}}},
		{"president_told_a_leader_by_video_link", "2024-05-10",
			"Zelensky told Macron by video link that Ukraine needed more air defences.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Emmanuel Macron"}}},
		{"via_video_link", "2024-05-10",
			"Guterres told the African Union via video link that the war must end.",
			[]want{{typ: parley.Consult, source: "António Guterres", target: "African Union"}}},
		{"briefed_by_video_link", "2024-05-10",
			"Blinken briefed NATO by video link on Monday about the talks.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "North Atlantic Treaty Organization"}}},
		{"assured_by_video_link", "2024-05-10",
			"Scholz assured Zelensky by video link that Germany would send more shells.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Volodymyr Zelensky"}}},
	})
	runNotCases(t, []notCase{
		{"a_speech_by_video_link_meets_no_one", "2024-05-10",
			"Kamala Harris will address the leaders by video link on Wednesday.",
			want{typ: parley.Consult}},
		{"a_speech_to_an_assembly_by_video_link_meets_no_one", "2024-05-10",
			"Zelensky told the European Parliament by video link that Ukraine needed more air defences.",
			want{typ: parley.Consult}},
		{"a_rail_link_is_no_meeting", "2024-05-10",
			"The rail link between China and Laos opened on Friday.",
			want{typ: parley.Consult}},
	})
}

// TestActAskedForIsNotDone checks that an act named as the direct object
// of a verb of asking ("demanded the withdrawal of …") is asked for, not
// done.
func TestActAskedForIsNotDone(t *testing.T) {
	runNotCases(t, []notCase{
		{"demanded_the_withdrawal", "2024-05-10",
			"Guterres demanded the withdrawal of Rwandan troops from Congo.",
			want{typ: parley.Retreat}},
		{"urged_the_withdrawal", "2024-05-10",
			"Guterres urged the withdrawal of Rwandan troops from Congo.",
			want{typ: parley.Retreat}},
		{"demanded_the_withdrawal_of_forces_of_a_state", "2024-05-10",
			"The EU demanded the withdrawal of Russian troops from Ukraine.",
			want{typ: parley.Retreat}},
		{"sought_the_withdrawal", "2024-05-10",
			"Mali sought the swift withdrawal of French troops from its territory.",
			want{typ: parley.Retreat}},
		{"requested_the_pullout", "2024-05-10",
			"Somalia requested the pullout of Ethiopian troops from Baidoa.",
			want{typ: parley.Retreat}},
	})
	runEventCases(t, []eventCase{
		{"the_demand_itself_stays", "2024-05-10",
			"The EU demanded the withdrawal of Russian troops from Ukraine.",
			[]want{{typ: parley.Request, source: "European Union", target: "Russia"}}},
	})
}

// TestWithdrawalAskedFor checks that asking for the withdrawal of a
// state's forces is a request of that state.
func TestWithdrawalAskedFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_for_the_withdrawal_of_troops", "2024-05-10",
			"The EU called for the withdrawal of Russian troops.",
			[]want{{typ: parley.Request, source: "European Union", target: "Russia"}}},
		{"urged_the_withdrawal_of_troops", "2024-05-10",
			"Guterres urged the withdrawal of Rwandan troops from Congo.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Rwanda"}}},
		{"called_for_the_pullout_of_a_state_s_forces", "2024-05-10",
			"The African Union called for the pullout of Ethiopia's forces from Somalia.",
			[]want{{typ: parley.Request, source: "African Union", target: "Ethiopia"}}},
		{"pressed_for_the_withdrawal", "2024-05-10",
			"Lebanon pressed for the withdrawal of Israeli troops from the south.",
			[]want{{typ: parley.Request, source: "Lebanon", target: "Israel"}}},
		{"asked_for_the_departure", "2024-05-10",
			"Mali asked for the departure of French soldiers.",
			[]want{{typ: parley.Request, source: "Mali", target: "France"}}},
	})
	runNotCases(t, []notCase{
		{"the_asker_s_own_troops_are_no_target", "2024-05-10",
			"France called for the withdrawal of French troops from Niger.",
			want{typ: parley.Request, target: "France"}},
	})
}
