package event_test

import (
	"testing"

	"parley"
)

// TestSpeechEvents checks statements that are events: misgivings voiced
// at someone, denials, threats and praise told through verbs of speech.
func TestSpeechEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		// Any misgiving expressed at another's words or deed is a rebuke
		// of the one named with them, as "concern" is.
		{"shock_at_remarks_by_a_leader", "2024-05-10",
			"Egypt expressed shock at remarks by Abiy Ahmed.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Abiy Ahmed"}}},
		{"outrage_at_the_remarks_of_a_titled_leader", "2024-05-10",
			"Egypt expressed outrage at the remarks by Ethiopian Prime Minister Abiy Ahmed.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Abiy Ahmed"}}},
		{"anger_voiced_over_comments", "2024-05-10",
			"The Turkish foreign ministry voiced anger over comments by the Greek prime minister.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Turkey", target: "Kyriakos Mitsotakis"}}},
		{"disappointment_voiced_at_a_refusal", "2024-05-10",
			"Australia voiced disappointment at China's refusal to lift the tariffs.",
			[]want{{typ: parley.Accuse, source: "Australia", target: "China"}}},
	})
	runNotCases(t, []notCase{
		// What befell someone is not their act: the outrage is at others.
		{"outrage_over_a_death_is_not_at_the_dead", "2024-05-10",
			"Lawmakers in Washington expressed outrage over the failures revealed by Navalny's death.",
			want{typ: parley.Accuse, target: "Alexei Navalny"}},
	})
}

// TestSpeechThreatsAnswer checks threats that name no one: they answer
// the one who just wronged the speaker's side, or whom the speaker
// rebuked in the same sentence.
func TestSpeechThreatsAnswer(t *testing.T) {
	runEventCases(t, []eventCase{
		// A warning not to misjudge or underestimate the speaker's side,
		// not to expect it to stand by, or of strained relations.
		{"must_not_underestimate_the_speakers_resolve", "2024-05-10",
			"\"The Philippine side must not underestimate China's resolve,\" Wang Yi told Enrique Manalo.",
			[]want{{typ: parley.Threaten, source: "Wang Yi", target: "Philippines"}}},
		{"will_not_stand_idly_by", "2024-05-10",
			"Egypt's foreign ministry warned that it cannot stand idly by while Ethiopia fills the dam.",
			[]want{{typ: parley.Threaten, source: "Ministry of Foreign Affairs of Egypt", target: "Ethiopia"}}},
		{"consequences_for_the_pairs_relations", "2015-11-25",
			"Putin said the downing of the jet would have serious consequences for Russian-Turkish relations.",
			[]want{{typ: parley.Threaten, source: "Vladimir Putin", target: "Turkey"}}},
		{"warned_of_consequences_after_a_seizure", "2024-05-10",
			"Iran seized a British tanker on Friday. Britain warned of serious consequences.",
			[]want{{typ: parley.Threaten, source: "United Kingdom", target: "Iran"}}},
		{"there_would_be_consequences_said_by_a_minister", "2024-05-10",
			"Iran seized a British tanker on Friday. The British foreign secretary said there would be consequences.",
			[]want{{typ: parley.Threaten, source: "David Cameron", target: "Iran"}}},
		{"there_would_be_a_response_after_shelling", "2024-05-10",
			"North Korea shelled a South Korean island on Tuesday. Seoul said there would be a response.",
			[]want{{typ: parley.Threaten, source: "South Korea", target: "North Korea"}}},
		{"would_respond_after_a_rebuke_in_one_sentence", "2024-05-10",
			"The Russian foreign ministry condemned the expulsions by the United States and said Russia would respond.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Russia", target: "United States"},
				{typ: parley.Threaten, source: "Ministry of Foreign Affairs of Russia", target: "United States"}}},
		{"vowed_to_hit_back_after_strikes", "2024-05-10",
			"Israeli jets bombed targets in Syria on Monday. Damascus vowed to hit back.",
			[]want{{typ: parley.Threaten, source: "Syria", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		// Harm foretold is no penalty promised.
		{"dangerous_consequences_are_foretold", "2024-05-10",
			"The United States moved its embassy to Jerusalem. Jordan criticised the move, warning of dangerous consequences.",
			want{typ: parley.Threaten}},
		// Nothing done to the speaker's side: no one to answer.
		{"consequences_with_no_wrong_before", "2024-05-10",
			"Britain warned on Friday of serious consequences.",
			want{typ: parley.Threaten}},
		// Asked to respond is no vow.
		{"asked_to_respond_is_no_threat", "2024-05-10",
			"Iran seized a British tanker on Friday. London asked Tehran to respond to the charges.",
			want{typ: parley.Threaten}},
	})
}

// TestSpeechDenials checks denials that name no one: they answer whoever
// just made the charge.
func TestSpeechDenials(t *testing.T) {
	runEventCases(t, []eventCase{
		{"insisted_a_fact_had_never_happened", "2024-05-10",
			"Turkey said the Russian jet had violated its airspace. Moscow insisted the aircraft had never left Syrian airspace.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Turkey"}}},
		{"maintained_its_troops_had_not_crossed", "2024-05-10",
			"Kyrgyzstan accused Tajikistan of shelling its villages. Dushanbe maintained that its troops had not crossed the border.",
			[]want{{typ: parley.Reject, source: "Tajikistan", target: "Kyrgyzstan"}}},
		{"claims_called_baseless_in_a_report", "2024-05-10",
			"Britain accused Russia of poisoning the former spy. Moscow said the claims were baseless.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United Kingdom"}}},
		{"allegations_nonsense_in_a_statement", "2024-05-10",
			"The Philippines accused China of ramming its supply boat on Sunday. The Chinese foreign ministry said in a statement that the allegations were nonsense.",
			[]want{{typ: parley.Reject, source: "Ministry of Foreign Affairs of China", target: "Philippines"}}},
	})
	runNotCases(t, []notCase{
		// A refusal to come answers no charge.
		{"would_not_withdraw_is_no_denial", "2024-05-10",
			"Britain accused Russia of poisoning the spy. Moscow insisted it would not withdraw its troops.",
			want{typ: parley.Reject, source: "Russia", target: "United Kingdom"}},
		// A plain report of a fact not done is no rebuttal.
		{"said_had_not_received_is_no_denial", "2024-05-10",
			"Britain accused Russia of poisoning the spy. Moscow said it had not yet received the note.",
			want{typ: parley.Reject}},
		// With no charge made, a denial answers no one.
		{"insisted_with_no_charge_before", "2024-05-10",
			"Russia and Turkey held talks on Monday. Moscow insisted the aircraft had never left Syrian airspace.",
			want{typ: parley.Reject}},
	})
}

// TestSpeechPraiseOfDeeds checks a deed named in praise: support of
// whoever did it.
func TestSpeechPraiseOfDeeds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"release_called_a_constructive_step", "2024-05-10",
			"Iran released the British tanker on Friday. The British foreign secretary called the release a constructive step.",
			[]want{{typ: parley.Support, source: "David Cameron", target: "Iran"}}},
		{"release_described_as_a_welcome_gesture", "2024-05-10",
			"Iran freed two French nationals on Monday. Paris described the release as a welcome gesture.",
			[]want{{typ: parley.Support, source: "France", target: "Iran"}}},
		{"move_called_a_good_first_step", "2024-05-10",
			"Hamas freed three hostages on Sunday. Washington called the move a good first step.",
			[]want{{typ: parley.Support, source: "United States", target: "Hamas"}}},
		{"decision_called_a_step_forward", "2024-05-10",
			"Serbia agreed to recognise Kosovo's documents. Brussels called the decision an important step forward.",
			[]want{{typ: parley.Support, source: "European Union", target: "Serbia"}}},
	})
	runNotCases(t, []notCase{
		// The wrong direction is censure, not praise.
		{"step_in_the_wrong_direction_is_no_praise", "2024-05-10",
			"Russia expelled two Estonian diplomats. Tallinn called the decision a step in the wrong direction.",
			want{typ: parley.Support}},
	})
}

// TestSpeechAddressees checks that the one written or spoken to is not
// what the statement is about: "wrote to X that Y had …".
func TestSpeechAddressees(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"wrote_to_a_titled_official_that_another_violated", "2024-05-10",
			"Zelensky wrote to the UN Secretary-General that Russia had violated international law.",
			want{typ: parley.Accuse, source: "Volodymyr Zelensky", target: "Russia"},
			want{typ: parley.Accuse, target: "United Nations"}},
		{"told_a_foreign_policy_chief_that_another_violated", "2024-05-10",
			"The Armenian prime minister told the EU foreign policy chief that Azerbaijan had violated the truce.",
			want{typ: parley.Accuse, source: "Nikol Pashinyan", target: "Azerbaijan"},
			want{typ: parley.Accuse, target: "European Union"}},
		{"said_to_a_leader_that_another_must", "2024-05-10",
			"Erdogan said to Scholz that Israel must stop the bombing of Gaza.",
			want{typ: parley.Request, source: "Recep Tayyip Erdoğan", target: "Israel"},
			want{typ: parley.Request, target: "Olaf Scholz"}},
		// The body an envoy serves is the speaker's own side.
		{"a_bodys_envoy_offers_its_help", "2002-04-05",
			"The ceremony was attended by the United Nations envoy Ibrahim Gambari. \"The United Nations stands ready to help Angola consolidate this peace,\" Gambari said.",
			want{typ: parley.Agree, source: "Ibrahim Gambari", target: "Angola"},
			want{typ: parley.Agree, target: "United Nations"}},
	})
}

// TestSpeechRedLines checks red lines drawn for the one told or met, and
// red lines said to be crossed.
func TestSpeechRedLines(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_a_leader_that_an_island_was_a_red_line", "2024-05-10",
			"The Chinese president told his American counterpart that Taiwan was the first red line that must not be crossed.",
			[]want{{typ: parley.Threaten, source: "Xi Jinping", target: "Joe Biden"}}},
		{"red_line_said_after_a_meeting", "2024-05-10",
			"Biden met Xi in San Francisco on Wednesday. Xi said Taiwan remained a red line for China.",
			[]want{{typ: parley.Threaten, source: "Xi Jinping", target: "Joe Biden"}}},
		{"crossed_a_red_line_is_a_charge", "2024-05-10",
			"The Ukrainian president said Russia had crossed a red line.",
			[]want{{typ: parley.Accuse, source: "Volodymyr Zelensky", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		// A red line drawn before no one in particular threatens no one.
		{"red_line_with_no_one_told", "2024-05-10",
			"China said Taiwan was a red line.",
			want{typ: parley.Threaten}},
		{"crossed_red_line_is_no_threat", "2024-05-10",
			"The Ukrainian president said Russia had crossed a red line.",
			want{typ: parley.Threaten}},
	})
}

// TestSpeechLikenings checks an actor likened to something in blame, and
// a shooting-down named in rebuke.
func TestSpeechLikenings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_reporters_a_capital_behaved_like", "2024-05-10",
			"Hungary's foreign minister told reporters that Kyiv was behaving like a spoiled child.",
			[]want{{typ: parley.Accuse, source: "Péter Szijjártó", target: "Ukraine"}}},
		{"said_a_union_acted_like", "2024-05-10",
			"The Hungarian prime minister said Brussels was acting like an occupying power.",
			[]want{{typ: parley.Accuse, source: "Viktor Orbán", target: "European Union"}}},
		{"kremlin_said_a_capital_behaved_like", "2024-05-10",
			"The Kremlin said Washington behaved like a global policeman.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "United States"}}},
		{"downing_condemned", "2024-05-10",
			"Iran downed an American drone over the Gulf. Washington condemned the downing.",
			[]want{{typ: parley.Accuse, source: "United States", target: "Iran"}}},
		{"shootdown_called_a_provocation", "2024-05-10",
			"Ukraine shot down a Russian helicopter on Monday. Moscow called the shootdown a provocation.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		// Likened in praise is no charge.
		{"acting_like_a_true_friend_is_no_charge", "2024-05-10",
			"Lula said the United States was acting like a true friend of Brazil.",
			want{typ: parley.Accuse}},
		{"acting_like_a_responsible_power_is_no_charge", "2024-05-10",
			"The French president said India was acting like a responsible power.",
			want{typ: parley.Accuse}},
	})
}

// TestSpeechDeedsAlleged checks hostile deeds a speaker alleges of
// another: harassment, ramming, obstruction.
func TestSpeechDeedsAlleged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"coast_guard_said_vessels_had_harassed", "2024-05-10",
			"The Philippine coast guard said Chinese vessels had harassed its boats.",
			[]want{{typ: parley.Accuse, source: "Philippine Coast Guard", target: "China"}}},
		{"capital_said_a_ship_rammed", "2024-05-10",
			"Manila said a Chinese ship rammed a Philippine supply boat on Saturday.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China"}}},
		{"said_ships_had_obstructed_fishermen", "2024-05-10",
			"Vietnam said Chinese coast guard ships had obstructed its fishermen.",
			[]want{{typ: parley.Accuse, source: "Vietnam", target: "China Coast Guard"}}},
	})
	runNotCases(t, []notCase{
		{"harassment_by_no_one_named", "2024-05-10",
			"Japan said its fishermen had been harassed at sea.",
			want{typ: parley.Accuse}},
	})
}

// TestSpeechAnswers checks refusals and dismissals that name only what
// they answer: a report of a charge, any ultimatum.
func TestSpeechAnswers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"report_dismissed_as_baseless", "2024-05-10",
			"Britain accused Iran of supplying drones to Russia. Tehran dismissed the report as baseless.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United Kingdom"}}},
		{"insinuations_rejected", "2024-05-10",
			"Canada accused India of involvement in the killing. New Delhi rejected the insinuations.",
			[]want{{typ: parley.Reject, source: "India", target: "Canada"}}},
		{"any_ultimatum_rejected", "2024-05-10",
			"Lithuania asked Russia to pull back its troops. The Kremlin rejected any ultimatum.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Lithuania"}}},
	})
	runNotCases(t, []notCase{
		// A report no one made a charge of answers no accuser.
		{"report_with_no_charge_before", "2024-05-10",
			"Britain and Iran held talks in Oman. Tehran dismissed the report as baseless.",
			want{typ: parley.Reject, target: "United Kingdom"}},
	})
}

// TestSpeechChargesOfFailure checks charges said of another: an error
// made, obligations not met, intransigence, hostage-taking.
func TestSpeechChargesOfFailure(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_fundamental_error", "2024-10-15",
			"Justin Trudeau said on Monday that India had made a fundamental error in thinking it could act on Canadian soil.",
			[]want{{typ: parley.Accuse, source: "Justin Trudeau", target: "India", date: "2024-10-14"}}},
		{"obligations_not_fulfilled", "2016-07-02",
			"Vladimir Putin said on Friday that the Kiev authorities were not fulfilling their obligations under the Minsk agreements.",
			[]want{{typ: parley.Accuse, source: "Vladimir Putin", target: "Ukraine", date: "2016-07-01"}}},
		{"intransigence_blamed", "2019-11-07",
			"Sameh Shoukry said Ethiopia's intransigence had blocked the talks.",
			[]want{{typ: parley.Accuse, source: "Sameh Shoukry", target: "Ethiopia"}}},
		{"hostage_taker", "2021-01-06",
			"Ali Rabiei said on Tuesday that South Korea was the real hostage-taker.",
			[]want{{typ: parley.Accuse, source: "Ali Rabiei", target: "South Korea", date: "2021-01-05"}}},
	})
}
