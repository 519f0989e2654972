package event_test

import (
	"testing"

	"parley"
)

// TestHbugs11 checks reported bugs of acts and their targets: each case
// names the events the text must yield (nil: none).
func TestHbugs11(t *testing.T) {
	tests := []eventCase{
		// A person freed or pardoned by name is a release (RETREAT).
		{"pardoned_a_person_by_name", "2024-05-10",
			"Kazakhstan pardoned Bolat Nurgaliev on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Kazakhstan", target: "Bolat Nurgaliev", date: "2024-05-07"}}},
		{"released_a_person_by_name", "2024-05-10",
			"Vietnam has released Pham Doan Trang, the foreign ministry said.",
			[]want{{typ: parley.Retreat, source: "Vietnam", target: "Pham Doan Trang"}}},
		{"freed_a_person_after_a_descriptor", "2024-05-10",
			"Egypt freed activist Alaa Saleh on Monday.",
			[]want{{typ: parley.Retreat, source: "Egypt", target: "Alaa Saleh", date: "2024-05-06"}}},
		{"freed_a_foreigner_is_his_state", "2024-05-10",
			"Tehran released French researcher Fariba Adelkhah.",
			[]want{{typ: parley.Retreat, source: "Iran", target: "France"}}},
		{"released_a_persons_report_is_no_release", "2024-05-10",
			"The Romanian ministry released Ana Pop's report on Monday.", nil},
		{"released_a_statement_on_a_person_is_no_release", "2024-05-10",
			"Romania released a statement on Ana Pop on Monday.", nil},
		// The state a person is extradited to, named by its capital.
		{"extradited_to_a_capital", "2024-05-10",
			"Warsaw extradited John Smith to Berlin on Monday.",
			[]want{{typ: parley.Cooperate, source: "Poland", target: "Germany", date: "2024-05-06"}}},
		{"will_extradite_to_a_capital", "2024-05-10",
			"Madrid will extradite the businessman to Caracas.",
			[]want{{typ: parley.Cooperate, source: "Spain", target: "Venezuela", status: parley.Planned}}},
		{"extradited_to_a_city_of_ones_own_is_no_partner", "2024-05-10",
			"Madrid extradited the banker to Valencia.", nil},
	}
	runEventCases(t, tests)
}
