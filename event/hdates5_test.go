package event_test

import (
	"testing"

	"parley"
)

// TestStoryDayAfterPlans checks that "later in the day" told in the past
// after a day still to come counts from the story's day, not the plan's.
func TestStoryDayAfterPlans(t *testing.T) {
	runEventCases(t, []eventCase{
		{"later_in_the_day_after_a_planned_meeting", "2024-05-08",
			"Scholz spoke with Macron by phone on Monday. The two foreign ministers will meet in Berlin on Friday. Later in the day, Scholz praised Poland for its support.",
			[]want{{typ: parley.Support, source: "Olaf Scholz", target: "Poland", status: parley.Occurred, date: "2024-05-06"}}},
		{"earlier_in_the_day_after_a_planned_visit", "2024-05-08",
			"Erdogan is due in Baku on Friday for talks with Aliyev. Earlier in the day, Aliyev accused Armenia of shelling border villages.",
			[]want{{typ: parley.Accuse, source: "Ilham Aliyev", target: "Armenia", status: parley.Occurred, date: "2024-05-08"}}},
		{"later_that_day_after_old_background", "2016-06-29",
			"On November 28, 2015, Russia imposed sanctions on Turkey. The foreign ministers will hold talks in Sochi on July 1. Later in the day, Putin thanked Turkey for its condolences.",
			[]want{{typ: parley.Support, source: "Vladimir Putin", target: "Turkey", status: parley.Occurred, date: "2016-06-29"}}},
		// Told as to come, the day still to come stays the anchor.
		{"later_in_the_day_of_a_planned_summit", "2024-05-08",
			"The summit will open in Rome on Friday. Later in the day, Meloni will host Biden at her office.",
			[]want{{typ: parley.Consult, source: "Giorgia Meloni", target: "Joe Biden", status: parley.Planned, date: "2024-05-10"}}},
	})
}
