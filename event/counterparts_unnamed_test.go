package event_test

import (
	"testing"

	"parley"
)

// TestUnnamedCounterparts checks that meeting or calling "his Togolese
// counterpart", whom neither the text nor the knowledge base names, is
// meeting the state he serves.
func TestUnnamedCounterparts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"met_an_unnamed_counterpart", "2024-02-16",
			"Ghana's Minister for National Security, Albert Kan-Dapaah, met his Togolese counterpart in Lomé on Thursday.",
			[]want{{typ: parley.Consult, source: "Albert Kan-Dapaah", target: "Togo", date: "2024-02-15", place: "Lomé"}}},
		{"phoned_unnamed_counterparts", "2024-02-16",
			"Mali's interior minister, Daoud Aly Mohammedine, telephoned his Nigerien counterpart on Wednesday.",
			[]want{{typ: parley.Consult, source: "Daoud Aly Mohammedine", target: "Niger", date: "2024-02-14", medium: "phone"}}},
	})
}
