package event_test

import (
	"testing"

	"parley"
)

// TestNothingCoded checks sentences that name both actors where no rule
// used to fire: each case names the events the text must yield (nil: none).
func TestNothingCoded(t *testing.T) {
	tests := []eventCase{
		// "ready to" and a joint work named before the "with".
		{"ready_to_build_more_with", "2024-05-10",
			"Lula said Brazil was ready to build more satellites with China.",
			[]want{{typ: parley.Agree, source: "Luiz Inácio Lula da Silva", target: "China"}}},
		{"willing_to_deepen_cooperation_with", "2024-05-10",
			"Modi said India was willing to deepen defence cooperation with Japan.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "Japan"}}},
		{"ready_to_intensify_joint_efforts_with", "2024-05-10",
			"Erdogan said Turkey stood ready to intensify joint efforts with Azerbaijan against smuggling.",
			[]want{{typ: parley.Agree, source: "Recep Tayyip Erdoğan", target: "Azerbaijan"}}},
		{"ready_to_break_ties_is_no_pledge", "2024-05-10",
			"Erdogan said Turkey was ready to break off ties with Israel.", nil},
		{"ready_to_build_an_arsenal_to_deal_with", "2024-05-10",
			"Kim said he was ready to build a nuclear arsenal to deal with the United States.", nil},
		// One craft after a country word stands for its state, as many do.
		{"shot_down_a_country_helicopter", "2024-05-10",
			"Poland shot down a Belarusian helicopter on Tuesday.",
			[]want{{typ: parley.Assault, source: "Poland", target: "Belarus", date: "2024-05-07"}}},
		{"shot_down_a_country_jet", "2024-05-10",
			"India said it had shot down a Pakistani jet.",
			[]want{{typ: parley.Assault, source: "India", target: "Pakistan"}}},
		{"bought_a_country_jet_is_no_act", "2024-05-10",
			"Kenya bought a Chinese jet.", nil},
		// A relative clause whose verb follows a time phrase: the pronoun's
		// antecedent acts, not the main clause's subject.
		{"which_in_march_had_issued", "2024-05-10",
			"Mongolia ignored a ruling of the International Criminal Court, which in March had issued an arrest warrant for Vladimir Putin.",
			[]want{{typ: parley.Accuse, source: "International Criminal Court", target: "Vladimir Putin"}}},
		// Ties established by a pair named together, no "with".
		{"pair_established_relations", "2024-05-10",
			"Nauru and China established diplomatic relations on Wednesday.",
			[]want{{typ: parley.Support, source: "Nauru", target: "China", date: "2024-05-08"}}},
		{"pair_first_established_ties", "2024-05-10",
			"Vietnam and South Korea first established ties in December 1992.",
			[]want{{typ: parley.Support, source: "Vietnam", target: "South Korea", date: "1992-12"}}},
		{"one_state_establishing_relations_names_no_partner", "2024-05-10",
			"Nauru established relations in 1968.", nil},
		// An order's act done to the one it names: a participle after the
		// name, or a noun before "of".
		{"ordered_a_person_held", "2024-05-10",
			"Putin ordered Navalny held in a penal colony.",
			[]want{{typ: parley.Coerce, source: "Vladimir Putin", target: "Alexei Navalny"}}},
		{"ordered_the_release_of", "2024-05-10",
			"On Monday Erdogan ordered the release of Alexei Navalny.",
			[]want{{typ: parley.Retreat, source: "Recep Tayyip Erdoğan", target: "Alexei Navalny", date: "2024-05-06"}}},
		{"ordered_a_body_dissolved", "2024-05-10",
			"Burhan ordered the Rapid Support Forces dissolved.",
			[]want{{typ: parley.Coerce, source: "Abdel Fattah al-Burhan", target: "Rapid Support Forces"}}},
		{"ordered_the_release_of_documents_is_none", "2024-05-10",
			"Biden ordered the release of the documents.", nil},
		// Membership applied for: a request to the body one would join.
		{"applied_to_join", "2024-05-10",
			"Bosnia formally applied to join the European Union on Tuesday.",
			[]want{{typ: parley.Request, source: "Bosnia and Herzegovina", target: "European Union", date: "2024-05-07"}}},
		{"submitted_applications_for_membership", "2024-05-10",
			"Georgia and Moldova submitted their applications for EU membership in March.",
			[]want{{typ: parley.Request, source: "Georgia", target: "European Union", date: "2024-03"},
				{typ: parley.Request, source: "Moldova", target: "European Union", date: "2024-03"}}},
		{"applied_sanctions_is_a_sanction_no_bid", "2024-05-10",
			"The European Union applied new sanctions to Belarus.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Belarus"}}},
		{"submitted_a_report_is_no_bid", "2024-05-10",
			"Sweden submitted a report to NATO on Monday.", nil},
		// A possessive pronoun right after a verb of judging, before what
		// its owner holds in their own name, is the one judged.
		{"recognised_his_victory", "2024-05-10",
			"Maduro was declared the winner of the vote. Brazil recognised his victory on Monday.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Nicolás Maduro", date: "2024-05-06"}}},
		{"condemned_his_arrest_is_not_against_him", "2024-05-10",
			"Navalny was detained at the airport. Germany condemned his arrest.", nil},
		// Assets frozen are their holder's, named after "held by".
		{"froze_assets_held_by", "2024-05-10",
			"On Friday the European Union froze any assets held by Alexander Lukashenko.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Alexander Lukashenko", date: "2024-05-10"}}},
		{"froze_assets_owned_by", "2024-05-10",
			"Canada froze assets owned by Nicolás Maduro.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Nicolás Maduro"}}},
		// "him" right after a short clause of "after": the person before,
		// not that clause's subject.
		{"after_a_state_granted_him", "2024-05-10",
			"Maduro flew to Madrid after Spain granted him asylum.",
			[]want{{typ: parley.Aid, source: "Spain", target: "Nicolás Maduro"}}},
		{"after_a_leader_invited_him", "2024-05-10",
			"Putin arrived in Beijing on Thursday after Xi invited him.",
			[]want{{typ: parley.Request, source: "Xi Jinping", target: "Vladimir Putin"}}},
		// "it" after ", and" before its verb: the state the sentence opened on.
		{"and_it_lodged_a_protest", "2024-05-10",
			"Vietnam said on Tuesday that a Chinese vessel had entered its waters, and it lodged a protest with Beijing.",
			[]want{{typ: parley.Accuse, source: "Vietnam", target: "China", date: "2024-05-07"}}},
		// Credentials accepted: the envoy's mission recognised.
		{"accepted_the_credentials_of_an_envoy", "2024-05-10",
			"On Monday Vladimir Putin accepted the credentials of Lynne Tracy, the new US ambassador.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Lynne Tracy", date: "2024-05-06"}}},
		{"accepted_the_credentials_of_a_states_envoy_named_after", "2024-05-10",
			"Xi Jinping accepted the credentials of the Taliban's new envoy, Bilal Karimi.",
			[]want{{typ: parley.Support, source: "Xi Jinping", target: "Bilal Karimi"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"which_in_march_had_issued_is_not_the_subjects", "2024-05-10",
			"Mongolia ignored a ruling of the International Criminal Court, which in March had issued an arrest warrant for Vladimir Putin.",
			want{typ: parley.Accuse, source: "Mongolia", target: "Vladimir Putin"}},
	})
}
