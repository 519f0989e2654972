package event_test

import (
	"testing"

	"parley"
)

// TestPlaceOfASubordinateClause checks that an act told in a clause of
// its own after "after", "as", "when" … does not take the place of the
// main clause it hangs on, while the main clause keeps its place.
func TestPlaceOfASubordinateClause(t *testing.T) {
	tests := []eventCase{
		{"an_accusation_a_day_after_a_visit", "2025-09-03",
			"Kenyan President William Ruto was received by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday, a day after Somalia accused Ethiopia of violating its sovereignty.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Abiy Ahmed", date: "2025-09-02", place: "Addis Ababa"},
				{typ: parley.Accuse, source: "Somalia", target: "Ethiopia", date: "2025-09-01", place: "-"}}},
		{"sanctions_as_leaders_met", "2024-05-17",
			"Xi Jinping hosted Vladimir Putin in Beijing on Thursday as the United States imposed new sanctions on Chinese firms.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", place: "Beijing"},
				{typ: parley.Sanction, source: "United States", target: "China", place: "-"}}},
		{"a_fronted_place_before_a_subordinate_clause", "2024-05-17",
			"In Beijing on Thursday, as the United States imposed new sanctions on Chinese firms, Xi Jinping hosted Vladimir Putin.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", place: "Beijing"}}},
		{"a_fronted_subordinate_clause", "2025-09-03",
			"After Somalia accused Ethiopia of meddling, Kenyan President William Ruto met Abiy Ahmed in Addis Ababa on Tuesday.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Abiy Ahmed", date: "2025-09-02", place: "Addis Ababa"},
				{typ: parley.Accuse, source: "Somalia", target: "Ethiopia", place: "-"}}},
	}
	runEventCases(t, tests)
}

// TestMainClauseAfterAFrontedCharge checks that a charge told in a
// fronted clause ("After Somalia accused Ethiopia of meddling, …") ends
// at the comma where the main clause's subject and verb begin: the main
// clause's act is done, not alleged. A charge that runs on after a comma
// without a clause of its own stays a charge.
func TestMainClauseAfterAFrontedCharge(t *testing.T) {
	tests := []ruledOutCase{
		{"a_meeting_after_an_accusation", "2025-09-03",
			"After Somalia accused Ethiopia of meddling, William Ruto met Abiy Ahmed on Tuesday.",
			want{typ: parley.Consult, source: "William Ruto", target: "Abiy Ahmed", date: "2025-09-02"}, want{}},
		{"an_attack_after_an_accusation", "2025-09-03",
			"After Somalia accused Ethiopia of sending troops, Ethiopian forces attacked Somali positions on Tuesday.",
			want{typ: parley.Assault, source: "Ethiopian National Defense Force", target: "Somalia", date: "2025-09-02"}, want{}},
		{"a_list_of_charges_stays_a_charge", "2025-09-03",
			"Somalia accused Ethiopia of sending troops, killing civilians and arming militias.",
			want{typ: parley.Accuse, source: "Somalia", target: "Ethiopia"}, want{typ: parley.Assault}},
		{"an_answered_charge_stays_a_charge", "2025-09-03",
			"Somalia accused Ethiopia of attacking its forces, a charge Addis Ababa denied.",
			want{typ: parley.Reject, source: "Ethiopia", target: "Somalia"}, want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}

// TestPlaceOfNounPastRelativeAside checks a meeting noun whose subject
// carries a relative aside with a place of its own ("Ramaphosa, who
// arrived in Abuja on Monday, will travel to Accra for talks with
// Mahama"): the talks are where he goes; with no other place, where the
// aside says he arrived.
func TestPlaceOfNounPastRelativeAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"travels_on_for_talks", "2025-03-05",
			"Ramaphosa, who arrived in Abuja on Monday, will travel to Accra on Thursday for talks with Ghanaian President John Mahama.",
			[]want{{typ: parley.Consult, source: "Cyril Ramaphosa", target: "John Mahama", place: "Accra", status: parley.Planned}}},
		{"arrived_then_held_talks", "2025-03-05",
			"Ramaphosa, who arrived in Abuja on Monday, held talks with President Bola Tinubu on Tuesday.",
			[]want{{typ: parley.Consult, source: "Cyril Ramaphosa", target: "Bola Tinubu", place: "Abuja"}}},
	})
}
