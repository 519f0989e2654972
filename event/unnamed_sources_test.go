package event_test

import (
	"testing"

	"parley"
)

// TestUnnamedSources checks acts whose doer the sentence names only by a
// description or a pronoun standing for an actor named before.
func TestUnnamedSources(t *testing.T) {
	tests := []eventCase{
		// "the department", "the authority", "the service", "the office",
		// "the forum" acting: the body named before whose name holds the
		// noun.
		{"the_department_after_its_full_name", "2024-05-10",
			"The Department of Foreign Affairs summoned the Chinese ambassador on Monday. The Department also called on China to stop the harassment.",
			[]want{{typ: parley.Request, source: "Department of Foreign Affairs", target: "China"}}},
		{"the_authority_after_its_full_name", "2024-05-10",
			"Kenya's Independent Policing Oversight Authority opened an inquiry into the shooting on Monday. The authority later accused Uganda of obstructing the inquiry.",
			[]want{{typ: parley.Accuse, source: "Independent Policing Oversight Authority", target: "Uganda"}}},
		{"the_service_after_its_full_name", "2022-09-20",
			"Kyrgyzstan's Border Service said Tajik troops had opened fire near Batken. The service accused Tajikistan of violating the ceasefire.",
			[]want{{typ: parley.Accuse, source: "Border Service", target: "Tajikistan"}}},
		// A present tense tells a statement's own act: "It calls on …".
		{"it_calls_after_a_body_condemns", "2024-02-01",
			"The European Council strongly condemns Russia's war against Ukraine. It calls on Russia to withdraw all its troops.",
			[]want{{typ: parley.Request, source: "European Council", target: "Russia"}}},
		{"it_calls_after_a_paper_one_body_adopted", "2024-05-10",
			"The Council of Europe adopted a resolution on Friday. It calls on Azerbaijan to free the journalists.",
			[]want{{typ: parley.Request, source: "Council of Europe", target: "Azerbaijan"}}},
		{"the_department_welcomes", "2024-05-10",
			"The Department of Foreign Affairs lodged a protest on Monday. The Department welcomes the statements of support from Japan and Australia.",
			[]want{{typ: parley.Support, source: "Department of Foreign Affairs", target: "Japan"}}},
		// A bare "the foreign ministry" in a story no state leads is the
		// dateline's.
		{"bare_foreign_ministry_of_the_dateline", "2024-05-10",
			"HANOI, May 10 (Meridian Wire) - Vietnam said on Friday that Chinese boats had entered its waters. The foreign ministry summoned the Chinese ambassador to lodge a protest.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Vietnam", target: "China"}}},
		// "The Federal Chancellor": Germany's and Austria's own title for
		// the head of government named before.
		{"the_federal_chancellor_after_the_name", "2024-09-16",
			"German Chancellor Olaf Scholz arrived in Samarkand on Sunday. The Federal Chancellor thanked Uzbekistan for its hospitality.",
			[]want{{typ: parley.Support, source: "Olaf Scholz", target: "Uzbekistan"}}},
		{"the_federal_chancellor_of_austria", "2024-09-16",
			"Austrian Chancellor Karl Nehammer met Erdogan in Ankara on Monday. The Federal Chancellor urged Turkey to stop the smugglers.",
			[]want{{typ: parley.Request, source: "Karl Nehammer", target: "Turkey"}}},
		// "the Federal Government" in a story about one state is that state.
		{"the_federal_government_is_the_state", "2024-05-10",
			"Germany's foreign minister Annalena Baerbock said on Monday that Germany would not accept the killing in Berlin. The Federal Government expelled two Russian diplomats.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Russia"}}},
		// "The minister" after a sentence whose subject and whose partner
		// "with" both hold the title: the subject, who the text is about.
		{"the_minister_is_the_subject_not_the_partner", "2024-05-10",
			"Indian Foreign Minister S. Jaishankar held talks with Wang Yi in Beijing on Monday. The minister later met Sergei Lavrov.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Sergey Lavrov"}}},
		{"the_minister_then_travelled", "2024-05-10",
			"Indian Foreign Minister S. Jaishankar held talks with Wang Yi in Beijing on Monday. The minister then travelled to Moscow.",
			[]want{{typ: parley.Consult, source: "Subrahmanyam Jaishankar", target: "Russia"}}},
		// A fronted "Having …" clause has the main clause's subject.
		{"having_met_then_flew", "2024-05-10",
			"Having met Putin in Moscow, Orban flew to Beijing on Tuesday.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Vladimir Putin"}}},
		{"having_held_talks_then_criticised", "2024-05-10",
			"Having held talks with Putin in Moscow, Orban criticised the European Union.",
			[]want{{typ: parley.Consult, source: "Viktor Orbán", target: "Vladimir Putin"}, {typ: parley.Accuse, source: "Viktor Orbán", target: "European Union"}}},
		// A relative clause on a person: "X, who arrived in Y, …" is X's visit.
		{"who_arrived_in_a_capital", "2024-05-10",
			"Blinken, who arrived in Riyadh on Monday, urged Saudi Arabia to normalise ties with Israel.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Saudi Arabia", date: "2024-05-06"}}},
		// A state's pledge or stance whose speaker the sentence names after
		// it is the speaker's, as when named before it.
		{"stance_then_its_speaker", "2024-05-27",
			"The EU expects Moscow to return the buoys immediately, Borrell said.",
			[]want{{typ: parley.Request, source: "Josep Borrell", target: "Russia"}}},
		{"pledge_then_its_speaker", "2022-06-21",
			"Russia will respond to Lithuania's ban on rail transit, Nikolai Patrushev said on Tuesday.",
			[]want{{typ: parley.Threaten, source: "Nikolai Patrushev", target: "Lithuania"}}},
		// "a resolution demanding …" speaks for the body that passed it.
		{"resolution_of_an_assembly_demanding", "2022-03-05",
			"Kazakhstan abstained in the vote of the UN General Assembly on a resolution demanding that Russia withdraw its troops.",
			[]want{{typ: parley.Request, source: "United Nations General Assembly", target: "Russia"}}},
		// A body's members acting as it with no "the": "Alliance leaders
		// said …", "Allies also accused …", "Leaders insisted …".
		{"alliance_leaders_said", "2024-07-12",
			"NATO leaders met in Washington on Wednesday. Alliance leaders said Russia's aggressive actions were a threat to their security.",
			[]want{{typ: parley.Accuse, source: "North Atlantic Treaty Organization", target: "Russia"}}},
		{"allies_also_accused", "2024-07-12",
			"NATO leaders met in Washington on Wednesday. Allies also accused Russia of sabotage.",
			[]want{{typ: parley.Accuse, source: "North Atlantic Treaty Organization", target: "Russia"}}},
		{"leaders_insisted_after_a_body_named_by_them", "2023-08-12",
			"ECOWAS leaders met in Abuja on Thursday. Leaders insisted that the junta in Niger release Bazoum.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "National Council for the Safeguard of the Homeland"}}},
		// "the delegation" acting is the one who led the delegation told
		// before.
		{"the_delegation_met", "2019-06-08",
			"A Mexican delegation led by Foreign Minister Marcelo Ebrard arrived in Washington on Monday. On Wednesday, the delegation met Vice President Mike Pence.",
			[]want{{typ: parley.Consult, source: "Marcelo Ebrard", target: "Mike Pence", date: "2019-06-05"}}},
		{"the_delegation_was_led_by", "2019-06-08",
			"The Mexican delegation was led by Foreign Minister Marcelo Ebrard. On Wednesday, the delegation met Vice President Mike Pence.",
			[]want{{typ: parley.Consult, source: "Marcelo Ebrard", target: "Mike Pence"}}},
		// An acronym given to a body named in full names it later on.
		{"acronym_given_in_parentheses", "2023-07-13",
			"The Budget Monitoring Forum (FMO), a coalition of Mozambican civil society groups, campaigned for the extradition. The FMO welcomed South Africa's decision.",
			[]want{{typ: parley.Support, source: "Budget Monitoring Forum", target: "South Africa"}}},
	}
	runEventCases(t, tests)
}

// TestUnnamedSourcesRuledOut checks descriptions that stand for no body.
func TestUnnamedSourcesRuledOut(t *testing.T) {
	tests := []notCase{
		// "the authority to" is a power, not the body.
		{"authority_to_act_is_no_body", "2024-05-10",
			"Kenya's Independent Policing Oversight Authority opened an inquiry on Monday. The authority to expel two Ugandan diplomats lies with the foreign ministry.",
			want{typ: parley.Sanction, source: "Independent Policing Oversight Authority", target: "Uganda"}},
		// A service attended is no body.
		{"a_memorial_service_is_no_body", "2024-05-10",
			"The Secret Service arrested a man near the White House. Biden attended the service and praised Japan's prime minister.",
			want{typ: parley.Support, source: "United States Secret Service", target: "Fumio Kishida"}},
		// The noun with no body of its name named before stays unresolved.
		{"the_office_with_no_office_named", "2024-05-10",
			"Kenya's police arrested two men on Monday. The office also accused Uganda of harbouring them.",
			want{typ: parley.Accuse, target: "Uganda"}},
		// With no dateline either, the ministry stays no one's.
		{"bare_foreign_ministry_with_no_dateline", "2024-05-10",
			"Vietnam said on Friday that Chinese boats had entered its waters. The foreign ministry summoned the Chinese ambassador to lodge a protest.",
			want{typ: parley.Accuse, target: "China", source: "Ministry of Foreign Affairs of China"}},
		// A state's ministry does not act on its own state: the guess that
		// made it China's was wrong.
		{"a_ministry_does_not_act_on_its_own_state", "2024-05-10",
			"Vietnam and China traded charges over the fishing boats on Friday. The foreign ministry summoned the Chinese ambassador to lodge a protest.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "China"}},
		// "At the meeting" told before is that meeting, not a new one with
		// the state the subject then addressed.
		{"at_the_meeting_told_before", "2024-05-10",
			"Erdogan met Putin in Sochi on Monday. At the meeting, the Turkish president urged Russia to return to the grain deal.",
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Russia"}},
		{"the_minister_is_not_the_partner", "2024-05-10",
			"Indian Foreign Minister S. Jaishankar held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday. The minister later met Sergei Lavrov.",
			want{typ: parley.Consult, source: "Wang Yi", target: "Sergey Lavrov"}},
		// (Aid that arrived is no visit of the one who sent it.)
		{"aid_which_arrived_is_no_visit", "2024-05-10",
			"The aid convoy, which arrived in Gaza on Monday, was sent by Egypt.",
			want{typ: parley.Consult, source: "Egypt", target: "Palestine"}},
		// A deed told past stays the doer's: the speaker only reports it.
		{"deed_then_its_reporter", "2022-06-22",
			"Russia's foreign ministry summoned the EU ambassador on Tuesday, spokeswoman Maria Zakharova said.",
			want{typ: parley.Accuse, source: "Maria Zakharova", target: "European Union"}},
		// The terms of a pact bind the state, whoever tells them.
		{"terms_of_a_deal_then_a_speaker", "2019-10-18",
			"Under the deal, Turkey will support the Syrian opposition, Turkish Foreign Minister Mevlut Cavusoglu said.",
			want{typ: parley.Support, source: "Mevlüt Çavuşoğlu", target: "Syrian opposition"}},
		{"abstaining_on_a_resolution_is_no_demand", "2022-03-05",
			"Kazakhstan abstained in the vote of the UN General Assembly on a resolution demanding that Russia withdraw its troops.",
			want{typ: parley.Request, source: "Kazakhstan", target: "Russia"}},
		// "keep" before a gerund keeps no troops.
		{"keep_funding_is_no_mobilisation", "2019-12-05",
			"NATO also pledged to keep funding the Afghan security forces through 2020.",
			want{typ: parley.Mobilize}},
		// Two delegations led by two people: whose is unclear.
		{"the_delegation_of_two", "2019-06-08",
			"A Mexican delegation led by Marcelo Ebrard and an American delegation led by Mike Pompeo met in Washington. On Wednesday, the delegation met Mike Pence.",
			want{typ: parley.Consult, source: "Marcelo Ebrard", target: "Mike Pence"}},
		// ", and X has not …" opens a clause of its own: the refusal
		// before it is not aimed at X.
		{"refusal_before_and_x_has_not", "2025-04-10",
			"Bosnia's State Investigation and Protection Agency (SIPA) is the state police. Dodik has refused to answer the prosecutor's summons, and SIPA has not attempted to detain him.",
			want{typ: parley.Reject, source: "Milorad Dodik", target: "State Investigation and Protection Agency"}},
	}
	runNotCases(t, tests)
}
