package event_test

import (
	"testing"

	"parley"
)

// TestAccordsNamedForPlaces checks accords named for the capital or seat
// where they were signed: the place names the accord, it signs nothing.
func TestAccordsNamedForPlaces(t *testing.T) {
	tests := []ruledOutCase{
		{"an_act_named_for_a_capital", "1998-10-27",
			"Mahuad and Fujimori signed the Brasília Presidential Act on Monday.",
			want{typ: parley.Agree, source: "Jamil Mahuad", target: "Alberto Fujimori", date: "1998-10-26"},
			want{typ: parley.Agree, target: "Brazil"}},
		{"a_capital_without_its_accent", "1998-10-27",
			"Mahuad and Fujimori signed the Brasilia Presidential Act on Monday.",
			want{typ: parley.Agree, source: "Jamil Mahuad", target: "Alberto Fujimori"},
			want{typ: parley.Agree, target: "Brazil"}},
		{"an_agreement_named_for_a_capital", "1999-07-12",
			"Rwanda and the DRC both signed the Lusaka Ceasefire Agreement on Saturday.",
			want{typ: parley.Agree, source: "Rwanda", target: "Democratic Republic of the Congo"},
			want{typ: parley.Agree, target: "Zambia"}},
		// A law signed is no accord.
		{"an_act_signed_into_law", "2019-12-21",
			"Trump signed the Caesar Act into law on Friday.",
			want{},
			want{typ: parley.Agree}},
		{"an_act_in_lower_case", "2019-12-21",
			"Biden signed the act on Friday.",
			want{},
			want{typ: parley.Agree}},
	}
	runRuledOut(t, tests)
}
