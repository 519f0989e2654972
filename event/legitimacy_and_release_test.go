package event_test

import (
	"testing"

	"parley"
)

// TestLegitimacyQuestioned checks doubt cast on another's standing with
// the actor after "of", whatever stands between ("questioned the
// legitimacy of the Peruvian government", "of President Boluarte's
// government"): ACCUSE at that actor.
func TestLegitimacyQuestioned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"legitimacy_of_the_adjective_government", "2023-02-25",
			"Mexico's president again questioned the legitimacy of the Peruvian government on Friday.",
			[]want{{typ: parley.Accuse, source: "Andrés Manuel López Obrador", target: "Peru", date: "2023-02-24"}}},
		{"legitimacy_of_a_titled_leader", "2023-02-25",
			"Andrés Manuel López Obrador questioned the legitimacy of Peruvian President Dina Boluarte's government.",
			[]want{{typ: parley.Accuse, source: "Andrés Manuel López Obrador", target: "Peru"}}},
		{"legitimacy_of_a_person", "2023-02-25",
			"López Obrador questioned the legitimacy of Boluarte.",
			[]want{{typ: parley.Accuse, source: "Andrés Manuel López Obrador", target: "Dina Boluarte"}}},
	})
}

// TestReleaseOfOfficeHolder checks a call to free a state's own leader
// or former leader when no captor is named: a request to that state. A
// foreigner with no office is held wherever the text says.
func TestReleaseOfOfficeHolder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"former_president_held_at_home", "2023-02-25",
			"Peru's crisis deepened this week. Mexico called for the release of former President Pedro Castillo.",
			[]want{{typ: parley.Request, source: "Mexico", target: "Peru"}}},
		{"foreigners_held_where_said", "2019-01-05",
			"Canada called for the release of Michael Kovrig and Michael Spavor, who are detained in China.",
			[]want{{typ: parley.Request, source: "Canada", target: "China"}}},
	})
}

// TestCaptivesLetLeave checks captives a state lets leave or go home
// ("allowed the crew of the seized tanker to leave the country"): a
// release to the captives' state; workers let back to their jobs are no
// captives freed.
func TestCaptivesLetLeave(t *testing.T) {
	runEventCases(t, []eventCase{
		{"crew_allowed_to_leave", "2021-02-03",
			"Tehran on Tuesday allowed the crew of the Norwegian-flagged tanker to leave the country.",
			[]want{{typ: parley.Retreat, source: "Iran", target: "Norway", date: "2021-02-02"}}},
		{"workers_allowed_back_to_their_jobs", "2021-02-03",
			"Israel allowed Palestinian workers to return to their jobs on Tuesday.",
			nil},
	})
}
