package event_test

import (
	"testing"

	"parley"
)

// TestImpliedSources checks acts whose doer the sentence does not name:
// a passive told right after the same act, and government bodies named
// only by their kind ("federal officials").
func TestImpliedSources(t *testing.T) {
	tests := []eventCase{
		// An agentless passive told right after the same act: the same doer.
		{"also_detained_after_a_detention", "2024-05-10",
			"Myanmar's military detained Aung San Suu Kyi early on Monday. President Win Myint was also detained.",
			[]want{{typ: parley.Coerce, source: "Tatmadaw", target: "Win Myint"}}},
		{"detained_a_day_later", "2024-05-10",
			"Police in Tbilisi arrested opposition leader Nika Melia on Tuesday. Former president Mikheil Saakashvili was detained a day later.",
			[]want{{typ: parley.Coerce, source: "Police of Georgia", target: "Mikheil Saakashvili", date: "2024-05-08"}}},
		{"arrested_on_the_next_day", "2024-05-10",
			"Venezuelan security forces arrested opposition leader Freddy Superlano on Tuesday. Maria Corina Machado was detained on Wednesday.",
			[]want{{typ: parley.Coerce, source: "Venezuelan security forces", target: "María Corina Machado"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"protesters_killed_after_their_attack_did_not_attack_themselves", "2024-05-10",
			"Protesters attacked a police station in Dhaka. Three protesters were killed.",
			want{typ: parley.Assault, target: "Bangladeshi protesters"}},
		{"passive_after_another_act_has_no_doer", "2024-05-10",
			"Myanmar's military met ASEAN envoys on Monday. President Win Myint was detained.",
			want{typ: parley.Coerce, target: "Win Myint"}},
		{"passive_two_sentences_on_has_no_doer", "2024-05-10",
			"Myanmar's military detained Aung San Suu Kyi early on Monday. The United Nations condemned the coup. President Win Myint was also detained.",
			want{typ: parley.Coerce, target: "Win Myint"}},
		{"passive_with_another_actor_named_keeps_no_doer", "2024-05-10",
			"Georgian police arrested Nika Melia on Tuesday. Mikheil Saakashvili was detained after meeting Charles Michel.",
			want{typ: parley.Coerce, source: "Police of Georgia", target: "Mikheil Saakashvili"}},
	})
}
