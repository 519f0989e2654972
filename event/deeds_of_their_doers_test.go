package event_test

import (
	"testing"

	"parley"
)

// TestWelcomedDeedsOfTheirDoers covers support for a deed whose doer
// follows "of" ("the return of the United States", "the withdrawal of
// Russian troops"): the doer is the one supported.
func TestWelcomedDeedsOfTheirDoers(t *testing.T) {
	tests := []eventCase{
		{"a_return", "2021-02-23",
			"Prime Minister Justin Trudeau welcomed the return of the United States to the Paris Agreement on Tuesday.",
			[]want{{typ: parley.Support, source: "Justin Trudeau", target: "United States"}}},
		{"a_withdrawal", "2021-04-23",
			"Finland's President Sauli Niinistö welcomed the withdrawal of Russian troops from the border.",
			[]want{{typ: parley.Support, source: "Sauli Niinistö", target: "Russia"}}},
		{"a_participation_rejected", "2021-04-23",
			"Poland rejected the participation of Russia in the talks.",
			[]want{{typ: parley.Reject, source: "Poland", target: "Russia"}}},
	}
	runEventCases(t, tests)
}

// TestViolenceAgainstSomeone checks that violence condemned, done to
// someone, is the force told before.
func TestViolenceAgainstSomeone(t *testing.T) {
	runEventCases(t, []eventCase{
		{"violence_against_demonstrators", "2024-11-30",
			"Riot police in Tbilisi used water cannon and tear gas early on Friday to disperse thousands of protesters. Kaja Kallas condemned the violence against peaceful demonstrators.",
			[]want{{typ: parley.Accuse, source: "Kaja Kallas", target: "Georgian Police"}}},
		{"brutality_of_the_police", "2024-11-30",
			"Riot police in Tbilisi beat protesters with batons on Friday. Kaja Kallas condemned the brutality.",
			[]want{{typ: parley.Accuse, source: "Kaja Kallas", target: "Georgian Police"}}},
	})
}

// TestDeclarationsOfTheirSigners checks that a declaration told before
// is a pact whose parties its critics and refusers aim at.
func TestDeclarationsOfTheirSigners(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_declaration_condemned", "2025-01-16",
			"Somalia and Ethiopia signed a joint declaration in Ankara on Wednesday. Eritrea condemned the declaration.",
			[]want{{typ: parley.Accuse, source: "Eritrea", target: "Somalia"}, {typ: parley.Accuse, source: "Eritrea", target: "Ethiopia"}}},
		{"a_declaration_never_accepted", "1990-03-20",
			"Lithuania's parliament declared independence on 11 March. Moscow has never accepted the declaration.",
			[]want{{typ: parley.Reject, source: "Soviet Union", target: "Parliament of Lithuania", status: parley.Occurred}}},
	})
}

// TestComplaintsAnswered checks that a complaint rejected is answered to
// whoever made it, be it a demand or a protest.
func TestComplaintsAnswered(t *testing.T) {
	runEventCases(t, []eventCase{
		{"demand_then_complaint_rejected", "2023-05-20",
			"Malaysia demanded that China withdraw its coast guard ship from Luconia Shoals. Beijing rejected the complaint on Saturday.",
			[]want{{typ: parley.Reject, source: "China", target: "Malaysia"}}},
		{"protest_then_complaints_dismissed", "2023-05-20",
			"Japan protested to South Korea over the survey. Seoul dismissed the complaints.",
			[]want{{typ: parley.Reject, source: "South Korea", target: "Japan"}}},
	})
}

// TestEntriesCondemned checks that an incursion or operation condemned
// after troops were told crossing into a state is aimed at the state that
// sent them.
func TestEntriesCondemned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an_incursion_condemned", "1998-08-05",
			"Rwandan troops crossed into Congo on Monday, in a move Kigali said was aimed at rebels. Congo's President Laurent Kabila condemned the incursion as an act of war.",
			[]want{
				{typ: parley.Mobilize, source: "Rwanda Defence Force", target: "Democratic Republic of the Congo", date: "1998-08-03"},
				{typ: parley.Accuse, source: "Laurent-Désiré Kabila", target: "Rwanda"},
			}},
	})
}

// TestProtestsRejected checks that a protest rejected after one was
// lodged answers the one who lodged it, while a crowd's protest condemned
// is no lodged protest.
func TestProtestsRejected(t *testing.T) {
	const lodged = "Foreign Minister Taro Aso summoned Mikhail Galuzin, the acting head of the Russian Embassy, on Wednesday and lodged a strong protest. "
	runEventCases(t, []eventCase{
		{"a_protest_lodged_then_rejected", "2006-08-17",
			lodged + "Mr. Galuzin rejected the protest.",
			[]want{{typ: parley.Reject, source: "Mikhail Galuzin", target: "Tarō Asō"}}},
	})
	runNotCases(t, []notCase{
		{"a_crowds_protest", "2006-08-17",
			lodged + "Mr. Galuzin rejected the protest. The government condemned the protest by thousands of students.",
			want{typ: parley.Accuse, target: "Tarō Asō"}},
	})
}
