package event_test

import (
	"testing"

	"parley"
)

// TestClauseJoins checks acts told in clauses joined by ", and", ";" or
// ", while": the names after the conjunction are the next clause's
// subjects, not more targets of the clause before, and a clause that
// names no one acted on does the like to the one acted on before.
func TestClauseJoins(t *testing.T) {
	tests := []eventCase{
		// ", and" and names with their own verb: a new clause.
		{"two_states_announce_their_own_measures", "2024-05-10",
			"The EU imposed sanctions on Russia on Monday, and Japan and Canada announced their own measures.",
			[]want{{typ: parley.Sanction, source: "Japan", target: "Russia"}, {typ: parley.Sanction, source: "Canada", target: "Russia"}}},
		// "did the same", "did likewise": the act before, by others.
		{"two_states_did_the_same", "2024-05-10",
			"Brazil recalled its ambassador from Israel, and Colombia and Chile did the same.",
			[]want{{typ: parley.Sanction, source: "Colombia", target: "Israel"},
				{typ: parley.Sanction, source: "Chile", target: "Israel"}}},
		{"did_the_same_next_day", "2024-05-10",
			"Poland expelled two Russian diplomats on Monday. Latvia did the same on Tuesday.",
			[]want{{typ: parley.Sanction, source: "Latvia", target: "Russia", date: "2024-05-07"}}},
		{"did_likewise", "2024-05-10",
			"The United States suspended aid to Niger in August, and Germany did likewise.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Niger"}}},
		{"did_the_same_after_a_semicolon", "2024-05-10",
			"Kenya closed its border with Somalia; Ethiopia did the same a week later.",
			[]want{{typ: parley.Sanction, source: "Ethiopia", target: "Somalia"}}},
		// The second clause's own act, aimed at the first one's target.
		{"second_clause_suspends_too", "2024-05-10",
			"Germany suspended its development aid to Mali on Friday, and the European Union suspended budget support the same day.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Mali", date: "2024-05-10"}}},
		{"second_clause_bans_travel", "2024-05-10",
			"Canada imposed sanctions on Iran on Tuesday, and Australia imposed travel bans on its officials.",
			[]want{{typ: parley.Sanction, source: "Australia", target: "Iran"}}},
		{"after_a_semicolon", "2024-05-10",
			"Sweden froze the assets of Iranian officials; Norway froze bank accounts.",
			[]want{{typ: parley.Sanction, source: "Norway", target: "Iran"}}},
		{"aid_while_another_sends_tents", "2024-05-10",
			"Egypt sent aid to Sudan, while Qatar sent tents and blankets.",
			[]want{{typ: parley.Aid, source: "Qatar", target: "Sudan"}}},
		{"criticised_too", "2024-05-10",
			"The European Union criticised Beijing, and the United States criticised the law too.",
			[]want{{typ: parley.Accuse, source: "United States", target: "China"}}},
	}
	runEventCases(t, tests)
}

// TestClauseJoinsRuledOut checks the readings the clause joins must not
// give.
func TestClauseJoinsRuledOut(t *testing.T) {
	tests := []notCase{
		{"next_subjects_are_no_targets", "2024-05-10",
			"Washington imposed sanctions on Minsk, and London and Ottawa followed suit.",
			want{typ: parley.Sanction, source: "United States", target: "United Kingdom"}},
		{"next_subjects_are_no_targets_of_a_mobilisation", "2024-05-10",
			"Kenya sent troops to Somalia, and Uganda and Burundi pledged more soldiers.",
			want{typ: parley.Mobilize, source: "Kenya", target: "Uganda"}},
		{"next_subjects_are_no_targets_of_a_rebuke", "2024-05-10",
			"Germany criticised China, and France and Italy called for restraint.",
			want{typ: parley.Accuse, source: "Germany", target: "France"}},
		{"did_the_same_is_no_recall_by_the_first", "2024-05-10",
			"Brazil recalled its ambassador from Israel, and Colombia and Chile did the same.",
			want{typ: parley.Sanction, source: "Brazil", target: "Colombia"}},
		// Not at the second subject's own side: an exchange of fire.
		{"strikes_back_are_no_strikes_on_oneself", "2024-05-10",
			"Russia shelled Kharkiv overnight, and Ukrainian drones struck an oil depot.",
			want{typ: parley.Assault, target: "Ukraine", source: "Armed Forces of Ukraine"}},
		// Another verb is another act, not aimed at the first one's target.
		{"another_verb_is_another_act", "2024-05-10",
			"China held drills around Taiwan on Monday, and Japan sent warships to the area.",
			want{typ: parley.Mobilize, source: "Japan", target: "Taiwan"}},
		{"the_one_acted_on_replies", "2024-05-10",
			"Indonesia banned palm oil exports to India, and New Delhi filed a complaint at the WTO.",
			want{typ: parley.Accuse, source: "India", target: "India"}},
	}
	runNotCases(t, tests)
}

// TestRejectedIt checks a refusal of "it" after another side's refusal of
// a claim: "it" is the claim, answered to whoever made it, not the state
// that refused just before.
func TestRejectedIt(t *testing.T) {
	tests := []ruledOutCase{
		{name: "also_dismissed_it", day: "2024-05-10",
			text: "Israel accused Hamas of breaking the truce. Qatar rejected the accusation on Monday. Egypt also dismissed it.",
			want: want{typ: parley.Reject, source: "Egypt", target: "Israel"},
			not:  want{typ: parley.Reject, source: "Egypt", target: "Qatar"}},
		{name: "dismissed_it_too_in_the_same_sentence", day: "2024-05-10",
			text: "China accused Vietnam of violating its sovereignty. Hanoi rejected the accusation, and Manila dismissed it too.",
			want: want{typ: parley.Reject, source: "Philippines", target: "China"},
			not:  want{typ: parley.Reject, source: "Philippines", target: "Vietnam"}},
		{name: "also_rejected_it_next_sentence", day: "2024-05-10",
			text: "Azerbaijan accused Armenia of shelling its positions. Yerevan rejected the accusation on Sunday. France also rejected it.",
			want: want{typ: parley.Reject, source: "France", target: "Azerbaijan"},
			not:  want{typ: parley.Reject, source: "France", target: "Armenia"}},
		{name: "claim_rejected_then_dismissed", day: "2024-05-10",
			text: "Russia's defence ministry claimed on Thursday that Ukraine was preparing an attack on Transnistria. Moldova's government rejected the claim the same day. Ukraine's foreign ministry also dismissed it as a Russian disinformation operation.",
			want: want{typ: parley.Reject, source: "Ministry of Foreign Affairs of Ukraine", target: "Ministry of Defence of Russia"},
			not:  want{typ: parley.Reject, source: "Ministry of Foreign Affairs of Ukraine", target: "Moldova"}},
		// With no refusal before, the accuser of the subject's side.
		{name: "rejected_it_answers_the_accuser", day: "2024-05-10",
			text: "Beijing accused Manila of provoking the clash at sea. The Philippines rejected it on Tuesday.",
			want: want{typ: parley.Reject, source: "Philippines", target: "China"}},
	}
	runRuledOut(t, tests)
}
