package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs13Events checks the reported bugs of the twenty-first session's
// thirteenth helper: each case names the events the text must yield.
func TestReportedBugs13Events(t *testing.T) {
	runEventCases(t, []eventCase{
		// A second past verb after "and"/"but" stands outside the doubt of the first one's object.
		{"welcomed_efforts_but_urged", "2024-05-10",
			"Canada welcomed Ukraine's efforts but urged NATO to do more.",
			[]want{{typ: parley.Request, source: "Canada", target: "North Atlantic Treaty Organization", status: parley.Occurred}}},
		{"praised_attempts_to_mediate_but_called_on", "2024-05-10",
			"Japan praised Seoul's attempts to mediate but called on Pyongyang to return to talks.",
			[]want{{typ: parley.Request, source: "Japan", target: "North Korea", status: parley.Occurred}}},
		{"backed_efforts_and_condemned", "2024-05-10",
			"The Arab League backed Egypt's efforts to broker a truce and condemned Israel's strikes on Rafah.",
			[]want{{typ: parley.Accuse, source: "Arab League", target: "Israel", status: parley.Occurred}}},
		{"supported_efforts_but_demanded", "2024-05-10",
			"Egypt supported Qatar's efforts but demanded that Israel open the crossings.",
			[]want{{typ: parley.Request, source: "Egypt", target: "Israel", status: parley.Occurred}}},
		{"day_before_the_first_verb_then_but", "2024-05-10",
			"Britain on Tuesday hailed the prospect of talks but accused Iran of stalling.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "Iran", status: parley.Occurred}}},
		{"also_before_the_first_verb_then_but", "2024-05-10",
			"Canada also welcomed Ukraine's efforts but urged NATO to do more.",
			[]want{{typ: parley.Request, source: "Canada", target: "North Atlantic Treaty Organization", status: parley.Occurred}}},
		{"welcomed_effort_but_criticised", "2024-05-10",
			"Ankara welcomed Baghdad's effort but criticised Iran.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Iran", status: parley.Occurred}}},
		// A demand noun put out again with no one named: asked of the sides of the fighting told before.
		{"renewed_calls_for_a_ceasefire", "2024-05-10",
			"Israel pressed on with its offensive in Rafah. Paris renewed calls for a ceasefire in Gaza.",
			[]want{{typ: parley.Request, source: "France", target: "Israel"}}},
		{"repeated_its_call_for_a_ceasefire", "2024-05-10",
			"Russian forces shelled Kharkiv overnight. Turkey repeated its call for a ceasefire.",
			[]want{{typ: parley.Request, source: "Turkey", target: "Ukraine"}, {typ: parley.Request, source: "Turkey", target: "Russia"}}},
		{"renewed_its_appeal_for_calm", "2024-05-10",
			"Israeli jets struck Hezbollah positions in southern Lebanon on Sunday. The UN renewed its appeal for calm.",
			[]want{{typ: parley.Request, source: "United Nations", target: "Israel"}, {typ: parley.Request, source: "United Nations", target: "Hezbollah"}}},
		{"voiced_calls_for_restraint", "2024-05-10",
			"Azerbaijan shelled Armenian positions on Monday. Iran voiced calls for restraint.",
			[]want{{typ: parley.Request, source: "Iran", target: "Azerbaijan"}}},
		// The seat of the speakers of an attribution is not where the act took place.
		{"officials_in_a_capital_said", "2024-05-10",
			"Russia shelled Odesa, officials in Kyiv said.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", place: "-"}}},
		{"officials_in_a_capital_told_reporters", "2024-05-10",
			"Russia shelled Odesa on Tuesday, officials in Kyiv told reporters.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-05-07", place: "-"}}},
		{"diplomats_in_a_capital_said", "2024-05-10",
			"China sanctioned three US firms, diplomats in Beijing said.",
			[]want{{typ: parley.Sanction, source: "China", target: "United States", place: "-"}}},
		{"sources_in_a_capital_said_on_a_day", "2024-05-10",
			"Turkey detained two Greek soldiers, sources in Athens said on Monday.",
			[]want{{typ: parley.Coerce, source: "Turkey", target: "Hellenic Armed Forces", place: "-"}}},
		{"the_acts_own_place_stays", "2024-05-10",
			"Israel struck a camp in Rafah, health authorities in Gaza said.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", place: "Rafah"}}},
		// A visit in an "after …ing" phrase came before the main verb's act: done, with no day of that act.
		{"flew_after_visiting", "2024-05-10",
			"Blinken flew to Tokyo on Monday after visiting Seoul.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "South Korea", status: parley.Occurred, date: "-", place: "Seoul"}}},
		{"travelled_after_visiting_fronted_day", "2024-05-10",
			"On Tuesday, Wang Yi travelled to Jakarta after visiting Hanoi.",
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Vietnam", status: parley.Occurred, date: "-"}}},
		{"after_visiting_on_its_own_day", "2024-05-10",
			"Erdogan arrived in Baku on Thursday after visiting Tbilisi on Wednesday.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Georgia", date: "2024-05-08"},
				{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Azerbaijan", date: "2024-05-09", place: "Baku"}}},
		{"arrived_after_visiting_keeps_its_place", "2024-05-10",
			"Blinken arrived in Tokyo on Monday after visiting Seoul.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "Japan", place: "Tokyo"}}},
		{"will_fly_after_visiting_is_planned", "2024-05-10",
			"Lavrov will fly to Beijing after visiting Pyongyang.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "North Korea", status: parley.Planned}}},
		// A concern put to someone named after "with" or "to" is aimed at them, not at the state of the place after.
		{"raised_the_concern_with_a_minister_in_a_capital", "2024-05-10",
			"Blinken raised the concern with Wang Yi in Beijing on Friday.",
			[]want{{typ: parley.Accuse, source: "Antony Blinken", target: "Wang Yi"}}},
		{"voiced_concern_to_a_minister_in_a_capital", "2024-05-10",
			"Blinken voiced concern to Wang Yi in Beijing.",
			[]want{{typ: parley.Accuse, source: "Antony Blinken", target: "Wang Yi"}}},
		{"expressed_concern_to_a_minister_in_a_capital", "2024-05-10",
			"Borrell expressed concern to Lavrov in Moscow.",
			[]want{{typ: parley.Accuse, source: "Josep Borrell", target: "Sergey Lavrov"}}},
		{"concerns_about_rights_in_a_region", "2024-05-10",
			"Britain raised concerns about human rights in Xinjiang.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "China"}}},
		// "for the release of" one's own seized: of the seizer, read as releaseHolder reads it.
		{"pressed_for_the_release_of_the_ship", "2024-05-10",
			"Iran seized a South Korean tanker on Monday. Seoul pressed for the release of the ship and its crew.",
			[]want{{typ: parley.Request, source: "South Korea", target: "Iran"}}},
		{"appealed_for_the_release_of_the_vessel", "2024-05-10",
			"Houthi rebels seized a Japanese cargo ship. Tokyo appealed for the swift release of the vessel.",
			[]want{{typ: parley.Request, source: "Japan", target: "Houthis"}}},
		// A measure told as still standing takes the day told for it, else none (not the saying's).
		{"sanctions_remain_in_force_said_on_a_day", "2024-05-10",
			"The US sanctions on Iran remain in force, the State Department said on Monday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran", date: "-"}}},
		{"ban_is_still_in_effect", "2024-05-10",
			"Russia's ban on Georgian wine is still in effect, Tbilisi said on Friday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Georgia", date: "-"}}},
		{"ban_imposed_in_a_month_remains_in_place", "2024-05-10",
			"China's ban on Japanese seafood, imposed in August 2023, remains in place, Beijing said on Wednesday.",
			[]want{{typ: parley.Sanction, source: "China", target: "Japan", date: "2023-08"}}},
		{"measure_imposed_on_a_day_keeps_it", "2024-05-10",
			"The US imposed sanctions on Iran on Monday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran", date: "2024-05-06"}}},
		// A bare apostrophe after a name in "s" is a possessive as "'s" is: the owner makes the demand.
		{"rejected_a_bare_apostrophe_demand", "2024-05-10",
			"Lavrov rejected Brussels' demand for a ceasefire.",
			[]want{{typ: parley.Request, source: "European Union", target: "Sergey Lavrov"}}},
		{"ignored_a_bare_apostrophe_request", "2024-05-10",
			"Moscow ignored Athens' request for an explanation.",
			[]want{{typ: parley.Request, source: "Greece", target: "Russia"}}},
		{"rejected_a_bare_apostrophe_demand_for_withdrawal", "2024-05-10",
			"Ankara rejected Damascus' demand for a withdrawal.",
			[]want{{typ: parley.Request, source: "Syria", target: "Turkey"}}},
		{"bare_apostrophe_sanctions_owner", "2024-05-10",
			"Brussels' sanctions on Moscow took effect on Friday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Russia"}}},
	})
}

// TestReportedBugs13Not checks readings the fixes must not make.
func TestReportedBugs13Not(t *testing.T) {
	runNotCases(t, []notCase{
		// A doubt before the first verb covers both verbs.
		{"whether_attacked_and_seized", "2024-05-10",
			"Analysts asked whether Russia attacked Kyiv and seized the port.",
			want{typ: parley.Assault, status: parley.Occurred}},
		// A demand turned down is no demand of the one who turns it down;
		// with no fighting told, no one is guessed.
		{"rejected_calls_for_a_ceasefire", "2024-05-10",
			"Israel pressed on with its offensive in Rafah. Hamas rejected calls for a ceasefire.",
			want{typ: parley.Request, source: "Hamas"}},
		{"renewed_calls_with_no_fighting_told", "2024-05-10",
			"Paris renewed calls for a ceasefire in Gaza.",
			want{typ: parley.Request}},
		// A closing quotation mark after a word in "s" owns nothing.
		{"closing_quote_is_no_possessive", "2024-05-10",
			"Lavrov called the measures 'illegal sanctions' and left.",
			want{typ: parley.Sanction}},
	})
}
