package event_test

import (
	"testing"

	"parley"
)

// TestNewsFromEuropeAndNorthAmericaReactions checks reactions that name a deed by a noun of its
// own verb ("the reduction" of flows "reduced" before) and expulsions
// condemned as the penalty they are.
func TestNewsFromEuropeAndNorthAmericaReactions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"reduction_named_by_its_verb", "2023-03-15",
			"Russia reduced gas flows to Germany. Berlin condemned the reduction.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia"}}},
		{"recall_called_regrettable", "2023-03-15",
			"Serbia recalled its ambassador from Montenegro. Podgorica called the recall regrettable.",
			[]want{{typ: parley.Accuse, source: "Montenegro", target: "Serbia"}}},
		{"cancellation_disappoints", "2023-03-15",
			"Trump cancelled his visit to Denmark. Frederiksen said she was disappointed by the cancellation.",
			[]want{{typ: parley.Accuse, source: "Mette Frederiksen", target: "Donald Trump"}}},
		{"expulsions_condemned", "2023-03-15",
			"Russia expelled two Polish diplomats on Monday. Polish Foreign Minister Radoslaw Sikorski condemned the expulsions.",
			[]want{{typ: parley.Accuse, source: "Radosław Sikorski", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"unrelated_noun_names_no_deed", "2023-03-15",
			"Russia reduced gas flows to Germany. Berlin condemned the debate.",
			want{typ: parley.Accuse, source: "Germany", target: "Russia"}},
		{"a_deed_too_far_back_is_not_named", "2023-03-15",
			"Russia reduced gas flows to Germany. Talks went on. Talks went on. Talks went on. Talks went on. Talks went on. Talks went on. Berlin condemned the reduction.",
			want{typ: parley.Accuse, source: "Germany", target: "Russia"}},
	})
}

// TestNewsFromEuropeAndNorthAmericaNounsAndAdjectives checks words a verb sense misreads: the
// adjective "close to", the noun "arms" in "arms dealer", and a call
// noun after an adjective of no adjective's ending ("a separate call").
func TestNewsFromEuropeAndNorthAmericaNounsAndAdjectives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"separate_call_with", "2023-03-15",
			"Milley held a separate call with Gerasimov on Wednesday.",
			[]want{{typ: parley.Consult, source: "Mark Milley", target: "Valery Gerasimov", medium: parley.Phone}}},
		{"short_call_with", "2023-03-15",
			"Erdogan held a short call with Putin on Sunday.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin", date: "2023-03-12"}}},
	})
	runNotCases(t, []notCase{
		{"drills_close_to_borders", "2025-09-15",
			"Russia and Belarus began joint drills, some held close to the borders of Poland and Lithuania.",
			want{typ: parley.Sanction}},
		{"troops_close_to_the_frontier", "2025-09-15",
			"Moscow keeps troops close to the Finnish border.",
			want{typ: parley.Sanction}},
		{"arms_dealer_is_no_arming", "2022-12-08",
			"Russia released Brittney Griner in exchange for Russian arms dealer Viktor Bout.",
			want{typ: parley.Aid}},
		{"arms_embargo_is_no_arming", "2022-12-08",
			"The United Nations renewed its arms embargo on Libya.",
			want{typ: parley.Aid}},
	})
}

// TestNewsFromEuropeAndNorthAmericaApposedCounterparts checks a name set off by commas after a
// role, with a trailing attribution: the name is the one met, not a
// speaker ending the clause.
func TestNewsFromEuropeAndNorthAmericaApposedCounterparts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"counterpart_named_before_attribution", "2023-03-15",
			"Milley spoke with his Russian counterpart, Valery Gerasimov, the Pentagon said.",
			[]want{{typ: parley.Consult, source: "Mark Milley", target: "Valery Gerasimov"}}},
		{"counterpart_with_title_before_attribution", "2023-03-15",
			"Milley held a call on Wednesday with his Russian counterpart, General Valery Gerasimov, officials said.",
			[]want{{typ: parley.Consult, source: "Mark Milley", target: "Valery Gerasimov"}}},
		{"the_speaker_set_off_is_no_party", "2023-03-15",
			"Russia will not talk to Kyiv, Peskov, the Kremlin spokesman, said.", nil},
	})
}

// TestNewsFromEuropeAndNorthAmericaRefusalsAnswered checks a refusal told in an "after" or
// "because" clause: aimed at whoever answers it in the main clause.
func TestNewsFromEuropeAndNorthAmericaRefusalsAnswered(t *testing.T) {
	runEventCases(t, []eventCase{
		{"gas_halted_after_refusal_to_pay", "2022-09-10",
			"Moscow halted gas deliveries to Poland and Bulgaria after Warsaw and Sofia refused to pay in roubles.",
			[]want{{typ: parley.Reject, source: "Poland", target: "Russia"}, {typ: parley.Reject, source: "Bulgaria", target: "Russia"}}},
		{"expelled_after_refusal", "2023-03-15",
			"Washington expelled two Russian diplomats after Moscow refused to hand over the suspects.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United States"}}},
		{"sanctioned_because_of_refusal", "2023-03-15",
			"China imposed sanctions on Lithuania because Vilnius refused to reverse its decision.",
			[]want{{typ: parley.Reject, source: "Lithuania", target: "China"}}},
	})
	runNotCases(t, []notCase{
		{"a_meeting_answers_no_refusal", "2023-03-15",
			"Biden met Zelensky after the Senate refused to pass the aid bill.",
			want{typ: parley.Reject, target: "Joe Biden"}},
		{"an_act_on_others_answers_no_refusal", "2023-03-15",
			"Russia struck Kharkiv after Poland refused to close its border.",
			want{typ: parley.Reject, source: "Poland", target: "Russia"}},
	})
}

// TestNewsFromEuropeAndNorthAmericaCaptivesAndHostedSummits checks a release asked for two or
// more captives named together, held by the state named after them, and
// a date after "hosted by" that takes the tense of the clause's verb.
func TestNewsFromEuropeAndNorthAmericaCaptivesAndHostedSummits(t *testing.T) {
	runEventCases(t, []eventCase{
		{"release_of_two_known_captives", "2021-02-23",
			"Trudeau and Biden called for the immediate release of Michael Kovrig and Michael Spavor, who are detained in China.",
			[]want{{typ: parley.Request, source: "Justin Trudeau", target: "China"}, {typ: parley.Request, source: "Joe Biden", target: "China"}}},
		{"release_of_two_unknown_captives", "2023-03-15",
			"Paris demanded the release of Cecile Kohler and Jacques Paris, who are held in Iran.",
			[]want{{typ: parley.Request, source: "France", target: "Iran"}}},
		{"release_of_three_captives", "2021-02-23",
			"Canada called for the release of Kovrig, Spavor and Schellenberg, who are held in China.",
			[]want{{typ: parley.Request, source: "Canada", target: "China"}}},
		{"summit_hosted_by_a_state_ahead", "2021-02-23",
			"Trudeau and Biden will meet at the G7 summit hosted by Britain in Cornwall from June 11 to 13.",
			[]want{{typ: parley.Consult, source: "Justin Trudeau", target: "Joe Biden", status: parley.Planned, date: "2021-06"}}},
		{"summit_hosted_by_a_state_ahead_on_a_day", "2023-05-10",
			"Scholz will travel to the NATO summit hosted by Lithuania in Vilnius on July 11.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "North Atlantic Treaty Organization", status: parley.Planned, date: "2023-07-11"}}},
	})
	runNotCases(t, []notCase{
		{"summit_hosted_by_a_state_past", "2023-12-10",
			"Erdogan attended the summit hosted by Egypt in Sharm el-Sheikh on November 7.",
			want{typ: parley.Consult, date: "2024-11-07"}},
	})
}

// TestNewsFromEuropeAndNorthAmericaDateBeforeTheVerb checks a date told between subject and verb
// when a "first … since" aside after a comma names another date.
func TestNewsFromEuropeAndNorthAmericaDateBeforeTheVerb(t *testing.T) {
	runEventCases(t, []eventCase{
		{"today_before_the_verb", "2021-02-23",
			"Trudeau today met with the President of the United States, Joe Biden, for their first meeting since Biden took office on January 20.",
			[]want{{typ: parley.Consult, source: "Justin Trudeau", target: "Joe Biden", date: "2021-02-23"}}},
		{"today_before_a_call", "2023-06-20",
			"Sunak today spoke with the Indian prime minister, Narendra Modi, their first call since May 3.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Narendra Modi", date: "2023-06-20"}}},
		{"yesterday_before_the_verb", "2023-03-15",
			"Macron yesterday hosted the German chancellor, Olaf Scholz, in Paris, their first meeting since October 12.",
			[]want{{typ: parley.Consult, date: "2023-03-14", source: "Olaf Scholz", target: "Emmanuel Macron"}}},
	})
	runNotCases(t, []notCase{
		{"ranked_since_alone_dates_nothing", "2023-03-15",
			"Biden met the Chinese leader, Xi Jinping, in Bali, their first meeting since 2019.",
			want{typ: parley.Consult, date: "2019"}},
	})
}

// TestNewsFromEuropeAndNorthAmericaProposalAuthors checks a rejection of a text whose authors
// are named after "put forward by", "sponsored by", "drafted by": aimed
// at them, not at the forum or bloc the text is of.
func TestNewsFromEuropeAndNorthAmericaProposalAuthors(t *testing.T) {
	runEventCases(t, []eventCase{
		{"resolution_put_forward_by_two", "2022-09-30",
			"Russia on Friday vetoed a draft Security Council resolution, put forward by the United States and Albania, that would have condemned the vote.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United States"}, {typ: parley.Reject, source: "Russia", target: "Albania"}}},
		{"resolution_sponsored_by", "2023-03-15",
			"China vetoed a Security Council resolution sponsored by the United States.",
			[]want{{typ: parley.Reject, source: "China", target: "United States"}}},
		{"statement_put_forward_by", "2023-03-15",
			"Hungary vetoed an EU statement put forward by Lithuania.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "Lithuania"}}},
		{"resolution_drafted_by_set_off", "2024-05-20",
			"Serbia rejected the resolution, drafted by Germany and Rwanda, on Srebrenica.",
			[]want{{typ: parley.Reject, source: "Serbia", target: "Germany"}}},
	})
	runNotCases(t, []notCase{
		{"forum_plan_with_no_author", "2023-03-15",
			"Israel rejected the Arab League plan.",
			want{typ: parley.Reject, target: "United States"}},
	})
}

// TestNewsFromEuropeAndNorthAmericaRankedToAct checks "became the first official to visit":
// the infinitive's doer is the copula's subject, past a possessive in
// its apposition ("Trump's envoy").
func TestNewsFromEuropeAndNorthAmericaRankedToAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"envoy_became_first_to_visit", "2025-09-15",
			"Keith Kellogg, Trump's envoy, became the first US official to visit Minsk.",
			[]want{{typ: parley.Consult, source: "Keith Kellogg", target: "Belarus"}}},
		{"most_senior_to_visit_on_a_day", "2025-09-15",
			"On June 21, Keith Kellogg, Trump's special envoy for Ukraine, became the most senior American official to visit Minsk in years.",
			[]want{{typ: parley.Consult, source: "Keith Kellogg", target: "Belarus", date: "2025-06-21"}}},
		{"adviser_was_first_to_meet", "2023-05-12",
			"Jake Sullivan, Biden's national security adviser, was the first US official to meet Wang Yi this year.",
			[]want{{typ: parley.Consult, source: "Jake Sullivan", target: "Wang Yi"}}},
	})
	runNotCases(t, []notCase{
		{"the_possessor_visits_nothing", "2025-09-15",
			"Keith Kellogg, Trump's envoy, became the first US official to visit Minsk.",
			want{typ: parley.Consult, source: "Donald Trump"}},
	})
}

// TestNewsFromEuropeAndNorthAmericaQuantifiedNouns checks a trigger after "each", "every" or
// "another" that names the act as a noun: the reactor does not do it.
func TestNewsFromEuropeAndNorthAmericaQuantifiedNouns(t *testing.T) {
	runNotCases(t, []notCase{
		{"welcomed_each_release", "2025-09-15",
			"Tsikhanouskaya welcomed each release but accused Lukashenko of using prisoners as bargaining chips.",
			want{typ: parley.Retreat, source: "Sviatlana Tsikhanouskaya"}},
		{"welcomed_every_release", "2025-09-15",
			"The EU welcomed every release of prisoners by Minsk.",
			want{typ: parley.Retreat, source: "European Union"}},
		{"praised_another_release", "2025-09-15",
			"Washington praised another release of detainees by Caracas.",
			want{typ: parley.Retreat, source: "United States"}},
	})
}
