package event_test

import (
	"testing"

	"parley"
)

// TestConcessionsAgreedTo checks "agreed to" with a verb of giving way:
// one side letting the other have what it sought is a concession, not a
// pact between them.
func TestConcessionsAgreedTo(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"agreed_to_let_visitors_in", "2024-05-10",
			"Peru agreed on Tuesday to let Bolivian officials inspect the port of Ilo.",
			want{typ: parley.Concede, source: "Peru", target: "Bolivia", date: "2024-05-07"},
			want{typ: parley.Agree, source: "Peru", target: "Bolivia"}},
		{"agreed_to_return_land", "2024-05-10",
			"Serbia agreed to return two villages to Kosovo.",
			want{typ: parley.Concede, source: "Serbia", target: "Kosovo"},
			want{typ: parley.Agree, source: "Serbia", target: "Kosovo"}},
		{"will_agree_to_accept_returned_migrants", "2024-05-10",
			"Morocco has agreed to accept migrants returned from Spain.",
			want{typ: parley.Concede, source: "Morocco", target: "Spain"},
			want{typ: parley.Agree, source: "Morocco", target: "Spain"}},
		// Accepting an offer or a plan is agreeing to it.
		{"agreed_to_accept_a_proposal_is_agreement", "2024-05-10",
			"Iran agreed to accept the proposal from Oman.",
			want{typ: parley.Agree, source: "Iran", target: "Oman"},
			want{typ: parley.Concede}},
		// Two sides that agree to return envoys agree with each other.
		{"two_sides_agreed_to_return_envoys", "2024-05-10",
			"Japan and South Korea agreed to return their ambassadors.",
			want{typ: parley.Agree, source: "Japan", target: "South Korea"},
			want{typ: parley.Concede}},
		{"agreed_to_send_troops_is_agreement", "2024-05-10",
			"Kenya agreed to send police officers to Haiti.",
			want{typ: parley.Agree, source: "Kenya", target: "Haiti"},
			want{typ: parley.Concede}},
	})
}

// TestAgreedToOwnAct checks one side's "agreed to V" when V is an act the
// sentence codes itself: the act is the event, not a pact with its target.
func TestAgreedToOwnAct(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"agreed_to_widen_sanctions", "2024-05-10",
			"EU foreign ministers agreed on Monday to widen their sanctions against Belarus.",
			want{typ: parley.Sanction, source: "European Union", target: "Belarus"},
			want{typ: parley.Agree, source: "European Union", target: "Belarus"}},
		{"agreed_to_withdraw_troops", "2024-05-10",
			"Norway agreed to withdraw its troops from Mali.",
			want{typ: parley.Retreat, source: "Norway", target: "Mali"},
			want{typ: parley.Agree, source: "Norway", target: "Mali"}},
		{"agreed_to_expel_diplomats", "2024-05-10",
			"The Dutch government agreed to expel two Russian diplomats.",
			want{typ: parley.Sanction, source: "Netherlands", target: "Russia"},
			want{typ: parley.Agree, source: "Netherlands", target: "Russia"}},
		// Two sides agreeing together stay an agreement.
		{"two_sides_agreed_to_exchange_prisoners", "2024-05-10",
			"Kyiv and Moscow agreed to exchange prisoners.",
			want{typ: parley.Agree, source: "Ukraine", target: "Russia"},
			want{typ: parley.Concede}},
		// An agreement whose verb is no act of its own stays one.
		{"agreed_to_buy_jets_is_agreement", "2024-05-10",
			"Indonesia agreed to buy 42 fighter jets from France.",
			want{typ: parley.Agree, source: "Indonesia", target: "France"},
			want{typ: parley.Sanction}},
	})
}

// TestOwnSideBidden checks "should", "must" and "has to" said of the
// speaker's own side: advice at home, no demand on the actor named later.
func TestOwnSideBidden(t *testing.T) {
	runNotCases(t, []notCase{
		{"own_state_should_stay_calm", "2024-05-10",
			"Defence Minister Prabowo Subianto said on Monday that Indonesia should stay calm and described China as a good neighbour.",
			want{typ: parley.Request, source: "Prabowo Subianto", target: "China"}},
		{"own_state_must_stay_neutral", "2024-05-10",
			"Lula said Brazil must stay neutral and called Russia a partner.",
			want{typ: parley.Request, source: "Luiz Inácio Lula da Silva", target: "Russia"}},
		{"own_state_also_has_to_act", "2024-05-10",
			"Scholz said Germany also has to do more for Ukraine.",
			want{typ: parley.Request, source: "Olaf Scholz", target: "Ukraine"}},
	})
	runEventCases(t, []eventCase{
		// Another state bidden is a demand on it.
		{"other_state_should_withdraw", "2024-05-10",
			"Lula said Russia should withdraw from Ukraine.",
			[]want{{typ: parley.Request, source: "Luiz Inácio Lula da Silva", target: "Russia"}}},
	})
}

// TestDeniedForce checks a use of force told as not done in an article
// that states it done: the denial is no second act.
func TestDeniedForce(t *testing.T) {
	const text = "Armenia attacked Azerbaijan on Monday, shelling villages near the border. " +
		"Speaking later, the Armenian foreign minister repeated his government's position that Armenia had not attacked Azerbaijan."
	runEventCases(t, []eventCase{
		{"denied_attack_reported_elsewhere", "2024-05-10", text,
			[]want{{typ: parley.Assault, source: "Armenia", target: "Azerbaijan", status: parley.Occurred}}},
		// An order not given beside one given stays: words refused are acts of their own.
		{"an_order_not_given_stays", "2024-05-10",
			"The International Court of Justice ordered Israel to allow aid into Gaza. The court did not order Israel to halt its military campaign.",
			[]want{{typ: parley.Request, source: "International Court of Justice", target: "Israel", status: parley.Negated}}},
	})
	runNotCases(t, []notCase{
		{"denied_attack_is_not_coded_again", "2024-05-10", text,
			want{typ: parley.Assault, source: "Armenia", target: "Azerbaijan", status: parley.Negated}},
	})
}

// TestNegotiationsAgreed checks negotiations decided on or concluded on a
// deal: an accord, not a meeting.
func TestNegotiationsAgreed(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"decided_to_open_accession_negotiations", "2024-05-10",
			"EU leaders decided on Thursday to open accession negotiations with Georgia.",
			want{typ: parley.Agree, source: "European Council", target: "Georgia", status: parley.Occurred, date: "2024-05-09"},
			want{typ: parley.Consult, source: "European Council", target: "Georgia"}},
		{"decided_to_launch_negotiations", "2024-05-10",
			"Colombia's government decided to launch negotiations with Venezuela on a new border treaty.",
			want{typ: parley.Agree, source: "Colombia", target: "Venezuela"},
			want{typ: parley.Consult, source: "Colombia", target: "Venezuela"}},
		// Talks to be opened, no decision told, stay a meeting planned.
		{"will_open_talks_is_a_meeting", "2024-05-10",
			"Colombia will open talks with Venezuela next week.",
			want{typ: parley.Consult, source: "Colombia", target: "Venezuela", status: parley.Planned},
			want{typ: parley.Agree}},
		{"concluded_negotiations_on_a_deal", "2024-05-10",
			"Chile and India concluded negotiations on a trade agreement on Friday, fifteen years after the talks began.",
			want{typ: parley.Agree, source: "Chile", target: "India"},
			want{typ: parley.Consult, source: "Chile", target: "India"}},
		// Talks concluded with no deal named were held.
		{"concluded_talks_were_held", "2024-05-10",
			"Blinken and Lavrov concluded two days of talks in Geneva.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Sergey Lavrov"},
			want{typ: parley.Agree}},
	})
}

// TestRelativeWhichOfAThing checks a verb after "which" whose antecedent
// is a thing, not an actor: its doer is that thing, not an actor further
// left.
func TestRelativeWhichOfAThing(t *testing.T) {
	runNotCases(t, []notCase{
		{"the_explosion_which_killed", "2024-05-10",
			"Kyiv said the explosion at the dam, which killed two Ukrainian soldiers, was caused by a mine.",
			want{typ: parley.Assault, source: "Ukraine", target: "Armed Forces of Ukraine"}},
		{"the_storm_which_hit", "2024-05-10",
			"Manila said the typhoon, which struck Philippine navy vessels at anchor, had passed.",
			want{typ: parley.Assault, source: "Philippines", target: "Navy of Philippines"}},
	})
	runEventCases(t, []eventCase{
		// An actor before "which" is its antecedent.
		{"a_court_which_issued", "2024-05-10",
			"The ICC, which issued a warrant for Putin, was criticised by Moscow.",
			[]want{{typ: parley.Accuse, source: "International Criminal Court", target: "Vladimir Putin"}}},
	})
}

// TestAidWithdrawnIsNoAid checks an announcement of aid cut or suspended:
// a sanction, not aid given.
func TestAidWithdrawnIsNoAid(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"announced_cutting_assistance", "2024-05-10",
			"In March, the State Department announced that it was cutting assistance to Guatemala.",
			want{typ: parley.Sanction, source: "United States Department of State", target: "Guatemala"},
			want{typ: parley.Aid, source: "United States Department of State", target: "Guatemala"}},
		{"announced_suspending_aid", "2024-05-10",
			"Washington announced on Friday it was suspending military aid to Niger.",
			want{typ: parley.Sanction, source: "United States", target: "Niger"},
			want{typ: parley.Aid, source: "United States", target: "Niger"}},
		// Aid announced stays aid, whatever comes after it.
		{"announced_aid_to_end_hunger", "2024-05-10",
			"Japan announced new food aid to Sudan to help end the hunger crisis.",
			want{typ: parley.Aid, source: "Japan", target: "Sudan"},
			want{typ: parley.Sanction}},
	})
}

// TestCauseOwners checks a deed named as the cause of another act: it is
// the doer's named before the cause, not the subject's who answers it.
func TestCauseOwners(t *testing.T) {
	runEventCases(t, []eventCase{
		{"its_after_over_is_the_object", "2022-03-10",
			"Norway imposed new sanctions on Belarus over its attacks on Lithuania.",
			[]want{{typ: parley.Sanction, source: "Norway", target: "Belarus"}, {typ: parley.Assault, source: "Belarus", target: "Lithuania"}}},
		{"the_invasion_in_retaliation_for", "2022-03-10",
			"Japan froze the assets of Russian banks in retaliation for the invasion of Ukraine.",
			[]want{{typ: parley.Sanction, source: "Japan", target: "Russia"}, {typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"its_invasion_of_the_subject", "2022-03-10",
			"Russia faces new sanctions over its invasion of Ukraine.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		{"over_its_invasion_not_the_sanctioner", "2022-03-10",
			"Canada imposed new sanctions on Russia over its invasion of Ukraine.",
			want{typ: parley.Assault, source: "Canada", target: "Ukraine"}},
		{"for_the_invasion_not_the_answerer", "2022-03-10",
			"The European Union imposed sanctions in response to the invasion of Ukraine.",
			want{typ: parley.Assault, source: "European Union", target: "Ukraine"}},
	})
}
