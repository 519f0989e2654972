package event_test

import (
	"testing"

	"parley"
)

// TestUntitledPeople checks people named with no title, apposition or
// known given name, whom a verb that takes people, a name joined to
// theirs or their family name used again makes persons.
func TestUntitledPeople(t *testing.T) {
	tests := []eventCase{
		// The object of a verb that takes people, ending its phrase.
		{"arrested_name_then_day", "2024-05-10",
			"Vietnamese authorities arrested Nguyen Van Hai on Monday.",
			[]want{{typ: parley.Coerce, source: "Vietnam", target: "Nguyen Van Hai", date: "2024-05-06"}}},
		{"detained_name_then_place", "2024-05-10",
			"Uzbek police detained Dilshod Karimov at his home in Tashkent on Friday.",
			[]want{{typ: parley.Coerce, source: "Police of Uzbekistan", target: "Dilshod Karimov"}}},
		{"jailed_in_the_perfect", "2024-05-10",
			"Azerbaijan's security service has jailed Tofig Yagublu for nine years.",
			[]want{{typ: parley.Coerce, source: "Security Service of Azerbaijan", target: "Tofig Yagublu"}}},
		{"three_word_name_arrested_by_a_junta", "2024-05-10",
			"Myanmar's junta arrested Zaw Myint Maung in February.",
			[]want{{typ: parley.Coerce, source: "State Administration Council", target: "Zaw Myint Maung", date: "2024-02"}}},
		// A second name joined by "and" to the first.
		{"two_names_joined", "2024-05-10",
			"Belarusian authorities detained Ihar Losik and Raman Bondarenko late on Sunday.",
			[]want{{typ: parley.Coerce, source: "Belarus", target: "Ihar Losik", date: "2024-05-05"},
				{typ: parley.Coerce, source: "Belarus", target: "Raman Bondarenko", date: "2024-05-05"}}},
		// The subject of a verb of what people do in person, right before
		// it or past an aside that opens with a participle.
		{"subject_of_met", "2006-04-27",
			"King Gyanendra dissolved parliament last year. On 20 April, Karan Bhatia met the king in Kathmandu.",
			[]want{{typ: parley.Consult, source: "Karan Bhatia", target: "Gyanendra of Nepal", date: "2006-04-20"}}},
		{"subject_past_a_participle_aside", "2006-04-27",
			"King Gyanendra dissolved parliament last year. On 20 April, Karan Bhatia, sent to Kathmandu as India's envoy, met the king.",
			[]want{{typ: parley.Consult, source: "Karan Bhatia", target: "Gyanendra of Nepal", date: "2006-04-20"}}},
		// A name that qualifies a noun after it is no person's.
		{"movement_before_its_members_is_no_person", "2024-05-10",
			"Police detained Black Lives Matter activists in Minneapolis on Monday.", nil},
		{"group_before_its_workers_is_no_person", "2024-05-10",
			"The army detained Red Cross workers near the border on Tuesday.", nil},
	}
	runEventCases(t, tests)
}

// TestUntitledPeopleByTheirFamilyName checks a name made a person by its
// family name used alone later on, as news cites the people it
// introduced.
func TestUntitledPeopleByTheirFamilyName(t *testing.T) {
	tests := []eventCase{
		{"accused_then_cited", "2024-05-10",
			"Temir Saparov accused the Kyrgyz government of fraud on Monday. Saparov said the vote was rigged.",
			[]want{{typ: parley.Accuse, source: "Temir Saparov", target: "Kyrgyzstan", date: "2024-05-06"}}},
		{"met_then_cited", "2024-05-10",
			"Bolat Nurgaliev met Kazakh President Kassym-Jomart Tokayev on Monday. Nurgaliev later told reporters the talks went well.",
			[]want{{typ: parley.Consult, source: "Bolat Nurgaliev", target: "Kassym-Jomart Tokayev", date: "2024-05-06"}}},
		{"criticised_then_cited", "2024-05-10",
			"Hakainde Mwale criticised the Zambian government on Thursday. Mwale said the arrests were unlawful.",
			[]want{{typ: parley.Accuse, source: "Hakainde Mwale", target: "Zambia", date: "2024-05-09"}}},
		{"condemned_then_cited_in_apposition", "2024-05-10",
			"Davron Rakhimov condemned the Uzbek government on Friday. Rakhimov, a former deputy, called its decision illegal.",
			[]want{{typ: parley.Accuse, source: "Davron Rakhimov", target: "Uzbekistan"}}},
		// A word the article also writes in lower case is no family name.
		{"a_square_is_no_person", "2024-05-10",
			"Liberty Square protests grew on Monday. Square officials accused the government of lying.", nil},
	}
	runEventCases(t, tests)
}

// TestGovernmentActingOnTheOtherState checks a bare "the government",
// "the authorities" or "the regime" opening a sentence whose verb acts
// right on the state the story is mostly about: the other state in play
// acts.
func TestGovernmentActingOnTheOtherState(t *testing.T) {
	tests := []ruledOutCase{
		{"government_accused_the_capital", "2024-05-10",
			"China imposed anti-dumping duties on Vietnamese steel on Monday. China said the duties would last five years. Chinese officials said the move was lawful. Vietnamese Trade Minister Nguyen Hong Dien protested. The government accused Beijing of breaking trade rules.",
			want{typ: parley.Accuse, source: "Vietnam", target: "China"}, want{typ: parley.Accuse, source: "China"}},
		{"government_summoned_the_ambassador", "2024-05-10",
			"Russia expelled two Estonian diplomats on Friday. Moscow said the pair had spied. Russian Foreign Minister Sergei Lavrov said Russia would act again. Estonia's prime minister called it absurd. The government summoned Russia's ambassador in protest.",
			want{typ: parley.Accuse, source: "Estonia", target: "Russia"}, want{}},
		{"regime_accused_washington", "2024-05-10",
			"The United States imposed sanctions on Nicaragua on Tuesday. Washington said the measures targeted officials. U.S. Secretary of State Antony Blinken said the United States would not stand by. Nicaraguan President Daniel Ortega responded angrily. The regime accused Washington of meddling.",
			want{typ: parley.Accuse, source: "Nicaragua", target: "United States"}, want{}},
		{"government_thanked_the_state", "2024-05-10",
			"Turkey's parliament approved Sweden's NATO bid. Turkey said it expected Stockholm to act on its concerns. Turkish President Erdogan signed the bill. The government thanked Turkey for its support.",
			want{typ: parley.Support, source: "Sweden", target: "Turkey"}, want{}},
		{"authorities_also_expelled_its_consul", "2024-05-10",
			"Russia expelled two Estonian diplomats on Friday. Moscow said the pair had spied. Russian Foreign Minister Sergei Lavrov said Russia would act again. The authorities also expelled Russia's consul in Narva.",
			want{typ: parley.Sanction, source: "Estonia", target: "Russia"}, want{}},
		{"government_criticised_the_capital_named_sentences_before", "2024-05-10",
			"India banned rice exports to Bangladesh last month. India's trade ministry said stocks were low. New Delhi has defended the decision. Indian officials said it was temporary. The government criticised New Delhi for the decision.",
			want{typ: parley.Accuse, source: "Bangladesh", target: "India"}, want{}},
		// What the government says of its own state is no act on it.
		{"government_speaking_of_its_state_stays_its", "2024-05-10",
			"China imposed anti-dumping duties on Vietnamese steel on Monday. China said the duties would last five years. The government said China would keep its markets open to Vietnam.",
			want{}, want{typ: parley.Support, source: "Vietnam"}},
	}
	runRuledOut(t, tests)
}

// TestBareBodiesOfTheStateBefore checks bare "the cabinet", "the
// leadership", "the finance ministry" and the like opening a sentence in
// a story that no one state dominates: the state the sentence before
// opened with, unless the sentence names it again as the other side.
func TestBareBodiesOfTheStateBefore(t *testing.T) {
	tests := []eventCase{
		{"leadership_after_its_leader", "2024-05-10",
			"Iran's supreme leader spoke on Sunday. The leadership condemned Israel over the strike.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "Israel"}}},
		{"finance_ministry_after_its_minister", "2024-05-10",
			"Kenya's finance minister met IMF officials last week. The finance ministry later accused the IMF of delaying the loan.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "International Monetary Fund"},
				{typ: parley.Accuse, source: "Ministry of Finance of Kenya", target: "International Monetary Fund"}}},
		{"cabinet_after_its_parliament", "2024-05-10",
			"Poland's parliament debated reparations on Monday. The cabinet approved a formal demand to Berlin on Tuesday.",
			[]want{{typ: parley.Request, source: "Poland", target: "Germany", date: "2024-05-07"}}},
		{"government_after_the_state_opened", "2024-05-10",
			"Peru recalled its ambassador on Monday. The government accused Mexico of meddling in its affairs.",
			[]want{{typ: parley.Accuse, source: "Peru", target: "Mexico"}}},
		{"presidency_after_its_president", "2024-05-10",
			"Ghana's president returned from Abuja on Friday. The presidency criticised Nigeria over the border closure.",
			[]want{{typ: parley.Accuse, source: "Ghana", target: "Nigeria"}}},
		// Two states in the sentence before: whose it is stays unclear.
		{"leadership_after_a_strike_between_two_states", "2024-05-10",
			"Israel struck targets in Iran on Friday. The leadership condemned the attack on Saturday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Iran"}}},
		// Its own state named after it is the other side: no guess.
		{"administration_consulting_its_congress", "2024-05-10",
			"The United States renewed its sanctions on Syria. The Administration will continue to consult closely with Congress.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Syria"}}},
	}
	runEventCases(t, tests)
}

// TestTheCountrysLeaders checks "the country's leaders", "the nation's
// government" and the like: the state named last before, unless the
// sentence names it again as the other side.
func TestTheCountrysLeaders(t *testing.T) {
	tests := []eventCase{
		{"countrys_leaders", "2024-05-10",
			"Vietnam said on Monday it would expand trade. The country's leaders accused China of harassing fishermen.",
			[]want{{typ: parley.Accuse, source: "Vietnam", target: "China"}}},
		{"countrys_government", "2024-05-10",
			"Vietnam said on Monday it would expand trade. The country's government accused China of harassing fishermen.",
			[]want{{typ: parley.Accuse, source: "Vietnam", target: "China"}}},
		{"nations_leaders_in_the_perfect", "2024-05-10",
			"Chile elected a new president in December. The nation's leaders have since criticised Argentina over the gas cuts.",
			[]want{{typ: parley.Accuse, source: "Chile", target: "Argentina"}}},
		{"countrys_government_after_an_application", "2024-05-10",
			"Moldova applied to join the EU in 2022. The country's government has accused Russia of plotting a coup.",
			[]want{{typ: parley.Request, source: "Moldova", target: "European Union"}, {typ: parley.Accuse, source: "Moldova", target: "Russia"}}},
		{"countrys_authorities_thanked_the_other", "2024-05-10",
			"Colombia and Venezuela reopened their border. The country's authorities thanked Bogota.",
			[]want{{typ: parley.Cooperate, source: "Colombia", target: "Venezuela"}, {typ: parley.Support, source: "Venezuela", target: "Colombia"}}},
	}
	runEventCases(t, tests)
	// The state named last is the one the sentence addresses: unclear.
	runNotCases(t, []notCase{{"countrys_leaders_addressing_the_state_named_last", "2024-05-10",
		"Israel struck targets in Iran on Friday. The country's leaders warned Iran against retaliating.",
		want{typ: parley.Threaten, target: "Iran"}}})
}

// TestSeniorOfficials checks "Senior officials" and "Top officials"
// opening a sentence: the government, as bare "Officials" are.
func TestSeniorOfficials(t *testing.T) {
	tests := []eventCase{
		{"senior_officials_accused_a_capital", "2024-05-10",
			"Pakistan closed the Torkham crossing on Monday. Senior officials accused Kabul of sheltering militants.",
			[]want{{typ: parley.Accuse, source: "Pakistan", target: "Afghanistan"}}},
		{"top_officials_warned", "2024-05-10",
			"Kenya deployed troops to the border. Top officials warned Somalia against provocations.",
			[]want{{typ: parley.Threaten, source: "Kenya", target: "Somalia"}}},
		{"senior_officials_said_of_meddling", "2024-05-10",
			"Peru recalled its ambassador on Monday. Senior officials said Mexico had meddled.",
			[]want{{typ: parley.Accuse, source: "Peru", target: "Mexico"}}},
		{"top_officials_after_a_summit_hosted", "2024-05-10",
			"Ghana hosted the summit. Top officials accused Togo of smuggling.",
			[]want{{typ: parley.Accuse, source: "Ghana", target: "Togo"}}},
		{"senior_officials_in_a_story_about_one_state", "2024-05-10",
			"Malaysia's prime minister spoke in Kuala Lumpur on Monday. Malaysia has long disputed the reef. Senior officials urged Beijing to respect the ruling.",
			[]want{{typ: parley.Request, source: "Malaysia", target: "China"}}},
	}
	runEventCases(t, tests)
}
