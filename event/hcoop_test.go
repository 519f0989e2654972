package event_test

import (
	"testing"

	"parley"
)

// TestHelpAndBacking checks constructions of material cooperation, aid,
// support and agreement: each case names the events the text must yield
// (nil: none).
func TestHelpAndBacking(t *testing.T) {
	tests := []eventCase{
		// Backing for what a state holds or seeks, its owner after "of".
		{"supports_the_sovereignty_of", "2024-05-10",
			"The minister said Japan supports the sovereignty and territorial integrity of Ukraine.",
			[]want{{typ: parley.Support, source: "Japan", target: "Ukraine"}}},
		{"backs_the_independence_of", "2024-05-10",
			"Washington backs the independence of Kosovo.",
			[]want{{typ: parley.Support, source: "United States", target: "Kosovo"}}},
		{"endorsed_the_candidacy_of", "2024-05-10",
			"Brazil endorsed the candidacy of Mexico for the council seat.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Mexico"}}},
		{"backed_the_bid_of", "2024-05-10",
			"Hungary backed the bid of Ukraine to join the bloc.",
			[]want{{typ: parley.Support, source: "Hungary", target: "Ukraine"}}},
		{"defended_the_right_of", "2024-05-10",
			"France defended the right of Israel to defend itself.",
			[]want{{typ: parley.Support, source: "France", target: "Israel"}}},
		{"supports_the_efforts_of", "2024-05-10",
			"China supports the efforts of the African Union to end the war.",
			[]want{{typ: parley.Support, source: "China", target: "African Union"}}},
		{"backs_the_aspirations_of", "2024-05-10",
			"The European Union backs the aspirations of Moldova.",
			[]want{{typ: parley.Support, source: "European Union", target: "Moldova"}}},
		// Not backing: a sovereignty breached, a state's own institutions.
		{"violated_the_sovereignty_of_is_no_backing", "2024-05-10",
			"Russia violated the sovereignty of Georgia.", nil},
		{"independence_of_its_own_bank", "2024-05-10",
			"Beijing supports the independence of its central bank.", nil},
		// Police and peacekeepers sent to another state: a mission's help.
		{"sent_police_officers_to", "2024-05-10",
			"Chad sent 400 police officers to Haiti last month.",
			[]want{{typ: parley.Aid, source: "Chad", target: "Haiti", date: "2024-04"}}},
		{"sent_peacekeepers_to", "2024-05-10",
			"Britain sent peacekeepers to Cyprus.",
			[]want{{typ: parley.Aid, source: "United Kingdom", target: "Cyprus"}}},
		{"will_dispatch_police_officers", "2024-05-10",
			"Kenya will dispatch 1,000 police officers to Haiti next month.",
			[]want{{typ: parley.Aid, source: "Kenya", target: "Haiti", status: parley.Planned, date: "2024-06"}}},
		{"is_sending_peacekeepers", "2024-05-10",
			"Ghana is sending 200 peacekeepers to Lebanon.",
			[]want{{typ: parley.Aid, source: "Ghana", target: "Lebanon"}}},
		{"sends_police_officers_headline_tense", "2024-05-10",
			"Benin sends police officers to Haiti.",
			[]want{{typ: parley.Aid, source: "Benin", target: "Haiti"}}},
		// Police sent to one's own border or capital help no one.
		{"police_sent_to_the_border_are_no_aid", "2024-05-10",
			"India sent more police to the border with Pakistan.", nil},
		{"police_sent_to_the_capital_are_no_aid", "2024-05-10",
			"The government sent police officers to the capital to break up the protest.", nil},
		// Help named by its noun, then its giver and receiver after a
		// participle: "the loan extended by China to Pakistan".
		{"loan_extended_by_to", "2024-05-10",
			"He expressed appreciation for the $1 billion loan extended by China to Pakistan in July.",
			[]want{{typ: parley.Aid, source: "China", target: "Pakistan", date: "2023-07"}}},
		{"missiles_supplied_by_to", "2024-05-10",
			"The Houthis fired missiles supplied by Iran to the group.",
			[]want{{typ: parley.Aid, source: "Iran", target: "Houthis"}}},
		{"aid_delivered_by_to", "2024-05-10",
			"Much of the aid delivered by Turkey to Syria was stolen.",
			[]want{{typ: parley.Aid, source: "Turkey", target: "Syria"}}},
		{"credit_line_provided_by_to", "2024-05-10",
			"The credit line provided by India to Sri Lanka expired in March.",
			[]want{{typ: parley.Aid, source: "India", target: "Sri Lanka"}}},
		{"loans_granted_by_to", "2024-05-10",
			"Officials praised the loans granted by the IMF to Egypt.",
			[]want{{typ: parley.Aid, source: "International Monetary Fund", target: "Egypt"}}},
		{"vaccines_donated_by_to", "2024-05-10",
			"The vaccines donated by Japan to Vietnam arrived on Monday.",
			[]want{{typ: parley.Aid, source: "Japan", target: "Vietnam"}}},
		// A pact approved by one side: its agreement with the other.
		{"government_approved_a_deal_with", "2024-05-10",
			"Israel's government approved a deal with Hamas on Wednesday.",
			[]want{{typ: parley.Agree, source: "Israel", target: "Hamas", date: "2024-05-08"}}},
		{"parliament_approved_the_agreement_with", "2024-05-10",
			"The Turkish parliament approved the maritime agreement with Libya.",
			[]want{{typ: parley.Agree, source: "Grand National Assembly of Turkey", target: "Libya"}}},
		{"cabinet_has_approved_the_ceasefire_agreement", "2024-05-10",
			"Lebanon's cabinet has approved the ceasefire agreement with Israel.",
			[]want{{typ: parley.Agree, source: "Lebanon", target: "Israel"}}},
		{"senate_approved_the_pact_with_two", "2024-05-10",
			"The Senate approved the trade pact with Canada and Mexico on Thursday.",
			[]want{{typ: parley.Agree, source: "United States Senate", target: "Canada"}, {typ: parley.Agree, source: "United States Senate", target: "Mexico"}}},
		{"will_approve_the_defence_deal", "2024-05-10",
			"Kenya's parliament will approve the defence deal with the United States next week.",
			[]want{{typ: parley.Agree, source: "Parliament of Kenya", target: "United States", status: parley.Planned}}},
		{"resolution_approved_with_votes_is_no_pact", "2024-05-10",
			"The Security Council approved a resolution with 13 votes in favour.", nil},
		// Images and footage shared with another side: shared intelligence.
		{"shared_satellite_images_with", "2024-05-10",
			"Britain shared satellite images of the damage with Turkey.",
			[]want{{typ: parley.Cooperate, source: "United Kingdom", target: "Turkey"}}},
		{"has_shared_surveillance_imagery_with", "2024-05-10",
			"The United States has shared surveillance imagery with Ukraine.",
			[]want{{typ: parley.Cooperate, source: "United States", target: "Ukraine"}}},
		{"two_shared_photographs_with_a_third", "2024-05-10",
			"Japan and Australia shared aerial photographs with Tonga.",
			[]want{{typ: parley.Cooperate, source: "Japan", target: "Tonga"}, {typ: parley.Cooperate, source: "Australia", target: "Tonga"}}},
		{"shared_footage_of_the_attack_with", "2024-05-10",
			"Israel shared footage of the attack with Egypt.",
			[]want{{typ: parley.Cooperate, source: "Israel", target: "Egypt"}}},
		{"will_share_drone_footage", "2024-05-10",
			"Norway will share drone footage with Finland.",
			[]want{{typ: parley.Cooperate, source: "Norway", target: "Finland", status: parley.Planned}}},
		{"private_sharing_with_reporters_is_none", "2024-05-10",
			"The journalist shared photographs with the BBC.", nil},
		// The partner after a long participle aside on the thing shared.
		{"partner_after_a_long_participle_aside", "2024-05-10",
			"Britain shared the intelligence on the plot, collected over many months by its agents in Europe and the Middle East, with France.",
			[]want{{typ: parley.Cooperate, source: "United Kingdom", target: "France"}}},
		{"two_sharing_after_an_aside_name_the_third", "2024-05-10",
			"Canada and Norway have shared the images of the oil spill, gathered by their coast guard aircraft over the past weeks, with the Danish government.",
			[]want{{typ: parley.Cooperate, source: "Canada", target: "Denmark"}, {typ: parley.Cooperate, source: "Norway", target: "Denmark"}}},
		{"signed_with_after_a_long_aside", "2024-05-10",
			"Japan signed the agreement on fisheries, negotiated over two years by officials of both fisheries ministries, with Vietnam on Monday.",
			[]want{{typ: parley.Agree, source: "Japan", target: "Vietnam", date: "2024-05-06"}}},
		// "Neither A nor B" names both, as "and" would; the act is negated.
		{"neither_nor_signed", "2024-05-10",
			"Neither Russia nor Ukraine signed the agreement.",
			[]want{{typ: parley.Agree, source: "Russia", target: "Ukraine", status: parley.Negated}}},
		{"neither_nor_signed_on_a_day", "2024-05-10",
			"Neither Serbia nor Kosovo signed the document on Monday.",
			[]want{{typ: parley.Agree, source: "Serbia", target: "Kosovo", status: parley.Negated, date: "2024-05-06"}}},
		{"neither_nor_has_signed", "2024-05-10",
			"Neither India nor China has signed the treaty.",
			[]want{{typ: parley.Agree, source: "India", target: "China", status: parley.Negated}}},
		{"neither_nor_met_a_third", "2024-05-10",
			"Neither Egypt nor Qatar met Hamas negotiators on Sunday.",
			[]want{{typ: parley.Consult, source: "Egypt", target: "Hamas", status: parley.Negated}, {typ: parley.Consult, source: "Qatar", target: "Hamas", status: parley.Negated}}},
		{"neither_nor_signed_with_a_third", "2024-05-10",
			"Neither Japan nor South Korea signed the pact with China.",
			[]want{{typ: parley.Agree, source: "Japan", target: "China", status: parley.Negated}, {typ: parley.Agree, source: "South Korea", target: "China", status: parley.Negated}}},
	}
	runEventCases(t, tests)
}

// TestHelpAgreedTo checks that help a side agrees to give is its
// agreement, not the help itself (still to come).
func TestHelpAgreedTo(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"agreed_to_send_weapons", "2024-05-10",
			"Germany agreed to send weapons to Ukraine.",
			want{typ: parley.Agree, source: "Germany", target: "Ukraine"}, want{typ: parley.Aid}},
		{"agreed_to_provide_loans", "2024-05-10",
			"Japan agreed on Monday to provide $2 billion in loans to Sri Lanka.",
			want{typ: parley.Agree, source: "Japan", target: "Sri Lanka", date: "2024-05-06"}, want{typ: parley.Aid}},
		{"agreed_to_deploy_officers", "2024-05-10",
			"Kenya agreed to deploy police officers to Haiti.",
			want{typ: parley.Agree, source: "Kenya", target: "Haiti"}, want{typ: parley.Aid}},
		{"agreed_to_supply_fuel", "2024-05-10",
			"India has agreed to supply fuel to Sri Lanka.",
			want{typ: parley.Agree, source: "India", target: "Sri Lanka"}, want{typ: parley.Aid}},
		{"agrees_to_deliver_vaccines", "2024-05-10",
			"China agrees to deliver vaccines to Cambodia.",
			want{typ: parley.Agree, source: "China", target: "Cambodia"}, want{typ: parley.Aid}},
	})
	runNotCases(t, []notCase{
		// Arms a state was given, used against a third: no help to the third.
		{"drones_supplied_by_used_to_attack", "2024-05-10",
			"Russia used drones supplied by Iran to attack Kyiv.",
			want{typ: parley.Aid, source: "Iran", target: "Ukraine"}},
	})
}
