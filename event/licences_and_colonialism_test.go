package event_test

import (
	"testing"

	"parley"
)

// TestLicencesRevokedAndColonialism checks licences revoked as a penalty
// on whoever held them, the named members of "ten aid agencies, among
// them …" as those penalised, and a court called an instrument of
// colonialism as a censure of it.
func TestLicencesRevokedAndColonialism(t *testing.T) {
	runEventCases(t, []eventCase{
		{"licences_of_named_agencies", "2009-03-05",
			"Sudan revoked the licences of Oxfam and CARE International on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Sudan", target: "Oxfam", date: "2009-03-04"},
				{typ: parley.Sanction, source: "Sudan", target: "CARE International", date: "2009-03-04"}}},
		{"agencies_among_them", "2009-03-05",
			"Sudan revoked the licences of ten foreign aid agencies, among them Oxfam and CARE International.",
			[]want{{typ: parley.Sanction, source: "Sudan", target: "Oxfam"},
				{typ: parley.Sanction, source: "Sudan", target: "CARE International"}}},
		{"instrument_of_colonialism", "2009-03-05",
			"The International Criminal Court issued a warrant for Sudan's President Omar al-Bashir on Wednesday. Bashir called the court an instrument of a new colonialism.",
			[]want{{typ: parley.Accuse, source: "Omar al-Bashir", target: "International Criminal Court"}}},
	})
}
