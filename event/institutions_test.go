package event_test

import (
	"testing"

	"parley"
)

// TestInstitutionActs checks acts of courts, parliaments, councils and
// blocs: each case names the events the text must yield (nil: none).
func TestInstitutionActs(t *testing.T) {
	tests := []eventCase{
		// A conviction told in the passive, the court as its agent.
		{"sentenced_by_a_court_in_the_passive", "2024-05-10",
			"Demirtas was sentenced to four years in prison by a Turkish court on Thursday.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Turkey", target: "Selahattin Demirtaş", date: "2024-05-09"}}},
		{"convicted_by_a_court_in_a_relative_clause", "2024-05-10",
			"Evan Gershkovich, who was convicted by a Russian court last year, was freed in a swap.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Russia", target: "Evan Gershkovich"}}},
		// "found X guilty": a verdict.
		{"court_found_a_journalist_guilty", "2024-05-10",
			"A Russian court on Friday found Evan Gershkovich guilty of espionage.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Russia", target: "Evan Gershkovich", date: "2024-05-10"}}},
		{"found_guilty_by_a_court", "2024-05-10",
			"Paul Rusesabagina was found guilty of terrorism by a Rwandan court.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Rwanda", target: "Paul Rusesabagina"}}},
		{"found_guilty_without_a_court_is_a_jibe", "2024-05-10",
			"Putin found Macron guilty of naivety, he joked.", nil},
		{"sentenced_without_an_agent_names_no_court", "2024-05-10",
			"Khan was sentenced to 14 years on Friday.", nil},
		// A verdict upheld on appeal.
		{"court_upheld_a_conviction", "2024-05-10",
			"Senegal's Supreme Court upheld the conviction of Ousmane Sonko on Thursday.",
			[]want{{typ: parley.Sanction, source: "Supreme Court of Senegal", target: "Ousmane Sonko", date: "2024-05-09"}}},
		{"court_upheld_a_sentence_against", "2024-05-10",
			"Russia's Supreme Court upheld the sentence against Alexei Navalny.",
			[]want{{typ: parley.Sanction, source: "Supreme Court of Russia", target: "Alexei Navalny"}}},
		{"court_upheld_a_leaders_sentence", "2024-05-10",
			"A Moscow court upheld Navalny's sentence on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Russia", target: "Alexei Navalny", date: "2024-05-07"}}},
		{"upheld_without_a_court_is_none", "2024-05-10",
			"Putin upheld Russia's sentence.", nil},
		// A court undoing another's measure: aimed at its author.
		{"court_struck_down_a_law_passed_by_parliament", "2024-05-10",
			"Israel's Supreme Court struck down the law passed by the Knesset.",
			[]want{{typ: parley.Sanction, source: "Supreme Court of Israel", target: "Knesset"}}},
		{"council_annulled_a_decree_by_the_president", "2024-05-10",
			"The Constitutional Council of Senegal annulled a decree by Macky Sall on Thursday.",
			[]want{{typ: parley.Sanction, source: "Constitutional Council of Senegal", target: "Macky Sall", date: "2024-05-09"}}},
		{"court_suspended_a_decree_issued_by_a_president", "2024-05-10",
			"Brazil's Supreme Court suspended the decree issued by Jair Bolsonaro.",
			[]want{{typ: parley.Sanction, source: "Supreme Federal Court", target: "Jair Bolsonaro"}}},
		{"court_overturned_the_decision_of_a_commission", "2024-05-10",
			"Pakistan's Supreme Court overturned the decision of the Election Commission.",
			[]want{{typ: parley.Sanction, source: "Supreme Court of Pakistan", target: "Election Commission"}}},
		{"ruled_contrary_to_the_constitution", "2024-05-10",
			"The Supreme Court of Pakistan ruled on Monday that the law passed by parliament was contrary to the constitution.",
			[]want{{typ: parley.Sanction, source: "Supreme Court of Pakistan", target: "Pakistan", date: "2024-05-06"}}},
		// The same in the passive: the measure is the subject.
		{"law_struck_down_by_a_court_in_the_passive", "2024-05-10",
			"The bill passed by the Knesset was struck down by Israel's Supreme Court.",
			[]want{{typ: parley.Sanction, source: "Supreme Court of Israel", target: "Knesset"}}},
		{"decree_annulled_by_a_council_in_the_passive", "2024-05-10",
			"Macky Sall's decree was annulled by the Constitutional Council of Senegal on Thursday.",
			[]want{{typ: parley.Sanction, source: "Constitutional Council of Senegal", target: "Macky Sall", date: "2024-05-09"}}},
		// One court's ruling undone by a higher one; a road blocked; a
		// government undoing its own ban: no verdict on another.
		{"court_set_aside_a_lower_courts_decision", "2024-05-10",
			"In a 6-3 ruling, the US Supreme Court on Monday set aside the decision of the Colorado Supreme Court.", nil},
		{"police_blocked_a_road", "2024-05-10",
			"Police blocked the road to parliament.", nil},
		// A legislature unseating a leader, active and passive.
		{"congress_removed_a_president_from_office", "2024-05-10",
			"Peru's Congress removed President Dina Boluarte from office on Thursday.",
			[]want{{typ: parley.Sanction, source: "Congress of the Republic of Peru", target: "Dina Boluarte", date: "2024-05-09"}}},
		{"assembly_voted_to_impeach_a_president", "2024-05-10",
			"South Korea's National Assembly voted to impeach President Yoon Suk Yeol on Saturday.",
			[]want{{typ: parley.Sanction, source: "National Assembly of South Korea", target: "Yoon Suk Yeol", date: "2024-05-04"}}},
		{"removed_by_congress_in_the_passive", "2024-05-10",
			"Pedro Castillo was removed by Congress on Dec. 7.",
			[]want{{typ: parley.Sanction, source: "Congress of the Republic of Peru", target: "Pedro Castillo"}}},
		{"parliament_voted_to_remove_a_prime_minister", "2024-05-10",
			"Parliament voted to remove Prime Minister Imran Khan in a no-confidence vote.",
			[]want{{typ: parley.Sanction, source: "National Assembly of Pakistan", target: "Imran Khan"}}},
		{"a_president_removing_his_own_official_is_none", "2024-05-10",
			"Trump removed James Comey as FBI director.", nil},
		// A body putting out a member.
		{"council_expelled_a_member_state", "2024-05-10",
			"The Council of Europe expelled Russia on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Council of Europe", target: "Russia", date: "2024-05-08"}}},
		{"expelled_from_a_body_in_the_passive", "2024-05-10",
			"Russia was expelled from the Council of Europe.",
			[]want{{typ: parley.Sanction, source: "Council of Europe", target: "Russia"}}},
		{"a_party_expelling_its_member_is_none", "2024-05-10",
			"The ruling party expelled Jacob Zuma from the ANC.", nil},
		// Immunity taken away.
		{"voted_to_strip_a_leader_of_immunity", "2024-05-10",
			"Lawmakers in Banja Luka voted to strip Milorad Dodik of his immunity.",
			[]want{{typ: parley.Coerce, target: "Milorad Dodik", source: "Bosnian lawmakers"}}},
		{"parliament_lifted_the_immunity_of_a_deputy", "2024-05-10",
			"Turkey's parliament lifted the immunity of Selahattin Demirtas in 2016.",
			[]want{{typ: parley.Coerce, source: "Grand National Assembly of Turkey", target: "Selahattin Demirtaş"}}},
		{"junta_stripped_an_ambassador_of_immunity", "2024-05-10",
			"Niger's junta stripped the French ambassador of his diplomatic immunity.",
			[]want{{typ: parley.Coerce, source: "National Council for the Safeguard of the Homeland", target: "France"}}},
		// Membership or a standing granted, told in the passive: by the
		// body named with it.
		{"admitted_as_a_member_of_a_bloc", "2024-05-10",
			"Timor-Leste was admitted as a member of ASEAN on Sunday.",
			[]want{{typ: parley.Support, source: "Association of Southeast Asian Nations", target: "Timor-Leste", date: "2024-05-05"}}},
		{"admitted_as_the_organisations_member", "2023-07-05",
			"Leaders of the Shanghai Cooperation Organisation met online on Tuesday. Iran was admitted as the organisation's ninth full member.",
			[]want{{typ: parley.Support, source: "Shanghai Cooperation Organisation", target: "Iran"}}},
		{"granted_a_blocs_candidate_status", "2023-05-10",
			"Moldova, a former Soviet republic wedged between Ukraine and Romania, was granted EU candidate status last June alongside Ukraine.",
			[]want{{typ: parley.Support, source: "European Union", target: "Moldova", date: "2022-06"}}},
		{"granted_membership_of_an_alliance", "2024-05-10",
			"Finland was granted NATO membership in April.",
			[]want{{typ: parley.Support, source: "North Atlantic Treaty Organization", target: "Finland", date: "2024-04"}}},
		{"admitted_to_hospital_is_none", "2024-05-10",
			"Two Iranian officials were admitted to hospital.", nil},
		// A mission authorised: backing for whoever leads or sends it.
		{"council_authorised_a_mission_led_by_a_state", "2024-05-10",
			"The UN Security Council on Monday authorised a multinational police mission led by Kenya to help Haiti's national police fight the gangs.",
			[]want{{typ: parley.Support, source: "United Nations Security Council", target: "Kenya", date: "2024-05-06"}}},
		{"council_approved_a_kenyan_led_force", "2024-05-10",
			"The Security Council approved the deployment of a Kenyan-led force to Haiti.",
			[]want{{typ: parley.Support, source: "United Nations Security Council", target: "Kenya"}}},
		{"union_endorsed_the_deployment_of_troops", "2024-05-10",
			"The African Union endorsed the deployment of Rwandan troops to Mozambique.",
			[]want{{typ: parley.Support, source: "African Union", target: "Rwanda"}}},
		{"parliament_approved_the_budget_is_none", "2024-05-10",
			"Parliament approved the budget.", nil},
		// A victory certified.
		{"tribunal_certified_a_presidents_victory", "2024-08-25",
			"Venezuela's Supreme Tribunal of Justice certified Maduro's victory on Thursday.",
			[]want{{typ: parley.Support, source: "Supreme Tribunal of Justice", target: "Nicolás Maduro", date: "2024-08-22"}}},
		// A proposal blocked: rejected to whoever proposed it, the bloc
		// named around it when no one else is.
		{"blocked_proposals_at_bloc_level", "2024-05-10",
			"At EU level, Hungary and Slovakia blocked proposals for bloc-wide sanctions on Georgian officials in December.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Union", date: "2023-12"},
				{typ: parley.Reject, source: "Slovakia", target: "European Union", date: "2023-12"}}},
		{"blocked_a_proposal_within_an_alliance", "2024-05-10",
			"Within NATO, Turkey blocked the proposal.",
			[]want{{typ: parley.Reject, source: "Turkey", target: "North Atlantic Treaty Organization"}}},
		// A court ruling that another must act: an order.
		{"court_ruled_that_a_state_must_halt", "2024-05-27",
			"The International Court of Justice ruled on Friday that Israel must halt its offensive in Rafah.",
			[]want{{typ: parley.Request, source: "International Court of Justice", target: "Israel", date: "2024-05-24"}}},
		{"court_ruled_that_the_government_had_to_consult", "2024-05-10",
			"Kenya's High Court ruled that the government had to consult parliament.",
			[]want{{typ: parley.Request, source: "High Court of Kenya", target: "Kenya"}}},
		{"a_leader_ruling_is_no_court_order", "2024-05-10",
			"Putin ruled that Russia must win.", nil},
	}
	runEventCases(t, tests)
	runRuledOut(t, []ruledOutCase{
		// What a veto stopped did not happen.
		{"vetoed_sanctions_are_not_imposed", "2024-05-10",
			"Hungary vetoed new EU sanctions on Russia.",
			want{typ: parley.Reject, source: "Hungary", target: "European Union"},
			want{typ: parley.Sanction}},
		{"blocked_package_of_sanctions_is_not_imposed", "2024-05-10",
			"Hungary on Monday blocked a new package of EU sanctions against Russia.",
			want{typ: parley.Reject, source: "Hungary", target: "European Union", date: "2024-05-06"},
			want{typ: parley.Sanction}},
		{"a_blocked_proposal_is_no_aid_sent", "2024-05-10",
			"Hungary blocked the EU's proposal to send more weapons to Ukraine.",
			want{typ: parley.Reject, source: "Hungary", target: "European Union"},
			want{typ: parley.Aid}},
	})
	runNotCases(t, []notCase{
		{"struck_down_by_a_court_is_no_blow", "2024-05-10",
			"The bill passed by the Knesset was struck down by Israel's Supreme Court.", want{typ: parley.Assault}},
		{"blocked_aid_is_no_aid", "2024-05-10",
			"Israel blocked aid to Gaza.", want{typ: parley.Aid}},
		{"government_overturned_a_ban_is_no_verdict", "2024-05-10",
			"The new government overturned the ban on the opposition party imposed by Sheikh Hasina.",
			want{typ: parley.Sanction, source: "Government of Bangladesh"}},
		{"a_bloc_blocking_a_proposal_is_no_verdict", "2024-05-10",
			"Hungary blocked the EU's proposal to send more weapons to Ukraine.",
			want{typ: parley.Sanction}},
	})
}

// TestLegislatorsAsTheirLegislature covers a legislature's members named
// bare, acting or acted on together: they are the legislature ("asked
// legislators to amend it", "the legislators turned down the request"),
// while some of them, sorted or counted, stay a group.
func TestLegislatorsAsTheirLegislature(t *testing.T) {
	runEventCases(t, []eventCase{
		{"asked_legislators", "2023-04-21",
			"President Yoweri Museveni sent the bill back and asked legislators to amend it.",
			[]want{{typ: parley.Request, source: "Yoweri Museveni", target: "Parliament of Uganda"}}},
		{"the_legislators_refused", "2015-04-11",
			"Pakistan's parliament debated Saudi Arabia's request for troops for days. In the end the legislators turned down Riyadh's request.",
			[]want{{typ: parley.Reject, source: "National Assembly of Pakistan", target: "Saudi Arabia"}}},
		{"senators_are_the_senate", "2018-12-14",
			"Washington's Senate rebuked President Donald Trump on Thursday. Senators also passed a resolution holding Saudi Crown Prince Mohammed bin Salman responsible for the killing.",
			[]want{{typ: parley.Accuse, source: "United States Senate", target: "Mohammed bin Salman"}}},
		{"mps_asked", "2020-12-29",
			"Parliament will be recalled on Wednesday, when Prime Minister Boris Johnson will ask MPs to approve the trade deal.",
			[]want{{typ: parley.Request, source: "Boris Johnson", target: "Parliament of the United Kingdom"}}},
		{"opposition_lawmakers_stay_a_group", "2023-03-21",
			"Opposition lawmakers accused President William Ruto of lying.",
			[]want{{typ: parley.Accuse, source: "Kenyan opposition lawmakers", target: "William Ruto"}}},
	})
}

// TestVetoedBills covers a head of state's veto of a bill whose author the
// sentence leaves out: the legislature of that state the article names
// passed it, at lower confidence as a target the discourse gives.
func TestVetoedBills(t *testing.T) {
	runEventCases(t, []eventCase{
		{"vetoed_the_bill", "2024-05-29",
			"Georgia's parliament on Tuesday overrode President Salome Zourabichvili's veto of the media law.\n\nThousands of protesters gathered outside the building in Tbilisi.\n\nZourabichvili had vetoed the bill on May 18, calling it a copy of a Russian law.",
			[]want{{typ: parley.Reject, source: "Salome Zourabichvili", target: "Parliament of Georgia", date: "2024-05-18"}}},
	})
	runNotCases(t, []notCase{
		{"no_legislature_named", "2024-05-29",
			"President Salome Zourabichvili had vetoed the bill on May 18, calling it a copy of a Russian law.",
			want{typ: parley.Reject, source: "Salome Zourabichvili"}},
	})
}

// TestBodiesNamedWithTheirArticle checks bodies whose name carries its
// "the" ("the Commonwealth", "the Commission", "the Taliban"): a member
// leaving one still leaves a body of states, one charged is still named
// right after the verb, and the one asked after a fronted request is
// still the subject after the comma.
func TestBodiesNamedWithTheirArticle(t *testing.T) {
	runEventCases(t, []eventCase{
		{"leaving_the_commonwealth", "2016-10-14",
			"The Maldives said on Thursday it was leaving the Commonwealth, accusing it of unjust treatment.",
			[]want{{typ: parley.Sanction, source: "Maldives", target: "Commonwealth of Nations"}}},
		{"charged_the_taliban", "2023-09-16",
			"Pakistan charged the Taliban on Monday over the bombing.",
			[]want{{typ: parley.Accuse, source: "Pakistan", target: "Taliban"}}},
		{"despite_demands_the_commission", "2023-09-16",
			"The European Commission imposed the ban in May. Despite Warsaw's demands for an extension, the Commission let the ban lapse on Friday.",
			[]want{{typ: parley.Request, source: "Poland", target: "European Commission"}}},
	})
}
