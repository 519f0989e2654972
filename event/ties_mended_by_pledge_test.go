package event_test

import (
	"testing"

	"parley"
)

// TestTiesMendedByPledge checks two sides pledging to mend their ties
// ("pledged on 20 May to restore diplomatic relations"): an accord made
// on the day of the pledge, not a plan for later.
func TestTiesMendedByPledge(t *testing.T) {
	runEventCases(t, []eventCase{
		{"restore_after_a_day", "2024-06-10",
			"Bahrain and Qatar pledged on 20 May to restore diplomatic relations.",
			[]want{{typ: parley.Agree, source: "Bahrain", target: "Qatar", status: parley.Occurred, date: "2024-05-20"}}},
		{"normalise_under_a_deal", "2024-06-10",
			"The talks follow the deal signed in Doha on 20 May, under which Bahrain and Qatar pledged to normalise relations.",
			[]want{{typ: parley.Agree, source: "Bahrain", target: "Qatar", status: parley.Occurred, date: "2024-05-20"}}},
	})
}

// TestReadinessToMendTies checks a readiness to do everything to mend
// ties "between" one's own state and another: an accord offered to the
// other.
func TestReadinessToMendTies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"everything_possible_between", "2016-06-29",
			"Recep Tayyip Erdogan stated his readiness to do everything possible to restore the friendly relations between Turkey and Russia.",
			[]want{{typ: parley.Agree, source: "Recep Tayyip Erdoğan", target: "Russia"}}},
	})
}

// TestSafetyGuaranteed checks a pledge to ensure or guarantee someone's
// safety, dignity or rights: an accord given to that one.
func TestSafetyGuaranteed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ensure_that_rights_are_respected", "2023-08-12",
			"Mohamed Bazoum was detained in July. ECOWAS and the African Union pledged on Friday to ensure that Bazoum's safety and rights would be respected.",
			[]want{
				{typ: parley.Agree, source: "Economic Community of West African States", target: "Mohamed Bazoum", date: "2023-08-11"},
				{typ: parley.Agree, source: "African Union", target: "Mohamed Bazoum", date: "2023-08-11"},
			}},
		{"guarantee_safety", "2023-08-12",
			"Mohamed Bazoum was detained in July. The junta promised to guarantee Bazoum's safety.",
			[]want{{typ: parley.Agree, source: "National Council for the Safeguard of the Homeland", target: "Mohamed Bazoum"}}},
	})
}
