package event_test

import (
	"testing"

	"parley"
)

// TestActsToldInSequence checks acts whose clause ties them to what was
// told just before ("within hours of the execution", "three days later"):
// they take that date, or its month when the count is vague.
func TestActsToldInSequence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"within_hours_of_a_deed_not_coded", "2019-04-10",
			"Saudi Arabia executed a Norwegian national on Tuesday. Within hours of the execution, Norway recalled its ambassador from Riyadh.",
			[]want{{typ: parley.Sanction, source: "Norway", target: "Saudi Arabia", date: "2019-04-09"}}},
		{"hours_after_a_ruling", "2016-07-22",
			"A Turkish court upheld the ban on the opposition party on Thursday. Hours after the ruling, the European Union urged Turkey to respect political pluralism.",
			[]want{{typ: parley.Request, source: "European Union", target: "Turkey", date: "2016-07-21"}}},
		{"within_days_gives_the_month", "2024-01-20",
			"Floods swept through Niamey on 10 December 2023. Within days Nigerien troops surrounded the French embassy and detained the French ambassador.",
			[]want{{typ: parley.Coerce, source: "Niger Armed Forces", target: "France", date: "2023-12"}}},
		// A time of day is no act to follow.
		{"shortly_before_midnight_is_a_time", "2020-02-12",
			"Iran's letter reached New York on Sunday. Pérez de Cuéllar, who read it shortly before midnight, welcomed Iran's decision.",
			[]want{{typ: parley.Support, source: "Pérez de Cuéllar", target: "Iran", date: "-"}}},
	})
}

// TestSigningsInACityOfAState checks a signing told with the city and
// its state before the accord: "signed in Pretoria, South Africa, a peace
// agreement with …" is still a signing with the one after "with".
func TestSigningsInACityOfAState(t *testing.T) {
	runEventCases(t, []eventCase{
		{"city_and_state_before_the_accord", "2002-07-31",
			"President Paul Kagame on Tuesday signed in Pretoria, South Africa, a peace agreement with President Joseph Kabila.",
			[]want{{typ: parley.Agree, source: "Paul Kagame", target: "Joseph Kabila", date: "2002-07-30"}}},
	})
}

// TestOccasionsNamedFirst checks an act whose sentence names its occasion
// ("Before the signing"): it takes that occasion's day, not the day of
// other dealings of the two told elsewhere.
func TestOccasionsNamedFirst(t *testing.T) {
	runEventCases(t, []eventCase{
		{"before_the_signing_not_the_urging_of_monday", "1994-10-27",
			"King Hussein and Prime Minister Yitzhak Rabin signed the peace treaty at Wadi Araba today. Before the signing, President Bill Clinton held talks with King Hussein. On Monday Clinton urged King Hussein to sign the treaty without delay.",
			[]want{{typ: parley.Consult, source: "Bill Clinton", target: "Hussein of Jordan", date: "1994-10-27"}}},
	})
}
