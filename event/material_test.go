package event_test

import (
	"testing"

	"parley"
)

// TestMaterialEvents checks the acts of yielding, withdrawing, helping and
// moving forces: SUPPORT, CONCEDE, RETREAT, COOPERATE, AID and MOBILIZE.
func TestMaterialEvents(t *testing.T) {
	tests := []eventCase{
		{"a_truce_declared_by_one_side_concedes", "2024-03-11",
			"The Houthis declared a unilateral truce with Saudi Arabia on Sunday.",
			[]want{{typ: parley.Concede, source: "Houthis", target: "Saudi Arabia", date: "2024-03-10"}}},
		{"attacks_suspended_concede", "2024-03-11",
			"Hezbollah suspended its attacks on Israel on Friday.",
			[]want{{typ: parley.Concede, source: "Hezbollah", target: "Israel", date: "2024-03-08"}}},
		{"withdrawn_from_villages_in_a_state", "2024-03-11",
			"Israeli troops withdrew from several villages in southern Lebanon on Sunday.",
			[]want{{typ: parley.Retreat, source: "Israel Defense Forces", target: "Lebanon", date: "2024-03-10"}}},
		{"troops_pulled_out_of_a_city", "2024-03-11",
			"Russia pulled its troops out of Kherson on Friday.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Ukraine", date: "2024-03-08"}}},
		{"troops_pulled_from_home_ground_is_no_retreat", "2024-03-11",
			"Russia withdrew its troops from Belgorod on Friday.", nil},
		{"leaving_talks_held_in_a_state_is_no_retreat", "2024-03-11",
			"The United States withdrew from the talks in Doha on Friday.", nil},
		{"solidarity_with_a_state", "2024-03-11",
			"The Arab League stood in solidarity with Jordan on Monday.",
			[]want{{typ: parley.Support, source: "Arab League", target: "Jordan", date: "2024-03-11"}}},
		{"standing_behind_a_state", "2024-03-11",
			"Germany stands firmly behind Israel.",
			[]want{{typ: parley.Support, source: "Germany", target: "Israel"}}},
		{"standing_behind_a_podium_is_no_support", "2024-03-11",
			"Biden stood behind the podium in the Oval Office.", nil},
		{"the_head_of_a_body_speaks_for_it", "2025-01-10",
			"NATO Secretary General Mark Rutte said the alliance fully supported Finland.",
			[]want{{typ: parley.Support, source: "Mark Rutte", target: "Finland"}}},
		{"a_resignation_announced_answers_its_demanders", "2024-04-20",
			"Protesters demanded that Prime Minister Ariel Henry step down. Henry announced his resignation on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Ariel Henry", target: "Haitian protesters", date: "2024-04-16"}}},
		{"anothers_resignation_announced_is_no_retreat", "2024-04-20",
			"Macron announced the resignation of his prime minister on Friday.", nil},
		{"a_payment_disbursed", "2024-03-11",
			"The IMF disbursed a $700 million tranche to Egypt on Friday.",
			[]want{{typ: parley.Aid, source: "International Monetary Fund", target: "Egypt", date: "2024-03-08"}}},
	}
	runEventCases(t, tests)
}

// TestMaterialReadingsRuledOut checks readings of the same words that must
// not be coded, beside the one that must.
func TestMaterialReadingsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"an_offensive_suspended_is_no_assault", "2024-03-11",
			"The Syrian army agreed on Monday to suspend its offensive against rebel fighters in Idlib.",
			want{}, want{typ: parley.Assault}},
		{"talks_ended_were_held", "2024-03-11",
			"Putin and Xi ended their talks in Beijing on Friday.",
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2024-03-08"}, want{}},
		{"an_offensive_ended_is_no_assault", "2024-03-11",
			"Israel ended its offensive against militants in Lebanon on Monday.",
			want{}, want{typ: parley.Assault}},
	}
	runRuledOut(t, tests)
}

// TestPenaltyPackagesAreNoHelp checks that a bundle of penalties approved
// ("a package of sanctions", "a sanctions package") is a sanction and no
// help to its target, while an aid package or a tranche of loans stays
// help.
func TestPenaltyPackagesAreNoHelp(t *testing.T) {
	tests := []ruledOutCase{
		{"a_package_of_sanctions", "2024-06-27",
			"European Union leaders on Thursday approved a 14th package of sanctions against Russia.",
			want{typ: parley.Sanction, source: "European Council", target: "Russia", date: "2024-06-27"}, want{typ: parley.Aid}},
		{"a_sanctions_package", "2024-06-27",
			"The EU approved a sanctions package against Iran.",
			want{typ: parley.Sanction, source: "European Union", target: "Iran"}, want{typ: parley.Aid}},
		{"an_aid_package", "2024-04-24",
			"Congress approved a $60 billion aid package for Ukraine.",
			want{typ: parley.Aid, source: "United States Congress", target: "Ukraine"}, want{}},
		{"a_package_of_measures_to_help", "2024-05-10",
			"The EU approved a package of measures to support Ukraine.",
			want{typ: parley.Aid, source: "European Union", target: "Ukraine"}, want{}},
		{"a_tranche_of_loans", "2024-05-10",
			"The IMF approved a new tranche of loans to Pakistan.",
			want{typ: parley.Aid, source: "International Monetary Fund", target: "Pakistan"}, want{}},
	}
	runRuledOut(t, tests)
}

// TestPenaltiesInMoney checks fines as penalties: a court or a
// commission that fines a state, or imposes a fine or a daily penalty on
// it, sanctions it.
func TestPenaltiesInMoney(t *testing.T) {
	runEventCases(t, []eventCase{
		{"fined", "2024-06-14",
			"The Court of Justice of the European Union fined Hungary 200 million euros on Thursday.",
			[]want{{typ: parley.Sanction, source: "Court of Justice of the European Union", target: "Hungary", date: "2024-06-13"}}},
		{"imposed_a_daily_penalty", "2024-06-14",
			"The Court of Justice of the European Union also imposed a penalty of one million euros a day on Hungary.",
			[]want{{typ: parley.Sanction, source: "Court of Justice of the European Union", target: "Hungary"}}},
	})
}
