package event_test

import (
	"testing"

	"parley"
)

// TestContextActors checks acts whose actors are named in an earlier
// sentence: pronoun and group subjects, and addressees the sentence
// before gives.
func TestContextActors(t *testing.T) {
	tests := []eventCase{
		{"they_after_two_states_named_as_the_subject", "2024-03-10",
			"Germany and France said they had agreed to work with Poland on border security. They also urged Russia to withdraw its troops.",
			[]want{{typ: parley.Request, source: "Germany", target: "Russia"}, {typ: parley.Request, source: "France", target: "Russia"}}},
		{"they_after_a_list_of_states_past_a_fronted_phrase", "2024-03-10",
			"In a joint statement on Monday, Norway, Sweden and Denmark said they would cooperate on Arctic patrols. They also called on Russia to respect the fishing treaty.",
			[]want{{typ: parley.Request, source: "Norway", target: "Russia"}, {typ: parley.Request, source: "Denmark", target: "Russia"}}},
		{"a_threat_naming_no_one_follows_the_accusation_before", "2023-09-16",
			"President Luis Abinader accused Haiti on Thursday of breaking the border treaty. He warned that the crossings would stay closed until the works stopped.",
			[]want{{typ: parley.Threaten, source: "Luis Abinader", target: "Haiti"}}},
		{"a_threat_naming_no_one_past_a_quotation", "2024-05-10",
			"Lithuania imposed a ban on Belarusian trucks on Monday. “We will not be blackmailed,” Gitanas Nausėda said. He warned that the ban would stay in place until the migrants were taken back.",
			[]want{{typ: parley.Threaten, source: "Gitanas Nausėda", target: "Belarus"}}},
	}
	runEventCases(t, tests)
}

// TestContextReadingsRuledOut checks readings across the sentence
// boundary that must not be coded.
func TestContextReadingsRuledOut(t *testing.T) {
	tests := []notCase{
		{"they_is_not_the_states_a_preposition_governs", "2024-03-10",
			"Talks between Russia and Ukraine stalled on Monday. They also urged Turkey to mediate.",
			want{typ: parley.Request}},
		{"they_describing_what_the_states_did_is_not_the_states", "2024-03-10",
			"The United States and Britain imposed new sanctions on Iran on Monday. They target the Revolutionary Guards and two banks.",
			want{typ: parley.Assault}},
		{"they_is_not_the_owners_of_a_noun", "2024-03-10",
			"Germany and France's ministers met in Paris. They also urged Turkey to mediate.",
			want{typ: parley.Request, source: "Germany", target: "Turkey"}},
		{"a_threat_after_a_friendly_act_has_no_addressee", "2024-03-10",
			"France signed a trade deal with Italy on Monday. Emmanuel Macron warned that prices would rise.",
			want{typ: parley.Threaten}},
		{"a_threat_after_anothers_charge_is_not_aimed_back_by_it", "2024-03-10",
			"Russia accused Estonia of harassing its diplomats. Kaja Kallas warned that the dispute would hurt trade.",
			want{typ: parley.Threaten, target: "Estonia"}},
		{"a_threat_long_after_the_charge_has_no_addressee", "2024-03-10",
			"Serbia accused Kosovo of provoking violence. The talks resumed in Brussels. Officials met for hours. No statement was issued. Aleksandar Vučić warned that the army would stay on alert.",
			want{typ: parley.Threaten, target: "Kosovo"}},
	}
	runNotCases(t, tests)
}
