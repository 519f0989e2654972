package event_test

import (
	"testing"

	"parley"
)

// TestVisitsReceivedByTheHead checks that a visit to a state whose head
// the story shows dealing with the visitor is a visit to that head, the
// host who receives it, even when the sentence names only the capital.
func TestVisitsReceivedByTheHead(t *testing.T) {
	const met = "Malaysian Prime Minister Anwar Ibrahim flew to Jakarta on Thursday for his first official trip abroad. " +
		"On Friday Anwar and Indonesian President Joko Widodo signed an accord on their maritime border."
	runEventCases(t, []eventCase{
		{"capital_visit_to_the_head_met_later", "2023-06-10", met,
			[]want{{typ: parley.Consult, source: "Anwar Ibrahim", target: "Joko Widodo", status: parley.Occurred, date: "2023-06-08", medium: parley.InPerson}}},
	})
	runNotCases(t, []notCase{
		{"capital_visit_not_to_the_state", "2023-06-10", met,
			want{typ: parley.Consult, source: "Anwar Ibrahim", target: "Indonesia"}},
		{"head_who_deals_with_others_is_no_host", "2023-06-10",
			"Malaysian Prime Minister Anwar Ibrahim flew to Jakarta on Thursday for his first official trip abroad. " +
				"Indonesian President Joko Widodo praised the Philippines on Friday.",
			want{typ: parley.Consult, source: "Anwar Ibrahim", target: "Joko Widodo"}},
		{"two_heads_leave_the_state", "2023-06-10",
			"Malaysian Prime Minister Anwar Ibrahim flew to Paris on Thursday. " +
				"On Friday Anwar and French President Emmanuel Macron signed an accord on palm oil, and Prime Minister Élisabeth Borne praised Malaysia.",
			want{typ: parley.Consult, source: "Anwar Ibrahim", target: "Emmanuel Macron"}},
		{"head_of_a_body_is_no_host", "2023-06-10",
			"Malaysian Prime Minister Anwar Ibrahim flew to Berlin on Thursday. " +
				"On Friday Anwar and European Commission President Ursula von der Leyen signed an accord on palm oil.",
			want{typ: parley.Consult, source: "Anwar Ibrahim", target: "Ursula von der Leyen"}},
		{"a_state_visits_no_head", "2023-06-10",
			"A Malaysian delegation flew to Jakarta on Thursday. " +
				"On Friday Malaysia and Indonesian President Joko Widodo signed an accord on their maritime border.",
			want{typ: parley.Consult, source: "Malaysia", target: "Joko Widodo"}},
	})
}
