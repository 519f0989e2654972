package event_test

import (
	"testing"

	"parley"
)

// TestLeadStoryDates checks that the lead act's doer, going on with the
// same occasion in undated sentences, has the lead's day; reactions of
// others, acts told "later" and acts after the story moved to another day
// stay undated.
func TestLeadStoryDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"minister_of_the_state_that_acted", "2021-05-12",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Foreign Minister Raychelle Omamo accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "2021-05-10"}}},
		{"dateline_then_the_day_of_the_act", "2024-05-10",
			"ACCRA, May 9 — Ghana's government expelled two Nigerian diplomats on Wednesday over what it called interference in its elections.\n\n" +
				"Foreign Minister Shirley Ayorkor Botchwey accused Nigeria of funding opposition rallies.",
			[]want{{typ: parley.Accuse, source: "Shirley Botchwey", target: "Nigeria", date: "2024-05-08"}}},
		{"spokesman_of_the_protesting_state", "2022-08-05",
			"Japan lodged a formal protest with China on Thursday over missiles that fell in its waters.\n\n" +
				"Chief Cabinet Secretary Hirokazu Matsuno urged Beijing to halt the exercises immediately.",
			[]want{{typ: parley.Request, source: "Hirokazu Matsuno", target: "China", date: "2022-08-04"}}},
		{"state_after_its_minister", "2024-05-10",
			"Indian Foreign Minister S. Jaishankar on Tuesday summoned the Canadian envoy over the allegations.\n\n" +
				"India also accused Canada of sheltering extremists.",
			[]want{{typ: parley.Accuse, source: "India", target: "Canada", date: "2024-05-07"}}},
		{"the_other_side_reacting_stays_undated", "2024-05-10",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Somalia's government condemned the decision.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya", date: "-"}}},
		{"a_former_leader_of_the_state_stays_undated", "2025-01-27",
			"Colombia on Sunday agreed to take back deported migrants after Washington threatened tariffs.\n\n" +
				"Former president Iván Duque called Petro's handling of the dispute reckless.",
			[]want{{typ: parley.Accuse, source: "Iván Duque", target: "Gustavo Petro", date: "-"}}},
		{"later_stays_undated", "2021-05-12",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Foreign Minister Raychelle Omamo later accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "-"}}},
		{"story_moved_to_another_day", "2021-05-12",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"In 2019 Kenya had recalled its envoy over a maritime dispute.\n\n" +
				"Foreign Minister Raychelle Omamo accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "-"}}},
		{"a_stance_in_the_present_stays_undated", "2024-05-10",
			"Kenya recalled its ambassador to Somalia on Monday after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Kenya accuses Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Somalia", date: "-"}}},
		{"a_lead_of_weeks_ago_dates_nothing", "2024-05-30",
			"Kenya recalled its ambassador to Somalia on 2 May after Mogadishu expelled a Kenyan diplomat.\n\n" +
				"Foreign Minister Raychelle Omamo accused Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Raychelle Omamo", target: "Somalia", date: "-"}}},
	})
}

// TestPerformativeDates checks that a body's act performed in the present
// tense of its own statement has the statement's day, the day the paper
// came out; stances in the present, perfects and sayings in the past
// keep no day.
func TestPerformativeDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ministry_strongly_condemns", "2024-05-10",
			"The Ministry of Foreign Affairs of Egypt strongly condemns the Israeli strike on Rafah.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Egypt", target: "Israel", date: "2024-05-10"}}},
		{"union_welcomes_an_agreement", "2024-05-10",
			"The European Union welcomes the agreement between Serbia and Kosovo.",
			[]want{{typ: parley.Support, source: "European Union", target: "Kosovo", date: "2024-05-10"}}},
		{"government_urges", "2024-05-10",
			"The Government of Rwanda urges the Democratic Republic of the Congo to stop supporting the FDLR.",
			[]want{{typ: parley.Request, source: "Rwanda", target: "Democratic Republic of the Congo", date: "2024-05-10"}}},
		{"council_calls_on", "2024-05-10",
			"The Security Council calls on Russia to withdraw its forces from Ukraine.",
			[]want{{typ: parley.Request, source: "United Nations Security Council", target: "Russia", date: "2024-05-10"}}},
		{"union_reaffirms_support", "2024-05-10",
			"The African Union reaffirms its support for Somalia.",
			[]want{{typ: parley.Support, source: "African Union", target: "Somalia", date: "2024-05-10"}}},
		{"condemns_an_attack_dated_by_its_participle", "2024-05-10",
			"The European Union condemns the attack carried out by Russia on Tuesday against Ukraine.",
			[]want{{typ: parley.Accuse, source: "European Union", target: "Russia", date: "2024-05-10"}}},
		{"rejects_a_claim_made_on_a_day", "2024-05-10",
			"The Government of Rwanda rejects the accusation made by the Democratic Republic of the Congo on 2 May that Rwandan troops had crossed the border.",
			[]want{{typ: parley.Reject, source: "Rwanda", target: "Democratic Republic of the Congo", date: "2024-05-10"}}},
		{"a_denial_and_a_charge_in_the_present_are_stances", "2024-05-10",
			"Moscow denies any involvement and accuses Britain of staging a campaign.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "United Kingdom", date: "-"}}},
		{"accuses_in_the_present_is_a_stance", "2024-05-10",
			"Kenya accuses Somalia of violating diplomatic norms.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Somalia", date: "-"}}},
		{"said_it_condemns_keeps_the_saying_undated", "2024-05-10",
			"Egypt said it strongly condemns the Israeli strike on Rafah.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel", date: "-"}}},
		{"condemns_the_ministry_said", "2024-05-10",
			"Egypt strongly condemns the Israeli strike on Rafah, the ministry said.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel", date: "-"}}},
	})
}

// TestPerformativeNot checks words that look like a present verb of
// saying but perform nothing on the day.
func TestPerformativeNot(t *testing.T) {
	runNotCases(t, []notCase{
		{"appeals_as_a_noun_is_no_verb", "2021-12-05",
			"Kordahi, who was backed by the Marada Movement, had refused for five weeks to step down despite Mikati's appeals to put the national interest first.",
			want{typ: parley.Request, date: "2021-12-05"}},
		{"welcomes_in_a_quotation", "2024-05-10",
			"\"Egypt welcomes the agreement between Serbia and Kosovo,\" the minister told reporters.",
			want{typ: parley.Support, date: "2024-05-10"}},
	})
}

// TestOccasionNamedAgain checks acts placed at an occasion the story told
// before: a word addressed to it, a sentence of it that names no day in
// between, and the meeting named by another word.
func TestOccasionNamedAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"speech_to_the_conference", "2024-05-10",
			"The UN climate conference opened in Geneva on Monday. In a speech to the conference, Fiji's prime minister accused Australia of failing the Pacific.",
			[]want{{typ: parley.Accuse, source: "Sitiveni Rabuka", target: "Australia", date: "2024-05-06"}}},
		{"meeting_then_the_summit", "2024-05-10",
			"Leaders of the African Union were meeting in Addis Ababa on Wednesday. At the summit, Kenyan President William Ruto urged Ethiopia to release detained journalists.",
			[]want{{typ: parley.Request, source: "William Ruto", target: "Ethiopia", date: "2024-05-08"}}},
		{"attending_the_forum", "2024-05-10",
			"The Shanghai Cooperation Organisation held its forum in Astana on Tuesday. Attending the forum, Chinese Foreign Minister Wang Yi called on Pakistan to protect Chinese workers.",
			[]want{{typ: parley.Request, source: "Wang Yi", target: "Pakistan", date: "2024-05-07"}}},
		{"an_undated_sentence_of_the_summit_between", "2023-07-12",
			"NATO leaders held a summit in Vilnius on Tuesday to discuss support for Ukraine.\n\n" +
				"Ukrainian President Volodymyr Zelensky, addressing the summit by video, asked the allies for more air defence systems.\n\n" +
				"At the summit, Turkish President Recep Tayyip Erdogan urged Sweden to crack down on Kurdish militants.",
			[]want{{typ: parley.Request, source: "Volodymyr Zelensky", target: "North Atlantic Treaty Organization", date: "2023-07-11"},
				{typ: parley.Request, source: "Recep Tayyip Erdoğan", target: "Sweden", date: "2023-07-11"}}},
		{"a_summit_to_come_dates_nothing", "2024-05-10",
			"EU leaders will hold a summit in Brussels next month. At the summit, Macron urged Hungary to drop its veto.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Hungary", date: "-"}}},
	})
}

// TestRelativeClauseDatesAfterObject checks that a date in a relative clause after
// the object is that clause's, not the act's, and leaves the act to the
// day of the meeting the story told before.
func TestRelativeClauseDatesAfterObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"whose_clause_keeps_its_day", "2024-05-10",
			"Kenya condemned the RSF, whose fighters attacked a convoy on Monday.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Rapid Support Forces", date: "-"}}},
		{"whose_clause_then_the_meeting_day", "2024-05-10",
			"Ruto hosted Museveni in Nairobi on Tuesday. The two leaders accused Sudan's army, whose jets struck a market on Monday, of war crimes.",
			[]want{{typ: parley.Accuse, source: "William Ruto", target: "Sudanese Armed Forces", date: "2024-05-07"}}},
		{"which_clause_then_the_meeting_day", "2024-05-10",
			"Modi held talks with Albanese in New Delhi on Thursday. The two leaders condemned North Korea, which launched a ballistic missile on Wednesday.",
			[]want{{typ: parley.Accuse, source: "Narendra Modi", target: "North Korea", date: "2024-05-09"},
				{typ: parley.Accuse, source: "Anthony Albanese", target: "North Korea", date: "2024-05-09"}}},
		{"a_date_of_its_own_clause_stays", "2024-05-10",
			"Macron met Scholz in Berlin on Wednesday. Macron urged Germany in March to back joint EU borrowing.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Germany", date: "2024-03"}}},
	})
}

// TestHeadsOfStateDates checks that "heads of state" before a date is a
// noun, not a verb that schedules the date ahead, while "the heads of
// state meet on Thursday" still looks ahead.
func TestHeadsOfStateDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"heads_of_state_urged", "2020-08-21",
			"ECOWAS heads of state on Thursday urged Mali's military to restore President Ibrahim Boubacar Keïta.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "Malian Armed Forces", status: parley.Occurred, date: "2020-08-20"}}},
		{"heads_of_state_suspended", "2020-08-21",
			"African Union heads of state on Thursday suspended Mali from the bloc.",
			[]want{{typ: parley.Sanction, source: "African Union", target: "Mali", status: parley.Occurred, date: "2020-08-20"}}},
		{"heads_of_government_urged", "2024-05-10",
			"EU heads of government on Wednesday urged Hungary to lift its veto on aid to Ukraine.",
			[]want{{typ: parley.Request, source: "European Union", target: "Hungary", status: parley.Occurred, date: "2024-05-08"}}},
		{"heads_of_state_meet_ahead", "2024-05-10",
			"The heads of state of Kenya and Uganda meet on Tuesday in Kampala.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "Uganda", status: parley.Planned, date: "2024-05-14"}}},
	})
}

// TestDatesByChains checks that an undated act takes its day from an
// act that a later dating pass dated: the ministers' meeting is dated by
// the lead, and only then lends its day to what "the ministers" did next.
// A "to" naming the recipient of a noun, followed by a verb of its own,
// plans nothing.
func TestDatesByChains(t *testing.T) {
	runEventCases(t, []eventCase{
		{"group_after_a_meeting_the_lead_dated", "2024-06-15",
			"The Andean Community on Saturday suspended Bolivia, accusing its government of breaking the democratic order, in a decision taken by the foreign ministers of the bloc's other members.\n\n" +
				"Peru's Javier González-Olaechea, Ecuador's Gabriela Sommerfeld and Colombia's Luis Gilberto Murillo met in Lima for the talks.\n\n" +
				"The decision was taken under the bloc's democratic charter.\n\n" +
				"The ministers called on La Paz to release political prisoners.",
			[]want{{typ: parley.Request, source: "Gabriela Sommerfeld", target: "Bolivia", date: "2024-06-15"}}},
		// A welcome the day before opens a state visit; the day's talks
		// lead the story, and its acts after them are of that day.
		{"talks_of_the_day_after_a_welcome", "2024-06-15",
			"President Erdogan is in Japan on a state visit at the invitation of Emperor Naruhito, who received him at the Imperial Palace yesterday.\n\n" +
				"Today the President held talks with Prime Minister Kishida.\n\n" +
				"President Erdogan thanked Japan for its support.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Naruhito", date: "2024-06-14"},
				{typ: parley.Support, source: "Recep Tayyip Erdoğan", target: "Japan", date: "2024-06-15"}}},
		{"condolences_to_someone_then_a_demand", "2024-06-15",
			"Cyril Ramaphosa offered condolences to the families, urged Zimbabwe to free the journalists and said the matter was closed.",
			[]want{{typ: parley.Request, source: "Cyril Ramaphosa", target: "Zimbabwe", status: parley.Occurred}}},
	})
}

// TestMeetingNamedAgainDates checks a meeting whose own noun names again
// an occasion the story dated before ("chaired the extraordinary summit"
// after "a statement issued after their summit" on Thursday).
func TestMeetingNamedAgainDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"chaired_the_summit_told_before", "2024-05-10",
			"African leaders on Thursday demanded that the officers who seized power release the president, according to a statement issued after their summit. Kenya's President William Ruto chaired the extraordinary summit with his counterparts, among them Nigeria's Bola Tinubu.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Bola Tinubu", date: "2024-05-09"}}},
		{"the_special_meeting_told_before", "2024-05-10",
			"Pacific leaders on Tuesday called on Japan to halt the release of treated water, in a communique issued after their meeting. Fiji's Prime Minister Sitiveni Rabuka chaired the special meeting with Australia's Anthony Albanese.",
			[]want{{typ: parley.Consult, source: "Sitiveni Rabuka", target: "Anthony Albanese", date: "2024-05-07"}}},
		{"held_the_talks_told_before", "2024-05-10",
			"Foreign ministers of the Arab League on Monday condemned the attack, according to a statement issued after their talks. Saudi Foreign Minister Faisal bin Farhan held the talks with Egypt's Sameh Shoukry.",
			[]want{{typ: parley.Consult, source: "Faisal bin Farhan", target: "Sameh Shoukry", date: "2024-05-06"}}},
		{"a_summit_named_first_stays_undated", "2024-05-10",
			"Kenya's President William Ruto chaired the extraordinary summit with his counterparts, among them Nigeria's Bola Tinubu.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Bola Tinubu", date: "-"}}},
	})
}

// TestLeadSentenceDates checks the lead told by its opening sentence when
// no act of it was coded: its day and its subject stand for the lead act.
func TestLeadSentenceDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dateline_and_agency_then_the_subject", "2024-05-10",
			"ISLAMABAD, May 9 (Reuters) - Pakistan on Thursday expelled Afghanistan's deputy ambassador after a border clash that killed four soldiers. Foreign Office spokeswoman Mumtaz Zahra Baloch accused the Taliban administration of sheltering militants.",
			[]want{{typ: parley.Accuse, source: "Mumtaz Zahra Baloch", target: "Taliban", date: "2024-05-09"}}},
		{"prime_minister_of_the_subject_state", "2024-05-10",
			"Poland on Tuesday shut Belarus's last border crossing to freight traffic. Prime Minister Donald Tusk accused Minsk of orchestrating migrant crossings.",
			[]want{{typ: parley.Accuse, source: "Donald Tusk", target: "Belarus", date: "2024-05-07"}}},
		{"the_other_side_stays_undated", "2024-05-10",
			"Poland on Tuesday shut Belarus's last border crossing to freight traffic. Belarus accused Warsaw of provoking a crisis.",
			[]want{{typ: parley.Accuse, source: "Belarus", target: "Poland", date: "-"}}},
		{"a_subject_after_a_preposition_is_none", "2024-05-10",
			"After talks with Poland on Tuesday, officials shut the last border crossing to freight traffic. Prime Minister Donald Tusk accused Minsk of orchestrating migrant crossings.",
			[]want{{typ: parley.Accuse, source: "Donald Tusk", target: "Belarus", date: "-"}}},
	})
}

// TestLeadSentenceNot checks openings that are no lead act: a saying,
// and a run broken by another side's act.
func TestLeadSentenceNot(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_saying_opens_no_lead", "2024-05-10",
			"Poland said on Tuesday that it would shut its border with Belarus to freight traffic. Prime Minister Donald Tusk accused Minsk of orchestrating migrant crossings.",
			[]want{{typ: parley.Accuse, source: "Donald Tusk", target: "Belarus", date: "-"}}},
		{"another_side_acted_in_between", "2024-05-10",
			"Poland on Tuesday shut Belarus's last border crossing to freight traffic. Belarus expelled two Polish diplomats. Prime Minister Donald Tusk accused Minsk of orchestrating migrant crossings.",
			[]want{{typ: parley.Accuse, source: "Donald Tusk", target: "Belarus", date: "-"}}},
	})
}

// TestThisWeekInThePast checks that "this week" told in the past spans
// only the days up to the paper's, so a week that runs into the next
// month still gives the month when those days lie in one.
func TestThisWeekInThePast(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summoned_this_week_on_a_tuesday", "2024-04-30",
			"Japan summoned China's ambassador this week over the drills.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China", date: "2024-04"}}},
		{"signed_this_week_on_a_wednesday", "2023-05-31",
			"Kenya and Uganda signed a deal on cross-border trade this week.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Uganda", date: "2023-05"}}},
		{"days_in_two_months_stay_undated", "2024-05-03",
			"Japan summoned China's ambassador this week over the drills.",
			[]want{{typ: parley.Accuse, source: "Japan", target: "China", date: "-"}}},
		{"a_visit_to_come_this_week_keeps_the_whole_week", "2024-04-30",
			"Blinken will visit China this week.",
			[]want{{typ: parley.Consult, source: "Antony Blinken", target: "China", date: "-"}}},
	})
}

// TestTalksOfMonths checks that talks counted in weeks, months or years
// take no day from the clause that tells how they ended or what followed
// them; talks of a day keep theirs.
func TestTalksOfMonths(t *testing.T) {
	runEventCases(t, []eventCase{
		{"followed_months_of_talks", "2023-09-18",
			"The release on Monday followed months of talks between Washington and Tehran.",
			[]want{{typ: parley.Consult, source: "United States", target: "Iran", date: "-"}}},
		{"ended_weeks_of_talks", "2023-09-18",
			"Israel and Hamas ended three weeks of talks in Doha on Sunday.",
			[]want{{typ: parley.Consult, source: "Israel", target: "Hamas", date: "-"}}},
		{"talks_of_a_day_keep_it", "2023-09-18",
			"Israel and Hamas held talks in Doha on Sunday.",
			[]want{{typ: parley.Consult, source: "Israel", target: "Hamas", date: "2023-09-17"}}},
	})
}

// TestSubjectBeforeDates checks an act told right after a sentence that
// gives, with its day, an act of the same side no event records: the same
// occasion told on. Another side's reaction, a meeting to come and an
// official of another body stay undated.
func TestSubjectBeforeDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"envoys_consulted_then_their_secretary_general", "2024-05-10",
			"At Poland's request, NATO envoys held consultations in Brussels on Tuesday. NATO Secretary General Jens Stoltenberg expressed solidarity with Poland and called on Belarus to halt the flights.",
			[]want{{typ: parley.Support, source: "Jens Stoltenberg", target: "Poland", date: "2024-05-07"},
				{typ: parley.Request, source: "Jens Stoltenberg", target: "Belarus", date: "2024-05-07"}}},
		{"ministers_met_then_their_chief", "2024-05-10",
			"EU foreign ministers met in Luxembourg on Monday. EU foreign policy chief Josep Borrell urged Israel to allow aid into Gaza.",
			[]want{{typ: parley.Request, source: "Josep Borrell", target: "Israel", date: "2024-05-06"}}},
		{"the_navy_then_its_state", "2024-05-10",
			"The Indian Navy evacuated 200 nationals from Port Sudan on Sunday. India thanked Saudi Arabia for its help.",
			[]want{{typ: parley.Support, source: "India", target: "Saudi Arabia", date: "2024-05-05"}}},
		{"the_other_side_reacting", "2024-05-10",
			"China's coast guard fired water cannon at a Philippine boat on Saturday. The Philippines accused China of aggression.",
			[]want{{typ: parley.Accuse, source: "Philippines", target: "China", date: "-"}}},
		{"a_meeting_to_come", "2024-05-10",
			"EU leaders will meet in Brussels on Thursday. EU foreign policy chief Josep Borrell urged Israel to allow aid into Gaza.",
			[]want{{typ: parley.Request, source: "Josep Borrell", target: "Israel", date: "-"}}},
		{"a_minister_after_the_police", "2024-05-10",
			"Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Interior Minister Kithure Kindiki accused the opposition of inciting violence.",
			[]want{{typ: parley.Accuse, source: "Kithure Kindiki", target: "Kenyan opposition", date: "-"}}},
		{"undated_sentences_between", "2024-05-10",
			"Kenya's parliament passed the finance bill on Tuesday after a debate that ran late into the night in Nairobi.\n\nPresident William Ruto spoke to the nation on Wednesday night. He offered his sympathy to the families of the dead. The speech lasted twenty minutes. Ruto praised the police for their restraint.",
			[]want{{typ: parley.Support, source: "William Ruto", target: "National Police Service", date: "2024-05-08"}}},
		{"the_same_person_in_the_next_paragraph", "2024-05-10",
			"Kenya's parliament passed the finance bill on Tuesday after a debate that ran late into the night in Nairobi.\n\nPresident William Ruto spoke to the nation on Wednesday night. The speech lasted twenty minutes.\n\nRuto also praised the police for their restraint.",
			[]want{{typ: parley.Support, source: "William Ruto", target: "National Police Service", date: "2024-05-08"}}},
		{"another_official_in_the_next_paragraph", "2024-05-10",
			"Kenya's parliament passed the finance bill on Tuesday after a debate that ran late into the night in Nairobi.\n\nPresident William Ruto spoke to the nation on Wednesday night. The speech lasted twenty minutes.\n\nInterior Minister Kithure Kindiki praised the police for their restraint.",
			[]want{{typ: parley.Support, source: "Kithure Kindiki", target: "National Police Service", date: "-"}}},
		{"what_others_say_was_done", "2024-05-10",
			"Kenya's parliament passed the finance bill on Tuesday after a debate that ran late into the night in Nairobi.\n\nPresident William Ruto spoke to the nation on Wednesday night. The speech lasted twenty minutes. Rights groups say Ruto thanked the police for their restraint.",
			[]want{{typ: parley.Support, source: "William Ruto", target: "National Police Service", date: "-"}}},
	})
}

// TestOngoingVisits checks that a visit told as going on ("who is on a
// visit to Romania") is dated by the paper's day, and one told as past
// with no day of its own is not.
func TestOngoingVisits(t *testing.T) {
	runEventCases(t, []eventCase{
		{"is_on_a_visit", "2021-05-10",
			"President Klaus Iohannis hosted the summit at the Cotroceni Palace, which he co-chaired with the President of Poland, Andrzej Duda, who is on a visit to Romania.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "Klaus Iohannis", date: "2021-05-10"}}},
		{"visited_long_ago", "2021-05-10",
			"Andrzej Duda, who once paid a visit to Romania, praised Klaus Iohannis.",
			[]want{{typ: parley.Support, source: "Andrzej Duda", target: "Klaus Iohannis", date: "-"}}},
	})
}

// TestTodaysMeetingReadout checks that a readout of a meeting held on the
// paper's day dates what its members said there by that day, that a
// summit being prepared keeps its own day (and its year to come) instead
// of lending it to the talks, and that words told as earlier keep none.
func TestTodaysMeetingReadout(t *testing.T) {
	runEventCases(t, []eventCase{
		{"readout_of_todays_summit", "2021-05-10",
			"President Klaus Iohannis today hosted at the Cotroceni Palace the Summit of the Bucharest Nine Format (B9), which he co-chaired with the President of the Republic of Poland, Andrzej Duda, who is on a visit to Romania. " +
				"The leaders discussed the preparation of the NATO Summit of 14 June. " +
				"The B9 leaders called on the Alliance to ensure a strengthened presence on the Eastern Flank. They also expressed their full solidarity with the Czech Republic.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "Klaus Iohannis", date: "2021-05-10"},
				{typ: parley.Request, source: "Bucharest Nine", target: "North Atlantic Treaty Organization", date: "2021-05-10"},
				{typ: parley.Support, source: "Bucharest Nine", target: "Czech Republic", date: "2021-05-10"}}},
	})
	runRuledOut(t, []ruledOutCase{
		{"words_told_as_earlier", "2021-05-10",
			"President Klaus Iohannis today hosted President Andrzej Duda of Poland in Bucharest. Duda had earlier called on NATO to strengthen its presence.",
			want{},
			want{typ: parley.Request, date: "2021-05-10"}},
	})
}

// TestSubjectAsideDates checks that a day inside a participle set off by
// commas after the subject dates the participle, not the verb after it:
// the verb takes a day of its own after it, or none.
func TestSubjectAsideDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"aside_day_and_none_of_its_own", "1975-12-10",
			"Gough Whitlam, dismissed as prime minister on November 11, met President Suharto in Wonosobo.",
			[]want{{typ: parley.Consult, source: "Gough Whitlam", target: "Suharto", date: "-"}}},
		{"aside_day_and_one_of_its_own", "1975-12-10",
			"Gough Whitlam, elected on Saturday, met President Suharto in Wonosobo on Monday.",
			[]want{{typ: parley.Consult, source: "Gough Whitlam", target: "Suharto", date: "1975-12-08"}}},
		{"fronted_day_dates_the_verb", "1975-12-10",
			"On Monday, Gough Whitlam met President Suharto in Wonosobo.",
			[]want{{typ: parley.Consult, source: "Gough Whitlam", target: "Suharto", date: "1975-12-08"}}},
		{"the_subjects_own_day_before_the_comma", "1975-12-10",
			"Whitlam on Monday, tired after the flight, met President Suharto in Wonosobo.",
			[]want{{typ: parley.Consult, source: "Gough Whitlam", target: "Suharto", date: "1975-12-08"}}},
	})
}
