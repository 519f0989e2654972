package event_test

import (
	"testing"

	"parley"
)

// TestVerbalActs checks requests, accusations, rejections and threats
// whose asker or addressee stands outside the trigger's own phrase.
func TestVerbalActs(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want
	}{
		{"at_a_possessive_request_fronted", "2024-03-10",
			"At Germany's request, NATO allies held consultations in Brussels on Tuesday.",
			[]want{{typ: parley.Request, source: "Germany", target: "North Atlantic Treaty Organization"}}},
		{"at_the_request_of_fronted_after_a_dateline", "2021-07-09",
			"Nairobi, 9 July 2021 — At the request of the Government of Somalia, the Government of Kenya will today begin deploying 800 police officers to Mogadishu.",
			[]want{{typ: parley.Request, source: "Somalia", target: "Kenya", status: parley.Occurred}}},
		{"at_a_request_after_the_subject", "2023-05-20",
			"Arab League foreign ministers, meeting in Cairo at Egypt's request, condemned Iran on Saturday.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Arab League"}, {typ: parley.Accuse, source: "Arab League", target: "Iran"}}},
		{"at_the_request_of_after_that", "2022-02-11",
			"The ministry said that, at the request of France, the UN Security Council would meet on Friday.",
			[]want{{typ: parley.Request, source: "France", target: "United Nations Security Council"}}},
		{"at_a_capitals_request_is_its_governments_not_a_place", "2023-05-20",
			"Arab League ministers, meeting in Cairo at Riyadh's request, condemned Iran on Saturday.",
			[]want{{typ: parley.Request, source: "Saudi Arabia", target: "Arab League", place: "Cairo"}}},
		{"at_a_capitals_request_with_a_modal", "2024-06-20",
			"The Kremlin confirmed that, at Yerevan's request, Russian diplomats would leave the talks.",
			[]want{{typ: parley.Request, source: "Armenia", target: "Russia", status: parley.Occurred, place: "-"}}},
		{"a_request_agreed_to_was_made", "2023-09-14",
			"Sweden agreed on Thursday to a request from Finland to postpone the vote.",
			[]want{{typ: parley.Concede, source: "Sweden", target: "Finland"}, {typ: parley.Request, source: "Finland", target: "Sweden", status: parley.Occurred}}},
		{"a_possessive_demand_rejected_was_made", "2023-09-14",
			"Vietnam rejected China's demand to withdraw its fishing boats.",
			[]want{{typ: parley.Reject, source: "Vietnam", target: "China"}, {typ: parley.Request, source: "China", target: "Vietnam"}}},
		{"a_demand_refused_in_reported_speech", "2023-09-14",
			"Olaf Scholz said he had refused the French demand for a delay.",
			[]want{{typ: parley.Request, source: "France", target: "Olaf Scholz"}}},
		{"a_deed_blamed_on_an_actor", "2023-09-14",
			"Kyiv blamed the explosion at the dam on Russia.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Russia"}}},
		{"a_deed_blamed_on_two_actors_past_its_own_on", "2023-09-14",
			"Tehran has blamed the strike on the consulate on Israel and the United States.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel"}, {typ: parley.Accuse, source: "Iran", target: "United States"}}},
		{"a_second_charge_against_another", "2023-09-14",
			"Israel accused Iran of arming the militias and Syria of hosting their commanders.",
			[]want{{typ: parley.Accuse, source: "Israel", target: "Iran"}, {typ: parley.Accuse, source: "Israel", target: "Syria"}}},
		{"despite_a_possessive_demand_fronted", "2023-09-14",
			"Despite Hungary's demands for a delay, the European Commission released the funds.",
			[]want{{typ: parley.Request, source: "Hungary", target: "European Commission", status: parley.Occurred}}},
		{"despite_a_possessive_request_after_the_clause", "2023-09-14",
			"Serbia kept the border closed despite Kosovo's requests for talks.",
			[]want{{typ: parley.Request, source: "Kosovo", target: "Serbia"}}},
		{"a_demand_noun_with_its_that_clause", "2023-09-14",
			"Vietnam repeated its demand that China withdraw the survey ship.",
			[]want{{typ: parley.Request, source: "Vietnam", target: "China"}}},
		{"a_demand_renewed_is_the_renewers", "2023-09-14",
			"The Chinese foreign ministry on Tuesday renewed Beijing's demand that Manila remove the grounded vessel.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of China", target: "Philippines"}}},
		{"an_object_relative_names_the_accused", "2023-09-14",
			"Lithuania closed its border with Belarus, which it accuses of helping migrants cross.",
			[]want{{typ: parley.Accuse, source: "Lithuania", target: "Belarus"}}},
		{"an_object_relative_after_a_list", "2023-09-14",
			"The Treasury sanctioned judges of the Supreme Court of Venezuela, whom Washington accused of rigging the vote.",
			[]want{{typ: parley.Accuse, source: "United States", target: "Supreme Court of Venezuela"}}},
		{"a_threat_to_expel_a_states_troops_is_to_the_state", "2024-06-20",
			"Mali threatened to expel French troops from its territory.",
			[]want{{typ: parley.Threaten, source: "Mali", target: "France"}}},
		{"a_threat_to_keep_troops_out_is_to_their_state", "2024-06-20",
			"Somalia has threatened to keep Kenyan troops out of the new mission.",
			[]want{{typ: parley.Threaten, source: "Somalia", target: "Kenya"}}},
		{"the_release_of_unnamed_captives_is_asked_of_their_captor", "2021-01-08",
			"Russia detained two Estonian fishing boats in the Baltic on Monday. Tallinn demanded the release of the boats and their crews.",
			[]want{{typ: parley.Request, source: "Estonia", target: "Russia"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			for _, w := range tt.want {
				found := false
				for _, e := range a.Events {
					found = found || w.matches(e)
				}
				if !found {
					t.Errorf("no event like %+v in %s", w, describe(a.Events))
				}
			}
		})
	}
}

// TestVerbalReadingsRuledOut checks readings of verbal acts that must not
// be coded.
func TestVerbalReadingsRuledOut(t *testing.T) {
	tests := []struct {
		name, day, text string
		not             want // a not without actors rules out its type
	}{
		{"a_request_reported_is_not_the_speakers", "2024-03-10",
			"Joe Biden said American troops would leave at Iraq's request.",
			want{typ: parley.Request, target: "Joe Biden"}},
		{"a_request_for_a_passive_infinitive_is_not_of_its_subject", "2022-04-20",
			"The draft would allow Chinese police to be deployed at Honiara's request.",
			want{typ: parley.Request}},
		{"a_request_granted_in_the_passive_has_no_named_addressee", "2024-03-10",
			"The sailors were freed on Monday at the request of Japan.",
			want{typ: parley.Request}},
		{"a_demand_answered_by_its_maker_unnamed_is_no_new_request", "2023-09-14",
			"India rejected the demand on Tuesday.",
			want{typ: parley.Request}},
		{"an_offer_accepted_is_no_request", "2023-09-14",
			"Vietnam accepted China's offer of talks.",
			want{typ: parley.Request}},
		{"a_deed_blamed_is_not_the_blamers", "2023-09-14",
			"Washington blamed the attack on Hezbollah.",
			want{typ: parley.Assault}},
		{"a_cause_blamed_is_no_actor", "2023-09-14",
			"Germany's finance minister blamed the slowdown on high energy prices in Europe.",
			want{typ: parley.Accuse}},
		{"an_actor_in_the_charge_is_not_accused", "2023-09-14",
			"China accused the United States of arming Taiwan and Japan.",
			want{typ: parley.Accuse, source: "China", target: "Japan"}},
		{"a_demand_named_by_onlookers_is_no_act", "2023-09-14",
			"Analysts said the demand that Iran halt enrichment was unrealistic.",
			want{typ: parley.Request}},
		{"despite_a_demand_with_no_maker", "2023-09-14",
			"Serbia kept the border closed despite repeated demands.",
			want{typ: parley.Request}},
		{"a_threat_to_strike_troops_stays_on_the_troops", "2024-06-20",
			"Russia threatened to strike Ukrainian troops near the border.",
			want{typ: parley.Threaten, source: "Russia", target: "Ukraine"}},
		{"a_relative_on_a_place_phrase_is_about_the_noun", "2023-09-14",
			"Chile's foreign minister criticised remarks about the situation in Peru, which she called interference.",
			want{typ: parley.Accuse, target: "Peru"}},
		{"a_third_party_asking_release_is_not_read_as_the_captives_side", "2021-01-08",
			"Russia detained two Estonian fishing boats in the Baltic on Monday. Tallinn demanded the release of the boats. Russia demanded the release of its own trawler.",
			want{typ: parley.Request, source: "Russia", target: "Russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			for _, e := range a.Events {
				if tt.not.matches(e) || tt.not.source == "" && tt.not.target == "" && e.Type == tt.not.typ {
					t.Errorf("unwanted event %+v in %s", tt.not, describe(a.Events))
				}
			}
		})
	}
}
