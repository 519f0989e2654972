package event_test

import (
	"testing"

	"parley"
)

// TestSupportEvents checks thanks, praise, condolences and backing, and the
// agreements that go with them: SUPPORT and AGREE.
func TestSupportEvents(t *testing.T) {
	tests := []eventCase{
		{"condolences_to_a_list_repeating_to", "2024-03-11",
			"Chancellor Scholz sent condolences to Turkey, to Syria and to Lebanon.",
			[]want{{typ: parley.Support, source: "Olaf Scholz", target: "Syria"},
				{typ: parley.Support, source: "Olaf Scholz", target: "Lebanon"}}},
		{"gratitude_to_leaders_each_of_their_state", "2024-03-11",
			"President Macron expressed his gratitude to Erdogan, to President Alain Berset of the Swiss Confederation and to Prime Minister Fumio Kishida of Japan for their help.",
			[]want{{typ: parley.Support, source: "Emmanuel Macron", target: "Recep Tayyip Erdoğan"},
				{typ: parley.Support, source: "Emmanuel Macron", target: "Fumio Kishida"}}},
		{"gratitude_past_a_name_after_its_title", "2024-03-11",
			"President Biden expressed his gratitude to the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, to Sultan Haitham bin Tariq of Oman and to President Yoon Suk Yeol for their help.",
			[]want{{typ: parley.Support, source: "Joe Biden", target: "Tamim bin Hamad Al Thani"},
				{typ: parley.Support, source: "Joe Biden", target: "Haitham bin Tariq"},
				{typ: parley.Support, source: "Joe Biden", target: "Yoon Suk Yeol"}}},
	}
	runEventCases(t, tests)
}

// TestSupportReadingsRuledOut checks readings of the same words that must
// not be coded, beside the one that must.
func TestSupportReadingsRuledOut(t *testing.T) {
	tests := []ruledOutCase{
		{"a_clause_after_the_list_is_no_item", "2024-03-11",
			"Scholz sent condolences to Turkey, and Erdogan thanked him on Monday.",
			want{typ: parley.Support, source: "Olaf Scholz", target: "Turkey"},
			want{typ: parley.Support, source: "Olaf Scholz", target: "Recep Tayyip Erdoğan"}},
		{"a_relative_clause_to_whom_ends_the_list", "2024-03-11",
			"Scholz wrote to Erdogan, to whom Putin had sent condolences on Sunday.",
			want{}, want{typ: parley.Support, source: "Olaf Scholz", target: "Vladimir Putin"}},
	}
	runRuledOut(t, tests)
}

// TestSecondConjunctObject checks that an actor named as the second of
// two objects, after a phrase that names no actor, is still the object.
func TestSecondConjunctObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"praised_a_group_and_a_government", "1998-01-24",
			"On Friday New Zealand's foreign minister Don McKinnon praised the Bougainville delegations and the Papua New Guinea government for their courage.",
			[]want{{typ: parley.Support, source: "Don McKinnon", target: "Papua New Guinea", date: "1998-01-23"}}},
	})
}

// TestJudgedParts checks that a verb of judgement whose object is an
// actor's part ("the role of Japan", "the role that Japan has played") is
// aimed at the actor, and that recognition withdrawn is a penalty.
func TestJudgedParts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"praised_the_role_of", "1998-10-08",
			"President Kim Dae-jung praised the role of Japan as a peaceful democracy.",
			[]want{{typ: parley.Support, source: "Kim Dae-jung", target: "Japan"}}},
		{"praised_the_role_that", "1998-10-08",
			"President Kim Dae-jung also praised the role that Japan has played since the war.",
			[]want{{typ: parley.Support, source: "Kim Dae-jung", target: "Japan"}}},
		{"praised_the_efforts_of", "1998-10-08",
			"President Kim Dae-jung praised the tireless efforts of the United Nations.",
			[]want{{typ: parley.Support, source: "Kim Dae-jung", target: "United Nations"}}},
		{"praised_the_courage_of_both", "1993-09-14",
			"Yitzhak Rabin and Yasser Arafat shook hands at the White House. Nelson Mandela praised the courage of both leaders.",
			[]want{{typ: parley.Support, source: "Nelson Mandela", target: "Yitzhak Rabin"}, {typ: parley.Support, source: "Nelson Mandela", target: "Yasser Arafat"}}},
		{"refuge_granted", "1991-05-29",
			"Zimbabwe has granted refuge to Mengistu Haile Mariam.",
			[]want{{typ: parley.Aid, source: "Zimbabwe", target: "Mengistu Haile Mariam"}}},
		{"recognition_withdrawn", "1983-11-05",
			"Burma yesterday withdrew its recognition of North Korea after an official inquiry.",
			[]want{{typ: parley.Sanction, source: "Myanmar", target: "North Korea", date: "1983-11-04"}}},
	})
}

// TestJudgedDeedsOfOthers checks that "welcomed his decision" after a
// sentence about another man's deed is aimed at him, not at the one who
// welcomed it.
func TestJudgedDeedsOfOthers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_his_decision", "2005-02-28",
			"Faure Gnassingbé resigned on Friday. In New York, the UN Secretary-General, Kofi Annan, welcomed his decision.",
			[]want{{typ: parley.Support, source: "Kofi Annan", target: "Faure Gnassingbé"}}},
	})
}

// TestRightsSuspended checks that a state's rights suspended by another
// ("the landing rights of the Polish state airline") are a penalty on it.
func TestRightsSuspended(t *testing.T) {
	runEventCases(t, []eventCase{
		{"landing_rights_suspended", "1981-12-24",
			"President Ronald Reagan last night suspended the landing rights of the Polish state airline LOT and the fishing rights of Polish vessels in American waters.",
			[]want{{typ: parley.Sanction, source: "Ronald Reagan", target: "Poland", date: "1981-12-23"}}},
	})
}

// TestSupportForAPeopleAndTies covers support whose object names its
// target indirectly: a state's people by their demonym ("thanked the
// Japanese people") and the partner of ties welcomed or refused
// ("welcomed the restoration of ties with Cuba", "rejected any
// normalisation of relations with Israel").
func TestSupportForAPeopleAndTies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"demonym_people", "2011-04-02",
			"Prime Minister Naoto Kan thanked the American people for their help after the earthquake.",
			[]want{{typ: parley.Support, source: "Naoto Kan", target: "United States"}}},
		{"ties_with", "2015-07-20",
			"Brazil welcomed the restoration of diplomatic ties with Cuba.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Cuba"}}},
		{"relations_refused", "2020-08-14",
			"Pakistan rejected any normalisation of relations with Israel.",
			[]want{{typ: parley.Reject, source: "Pakistan", target: "Israel"}}},
	})
}

// TestThanksToAnEnvoyNamedAfterHisOffice covers thanks to someone named
// after an office that serves another's ("the Personal Envoy of the UN
// Secretary-General, Mirko Manzoni"): the one named is thanked, not his
// principal.
func TestThanksToAnEnvoyNamedAfterHisOffice(t *testing.T) {
	runEventCases(t, []eventCase{
		{"envoy_of_the_secretary_general", "2019-08-07",
			"President Filipe Nyusi expressed his gratitude to the Personal Envoy of the UN Secretary-General, Mirko Manzoni, for his work.",
			[]want{{typ: parley.Support, source: "Filipe Nyusi", target: "Mirko Manzoni"}}},
	})
}

// TestThanksToAGroupNamedAfterARelativeClause covers a group whose members
// are listed after a relative clause about them ("the leaders who backed
// the bid, among them …"): each one named is thanked.
func TestThanksToAGroupNamedAfterARelativeClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"among_them_after_who", "2022-06-24",
			"President Maia Sandu thanked the leaders who supported Moldova's candidacy, among them Chancellor Olaf Scholz and President Emmanuel Macron.",
			[]want{{typ: parley.Support, source: "Maia Sandu", target: "Olaf Scholz"},
				{typ: parley.Support, source: "Maia Sandu", target: "Emmanuel Macron"}}},
		{"including_after_who", "2022-06-24",
			"President Maia Sandu thanked the leaders who supported Moldova's candidacy, including Chancellor Olaf Scholz.",
			[]want{{typ: parley.Support, source: "Maia Sandu", target: "Olaf Scholz"}}},
	})
}

// TestOneSingledOutOfAGroup covers thanks to an unnamed group with one
// member singled out ("thanked the leaders of the member states, and
// Vladimir Putin in particular"): the one singled out is thanked.
func TestOneSingledOutOfAGroup(t *testing.T) {
	runEventCases(t, []eventCase{
		{"and_x_in_particular", "2022-01-11",
			"President Kassym-Jomart Tokayev thanked the leaders of the member states, and Vladimir Putin in particular, for their prompt response.",
			[]want{{typ: parley.Support, source: "Kassym-Jomart Tokayev", target: "Vladimir Putin"}}},
		{"especially_x", "2022-01-11",
			"President Kassym-Jomart Tokayev thanked the donor countries, especially Japan, for their help.",
			[]want{{typ: parley.Support, source: "Kassym-Jomart Tokayev", target: "Japan"}}},
	})
}

// TestThanksGivenTo covers "his thanks to both parties": the thanks
// given, with their addressees after "to", not "thanks to" as "because
// of".
func TestThanksGivenTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"his_thanks_to_both_parties", "2025-04-13",
			"Iran and the United States held indirect talks in Muscat on Saturday, mediated by Oman. Foreign Minister Badr Albusaidi expressed his thanks to both parties for their constructive engagement.",
			[]want{{typ: parley.Support, source: "Badr Albusaidi", target: "Iran"},
				{typ: parley.Support, source: "Badr Albusaidi", target: "United States"}}},
	})
}

// TestFundsWithheld checks money held back from a state or a body: a
// sanction on the one it was due to, named after "to" or, for
// "withhold", "from".
func TestFundsWithheld(t *testing.T) {
	runEventCases(t, []eventCase{
		{"withholding_aid_from", "2013-10-10",
			"The United States is withholding military aid from Egypt.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Egypt"}}},
		{"withheld_payments_to_a_body", "2011-11-01",
			"The United States withheld its payments to UNESCO.",
			[]want{{typ: parley.Sanction, source: "United States", target: "United Nations Educational, Scientific and Cultural Organization"}}},
	})
	runNotCases(t, []notCase{
		{"aid_withheld_is_no_refusal", "2024-03-10",
			"The United States withheld 95 million dollars in aid from Egypt.",
			want{typ: parley.Reject}},
		{"a_loan_put_off_from_a_lender", "2019-04-02",
			"Pakistan postponed a loan from the International Monetary Fund.",
			want{typ: parley.Sanction, target: "International Monetary Fund"}},
	})
}

// TestTariffsAppliedAndAnswered checks tariffs "applied to" a state's
// goods and counter-tariffs: sanctions on the state.
func TestTariffsAppliedAndAnswered(t *testing.T) {
	runEventCases(t, []eventCase{
		{"tariffs_applied_to_imports", "2018-06-05",
			"Since June 1, the United States has applied 25 per cent tariffs to imports of Mexican steel.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Mexico", date: "2018-06-01"}}},
		{"counter_tariffs_on_goods_from", "2018-06-06",
			"Mexico responded on Tuesday with counter-tariffs on 3 billion dollars of goods from the United States.",
			[]want{{typ: parley.Sanction, source: "Mexico", target: "United States", date: "2018-06-05"}}},
	})
	runNotCases(t, []notCase{
		{"sanctions_applied_are_no_bid", "2024-05-10",
			"The European Union applied new sanctions to Belarus.",
			want{typ: parley.Request}},
	})
}
