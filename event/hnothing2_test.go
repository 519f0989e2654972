package event_test

import (
	"testing"

	"parley"
)

// TestNothingCodedSecond checks a second pass over sentences that name
// both actors where no rule used to fire: each case names the events the
// text must yield (nil: none).
func TestNothingCodedSecond(t *testing.T) {
	tests := []eventCase{
		// A past verb after "and" is no longer under the modal of the
		// reported clause before it: the charge was made.
		{"said_could_and_accused", "2024-05-10",
			"Lavrov said the new rules could hurt trade and accused Lithuania of imposing a blockade.",
			[]want{{typ: parley.Accuse, source: "Sergey Lavrov", target: "Lithuania", status: parley.Occurred}}},
		{"has_said_could_and_has_accused", "2024-05-10",
			"Orban has said the plan could split Europe and has accused Brussels of blackmail.",
			[]want{{typ: parley.Accuse, source: "Viktor Orbán", target: "European Union", status: parley.Occurred}}},
		{"said_would_and_condemned", "2024-05-10",
			"Wang Yi said the tariffs would backfire and condemned the United States.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "United States", status: parley.Occurred}}},
		{"could_be_arrested_and_charged_stays_hypothetical", "2024-05-10",
			"Kurti said Serbian officers could be arrested and charged by Kosovo.", nil},
		{"could_meet_and_sign_stays_hypothetical", "2024-05-10",
			"Lavrov said Putin could meet Erdogan and sign a deal.", nil},
	}
	runEventCases(t, tests)
}
