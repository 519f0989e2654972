package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs14Events checks the reported bugs of the twenty-first session's
// fourteenth helper: each case names the events the text must yield.
func TestReportedBugs14Events(t *testing.T) {
	runEventCases(t, []eventCase{
		// "reiterated its call on" takes the call as its object: no words reported.
		{"reiterated_its_call_on", "2024-05-10",
			"China reiterated its call on the US to stop arms sales to Taiwan.",
			[]want{{typ: parley.Request, source: "China", target: "United States", status: parley.Occurred}}},
		{"reiterated_its_request_for", "2024-05-10",
			"Kenya reiterated its request for the UN to fund the mission.",
			[]want{{typ: parley.Request, source: "Kenya", target: "United Nations"}}},
		// A blow vowed "to" someone: the response's own "to" names the target.
		{"vowed_response_to", "2024-05-10",
			"North Korea vowed a merciless response to South Korea.",
			[]want{{typ: parley.Threaten, source: "North Korea", target: "South Korea"}}},
		{"promised_response_to", "2024-05-10",
			"Iran promised a harsh response to Israel.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel"}}},
		{"pledged_response_to_if", "2024-05-10",
			"Tehran has pledged a crushing response to Washington if it strikes.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United States"}}},
		// A threat or demand taken back: the climb-down, at whom it was aimed.
		{"backtracked_on_threat", "2024-05-10",
			"Serbia backtracked on its threat against Kosovo.",
			[]want{{typ: parley.Concede, source: "Serbia", target: "Kosovo"}}},
		{"backpedalled_on_demand", "2024-05-10",
			"Hungary backpedalled on its demand that Ukraine restore minority rights.",
			[]want{{typ: parley.Concede, source: "Hungary", target: "Ukraine"}}},
		// A suspect handed over to a state is an extradition in all but name.
		{"drug_lord_handed_over", "2024-05-10",
			"Mexico handed over the drug lord to the US.",
			[]want{{typ: parley.Cooperate, source: "Mexico", target: "United States"}}},
		{"suspect_handed_over_to_the_US", "2024-05-10",
			"Guatemala handed over the suspect to the US on Friday.",
			[]want{{typ: parley.Cooperate, source: "Guatemala", target: "United States"}}},
		{"gang_leader_handed_over", "2024-05-10",
			"Ecuador handed over the gang leader to Colombia.",
			[]want{{typ: parley.Cooperate, source: "Ecuador", target: "Colombia"}}},
		{"alleged_hacker_handed_over", "2024-05-10",
			"Ukraine handed over the alleged hacker to the United States.",
			[]want{{typ: parley.Cooperate, source: "Ukraine", target: "United States"}}},
		// A state's forces expelled: relations cut with the state whose forces they are (CAMEO 166).
		{"expelled_foreign_troops", "2024-05-10",
			"Mali expelled French troops.",
			[]want{{typ: parley.Sanction, source: "Mali", target: "France"}}},
		{"expelled_foreign_soldiers_from_territory", "2024-05-10",
			"Congo expelled the Rwandan soldiers from its territory.",
			[]want{{typ: parley.Sanction, source: "Democratic Republic of the Congo", target: "Rwanda"}}},
		{"has_expelled_stationed_forces", "2024-05-10",
			"Burkina Faso has expelled the French forces stationed near Ouagadougou.",
			[]want{{typ: parley.Sanction, source: "Burkina Faso", target: "France"}}},
		// A speaker's own forces named in his words are not the one he blames.
		{"own_army_then_terror_charge", "2024-05-10",
			"Netanyahu said the Israeli army had foiled the plot, calling it an act of terrorism by Iran.",
			[]want{{typ: parley.Accuse, source: "Benjamin Netanyahu", target: "Iran"}}},
		// A second verb's own object wins over the body a complaint would go to.
		{"expelled_then_accused_alliance", "2024-05-10",
			"Russia expelled the German diplomats and accused NATO of provocations.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "North Atlantic Treaty Organization"}}},
		{"expelled_envoy_then_accused_un", "2024-05-10",
			"Burkina Faso expelled the French ambassador and accused the UN of bias.",
			[]want{{typ: parley.Accuse, source: "Burkina Faso", target: "United Nations"}}},
		// A body's head noun ends its name in a list of those met.
		{"met_mission_and_states", "2024-05-10",
			"Blinken met the UN mission, Russia and China in New York on Monday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Russia", date: "2024-05-06"},
				{typ: parley.Consult, source: "Antony Blinken", target: "China", date: "2024-05-06"}}},
		{"talks_with_mission_and_state", "2024-05-10",
			"Lavrov held talks with the AU mission and Egypt.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Egypt"}}},
		{"met_delegation_and_state", "2024-05-10",
			"Wang Yi met the EU delegation, Japan and South Korea in Jakarta.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "South Korea"}}},
		// A relative clause's day is its noun's, not the reaction's.
		{"condemned_statement_which_issued", "2024-05-10",
			"Canada condemned the statement, which Mexico issued on Monday.",
			[]want{{typ: parley.Accuse, source: "Canada", target: "Mexico", date: "-"}}},
		{"condemned_statement_named_relative", "2024-05-10",
			"Canada condemned the statement Mexico issued on Monday.",
			[]want{{typ: parley.Accuse, source: "Canada", target: "Mexico", date: "-"}}},
		{"condemned_strikes_named_relative", "2024-05-10",
			"Britain condemned the strikes Russia launched on Kyiv on Sunday.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Russia", date: "-"}}},
		{"denounced_decree_named_relative", "2024-05-10",
			"Paris denounced the decree Algeria signed on Thursday.",
			[]want{{typ: parley.Accuse, source: "France", target: "Algeria", date: "-"}}},
		// A meeting told by "after meeting X" after a trip is a meeting of its own.
		{"travelled_after_meeting", "2024-05-10",
			"Scholz travelled to Paris after meeting Tusk in Warsaw.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Donald Tusk", place: "Warsaw"}}},
		{"flew_after_meeting", "2024-05-10",
			"Blinken flew to Tokyo after meeting Yoon in Seoul on Monday.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Yoon Suk Yeol", date: "2024-05-06"}}},
	})
}

// TestReportedBugs14Not checks readings the fourteenth helper's rules must not give.
func TestReportedBugs14Not(t *testing.T) {
	runNotCases(t, []notCase{
		// A response to victims is help, not a threat.
		{"response_to_victims", "2024-05-10",
			"Japan promised a response to the earthquake victims.",
			want{typ: parley.Threaten}},
		{"response_to_a_long_named_letter", "2024-05-10",
			"Biden promised a response to the Israeli prime minister's letter.",
			want{typ: parley.Threaten}},
		// A threat taken back is no threat made.
		{"backtracked_threat_not_made", "2024-05-10",
			"Serbia backtracked on its threat against Kosovo.",
			want{typ: parley.Threaten}},
		{"walked_back_threat", "2024-05-10",
			"Beijing walked back its threat against Manila.",
			want{typ: parley.Threaten}},
		{"withdrew_earlier_threat", "2024-05-10",
			"Ankara withdrew its earlier threat to block Finland's bid.",
			want{typ: parley.Threaten}},
		{"dropped_demand", "2024-05-10",
			"Serbia dropped its demand that Kosovo withdraw police.",
			want{typ: parley.Request}},
		// Captives handed back stay a release.
		{"prisoners_handed_over", "2024-05-10",
			"Ukraine handed over 50 Russian prisoners to Russia.",
			want{typ: parley.Cooperate}},
		// Forces driving out forces is fighting, not an order to leave.
		{"army_expelled_troops", "2024-05-10",
			"The Ukrainian army expelled Russian troops from Kherson.",
			want{typ: parley.Coerce}},
		{"own_forces_not_accused", "2024-05-10",
			"Putin said Russian forces had repelled the attack, accusing Kyiv of terrorism.",
			want{typ: parley.Accuse, target: "Armed Forces of the Russian Federation"}},
		{"own_troops_not_accused", "2024-05-10",
			"Aliyev said Azerbaijani troops had repelled a raid and called it a terrorist provocation by Armenia.",
			want{typ: parley.Accuse, target: "Azerbaijani Armed Forces"}},
		// The reaction's own day stays.
		{"own_day_kept", "2024-05-10",
			"China condemned Japan's plan on Monday.",
			want{typ: parley.Accuse, date: "-"}},
		// Talks that led to a measure's undoing were held, not called off.
		{"scrapped_after_talks", "2024-05-10",
			"Canada and Mexico quarrelled over steel. The tariffs were scrapped in March after talks between the two governments.",
			want{typ: parley.Consult, status: parley.Negated}},
		{"cancelled_following_talks", "2024-05-10",
			"The ban was cancelled in May following talks between Brazil and Argentina.",
			want{typ: parley.Consult, status: parley.Negated}},
	})
}
