package event_test

import (
	"strings"
	"testing"

	"parley"
)

// TestImpliedTargets checks acts whose clause names no target, aimed at
// the one the sentences before make plain.
func TestImpliedTargets(t *testing.T) {
	tests := []eventCase{
		// "the decision", "the ruling", "the measure": a reaction to a deed
		// the sentence before told, with no event of it coded, is aimed at
		// whoever did it (its subject), a state for its ministry or leader.
		// What a letter asks for is asked of whom it went to.
		{"call_made_in_a_letter", "2020-05-25",
			"Nine leaders, among them Emmanuel Macron and Pedro Sánchez, wrote to Charles Michel on 25 March calling for joint debt.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Charles Michel", date: "2020-03-25"},
				{typ: parley.Request, source: "Pedro Sánchez", target: "Charles Michel", date: "2020-03-25"}}},
		{"condolences_in_a_message", "2016-06-28",
			"In his message to Vladimir Putin, Recep Tayyip Erdogan expressed his sympathy and deep condolences to the family of the Russian pilot.",
			[]want{{typ: parley.Support, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin"}}},
		{"defeat_accepted_in_a_call", "2016-12-05",
			"Yahya Jammeh accepted defeat in a telephone call to Adama Barrow on December 2.",
			[]want{{typ: parley.Concede, source: "Yahya Jammeh", target: "Adama Barrow", date: "2016-12-02"}}},
		{"call_made_in_a_letter_told_first", "2020-05-25",
			"In a letter to Charles Michel on 25 March, Macron called for joint debt.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Charles Michel", date: "2020-03-25"}}},
		{"decision_announced_in_the_sentence_before", "2024-05-10",
			"Canada announced on Monday that it would close its embassy in Caracas. The Venezuelan foreign ministry called the decision regrettable.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Venezuela", target: "Canada"}}},
		{"decision_proposed_by_a_body", "2024-05-10",
			"The European Commission proposed on Tuesday to extend the steel quotas for two more years. Turkey's trade ministry criticised the decision.",
			[]want{{typ: parley.Accuse, source: "Ministry of Trade of Turkey", target: "European Commission"}}},
		{"ruling_of_a_court", "2024-05-10",
			"Mexico's Supreme Court struck down the electoral reform on Thursday. President López Obrador called the ruling an attack on democracy.",
			[]want{{typ: parley.Accuse, source: "Andrés Manuel López Obrador", target: "Supreme Court of Justice of the Nation"}}},
		{"decision_told_by_a_spokesman_welcomed", "2024-05-10",
			"Norway's foreign ministry said on Friday that the two detained journalists would be allowed to leave. Moscow welcomed the decision.",
			[]want{{typ: parley.Support, source: "Russia", target: "Norway"}}},
		{"resolution_of_a_parliament", "2024-05-10",
			"Germany's parliament has adopted a resolution recognising the famine as genocide. The Kremlin condemned the resolution.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "Germany"}}},
		{"measure_of_a_government", "2024-05-10",
			"Hungary's government extended its state of emergency. The European Parliament condemned the measure.",
			[]want{{typ: parley.Accuse, source: "European Parliament", target: "Hungary"}}},
		// The deed's author is the subject of the sentence that told it,
		// not of the one just before.
		{"resolution_told_two_sentences_before", "2024-05-10",
			"The Security Council adopted a resolution on Gaza on Monday. The United States abstained. Israel rejected the resolution.",
			[]want{{typ: parley.Reject, source: "Israel", target: "United Nations Security Council"}}},
		// "its decision": the possessive stands for the doer before.
		{"its_decision_condemned", "2024-05-10",
			"Mali expelled the French ambassador on Monday. France condemned its decision.",
			[]want{{typ: parley.Accuse, source: "France", target: "Mali"}}},
		// The deed after the preposition of the reaction's own noun.
		{"protest_over_the_construction", "2024-05-10",
			"The Philippines built a new outpost on the shoal. China lodged a protest over the construction.",
			[]want{{typ: parley.Accuse, source: "China", target: "Philippines"}}},
		{"lashed_out_at_the_plan", "2024-05-10",
			"Tokyo approved a record defence budget on Friday. Pyongyang lashed out at the plan.",
			[]want{{typ: parley.Accuse, source: "North Korea", target: "Japan"}}},
		// A refusal to act on a deed told before: of its doer.
		{"refused_to_recognise_the_decision", "2024-05-10",
			"The European Commission fined the company 2 billion euros. Hungary refused to recognise the decision.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Commission"}}},
		{"refused_to_comply_with_the_warrant", "2024-05-10",
			"The ICC issued an arrest warrant for the general. Khartoum refused to comply with the warrant.",
			[]want{{typ: parley.Reject, source: "Sudan", target: "International Criminal Court"}}},
		{"refused_to_apply_the_ban", "2024-05-10",
			"The EU imposed a ban on Russian oil. Hungary refused to apply the ban.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Union"}}},
		{"veto_criticised", "2024-05-10",
			"Hungary vetoed the aid package for Ukraine. Kyiv criticised the veto.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Hungary"}}},
		// A strike told by "killed" is the killer's.
		{"strike_told_as_a_killing", "2024-05-10",
			"A US drone killed a senior militia commander in Baghdad. Iraq's government denounced the strike as a violation of its sovereignty.",
			[]want{{typ: parley.Accuse, source: "Iraq", target: "United States"}}},
		// A request to undo a deed told before is aimed at its doer.
		{"ban_to_be_lifted", "2024-05-10",
			"Beijing imposed a ban on Japanese seafood in August. Tokyo has demanded that the ban be lifted immediately.",
			[]want{{typ: parley.Request, source: "Japan", target: "China"}}},
		{"decision_to_be_reversed", "2024-05-10",
			"The Israeli cabinet approved the plan on Sunday. The Palestinian Authority called for the decision to be reversed.",
			[]want{{typ: parley.Request, source: "Palestine", target: "Israel"}}},
		{"move_to_be_reconsidered", "2024-05-10",
			"Poland closed its last border crossing with Belarus on Friday. Minsk urged that the move be reconsidered.",
			[]want{{typ: parley.Request, source: "Belarus", target: "Poland"}}},
		{"construction_to_be_halted", "2024-05-10",
			"Haiti began building a canal on the river last month. The Dominican government demanded that the construction be halted.",
			[]want{{typ: parley.Request, source: "Dominican Republic", target: "Haiti"}}},
		// An act told as the answer to one before ("responded by", "hit
		// back,", "In retaliation,") is aimed at whoever acted before.
		{"responded_by_firing", "2024-05-10",
			"Israel struck targets near Damascus on Sunday. Syria responded by firing missiles.",
			[]want{{typ: parley.Assault, source: "Syria", target: "Israel"}}},
		{"responded_within_hours_threatening", "2025-01-28",
			"Colombia turned back two deportation flights. Trump responded within hours, threatening tariffs of 25 percent.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Colombia"}}},
		{"retaliated_recalling", "2024-05-10",
			"Lithuania allowed Taiwan to open an office under its own name. China retaliated, recalling its ambassador.",
			[]want{{typ: parley.Sanction, source: "China", target: "Lithuania"}}},
		{"responded_to_an_attack_told_before", "2024-05-10",
			"Armenian troops fired on Azerbaijani positions near the border, Baku said. Azerbaijan responded by shelling the village.",
			[]want{{typ: parley.Assault, source: "Azerbaijan", target: "Armenia"}}},
		// An act that opens with what it answers: at its doer.
		{"in_response_to_a_named_doers_deed", "2024-05-10",
			"In response to Beijing's drills, Taiwan put its forces on high alert.",
			[]want{{typ: parley.Mobilize, source: "Taiwan", target: "China"}}},
		{"in_response_to_the_deed_told_before", "2024-05-10",
			"China began large-scale drills around Taiwan on Monday. In response to the drills, Taipei deployed warships.",
			[]want{{typ: parley.Mobilize, source: "Taiwan", target: "China"}}},
		{"in_retaliation_for_the_sanctions", "2024-05-10",
			"The EU imposed sanctions on Russian banks on Friday. In retaliation for the sanctions, Moscow banned imports of cheese.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "European Union"}}},
		// A deed of the subject's side told again by a definite noun is
		// aimed where it was before.
		{"offensive_threatened_then_launched", "2024-05-10",
			"Turkey threatened a military offensive against Kurdish fighters of the SDF. Ankara launched the offensive on Wednesday.",
			[]want{{typ: parley.Assault, source: "Turkey", target: "Kurdish fighters", date: "2024-05-08"}}},
		{"tariffs_threatened_then_imposed", "2024-05-10",
			"The United States threatened new tariffs on Mexican steel in March. Washington imposed the tariffs in April.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Mexico", status: parley.Occurred, date: "2024-04"}}},
		{"sanctions_prepared_then_imposed", "2024-05-10",
			"EU foreign ministers agreed in June to prepare sanctions against Belarus. The bloc imposed the sanctions on Monday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Belarus", status: parley.Occurred, date: "2024-05-06"}}},
		// One party signing the pact told before: with its other party.
		{"pact_signed_by_one_party", "2024-05-10",
			"Serbia and Kosovo reached an agreement in Brussels. Kosovo's prime minister signed the agreement on Tuesday.",
			[]want{{typ: parley.Agree, source: "Albin Kurti", target: "Serbia"}}},
		{"accord_signed_by_rebels", "2024-05-10",
			"Colombia and the ELN rebels agreed on a six-month ceasefire. The ELN signed the accord in Havana.",
			[]want{{typ: parley.Agree, source: "National Liberation Army", target: "Colombia"}}},
		{"deal_signed_in_a_capital", "2024-05-10",
			"Britain and Mauritius reached a deal on the Chagos Islands in October. The Mauritian prime minister signed the deal in London on Thursday.",
			[]want{{typ: parley.Agree, source: "Pravind Jugnauth", target: "United Kingdom", date: "2024-05-09"}}},
		// A judgment welcomed is its maker's, past the day and place of
		// the participle that names the maker.
		{"judgment_delivered_somewhere_by_a_tribunal", "2012-03-15",
			"Foreign Minister Dipu Moni today welcomed the judgment delivered yesterday in Hamburg by the International Tribunal for the Law of the Sea.",
			[]want{{typ: parley.Support, source: "Dipu Moni", target: "International Tribunal for the Law of the Sea", date: "2012-03-15"}}},
		// A feeling "by" a deed told before, two feelings joined by "and".
		{"disappointed_and_surprised_by_the_cancellation", "2019-08-22",
			"Donald Trump cancelled his visit to Denmark on Tuesday. Speaking in Copenhagen on Wednesday, Frederiksen said she was disappointed and surprised by the cancellation.",
			[]want{{typ: parley.Accuse, source: "Mette Frederiksen", target: "Donald Trump", date: "2019-08-21"}}},
		{"surprised_and_disappointed_by_a_decision", "2019-08-22",
			"Frederiksen said she was surprised and disappointed by Trump's decision.",
			[]want{{typ: parley.Accuse, source: "Mette Frederiksen", target: "Donald Trump"}}},
	}
	runEventCases(t, tests)
}

// TestImpliedTargetsRuledOut checks readings the implied target must not
// take.
func TestImpliedTargetsRuledOut(t *testing.T) {
	runNotCases(t, []notCase{
		// An attack only reported is not the reporter's.
		{"attack_reported_by_another", "2024-05-10",
			"The United Nations said 300 people had died in the fighting. Egypt condemned the attack.",
			want{typ: parley.Accuse, source: "Egypt"}},
		// The subject's own side's decision.
		{"decision_of_the_own_cabinet", "2024-05-10",
			"Kenya's cabinet approved the deployment of 1,000 police officers. President Ruto welcomed the decision.",
			want{typ: parley.Support, source: "William Ruto"}},
		// The subject before answered the same plan: not its author.
		{"plan_answered_before", "2024-05-10",
			"The White House praised the plan on Monday. China denounced the plan as interference.",
			want{typ: parley.Accuse, source: "China"}},
		{"resolution_not_the_abstainers", "2024-05-10",
			"The Security Council adopted a resolution on Gaza on Monday. The United States abstained. Israel rejected the resolution.",
			want{typ: parley.Reject, source: "Israel", target: "United States"}},
		// "its decision" of the subject's own side.
		{"own_decision_defended", "2024-05-10",
			"Mali expelled the French ambassador on Monday. The junta defended its decision.",
			want{typ: parley.Support}},
		// The agency credited in a dateline did no deed.
		{"agency_of_the_dateline", "2023-08-25",
			"BEIJING, Aug 24 (Reuters) - Officials spoke on Thursday.\n\nChina's foreign ministry called the discharge an extremely selfish act.",
			want{typ: parley.Accuse, target: "Reuters"}},
		// A meeting is no deed a decision refers to.
		{"decision_after_a_meeting", "2024-05-10",
			"Iran's foreign minister met his Saudi counterpart in Beijing. Israel criticised the decision.",
			want{typ: parley.Accuse, source: "Israel"}},
		// A clause after "warned that" is no object.
		{"warned_that_the_decision", "2024-05-10",
			"Somalia cut ties with Kenya on Monday. Kenya's president warned that the decision would strain relations.",
			want{typ: parley.Threaten, source: "Uhuru Kenyatta", target: "Kenya"}},
		// A request to undo the subject's own side's measure.
		{"own_ban_to_be_lifted", "2024-05-10",
			"Kenya's government banned plastic imports from Uganda in 2017. Kenya's parliament demanded that the ban be lifted.",
			want{typ: parley.Request}},
		// What is to be done, not undone, asks no one.
		{"plan_to_be_adopted", "2024-05-10",
			"Brazil presented a peace plan on Monday. Argentina urged that the plan be adopted.",
			want{typ: parley.Request, source: "Argentina"}},
		// An answer to no one's act.
		{"responded_to_a_storm", "2024-05-10",
			"A storm hit the coast of Mozambique on Friday. The army responded by deploying troops.",
			want{typ: parley.Mobilize}},
		// A target named in the answer, even if not read, is not replaced.
		{"retaliated_against_those_named", "2024-05-10",
			"Canada imposed sanctions on Chinese officials. Beijing retaliated within hours, sanctioning ten people, among them members of the European Parliament.",
			want{typ: parley.Sanction, source: "China", target: "Canada"}},
		// Another's deed told again is not the subject's.
		{"tariffs_of_another_imposed", "2024-05-10",
			"Canada threatened new tariffs on Chinese steel in March. Washington imposed the tariffs in April.",
			want{typ: parley.Sanction, source: "United States"}},
		// The answer to a deed of no one named.
		{"in_retaliation_for_no_ones_sanctions", "2024-05-10",
			"Prices rose sharply in May. In retaliation for the sanctions, Moscow banned imports of cheese.",
			want{typ: parley.Sanction, source: "Russia"}},
		// A signing only asked for.
		{"pact_not_to_be_signed", "2024-05-10",
			"China and the Solomon Islands agreed a security pact. Australia asked the prime minister not to sign the pact.",
			want{typ: parley.Agree, target: "China"}},
		// Not a party of the pact told: no partner.
		{"pact_signed_by_a_third_state", "2024-05-10",
			"Kenya and Somalia agreed a framework for maritime cooperation on Monday. Ethiopia later signed the agreement.",
			want{typ: parley.Agree, source: "Ethiopia"}},
	})
}

// TestImpliedTargetsAreTold checks that an event whose target the
// discourse supplied says so: a lower confidence, and a rule naming the
// sentence the target came from.
func TestImpliedTargetsAreTold(t *testing.T) {
	a := analyze(t, "Canada announced on Monday that it would close its embassy in Caracas. The Venezuelan foreign ministry called the decision regrettable.", "2024-05-10")
	for _, e := range a.Events {
		if e.Type != parley.Accuse {
			continue
		}
		if e.Confidence > 0.45 {
			t.Errorf("confidence %.2f, want at most 0.45", e.Confidence)
		}
		if want := "implied-target(sentence 0: “Canada announced on Monday that …”)"; !strings.Contains(e.Rule, want) {
			t.Errorf("rule %q, want it to hold %q", e.Rule, want)
		}
		return
	}
	t.Errorf("no ACCUSE in %s", describe(a.Events))
}

// TestReactionsToTheLeadDecision checks "the move" and "the decision"
// answered after other sentences told only words: the decision the lead
// tells, not the last speaker's.
func TestReactionsToTheLeadDecision(t *testing.T) {
	text := "BRUSSELS, 14 December 2023 — European Union leaders agreed on Thursday to open membership negotiations with Ukraine and Moldova.\n\n" +
		"Orbán had threatened to veto the decision. He told Hungarian radio that the decision was senseless.\n\n" +
		"Ukrainian President Volodymyr Zelensky hailed the move as a victory for Ukraine.\n\n" +
		"Moscow dismissed the decision as politically motivated, Kremlin spokesman Dmitry Peskov said."
	runEventCases(t, []eventCase{
		{"move_hailed_after_words", "2023-12-14", text,
			[]want{{typ: parley.Support, source: "Volodymyr Zelensky", target: "European Council"},
				{typ: parley.Reject, source: "Russia", target: "European Council"}}},
	})
	runNotCases(t, []notCase{
		{"move_is_not_the_speakers", "2023-12-14", text, want{typ: parley.Support, source: "Volodymyr Zelensky", target: "Hungary"}},
		{"decision_is_not_the_speakers", "2023-12-14", text, want{typ: parley.Reject, source: "Russia", target: "Hungary"}},
	})
}

// TestTargetOfAnEarlierAnswer checks a deed answered twice: when the
// sentence that last named it is itself an answer ("called on Kampala to
// repeal the law"), a later answer ("also criticised the law") is aimed
// where that one was.
func TestTargetOfAnEarlierAnswer(t *testing.T) {
	runEventCases(t, []eventCase{
		{"criticised_after_a_call_to_repeal", "2023-11-03",
			"Museveni signed the bill into law in late May. On 29 May, Joe Biden condemned it in a statement. In the same statement he called on Kampala to repeal the law immediately. The EU's foreign policy chief, Josep Borrell, also criticised the law, saying it broke international human rights law.",
			[]want{{typ: parley.Accuse, source: "Josep Borrell", target: "Uganda"}}},
	})
}
