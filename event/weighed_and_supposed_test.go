package event_test

import (
	"testing"

	"parley"
)

// TestWeighedPenalties checks that a penalty its subject is weighing is a
// threat held over the target, not a penalty imposed.
func TestWeighedPenalties(t *testing.T) {
	tests := []ruledOutCase{
		{"considering_a_ban_is_a_threat", "2019-07-27",
			"Trump said on Tuesday that he was considering a travel ban on Guatemala.",
			want{typ: parley.Threaten, source: "Donald Trump", target: "Guatemala"},
			want{typ: parley.Sanction}},
		{"weighing_sanctions_is_a_threat", "2021-06-01",
			"The European Union is weighing new sanctions against Belarus.",
			want{typ: parley.Threaten, source: "European Union", target: "Belarus"},
			want{typ: parley.Sanction}},
		{"mulling_tariffs_is_a_threat", "2018-03-01",
			"Japan is mulling tariffs on Chinese steel.",
			want{typ: parley.Threaten, source: "Japan", target: "China"},
			want{typ: parley.Sanction}},
		{"considering_imposing_sanctions_is_a_threat", "2019-01-10",
			"Washington is considering imposing sanctions against Caracas.",
			want{typ: parley.Threaten, source: "United States", target: "Venezuela"},
			want{typ: parley.Sanction}},
		{"contemplating_an_offensive_is_a_threat", "2023-10-20",
			"Israel is contemplating a ground offensive against Hamas.",
			want{typ: parley.Threaten, source: "Israel", target: "Hamas"},
			want{typ: parley.Assault}},
		// Denied, a penalty is neither imposed nor held over anyone.
		{"denied_imposing_sanctions_is_no_threat", "2019-01-10",
			"Washington denied imposing sanctions against Caracas.",
			want{},
			want{typ: parley.Threaten}},
		// Weighed at a meeting, sanctions are its topic: no threat yet.
		{"ministers_meeting_to_weigh_sanctions_is_no_threat", "2022-02-20",
			"EU foreign ministers will meet Russia's envoy on Monday to weigh new sanctions on Russia.",
			want{},
			want{typ: parley.Threaten}},
		// Imposed, sanctions stay a sanction.
		{"imposed_sanctions_stay_a_sanction", "2019-01-10",
			"Washington imposed sanctions on Caracas on Monday.",
			want{typ: parley.Sanction, source: "United States", target: "Venezuela"},
			want{typ: parley.Threaten}},
	}
	runRuledOut(t, tests)
}

// TestSupposedInReportedSpeech checks that an act in an inverted
// condition of a reported clause ("said that had X refused, …") is
// supposed, not done.
func TestSupposedInReportedSpeech(t *testing.T) {
	tests := []ruledOutCase{
		{"refusal_in_a_reported_inversion_is_not_done", "2019-07-27",
			"Morales said on Friday that had Guatemala refused to sign, the United States would have imposed tariffs.",
			want{},
			want{typ: parley.Reject}},
		{"fire_in_a_reported_inversion_is_not_done", "2005-03-25",
			"Bakiyev said that had the police opened fire on the protesters in Bishkek, the country could have slid into civil war.",
			want{},
			want{typ: parley.Assault}},
		// A relative "that had" is no condition.
		{"relative_that_had_is_no_condition", "2019-07-27",
			"Guatemala signed the deal that had Washington's backing with the United States on Friday.",
			want{typ: parley.Agree, source: "Guatemala", target: "United States"},
			want{typ: parley.Reject}},
	}
	runRuledOut(t, tests)
}

// TestOwnedAidWithheld checks a state's aid suspended in the passive: the
// giver holds it back from the story's other side, not the other way.
func TestOwnedAidWithheld(t *testing.T) {
	tests := []ruledOutCase{
		{"us_assistance_could_be_suspended", "2014-11-05",
			"Burkina Faso's army seized power on Friday. The African Union gave Burkina Faso two weeks to restore civilian rule. Protesters in Burkina Faso marched on Sunday. A State Department official said US assistance could be suspended if the takeover were judged to be a coup.",
			want{typ: parley.Threaten, source: "United States", target: "Burkina Faso"},
			want{typ: parley.Threaten, source: "Burkina Faso"}},
		{"britains_aid_was_suspended", "2021-06-05",
			"Zambia's government defaulted on its debt last year. Zambia asked the IMF for help. Zambia's president met lenders in Lusaka. Britain's aid was suspended on Friday.",
			want{typ: parley.Sanction, source: "United Kingdom", target: "Zambia"},
			want{typ: parley.Sanction, source: "Zambia"}},
	}
	runRuledOut(t, tests)
}
