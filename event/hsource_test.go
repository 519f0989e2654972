package event_test

import (
	"testing"

	"parley"
)

// TestImpliedSources checks acts whose doer the sentence does not name:
// a passive told right after the same act, and government bodies named
// only by their kind ("federal officials").
func TestImpliedSources(t *testing.T) {
	tests := []eventCase{
		// An agentless passive told right after the same act: the same doer.
		{"also_detained_after_a_detention", "2024-05-10",
			"Myanmar's military detained Aung San Suu Kyi early on Monday. President Win Myint was also detained.",
			[]want{{typ: parley.Coerce, source: "Tatmadaw", target: "Win Myint"}}},
		{"detained_a_day_later", "2024-05-10",
			"Police in Tbilisi arrested opposition leader Nika Melia on Tuesday. Former president Mikheil Saakashvili was detained a day later.",
			[]want{{typ: parley.Coerce, source: "Police of Georgia", target: "Mikheil Saakashvili", date: "2024-05-08"}}},
		{"arrested_on_the_next_day", "2024-05-10",
			"Venezuelan security forces arrested opposition leader Freddy Superlano on Tuesday. Maria Corina Machado was detained on Wednesday.",
			[]want{{typ: parley.Coerce, source: "Venezuelan security forces", target: "María Corina Machado"}}},
		// "Federal" officials or troops are the one federal state's.
		{"federal_officials_of_the_one_federal_state", "2024-05-10",
			"Somalia recalled its ambassador from Kenya on Monday. Federal officials accused Nairobi of meddling in the Jubaland elections.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya"}}},
		{"federal_troops_of_the_one_federal_state", "2024-05-10",
			"Nigeria and Niger have traded accusations over cross-border raids. Federal troops attacked Nigerien soldiers near the border on Sunday.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Armed Forces of Niger"}}},
		{"officials_in_a_capital", "2024-05-10",
			"Relations between Pakistan and Afghanistan have soured. Federal officials in Islamabad accused Kabul of sheltering militants.",
			[]want{{typ: parley.Accuse, source: "Pakistan", target: "Afghanistan"}}},
		// Bare "officials" opening a clause: the government of where they sit.
		{"officials_in_a_capital_bare", "2024-05-10",
			"Kenya's government is at odds with Somalia over the maritime border. Officials in Nairobi accused Mogadishu of auctioning oil blocks.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Somalia"}}},
		// "The two representatives", "the two generals": the two people
		// the text has just named.
		{"two_representatives_after_talks", "2024-05-10",
			"India's National Security Adviser Ajit Doval held talks with Wang Yi in Beijing on Wednesday. The two representatives agreed to meet again in India next year.",
			[]want{{typ: parley.Agree, source: "Ajit Doval", target: "Wang Yi"}}},
		{"two_generals_after_a_meeting", "2024-05-10",
			"Sudan's army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo met in Jeddah. The two generals agreed to a seven-day truce.",
			[]want{{typ: parley.Agree, source: "Abdel Fattah al-Burhan", target: "Mohamed Hamdan Dagalo"}}},
		// "They" and "them" after a crowd the sentence before told of.
		{"they_after_a_crowd_demand", "2024-05-10",
			"Thousands of protesters rallied in Lima on Monday. They demanded the resignation of President Dina Boluarte.",
			[]want{{typ: parley.Request, source: "Peruvian protesters", target: "Dina Boluarte"}}},
		{"they_after_a_crowd_accuse", "2024-05-10",
			"Thousands of protesters marched in Belgrade on Friday. They accused President Aleksandar Vucic of rigging the election.",
			[]want{{typ: parley.Accuse, source: "Serbian protesters", target: "Aleksandar Vučić"}}},
		{"them_after_a_crowd_dispersed_by_police", "2024-05-10",
			"Hundreds of protesters marched through Goma on Monday, chanting slogans against Rwanda. Police fired tear gas to disperse them near the UN base.",
			[]want{{typ: parley.Assault, source: "Congolese National Police", target: "Congolese protesters"}}},
		{"them_after_students_beaten", "2024-05-10",
			"Thousands of students marched on the presidential palace in Dhaka on Monday. Police beat them with batons.",
			[]want{{typ: parley.Assault, source: "Police of Bangladesh", target: "Bangladeshi protesters"}}},
		// "The delegation" after "an ECOWAS delegation": the one who sent it.
		{"delegation_of_a_body", "2024-05-10",
			"A high-level ECOWAS delegation arrived in Niamey on Saturday. The delegation met General Abdourahamane Tiani.",
			[]want{{typ: parley.Consult, source: "Economic Community of West African States", target: "Abdourahamane Tchiani"}}},
		{"delegation_of_a_state", "2024-05-10",
			"A Chinese delegation arrived in Manila on Monday for talks on the South China Sea. The delegation met Philippine Foreign Secretary Enrique Manalo on Tuesday.",
			[]want{{typ: parley.Consult, source: "China", target: "Enrique Manalo"}}},
		// A paper or plan that calls for something: its author's request.
		{"paper_that_called_for", "2024-05-10",
			"China published a twelve-point paper that called for peace talks between Russia and Ukraine.",
			[]want{{typ: parley.Request, source: "China", target: "Ukraine"}}},
		{"proposal_that_urged", "2024-05-10",
			"Brazil presented a six-point proposal that urged Russia and Ukraine to hold talks.",
			[]want{{typ: parley.Request, source: "Brazil", target: "Russia"}}},
		{"plan_unveiled_that_called_on", "2024-05-10",
			"Qatar unveiled a plan on Monday that called on Hamas to free the hostages.",
			[]want{{typ: parley.Request, source: "Qatar", target: "Hamas"}}},
		// A captive told detained before, freed with no doer named: by
		// the one who held them.
		{"freed_after_a_detention", "2024-05-10",
			"Venezuelan police detained opposition leader Freddy Superlano in July. Superlano was freed on Monday.",
			[]want{{typ: parley.Retreat, source: "Police of Venezuela", target: "Freddy Superlano", date: "2024-05-06"}}},
		{"pardoned_after_an_arrest", "2024-05-10",
			"Police in Minsk arrested Roman Protasevich in May 2021. He was pardoned in 2023.",
			[]want{{typ: parley.Retreat, source: "Police of Belarus", target: "Roman Protasevich"}}},
		{"released_from_prison_after_a_detention", "2024-05-10",
			"Myanmar's military detained Aung San Suu Kyi in 2021. She was released from prison on Monday.",
			[]want{{typ: parley.Retreat, source: "Tatmadaw", target: "Aung San Suu Kyi"}}},
		// An epithet opening a sentence: the state that opened the one before.
		{"gulf_state_epithet", "2024-05-10",
			"Qatar has mediated between Israel and Hamas for months. The Gulf state on Monday accused Israel of stalling the talks.",
			[]want{{typ: parley.Accuse, source: "Qatar", target: "Israel"}}},
		{"reclusive_state_epithet", "2024-05-10",
			"North Korea fired two missiles on Monday. The reclusive state also threatened to strike South Korea.",
			[]want{{typ: parley.Threaten, source: "North Korea", target: "South Korea"}}},
		{"former_soviet_republic_epithet", "2024-05-10",
			"Belarus hosted Wagner fighters after the mutiny. The former Soviet republic denied that it would let them attack Poland.",
			[]want{{typ: parley.Reject, source: "Belarus", target: "Poland"}}},
		{"the_country_as_subject", "2024-05-10",
			"Russia invaded Ukraine in 2022. The country has since expelled dozens of Estonian diplomats.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Estonia"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"epithet_after_a_sentence_opened_by_a_person_is_no_state", "2024-05-10",
			"Trump met Netanyahu in Washington. The country agreed to send more arms to Israel.",
			want{typ: parley.Agree, target: "Israel"}},
		{"epithet_as_possessor_is_not_the_subject", "2024-05-10",
			"Kenya sent police to Haiti last year. The country's gangs attacked a police station.",
			want{typ: parley.Assault, source: "Kenya"}},
		{"release_demanded_is_no_release", "2024-05-10",
			"Belarusian police arrested Roman Protasevich in May. EU leaders demanded the immediate release of Protasevich.",
			want{typ: parley.Retreat}},
		{"release_asked_for_is_no_release", "2024-05-10",
			"Venezuelan police detained opposition leader Freddy Superlano in July. Superlano demanded to be released.",
			want{typ: parley.Retreat}},
		{"freed_with_no_detention_told_has_no_doer", "2024-05-10",
			"Venezuelan police met opposition leader Freddy Superlano in July. Superlano was freed on Monday.",
			want{typ: parley.Retreat}},
		{"they_after_a_crowd_and_the_police_is_neither", "2024-05-10",
			"Protesters clashed with police in Nairobi on Tuesday. They fired tear gas at the crowd.",
			want{typ: parley.Assault, source: "Kenyan protesters", target: "Kenya"}},
		{"they_after_a_crowd_watched_by_police_is_unclear", "2024-05-10",
			"Thousands of protesters rallied in Lima on Monday as police looked on. They accused President Dina Boluarte of ordering the killings.",
			want{typ: parley.Accuse, target: "Dina Boluarte"}},
		{"delegations_of_two_states_are_neither", "2024-05-10",
			"A Chinese delegation and an American delegation arrived in Geneva. The delegation met Swiss President Viola Amherd.",
			want{typ: parley.Consult, target: "Viola Amherd"}},
		{"protesters_killed_after_their_attack_did_not_attack_themselves", "2024-05-10",
			"Protesters attacked a police station in Dhaka. Three protesters were killed.",
			want{typ: parley.Assault, target: "Bangladeshi protesters"}},
		{"passive_after_another_act_has_no_doer", "2024-05-10",
			"Myanmar's military met ASEAN envoys on Monday. President Win Myint was detained.",
			want{typ: parley.Coerce, target: "Win Myint"}},
		{"passive_two_sentences_on_has_no_doer", "2024-05-10",
			"Myanmar's military detained Aung San Suu Kyi early on Monday. The United Nations condemned the coup. President Win Myint was also detained.",
			want{typ: parley.Coerce, target: "Win Myint"}},
		{"passive_with_another_actor_named_keeps_no_doer", "2024-05-10",
			"Georgian police arrested Nika Melia on Tuesday. Mikheil Saakashvili was detained after meeting Charles Michel.",
			want{typ: parley.Coerce, source: "Police of Georgia", target: "Mikheil Saakashvili"}},
		{"western_officials_are_no_government", "2024-05-10",
			"Kenya and Somalia argued over the border. Western officials accused Somalia of stalling.",
			want{typ: parley.Accuse, target: "Somalia"}},
		{"officials_from_both_sides_are_no_one_state", "2024-05-10",
			"Officials from Kenya and Somalia accused each other of stalling.",
			want{typ: parley.Accuse, source: "Kenya", target: "Kenya"}},
		{"federal_officials_of_two_federal_states", "2024-05-10",
			"Canada and the United States are at odds over lumber. Federal officials accused the provinces of breaking the pact.",
			want{typ: parley.Accuse}},
	})
}
