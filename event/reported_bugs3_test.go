package event_test

import (
	"testing"

	"parley"
)

// TestThreatenedActs checks acts named as the object of a threat: the
// threat is the event, the act is not done.
func TestThreatenedActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"threatened_an_offensive", "2024-05-10",
			"Ankara threatened a new offensive in northern Iraq.",
			[]want{{typ: parley.Threaten, source: "Turkey", target: "Iraq", status: parley.Occurred}}},
		{"threatening_an_invasion", "2024-05-10",
			"Israel is threatening a full-scale invasion of Lebanon.",
			[]want{{typ: parley.Threaten, source: "Israel", target: "Lebanon"}}},
		{"threatened_an_attack_with_a_day", "2024-05-10",
			"Azerbaijan on Tuesday threatened an attack on Armenian positions.",
			[]want{{typ: parley.Threaten, source: "Azerbaijan", target: "Armenia", date: "2024-05-07"}}},
		{"threatened_a_retaliatory_strike", "2024-05-10",
			"Iran threatened a retaliatory strike against Israel on Sunday.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel", date: "2024-05-05"}}},
		{"threatened_an_incursion_into", "2024-05-10",
			"Turkey has threatened another incursion into Syria.",
			[]want{{typ: parley.Threaten, source: "Turkey", target: "Syria"}}},
		{"threatened_a_blockade_of", "2024-05-10",
			"Russia threatened a naval blockade of Moldova on Friday.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "Moldova", date: "2024-05-10"}}},
		{"threatened_attacks_on_a_states_ships", "2024-05-10",
			"The Houthis threatened attacks on Israeli ships.",
			[]want{{typ: parley.Threaten, source: "Houthis", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		{"threatened_offensive_is_no_assault", "2024-05-10",
			"Ankara threatened a new offensive in northern Iraq.", want{typ: parley.Assault}},
		{"threatened_airstrikes_are_no_assault", "2024-05-10",
			"The United States threatened airstrikes on Iraqi militias in Syria.", want{typ: parley.Assault}},
	})
}

// TestWarningsAboutAttacks checks warnings whose clause opens with an
// attack: aimed at whoever would attack, never at the one attacked.
func TestWarningsAboutAttacks(t *testing.T) {
	runEventCases(t, []eventCase{
		{"invasion_by_a_named_attacker", "2024-05-10",
			"The United States warned on Tuesday that an invasion of Taiwan by China would have severe consequences.",
			[]want{{typ: parley.Threaten, source: "United States", target: "China", date: "2024-05-07"}}},
		{"attacker_told_before", "2024-05-10",
			"China staged large drills around Taiwan on Monday. Tokyo warned that any attack on Taiwan would be met with a firm response.",
			[]want{{typ: parley.Threaten, source: "Japan", target: "China"}}},
		{"attacker_told_before_another_pair", "2024-05-10",
			"Russia fired missiles at Moldova's border on Monday. Romania warned that any attack on Moldova would draw a response.",
			[]want{{typ: parley.Threaten, source: "Romania", target: "Russia"}}},
		{"attack_on_the_protected_names_no_one", "2024-05-10",
			"Japan warned that any attack on Taiwan would be met with a firm response.", nil},
		{"assault_on_an_ally_names_no_one", "2024-05-10",
			"Poland has warned that an assault on Lithuania would be an attack on NATO.", nil},
	})
	runNotCases(t, []notCase{
		{"invasion_of_the_protected_is_not_the_target", "2024-05-10",
			"Britain warned that a full-scale invasion of Moldova would trigger sweeping sanctions.",
			want{typ: parley.Threaten, target: "Moldova"}},
		// The attacker named as the object or by its country word stays the target.
		{"the_attacker_as_the_object_is_kept", "2024-05-10",
			"Britain warned Russia that any attack on Moldova would trigger sanctions.",
			want{typ: parley.Threaten, target: "Moldova"}},
		{"the_attackers_country_word", "2024-05-10",
			"Washington warned that an Iranian strike on Israel would draw a US response.",
			want{typ: parley.Threaten, target: "Israel"}},
	})
}

// TestMissionsAbroad checks acts on a state's embassy or consulate
// abroad: they are done to that state, not to the host.
func TestMissionsAbroad(t *testing.T) {
	runEventCases(t, []eventCase{
		{"struck_a_consulate", "2024-05-10",
			"Saudi jets bombed the Iranian consulate in Sanaa on Tuesday.",
			[]want{{typ: parley.Assault, source: "Saudi Arabia", target: "Iran", date: "2024-05-07"}}},
		{"shelled_a_consulate", "2024-05-10",
			"Ukraine shelled the Russian consulate in Kharkiv.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia"}}},
		{"raided_an_embassy_of_a_state_named_later", "2024-05-10",
			"Police raided the Mexican embassy in Quito on Friday. Mexico broke off relations with Ecuador the next day.",
			[]want{{typ: parley.Coerce, target: "Mexico", source: "National Police of Ecuador"}}},
		{"attacked_an_embassy_of_a_state_named_later", "2024-05-10",
			"Demonstrators attacked the French embassy in Niamey, and France condemned the attack.",
			[]want{{typ: parley.Protest, source: "Nigerien demonstrators", target: "France"}}},
	})
	runNotCases(t, []notCase{
		{"the_host_is_not_the_target", "2024-05-10",
			"Israeli jets struck the Iranian consulate in Beirut on Monday.",
			want{typ: parley.Assault, target: "Lebanon"}},
	})
}

// TestThenJoinsPredicates checks a second verb joined by ", then": it
// shares the first one's subject and has its own day and place.
func TestThenJoinsPredicates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"then_shares_the_subject", "2024-05-10",
			"Moscow detained two Latvian activists on Monday, then expelled the Latvian ambassador.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Latvia"}}},
		{"then_has_its_own_relative_day", "2024-05-10",
			"Azerbaijan shelled Armenian villages on 2 March, then sent troops to Armenia the next day.",
			[]want{{typ: parley.Assault, source: "Azerbaijan", target: "Armenia", date: "2024-03-02"},
				{typ: parley.Mobilize, source: "Azerbaijan", target: "Armenia", date: "2024-03-03"}}},
		{"then_travelled_for_talks", "2024-05-10",
			"Blinken met Wang Yi in Beijing, then travelled to Seoul for talks with Yoon.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Yoon Suk Yeol", place: "Seoul"}}},
	})
	runNotCases(t, []notCase{
		{"the_first_object_is_not_the_second_subject", "2024-05-10",
			"China summoned the Japanese ambassador on Monday, then suspended talks with Tokyo.",
			want{typ: parley.Sanction, source: "Japan"}},
	})
}

// TestSummonedToAct checks the infinitive after a summoned envoy: the
// summoner does what it says, not the envoy.
func TestSummonedToAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summoned_an_envoy_named_in_apposition_to_condemn", "2024-05-10",
			"London summoned Russia's ambassador, Andrei Kelin, to condemn Moscow's strikes on Kyiv.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Russia"}}},
		{"called_in_an_envoy_to_condemn", "2024-05-10",
			"Britain called in Russia's ambassador, Andrei Kelin, to condemn Moscow's strikes on Kyiv.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Russia"}}},
		{"summoned_with_a_day_to_condemn", "2024-05-10",
			"Manila summoned the Chinese ambassador, Huang Xilian, on Monday to condemn the Chinese coast guard.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China Coast Guard", date: "2024-05-06"}}},
	})
	runNotCases(t, []notCase{
		{"the_envoy_does_not_condemn", "2024-05-10",
			"Tokyo summoned China's ambassador, Wu Jianghao, to condemn Beijing's ban on Japanese seafood.",
			want{typ: parley.Accuse, source: "Wu Jianghao", target: "China"}},
		{"the_envoys_state_does_not_condemn_itself", "2024-05-10",
			"Berlin summoned the Iranian ambassador to denounce Tehran's attack on Israel.",
			want{typ: parley.Accuse, source: "Iran"}},
	})
}

// TestPoliceToTheBorder checks police or guards sent to one's own border:
// a build-up, aimed at the neighbour only when the article makes it the
// foe; never a mission's aid.
func TestPoliceToTheBorder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"police_to_the_border_with_a_foe", "2024-05-10",
			"Hungary accused Serbia of letting smugglers through. Budapest will deploy more police to the border with Serbia.",
			[]want{{typ: parley.Mobilize, source: "Hungary", target: "Serbia", status: parley.Planned}}},
		{"guards_to_the_frontier_with_a_foe", "2024-05-10",
			"Estonia accused Russia of weaponising migrants on Monday. Tallinn deployed extra border guards to its frontier with Russia on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "Estonia", target: "Russia", date: "2024-05-07"}}},
	})
	runNotCases(t, []notCase{
		{"police_to_the_border_are_no_aid", "2024-05-10",
			"Poland would deploy more police to the border with Belarus.", want{typ: parley.Aid}},
		{"police_to_a_border_with_no_foe_name_no_target", "2024-05-10",
			"Spain deployed police to its border with Morocco after migrants crossed.", want{typ: parley.Mobilize}},
		{"police_sent_abroad_are_no_build_up", "2024-05-10",
			"Kenya will deploy 1,000 police officers to Haiti.", want{typ: parley.Mobilize}},
	})
}

// TestOneCraftActs checks acts told before a trailing "X said" whose
// doer is one craft of a state ("a Chinese ship") or whose target is a
// state's site ("a Ukrainian power plant").
func TestOneCraftActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"one_ship_rammed", "2024-05-10",
			"A Chinese ship rammed a Vietnamese fishing boat on Saturday, Hanoi said on Monday.",
			[]want{{typ: parley.Assault, source: "China", target: "Vietnam", date: "2024-05-04"}}},
		{"one_missile_hit_a_hospital", "2024-05-10",
			"A Russian missile hit a Ukrainian hospital on Tuesday, officials said.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-05-07"}}},
		{"jets_struck_a_power_plant", "2024-05-10",
			"Russian jets struck a Ukrainian power plant overnight, Kyiv said.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"a_drone_hit_a_power_station", "2024-05-10",
			"An Israeli drone hit a Lebanese power station on Friday, Beirut said.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Lebanon", date: "2024-05-10"}}},
	})
	runNotCases(t, []notCase{
		{"an_airliner_is_no_states", "2024-05-10",
			"Iran admitted that its air defences shot down a Ukrainian plane by mistake.",
			want{typ: parley.Assault, target: "Ukraine"}},
	})
}

// TestOldOccasionsApart checks that an undated act takes no date from an
// older act of its pair told in another paragraph (a timeline), but does
// from one in its own paragraph.
func TestOldOccasionsApart(t *testing.T) {
	runEventCases(t, []eventCase{
		{"timeline_date_is_not_taken", "2024-05-10",
			"France will send more artillery to Ukraine, Macron said on Thursday.\n\n" +
				"Macron reaffirmed France's support for Ukraine.\n\n" +
				"Background: On 5 March 2022, France pledged support for Ukraine's army. In 2023, Paris sent tanks.",
			[]want{{typ: parley.Support, source: "Emmanuel Macron", target: "Ukraine", date: "2024-05-09"}}},
	})
	runNotCases(t, []notCase{
		{"timeline_day_not_given", "2024-05-10",
			"Poland will train more Ukrainian pilots, Duda said.\n\n" +
				"Duda reaffirmed Poland's support for Ukraine.\n\n" +
				"Chronology: On 2 April 2022, Poland pledged support for Ukraine's army.",
			want{typ: parley.Support, source: "Andrzej Duda", target: "Ukraine", date: "2022-04-02"}},
		// In its own paragraph, the older act's day is still taken.
		{"same_paragraph_date_is_taken", "2024-05-10",
			"On 2 April 2022, Duda met Zelensky in Kyiv. Duda reaffirmed Poland's support for Ukraine.",
			want{typ: parley.Support, source: "Andrzej Duda", target: "Ukraine", date: "-"}},
	})
}

// TestMetWithAResponse checks the passive "be met with" a response: no
// meeting.
func TestMetWithAResponse(t *testing.T) {
	runNotCases(t, []notCase{
		{"attack_met_with_force", "2024-05-10",
			"Beijing warned that any attack by the Philippines on its ships would be met with force.",
			want{typ: parley.Consult}},
		{"strike_met_with_a_response", "2024-05-10",
			"Washington warned Tehran that a strike on Israel would be met with a swift and decisive response.",
			want{typ: parley.Consult}},
	})
}
