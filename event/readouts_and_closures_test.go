package event_test

import (
	"context"
	"testing"
	"time"

	"parley"
	"parley/pipeline/pipelinetest"
)

// TestReadoutsAndClosures checks readings added in the twenty-seventh
// session, found by reading the team's own texts: each case names an
// event the text must yield and one it must not.
func TestReadoutsAndClosures(t *testing.T) {
	tests := []ruledOutCase{
		// A verb after "and" that would aim the reported clause's subject
		// at itself joins the speaking instead.
		{"second_verb_of_the_speaker", "2023-12-09",
			"China's ambassador Zhang Jun said Washington's veto sent a wrong message and accused the United States of double standards.",
			want{typ: parley.Accuse, source: "Zhang Jun", target: "United States"},
			want{typ: parley.Accuse, source: "United States"}},
		{"second_verb_of_the_reported_clause", "2023-12-09",
			"Zelensky said Russia struck Kharkiv overnight and attacked Ukraine's power grid.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, source: "Volodymyr Zelensky"}},
		// A date in a "since" clause bounds the time; it is not the act's.
		{"since_clause_is_no_date", "2023-05-12",
			"It was the first meeting between Saudi Arabia and Iran since fighting erupted in April.",
			want{typ: parley.Consult, source: "Saudi Arabia", target: "Iran", date: "-"},
			want{typ: parley.Consult, date: "2023-04"}},
		{"since_a_month_keeps_its_reading", "2023-05-12",
			"Saudi Arabia and Iran met on Monday for the first time since April.",
			want{typ: parley.Consult, source: "Saudi Arabia", target: "Iran", date: "2023-05-08"},
			want{}},
		// The one invited visits; an invitation accepted, actively or in
		// the passive, plans the visit and is an accord with the inviter.
		{"invited_visits_not_the_inviter", "2024-06-15",
			"Putin accepted Erdogan's invitation to visit Turkey.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", status: parley.Planned},
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan"}},
		{"invitation_accepted_in_the_passive", "2022-12-22",
			"Shavkat Mirziyoyev invited Kassym-Jomart Tokayev to pay a state visit to Uzbekistan at a convenient time. The invitation was accepted with gratitude.",
			want{typ: parley.Agree, source: "Kassym-Jomart Tokayev", target: "Shavkat Mirziyoyev"},
			want{}},
		{"accepted_invitation_plans_the_visit", "2022-12-22",
			"Shavkat Mirziyoyev invited Kassym-Jomart Tokayev to pay a state visit to Uzbekistan at a convenient time. The invitation was accepted with gratitude.",
			want{typ: parley.Consult, source: "Kassym-Jomart Tokayev", target: "Shavkat Mirziyoyev", status: parley.Planned},
			want{}},
		// Accepted with no object, in the invitation's own sentence.
		{"accepted_with_pleasure_in_the_same_sentence", "2025-03-14",
			"Putin invited Xi to pay a state visit to Russia, and the Chinese leader accepted with pleasure.",
			want{typ: parley.Agree, source: "Xi Jinping", target: "Vladimir Putin"},
			want{}},
		{"accepted_gladly", "2025-03-14",
			"Lula invited Modi to attend the summit in Belem, and Modi accepted gladly.",
			want{typ: parley.Agree, source: "Narendra Modi", target: "Luiz Inácio Lula da Silva"},
			want{}},
		{"invitation_alone_plans_nothing", "2022-12-22",
			"Shavkat Mirziyoyev invited Kassym-Jomart Tokayev to pay a state visit to Uzbekistan at a convenient time.",
			want{typ: parley.Request, source: "Shavkat Mirziyoyev", target: "Kassym-Jomart Tokayev"},
			want{typ: parley.Consult}},
		// The two sides are the parties, not the mediators who spoke.
		{"mediators_are_not_the_sides", "2023-05-12",
			"Representatives of Sudan's army and the paramilitary Rapid Support Forces signed a declaration in Jeddah on Thursday, Saudi and U.S. mediators said. It was the first direct meeting between the two sides since the war began.",
			want{typ: parley.Consult, source: "Sudanese Armed Forces", target: "Rapid Support Forces"},
			want{typ: parley.Consult, source: "Saudi Arabia"}},
		// Consulates closed by order or shut.
		{"closure_of_a_consulate_ordered", "2024-10-23",
			"Poland ordered the closure of Russia's consulate in Poznan on Tuesday.",
			want{typ: parley.Sanction, source: "Poland", target: "Russia", date: "2024-10-22"},
			want{typ: parley.Sanction, source: "Russia"}},
		{"consulate_shut_in_turn", "2024-10-23",
			"Russia in turn shut Poland's consulate in Smolensk.",
			want{typ: parley.Sanction, source: "Russia", target: "Poland"},
			want{typ: parley.Sanction, source: "Poland"}},
		{"closure_of_border_crossings", "2024-08-05",
			"Lithuania announced the closure of two border crossings with Belarus.",
			want{typ: parley.Sanction, source: "Lithuania", target: "Belarus"},
			want{}},
		// A country word on the help itself names its giver.
		{"help_named_by_its_giver_is_no_recipient", "2024-06-20",
			"Sri Lanka and India handed over 48 houses built with Indian assistance to families.",
			want{},
			want{typ: parley.Aid, target: "India"}},
		{"help_to_a_state_keeps_its_recipient", "2024-06-20",
			"Germany delivered US weapons to Ukraine.",
			want{typ: parley.Aid, source: "Germany", target: "Ukraine"},
			want{typ: parley.Aid, target: "United States"}},
		// A journey goes to a capital, however many other states the
		// story names.
		{"journey_to_capitals_of_states_named_nowhere_else", "2024-10-09",
			"Abbas Araghchi met Mohammed bin Salman in Riyadh on Wednesday.\n\nThe two sides discussed the war in Gaza and Lebanon.\n\nAraghchi will travel to Doha and Amman later this week.",
			want{typ: parley.Consult, source: "Abbas Araghchi", target: "Qatar", status: parley.Planned},
			want{}},
		// The closure of another state's consulates is aimed at it, not
		// at where they stand.
		{"closure_of_consulates_aims_at_their_owner", "2024-04-04",
			"Somalia ordered the closure of Ethiopia's consulates in Somaliland and Puntland.",
			want{typ: parley.Sanction, source: "Somalia", target: "Ethiopia"},
			want{typ: parley.Sanction, target: "Puntland"}},
		// A failure told of an unnamed one in a relative clause accuses
		// no one named.
		{"failure_of_an_unnamed_member", "2024-02-12",
			"Trump said at a rally on Saturday that he would encourage Russia to attack any NATO member that failed to pay its dues.",
			want{},
			want{typ: parley.Accuse, source: "Donald Trump", target: "Russia"}},
		{"failure_of_a_state_named", "2024-02-12",
			"Blinken said Russia had failed to honour the deal.",
			want{typ: parley.Accuse, source: "Antony Blinken", target: "Russia"},
			want{}},
		// A place in a clause of its own after "after" is that clause's.
		{"place_of_the_deed_after", "2025-04-24",
			"India expelled Pakistan's ambassador on Wednesday after gunmen killed 26 tourists in Pahalgam.",
			want{typ: parley.Sanction, source: "India", target: "Pakistan", place: "-"},
			want{typ: parley.Sanction, place: "Pahalgam"}},
		// "during" is no participle of an absolute clause after "with".
		{"partner_before_during", "2023-07-11",
			"Manasseh Sogavare signed an agreement with China during a visit to Beijing on Monday.",
			want{typ: parley.Agree, source: "Manasseh Sogavare", target: "China", date: "2023-07-10"},
			want{}},
		// "The two sides" after two people of two states in the sentence
		// are their states, not a pair some verb acted on before.
		{"two_sides_of_the_two_people_in_the_sentence", "2023-07-11",
			"Manasseh Sogavare signed a policing pact with China on Monday, deepening ties that have worried Canberra and Washington. Chinese Premier Li Qiang hosted Sogavare at the Great Hall of the People, where the two sides also signed agreements on trade.",
			want{typ: parley.Agree, source: "China", target: "Solomon Islands"},
			want{typ: parley.Agree, source: "Australia"}},
		// A participle after a clause that opens with no actor is the
		// deed of the subject of the clause the comma closes.
		{"participle_of_the_clause_the_comma_closes", "2024-01-04",
			"The swap came days after Russia launched its biggest air attack of the war, firing 122 missiles and dozens of drones at Ukrainian cities on Dec. 29.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2023-12-29"},
			want{}},
		// "X, supported by Y": Y backs X.
		{"backer_after_by_in_a_reduced_passive", "2025-01-27",
			"The European Union condemns the offensive by the M23 armed group, supported by the Rwandan Defence Force, on the city of Goma.",
			want{typ: parley.Support, source: "Rwanda", target: "M23"},
			want{typ: parley.Support, source: "M23"}},
		// Talks that "would not take place" are not held.
		{"talks_that_would_not_take_place", "2025-06-14",
			"Oman's foreign minister said the sixth round of talks between Iran and the United States, planned for Sunday in Muscat, would not take place.",
			want{typ: parley.Consult, source: "Iran", target: "United States", status: parley.Negated},
			want{typ: parley.Consult, status: parley.Planned}},
		// Talks named only as where an accord was reached are the
		// accord's parties'.
		{"talks_the_accord_came_during", "2025-03-22",
			"Japanese Foreign Minister Takeshi Iwaya and his Chinese counterpart Wang Yi agreed on Saturday to hold a high-level economic dialogue. The agreement came during talks in Tokyo.",
			want{typ: parley.Consult, source: "Takeshi Iwaya", target: "Wang Yi", status: parley.Occurred, date: "2025-03-22", place: "Tokyo"},
			want{}},
		// The day of the deciding is not the day of what was decided.
		{"meeting_agreed_for_next_month", "2024-06-15",
			"Iwaya and Wang Yi agreed on Saturday to meet again next month.",
			want{typ: parley.Consult, source: "Takeshi Iwaya", target: "Wang Yi", status: parley.Planned, date: "2024-07"},
			want{typ: parley.Consult, status: parley.Planned, date: "2024-06-15"}},
		{"dialogue_agreed_on_a_day_has_none", "2024-06-15",
			"Iwaya and Wang Yi agreed on Saturday to hold a high-level economic dialogue.",
			want{typ: parley.Consult, source: "Takeshi Iwaya", target: "Wang Yi", status: parley.Planned, date: "-"},
			want{typ: parley.Consult, status: parley.Planned, date: "2024-06-15"}},
		{"schedule_day_is_the_visits", "2024-06-15",
			"Xi is due on Monday to visit Paris.",
			want{typ: parley.Consult, source: "Xi Jinping", target: "France", status: parley.Planned, date: "2024-06-17"},
			want{}},
		// A month's abbreviation does not end the aside on the subject,
		// whose future is its own.
		{"aside_with_an_abbreviated_month", "2024-06-04",
			"Outgoing President Andrés Manuel López Obrador, who will hand over power on Oct. 1, met Claudia Sheinbaum on Monday evening.",
			want{typ: parley.Consult, source: "Andrés Manuel López Obrador", target: "Claudia Sheinbaum", status: parley.Occurred, date: "2024-06-03"},
			want{typ: parley.Consult, status: parley.Planned}},
		// Congratulations sent without a name go to the one congratulated
		// just before.
		{"congratulations_sent_also", "2024-06-04",
			"Leaders congratulated Claudia Sheinbaum on Monday after she won the election. Justin Trudeau and Luiz Inácio Lula da Silva also sent their congratulations.",
			want{typ: parley.Support, source: "Justin Trudeau", target: "Claudia Sheinbaum"},
			want{}},
		{"congratulatory_message", "2024-06-04",
			"Leaders congratulated Claudia Sheinbaum on Monday after she won the election. Chinese President Xi Jinping sent a congratulatory message, state media said.",
			want{typ: parley.Support, source: "Xi Jinping", target: "Claudia Sheinbaum"},
			want{}},
		// An arms sale approved is help to its buyer; opposing "the sale"
		// told before is aimed at whoever approved it.
		{"arms_sale_approved", "2024-10-26",
			"The U.S. State Department on Friday approved the possible sale to Taiwan of advanced surface-to-air missile systems worth nearly $2 billion.",
			want{typ: parley.Aid, source: "United States Department of State", target: "Taiwan", date: "2024-10-25"},
			want{}},
		{"company_sale_approved_is_no_aid", "2024-10-26",
			"Regulators approved the sale of the company to a Chinese firm.",
			want{},
			want{typ: parley.Aid}},
		{"sale_opposed", "2024-10-26",
			"The U.S. State Department on Friday approved the possible sale to Taiwan of missile systems.\n\nChina's foreign ministry said it firmly opposed the sale and would take resolute countermeasures.",
			want{typ: parley.Reject, source: "Ministry of Foreign Affairs of China", target: "United States Department of State"},
			want{}},
		// Ties mended are an accord.
		{"ties_mended", "2024-06-15",
			"Ankara and Cairo mended ties last year.",
			want{typ: parley.Agree, source: "Turkey", target: "Egypt"},
			want{}},
		// A sum of money is help.
		{"billions_in_aid_provided", "2024-07-10",
			"NATO will provide Ukraine with at least 40 billion euros in military aid next year.",
			want{typ: parley.Aid, source: "North Atlantic Treaty Organization", target: "Ukraine", status: parley.Planned},
			want{}},
		{"a_fine_is_no_aid", "2024-03-05",
			"The European Commission fined Apple 1.8 billion euros.",
			want{},
			want{typ: parley.Aid}},
		// "The summit" dismissed is the body's whose summit the text named,
		// not the last meeting told.
		{"summit_dismissed_is_the_bodys", "2024-07-10",
			"Zelensky spoke on the sidelines of the NATO summit in Washington on Wednesday. Viktor Orban, who visited Moscow last week, struck a different tone. Kremlin spokesman Dmitry Peskov dismissed the summit as a war council.",
			want{typ: parley.Reject, source: "Dmitry Peskov", target: "North Atlantic Treaty Organization"},
			want{typ: parley.Reject, target: "Viktor Orbán"}},
		// A relative clause on the place visited has its own actors and
		// its own day.
		{"visit_before_where_clause", "2023-11-03",
			"Blinken met Netanyahu in Tel Aviv on Friday. Blinken later travelled to Amman, where he will meet Arab foreign ministers on Saturday.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Jordan", status: parley.Occurred, date: "2023-11-03", place: "Amman"},
			want{typ: parley.Consult, target: "Jordan", date: "2023-11-04"}},
		// "Attended the talks": the talks told by that noun, not whatever
		// meeting was told last.
		{"talks_attended_are_the_talks_named", "2024-08-25",
			"Mediators from Egypt and Qatar held talks with an Israeli delegation in Cairo on Sunday. A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Saturday but did not take part directly. CIA Director William Burns attended the talks.",
			want{typ: parley.Consult, source: "William Burns", target: "Egypt"},
			want{typ: parley.Consult, source: "William Burns", target: "Khalil al-Hayya"}},
		// No intention to harm is a reassurance; no intention to meet, a
		// refusal.
		{"no_intention_of_harming", "2024-12-12",
			"Abiy said Ethiopia sought only access to the sea and had no intention of harming Somalia's sovereignty.",
			want{},
			want{typ: parley.Reject}},
		{"no_intention_of_meeting", "2024-12-12",
			"Putin said he had no intention of meeting Zelensky.",
			want{typ: parley.Reject, source: "Vladimir Putin", target: "Volodymyr Zelensky"},
			want{}},
		// A former leader named in the sentence is no host of a visit.
		{"former_leader_is_no_host", "2025-02-02",
			"Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus last month and called for an end to sanctions imposed on Syria under Bashar al-Assad.",
			want{typ: parley.Consult, source: "Faisal bin Farhan", target: "Syria", place: "Damascus"},
			want{typ: parley.Consult, target: "Bashar al-Assad"}},
		// What "Western countries" are asked to do is not done by the one
		// who asks.
		{"act_asked_of_western_countries", "2025-02-02",
			"Faisal bin Farhan called on Western countries to ease sanctions imposed on Syria.",
			want{},
			want{typ: parley.Concede}},
		// A clause after ", while" keeps its own status.
		{"while_clause_after_a_condition", "2024-11-22",
			"The Netherlands said it would act on the warrants if Netanyahu entered Dutch territory, while Hungary invited Netanyahu to visit Budapest in defiance of the court.",
			want{typ: parley.Request, source: "Hungary", target: "Benjamin Netanyahu", status: parley.Occurred},
			want{typ: parley.Request, status: parley.Hypothetical}},
		// A call answered is an appeal, not a phone call.
		{"call_answered_is_an_appeal", "2023-10-03",
			"The U.N. Security Council on Monday authorised a Kenyan-led force. Haiti's Prime Minister Ariel Henry thanked Kenya and the council for answering the country's call.",
			want{typ: parley.Support, source: "Ariel Henry", target: "Kenya"},
			want{typ: parley.Consult}},
		{"call_held_is_a_call", "2023-10-03",
			"Xi Jinping and Joe Biden held a call on Monday.",
			want{typ: parley.Consult, source: "Xi Jinping", target: "Joe Biden", medium: parley.Phone, date: "2023-10-02"},
			want{}},
		// A person named after a body and a title is the one met.
		{"meeting_a_party_chief_after", "2024-01-30",
			"Marcos will fly home on Wednesday after meeting Communist Party chief Nguyen Phu Trong.",
			want{typ: parley.Consult, source: "Ferdinand Marcos Jr.", target: "Nguyễn Phú Trọng"},
			want{typ: parley.Consult, target: "Communist Party of China"}},
		// A place after what an accord is about is no place of the accord.
		{"place_of_the_incidents_prevented", "2024-01-30",
			"Vietnam and the Philippines signed agreements on Tuesday to prevent incidents in the South China Sea.",
			want{typ: parley.Agree, source: "Vietnam", target: "Philippines", place: "-"},
			want{}},
		// A participle after "since" bounds a trip without dating it.
		{"since_returning_to_power", "2023-04-14",
			"Lula, on his first trip to China since returning to power in January, said no one would prohibit Brazil from improving its relationship with China.",
			want{},
			want{typ: parley.Consult, date: "2023-01"}},
		// The pair's act after ", and" has the day of the sentence's
		// meeting, however many days the story gives the pair.
		{"pair_after_and_takes_the_meetings_day", "2023-04-14",
			"Lula held talks with Xi Jinping in Beijing on Friday, and the two sides signed 15 agreements covering trade. Lula visited a research centre in Shanghai on Thursday.",
			want{typ: parley.Agree, source: "Brazil", target: "China", date: "2023-04-14"},
			want{}},
		// A duty an accord lays on a side is still to be done.
		{"accord_requires_a_withdrawal", "2024-06-15",
			"The agreement requires Russia to withdraw its forces from Moldova.",
			want{typ: parley.Retreat, source: "Russia", target: "Moldova", status: parley.Planned},
			want{typ: parley.Retreat, status: parley.Occurred}},
		// "The two countries" after a pair told as the matter of a third
		// party's efforts are the story's pair.
		{"two_countries_not_the_pair_sought_peace_for", "2023-12-18",
			"President Recep Tayyip Erdogan received Prime Minister of Hungary Viktor Orban in Ankara on Monday. Erdogan thanked Hungary for its support. Erdogan said that Turkey would continue its efforts for a lasting peace between Russia and Ukraine. During the visit, ministers of the two countries signed 16 agreements.",
			want{typ: parley.Agree, source: "Turkey", target: "Hungary"},
			want{typ: parley.Agree, source: "Russia"}},
		// A deed told after one dated "earlier in the week" is not of the
		// day of the lead's talks.
		{"retaliation_after_strikes_earlier_in_the_week", "2025-10-19",
			"Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday after talks in Doha. Pakistan had carried out air strikes on Kabul earlier in the week. The Taliban retaliated by attacking Pakistani border posts.",
			want{typ: parley.Assault, source: "Taliban", target: "Pakistan", date: "-"},
			want{typ: parley.Assault, source: "Taliban", date: "2025-10-19"}},
	}
	runRuledOut(t, tests)
}

// TestCallFromHeadline checks that a readout's headline naming a call
// gives the way of the talk its lead tells without one, and nothing else.
func TestCallFromHeadline(t *testing.T) {
	tests := []struct {
		name, title, text string
		medium            parley.Medium
	}{
		{"call_with_in_a_readout_title", "Readout of President Biden's Call with Prime Minister Netanyahu of Israel",
			"President Joe Biden spoke today with Prime Minister Benjamin Netanyahu of Israel. The two leaders discussed the situation in Gaza.", parley.Phone},
		{"telephone_conversation_title", "Telephone conversation with President of Turkey",
			"Vladimir Putin spoke with Recep Tayyip Erdogan about the situation in the Middle East.", parley.Phone},
		{"video_call_title", "Leaders hold video call",
			"Xi Jinping spoke with Vladimir Putin about trade.", parley.Virtual},
		{"a_call_for_talks_is_no_call", "Zelensky rejects Putin's call for talks",
			"Xi Jinping spoke with Vladimir Putin about trade.", ""},
		{"a_meeting_keeps_its_way", "Readout of President Biden's Call with Prime Minister Netanyahu of Israel",
			"President Joe Biden met Prime Minister Benjamin Netanyahu of Israel in Tel Aviv.", parley.InPerson},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := parley.Article{Title: tt.title, Text: tt.text, Published: time.Date(2024, 4, 4, 0, 0, 0, 0, time.UTC),
				PublishedSource: parley.DateFromUser, Paragraphs: []parley.Span{{Start: 0, End: len(tt.text)}}}
			a, err := pipelinetest.Pipeline(t).AnalyzeArticle(context.Background(), art)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range a.Events {
				if e.Type == parley.Consult {
					if e.Medium != tt.medium {
						t.Errorf("medium %q, want %q in %s", e.Medium, tt.medium, describe(a.Events))
					}
					return
				}
			}
			t.Errorf("no meeting in %s", describe(a.Events))
		})
	}
}
