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
			[]want{{typ: parley.Coerce, source: "Georgian Police", target: "Mikheil Saakashvili", date: "2024-05-08"}}},
		{"arrested_on_the_next_day", "2024-05-10",
			"Venezuelan security forces arrested opposition leader Freddy Superlano on Tuesday. Maria Corina Machado was detained on Wednesday.",
			[]want{{typ: parley.Coerce, source: "Venezuelan security forces", target: "María Corina Machado"}}},
		// "Federal" officials or troops are the one federal state's.
		{"federal_officials_of_the_one_federal_state", "2024-05-10",
			"Somalia recalled its ambassador from Kenya on Monday. Federal officials accused Nairobi of meddling in the Jubaland elections.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya"}}},
		{"federal_troops_of_the_one_federal_state", "2024-05-10",
			"Nigeria and Niger have traded accusations over cross-border raids. Federal troops attacked Nigerien soldiers near the border on Sunday.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Niger Armed Forces"}}},
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
			"India's National Security Adviser Ajit Doval held talks with Wang Yi in Beijing on Wednesday. The two representatives agreed to set up an expert group on the border.",
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
		// A body named in the singular beside the crowd ("outside
		// parliament") is no "them".
		{"them_after_a_crowd_outside_a_body", "2023-03-09",
			"Thousands of protesters gathered outside parliament in Tbilisi on Tuesday. Riot police used water cannon and tear gas to disperse them.",
			[]want{{typ: parley.Assault, source: "Georgian Police", target: "Georgian protesters", date: "2023-03-07"}}},
		{"them_after_students_beaten", "2024-05-10",
			"Thousands of students marched on the presidential palace in Dhaka on Monday. Police beat them with batons.",
			[]want{{typ: parley.Assault, source: "Bangladesh Police", target: "Bangladeshi protesters"}}},
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
			[]want{{typ: parley.Retreat, source: "Bolivarian National Police", target: "Freddy Superlano", date: "2024-05-06"}}},
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
		// An epithet with words before its noun: the group or body that
		// opened the sentence before.
		{"militant_group_epithet", "2024-05-10",
			"Hamas rejected the proposal on Monday. The Palestinian militant group accused Israel of sabotaging the talks.",
			[]want{{typ: parley.Accuse, source: "Hamas", target: "Israel"}}},
		{"rebels_epithet_with_their_country", "2024-05-10",
			"The Houthis attacked a British ship on Tuesday. The Yemeni rebels also threatened US warships.",
			[]want{{typ: parley.Threaten, source: "Houthis", target: "United States"}}},
		{"bloc_epithet", "2024-05-10",
			"The European Union imposed new sanctions on Russia. The 27-member bloc also summoned the Russian ambassador.",
			[]want{{typ: parley.Accuse, source: "European Union", target: "Russia"}}},
		{"alliance_epithet", "2024-05-10",
			"NATO agreed to send more troops to Kosovo. The Western military alliance also urged Serbia to withdraw its forces from the border.",
			[]want{{typ: parley.Request, source: "North Atlantic Treaty Organization", target: "Serbia"}}},
		// A person's epithet: the one person the sentence before opened on.
		{"former_cricketer_epithet", "2024-05-10",
			"Imran Khan was arrested in Islamabad on Tuesday. The former cricketer has accused the army of plotting against him.",
			[]want{{typ: parley.Accuse, source: "Imran Khan", target: "Pakistan Army"}}},
		{"opposition_politician_epithet", "2024-05-10",
			"Alexei Navalny returned to Moscow in January. The opposition politician accused Putin of ordering his poisoning.",
			[]want{{typ: parley.Accuse, source: "Alexei Navalny", target: "Vladimir Putin"}}},
		{"aged_epithet", "2024-05-10",
			"Nicolas Maduro was sworn in on Friday. The 62-year-old accused the United States of plotting a coup.",
			[]want{{typ: parley.Accuse, source: "Nicolás Maduro", target: "United States"}}},
		// A connective before the subject still opens the sentence.
		{"it_after_however", "2024-05-10",
			"Turkey has long opposed the bid. However, it accused Sweden on Monday of harbouring militants.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Sweden"}}},
		{"it_after_instead", "2024-05-10",
			"Turkey has long opposed the bid. Instead, it accused Sweden of harbouring militants.",
			[]want{{typ: parley.Accuse, source: "Turkey", target: "Sweden"}}},
		{"epithet_after_but", "2024-05-10",
			"Qatar has mediated between Israel and Hamas for months. But the Gulf state accused Israel of stalling the talks.",
			[]want{{typ: parley.Accuse, source: "Qatar", target: "Israel"}}},
		// "The envoy", "the rapporteur": the one person titled so just before.
		{"the_envoy_met", "2024-05-10",
			"US special envoy Steve Witkoff arrived in Moscow on Thursday. The envoy met Vladimir Putin at the Kremlin.",
			[]want{{typ: parley.Consult, source: "Steve Witkoff", target: "Vladimir Putin"}}},
		{"the_rapporteur_accused", "2024-05-10",
			"The UN special rapporteur Francesca Albanese visited Amman on Monday. The rapporteur accused Israel of genocide.",
			[]want{{typ: parley.Accuse, source: "Francesca Albanese", target: "Israel"}}},
		// "The two groups", "both groups": the two named together before.
		{"the_two_groups", "2024-05-10",
			"Hamas and Islamic Jihad leaders met in Cairo. The two groups rejected the Egyptian proposal.",
			[]want{{typ: parley.Reject, source: "Palestinian Islamic Jihad", target: "Egypt"}}},
		{"both_groups", "2024-05-10",
			"The Houthis and Hezbollah have attacked Israel for months. Both groups threatened to escalate if Israel invaded Rafah.",
			[]want{{typ: parley.Threaten, source: "Hezbollah", target: "Israel"}}},
		// "The militia", "the paramilitaries": the armed group named before.
		{"the_paramilitaries", "2024-05-10",
			"The Rapid Support Forces seized El Fasher on Sunday. The paramilitaries accused Egypt of bombing their positions.",
			[]want{{typ: parley.Accuse, source: "Rapid Support Forces", target: "Egypt"}}},
		{"the_militia", "2024-05-10",
			"Kataib Hezbollah fired rockets at a US base on Monday. The militia also accused Washington of killing its commanders.",
			[]want{{typ: parley.Accuse, source: "Kataib Hezbollah", target: "United States"}}},
		// "Them" after a verb that takes people: those listed just before.
		{"received_them", "2024-05-10",
			"Macron invited Scholz and Meloni to Paris. He received them at the Elysee on Monday.",
			[]want{{typ: parley.Consult, source: "Giorgia Meloni", target: "Emmanuel Macron", date: "2024-05-06"}}},
		{"urged_them", "2024-05-10",
			"Zelensky met Biden and Sunak in Vilnius. He urged them to send more air defence systems.",
			[]want{{typ: parley.Request, source: "Volodymyr Zelensky", target: "Rishi Sunak"}}},
		{"received_them_after_a_list_with_countries", "2024-05-10",
			"The AU appointed two envoys, Ellen Johnson Sirleaf of Liberia and Kgalema Motlanthe of South Africa. Abiy Ahmed received them in Addis Ababa on Friday.",
			[]want{{typ: parley.Consult, source: "Kgalema Motlanthe", target: "Abiy Ahmed"}}},
		// A participle after ", in effect" or ", effectively" is the
		// sentence subject's, not the one told.
		{"in_effect_participle", "2024-05-10",
			"Abiy Ahmed told Motlanthe the operation was an internal matter, in effect turning down the AU's offer to mediate.",
			[]want{{typ: parley.Reject, source: "Abiy Ahmed", target: "African Union"}}},
		{"effectively_participle_not_negated", "2024-05-10",
			"Erdogan told Stoltenberg that Sweden had not met its commitments, effectively blocking the country's bid to join NATO.",
			[]want{{typ: parley.Reject, source: "Recep Tayyip Erdoğan", target: "Sweden", status: parley.Occurred}}},
		// Residents and villagers named by their state are a group of theirs.
		{"state_villagers_accuse", "2024-05-10",
			"Lebanese villagers accused Israel of burning their fields.",
			[]want{{typ: parley.Accuse, source: "Lebanese villagers", target: "Israel"}}},
		{"state_residents_accuse", "2024-05-10",
			"Congolese residents accused Rwanda of backing the rebels.",
			[]want{{typ: parley.Accuse, source: "Congolese residents", target: "Rwanda"}}},
		// "The resolution, which …, demanded": the body that adopted it.
		{"resolution_with_a_relative_aside", "2024-05-10",
			"The UN General Assembly adopted a resolution on Wednesday. The resolution, which deplores Russia's aggression, demanded that Moscow withdraw its troops.",
			[]want{{typ: parley.Request, source: "United Nations General Assembly", target: "Russia"},
				{typ: parley.Accuse, source: "United Nations General Assembly", target: "Russia"}}},
		{"statement_with_a_relative_aside", "2024-05-10",
			"Mali's junta issued a statement on Monday. The statement, which was read on state television, accused France of interfering in its affairs.",
			[]want{{typ: parley.Accuse, source: "Mali", target: "France"}}},
		// A readout's "the head of our state": the head of state it named.
		{"head_of_our_state", "2024-05-10",
			"President Kassym-Jomart Tokayev received Xi Jinping in Astana on Tuesday. The head of our state thanked the Chinese leader for his support.",
			[]want{{typ: parley.Support, source: "Kassym-Jomart Tokayev", target: "Xi Jinping"}}},
		// "A group of Kenyan lawmakers": the group named after "of" acts.
		{"a_group_of_lawmakers", "2024-05-10",
			"A group of Kenyan lawmakers accused President William Ruto of abusing his powers.",
			[]want{{typ: parley.Accuse, source: "Kenyan lawmakers", target: "William Ruto"}}},
		{"a_group_of_activists", "2024-05-10",
			"A group of Iranian activists urged the United Nations to investigate the killings.",
			[]want{{typ: parley.Request, source: "Iranian activists", target: "United Nations"}}},
		// "They" after a list of states with "the" inside it.
		{"they_after_a_list_with_the", "2024-05-10",
			"Saudi Arabia, the UAE and Bahrain cut ties with Qatar in 2017. They accused Doha of backing terrorism.",
			[]want{{typ: parley.Accuse, source: "United Arab Emirates", target: "Qatar"}}},
		{"they_after_a_pair_with_the", "2024-05-10",
			"The Netherlands and the United Kingdom expelled Russian diplomats on Monday. They accused Moscow of espionage.",
			[]want{{typ: parley.Accuse, source: "Netherlands", target: "Russia"}}},
		// A release in the passive right after another: the same releaser.
		{"also_released_after_a_release", "2024-05-10",
			"Hamas freed three Israeli hostages on Sunday. Five Thai nationals were also released.",
			[]want{{typ: parley.Retreat, source: "Hamas", target: "Thailand"}}},
		// "Its foreign ministry" opening a sentence: that state's body.
		{"its_foreign_ministry", "2024-05-10",
			"China reacted angrily on Tuesday. Its foreign ministry summoned the Japanese ambassador.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "Japan"}}},
		{"its_coast_guard", "2024-05-10",
			"The Philippines protested on Monday. Its coast guard accused Chinese vessels of ramming a supply boat.",
			[]want{{typ: parley.Accuse, source: "Philippine Coast Guard", target: "China"}}},
		// "The latter", "the former": of the two named just before.
		{"the_latter_person", "2024-05-10",
			"Putin met Erdogan in Sochi on Monday. The latter urged Russia to revive the grain deal.",
			[]want{{typ: parley.Request, source: "Recep Tayyip Erdoğan", target: "Russia"}}},
		{"the_former_person", "2024-05-10",
			"Macron spoke with Scholz on Tuesday. The former urged Germany to back the EU defence fund.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Germany"}}},
		{"the_latter_state", "2024-05-10",
			"Hungary blocked the aid package, angering Ukraine. The latter accused Budapest of doing Moscow's bidding.",
			[]want{{typ: parley.Accuse, source: "Ukraine", target: "Hungary"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"the_latter_of_three_is_unclear", "2024-05-10",
			"Putin met Erdogan and Raisi in Tehran. The latter urged Turkey to drop its offensive.",
			want{typ: parley.Request, target: "Turkey"}},
		{"the_former_president_is_a_title", "2024-05-10",
			"Putin met Erdogan in Sochi on Monday. The former president of Kyrgyzstan urged Russia to help.",
			want{typ: parley.Request, source: "Vladimir Putin"}},
		{"released_after_a_withdrawal_is_not_the_withdrawers", "2024-05-10",
			"Russian troops withdrew from Kherson in November. Five Thai nationals were also released.",
			want{typ: parley.Retreat, target: "Thailand"}},
		{"a_group_of_after_a_verb_is_no_subject", "2024-05-10",
			"William Ruto met a group of Kenyan lawmakers and accused the opposition of lying.",
			want{typ: parley.Accuse, source: "Kenyan lawmakers"}},
		{"warned_in_the_passive_is_no_speaker", "2024-05-10",
			"Iran's Revolutionary Guards seized a British-flagged tanker on Friday. Britain was warned not to retaliate.",
			want{typ: parley.Threaten, source: "United Kingdom"}},
		{"told_in_the_passive_is_no_speaker", "2024-05-10",
			"Kenya was told that Somalia would retaliate.",
			want{typ: parley.Threaten, source: "Kenya"}},
		{"them_after_things_sent_is_no_people", "2024-05-10",
			"Biden and Sunak sent missiles to Ukraine. Zelensky received them on Monday.",
			want{typ: parley.Consult}},
		{"told_person_does_not_turn_down", "2024-05-10",
			"Abiy Ahmed told Motlanthe the operation was an internal matter, in effect turning down the AU's offer to mediate.",
			want{typ: parley.Reject, source: "Kgalema Motlanthe"}},
		{"the_two_groups_after_one_is_none", "2024-05-10",
			"Hamas fired rockets at Israel. The two groups later agreed to a truce.",
			want{typ: parley.Agree}},
		{"the_rapporteur_after_two_is_neither", "2024-05-10",
			"UN special rapporteur Francesca Albanese met UN special rapporteur Mary Lawlor in Geneva. The rapporteur accused Israel of genocide.",
			want{typ: parley.Accuse, target: "Israel"}},
		{"person_epithet_after_two_people_is_neither", "2024-05-10",
			"Imran Khan met Shehbaz Sharif in Islamabad on Tuesday. The former cricketer accused the army of plotting against him.",
			want{typ: parley.Accuse, target: "Pakistan Army"}},
		{"epithet_of_another_country_is_not_the_group", "2024-05-10",
			"Hamas rejected the proposal on Monday. The Lebanese militant group accused Israel of sabotaging the talks.",
			want{typ: parley.Accuse, source: "Hamas"}},
		{"alliance_epithet_is_no_armed_group", "2024-05-10",
			"Hamas rejected the proposal on Monday. The Western military alliance urged Israel to show restraint.",
			want{typ: parley.Request, source: "Hamas"}},
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
			want{typ: parley.Coerce, source: "Georgian Police", target: "Mikheil Saakashvili"}},
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

// TestNamedAgentOverAGuessedSource checks that a sanction's noun, whose
// imposer the story would otherwise supply, gives way to the agent the
// same sentence names: one act, by the named agent, not a second one by
// whichever state the story is about.
func TestNamedAgentOverAGuessedSource(t *testing.T) {
	tests := []ruledOutCase{
		{"passive_sanctions_with_agent_in_a_story_about_another_state", "2025-09-03",
			"Kenyan President William Ruto was received by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday, a day after Somalia's foreign ministry accused Addis Ababa of violating its sovereignty. " +
				"The visit follows a phone call between the two leaders last week in which they discussed the Nile dam dispute. " +
				"Sanctions were imposed on three Sudanese commanders by the United States on Monday. " +
				"A summit between Vladimir Putin and Donald Trump is scheduled for next month in Budapest, the Kremlin said. " +
				"\"We will never accept foreign troops on our soil,\" Somali President Hassan Sheikh Mohamud told parliament on Wednesday. " +
				"Egypt's foreign minister, Badr Abdelatty, held separate talks with his Saudi and Emirati counterparts in Cairo. " +
				"The meeting of Nordic defence ministers in Oslo ended without an agreement. " +
				"Uganda and Rwanda signed a security pact last Friday, ending months of tension. " +
				"The prime minister later hosted a dinner for the visiting president.",
			want{typ: parley.Sanction, source: "United States", target: "Sudanese Armed Forces", date: "2025-09-01"}, // (commanders are their army)
			want{typ: parley.Sanction, source: "Ethiopia"}},
		{"tariffs_imposed_by_a_named_government", "2025-04-03",
			"Mexico's president spoke in Mexico City on Wednesday. New tariffs were imposed on Canadian steel by the United States on Wednesday.",
			want{typ: parley.Sanction, source: "United States", target: "Canada"},
			want{typ: parley.Sanction, source: "Mexico"}},
	}
	runRuledOut(t, tests)
}

// TestGuessedSourceOfAnotherAct checks that a sanction whose imposer the
// story supplies stays beside a named agent's sanction of the same target
// on another day: two acts, not one.
func TestGuessedSourceOfAnotherAct(t *testing.T) {
	text := "British Foreign Secretary David Cameron spoke in London on Tuesday. Britain said it would keep up pressure on Tehran. " +
		"New sanctions were imposed on Iran on Tuesday, a week after the United States sanctioned Iran."
	tests := []eventCase{
		{"a_second_sanction_a_week_later", "2024-04-17", text,
			[]want{{typ: parley.Sanction, source: "United States", target: "Iran", date: "2024-04-09"},
				{typ: parley.Sanction, source: "United Kingdom", target: "Iran", date: "2024-04-16"}}},
	}
	runEventCases(t, tests)
}
