package event_test

import (
	"testing"

	"parley"
)

// TestVerbsSharedAcrossBut checks a second verb joined to the first by
// "but", with no subject of its own: it shares the first verb's subject,
// past a negation, a fronted phrase or a report in between.
func TestVerbsSharedAcrossBut(t *testing.T) {
	runEventCases(t, []eventCase{
		{"negated_first_verb_then_appeal", "2024-05-10",
			"Pakistan's foreign ministry did not confirm the strikes but called on Kabul to act against militants.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of Pakistan", target: "Afghanistan"}}},
		{"denial_then_charge", "2024-05-10",
			"Russia denied the charge but accused Ukraine of staging the attack.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
		{"report_then_warning_is_the_speaker", "2024-05-10",
			"Erdogan said Turkey would respect the truce but warned Syria that it would respond to any attack.",
			[]want{{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Syria"}}},
		{"fronted_day_then_warning", "2024-05-10",
			"On Monday, Poland reopened the crossing but warned Belarus against new provocations.",
			[]want{{typ: parley.Threaten, source: "Poland", target: "Belarus"}}},
		{"welcome_then_appeal_by_a_title", "2024-05-10",
			"Japan's prime minister welcomed the proposal but urged China to release the detained businessmen first.",
			[]want{{typ: parley.Request, source: "Fumio Kishida", target: "China"}}},
		{"comment_declined_then_charge", "2024-05-10",
			"Seoul's foreign ministry declined to comment on the report but accused Pyongyang of violating the armistice.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of South Korea", target: "North Korea"}}},
		{"comma_before_but", "2024-05-10",
			"Israel agreed to the pause, but rejected Hamas's demand for a permanent ceasefire.",
			[]want{{typ: parley.Reject, source: "Israel", target: "Hamas"}}},
		{"release_then_expulsion", "2024-05-10",
			"Venezuela released two American citizens on Saturday but expelled a US diplomat.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "United States"}}},
	})
}

// TestNoSubjectSharedAcrossBut checks that a "but" with a subject of its
// own after it, or after a reported "that" clause, lends no subject.
func TestNoSubjectSharedAcrossBut(t *testing.T) {
	runNotCases(t, []notCase{
		{"own_subject_after_but", "2024-05-10",
			"Russia attacked Kyiv but Ukraine accused Belarus of helping.",
			want{typ: parley.Accuse, source: "Russia"}},
		{"report_with_that_is_unclear", "2024-05-10",
			"Kyiv said that Russia had violated the truce but warned Moscow against escalating.",
			want{typ: parley.Threaten, source: "Russia"}},
	})
}

// TestPartsOfActorsAct checks subjects that name a part or a body of
// the actor after "of": units, battalions, teams and delegations act for
// it.
func TestPartsOfActorsAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"units_of_an_army", "2024-05-10",
			"Units of the Syrian army attacked Turkish positions on Thursday.",
			[]want{{typ: parley.Assault, source: "Syrian Armed Forces", target: "Turkey", date: "2024-05-09"}}},
		{"a_delegation_of_officials", "2024-05-10",
			"A delegation of Iranian officials met Saudi Arabia's foreign minister in Riyadh on Monday.",
			[]want{{typ: parley.Consult, source: "Iran", target: "Faisal bin Farhan", date: "2024-05-06"}}},
		{"counted_battalions", "2024-05-10",
			"Two battalions of Russian paratroopers attacked Ukrainian positions near Kharkiv.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"a_unit_of_special_forces", "2024-05-10",
			"A unit of Russian special forces raided a Ukrainian village.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"a_small_team_of_negotiators", "2024-05-10",
			"A small team of Qatari negotiators met Hamas leaders in Doha on Sunday.",
			[]want{{typ: parley.Consult, source: "Qatar", target: "Hamas", date: "2024-05-05"}}},
		{"elements_of_a_militia", "2024-05-10",
			"Elements of the Rapid Support Forces attacked the Sudanese army in El Fasher.",
			[]want{{typ: parley.Assault, source: "Rapid Support Forces", target: "Sudanese Armed Forces"}}},
		{"the_armed_wing_of_a_group", "2024-05-10",
			"The armed wing of Hamas fired rockets at Israel on Monday.",
			[]want{{typ: parley.Assault, source: "Hamas", target: "Israel", date: "2024-05-06"}}},
		{"the_military_command_of_a_movement", "2002-04-10",
			"Angola's army and the military command of UNITA signed a ceasefire in Luanda on Thursday.",
			[]want{{typ: parley.Agree, source: "Angolan Armed Forces", target: "UNITA", date: "2002-04-04"}}},
		{"the_leadership_of_a_movement", "2002-04-10",
			"The leadership of UNITA met President dos Santos in Luanda on Monday.",
			[]want{{typ: parley.Consult, source: "UNITA", target: "José Eduardo dos Santos", date: "2002-04-08"}}},
		{"fighters_of_a_group", "2015-06-10",
			"Fighters of the Islamic State attacked Iraqi troops near Ramadi on Monday.",
			[]want{{typ: parley.Assault, source: "Islamic State", target: "Iraqi Armed Forces", date: "2015-06-08"}}},
		{"troops_of_an_army", "2016-09-02",
			"Troops of the Nigerian Army attacked Boko Haram's camp in the Sambisa forest on Thursday.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Boko Haram", date: "2016-09-01"}}},
	})
	runNotCases(t, []notCase{
		{"some_members_are_not_the_body", "2024-05-10",
			"Some members of Congress have suggested that NASA should cut its costs.",
			want{typ: parley.Request, source: "United States Congress"}},
	})
}

// TestObjectsPastAnAside checks a verb whose object follows a phrase set
// between them by commas or a day: the object is the name after it.
func TestObjectsPastAnAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"charge_past_a_comma_phrase", "2024-05-10",
			"Japan's foreign ministry accused, in a rare public rebuke, China of interfering in its internal affairs.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Japan", target: "China"}}},
		{"appeal_past_a_statement", "2024-05-10",
			"Germany urged, in a statement on Tuesday, Israel to allow more aid into Gaza.",
			[]want{{typ: parley.Request, source: "Germany", target: "Israel", date: "2024-05-07"}}},
		{"warning_past_a_manner", "2024-05-10",
			"The Kremlin warned, in unusually blunt language, Finland against joining NATO.",
			[]want{{typ: parley.Threaten, source: "Russia", target: "Finland"}}},
		{"criticism_past_an_adverb", "2024-05-10",
			"Lula criticised, once again, the United States for its sanctions on Venezuela.",
			[]want{{typ: parley.Accuse, source: "Luiz Inácio Lula da Silva", target: "United States"}}},
		{"charge_past_a_day", "2024-05-10",
			"Poland accused on Friday Belarus of orchestrating the crossings.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Belarus", date: "2024-05-10"}}},
	})
	runNotCases(t, []notCase{
		{"a_that_clause_after_the_aside", "2024-05-10",
			"Macron warned, in a call with Putin, that the war would spread.",
			want{typ: parley.Threaten, source: "Emmanuel Macron", target: "Vladimir Putin"}},
	})
}

// TestAsideBeforeTheVerbKeepsItsOwnStatus checks an aside set off by
// commas between a subject and its verb: its future, doubt or reported
// clause does not make the main act planned or hypothetical.
func TestAsideBeforeTheVerbKeepsItsOwnStatus(t *testing.T) {
	runEventCases(t, []eventCase{
		{"aside_with_a_year_to_come", "2024-05-10",
			"Erdogan, who faces elections next year, accused Greece of provoking Turkey.",
			[]want{{typ: parley.Accuse, source: "Recep Tayyip Erdoğan", target: "Greece", status: parley.Occurred}}},
		{"aside_with_a_plan", "2024-05-10",
			"Blinken, whose trip was planned before the strike, urged Netanyahu to show restraint.",
			[]want{{typ: parley.Request, source: "Antony Blinken", target: "Benjamin Netanyahu", status: parley.Occurred}}},
		{"aside_with_a_reported_wish", "2024-05-10",
			"Modi, who says that India wants peace, condemned Pakistan for sheltering militants.",
			[]want{{typ: parley.Accuse, source: "Narendra Modi", target: "Pakistan", status: parley.Occurred}}},
		{"participle_aside_with_a_question", "2024-05-10",
			"The Chinese foreign ministry spokesman, asked whether Beijing would retaliate, accused Washington of bullying.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "United States", status: parley.Occurred}}},
		{"aside_with_a_modal", "2024-05-10",
			"Kenya, which could host the next round, urged Sudan's army to accept a ceasefire.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Sudanese Armed Forces", status: parley.Occurred}}},
		{"adjective_aside_with_a_doubt", "2024-05-10",
			"Borrell, unsure whether the ministers would agree, condemned Israel's strike on the school.",
			[]want{{typ: parley.Accuse, source: "Josep Borrell", target: "Israel", status: parley.Occurred}}},
		{"aside_with_a_trip_to_come", "2024-05-10",
			"Lula, who plans to visit Beijing later this year, met Maduro in Brasilia on Monday.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Nicolás Maduro", status: parley.Occurred, date: "2024-05-06"}}},
		{"the_verb_keeps_its_own_negation", "2024-05-10",
			"Macron, who may run again, has not met Putin since 2022.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Vladimir Putin", status: parley.Negated}}},
	})
}

// TestThatDayIsNoClause checks "that" before a time noun: "later that
// day" is a time phrase, so a second verb after it still shares the
// first one's subject.
func TestThatDayIsNoClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"later_that_day", "2024-05-10",
			"Hungary lifted its veto and later that day criticised Brussels for its handling of the talks.",
			[]want{{typ: parley.Accuse, source: "Hungary", target: "European Union"}}},
		{"that_evening", "2024-05-10",
			"Poland reopened the border and that evening accused Belarus of new provocations.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Belarus"}}},
		{"later_that_week", "2024-05-10",
			"Turkey recalled its ambassador on Monday and later that week summoned the Swedish envoy.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Sweden"}}},
		{"that_night", "2024-05-10",
			"Egypt hosted the talks and that night urged Israel to accept the deal.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Israel"}}},
		{"later_that_morning", "2024-05-10",
			"The Philippines filed a diplomatic protest and later that morning summoned China's ambassador.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China"}}},
		{"that_afternoon_by_phone", "2024-05-10",
			"Saudi Arabia's crown prince received Blinken in Riyadh and that afternoon telephoned Netanyahu.",
			[]want{{typ: parley.Consult, source: "Mohammed bin Salman", target: "Benjamin Netanyahu", medium: parley.Phone}}},
	})
}

// TestSecondPredicatePastAnAside checks a second verb after "and" and an
// aside set off by commas: the first predicate's plan, wish or modal is
// not its own.
func TestSecondPredicatePastAnAside(t *testing.T) {
	runEventCases(t, []eventCase{
		{"plan_approved_then_appeal", "2024-05-10",
			"Israel's cabinet approved the plan and, in a statement released after midnight, urged Hamas to accept it.",
			[]want{{typ: parley.Request, source: "Israel", target: "Hamas", status: parley.Occurred}}},
		{"modal_then_appeal_in_a_letter", "2024-05-10",
			"Kenya said it could send troops and, in a letter to the council, urged Haiti to hold elections.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Haiti", status: parley.Occurred}}},
		{"plan_unveiled_then_charge", "2024-05-10",
			"Mali's junta unveiled a new plan for the north and, in a televised address on Sunday, accused France of arming rebels.",
			[]want{{typ: parley.Accuse, source: "Mali", target: "France", status: parley.Occurred, date: "2024-05-05"}}},
		{"hope_then_joint_appeal", "2024-05-10",
			"Seoul hopes to revive the talks and, in a rare joint statement with Tokyo, urged Pyongyang to return to dialogue.",
			[]want{{typ: parley.Request, source: "South Korea", target: "North Korea", status: parley.Occurred}}},
		{"may_then_warning", "2024-05-10",
			"Beijing may retaliate and, at a news conference in the capital, warned Manila against further provocations.",
			[]want{{typ: parley.Threaten, source: "China", target: "Philippines", status: parley.Occurred}}},
		{"wish_then_appeal_after_a_meeting", "2024-05-10",
			"Ankara wants a deal and, after a meeting of the security council, urged Moscow to reopen the corridor.",
			[]want{{typ: parley.Request, source: "Turkey", target: "Russia", status: parley.Occurred}}},
	})
	runNotCases(t, []notCase{
		{"a_bare_verb_keeps_the_modal", "2024-05-10",
			"Scholz will travel to Beijing and, during talks with Li Qiang, sign a trade deal with China.",
			want{typ: parley.Agree, source: "Olaf Scholz", status: parley.Occurred}},
	})
}
