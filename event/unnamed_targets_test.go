package event_test

import (
	"testing"

	"parley"
)

// TestFollowedSuit checks that a penalty whose target goes unnamed but
// which says it is one more of a kind told just before ("parallel
// measures", "its own measures", "the expulsion of four") falls on the
// target of that one.
func TestFollowedSuit(t *testing.T) {
	runEventCases(t, []eventCase{
		{"similar_measures_the_next_day", "2024-05-10",
			"Australia imposed sanctions on Iran on Monday. New Zealand announced similar measures the next day.",
			[]want{{typ: parley.Sanction, source: "New Zealand", target: "Iran"}}},
		{"parallel_measures_by_several", "2024-05-10",
			"The EU imposed sanctions on Belarus on Monday. Canada and Japan announced parallel measures the same day.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "Belarus"}, {typ: parley.Sanction, source: "Japan", target: "Belarus"}}},
		{"its_own_measures_two_sentences_on", "2024-05-10",
			"Japan imposed export controls on North Korea in March. The measures cover chemicals. South Korea announced its own measures a week later.",
			[]want{{typ: parley.Sanction, source: "South Korea", target: "North Korea"}}},
		{"expulsion_of_a_bare_count_after_a_planned_one", "2024-05-10",
			"France said it would expel six Russian diplomats. Belgium announced the expulsion of four on Friday.",
			[]want{{typ: parley.Sanction, source: "Belgium", target: "Russia"}}},
		// The target answering in kind aims at the one who imposed.
		{"the_target_answers_in_kind", "2024-05-10",
			"The United States imposed tariffs on China. Beijing announced similar measures on Tuesday.",
			[]want{{typ: parley.Sanction, source: "China", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		// New measures of one's own, not said to match: no target.
		{"new_measures_are_not_the_same", "2024-05-10",
			"The EU imposed sanctions on Syria. Turkey announced new measures to protect its border.",
			want{typ: parley.Sanction, source: "Turkey"}},
		// Only considered: nothing imposed.
		{"similar_measures_only_considered", "2024-05-10",
			"The EU imposed sanctions on Belarus on Monday. Norway said it would consider similar measures.",
			want{typ: parley.Sanction, source: "Norway"}},
		// Too far back: no suit followed.
		{"a_penalty_three_sentences_back", "2024-05-10",
			"Australia imposed sanctions on Iran on Monday. The talks went on. Ministers met. New Zealand announced similar measures.",
			want{typ: parley.Sanction, source: "New Zealand"}},
	})
}

// TestDeedOfADay checks that a deed named by its day ("Saturday's
// decision", "last week's strikes") is the one told before, as "the
// decision" is.
func TestDeedOfADay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"decision_of_a_day_rejected", "2017-08-06",
			"Mercosur suspended Venezuela on Saturday. Venezuela's government rejected Saturday's decision.",
			[]want{{typ: parley.Reject, source: "Venezuela", target: "Mercosur"}}},
		{"attack_of_a_day_condemned", "2017-08-06",
			"Israeli jets struck targets in Syria on Monday. Damascus condemned Monday's attack.",
			[]want{{typ: parley.Accuse, source: "Syria", target: "Israel"}}},
		{"strikes_of_last_week_condemned", "2017-08-06",
			"Israeli jets struck targets in Syria last week. Iran condemned last week's strikes.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel"}}},
	})
	runRuledOut(t, []ruledOutCase{
		// The deed's own doer, named after it, is the one aimed at.
		{"a_day_deed_with_its_doer_named", "2017-08-06",
			"Israeli jets struck targets in Syria on Monday. Damascus condemned Monday's attack on Homs by rebels.",
			want{typ: parley.Accuse, source: "Syria", target: "Syrian rebels"}, want{typ: parley.Accuse, source: "Syria", target: "Israel"}},
	})
}

// TestRemarkSpeaker checks that "the remark" a reaction answers is the
// one just said, aimed at whoever said it.
func TestRemarkSpeaker(t *testing.T) {
	runEventCases(t, []eventCase{
		{"remark_called_wrong", "2023-11-17",
			"Asked whether he still regarded Xi as a dictator, Biden replied that he did. In Beijing, spokesperson Mao Ning called the remark wrong.",
			[]want{{typ: parley.Accuse, source: "Mao Ning", target: "Joe Biden"}}},
		{"remarks_condemned", "2023-11-17",
			"Erdogan said on Monday that Greece was a threat. Athens condemned the remarks.",
			[]want{{typ: parley.Accuse, source: "Greece", target: "Recep Tayyip Erdoğan"}}},
	})
	runNotCases(t, []notCase{
		// Said two sentences back: too far to tell whose remark it is.
		{"remarks_two_sentences_back", "2023-11-17",
			"Erdogan said on Monday that Greece was a threat. Greece closed its airspace. Athens condemned the remarks.",
			want{typ: parley.Accuse, source: "Greece"}},
		// One's own side's speaker is not the one reproached.
		{"own_speaker_is_no_target", "2023-11-17",
			"Blinken spoke in Tokyo. Lavrov said Moscow condemned the remarks.",
			want{typ: parley.Accuse, target: "Sergey Lavrov"}},
	})
}

// TestCoupOfTheJunta checks that "the coup" a reaction answers, told
// without a doer, is the junta's the story names, and that a coup
// attempt condemned is no doubt cast on the act told after it.
func TestCoupOfTheJunta(t *testing.T) {
	const ctri = "Committee for the Transition and Restoration of Institutions"
	runEventCases(t, []eventCase{
		{"coup_condemned_junta_named_after", "2023-08-31",
			"Army officers in Gabon seized power on Wednesday. France condemned the coup. The Gabonese junta said it would hold elections.",
			[]want{{typ: parley.Accuse, source: "France", target: ctri}}},
		{"coup_condemned_military_rulers_before", "2023-08-31",
			"Niger's military rulers seized power in July. ECOWAS condemned the coup on Sunday.",
			[]want{{typ: parley.Accuse, source: "Economic Community of West African States", target: "National Council for the Safeguard of the Homeland"}}},
		{"takeover_condemned", "2023-08-31",
			"Soldiers seized power in Gabon on Wednesday. The African Union strongly condemned the takeover. The Gabonese junta has closed the borders.",
			[]want{{typ: parley.Accuse, source: "African Union", target: ctri}}},
		{"coup_attempt_then_a_call", "2023-08-31",
			"Wagner fighters attacked the Russian army headquarters in Rostov on Saturday. Biden condemned the coup attempt on Sunday and called on Poland to close its border.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "Poland", status: parley.Occurred}}},
	})
	runNotCases(t, []notCase{
		// No junta named: no one to aim at.
		{"coup_with_no_junta", "2023-08-31",
			"Soldiers seized power in Gabon on Wednesday. The African Union condemned the coup.",
			want{typ: parley.Accuse, source: "African Union"}},
	})
}

// TestEndOfTheDeed checks that a call to end a deed told before ("an
// end to the strikes", "a halt to the shelling") is aimed at its doer.
func TestEndOfTheDeed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"end_to_the_strikes", "2024-05-10",
			"Israeli jets struck Gaza on Monday. Egypt called for an end to the strikes.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Israel"}}},
		{"halt_to_the_shelling", "2024-05-10",
			"Russian forces shelled Kharkiv on Monday. The UN demanded an immediate halt to the shelling.",
			[]want{{typ: parley.Request, source: "United Nations", target: "Armed Forces of the Russian Federation"}}},
	})
	runNotCases(t, []notCase{
		// An end to no deed told: no one to ask.
		{"end_to_the_war", "2024-05-10",
			"Israeli jets struck Gaza on Monday. Egypt called for an end to the war.",
			want{typ: parley.Request, source: "Egypt", target: "Israel"}},
		// The asker's own strikes are no one else's.
		{"end_to_ones_own_strikes", "2024-05-10",
			"Israeli jets struck Gaza on Monday. Israel called for an end to the strikes.",
			want{typ: parley.Request, source: "Israel"}},
	})
}

// TestChargeDenied checks that "denies the charge" answers the
// accusation told before, and that "and says …" after it opens a new
// predicate whose actors are no object of the denial.
func TestChargeDenied(t *testing.T) {
	runEventCases(t, []eventCase{
		{"charge_denied", "2022-01-31",
			"In December, France accused Mali of allowing foreign fighters into the country. Bamako denies the charge.",
			[]want{{typ: parley.Reject, source: "Mali", target: "France"}}},
		{"claim_denied", "2022-01-31",
			"Ukraine accused Belarus of massing troops on the border. Minsk denied the claim on Tuesday.",
			[]want{{typ: parley.Reject, source: "Belarus", target: "Ukraine"}}},
		{"calls_rejected", "2022-01-31",
			"The UN Security Council condemned the ban on women working for the United Nations and called for its swift reversal. The Taliban have rejected such calls.",
			[]want{{typ: parley.Reject, source: "Taliban", target: "United Nations Security Council"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"charge_denied_and_says", "2022-01-31",
			"In December, France accused Mali of allowing foreign fighters into the country. Mali denies the allegations and says only Russian military instructors are present.",
			want{typ: parley.Reject, source: "Mali", target: "France"}, want{typ: parley.Reject, source: "Mali", target: "Armed Forces of the Russian Federation"}},
	})
	runNotCases(t, []notCase{
		// A charge no one made before: no one answered.
		{"charge_with_no_accuser", "2022-01-31",
			"Mali's junta expelled the French ambassador. Bamako denies the charge.",
			want{typ: parley.Reject, source: "Mali"}},
	})
}

// TestThoseResponsible checks that a statement against "those
// responsible" or "the perpetrators" is aimed at the doer of the deed of
// force told before, never at the speaker's own side.
func TestThoseResponsible(t *testing.T) {
	runEventCases(t, []eventCase{
		{"action_against_those_responsible", "2021-02-01",
			"Myanmar's military detained Aung San Suu Kyi on Monday. Psaki said the United States would take action against those responsible.",
			[]want{{typ: parley.Threaten, source: "Jen Psaki", target: "Tatmadaw"}}},
		{"perpetrators_will_pay", "2021-02-01",
			"Russian forces shelled Kharkiv on Monday. Zelensky said the perpetrators would pay a heavy price.",
			[]want{{typ: parley.Threaten, source: "Volodymyr Zelensky", target: "Armed Forces of the Russian Federation"}}},
	})
	runNotCases(t, []notCase{
		// Its own forces' deed: no one threatened.
		{"own_side_responsible", "2021-02-01",
			"Russian forces shelled Kharkiv on Monday. Putin said Russia would punish those responsible.",
			want{typ: parley.Threaten, source: "Vladimir Putin"}},
		// No deed of force told: no culprit known.
		{"no_deed_before", "2021-02-01",
			"Biden met Zelensky on Monday. Psaki said the United States would take action against those responsible.",
			want{typ: parley.Threaten, source: "Jen Psaki"}},
	})
}

// TestUltimatum checks that a threat made on a condition, its target
// unnamed, is aimed at whom the speaker's side made its demand of just
// before, the condition before the speaker or after the threat.
func TestUltimatum(t *testing.T) {
	const cnsp = "National Council for the Safeguard of the Homeland"
	runEventCases(t, []eventCase{
		{"condition_first_speaker_between", "2023-07-31",
			"ECOWAS gave the junta in Niger one week to reinstate President Bazoum. If its demands were not met, the bloc said, it would take all measures necessary to restore constitutional order.",
			[]want{{typ: parley.Threaten, source: "Economic Community of West African States", target: cnsp}}},
		{"condition_after_the_threat", "2023-07-31",
			"ECOWAS demanded that Niger's junta reinstate Bazoum within a week. ECOWAS said it would take all necessary measures if the demand was not met.",
			[]want{{typ: parley.Threaten, source: "Economic Community of West African States", target: cnsp}}},
	})
	runNotCases(t, []notCase{
		// No demand made before: no one to threaten.
		{"condition_with_no_demand", "2023-07-31",
			"If the talks fail, Estonia said, it would take measures to protect its border.",
			want{typ: parley.Threaten, source: "Estonia"}},
		// No condition: measures of its own, no ultimatum.
		{"measures_with_no_condition", "2023-07-31",
			"Russia demanded that Lithuania lift the transit ban. The ministry said Russia would take measures to protect its citizens.",
			want{typ: parley.Threaten, source: "Russia"}},
	})
}

// TestPlanIntroduced checks that "the plan" a reaction answers is the
// one the text introduced as someone's: "a plan that X announced", "X
// unveiled a new plan".
func TestPlanIntroduced(t *testing.T) {
	runEventCases(t, []eventCase{
		{"plan_in_a_relative_clause", "2023-03-16",
			"The thaw was made possible by a plan that Yoon's government announced on March 6. Biden praised the plan on the day it was announced.",
			[]want{{typ: parley.Support, source: "Joe Biden", target: "South Korea"}}},
		{"plan_as_an_object", "2023-03-16",
			"Seoul unveiled a new plan on Monday to compensate the victims. Tokyo welcomed the plan.",
			[]want{{typ: parley.Support, source: "Japan", target: "South Korea"}}},
	})
	runNotCases(t, []notCase{
		// One's own state's plan is no one else's.
		{"own_plan", "2023-03-16",
			"Seoul unveiled a new plan on Monday. South Korea's foreign minister praised the plan.",
			want{typ: parley.Support, target: "South Korea"}},
		// A plan no one was said to put forward.
		{"plan_of_no_one", "2023-03-16",
			"A plan to compensate the victims was discussed for months. Tokyo welcomed the plan.",
			want{typ: parley.Support, source: "Japan"}},
	})
}

// TestUseOfAWeapon checks that "the use of" a weapon a reaction answers
// is the deed of whoever the text told fired or used it, even when that
// deed was not coded and was told some sentences back.
func TestUseOfAWeapon(t *testing.T) {
	runEventCases(t, []eventCase{
		{"water_cannon_fired_in_a_relative_clause", "2023-08-10",
			"The row followed Saturday's incident, in which China Coast Guard vessels blocked two boats chartered to bring food to the Marines and fired a water cannon at one of them. " +
				"One of the boats turned back. Manila protested. Beijing defended its coast guard. Talks stalled. The navy said it would go on. " +
				"Japan and Australia also expressed concern over the use of the water cannon.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China Coast Guard"}, {typ: parley.Accuse, source: "Australia", target: "China Coast Guard"}}},
	})
	runNotCases(t, []notCase{
		// A weapon no one was told to have used.
		{"use_of_force_never_told", "2023-08-10",
			"Protesters threw stones at the embassy. Russia condemned the use of force.",
			want{typ: parley.Accuse, source: "Russia"}},
		// The reacting side's own use is no one else's.
		{"own_use", "2023-08-10",
			"The China Coast Guard vessels blocked two boats and fired a water cannon at one of them, officials said. Talks stalled. The Chinese foreign ministry defended the use of the water cannon.",
			want{typ: parley.Support, target: "China Coast Guard"}},
	})
}

// TestKeptPenalty checks that refusing to undo one's own penalty ("has
// refused to reverse the ban") is aimed at whom the penalty fell on.
func TestKeptPenalty(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_to_reverse_the_ban", "2022-06-22",
			"Lithuania banned the transit of sanctioned Russian goods to Kaliningrad. Vilnius has refused to reverse the ban.",
			[]want{{typ: parley.Reject, source: "Lithuania", target: "Russia"}}},
		{"refused_to_lift_the_sanctions", "2022-06-22",
			"The EU imposed sanctions on Russia. Brussels has refused to lift the sanctions.",
			[]want{{typ: parley.Reject, source: "European Union", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		// Another side's penalty: not its own to keep.
		{"another_sides_penalty", "2022-06-22",
			"The EU imposed sanctions on Russia. Hungary refused to lift the sanctions.",
			want{typ: parley.Reject, source: "Hungary"}},
	})
}

// TestProposingParticiple checks that a deed told by a participle of
// its own stem after a noun a country word qualifies ("a draft Russian
// government decree proposing to revise …") is that country's.
func TestProposingParticiple(t *testing.T) {
	runEventCases(t, []eventCase{
		{"decree_proposing", "2024-05-24",
			"A draft Russian government decree proposing to revise the maritime boundaries appeared online. Lithuanian Foreign Minister Gabrielius Landsbergis called the proposal an obvious escalation.",
			[]want{{typ: parley.Accuse, source: "Gabrielius Landsbergis", target: "Government of Russia"}}},
	})
	runNotCases(t, []notCase{
		// The reacting side's own proposal.
		{"own_proposal", "2024-05-24",
			"A draft Lithuanian government decree proposing to revise the boundaries appeared online. Lithuanian Foreign Minister Gabrielius Landsbergis called the proposal an obvious escalation.",
			want{typ: parley.Accuse, source: "Gabrielius Landsbergis"}},
	})
}
