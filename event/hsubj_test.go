package event_test

import (
	"testing"

	"parley"
)

// TestVerbsSharedAcrossBut checks a second verb joined to the first by
// "but", with no subject of its own: it shares the first verb's subject,
// past a negation, a fronted phrase or a report in between.
func TestVerbsSharedAcrossBut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"negated_first_verb_then_appeal", "2024-05-10",
			"Pakistan's foreign ministry did not confirm the strikes but called on Kabul to act against militants.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of Pakistan", target: "Afghanistan"}}},
		{"denial_then_charge", "2024-05-10",
			"Russia denied the charge but accused Ukraine of staging the attack.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
		{"report_then_warning_is_the_speaker", "2024-05-10",
			"Erdogan said Turkey would respect the truce but warned Syria that it would respond to any attack.",
			[]want{{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Syria"}}},
		{"fronted_day_then_warning", "2024-05-10",
			"On Monday, Poland reopened the crossing but warned Belarus against new provocations.",
			[]want{{typ: parley.Threaten, source: "Poland", target: "Belarus"}}},
		{"welcome_then_appeal_by_a_title", "2024-05-10",
			"Japan's prime minister welcomed the proposal but urged China to release the detained businessmen first.",
			[]want{{typ: parley.Request, source: "Fumio Kishida", target: "China"}}},
		{"comment_declined_then_charge", "2024-05-10",
			"Seoul's foreign ministry declined to comment on the report but accused Pyongyang of violating the armistice.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of South Korea", target: "North Korea"}}},
		{"comma_before_but", "2024-05-10",
			"Israel agreed to the pause, but rejected Hamas's demand for a permanent ceasefire.",
			[]want{{typ: parley.Reject, source: "Israel", target: "Hamas"}}},
		{"release_then_expulsion", "2024-05-10",
			"Venezuela released two American citizens on Saturday but expelled a US diplomat.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "United States"}}},
	})
}

// TestNoSubjectSharedAcrossBut checks that a "but" with a subject of its
// own after it, or after a reported "that" clause, lends no subject.
func TestNoSubjectSharedAcrossBut(t *testing.T) {
	runNotCases(t, []notCase{
		{"own_subject_after_but", "2024-05-10",
			"Russia attacked Kyiv but Ukraine accused Belarus of helping.",
			want{typ: parley.Accuse, source: "Russia"}},
		{"report_with_that_is_unclear", "2024-05-10",
			"Kyiv said that Russia had violated the truce but warned Moscow against escalating.",
			want{typ: parley.Threaten, source: "Russia"}},
	})
}
