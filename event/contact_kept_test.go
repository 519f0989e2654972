package event_test

import (
	"testing"

	"parley"
)

// TestContactKept checks contact kept up with someone named ("remained in
// close contact with Jimmy Carter by telephone", "is in touch with
// Bangladesh"): a consultation, by the medium told; not contact with
// people no name gives.
func TestContactKept(t *testing.T) {
	runEventCases(t, []eventCase{
		{"in_close_contact_by_phone", "1994-09-19",
			"Throughout Sunday, President Bill Clinton remained in close contact with Jimmy Carter by telephone from the White House.",
			[]want{{typ: parley.Consult, source: "Bill Clinton", target: "Jimmy Carter", medium: parley.Phone, date: "1994-09-18"}}},
		{"in_touch", "2024-08-06",
			"India is in touch with Bangladesh about the safety of its citizens.",
			[]want{{typ: parley.Consult, source: "India", target: "Bangladesh"}}},
		{"nobody_named", "2023-05-01",
			"Faisal bin Farhan and Antony Blinken have been in regular contact with both commanders since the war began.", nil},
	})
}
