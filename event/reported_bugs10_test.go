package event_test

import (
	"testing"

	"parley"
)

// TestReportedBugs10 checks dates of past deeds told with irregular verbs,
// "that year" and "overnight".
func TestReportedBugs10(t *testing.T) {
	tests := []eventCase{
		// An irregular past: a month and day after publication is last year's.
		{"overran_on_a_later_month_is_last_year", "2024-05-10",
			"Hamas gunmen overran Israeli border posts on October 7.",
			[]want{{typ: parley.Assault, source: "Hamas", target: "Israel", status: parley.Occurred, date: "2023-10-07"}}},
		{"overran_with_a_country_adjective", "2023-03-20",
			"Russian forces overran Ukrainian positions near Bakhmut on November 12.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", status: parley.Occurred, date: "2022-11-12"}}},
		// A verb whose past looks like its present, after a plural subject.
		{"hit_on_a_later_month_is_last_year", "2024-05-10",
			"Ukrainian drones hit Russian refineries on August 27.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia", status: parley.Occurred, date: "2023-08-27"}}},
		{"cut_on_a_later_month_is_last_year", "2024-05-10",
			"Algeria cut gas exports to Spain on October 31.",
			[]want{{typ: parley.Sanction, source: "Algeria", target: "Spain", status: parley.Occurred, date: "2023-10-31"}}},
		// "that year" is the year written last.
		{"month_that_year", "2024-05-10",
			"The war began in 2022. In March that year, Russian troops shelled Kharkiv.",
			[]want{{typ: parley.Assault, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2022-03"}}},
		{"day_of_that_year", "2024-05-10",
			"Talks collapsed in 2019. On June 4 that year, Sudanese troops attacked protesters in Khartoum.",
			[]want{{typ: parley.Assault, source: "Sudanese Armed Forces", target: "Sudanese protesters", date: "2019-06-04"}}},
		{"month_of_that_year", "2024-05-10",
			"Pakistan held elections in 2018. In August of that year, India accused Pakistan of shelling Kashmir.",
			[]want{{typ: parley.Accuse, source: "India", target: "Pakistan", date: "2018-08"}}},
		{"month_the_same_year", "2024-05-10",
			"The coup came in 2021. In September the same year, ECOWAS imposed sanctions on Guinea.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Guinea", date: "2021-09"}}},
		// "overnight": the night before publication or the day named.
		{"struck_overnight", "2024-05-10",
			"Russian drones struck Odesa overnight.",
			[]want{{typ: parley.Assault, source: "Russia", target: "Ukraine", date: "2024-05-09"}}},
		{"overnight_opening", "2024-02-16",
			"Overnight, Israeli jets bombed Rafah.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine", date: "2024-02-15"}}},
		{"overnight_before_the_day_named", "2024-05-10",
			"Moscow said on Tuesday that Ukrainian troops shelled Belgorod overnight.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Ukraine", target: "Russia", date: "2024-05-06"}}},
		{"overnight_before_a_day_named_after", "2024-05-10",
			"Israeli jets struck Hezbollah positions overnight, the army said on Wednesday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah", date: "2024-05-08"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"an_overnight_curfew_names_no_day", "2024-05-10",
			"Israel imposed an overnight curfew on Hebron on Tuesday.",
			want{typ: parley.Coerce, date: "2024-05-09"}},
	})
}

// TestReportedBugs10Actors checks a known body's name before "on <place>"
// and forces in an agentless passive.
func TestReportedBugs10Actors(t *testing.T) {
	runEventCases(t, []eventCase{
		// "on Ukraine" after a known body's name is the topic.
		{"known_body_on_a_state", "2024-05-10",
			"Hungary criticised the stance of the European Council on Ukraine.",
			[]want{{typ: parley.Accuse, source: "Hungary", target: "European Council"}}},
		{"known_body_on_a_state_after_of", "2024-05-10",
			"Italy criticised the decision of the European Parliament on Hungary.",
			[]want{{typ: parley.Accuse, source: "Italy", target: "European Parliament"}}},
		// Forces in an agentless passive: their state's build-up.
		{"warships_were_deployed_near", "2024-05-10",
			"Dozens of Chinese warships were deployed near the Philippines on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "China", target: "Philippines", date: "2024-05-07"}}},
		{"troops_have_been_deployed_near", "2024-05-10",
			"Thousands of Russian troops have been deployed near Finland.",
			[]want{{typ: parley.Mobilize, source: "Armed Forces of the Russian Federation", target: "Finland"}}},
		{"troops_were_moved_to_a_border", "2024-05-10",
			"Russian troops were deployed to the Belarusian border.",
			[]want{{typ: parley.Mobilize, source: "Armed Forces of the Russian Federation", target: "Belarus"}}},
		{"weapons_are_no_one_s_forces", "2024-05-10",
			"Iranian drones were deployed against Ukraine.", nil},
		// Forces pushing into a state.
		{"troops_pushed_into", "2024-05-10",
			"Turkish troops pushed into northern Syria.",
			[]want{{typ: parley.Mobilize, source: "Turkish Armed Forces", target: "Syria"}}},
		{"soldiers_poured_into", "2024-05-10",
			"Rwandan soldiers poured into eastern Congo.",
			[]want{{typ: parley.Mobilize, source: "Rwanda Defence Force", target: "Democratic Republic of the Congo"}}},
		{"pushed_for_is_no_advance", "2024-05-10",
			"The army pushed for elections in Mali.", nil},
	})
}

// TestReportedBugs10Captives checks that a reaction to someone's arrest,
// detention or jailing is aimed at the captor, never the captive.
func TestReportedBugs10Captives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condemned_an_arrest_told_before", "2024-05-10",
			"Turkish police detained Imamoglu on Wednesday. Germany denounced Imamoglu's detention.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Turkish National Police"}}},
		{"criticised_the_jailing_of", "2024-05-10",
			"Russia jailed Navalny last year. France criticised the jailing of Navalny.",
			[]want{{typ: parley.Accuse, source: "France", target: "Russia"}}},
		{"condemned_a_sentencing_by_a_court_told_before", "2024-05-10",
			"A Minsk court sentenced Ales Bialiatski to ten years on Friday. Sweden condemned Bialiatski's sentencing.",
			[]want{{typ: parley.Accuse, source: "Sweden", target: "Judiciary of Belarus"}}},
		{"an_arrest_with_no_captor_named_is_none", "2024-05-10",
			"Germany condemned Imamoglu's arrest.", nil},
	})
	runNotCases(t, []notCase{
		{"the_captive_is_no_target", "2024-05-10",
			"Turkey detained Imamoglu. The EU condemned the arrest of Imamoglu on Friday.",
			want{typ: parley.Accuse, target: "Ekrem İmamoğlu"}},
	})
}

// TestReportedBugs10CallFor checks "called for X to do" with a time phrase
// or an adverb between the verb and "for".
func TestReportedBugs10CallFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_on_a_day_for_a_state_to_act", "2024-05-10",
			"The African Union called on Sunday for Rwanda to withdraw its troops from Congo.",
			[]want{{typ: parley.Request, source: "African Union", target: "Rwanda", date: "2024-05-05"}}},
		{"called_again_for", "2024-05-10",
			"Norway called again for Israel to halt its offensive.",
			[]want{{typ: parley.Request, source: "Norway", target: "Israel"}}},
		{"called_once_again_for", "2024-05-10",
			"Brazil called once again for Venezuela to publish the results.",
			[]want{{typ: parley.Request, source: "Brazil", target: "Venezuela"}}},
	})
}

// TestReportedBugs10Unconfirmed checks that declining to confirm a deed
// codes no event.
func TestReportedBugs10Unconfirmed(t *testing.T) {
	runNotCases(t, []notCase{
		{"did_not_confirm_the_strikes", "2024-05-10",
			"Ukraine did not confirm the strikes on Crimea.",
			want{typ: parley.Assault}},
		{"declined_to_confirm_the_raid", "2024-05-10",
			"The Pentagon declined to confirm the raid on Syria.",
			want{typ: parley.Assault}},
		{"has_not_yet_confirmed_the_attack", "2024-05-10",
			"Russia has not yet confirmed the attack on Ukraine's power grid.",
			want{typ: parley.Assault}},
	})
}

// TestReportedBugs10WarnedThat checks that a warning whose clause tells
// what the speaker's own side may do takes no one met before as target.
func TestReportedBugs10WarnedThat(t *testing.T) {
	runEventCases(t, []eventCase{
		{"warned_that_another_state_would_pay", "2024-05-10",
			"Modi spoke with Sharif. Modi warned that Pakistan would pay a heavy price.",
			[]want{{typ: parley.Threaten, source: "Narendra Modi", target: "Pakistan"}}},
	})
	runNotCases(t, []notCase{
		{"warned_that_own_state_reserves_the_right", "2024-05-10",
			"Modi spoke with Sharif on Monday. Modi warned that India reserves the right to respond.",
			want{typ: parley.Threaten, source: "Narendra Modi", target: "Shehbaz Sharif"}},
		{"own_side_clause_is_not_at_the_host", "2024-05-10",
			"Erdogan met Aliyev in Baku. Erdogan warned that Turkey reserves the right to close its airspace.",
			want{typ: parley.Threaten, source: "Recep Tayyip Erdoğan", target: "Ilham Aliyev"}},
	})
}
