package event_test

import (
	"testing"

	"parley"
)

// TestAbsentFromASummit covers a leader who did not attend a summit the
// story names others at: no meeting with each of those present.
func TestAbsentFromASummit(t *testing.T) {
	text := "Emmanuel Macron, Olaf Scholz and Charles Michel met Ilham Aliyev and Nikol Pashinyan at the summit on Thursday. " +
		"Recep Tayyip Erdoğan did not attend the summit."
	runNotCases(t, []notCase{
		{"absent_from_the_summit", "2023-06-02", text, want{typ: parley.Consult, source: "Recep Tayyip Erdoğan"}},
	})
}
