package event_test

import (
	"testing"

	"parley"
)

// TestRolesOfEvents checks who is source and who target of an event whose
// type is plain: each case names the events the text must yield (nil:
// none).
func TestRolesOfEvents(t *testing.T) {
	tests := []eventCase{
		// "with" and a list but no subject: the partners of someone
		// unnamed, not a meeting among themselves.
		{"talks_with_a_list_and_no_subject", "2024-05-10",
			"Officials will hold talks with Brazil, Argentina and Chile next month.", nil},
		{"talks_with_two_and_no_subject_resumed", "2024-05-10",
			"Talks with Serbia and Hungary resumed in Vienna on Monday.", nil},
		{"talks_with_creditors_named_after_a_noun", "2024-05-10",
			"The cabinet said it would open formal talks on its debt with its main creditors, France, Germany and Italy.", nil},
		// A pledge or stance a union's officer says the union takes is the
		// officer's, as it is for a state's leader.
		{"council_president_says_the_bloc_condemned", "2024-03-10",
			"European Council President Charles Michel said on Friday that the EU condemned Russia's attacks on Ukrainian ports.",
			[]want{{typ: parley.Accuse, source: "Charles Michel", target: "Russia", date: "2024-03-08"}}},
		{"commission_president_says_the_eu_backs", "2024-03-10",
			"Ursula von der Leyen said the EU backed Moldova's bid to join.",
			[]want{{typ: parley.Support, source: "Ursula von der Leyen", target: "Moldova"}}},
		{"high_representative_says_the_union_rejects", "2022-03-10",
			"Josep Borrell said the European Union rejected Belarus's demands.",
			[]want{{typ: parley.Reject, source: "Josep Borrell", target: "Belarus"}}},
		// Ministers named in apposition to "of the two countries" are the
		// parties, not their states beside them.
		{"ministers_of_the_two_countries_named", "2020-09-08",
			"China and India agreed to restore flights on Monday.\n\nThe foreign ministers of the two countries, Wang Yi and Subrahmanyam Jaishankar, will meet in Moscow on Thursday.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Subrahmanyam Jaishankar", status: parley.Planned, date: "2020-09-10"}}},
		{"defence_ministers_of_the_two_neighbours_named", "2020-09-08",
			"China and India agreed to restore flights on Monday.\n\nThe defence ministers of the two neighbours, Rajnath Singh and Wei Fenghe, held talks on Friday.",
			[]want{{typ: parley.Consult, source: "Rajnath Singh", target: "Wei Fenghe", date: "2020-09-04"}}},
		// A second verb after "held talks and" shares the whole subject
		// that held them, not only the first of its names.
		{"two_ministers_held_talks_and_signed", "2024-05-10",
			"On Thursday, Chinese Foreign Minister Wang Yi met in Beijing with Indian Foreign Minister Subrahmanyam Jaishankar and Pakistani Foreign Minister Ishaq Dar.\n\nEarlier in the day, the two foreign ministers held talks in Beijing and signed a joint statement announcing the resumption of trade between India and Pakistan.",
			[]want{{typ: parley.Agree, source: "Subrahmanyam Jaishankar", target: "Ishaq Dar", date: "2024-05-09"}}},
		// A deployment's purpose or cause names whom it faces; the states
		// it goes to are its hosts.
		{"deploy_to_allies_to_deter", "2024-05-10",
			"Canada will deploy two warships to Latvia and Estonia to deter Russia.",
			[]want{{typ: parley.Mobilize, source: "Canada", target: "Russia", status: parley.Planned}}},
		{"send_troops_to_deter_an_adjective", "2024-05-10",
			"Germany will send 5,000 troops to Lithuania to deter Russian aggression.",
			[]want{{typ: parley.Mobilize, source: "Germany", target: "Russia", status: parley.Planned}}},
		// "him" after a meeting's "with" is the one met.
		{"visited_for_talks_with_him", "2024-05-10",
			"Xi Jinping has invited foreign leaders to Beijing.\n\nScholz visited Beijing on Friday for talks with him.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Xi Jinping", date: "2024-05-10"}}},
		{"spoke_with_him_by_phone", "2024-05-10",
			"Modi praised the summit.\n\nBiden later spoke with him by phone.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Narendra Modi", medium: parley.Phone}}},
		// In "X was granted Y", the subject is the one granted; a name
		// qualifying the thing granted is none.
		{"granted_candidate_status_in_the_passive", "2024-05-10",
			"Ukraine was granted EU candidate status by the European Council in June 2022.",
			[]want{{typ: parley.Support, source: "European Council", target: "Ukraine", date: "2022-06"}}},
		{"granted_candidate_status_on_a_day", "2024-05-10",
			"Bosnia and Herzegovina was granted EU candidate status by the European Council on 15 December 2022.",
			[]want{{typ: parley.Support, source: "European Council", target: "Bosnia and Herzegovina", date: "2022-12-15"}}},
		// A meeting that dates the clause ("a week after a meeting
		// between …") is the listed sides' alone.
		{"meeting_between_two_sides_in_a_time_phrase", "2024-05-10",
			"Indonesian Foreign Minister Retno Marsudi flew to Canberra on Tuesday for talks with her Australian counterpart Penny Wong, a week after a tense meeting between Australian and Chinese officials in Beijing.",
			[]want{{typ: parley.Consult, source: "Australia", target: "China", date: "2024-04-30"}}},
		// A base attacked is its occupant's when the clause names them.
		{"bases_housing_foreign_troops", "2024-05-10",
			"North Korea fired rockets on Wednesday at two South Korean bases housing American troops.",
			[]want{{typ: parley.Assault, source: "North Korea", target: "United States", date: "2024-05-08"}}},
		{"base_named_by_an_apposition", "2024-05-10",
			"The Houthis fired drones at Camp Lemonnier in Djibouti, the largest American military base in Africa.",
			[]want{{typ: parley.Assault, source: "Houthis", target: "United States"}}},
		// A group met, then the people of it the text names.
		{"met_ministers_including_named_ones", "2024-06-26",
			"Blinken met Gulf foreign ministers in Riyadh on Monday, including Faisal bin Farhan and Mohammed bin Abdulrahman Al Thani.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Faisal bin Farhan", date: "2024-06-24"},
				{typ: parley.Consult, source: "Antony Blinken", target: "Mohammed bin Abdulrahman Al Thani", date: "2024-06-24"}}},
		{"met_leaders_among_them_named_ones", "2024-06-26",
			"Scholz flew to Kyiv on Monday and met Ukrainian leaders, among them the Prime Minister, Denys Shmyhal, and the Speaker of Parliament, Ruslan Stefanchuk.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Ruslan Stefanchuk", date: "2024-06-24"}}},
	}
	runEventCases(t, tests)
}

// TestRolesOfEventsNot checks readings an actor must not get.
func TestRolesOfEventsNot(t *testing.T) {
	tests := []notCase{
		// What the union "had" done is reported: it stays the union's.
		{"union_had_backed_stays_the_unions", "2024-03-10",
			"Ursula von der Leyen said the EU had backed Ukraine from the start.",
			want{typ: parley.Support, source: "Ursula von der Leyen", target: "Ukraine"}},
		{"un_chief_does_not_speak_for_the_eu", "2024-03-10",
			"Antonio Guterres said the European Union condemned the attack on Odesa.",
			want{typ: parley.Accuse, source: "António Guterres"}},
		{"no_meeting_of_a_state_with_the_other_minister", "2020-09-08",
			"China and India agreed to restore flights on Monday.\n\nThe foreign ministers of the two countries, Wang Yi and Subrahmanyam Jaishankar, will meet in Moscow on Thursday.",
			want{typ: parley.Consult, source: "China", target: "Subrahmanyam Jaishankar"}},
		{"one_minister_does_not_sign_with_the_others_state", "2024-05-10",
			"On Thursday, Chinese Foreign Minister Wang Yi met in Beijing with Indian Foreign Minister Subrahmanyam Jaishankar and Pakistani Foreign Minister Ishaq Dar.\n\nEarlier in the day, the two foreign ministers held talks in Beijing and signed a joint statement announcing the resumption of trade between India and Pakistan.",
			want{typ: parley.Agree, source: "Subrahmanyam Jaishankar", target: "Pakistan"}},
		{"met_and_agreed_to_stop_fighting_is_no_act_on_each_other", "2022-09-17",
			"Presidents Sadyr Japarov and Emomali Rahmon met on Friday in Samarkand and agreed to instruct their governments to withdraw troops and stop the fighting.",
			want{typ: parley.Retreat, source: "Emomali Rahmon", target: "Sadyr Japarov"}},
		{"host_of_a_deterrent_deployment_is_no_target", "2024-05-10",
			"Canada will deploy two warships to Latvia and Estonia to deter Russia.",
			want{typ: parley.Mobilize, source: "Canada", target: "Latvia"}},
		{"troops_moved_in_response_to_protests_face_no_crowd", "2024-05-10",
			"Russia moved troops into Crimea in response to the protests in Kyiv.",
			want{typ: parley.Mobilize, source: "Russia", target: "Ukrainian protesters"}},
		{"visit_for_talks_with_him_is_not_with_the_state", "2024-05-10",
			"Xi Jinping has invited foreign leaders to Beijing.\n\nScholz visited Beijing on Friday for talks with him.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "China"}},
		{"a_name_qualifying_the_thing_granted_is_no_target", "2024-05-10",
			"Ukraine was granted EU candidate status by the European Council in June 2022.",
			want{typ: parley.Support, source: "European Council", target: "European Union"}},
		{"the_clause_subject_is_not_in_the_meeting_that_dates_it", "2024-05-10",
			"Indonesian Foreign Minister Retno Marsudi flew to Canberra on Tuesday for talks with her Australian counterpart Penny Wong, a week after a tense meeting between Australian and Chinese officials in Beijing.",
			want{typ: parley.Consult, source: "Penny Wong", target: "China"}},
		{"host_of_an_attacked_base_is_no_target", "2024-05-10",
			"The Houthis fired drones at Camp Lemonnier in Djibouti, the largest American military base in Africa.",
			want{typ: parley.Assault, source: "Houthis", target: "Djibouti"}},
		{"an_apposition_without_a_state_keeps_the_base_state", "2024-05-10",
			"Russia fired missiles at a Ukrainian air base in Lviv, the largest base in the west of the country.",
			want{typ: parley.Assault, source: "Russia", target: "United States"}},
		{"a_group_with_named_members_is_not_the_bloc", "2024-06-26",
			"Blinken met Gulf foreign ministers in Riyadh on Monday, including Faisal bin Farhan and Mohammed bin Abdulrahman Al Thani.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Gulf Cooperation Council"}},
		// A subject before "talks with" a list meets each, not the list
		// among itself.
		{"subject_with_a_list_meets_each", "2024-05-10",
			"Kenya held talks with Uganda and Tanzania on Monday.",
			want{typ: parley.Consult, source: "Uganda", target: "Tanzania"}},
	}
	runNotCases(t, tests)
}

// TestRolesOfEventsEnvoyState checks that a role phrase before a comma at a
// paragraph's start keeps its possessive state ("Britain's envoy, Rob
// Macaire"), so the envoy is not taken for an official of the state the
// article is about.
func TestRolesOfEventsEnvoyState(t *testing.T) {
	tests := []struct{ name, text, person, country string }{
		{"possessive_state_opens_the_paragraph",
			"Iran has allowed the investigators to examine the site.\n\nCanada's envoy, Martin Leclerc, was detained by Iranian police on Saturday.",
			"Martin Leclerc", "CAN"},
		{"ambassador_opens_the_paragraph",
			"Iran has allowed the investigators to examine the site.\n\nNorway's ambassador, Kari Nordmann, was summoned by Iran's foreign ministry on Sunday.",
			"Kari Nordmann", "NOR"},
		// "representative for" names the posting, not the state served.
		{"special_representative_for_a_state",
			"Norway's special representative for Syria, Ola Hansen, held talks in Damascus on Monday.",
			"Ola Hansen", "NOR"},
		// An official who travels to the article's state is no official
		// of it.
		{"official_travelling_to_the_state_is_not_its_own",
			"Iran freed the tanker on Tuesday. Iran said the ship had polluted the Gulf.\n\nDeputy Foreign Minister Kim Sang-woo travelled to Tehran last month for talks with Abbas Araghchi.",
			"Kim Sang-woo", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, "2024-05-10")
			for _, ac := range a.Actors {
				if ac.Name == tt.person {
					if ac.Country != tt.country {
						t.Errorf("%s: country %q, want %q", tt.person, ac.Country, tt.country)
					}
					return
				}
			}
			t.Errorf("no actor %s", tt.person)
		})
	}
}
