package event_test

import (
	"testing"

	"parley"
)

// TestCalledOneOf checks "called X one of the most …": a naming, which
// censures X when the words censure, and never a phone call.
func TestCalledOneOf(t *testing.T) {
	tests := []ruledOutCase{
		{"called_one_of_the_most_oppressive", "1991-11-02",
			"In his speech on Friday, Shamir called Syria one of the most oppressive regimes in the world.",
			want{typ: parley.Accuse, source: "Yitzhak Shamir", target: "Syria"},
			want{typ: parley.Consult}},
		{"called_one_of_its_closest_partners", "2023-05-10",
			"Modi called Japan one of India's closest partners.",
			want{},
			want{typ: parley.Consult}},
		{"a_phone_call_stays_one", "1991-11-02",
			"Shamir called Assad on Friday.",
			want{typ: parley.Consult, source: "Yitzhak Shamir", target: "Hafez al-Assad", medium: parley.Phone},
			want{typ: parley.Accuse}},
	}
	runRuledOut(t, tests)
}

// TestOneUnnamedOfficial checks "an Eritrean official" as a subject: one
// unnamed servant of the state, who acts for it.
func TestOneUnnamedOfficial(t *testing.T) {
	tests := []ruledOutCase{
		{"an_official_visits", "1998-11-06",
			"In March, an Eritrean official visited Sana'a, the first such visit since the fighting.",
			want{typ: parley.Consult, source: "Eritrea", target: "Yemen"},
			want{typ: parley.Consult, source: "Yemen"}},
		{"a_diplomat_urges", "2024-05-10",
			"A Chinese diplomat urged Japan on Friday to stop the release of the water.",
			want{typ: parley.Request, source: "China", target: "Japan"},
			want{typ: parley.Request, source: "Japan"}},
		// Met, an official is the one met; no state visits itself.
		{"an_official_met", "1998-11-06",
			"Yemen's foreign minister met an Eritrean official on Monday.",
			want{},
			want{typ: parley.Consult, source: "Eritrea"}},
	}
	runRuledOut(t, tests)
}

// TestSupportWithdrawn checks backing taken away: a sanction of the one
// it was given to.
func TestSupportWithdrawn(t *testing.T) {
	tests := []ruledOutCase{
		{"support_withdrawn_from_a_leader", "2019-11-12",
			"The United States withdrew its support for Evo Morales on Sunday.",
			want{typ: parley.Sanction, source: "United States", target: "Evo Morales", date: "2019-11-10"},
			want{typ: parley.Support}},
		{"backing_withdrawn_from_a_state", "2019-11-12",
			"Brazil withdrew its backing for Venezuela's bid on Sunday.",
			want{typ: parley.Sanction, source: "Brazil", target: "Venezuela"},
			want{typ: parley.Support}},
	}
	runRuledOut(t, tests)
}

// TestForcesDrawnDown checks a military presence made smaller: a retreat
// toward the state it stood in.
func TestForcesDrawnDown(t *testing.T) {
	tests := []ruledOutCase{
		{"a_garrison_cut", "1990-03-10",
			"The Soviet Union, which has been cutting its garrison in Mongolia since 1987, has made no comment.",
			want{typ: parley.Retreat, source: "Soviet Union", target: "Mongolia"},
			want{typ: parley.Sanction}},
		{"troops_reduced", "2020-07-30",
			"The United States reduced the number of its troops in Germany on Wednesday.",
			want{typ: parley.Retreat, source: "United States", target: "Germany"},
			want{typ: parley.Retreat, target: "United States"}},
		// A unit of account is no unit of troops.
		{"a_unit_of_account", "2023-01-23",
			"Brazil and Argentina agreed to study a common unit of account, in order to reduce the use of the US dollar.",
			want{},
			want{typ: parley.Retreat}},
	}
	runRuledOut(t, tests)
}

// TestMutualStandoffs checks two states that mass or withdraw forces with
// no one else named: each toward the other.
func TestMutualStandoffs(t *testing.T) {
	tests := []ruledOutCase{
		{"both_withdrew", "1996-01-31",
			"Greece and Turkey withdrew warships and troops from a pair of uninhabited rocks early on Wednesday.",
			want{typ: parley.Retreat, source: "Turkey", target: "Greece", date: "1996-01-31"},
			want{typ: parley.Retreat, target: "Turkey", source: "Turkey"}},
		{"both_massed", "1996-01-31",
			"Greece and Turkey massed warships near the rocks on Tuesday.",
			want{typ: parley.Mobilize, source: "Greece", target: "Turkey", date: "1996-01-30"},
			want{typ: parley.Mobilize, source: "Greece", target: "Greece"}},
		// Allies deploying together do not face each other.
		{"allies_deployed", "1990-08-10",
			"The United States and Britain deployed warships to the Gulf on Thursday.",
			want{},
			want{typ: parley.Mobilize, source: "United States", target: "United Kingdom"}},
	}
	runRuledOut(t, tests)
}

// TestEachOfItsNeighbours checks a list in apposition to "each of its
// neighbours": every state it names is a party.
func TestEachOfItsNeighbours(t *testing.T) {
	for _, name := range []string{"Syria", "Lebanon", "Jordan"} {
		runRuledOut(t, []ruledOutCase{
			{"talks_with_" + name, "1991-11-01",
				"Israel will hold talks with Egypt and each of its neighbours, Syria, Lebanon and Jordan.",
				want{typ: parley.Consult, source: "Israel", target: name},
				want{typ: parley.Consult, target: "Israel", source: "Israel"}},
		})
	}
}

// TestRoleRejected checks a part refused to someone: "rejects any role
// for the Security Council" rejects the Council; interference in a state
// rejected is no rejection of that state.
func TestRoleRejected(t *testing.T) {
	tests := []ruledOutCase{
		{"a_role_for_a_body", "2021-07-08",
			"Ethiopia rejects any role for the Security Council in the dispute.",
			want{typ: parley.Reject, source: "Ethiopia", target: "United Nations Security Council"},
			want{typ: parley.Reject, target: "Ethiopia"}},
		{"mediation_of_a_body", "2021-07-08",
			"Ethiopia rejected the mediation of the African Union on Monday.",
			want{typ: parley.Reject, source: "Ethiopia", target: "African Union"},
			want{typ: parley.Reject, target: "Ethiopia"}},
		{"interference_in_a_state", "2020-01-19",
			"The ministers rejected all forms of foreign interference in the internal affairs of Libya.",
			want{},
			want{typ: parley.Reject, target: "Libya"}},
	}
	runRuledOut(t, tests)
}

// TestOneSidePullsBack checks two bodies of one state withdrawing: one
// side pulling back, not the two acting on each other.
func TestOneSidePullsBack(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"troops_and_police_of_one_state", "1994-03-01",
			"South African troops and police withdrew from the town over the weekend.",
			want{},
			want{typ: parley.Retreat, source: "South African Police Service"}},
	})
}

// TestReassuredAndShunned checks "reassured", read as "assured" is, and
// "shunned", a snub.
func TestReassuredAndShunned(t *testing.T) {
	tests := []ruledOutCase{
		{"reassured_of", "2022-04-15",
			"Blinken reassured Seoul of America's commitment on Monday.",
			want{typ: parley.Support, source: "Antony Blinken", target: "South Korea"},
			want{typ: parley.Support, target: "United States"}},
		{"reassured_that", "2022-04-15",
			"Biden reassured Zelensky that aid would continue.",
			want{typ: parley.Agree, source: "Joe Biden", target: "Volodymyr Zelensky"},
			want{typ: parley.Agree, source: "Volodymyr Zelensky"}},
		{"shunned", "2022-04-15",
			"Germany shunned Lukashenko at the summit.",
			want{typ: parley.Reject, source: "Germany", target: "Alexander Lukashenko"},
			want{typ: parley.Reject, source: "Alexander Lukashenko"}},
	}
	runRuledOut(t, tests)
}

// TestVigilsAndSitIns checks demonstrations by other names, and a crowd
// named by a two-word demonym that joins them.
func TestVigilsAndSitIns(t *testing.T) {
	tests := []ruledOutCase{
		{"a_sit_in", "2022-04-15",
			"Hundreds of Indians held a sit-in outside the Chinese embassy on Monday.",
			want{typ: parley.Protest, source: "Indian protesters", target: "China"},
			want{typ: parley.Protest, source: "India"}},
		{"vigils_joined_by_a_two_word_demonym", "2003-01-11",
			"Last month tens of thousands of South Koreans joined candlelight vigils against the United States.",
			want{typ: parley.Protest, source: "South Korean protesters", target: "United States"},
			want{typ: parley.Protest, source: "South Korea"}},
		// A vigil for the dead names no one it is against.
		{"a_vigil_for_victims", "2022-04-15",
			"Mourners held a candlelight vigil for the victims in Kyiv on Monday.",
			want{},
			want{typ: parley.Protest}},
	}
	runRuledOut(t, tests)
}

// TestAcquiescedAndCapitulated checks two more words of yielding.
func TestAcquiescedAndCapitulated(t *testing.T) {
	tests := []ruledOutCase{
		{"acquiesced_to_demands", "2022-04-15",
			"Greece acquiesced to Germany's demands on Monday.",
			want{typ: parley.Concede, source: "Greece", target: "Germany"},
			want{typ: parley.Concede, source: "Germany"}},
		{"capitulated_to_a_state", "2022-04-15",
			"Greece capitulated to Germany on Monday.",
			want{typ: parley.Concede, source: "Greece", target: "Germany"},
			want{typ: parley.Concede, source: "Germany"}},
	}
	runRuledOut(t, tests)
}
