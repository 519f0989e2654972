package event_test

import (
	"testing"

	"parley"
)

// TestSectionHeadingDates checks that a page gathering several readouts
// under dated headings dates each undated act by its own section's
// heading, and that one dated heading alone — a date line — dates
// nothing.
func TestSectionHeadingDates(t *testing.T) {
	sections := "Foreign Secretary's calls on Afghanistan\n\n" +
		"Call with the Foreign Minister of Pakistan: 20 August 2021\n\n" +
		"Dominic Raab spoke by phone to Shah Mahmood Qureshi.\n\n" +
		"Raab urged Pakistan to keep its border with Afghanistan open.\n\n" +
		"Call with the Foreign Minister of Qatar: 22 August 2021\n\n" +
		"Raab thanked Qatar for its help with the evacuation.\n\n" +
		"Raab had urged Qatar to keep the airport open.\n"
	one := "Foreign Secretary's call on Afghanistan\n\n" +
		"Call with the Foreign Minister of Qatar: 22 August 2021\n\n" +
		"Raab thanked Qatar for its help with the evacuation.\n"
	runRuledOut(t, []ruledOutCase{
		{"the_first_section", "2021-08-24", sections,
			want{typ: parley.Request, source: "Dominic Raab", target: "Pakistan", date: "2021-08-20"},
			want{typ: parley.Request, target: "Pakistan", date: "2021-08-22"}},
		{"the_second_section", "2021-08-24", sections,
			want{typ: parley.Support, source: "Dominic Raab", target: "Qatar", date: "2021-08-22"},
			want{typ: parley.Support, target: "Qatar", date: "2021-08-20"}},
		{"done_before_keeps_no_day", "2021-08-24", sections,
			want{typ: parley.Request, source: "Dominic Raab", target: "Qatar", date: "-"},
			want{}},
		{"one_dated_heading_is_a_date_line", "2021-08-24", one,
			want{typ: parley.Support, source: "Dominic Raab", target: "Qatar", date: "-"},
			want{}},
	})
}

// TestClauseDates checks two dates a clause can take from around it: a
// relative clause keeps its own date past a short aside ("that the two
// countries had signed, in revised form, in September 2019"), and "came
// only hours after" dates the act after it by the act told before.
func TestClauseDates(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"relative_clause_with_an_aside_keeps_its_date", "2024-12-05",
			"On the evening of 28 November, Chad's government announced that it was ending the defence cooperation agreement with France that the two countries had signed, in revised form, in September 2019.",
			want{typ: parley.Sanction, source: "Chad", target: "France", date: "2024-11-28"},
			want{typ: parley.Sanction, date: "2019-09"}},
		{"came_only_hours_after", "2024-12-05",
			"On the evening of 28 November, Chad's government announced that it was ending the defence cooperation agreement with France.\n\n" +
				"The announcement came only hours after French Foreign Minister Jean-Noël Barrot left N'Djamena, where he had held talks with President Mahamat Idriss Déby.",
			want{typ: parley.Consult, source: "Jean-Noël Barrot", target: "Mahamat Déby", date: "2024-11-28"},
			want{}},
	})
}

// TestMeetingRecordDates checks that what delegates say in a council
// meeting's record takes the day of the decision the record opens with,
// and that an act told as earlier keeps none.
func TestMeetingRecordDates(t *testing.T) {
	record := "The Security Council on Wednesday imposed an arms embargo on Eritrea, by a vote of 13 in favour to 1 against.\n\n" +
		"The representative of the United States called on Eritrea to end its support for armed groups in Somalia.\n\n" +
		"Araya Desta, the representative of Eritrea, rejected the resolution, accusing the United States of pushing it through.\n\n" +
		"China's representative said his delegation had urged Eritrea to negotiate."
	runRuledOut(t, []ruledOutCase{
		{"a_delegates_demand", "2009-12-24", record,
			want{typ: parley.Request, source: "United States", target: "Eritrea", date: "2009-12-23"},
			want{}},
		{"a_delegates_accusation", "2009-12-24", record,
			want{typ: parley.Accuse, source: "Araya Desta", target: "United States", date: "2009-12-23"},
			want{}},
		{"urged_before_keeps_no_day", "2009-12-24", record,
			want{},
			want{typ: parley.Request, target: "Eritrea", source: "China", date: "2009-12-23"}},
	})
}

// TestMeetingRecordWithDelegatesInBrackets checks that a council
// meeting's record naming its delegates "NAME (State)" or "Name of the
// State" dates their words by the meeting's day.
func TestMeetingRecordWithDelegatesInBrackets(t *testing.T) {
	text := "The Security Council on Saturday imposed sanctions on Iran over its nuclear programme.\n\n" +
		"Alejandro Wolff (United States) accused Iran of defying the Council for years.\n\n" +
		"Vitaly Churkin of the Russian Federation urged Iran to cooperate with the inspectors."
	runRuledOut(t, []ruledOutCase{
		{"brackets", "2006-12-23", text,
			want{typ: parley.Accuse, source: "Alejandro Wolff", target: "Iran", date: "2006-12-23"},
			want{}},
		{"of_the_state", "2006-12-23", text,
			want{typ: parley.Request, source: "Vitaly Churkin", target: "Iran", date: "2006-12-23"},
			want{}},
	})
}

// TestMeetingRecordLedBySpeech checks that a council meeting's record
// whose lead tells a speech to the council, no act of its own, still
// dates its delegates' words by the meeting's day.
func TestMeetingRecordLedBySpeech(t *testing.T) {
	text := "The fighting has become a humanitarian nightmare, the Secretary-General told the Security Council today, as members held their first open meeting on the crisis in years.\n\n" +
		"Nikki Haley of the United States accused the Myanmar authorities of waging a campaign to cleanse the country of an ethnic minority.\n\n" +
		"Vassily Nebenzia of the Russian Federation defended the Government's handling of the crisis."
	runRuledOut(t, []ruledOutCase{
		{"a_delegates_accusation_after_a_speech", "2017-09-28", text,
			want{typ: parley.Accuse, source: "Nikki Haley", target: "Myanmar", date: "2017-09-28"},
			want{}},
	})
}

// TestLiveEntriesUnderBareClockHeadings checks that a live page whose
// entries open with a clock time alone on its line ("08:30 GMT") dates
// the undated acts under them by the page's day.
func TestLiveEntriesUnderBareClockHeadings(t *testing.T) {
	text := "Live: Yemen's Hadi hands power to a council\n\nRiyadh, 7 April 2022\n\nLive updates. All times GMT.\n\n" +
		"06:05 GMT\n\nGood morning and welcome to our live coverage of the talks in Riyadh.\n\n" +
		"08:30 GMT\n\nSaudi Arabia welcomed the decision of President Abd-Rabbu Mansour Hadi to hand over his powers.\n\n" +
		"09:10 GMT\n\nThe United Arab Emirates also welcomed the move."
	runRuledOut(t, []ruledOutCase{
		{"under_a_bare_clock_heading", "2022-04-07", text,
			want{typ: parley.Support, source: "Saudi Arabia", target: "Abd-Rabbu Mansour Hadi", date: "2022-04-07"},
			want{}},
	})
}
