package event_test

import (
	"testing"

	"parley"
)

// TestFrontedYears checks that a year opening the sentence dates its
// clause however long the subject, so that a later meeting of the same
// sides does not lend the old signing its day.
func TestFrontedYears(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"a_signing_of_1966_is_not_thursdays", "2023-12-15",
			"Guyana and Venezuela have long quarrelled over the Essequibo. In 1966, the two countries and the United Kingdom signed the Geneva Agreement. Guyana's President Irfaan Ali and Venezuela's President Nicolás Maduro met on Thursday in Argyle and agreed not to use force.",
			want{typ: parley.Agree, source: "Guyana", target: "United Kingdom"},
			want{typ: parley.Agree, source: "Guyana", target: "United Kingdom", date: "2023-12-14"}},
	})
}

// TestDisputesTakenToCourt checks "took the dispute to the International
// Court of Justice": a suit against the other side of the quarrel told
// just before.
func TestDisputesTakenToCourt(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dispute_taken_to_the_icj", "2023-12-15",
			"Guyana and Venezuela have long quarrelled over the Essequibo. Guyana took the dispute to the International Court of Justice in March 2018.",
			[]want{{typ: parley.Accuse, source: "Guyana", target: "Venezuela", date: "2018-03"}}},
		{"case_taken_to_a_tribunal", "2016-07-12",
			"The Philippines and China have clashed over Scarborough Shoal. Manila took its case to an arbitral tribunal in The Hague in January 2013.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China", date: "2013-01"}}},
	})
}
