package event_test

import (
	"testing"

	"parley"
)

// TestDaysAfterNamedOccasion checks sentences that open on a count of
// days from an occasion the story dated before — "A day after the
// election,", "Two days after the summit,", "The morning after the
// vote," — and occasions whose day only names them ("the 24 November
// election", "Sunday's vote").
func TestDaysAfterNamedOccasion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_day_after_the_election_in_a_wire", "2024-12-12",
			"Serbia held a snap parliamentary election on Sunday. The ruling party won a majority. A day after the election, the European Union urged Belgrade to investigate reports of irregularities.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia", date: "2024-12-09"}}},
		{"two_days_after_a_summit_named_by_its_day", "2024-12-12",
			"Japan and South Korea signed a defence pact at the December 7 summit in Tokyo. The two leaders spoke warmly. Two days after the summit, China criticised Japan for expanding its military.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan", date: "2024-12-09"}}},
		{"morning_after_a_possessive_day", "2024-12-12",
			"Poland's Sunday election returned a pro-European coalition. The campaign had been bitter. The morning after the vote, Germany congratulated Donald Tusk on his victory.",
			[]want{{typ: parley.Support, source: "Germany", target: "Donald Tusk", date: "2024-12-09"}}},
		// A sentence between that names the vote without a day does not
		// stop the search.
		{"day_after_an_election_named_again_undated", "2024-12-12",
			"Voters in Romania went to the polls in the 24 November presidential election. A little-known candidate won the most votes in the election. The day after the election, Moldova congratulated Romania on a peaceful vote.",
			[]want{{typ: parley.Support, source: "Moldova", target: "Romania", date: "2024-11-25"}}},
		{"three_days_before_the_visit", "2023-04-20",
			"Lula arrived in Beijing on 14 April for a state visit. Three days before the visit, Brazil and China agreed to trade in their own currencies.",
			[]want{{typ: parley.Agree, source: "Brazil", target: "China", date: "2023-04-11"}}},
	})
}

// TestDaysAfterNamedOccasionLeftUndated checks what the count does not
// date: an occasion the story gives no day, an act to come, a stance
// told in the present.
func TestDaysAfterNamedOccasionLeftUndated(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_days_after_an_undated_attack", "2024-12-12",
			"The attack killed six soldiers. Two days after the attack, Iran accused Israel of violating its airspace.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel", date: "-"}}},
		{"the_day_after_the_vote_to_come", "2024-12-12",
			"Serbia holds a snap parliamentary election on Sunday. The day after the vote, the European Union will send a team to Belgrade.",
			nil},
	})
	runNotCases(t, []notCase{
		{"a_stance_in_the_present", "2024-12-12",
			"Japan and South Korea signed a defence pact at the December 7 summit in Tokyo. Two days after the summit, China still accuses Japan of expanding its military.",
			want{typ: parley.Accuse, source: "China", target: "Japan", date: "2024-12-09"}},
	})
}

// TestCameAfterAnUncodedAct checks "The announcement came a day after
// …" when the noun names an act coded as no event (a saying, a plan):
// the interval counts from the past day the sentences before tell.
func TestCameAfterAnUncodedAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"announcement_a_day_after_in_a_wire", "2024-12-21",
			"Kenya's president said on Monday that he would skip the summit. The announcement came a day after Somalia accused Kenya of meddling in its elections.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya", date: "2024-12-15"}}},
		{"announcement_hours_after_past_a_plan", "2024-12-21",
			"India will host Japan's prime minister next month, the foreign ministry announced on Tuesday. The announcement came hours after China protested to India over a new border road.",
			[]want{{typ: parley.Accuse, source: "China", target: "India", date: "2024-12-17"}}},
		{"statement_two_days_after", "2024-12-21",
			"Brazil's government said on Wednesday it would expand trade with Argentina. The statement came two days after Javier Milei criticised Lula over tariffs.",
			[]want{{typ: parley.Accuse, source: "Javier Milei", target: "Luiz Inácio Lula da Silva", date: "2024-12-16"}}},
		{"decision_hours_after_in_a_regional_paper", "2024-12-21",
			"Nigeria will reopen its border with Benin in January, officials said on Thursday. The decision came hours after Benin accused Nigeria of smuggling.",
			[]want{{typ: parley.Accuse, source: "Benin", target: "Nigeria", date: "2024-12-19"}}},
		// No day told before: none.
		{"announcement_of_no_day", "2024-12-21",
			"Kenya's president said he would skip the summit. The announcement came a day after Somalia accused Kenya of meddling in its elections.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya", date: "-"}}},
		// Two past days before: which one the noun names is not clear.
		{"announcement_after_two_days", "2024-12-21",
			"Kenya's president met Ruto's envoy on Monday and said on Wednesday he would skip the summit. The announcement came a day after Somalia accused Kenya of meddling in its elections.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya", date: "-"}}},
	})
}

// TestTermsAndRanksAreNoOtherTime checks that "the next five years",
// "for the next three years" and "the last two boats" do not move an
// act off the day of the story it goes on with: a term of what was
// agreed, a rank, not a time of the act.
func TestTermsAndRanksAreNoOtherTime(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_rank_with_last", "2024-05-10",
			"Kenya on Monday recalled its ambassador to Somalia, escalating a row over a disputed maritime border.\n\nKenya's foreign ministry accused Somalia of seizing the last two fishing boats that entered the area.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Kenya", target: "Somalia", date: "2024-05-06"}}},
		{"a_term_for_the_next_years", "2024-05-10",
			"Japan on Tuesday imposed export controls on three Chinese chipmakers, tightening earlier curbs.\n\nJapan's trade ministry also accused China of diverting chips to the Russian military and said the controls would apply for the next three years.",
			[]want{{typ: parley.Accuse, source: "Ministry of Trade of Japan", target: "China", date: "2024-05-07"}}},
		{"a_term_over_the_next_years", "2024-05-10",
			"Vietnam and the Philippines on Wednesday signed a deal on coast guard cooperation in the South China Sea.\n\nThe Philippine Department of Agriculture signed an agreement with Vietnam to import rice over the next five years.",
			[]want{{typ: parley.Agree, source: "Department of Agriculture of Philippines", target: "Vietnam", date: "2024-05-08"}}},
		{"a_rank_in_a_regional_paper", "2024-05-10",
			"Chile on Friday expelled two Peruvian diplomats over the smuggling case.\n\nChile's foreign ministry accused Peru of sheltering the last three suspects.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Chile", target: "Peru", date: "2024-05-10"}}},
		{"last_month_is_another_time", "2024-05-10",
			"Kenya on Monday recalled its ambassador to Somalia.\n\nKenya's foreign ministry had accused Somalia of interference last month.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Kenya", target: "Somalia", date: "2024-04"}}},
	})
	runNotCases(t, []notCase{
		// A time it names still moves the act off the lead's day.
		{"the_following_week_is_another_time", "2024-05-10",
			"Kenya on Monday recalled its ambassador to Somalia.\n\nKenya's foreign ministry accused Somalia of interference the following week.",
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Kenya", target: "Somalia", date: "2024-05-06"}},
	})
}

// TestExchangeDates checks an act told as the other half of an exchange
// ("In return,", "In exchange,", ", in turn,"): the past day of the
// sentence right before it.
func TestExchangeDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"in_return_in_a_wire", "2024-12-21",
			"Hamas freed four Israeli hostages on Thursday. In return, Israel released 200 Palestinian prisoners.",
			[]want{{typ: parley.Retreat, source: "Israel", target: "Palestine", date: "2024-12-19"}}},
		{"in_exchange_in_a_readout", "2024-12-21",
			"Iran freed five American prisoners on Monday. In exchange, the United States released five Iranians held on sanctions charges.",
			[]want{{typ: parley.Retreat, source: "United States", target: "Iran", date: "2024-12-16"}}},
		{"in_turn_after_the_subject", "2024-12-21",
			"Ukraine handed over 50 Russian soldiers on Tuesday. Russia, in turn, returned 50 Ukrainian prisoners of war.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Ukraine", date: "2024-12-17"}}},
		{"in_return_in_a_regional_paper", "2024-12-21",
			"Belarus freed a jailed Lithuanian journalist on Wednesday. In return, Lithuania released three Belarusian prisoners.",
			[]want{{typ: parley.Retreat, source: "Lithuania", target: "Belarus", date: "2024-12-18"}}},
		// A response is a reaction, on a day of its own.
		{"in_response_is_no_exchange", "2024-12-21",
			"Belarus jailed a Lithuanian journalist on Wednesday. In response, Lithuania expelled two Belarusian diplomats.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Belarus", date: "-"}}},
		// No day before: none.
		{"in_return_of_no_day", "2024-12-21",
			"Hamas freed four Israeli hostages. In return, Israel released 200 Palestinian prisoners.",
			[]want{{typ: parley.Retreat, source: "Israel", target: "Palestine", date: "-"}}},
	})
	// "In return" names no act of its own.
	runNotCases(t, []notCase{
		{"in_return_is_no_trigger", "2024-12-21",
			"In return, the European Union agreed to unfreeze funds for Hungary.",
			want{typ: parley.Retreat}},
	})
}

// TestFirstHoursOfAnOccasion checks a sentence that opens "In the first
// hours of the truce," or "In the first days of the war,": the day the
// story gave the occasion before, or its month for days.
func TestFirstHoursOfAnOccasion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"first_hours_of_the_truce", "2024-12-21",
			"Armenia and Azerbaijan agreed to a truce on Tuesday. In the first hours of the truce, Trump accused Azerbaijan of violating it.",
			[]want{{typ: parley.Accuse, source: "Donald Trump", target: "Azerbaijan", date: "2024-12-17"}}},
		{"first_days_of_the_war_named_as_fighting", "2024-12-21",
			"Fighting between the army and the RSF erupted on April 15. In the first days of the war, Burhan ordered the RSF dissolved.",
			[]want{{typ: parley.Coerce, source: "Abdel Fattah al-Burhan", target: "Rapid Support Forces", date: "2024-04"}}},
		{"during_the_first_days_of_the_offensive", "2024-12-21",
			"Israel launched its ground offensive in Rafah on May 6. During the first days of the offensive, Egypt accused Israel of endangering the peace treaty.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel", date: "2024-05"}}},
		// A week from the start spills into the next month: which one is
		// not clear.
		{"first_days_across_a_month", "2024-12-21",
			"The war began on 24 February. In the first days of the war, Poland sent weapons to Ukraine.",
			[]want{{typ: parley.Aid, source: "Poland", target: "Ukraine", date: "-"}}},
		// A day of its own wins.
		{"own_day_wins", "2024-12-21",
			"The war began on 24 February. In the first days of the war, Poland sent weapons to Ukraine on 26 February.",
			[]want{{typ: parley.Aid, source: "Poland", target: "Ukraine", date: "2024-02-26"}}},
	})
}
