package event_test

import (
	"testing"

	"parley"
)

// TestQuotedDeeds checks deeds a speaker tells inside a direct
// quotation: a named actor's deed is that actor's.
func TestQuotedDeeds(t *testing.T) {
	tests := []eventCase{
		// A named actor's past or perfect deed stated in the quotation.
		{"quoted_truce_agreed_by_two_named_sides", "2024-03-08",
			"\"Israel and Hamas have agreed to a four-day truce,\" the Qatari foreign ministry spokesman Majed al-Ansari told reporters in Doha.",
			[]want{{typ: parley.Agree, source: "Israel", target: "Hamas"}}},
		{"quoted_recall_told_to_a_broadcaster", "2024-03-08",
			"\"Serbia has recalled its ambassador from Montenegro,\" the Serbian foreign minister told RTS on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Serbia", target: "Montenegro"}}},
		{"quoted_attack_after_a_fronted_time", "2024-03-08",
			"\"Last night, Russian forces attacked Odesa with drones,\" Ukrainian President Volodymyr Zelensky said.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-03-07"}}},
		{"quoted_after_said_and_a_colon", "2024-03-08",
			"Speaking to reporters, Blinken said: \"Egypt and Qatar have agreed to a joint plan for Gaza.\"",
			[]want{{typ: parley.Agree, source: "Egypt", target: "Qatar"}}},
		{"quoted_expulsion_by_an_unnamed_source", "2024-03-08",
			"\"China has expelled two Canadian diplomats,\" a Canadian government source said.",
			[]want{{typ: parley.Sanction, source: "China", target: "Canada"}}},
		{"quoted_withdrawal_unnamed_speaker", "2022-11-11",
			"\"Russian troops have withdrawn from Kherson,\" the regional governor said on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Armed Forces of the Russian Federation", target: "Ukraine"}}},
		{"quoted_irregular_past", "2024-03-08",
			"\"Israel struck Hezbollah positions overnight,\" a Lebanese security source said.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah"}}},
		// Not a deed: a condition, a figure of speech in a fragment, a
		// deed to come.
		{"quoted_habit_is_no_deed", "2024-03-08",
			"\"Serbia and Kosovo have clashed repeatedly over the north,\" the EU envoy said.", nil},
		{"quoted_future_strike_is_no_deed_done", "2024-03-08",
			"\"Russia will strike Kyiv again,\" Medvedev said.", nil},
		{"quoted_condition_is_no_deed", "2024-03-08",
			"\"If Iran had attacked us, we would have responded,\" Netanyahu said.", nil},
		{"quoted_fragment_names_no_deed", "2024-03-08",
			"The minister called it \"the day Russia attacked Europe's conscience\".", nil},
	}
	runEventCases(t, tests)
}

// TestQuotedDecisions checks first-person decisions in a quotation: the
// deed behind "we have decided to" is the speaker's.
func TestQuotedDecisions(t *testing.T) {
	tests := []eventCase{
		{"we_have_decided_to_expel", "2024-03-08",
			"\"We have decided to expel the Russian ambassador,\" Polish Foreign Minister Radoslaw Sikorski said on Monday.",
			[]want{{typ: parley.Sanction, source: "Radosław Sikorski", target: "Russia"}}},
		{"we_have_taken_the_decision_to_recall", "2024-03-08",
			"\"We have taken the decision to recall our ambassador from Baku,\" the French foreign minister Stephane Sejourne told France Inter.",
			[]want{{typ: parley.Sanction, source: "Stéphane Séjourné", target: "Azerbaijan"}}},
		{"we_have_now_decided_to_impose", "2024-03-08",
			"\"We have now decided to impose new sanctions on Syria,\" Canadian Foreign Minister Melanie Joly said.",
			[]want{{typ: parley.Sanction, source: "Mélanie Joly", target: "Syria"}}},
		{"i_have_decided_to_suspend", "2024-03-08",
			"\"I have decided to suspend all cooperation with Niger,\" Macron told reporters.",
			[]want{{typ: parley.Sanction, source: "Emmanuel Macron", target: "Niger"}}},
		{"we_have_decided_to_ask", "2024-03-08",
			"\"We have decided to ask China to release the journalists,\" Albanese said.",
			[]want{{typ: parley.Request, source: "Anthony Albanese", target: "China"}}},
		// Another's hoped-for decision is not the speaker's deed.
		{"we_hope_they_will_decide", "2024-03-08",
			"\"We hope the Russians will decide to withdraw,\" Stoltenberg said.", nil},
	}
	runEventCases(t, tests)
}

// TestQuotedUs checks "us" and "our …" as the object of a deed a
// quotation tells: the speaker's side is the one acted on.
func TestQuotedUs(t *testing.T) {
	tests := []eventCase{
		{"our_facilities_are_the_speakers_state", "2024-03-08",
			"Ukraine's power grid was hit again. \"Russia attacked our energy facilities overnight,\" Zelensky said.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"our_positions_shelled_said_on_a_day", "2024-03-08",
			"Armenia reported new fighting. \"Azerbaijani forces shelled our positions near Sotk,\" Armenian Prime Minister Nikol Pashinyan said on Thursday.",
			[]want{{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armenia"}}},
		{"our_ambassador_expelled", "2024-03-08",
			"Poland protested. \"Belarus has expelled our ambassador,\" the Polish foreign minister Radoslaw Sikorski told TVN24.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Poland"}}},
		{"us_sanctioned_no_state_named", "2024-03-08",
			"\"China has sanctioned us for telling the truth,\" Lithuanian Foreign Minister Gabrielius Landsbergis said.",
			[]want{{typ: parley.Sanction, source: "China", target: "Lithuania"}}},
		{"our_refinery_struck_by_drones", "2024-03-08",
			"Russia has vowed to respond. \"Ukrainian drones attacked our oil refinery in Ryazan,\" Russian Defence Minister Andrei Belousov said.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia"}}},
		// The speaker's own deed on "our" land is none against himself.
		{"we_defend_our_border", "2024-03-08",
			"\"We will defend our border,\" Pashinyan said.", nil},
	}
	runEventCases(t, tests)
}

// TestReportedOwnerOfObject checks "X said Y had shelled its positions":
// the owner of what a hostile deed hit is the one reporting it.
func TestReportedOwnerOfObject(t *testing.T) {
	tests := []eventCase{
		{"ministry_reports_its_positions_shelled", "2024-03-08",
			"Armenia's defence ministry said Azerbaijani forces had shelled its positions overnight.",
			[]want{{typ: parley.Assault, source: "Azerbaijani Armed Forces", target: "Armenia"}}},
		{"capital_reports_its_guard_posts_fired_at", "2024-03-08",
			"Seoul said North Korean soldiers had fired at its guard posts on Sunday.",
			[]want{{typ: parley.Assault, source: "Korean People's Army", target: "South Korea", date: "2024-03-03"}}},
		{"its_fishing_boats_rammed", "2024-03-08",
			"Vietnam said Chinese ships had rammed its fishing boats near the Paracels.",
			[]want{{typ: parley.Assault, source: "China", target: "Vietnam"}}},
		{"its_soldiers_attacked_not_the_place", "2024-03-08",
			"Israel said Hamas had attacked its soldiers in Rafah.",
			[]want{{typ: parley.Assault, source: "Hamas", target: "Israel"}}},
		{"its_ambassador_expelled", "2024-03-08",
			"Poland said Belarus had expelled its ambassador.",
			[]want{{typ: parley.Sanction, source: "Belarus", target: "Poland"}}},
		// "its own" is the doer's.
		{"its_own_cities_are_the_doers", "2024-03-08",
			"The Kremlin said Ukraine had attacked its own cities.", nil},
	}
	runEventCases(t, tests)
}

// TestQuotedThatClause checks a named actor's deed in a "that" clause
// of a quotation: "\"We know that Russia has moved troops …\"".
func TestQuotedThatClause(t *testing.T) {
	tests := []eventCase{
		{"we_know_that_troops_moved", "2024-03-08",
			"\"We know that Russia has moved thousands of troops to the border with Finland,\" the Finnish president said.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Finland"}}},
		{"it_is_clear_that_tariffs_imposed", "2024-03-08",
			"\"It is clear that China has imposed these tariffs on Australia,\" Albanese said.",
			[]want{{typ: parley.Sanction, source: "China", target: "Australia"}}},
		{"i_can_confirm_that_struck", "2024-03-08",
			"\"I can confirm that Israel has struck Iranian air defences near Isfahan,\" the official said.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Armed Forces of the Islamic Republic of Iran"}}},
		{"we_regret_that_expelled", "2024-03-08",
			"\"We regret that Mali has expelled the French ambassador,\" the EU spokesman said.",
			[]want{{typ: parley.Sanction, source: "Mali", target: "France"}}},
		{"they_told_us_that_agreed", "2024-03-08",
			"\"They told us that Egypt and Israel have agreed to reopen the Rafah crossing,\" a UN official said.",
			[]want{{typ: parley.Agree, source: "Egypt", target: "Israel"}}},
		// A feared deed is not told as done.
		{"we_fear_that_is_no_deed", "2024-03-08",
			"\"We fear that Iran has supplied drones to Russia,\" Blinken said.", nil},
	}
	runEventCases(t, tests)
}

// TestQuotedSide checks "the X side" opening a quoted deed: the state
// the adjective names, as in a diplomatic readout.
func TestQuotedSide(t *testing.T) {
	tests := []eventCase{
		{"tajik_side_has_shelled", "2024-03-08",
			"\"The Tajik side has shelled Kyrgyz border posts,\" the service said.",
			[]want{{typ: parley.Assault, source: "Tajikistan", target: "Kyrgyzstan"}}},
		{"russian_side_continued_to_shell", "2024-03-08",
			"\"The Russian side continued to shell Ukrainian positions,\" the General Staff said on Monday.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine"}}},
		{"american_side_has_imposed", "2024-03-08",
			"\"The American side has imposed new tariffs on Chinese goods,\" Chinese commerce ministry spokesman He Yadong said.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China"}}},
		{"azerbaijani_side_opened_fire", "2024-03-08",
			"\"The Azerbaijani side opened fire on Armenian positions near Nerkin Hand,\" the Armenian defence ministry said.",
			[]want{{typ: parley.Assault, source: "Azerbaijan", target: "Armenia"}}},
		{"chinese_side_has_agreed", "2024-03-08",
			"\"The Chinese side has agreed to resume talks with Vietnam,\" the Vietnamese foreign ministry said.",
			[]want{{typ: parley.Agree, source: "China", target: "Vietnam"}}},
		{"chinese_side_concerned_is_no_deed", "2024-03-08",
			"\"The Chinese side is deeply concerned,\" Wang said.", nil},
	}
	runEventCases(t, tests)
}

// TestOperationsCondemned checks that "the operation" or "the
// intervention" condemned is the force told before, aimed at its doer.
func TestOperationsCondemned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condemned_the_operation", "1997-04-23",
			"Peruvian commandos stormed the Japanese ambassador's residence in Lima on Tuesday, killing all fourteen rebels. The rebels' spokesman in Europe, Isaac Velazco, condemned the operation.",
			[]want{{typ: parley.Accuse, source: "Isaac Velazco", target: "Armed Forces of Peru"}}},
	})
}
