package event_test

import (
	"testing"

	"parley"
)

// TestRareTypes checks the families of the rarer types (MOBILIZE,
// RETREAT, CONCEDE, COERCE) told in the many ways news tells them: each
// case names the events the text must yield (nil: none).
func TestRareTypes(t *testing.T) {
	tests := []eventCase{
		// Reserves called up face the side the story is in conflict with.
		{"reservists_called_up", "2024-05-10",
			"Russia and Ukraine clashed on Tuesday. Russia called up 300,000 reservists on Wednesday.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Ukraine", date: "2024-05-08"}}},
		{"conscripts_summoned", "2024-05-10",
			"Azerbaijan shelled Armenian border villages on Monday. Armenia summoned thousands of reservists to their units.",
			[]want{{typ: parley.Mobilize, source: "Armenia", target: "Azerbaijan"}}},
		{"partial_mobilisation_announced", "2024-05-10",
			"Russia announced a partial mobilisation against Ukraine on Wednesday.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Ukraine", date: "2024-05-08"}}},
		{"general_mobilization_ordered", "2024-05-10",
			"Armenia ordered a general mobilization against Azerbaijan.",
			[]want{{typ: parley.Mobilize, source: "Armenia", target: "Azerbaijan"}}},
		// Captives handed back are released to their side.
		{"soldiers_returned", "2024-05-10",
			"Azerbaijan returned 15 Armenian soldiers to Armenia on Friday.",
			[]want{{typ: parley.Retreat, source: "Azerbaijan", target: "Armenia", date: "2024-05-10"}}},
		{"prisoners_repatriated", "2024-05-10",
			"Russia repatriated 20 Ukrainian prisoners of war on Friday.",
			[]want{{typ: parley.Retreat, source: "Russia", target: "Ukraine"}}},
		{"remains_returned_are_no_release", "2024-05-10",
			"Russia returned the bodies of 20 Ukrainian soldiers on Friday.", nil},
		{"fishermen_returned_home", "2024-05-10",
			"India returned 22 Pakistani fishermen to Pakistan on Monday.",
			[]want{{typ: parley.Retreat, source: "India", target: "Pakistan"}}},
		// Forces drawing back.
		{"troops_retreated_from_a_city", "2024-05-10",
			"Russian troops retreated from Kherson on Friday.",
			[]want{{typ: parley.Retreat, source: "Armed Forces of the Russian Federation", target: "Ukraine", date: "2024-05-10"}}},
		{"retreat_from_a_pledge_is_no_withdrawal", "2024-05-10",
			"Russia retreated from its pledge to Ukraine.", nil},
		// A blockade or siege eased "of" the one it hits.
		{"blockade_of_lifted", "2024-05-10",
			"Saudi Arabia lifted its blockade of Qatar on Tuesday.",
			[]want{{typ: parley.Concede, source: "Saudi Arabia", target: "Qatar", date: "2024-05-07"}}},
		{"blockade_of_eased", "2024-05-10",
			"Saudi Arabia eased its blockade of Yemen on Monday.",
			[]want{{typ: parley.Concede, source: "Saudi Arabia", target: "Yemen", date: "2024-05-06"}}},
		// Another's offer or demand named unacceptable is refused.
		{"offer_deemed_unacceptable", "2024-05-10",
			"Hungary deemed the EU's offer unacceptable on Monday.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Union", date: "2024-05-06"}}},
		{"plan_described_as_a_non_starter", "2024-05-10",
			"Moscow described Kyiv's peace plan as a non-starter.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
		{"demands_termed_unrealistic", "2024-05-10",
			"Iran termed the US demands unrealistic.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United States"}}},
		{"ultimatum_called_absurd", "2024-05-10",
			"Serbia called Kosovo's ultimatum absurd.",
			[]want{{typ: parley.Reject, source: "Serbia", target: "Kosovo"}}},
		// Armed force made larger where it faces another.
		{"military_presence_boosted", "2024-05-10",
			"China boosted its military presence near Taiwan on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "China", target: "Taiwan", date: "2024-05-07"}}},
		{"forces_bolstered_along_a_border", "2024-05-10",
			"Russia has bolstered its forces along the border with Finland.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Finland"}}},
		{"naval_patrols_stepped_up", "2024-05-10",
			"Japan stepped up naval patrols near the Senkaku islands after Chinese ships entered.",
			[]want{{typ: parley.Mobilize, source: "Japan", target: "China"}}},
		{"troops_beefed_up", "2024-05-10",
			"India beefed up troops along the Chinese border.",
			[]want{{typ: parley.Mobilize, source: "India", target: "China"}}},
	}
	runEventCases(t, tests)

	runNotCases(t, []notCase{
		{"peacekeeping_presence_is_no_build_up", "2024-05-10",
			"Kenya expanded its peacekeeping presence in Somalia.", want{typ: parley.Mobilize}},
		{"trade_increased", "2024-05-10",
			"China increased trade with Russia.", want{typ: parley.Mobilize}},
		{"economy_built_up", "2024-05-10",
			"Vietnam built up its exports to the United States.", want{typ: parley.Mobilize}},
		{"offer_called_generous_is_no_refusal", "2024-05-10",
			"Kenya called Somalia's offer generous.", want{typ: parley.Reject}},
		{"proposal_considered_carefully", "2024-05-10",
			"Israel considered the Egyptian proposal carefully.", want{typ: parley.Reject}},
		{"mobilisation_of_voters_is_no_build_up", "2024-05-10",
			"The mobilisation of voters by Fidesz helped the Hungarian government.", want{typ: parley.Mobilize}},
		{"team_drafted_players", "2024-05-10",
			"The Chicago team drafted two French players on Thursday.", want{typ: parley.Mobilize}},
		{"prices_retreated", "2024-05-10",
			"Oil prices retreated from their highs after OPEC met.", want{typ: parley.Retreat}},
		{"returned_home_is_no_release", "2024-05-10",
			"The Ukrainian soldiers returned home from Russia on Friday.", want{typ: parley.Retreat}},
	})
}
