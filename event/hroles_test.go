package event_test

import (
	"testing"

	"parley"
)

// TestRolesOfEvents checks who is source and who target of an event whose
// type is plain: each case names the events the text must yield (nil:
// none).
func TestRolesOfEvents(t *testing.T) {
	tests := []eventCase{
		// "with" and a list but no subject: the partners of someone
		// unnamed, not a meeting among themselves.
		{"talks_with_a_list_and_no_subject", "2024-05-10",
			"Officials will hold talks with Brazil, Argentina and Chile next month.", nil},
		{"talks_with_two_and_no_subject_resumed", "2024-05-10",
			"Talks with Serbia and Hungary resumed in Vienna on Monday.", nil},
		{"talks_with_creditors_named_after_a_noun", "2024-05-10",
			"The cabinet said it would open formal talks on its debt with its main creditors, France, Germany and Italy.", nil},
	}
	runEventCases(t, tests)
}

// TestRolesOfEventsNot checks readings an actor must not get.
func TestRolesOfEventsNot(t *testing.T) {
	tests := []notCase{
		// A subject before "talks with" a list meets each, not the list
		// among itself.
		{"subject_with_a_list_meets_each", "2024-05-10",
			"Kenya held talks with Uganda and Tanzania on Monday.",
			want{typ: parley.Consult, source: "Uganda", target: "Tanzania"}},
	}
	runNotCases(t, tests)
}
