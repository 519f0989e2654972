package event_test

import (
	"testing"

	"parley"
)

// TestTripsToThePeopleMet checks that a journey told in the sentence of
// the talks it was made for is those talks: the people met are the
// targets, not the state travelled to, even when the talks have a topic
// between the noun and their other side, and a person named after a long
// office of a body is the one met.
func TestTripsToThePeopleMet(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"flew_for_talks_with_a_regional_leader", "2003-11-24",
			"Turkish Foreign Minister Abdullah Gül flew to Batumi this morning for talks with Aslan Abashidze, the leader of Adjara.",
			want{typ: parley.Consult, source: "Abdullah Gül", target: "Aslan Abashidze", date: "2003-11-24"},
			want{typ: parley.Consult, source: "Abdullah Gül", target: "Georgia"}},
		{"talks_on_a_topic_with_a_named_minister", "2023-05-02",
			"Uzbek Foreign Minister Bakhtiyor Saidov travelled to Kabul last week for talks on the railway with the Taliban's acting minister of mines and petroleum, Shahabuddin Delawar.",
			want{typ: parley.Consult, source: "Bakhtiyor Saidov", target: "Shahabuddin Delawar"},
			want{typ: parley.Consult, source: "Bakhtiyor Saidov", target: "Afghanistan"}},
	})
	runEventCases(t, []eventCase{
		// A person of another state was met on another leg of the trip.
		{"talks_on_another_leg", "2019-08-10",
			"Foreign Minister Marise Payne visited Tonga on Thursday and Fiji on Friday, where she held talks with Prime Minister Frank Bainimarama.",
			[]want{{typ: parley.Consult, source: "Marise Payne", target: "Tonga", date: "2019-08-08"},
				{typ: parley.Consult, source: "Marise Payne", target: "Frank Bainimarama"}}},
	})
}
