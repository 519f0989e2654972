package event_test

import (
	"testing"

	"parley"
)

// TestPersonsBodyAccused checks a body named right after its leader's
// possessive: the body is the one accused, not its leader.
func TestPersonsBodyAccused(t *testing.T) {
	runEventCases(t, []eventCase{
		{"leaders_party_accused", "2022-02-10",
			"ZANU-PF accused Nelson Chamisa's Citizens Coalition for Change of inciting violence.",
			[]want{{typ: parley.Accuse, source: "ZANU–PF", target: "Citizens Coalition for Change"}}},
	})
}

// TestGrievancesTold checks criticism put to a named actor: misgivings
// voiced, expressed or raised "to" or "with" someone, and a state's own
// protest or complaint noun aimed at another.
func TestGrievancesTold(t *testing.T) {
	tests := []eventCase{
		// "raised its concerns with": the one they are put to.
		{"concerns_raised_with_a_state", "2024-05-10",
			"India raised its concerns with Bangladesh on Monday.",
			[]want{{typ: parley.Accuse, source: "India", target: "Bangladesh", date: "2024-05-06"}}},
		{"concern_raised_with_a_minister", "2024-05-10",
			"Australian Foreign Minister Penny Wong raised the concern with Wang Yi on Friday.",
			[]want{{typ: parley.Accuse, source: "Penny Wong", target: "Wang Yi"}}},
		// "expressed/voiced concern to": the one told.
		{"concern_expressed_to_a_neighbour", "2024-05-10",
			"Kenya expressed deep concern to Uganda over the border incident.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Uganda"}}},
		{"concern_voiced_to_a_capital", "2024-05-10",
			"The French president voiced concern to Algiers about the arrest of the writer.",
			[]want{{typ: parley.Accuse, source: "Emmanuel Macron", target: "Algeria"}}},
		{"misgivings_expressed_to_a_government", "2024-05-10",
			"Ottawa has expressed its concern to New Delhi over the killing.",
			[]want{{typ: parley.Accuse, source: "Canada", target: "India"}}},
		// Told to a forum, the misgiving is about the one after "about".
		{"concern_to_a_forum_is_about_another", "2024-05-10",
			"Germany expressed concern to the UN about Russia's troop build-up.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia"}}},
		// A state's own protest or complaint noun, aimed "to" or "against".
		{"a_capitals_protest_to_another", "2024-05-10",
			"Beijing's protest to Tokyo came a day after the visit.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan"}}},
		{"a_capitals_complaint_against_another", "2024-05-10",
			"Moscow's complaint against Kyiv was dismissed by the court.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
		{"a_complaint_to_a_forum_against_a_state", "2024-05-10",
			"India's complaint to the WTO against Indonesia was filed in March.",
			[]want{{typ: parley.Accuse, source: "India", target: "Indonesia", date: "2024-03"}}},
		{"a_ministrys_formal_protest_to_a_state", "2024-05-10",
			"Hanoi's formal protest to Beijing over the survey ship went unanswered.",
			[]want{{typ: parley.Accuse, source: "Vietnam", target: "China"}}},
		{"a_crowds_protest_is_no_state_complaint", "2024-05-10",
			"The students' protest against the government drew thousands.", nil},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"a_complaint_to_a_forum_is_not_against_it", "2024-05-10",
			"India's complaint to the WTO against Indonesia was filed in March.",
			want{typ: parley.Accuse, target: "World Trade Organization"}},
		{"concern_told_to_a_forum_is_not_against_it", "2024-05-10",
			"Germany expressed concern to the UN about Russia's troop build-up.",
			want{typ: parley.Accuse, target: "United Nations"}},
	})
}

// TestInstructionsAndAnsweredRequests checks orders told with "instructed"
// or "directed … to", and a request named "by" its maker in the answer to
// it.
func TestInstructionsAndAnsweredRequests(t *testing.T) {
	runEventCases(t, []eventCase{
		{"instructed_a_minister_to_travel", "2024-05-10",
			"Erdogan instructed Foreign Minister Hakan Fidan to travel to Moscow.",
			[]want{{typ: parley.Request, source: "Recep Tayyip Erdoğan", target: "Hakan Fidan"}}},
		{"directed_a_minister_to_prepare", "2024-05-10",
			"Putin has directed Defence Minister Andrei Belousov to prepare a response.",
			[]want{{typ: parley.Request, source: "Vladimir Putin", target: "Andrei Belousov"}}},
		{"instructed_a_department_on_a_day", "2024-05-10",
			"Biden instructed the Pentagon on Monday to send more air defences to Israel.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "United States Department of Defense", date: "2024-05-06"}}},
		{"instructed_a_minister_to_meet", "2024-05-10",
			"Xi Jinping instructed Wang Yi to meet Blinken.",
			[]want{{typ: parley.Request, source: "Xi Jinping", target: "Wang Yi"}}},
		{"directed_the_army_to_prepare", "2024-05-10",
			"Xi directed the army to prepare for war.",
			[]want{{typ: parley.Request, source: "Xi Jinping", target: "People's Liberation Army"}}},
		{"criticism_directed_at_a_state_is_no_order", "2024-05-10",
			"The Kremlin directed its criticism at Washington.", nil},
		{"instructed_in_the_passive_names_no_one", "2024-05-10",
			"Officials were instructed to stay home.", nil},
		// The answer to a request named "by" its maker: the request too.
		{"demand_by_a_state_rejected", "2024-05-10",
			"Washington rejected the demand by Moscow for security guarantees.",
			[]want{{typ: parley.Reject, source: "United States", target: "Russia"}, {typ: parley.Request, source: "Russia", target: "United States"}}},
		{"request_by_a_state_declined_by_a_court", "2024-05-10",
			"The ICJ rejected the request by Kenya for a postponement.",
			[]want{{typ: parley.Request, source: "Kenya", target: "International Court of Justice"}}},
	})
}

// TestBreachesAlleged checks a truce or a border said to be breached or
// broken: the speaker accuses the one said to have done it.
func TestBreachesAlleged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_a_state_had_broken_the_ceasefire", "2024-05-10",
			"Kyiv said Russia had broken the ceasefire within hours.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Russia"}}},
		{"says_forces_breached_the_truce", "2024-05-10",
			"Armenia says Azerbaijani forces breached the truce.",
			[]want{{typ: parley.Accuse, source: "Armenia", target: "Azerbaijani Armed Forces"}}},
		{"said_a_group_had_breached_the_agreement", "2024-05-10",
			"Israel said Hamas had breached the agreement by firing rockets.",
			[]want{{typ: parley.Accuse, source: "Israel", target: "Hamas"}}},
		{"said_jets_breached_its_airspace", "2024-05-10",
			"Lebanon said Israeli jets breached its airspace on Sunday.",
			[]want{{typ: parley.Accuse, source: "Lebanon", target: "Israel", date: "2024-05-05"}}},
		{"saying_rebels_broke_the_truce", "2024-05-10",
			"Kinshasa said on Friday that M23 rebels broke the truce.",
			[]want{{typ: parley.Accuse, source: "Democratic Republic of the Congo", target: "M23"}}},
		{"denied_breach_is_no_accusation", "2024-05-10",
			"Pakistan said it had not breached the ceasefire.", nil},
		{"a_truce_breached_by_no_one_named", "2024-05-10",
			"The talks broke down after the truce was breached.", nil},
	})
}

// TestChargesOwnedWithThatClauses checks a charge noun its maker owns,
// whose that-clause names the one charged.
func TestChargesOwnedWithThatClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_capitals_accusation_that_another_was_behind", "2024-05-10",
			"Tehran's accusation that Washington was behind the attack drew a sharp response.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "United States"}}},
		{"a_states_accusations_that_another_shelled", "2024-05-10",
			"Russia's accusations that Ukraine shelled the plant were denied.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
		{"an_allegation_repeated_on_a_day", "2024-05-10",
			"Seoul's allegation that Pyongyang hacked the bank was repeated on Monday.",
			[]want{{typ: parley.Accuse, source: "South Korea", target: "North Korea", date: "2024-05-06"}}},
		{"allegations_that_troops_looted", "2024-05-10",
			"Kyiv's allegations that Russian troops looted the town were documented.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Armed Forces of the Russian Federation"}}},
		{"an_allegation_of_no_named_maker", "2024-05-10",
			"The allegation that Moscow interfered was not proven.", nil},
	})
}

// TestSummonsAndPressure checks an envoy "called in" (a summons, active
// or passive) and pressure from an actor "to" act (a demand undergone,
// whose act is only asked).
func TestSummonsAndPressure(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ministry_called_in_an_ambassador", "2024-05-10",
			"The Dutch foreign ministry called in the Chinese ambassador on Monday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Netherlands", target: "China", date: "2024-05-06"}}},
		{"capital_called_in_an_owned_envoy", "2024-05-10",
			"Berlin called in Russia's envoy over the hacking.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia"}}},
		{"high_commissioner_called_in", "2024-05-10",
			"Kenya's foreign ministry has called in the Ugandan high commissioner.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Kenya", target: "Uganda"}}},
		{"envoy_called_in_by_a_ministry", "2024-05-10",
			"The Chinese envoy was called in by the Dutch foreign ministry.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Netherlands", target: "China"}}},
		{"army_called_in_is_no_summons", "2024-05-10",
			"The government called in the army to restore order.", nil},
		{"under_pressure_from_a_bloc_to_act", "2024-05-10",
			"Serbia came under pressure from the EU to recognise Kosovo.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia"}}},
		{"mounting_pressure_from_a_capital", "2024-05-10",
			"Israel faces mounting pressure from Washington to allow more aid into Gaza.",
			[]want{{typ: parley.Request, source: "United States", target: "Israel"}}},
		{"under_pressure_from_a_lender", "2024-05-10",
			"Pakistan is under intense pressure from the IMF to raise taxes.",
			[]want{{typ: parley.Request, source: "International Monetary Fund", target: "Pakistan"}}},
		{"pressure_from_prices_is_no_demand", "2024-05-10",
			"The government is under pressure from rising prices.", nil},
	})
	runNotCases(t, []notCase{
		{"the_act_pressed_for_is_not_done", "2024-05-10",
			"Serbia came under pressure from the EU to recognise Kosovo.",
			want{typ: parley.Support, source: "Serbia", target: "Kosovo"}},
	})
}

// TestDemandsInThatClausesAndForPhrases checks "asked/requested that X
// act" and that the act a "called for X and Y to" asks is not coded done.
func TestDemandsInThatClausesAndForPhrases(t *testing.T) {
	runEventCases(t, []eventCase{
		{"asked_that_a_state_pull_back", "2024-05-10",
			"Kenya asked that Ethiopia pull back its forces.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Ethiopia"}}},
		{"has_asked_that_a_state_pay", "2024-05-10",
			"Poland has asked that Germany pay reparations.",
			[]want{{typ: parley.Request, source: "Poland", target: "Germany"}}},
		{"requested_that_a_state_halt", "2024-05-10",
			"Egypt requested that Ethiopia halt the filling of the dam.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Ethiopia"}}},
		{"asked_in_an_aside_is_no_demand", "2024-05-10",
			"Biden, asked in a television interview, agreed that Putin was a killer.", nil},
		{"called_for_two_sides_to_sign", "2024-05-10",
			"The EU called for Serbia and Kosovo to sign the agreement.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia"}, {typ: parley.Request, source: "European Union", target: "Kosovo"}}},
		// A call to stop strife where no sides are named asks it of the
		// state it is in; a region or a place that is no state asks no one.
		{"demanded_a_ceasefire_in_a_state", "2024-05-10",
			"The Security Council demanded an immediate ceasefire in Somalia.",
			[]want{{typ: parley.Request, source: "United Nations Security Council", target: "Somalia"}}},
		{"called_for_an_end_to_violence_in_a_state", "2024-05-10",
			"Olaf Scholz called for an end to the violence in Haiti.",
			[]want{{typ: parley.Request, source: "Olaf Scholz", target: "Haiti"}}},
		{"urged_calm_in_a_state", "2024-05-10",
			"The African Union urged calm in Mozambique.",
			[]want{{typ: parley.Request, source: "African Union", target: "Mozambique"}}},
		{"restraint_in_a_region_asks_no_one", "2024-05-10",
			"The Security Council called for restraint in the region.", nil},
	})
	runNotCases(t, []notCase{
		{"the_pact_called_for_is_not_signed", "2024-05-10",
			"The EU called for Serbia and Kosovo to sign the agreement.",
			want{typ: parley.Agree}},
		{"the_truce_called_for_is_not_agreed", "2024-05-10",
			"The UN chief called for Israel and Hamas to agree a ceasefire.",
			want{typ: parley.Agree}},
	})
}

// TestCriticismIdioms checks idioms of criticism: a swipe, dig or
// potshots taken "at" someone, and "tore into".
func TestCriticismIdioms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"took_a_swipe_at_a_state", "2024-05-10",
			"Modi took a swipe at Pakistan in his speech.",
			[]want{{typ: parley.Accuse, source: "Narendra Modi", target: "Pakistan"}}},
		{"took_potshots_at_a_neighbour", "2024-05-10",
			"Trump took potshots at Canada on Monday.",
			[]want{{typ: parley.Accuse, source: "Donald Trump", target: "Canada", date: "2024-05-06"}}},
		{"took_a_dig_at_a_leader", "2024-05-10",
			"Erdogan took a dig at Macron over the cartoons.",
			[]want{{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Emmanuel Macron"}}},
		{"took_a_thinly_veiled_swipe", "2024-05-10",
			"Beijing took a thinly veiled swipe at Washington.",
			[]want{{typ: parley.Accuse, source: "China", target: "United States"}}},
		{"tore_into_a_state", "2024-05-10",
			"Marco Rubio tore into China over the spy balloon.",
			[]want{{typ: parley.Accuse, source: "Marco Rubio", target: "China"}}},
		{"a_car_tearing_into_a_crowd_is_no_criticism", "2024-05-10",
			"The car tore into the crowd.", nil},
	})
}

// TestProtestThenDemand checks that a protest lodged with no one named is
// aimed at whom the demand that follows it addresses.
func TestProtestThenDemand(t *testing.T) {
	runEventCases(t, []eventCase{
		{"lodged_a_protest_and_demanded", "2020-06-18",
			"On Wednesday Wang Yi lodged a strong protest and demanded that India carry out a thorough investigation.",
			[]want{{typ: parley.Accuse, source: "Wang Yi", target: "India", date: "2020-06-17"},
				{typ: parley.Request, source: "Wang Yi", target: "India", date: "2020-06-17"}}},
	})
}

// TestComplaintsOfALackOfHelp covers a complaint about the lack of help
// or cooperation from another side ("complained about the lack of
// coordination with the Nigerian army"): aimed at that side.
func TestComplaintsOfALackOfHelp(t *testing.T) {
	runEventCases(t, []eventCase{
		{"lack_of_cooperation_from", "2015-02-20",
			"President Idriss Déby complained on Thursday about the lack of cooperation from Nigeria.",
			[]want{{typ: parley.Accuse, source: "Idriss Déby", target: "Nigeria", date: "2015-02-19"}}},
		{"lack_of_coordination_with", "2015-02-20",
			"Chad's president complained about the lack of coordination with the Nigerian army.",
			[]want{{typ: parley.Accuse, source: "Idriss Déby", target: "Nigerian Army"}}},
	})
}

// TestRevengeForADeedByItsDoer covers revenge vowed for a deed named by
// its doer ("vowed revenge for the Israeli strike", "for Israel's raid"):
// a threat at the doer; a deed named by its victim names no target.
func TestRevengeForADeedByItsDoer(t *testing.T) {
	runEventCases(t, []eventCase{
		{"adjective_doer", "2024-04-02",
			"Iran vowed revenge for the Israeli strike on its consulate in Damascus.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel"}}},
		{"possessive_doer", "2023-07-04",
			"Hamas vowed revenge for Israel's raid on Jenin.",
			[]want{{typ: parley.Threaten, source: "Hamas", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		{"victim_named", "2024-07-31",
			"Hezbollah vowed revenge for the killing of its commander Fuad Shukr.",
			want{typ: parley.Threaten, source: "Hezbollah", target: "Fuad Shukr"}},
	})
}

// TestBlameOnProxiesOfFourWords checks blame laid on a group tied to an
// actor by a longer phrase ("a hacker group controlled by Russia"): the
// actor behind the group is blamed.
func TestBlameOnProxiesOfFourWords(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_hacker_group_controlled_by", "2024-05-07",
			"Prague blamed a hacker group controlled by Russia for the attack.",
			[]want{{typ: parley.Accuse, source: "Czech Republic", target: "Russia"}}},
		{"for_the_attack_on_a_ministry", "2024-05-07",
			"Prague blamed a hacker group controlled by Russia for the attack on the foreign ministry.",
			[]want{{typ: parley.Accuse, source: "Czech Republic", target: "Russia"}}},
	})
}

// TestSecondActAfterAnAppeal checks that a verb in the past after "called
// for …, and" is a second act of the subject's, not part of what was
// called for.
func TestSecondActAfterAnAppeal(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_for_calm_and_urged", "2021-07-05",
			"Mozambique called for restraint and urged the authorities in Malawi to release the detained traders.",
			[]want{{typ: parley.Request, source: "Mozambique", target: "Malawi"}}},
	})
	runNotCases(t, []notCase{
		{"called_for_sanctions_and_tariffs", "2021-07-05",
			"Lithuania called for sanctions and tariffs on Belarus.",
			want{typ: parley.Sanction, source: "Lithuania"}},
	})
}

// TestOwnAgentInstructed checks that a body instructing its own agent,
// named in apposition to the post, asks that person to act.
func TestOwnAgentInstructed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"instructed_its_mediator", "2023-03-01",
			"The African Union instructed its envoy, Uhuru Kenyatta, to press both sides for a truce.",
			[]want{{typ: parley.Request, source: "African Union", target: "Uhuru Kenyatta"}}},
	})
}

// TestAnswersAwaited checks that an answer awaited from another side is
// asked of it, and that an accord awaiting signature asks nothing.
func TestAnswersAwaited(t *testing.T) {
	runEventCases(t, []eventCase{
		{"awaiting_an_explanation", "2023-01-25",
			"Seoul said it was still awaiting an explanation from Tokyo.",
			[]want{{typ: parley.Request, source: "South Korea", target: "Japan"}}},
	})
	runNotCases(t, []notCase{
		{"awaiting_signature", "2023-01-25",
			"The accord between Japan and South Korea still awaits signature.",
			want{typ: parley.Request}},
	})
}

// TestCompoundsOfActNouns checks that a plural act noun qualifying
// another noun ("the Libya sanctions committee") is no verb, and that a
// renewal welcomed is the renewer's.
func TestCompoundsOfActNouns(t *testing.T) {
	runNotCases(t, []notCase{
		{"sanctions_committee", "2024-05-31",
			"The Council's Sudan sanctions committee asked Chad to explain the arms deliveries.",
			want{typ: parley.Sanction}},
	})
	runEventCases(t, []eventCase{
		{"renewal_welcomed", "2024-05-31",
			"The Security Council renewed the mandate of the mission on Friday. Japan welcomed the renewal.",
			[]want{{typ: parley.Support, source: "Japan", target: "United Nations Security Council"}}},
	})
}

// TestDeedsNamedAsAnothersWork checks that a deed dismissed or described
// as organised by another actor charges that actor.
func TestDeedsNamedAsAnothersWork(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dismissed_as_organised_by", "2020-01-04",
			"Alexander Lukashenko dismissed the protests as organised by Poland.",
			[]want{{typ: parley.Accuse, source: "Alexander Lukashenko", target: "Poland"}}},
		{"described_as_orchestrated_from_a_capital", "2020-01-04",
			"Poland closed its border with Belarus. Alexander Lukashenko described the unrest as orchestrated from Warsaw.",
			[]want{{typ: parley.Accuse, source: "Alexander Lukashenko", target: "Poland"}}},
	})
	runNotCases(t, []notCase{
		{"dismissed_as_exaggerated", "2020-01-04",
			"Poland dismissed the reports as exaggerated.",
			want{typ: parley.Accuse}},
	})
}

// TestClaimThatWasRejected checks that a claim in apposition rejected in
// a relative clause opened by "that" is answered to its maker.
func TestClaimThatWasRejected(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_claim_that_was_rejected", "2024-03-01",
			"Caracas sent Georgetown a note asserting sovereignty over the Essequibo, a claim that Guyana rejected in its reply.",
			[]want{{typ: parley.Reject, source: "Guyana", target: "Venezuela"}}},
	})
}

// TestLettersToAnOfficeHolder checks a letter written to a person named
// in apposition to an office, and "had written to" as well as "wrote to".
func TestLettersToAnOfficeHolder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"had_written_to_the_holder", "2020-03-27",
			"Mark Rutte had written to the European Commission president, Ursula von der Leyen, to call for tighter checks.",
			[]want{{typ: parley.Request, source: "Mark Rutte", target: "Ursula von der Leyen"}}},
	})
}
