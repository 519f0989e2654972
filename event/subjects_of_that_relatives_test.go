package event_test

import (
	"testing"

	"parley"
)

// TestSubjectsOfThatRelatives checks a subject qualified by a relative
// "that" with a verb of its own ("Iraqi troops that crossed into Iran
// …"): the main verb after it is the head noun's, not the relative's
// object's, and a time told in the relative dates only the relative.
func TestSubjectsOfThatRelatives(t *testing.T) {
	runEventCases(t, []eventCase{
		{"main_verb_after_the_relative", "1988-07-20",
			"Iraqi troops that crossed into Iran in the south have shelled Iranian positions near the border.",
			[]want{{typ: parley.Assault, source: "Iraqi Armed Forces", target: "Iran"}}},
		{"relative_time_is_not_the_main_verbs", "2022-03-14",
			"Russian troops that entered Kazakhstan in January have withdrawn from Kazakhstan.",
			[]want{{typ: parley.Retreat, source: "Armed Forces of the Russian Federation", target: "Kazakhstan", date: "-"}}},
	})
}

// TestPledgesOfAPairToAThird checks a pair named as a group that pledges
// an act with a third ("Both candidates have pledged to deepen ties with
// Washington"): each pledges it to the third, not to the other.
func TestPledgesOfAPairToAThird(t *testing.T) {
	text := "Ashraf Ghani and Abdullah Abdullah ended their feud on Sunday. Both candidates have pledged to deepen security ties with Washington."
	runEventCases(t, []eventCase{
		{"each_to_the_third", "2014-09-23", text,
			[]want{{typ: parley.Agree, source: "Ashraf Ghani", target: "United States"},
				{typ: parley.Agree, source: "Abdullah Abdullah", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		{"not_to_each_other", "2014-09-23", text, want{typ: parley.Agree, source: "Ashraf Ghani", target: "Abdullah Abdullah"}},
	})
}
