package event_test

import (
	"testing"

	"parley"
)

// TestTalksReferredTo covers a sentence that opens on talks the story
// has named and tells when or where they were held: the parties are the
// talks' own, the day and place the sentence's.
func TestTalksReferredTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_accord", "2016-09-27",
			"The government of Colombia and the FARC signed a peace accord in Cartagena on Monday. The talks began in Havana on November 19, 2012.",
			[]want{{typ: parley.Consult, source: "Colombia", target: "FARC", date: "2012-11-19", place: "Havana"}}},
		{"aside_gives_the_day", "1992-10-05",
			"The government of Mozambique and Renamo signed a peace accord in Rome on Sunday. The talks, which began in July 1990, were mediated by the Community of Sant'Egidio.",
			[]want{{typ: parley.Consult, source: "Mozambique", target: "RENAMO", date: "1990-07"}}},
		{"planned_round", "2022-11-02",
			"Colombia's government and the ELN agreed on Tuesday to restart peace talks. The talks are due to open in Caracas this month.",
			[]want{{typ: parley.Consult, source: "Colombia", target: "National Liberation Army", status: parley.Planned, date: "2022-11"}}},
	})
	runNotCases(t, []notCase{
		{"retold_without_day_or_place", "2024-09-16",
			"Kazakhstan and Uzbekistan signed a treaty on allied relations on Sunday. The talks were held first in a narrow format and then with the delegations.",
			want{typ: parley.Consult}},
		{"aim_is_no_round", "2015-04-03",
			"Iran and the six powers agreed on a framework in Lausanne on Thursday. The talks aim at a final accord by June 30.",
			want{typ: parley.Consult}},
		{"a_visit_is_no_round", "2023-06-10",
			"The government of Colombia and the ELN signed a ceasefire in Havana on Friday. Miguel Díaz-Canel later received Gustavo Petro at the Palace of the Revolution. The talks had opened in Caracas on November 21.",
			want{typ: parley.Consult, source: "Miguel Díaz-Canel", target: "Gustavo Petro", date: "2022-11-21"}},
	})
}
