package event_test

import (
	"testing"

	"parley"
)

// TestEncouragedToAct checks that "encouraged X to …" asks it of X, also
// of both states after "both".
func TestEncouragedToAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"encouraged_both_to_work_together", "2025-04-30",
			"Marco Rubio spoke today with Shehbaz Sharif. The Secretary encouraged both India and Pakistan to work together to de-escalate tensions and maintain peace in South Asia.",
			[]want{{typ: parley.Request, source: "Marco Rubio", target: "India"}, {typ: parley.Request, source: "Marco Rubio", target: "Pakistan"}}},
	})
	runEventCases(t, []eventCase{
		{"encouraged_dialogue_is_no_request", "2025-04-30",
			"The Secretary encouraged dialogue.", nil},
	})
}

// TestActWishedOfAnother checks that an act wished "for X to" do is no
// act of the sentence's subject: "stressed the need for Pakistan to
// condemn the attack" accuses no one.
func TestActWishedOfAnother(t *testing.T) {
	runNotCases(t, []notCase{
		{"need_for_pakistan_to_condemn", "2025-04-30",
			"Gunmen killed 26 tourists in Pahalgam on Tuesday. Marco Rubio spoke with Shehbaz Sharif. He emphasized the need for Pakistan to condemn the attack and urged Pakistani officials to cooperate in the investigation.",
			want{typ: parley.Accuse, source: "Marco Rubio"}},
	})
}

// TestAttackPlaceIsNoVenue checks that the place of an attack named
// earlier in the sentence ("the attack in Pahalgam") is not where a
// later act of the same sentence took place.
func TestAttackPlaceIsNoVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condolences_for_attack_in_place", "2025-04-30",
			"Marco Rubio expressed his condolences for the terrorist attack in Pahalgam and reaffirmed the United States' commitment to cooperating with India against terrorism.",
			[]want{{typ: parley.Cooperate, source: "United States", target: "India", place: "-"}}},
	})
}

// TestHostedBeforeSpeaking checks that "X said after hosting the two
// leaders" is a meeting X held, done before X spoke.
func TestHostedBeforeSpeaking(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_after_hosting_the_two_leaders", "2023-09-15",
			"Albin Kurti and Aleksandar Vucic failed on Thursday to agree on steps to carry out the deal, EU foreign policy chief Josep Borrell said after hosting the two leaders.",
			[]want{{typ: parley.Consult, source: "Albin Kurti", target: "Josep Borrell", status: parley.Occurred}, {typ: parley.Consult, source: "Aleksandar Vučić", target: "Josep Borrell", status: parley.Occurred}}},
	})
}

// TestEmbassyOfficialSummoned checks that a summoned "Chinese embassy
// official" stands for China.
func TestEmbassyOfficialSummoned(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summoned_an_embassy_official", "2023-09-13",
			"The Philippines on Tuesday summoned a Chinese embassy official over the water cannon attack.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China", date: "2023-09-12"}}},
	})
}
