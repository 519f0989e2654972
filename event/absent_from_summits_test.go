package event_test

import (
	"testing"

	"parley"
)

// TestAbsentFromASummit covers a leader who did not attend a summit the
// story names others at: no meeting with each of those present.
func TestAbsentFromASummit(t *testing.T) {
	text := "Emmanuel Macron, Olaf Scholz and Charles Michel met Ilham Aliyev and Nikol Pashinyan at the summit on Thursday. " +
		"Recep Tayyip Erdoğan did not attend the summit."
	runNotCases(t, []notCase{
		{"absent_from_the_summit", "2023-06-02", text, want{typ: parley.Consult, source: "Recep Tayyip Erdoğan"}},
	})
}

// TestAttendanceToldAlone covers "attend" and "take part" with no object
// after a meeting a host received: the guest met the host, on the
// meeting's day, or stayed away from the host.
func TestAttendanceToldAlone(t *testing.T) {
	hosted := "Kenyan President William Ruto hosted the East African Community summit in Nairobi on Saturday. "
	runEventCases(t, []eventCase{
		{"did_not_attend_is_absent_from_the_host", "2024-03-11",
			hosted + "Ugandan President Yoweri Museveni did not attend.",
			[]want{{typ: parley.Consult, source: "Yoweri Museveni", target: "William Ruto", status: parley.Negated, date: "2024-03-09"}}},
		{"attended_as_a_guest_met_the_host", "2024-03-11",
			hosted + "Ghana's President Nana Akufo-Addo attended as an observer.",
			[]want{{typ: parley.Consult, source: "Nana Akufo-Addo", target: "William Ruto", status: parley.Occurred, date: "2024-03-09"}}},
		{"also_took_part", "2024-03-11",
			hosted + "Rwanda's President Paul Kagame also took part.",
			[]want{{typ: parley.Consult, source: "Paul Kagame", target: "William Ruto", status: parley.Occurred, date: "2024-03-09"}}},
	})
	runNotCases(t, []notCase{
		// A meeting of many with no host: one who also came has no
		// counterpart the story names.
		{"present_at_a_meeting_of_many", "2024-03-11",
			"William Ruto, Yoweri Museveni and Samia Suluhu Hassan met in Nairobi on Saturday. Paul Kagame also took part.",
			want{typ: parley.Consult, source: "Paul Kagame"}},
		// "Joined" alone is as often a measure joined as a meeting.
		{"joined_alone_is_no_attendance", "2024-03-11",
			hosted + "Tanzania later joined.",
			want{typ: parley.Consult, source: "Tanzania"}},
		// "Together" at a clause's end is no attendance of the meeting
		// told before.
		{"together_is_no_attendance", "2024-03-11",
			hosted + "Yoweri Museveni and Paul Kagame later appeared together.",
			want{typ: parley.Consult, source: "Yoweri Museveni", target: "William Ruto"}},
	})
}
