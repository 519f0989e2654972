package event_test

import (
	"testing"

	"parley"
)

// TestBodiesOwnedByAGovernment checks a state's body named through the
// state's government ("the Russian government's Foreign Ministry"): it is
// that state's body, not an unknown organisation.
func TestBodiesOwnedByAGovernment(t *testing.T) {
	runEventCases(t, []eventCase{
		{"government_known_by_name", "2024-11-20",
			"The Russian government's Foreign Ministry condemned Ukraine on Monday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Russia", target: "Ukraine", date: "2024-11-18"}}},
		{"government_of_an_adjective", "2024-11-20",
			"The Kenyan government's foreign ministry condemned Uganda on Monday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Kenya", target: "Uganda", date: "2024-11-18"}}},
		{"defence_ministry_of_a_government", "2024-11-20",
			"The Iranian government's defence ministry accused Israel of an attack on its bases.",
			[]want{{typ: parley.Accuse, source: "Ministry of Defence of Iran", target: "Israel"}}},
	})
}

// TestOppositionSupporters checks the crowds of an opposition that news
// leaves unnamed: they are the state's own people, placed by the city.
func TestOppositionSupporters(t *testing.T) {
	runEventCases(t, []eventCase{
		{"supporters_took_to_the_streets_to_protest", "2024-11-20",
			"Thousands of opposition supporters took to the streets of Dakar on Sunday to protest against President Macky Sall.",
			[]want{{typ: parley.Protest, source: "Senegalese opposition supporters", target: "Macky Sall", date: "2024-11-17"}}},
		{"supporters_clashed_with_police", "2024-11-20",
			"Opposition supporters clashed with police in Nairobi on Tuesday.",
			[]want{{typ: parley.Assault, source: "Kenyan opposition supporters", target: "National Police Service", date: "2024-11-19"}}},
		{"tear_gas_at_activists", "2024-11-20",
			"Police fired tear gas at opposition activists in Harare on Monday.",
			[]want{{typ: parley.Assault, source: "Zimbabwe Republic Police", target: "Zimbabwean opposition activists", date: "2024-11-18"}}},
	})
}

// TestTalksAsTopic checks talks that someone only speaks or is asked
// about: the speaker is no participant. Talks the subject's own
// ("his talks with Xi") still count.
func TestTalksAsTopic(t *testing.T) {
	runNotCases(t, []notCase{
		{"asked_for_views_on_talks", "2014-11-20",
			"Obama was asked for his views on talks with Iran.",
			want{typ: parley.Consult, source: "Barack Obama", target: "Iran"}},
		{"asked_about_talks", "2024-11-20",
			"Macron was asked about talks with Iran.",
			want{typ: parley.Consult, source: "Emmanuel Macron", target: "Iran"}},
		{"commented_on_the_talks", "2024-11-20",
			"Scholz commented on the talks with China.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "China"}},
		{"briefed_on_talks", "2024-11-20",
			"Biden was briefed on talks with Iran.",
			want{typ: parley.Consult, source: "Joe Biden", target: "Iran"}},
		{"gave_views_on_talks", "2024-11-20",
			"Erdogan gave his views on talks with Russia.",
			want{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Russia"}},
	})
	runEventCases(t, []eventCase{
		{"reported_on_his_own_talks", "2024-11-20",
			"Biden reported on his talks with Xi.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping"}}},
		{"briefed_reporters_on_his_talks", "2024-11-20",
			"Blinken briefed reporters on his talks with Wang Yi.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Wang Yi"}}},
	})
}

// TestInsurgentsAttackTheirOwnState checks force used by an armed group
// on its own state's people, forces or officials: unlike police firing
// in their own capital, an insurgent attack has the state for target.
func TestInsurgentsAttackTheirOwnState(t *testing.T) {
	runEventCases(t, []eventCase{
		// (before August 2021, when the Taliban fought the government
		// they now are)
		{"kidnapped_an_official_of_the_government", "2019-11-20",
			"Taliban fighters kidnapped a senior Afghan government official in Kabul on Tuesday.",
			[]want{{typ: parley.Assault, source: "Taliban", target: "Afghanistan", date: "2019-11-19"}}},
		{"kidnapped_officials", "2024-11-20",
			"Boko Haram kidnapped two Nigerian officials on Monday.",
			[]want{{typ: parley.Assault, source: "Boko Haram", target: "Nigeria", date: "2024-11-18"}}},
		{"attacked_an_army_base", "2024-11-20",
			"Boko Haram attacked a Nigerian army base on Monday.",
			[]want{{typ: parley.Assault, source: "Boko Haram", target: "Nigerian Army", date: "2024-11-18"}}},
		{"police_in_their_own_capital_attack_no_state", "2024-11-20",
			"Police fired tear gas in central Nairobi on Monday.",
			nil},
		{"an_official_of_another_state_detained", "2024-11-20",
			"Russia detained a Ukrainian official on Tuesday.",
			[]want{{typ: parley.Coerce, source: "Russia", target: "Ukraine", date: "2024-11-19"}}},
	})
}

// TestWorkWith checks joint work with a partner: done or planned with
// the verb "work" ("worked closely with Germany"), pledged by another
// verb ("vowed to work with Somalia"), and a pledge that also threatens a
// foe ("to crush al-Shabaab") coding both.
func TestWorkWith(t *testing.T) {
	runEventCases(t, []eventCase{
		{"will_work_with_to_defeat", "2024-11-20",
			"Kenya will work with Somalia to defeat al-Shabaab.",
			[]want{{typ: parley.Cooperate, source: "Kenya", target: "Somalia", status: parley.Planned}}},
		{"worked_closely_with", "2024-11-20",
			"France worked closely with Germany on the resolution.",
			[]want{{typ: parley.Cooperate, source: "France", target: "Germany", status: parley.Occurred}}},
		{"working_with_against_a_foe", "2024-11-20",
			"Nigeria is working with Niger against Boko Haram.",
			[]want{{typ: parley.Cooperate, source: "Nigeria", target: "Niger"}}},
		{"reported_would_work_closely_with", "2024-11-20",
			"Ruto said Kenya would work closely with Somalia on border security.",
			[]want{{typ: parley.Cooperate, source: "Kenya", target: "Somalia", status: parley.Planned}}},
		{"vowed_to_work_with_to_crush", "2024-11-20",
			"Kenya vowed to work with Somalia to crush al-Shabaab.",
			[]want{{typ: parley.Threaten, source: "Kenya", target: "al-Shabaab"},
				{typ: parley.Agree, source: "Kenya", target: "Somalia"}}},
		{"a_coordinated_infinitive_is_no_work_done", "2024-11-20",
			"The doctors offered to supply vaccines and work with Kenya on a plan.",
			nil},
		{"work_with_a_body_as_a_career", "2024-11-20",
			"She worked with the United Nations as a lawyer.",
			nil},
	})
}

// TestReleaseDemandedOfTheCaptor checks a demand for someone's release:
// it is made of whoever holds them — the court that sentenced them, or
// the captor the sentence names ("who is held by Russia").
func TestReleaseDemandedOfTheCaptor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"held_by_in_a_relative_clause", "2024-11-20",
			"The US demanded the release of Evan Gershkovich, who is held by Russia.",
			[]want{{typ: parley.Request, source: "United States", target: "Russia"}}},
		{"detained_by_since", "2024-11-20",
			"The US demanded the release of Evan Gershkovich, who has been detained by Russia since March.",
			[]want{{typ: parley.Request, source: "United States", target: "Russia"}}},
		{"the_court_that_sentenced_him", "2024-11-20",
			"A court in Dakar on Monday sentenced opposition leader Ousmane Sonko to two years in prison. " +
				"Protesters gathered outside the court in Dakar demanding the release of Ousmane Sonko.",
			[]want{{typ: parley.Sanction, source: "Judiciary of Senegal", target: "Ousmane Sonko", date: "2024-11-18"},
				{typ: parley.Request, source: "Senegalese protesters", target: "Judiciary of Senegal"}}},
	})
}

// TestCrowdsGatheringToProtest checks supporters or activists who gather
// and say what they want: a protest, as a gathering of protesters is; a
// gathering to welcome someone is none.
func TestCrowdsGatheringToProtest(t *testing.T) {
	runEventCases(t, []eventCase{
		{"supporters_gathered_demanding_release", "2024-11-20",
			"Hundreds of Sonko supporters gathered outside the court in Dakar demanding his release.",
			[]want{{typ: parley.Protest, source: "Sonko supporters", target: "Senegal"}}},
		{"supporters_gathered_chanting_against", "2024-11-20",
			"Opposition supporters gathered in Nairobi chanting slogans against Ruto.",
			[]want{{typ: parley.Protest, source: "Kenyan opposition supporters", target: "William Ruto"}}},
		{"supporters_gathered_to_welcome", "2024-11-20",
			"Sonko supporters gathered at the airport to welcome him home.",
			nil},
	})
}

// TestCommonWireSentences checks short wire-style sentences that a
// battery of them found coded wrongly or not at all: a pact two states
// restore, a statement refused by its owner's name, and forces put on
// alert facing the state whose border they stand at.
func TestCommonWireSentences(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_states_restored_a_pact", "2024-11-20",
			"Seoul and Tokyo restored a military intelligence-sharing pact on Monday.",
			[]want{{typ: parley.Cooperate, source: "South Korea", target: "Japan", date: "2024-11-18"}}},
		{"two_states_restored_exchanges", "2024-11-20",
			"China and Australia restored ministerial exchanges.",
			[]want{{typ: parley.Cooperate, source: "China", target: "Australia"}}},
		{"blocked_a_statement_of_a_body", "2024-11-20",
			"Hungary blocked an EU statement criticising China.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Union"}}},
		{"rejected_a_proposal_calling_for", "2024-11-20",
			"Russia rejected a US proposal calling for a ceasefire.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United States"}}},
		{"put_on_alert_near_a_border", "2024-11-20",
			"Serbia put its army on high alert near the Kosovo border.",
			[]want{{typ: parley.Mobilize, source: "Serbia", target: "Kosovo"}}},
		{"placed_on_alert_along_the_border_with", "2024-11-20",
			"Armenia placed its troops on high alert along the border with Azerbaijan.",
			[]want{{typ: parley.Mobilize, source: "Armenia", target: "Azerbaijan"}}},
		{"troops_placed_on_alert_near_a_border", "2024-11-20",
			"Serbian troops were placed on high alert near the Kosovo border.",
			[]want{{typ: parley.Mobilize, source: "Serbian Armed Forces", target: "Kosovo"}}},
		{"on_alert_near_their_own_capital", "2024-11-20",
			"Serbian troops were placed on high alert near Belgrade.",
			nil},
	})
}

// TestProtestsAndProposalsOfStates checks a state's protest at another's
// act named as the verb's object (a complaint, not a demonstration, which
// crowds still make), and a proposal whose author follows a participle
// ("put forward by the United States").
func TestProtestsAndProposalsOfStates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"state_protested_an_act", "2024-11-20",
			"Manila protested Beijing's actions at the shoal.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China"}}},
		{"state_protested_the_use_of_force", "2024-11-20",
			"The Philippines protested China's use of water cannon against its vessels.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China"}}},
		{"crowd_protested_a_decision", "2024-11-20",
			"Thousands protested the decision in Tbilisi.",
			[]want{{typ: parley.Protest, source: "Georgian protesters", target: "Georgia"}}},
		{"proposal_put_forward_by", "2024-11-20",
			"Burhan rejected a ceasefire proposal put forward by the United States.",
			[]want{{typ: parley.Reject, source: "Abdel Fattah al-Burhan", target: "United States"}}},
		{"plan_presented_by", "2024-11-20",
			"Kyiv welcomed the peace plan presented by China.",
			[]want{{typ: parley.Support, source: "Ukraine", target: "China"}}},
	})
	runNotCases(t, []notCase{
		{"crowd_protest_is_no_complaint", "2024-11-20",
			"Thousands protested the decision in Tbilisi.",
			want{typ: parley.Accuse}},
	})
}

// TestBansAndPossessedBodies checks a ban on a state's things ("banned
// Chinese apps": on China; a sentence passed on a foreign national stays
// no act on the state), and a body named with another state's
// possessive that a bare name would give to the United States ("Chile's
// Congress").
func TestBansAndPossessedBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"banned_a_states_apps", "2024-11-20",
			"India banned Chinese apps.",
			[]want{{typ: parley.Sanction, source: "India", target: "China"}}},
		{"banned_a_states_wine", "2024-11-20",
			"Russia banned Georgian wine.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Georgia"}}},
		{"banned_a_states_media", "2024-11-20",
			"The EU banned Russian media outlets.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"another_states_congress", "2024-11-20",
			"Chile's Congress condemned Argentina on Monday.",
			want{typ: parley.Accuse, source: "United States Congress"}},
	})
}

// TestReportedBySessionHelpers checks bugs the session's helpers met
// outside their areas: a meeting named as a sentence's setting is no
// meeting of its actors, an envoy's rank between the possessive and the
// title, and a state's protest "against" another's act.
func TestReportedBySessionHelpers(t *testing.T) {
	runNotCases(t, []notCase{
		{"at_the_summit_is_a_setting", "2024-11-20",
			"At the summit, Erdogan urged Sweden to crack down on Kurdish militants.",
			want{typ: parley.Consult}},
		{"during_the_talks_is_a_setting", "2024-11-20",
			"During the talks, Ruto urged Uganda to reopen the border.",
			want{typ: parley.Consult}},
	})
	runEventCases(t, []eventCase{
		{"expelled_a_deputy_ambassador", "2024-11-20",
			"Pakistan on Thursday expelled Afghanistan's deputy ambassador.",
			[]want{{typ: parley.Sanction, source: "Pakistan", target: "Afghanistan", date: "2024-11-14"}}},
		{"summoned_a_deputy_envoy", "2024-11-20",
			"Kenya summoned Uganda's deputy high commissioner.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Uganda"}}},
		{"state_protested_against_a_decision", "2024-11-20",
			"Ghana protested against Togo's decision to close the border.",
			[]want{{typ: parley.Accuse, source: "Ghana", target: "Togo"}}},
		{"students_protested_against_a_decision", "2024-11-20",
			"Kenyan students protested against Uganda's decision.",
			[]want{{typ: parley.Protest, source: "Kenyan students", target: "Uganda"}}},
	})
}

// TestCallsAndForcesMisread checks a plan that "calls for" a ceasefire
// (no telephone call between the two sides named) and a state's forces
// threatened where they stand (the forces, not the host state).
func TestCallsAndForcesMisread(t *testing.T) {
	runNotCases(t, []notCase{
		{"a_plan_that_calls_for", "2024-11-20",
			"Egypt drafted a plan that calls for a ceasefire between Israel and Hamas.",
			want{typ: parley.Consult}},
	})
	runEventCases(t, []eventCase{
		{"the_call_between_two_leaders", "2024-11-20",
			"The call between Biden and Xi lasted two hours.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", medium: parley.Phone}}},
		{"threatened_forces_abroad", "2024-11-20",
			"Iran threatened US forces in Syria.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United States Armed Forces"}}},
		{"threatened_action_in_a_state", "2024-11-20",
			"Russia threatened military action in Moldova.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "Moldova"}}},
	})
}

// TestGratefulTo checks thanks told with the adjective: "is grateful to
// Germany" as "thanked Germany"; the adjective before a noun is none.
func TestGratefulTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"state_is_grateful_to", "2024-11-20",
			"Ukraine is grateful to Germany for its support.",
			[]want{{typ: parley.Support, source: "Ukraine", target: "Germany"}}},
		{"remains_deeply_grateful_to", "2024-11-20",
			"Kenya remains deeply grateful to Japan for the aid.",
			[]want{{typ: parley.Support, source: "Kenya", target: "Japan"}}},
		{"a_grateful_nation_is_no_thanks", "2024-11-20",
			"A grateful nation welcomed the troops home.",
			nil},
	})
}
