package event_test

import (
	"testing"

	"parley"
)

// TestMeetingsInAdjuncts checks meetings named in a phrase that hangs on
// another clause: the clause's subject is the one who met.
func TestMeetingsInAdjuncts(t *testing.T) {
	tests := []eventCase{
		// A participle opening the sentence has the main clause's subject,
		// however long its phrase, and its words are not the main clause's
		// ("called the move …" is no phone call).
		{"speaking_before_talks_opens_the_sentence", "2023-04-12",
			"Speaking on Monday before talks with Indian Prime Minister Narendra Modi in the coastal city of Chennai, Chinese President Xi Jinping called the border calm.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Narendra Modi", date: "2023-04-10"}}},
		{"addressing_reporters_after_a_meeting", "2023-04-12",
			"Addressing reporters after his meeting with Japanese Prime Minister Fumio Kishida, South Korean President Yoon Suk Yeol said ties were improving.",
			[]want{{typ: parley.Consult, source: "Yoon Suk Yeol", target: "Fumio Kishida"}}},
		// The subject after the phrase is the person a body's title names.
		{"speaking_after_talks_subject_under_a_body_title", "2023-04-12",
			"Speaking in Brussels after talks with Ukrainian President Volodymyr Zelensky, European Commission President Ursula von der Leyen said aid would continue.",
			[]want{{typ: parley.Consult, source: "Ursula von der Leyen", target: "Volodymyr Zelensky"}}},
	}
	runEventCases(t, tests)
	runNotCases(t, []notCase{
		{"called_after_a_fronted_meeting_is_no_phone_call", "2023-04-12",
			"Speaking on Monday before talks with Indian Prime Minister Narendra Modi in the coastal city of Chennai, Chinese President Xi Jinping called the border calm.",
			want{typ: parley.Consult, source: "Xi Jinping", target: "Narendra Modi", medium: parley.Phone}},
		// Talks a participle is about, or calls for, are no talks held.
		{"commenting_on_talks_is_no_meeting", "2023-04-12",
			"Commenting on the talks with Iran, German Chancellor Olaf Scholz said Europe would wait.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Iran"}},
		{"calling_for_talks_is_no_meeting", "2023-04-12",
			"Calling for talks with Russia, Ukrainian President Volodymyr Zelensky said a ceasefire was needed.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Russia"}},
		// "press" before "conference" is a noun, no pressing.
		{"joint_press_conference_is_no_pressing", "2023-04-12",
			"Speaking at the joint press conference, Turkish President Recep Tayyip Erdogan said Turkey would respond.",
			want{typ: parley.Request}},
	})
}

// TestJointNewsConference checks a joint news conference as a meeting of
// those who held it.
func TestJointNewsConference(t *testing.T) {
	runEventCases(t, []eventCase{
		{"speaking_at_a_joint_news_conference_with", "2019-05-10",
			"Canadian Prime Minister Justin Trudeau, speaking at a joint news conference with Mexican President Andres Manuel Lopez Obrador on Monday, said tariffs must go.",
			[]want{{typ: parley.Consult, source: "Justin Trudeau", target: "Andrés Manuel López Obrador", date: "2019-05-06", medium: parley.InPerson}}},
		{"fronted_joint_press_conference_of_two", "2019-05-10",
			"At a joint press conference in Lisbon on Tuesday, Pedro Sanchez and Antonio Costa said the border would reopen.",
			[]want{{typ: parley.Consult, source: "Pedro Sánchez", target: "António Costa", date: "2019-05-07"}}},
		// The participle opening the sentence: its subject after the comma.
		{"speaking_at_a_joint_news_conference_fronted", "2023-05-10",
			"Speaking at a joint news conference with Xi in Beijing on Monday, Putin said the ties were strong.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2023-05-08"}}},
		// A news conference "with" a leader named is theirs together.
		{"a_news_conference_with_a_leader", "2023-05-10",
			"At a news conference with Xi in Beijing on Monday, Putin said the ties were strong.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2023-05-08"}}},
	})
	runNotCases(t, []notCase{
		{"a_news_conference_with_reporters_named_so", "2019-05-10",
			"At a news conference with reporters on Tuesday, Sanchez said the border would reopen.",
			want{typ: parley.Consult}},
		// A news conference of one is no meeting.
		{"a_news_conference_alone", "2019-05-10",
			"Merkel told a news conference in Berlin on Tuesday that Macron would visit soon.",
			want{typ: parley.Consult, source: "Angela Merkel", target: "Emmanuel Macron", date: "2019-05-07"}},
		{"a_news_conference_with_reporters", "2019-05-10",
			"At a news conference on Tuesday, Sanchez and Costa's spokesman answered questions.",
			want{typ: parley.Consult}},
	})
}

// TestTitledNameInAList checks a list of subjects whose second name
// carries a title word the knowledge base does not hold: "and Commission
// President Ursula von der Leyen".
func TestTitledNameInAList(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two_held_talks_second_with_a_title_word", "2023-06-14",
			"Prime Minister Mark Rutte and Commission President Ursula von der Leyen held talks with Tunisian President Kais Saied in Tunis on Sunday.",
			[]want{{typ: parley.Consult, source: "Mark Rutte", target: "Kais Saied", date: "2023-06-11"},
				{typ: parley.Consult, source: "Ursula von der Leyen", target: "Kais Saied", date: "2023-06-11"}}},
		{"two_visited_second_with_a_title_word", "2023-06-14",
			"Italian Prime Minister Giorgia Meloni and Commission President Ursula von der Leyen visited Tunis on Sunday.",
			[]want{{typ: parley.Consult, source: "Giorgia Meloni", target: "Tunisia"}, {typ: parley.Consult, source: "Ursula von der Leyen", target: "Tunisia"}}},
		// A title of two offices joined by "and".
		{"second_name_with_two_offices", "2022-11-25",
			"Kishida and Deputy Prime Minister and Finance Minister Taro Aso met Biden on Monday.",
			[]want{{typ: parley.Consult, source: "Fumio Kishida", target: "Joe Biden", date: "2022-11-21"}, {typ: parley.Consult, source: "Tarō Asō", target: "Joe Biden"}}},
		// A state's office holder named in apposition is the one in the list.
		{"between_a_name_and_a_states_minister_named", "2008-10-10",
			"The row began with a telephone call between Alistair Darling and Iceland's finance minister, Árni Mathiesen.",
			[]want{{typ: parley.Consult, source: "Alistair Darling", target: "Árni Mathiesen", medium: parley.Phone}}},
	})
	runNotCases(t, []notCase{
		{"between_a_name_and_a_states_minister_is_not_the_state", "2008-10-10",
			"The row began with a telephone call between Alistair Darling and Iceland's finance minister, Árni Mathiesen.",
			want{typ: parley.Consult, target: "Iceland"}},
		// The object of a verb before "and" is no subject after it.
		{"two_offices_are_no_two_people", "2022-11-25",
			"Kishida and Deputy Prime Minister and Finance Minister Taro Aso met Biden on Monday.",
			want{typ: parley.Consult, source: "Fumio Kishida", target: "Tarō Asō"}},
		{"object_before_and_joins_no_titled_subject", "2023-06-14",
			"Macron met Scholz on Monday and Commission President Ursula von der Leyen held talks with Wang Yi.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Wang Yi"}},
	})
}

// TestTalksWithAPronoun checks "talks with him": the person the story was
// about, not the one who went for the talks.
func TestTalksWithAPronoun(t *testing.T) {
	runEventCases(t, []eventCase{
		{"delegation_visited_for_talks_with_him", "2019-05-10",
			"Sudanese leader Omar al-Bashir refused to step down. A delegation of African leaders led by Ghanaian President Nana Akufo-Addo visited Khartoum on April 13 for talks with him that produced no agreement.",
			[]want{{typ: parley.Consult, source: "Nana Akufo-Addo", target: "Omar al-Bashir", date: "2019-04-13"}}},
		{"flew_for_talks_with_her", "2019-05-10",
			"Theresa May refused to budge. Angela Merkel flew to London on Monday for talks with her.",
			[]want{{typ: parley.Consult, source: "Angela Merkel", target: "Theresa May", date: "2019-05-06"}}},
	})
	runNotCases(t, []notCase{
		// The visit's host is the one talked with, not the host state too.
		{"talks_with_him_leave_no_visit_to_the_state", "2019-05-10",
			"Sudanese leader Omar al-Bashir refused to step down. A delegation of African leaders led by Ghanaian President Nana Akufo-Addo visited Khartoum on April 13 for talks with him that produced no agreement.",
			want{typ: parley.Consult, source: "Nana Akufo-Addo", target: "Sudan"}},
		// "her" before a noun is a possessor.
		{"talks_with_her_own_ministers", "2019-05-10",
			"Theresa May spoke in Parliament. Angela Merkel later held talks with her own ministers.",
			want{typ: parley.Consult, source: "Angela Merkel", target: "Theresa May"}},
	})
}

// TestToldInACall checks "told X in a telephone call on DATE that …": the
// call is with the one told, and what was told is still a statement. "May"
// after a full mention of Theresa May is her, where no month is meant.
func TestToldInACall(t *testing.T) {
	runEventCases(t, []eventCase{
		{"told_may_in_a_telephone_call", "2018-03-26",
			"British Prime Minister Theresa May arrived in Brussels. German Chancellor Angela Merkel told May in a telephone call on Tuesday that Britain must decide.",
			[]want{{typ: parley.Consult, source: "Angela Merkel", target: "Theresa May", date: "2018-03-20", medium: parley.Phone},
				{typ: parley.Request, source: "Angela Merkel", target: "United Kingdom"}}},
		{"told_in_a_phone_call_that", "2024-05-10",
			"Macron told Scholz in a phone call on Monday that Russia must withdraw.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"the_month_after_theresa_may_is_no_person", "2018-03-26",
			"British Prime Minister Theresa May arrived in Brussels. Merkel met Macron on May 5.",
			want{typ: parley.Consult, source: "Angela Merkel", target: "Theresa May"}},
		{"in_may_after_theresa_may_is_no_person", "2018-03-26",
			"British Prime Minister Theresa May arrived in Brussels. Merkel will meet Macron in May.",
			want{typ: parley.Consult, source: "Emmanuel Macron", target: "Theresa May"}},
	})
}

// TestBriefAndContact checks two verbs of meeting: briefing a person and
// making contact with someone.
func TestBriefAndContact(t *testing.T) {
	runEventCases(t, []eventCase{
		{"briefed_a_president", "2018-03-26",
			"South African President Cyril Ramaphosa briefed Kenyan President Uhuru Kenyatta on Monday.",
			[]want{{typ: parley.Consult, source: "Cyril Ramaphosa", target: "Uhuru Kenyatta", date: "2018-03-26"}}},
		{"will_brief_a_president", "2018-03-26",
			"Ramaphosa and Kenyatta will then brief President Paul Kagame on the decisions.",
			[]want{{typ: parley.Consult, source: "Cyril Ramaphosa", target: "Paul Kagame", status: parley.Planned},
				{typ: parley.Consult, source: "Uhuru Kenyatta", target: "Paul Kagame", status: parley.Planned}}},
		{"made_contact_with", "2018-03-26",
			"Ramaphosa made contact with Kagame on Monday.",
			[]want{{typ: parley.Consult, source: "Cyril Ramaphosa", target: "Paul Kagame", date: "2018-03-26"}}},
		{"briefed_reporters_is_no_meeting", "2018-03-26",
			"The spokesman briefed reporters in Pretoria on Monday.", nil},
	})
	runNotCases(t, []notCase{
		{"contact_avoided_is_none", "2018-03-26",
			"Ramaphosa avoided contact with Kagame during the summit.",
			want{typ: parley.Consult}},
		{"contact_lost_is_none", "2018-03-26",
			"Ramaphosa said Pretoria had lost contact with the Kenyan government.",
			want{typ: parley.Consult}},
		// (a body briefed after "the" is left alone: its leader is named after it)
		{"brief_the_junta_leader_is_not_the_junta", "2021-09-17",
			"Akufo-Addo is expected in Conakry today to brief the junta leader, Lieutenant Colonel Mamady Doumbouya, on the decisions.",
			want{typ: parley.Consult, source: "Nana Akufo-Addo", target: "Armed Forces of Guinea"}},
	})
}

// TestListOfTitledLeaders checks a list of leaders each named with a title
// ending in "of" and a state ("Prime Minister of Estonia Kaja Kallas"),
// meeting at the invitation of a body's officer named after it.
func TestListOfTitledLeaders(t *testing.T) {
	runEventCases(t, []eventCase{
		{"titled_list_met_at_the_invitation_of", "2023-07-12",
			"President of the Republic of Poland Andrzej Duda and Prime Minister of Estonia Kaja Kallas met in Vilnius on Tuesday at the invitation of NATO Secretary General Jens Stoltenberg.",
			[]want{{typ: parley.Consult, source: "Andrzej Duda", target: "Kaja Kallas", date: "2023-07-11"},
				{typ: parley.Consult, source: "Andrzej Duda", target: "Jens Stoltenberg", date: "2023-07-11"},
				{typ: parley.Consult, source: "Kaja Kallas", target: "Jens Stoltenberg", date: "2023-07-11"}}},
	})
	runNotCases(t, []notCase{
		// The body alone invited; its officer is named in another clause.
		{"invitation_of_a_body_not_of_its_officer", "2023-07-12",
			"Polish President Andrzej Duda and Estonian Prime Minister Kaja Kallas met in Vilnius at the invitation of NATO on Tuesday, and Secretary General Jens Stoltenberg spoke later.",
			want{typ: parley.Consult, source: "Andrzej Duda", target: "Jens Stoltenberg"}},
	})
}

// TestNamesRestatingHeads checks "the foreign ministers of the two
// countries, A and B": the names restate the heads, and the states are no
// parties beside them.
func TestNamesRestatingHeads(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ministers_of_the_two_countries_named", "2016-06-29",
			"Vladimir Putin had a telephone conversation with Erdogan. The foreign ministers of the two countries, Sergei Lavrov and Mevlut Cavusoglu, will hold talks in Sochi on July 1.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Mevlüt Çavuşoğlu", status: parley.Planned, date: "2016-07-01"}}},
		// A list of states after "the leaders of" is the list itself.
		{"leaders_of_three_states", "2016-06-29",
			"The leaders of France, Germany and Italy met in Rome on Monday.",
			[]want{{typ: parley.Consult, source: "France", target: "Germany"}, {typ: parley.Consult, source: "France", target: "Italy"},
				{typ: parley.Consult, source: "Germany", target: "Italy"}}},
	})
	runNotCases(t, []notCase{
		{"the_two_countries_are_no_party_beside_their_ministers", "2016-06-29",
			"Vladimir Putin had a telephone conversation with Erdogan. The foreign ministers of the two countries, Sergei Lavrov and Mevlut Cavusoglu, will hold talks in Sochi on July 1.",
			want{typ: parley.Consult, source: "Russia", target: "Mevlüt Çavuşoğlu"}},
	})
}

// TestEnvoysOfABody checks envoys standing for whom they come from:
// "ambassadors from the African Union", "Sudanese envoys".
func TestEnvoysOfABody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ambassadors_from_a_body_meet_envoys_of_a_state", "2016-07-09",
			"Ambassadors from the African Union will meet Sudanese envoys in Addis Ababa on Friday.",
			[]want{{typ: parley.Consult, source: "African Union", target: "Sudan", status: parley.Planned, date: "2016-07-15"}}},
		{"officials_from_a_state", "2016-07-09",
			"Officials from India met Chinese diplomats on Monday.",
			[]want{{typ: parley.Consult, source: "India", target: "China", date: "2016-07-04"}}},
		{"envoys_of_no_one_named", "2016-07-09",
			"Ambassadors from several countries met in Geneva on Monday.", nil},
	})
	runNotCases(t, []notCase{
		// People of a state who are no officials do not stand for it.
		{"students_from_a_state_are_not_the_state", "2016-07-09",
			"Students from Kenya met Ugandan officials on Monday.",
			want{typ: parley.Consult, source: "Kenya", target: "Uganda"}},
	})
}

// TestMediatedTalks checks talks between two sides "mediated by" a third:
// the mediator talked with each side.
func TestMediatedTalks(t *testing.T) {
	runEventCases(t, []eventCase{
		{"negotiations_between_two_mediated_by_a_third", "2022-07-25",
			"The grain deal follows months of indirect negotiations between Russia and Ukraine, mediated by Turkey.",
			[]want{{typ: parley.Consult, source: "Russia", target: "Ukraine"}, {typ: parley.Consult, source: "Turkey", target: "Russia"},
				{typ: parley.Consult, source: "Turkey", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		// Fellow mediators do not talk with each other for it.
		{"two_mediators_are_no_pair", "2022-07-25",
			"The talks between Russia and Ukraine were mediated by Turkey and the United Nations.",
			want{typ: parley.Consult, source: "Turkey", target: "United Nations"}},
		// A truce mediated is no meeting of the mediator.
		{"a_truce_mediated_is_no_meeting", "2022-07-25",
			"A ceasefire mediated by Qatar took effect between Israel and Hamas.",
			want{typ: parley.Consult}},
	})
}

// TestCounterpartsAmongThem checks a group met whose members are named
// after "among them" or "including".
func TestCounterpartsAmongThem(t *testing.T) {
	runEventCases(t, []eventCase{
		{"summit_with_counterparts_among_them", "2020-08-21",
			"Ghana's President Nana Akufo-Addo chaired the summit by videoconference with his counterparts, among them Senegal's Macky Sall, Nigeria's Muhammadu Buhari and Togo's Faure Gnassingbe.",
			[]want{{typ: parley.Consult, source: "Nana Akufo-Addo", target: "Macky Sall", medium: parley.Virtual},
				{typ: parley.Consult, source: "Nana Akufo-Addo", target: "Muhammadu Buhari"}, {typ: parley.Consult, source: "Nana Akufo-Addo", target: "Faure Gnassingbé"}}},
		{"talks_with_counterparts_among_them", "2023-06-16",
			"Ugandan President Yoweri Museveni held talks by video with his counterparts, among them Kenya's William Ruto and Tanzania's Samia Suluhu Hassan, on Thursday.",
			[]want{{typ: parley.Consult, source: "Yoweri Museveni", target: "William Ruto", date: "2023-06-15"},
				{typ: parley.Consult, source: "Yoweri Museveni", target: "Samia Suluhu Hassan", date: "2023-06-15"}}},
	})
	runNotCases(t, []notCase{
		// "including" after a topic names no one met.
		{"including_after_a_topic", "2023-06-16",
			"Akufo-Addo held talks with Macky Sall on several issues, including trade with Nigeria.",
			want{typ: parley.Consult, source: "Nana Akufo-Addo", target: "Nigeria"}},
	})
}

// TestPartOfTheDelegation checks one told to have been part of a
// delegation whose meeting the sentence before told: they met the same
// host.
func TestPartOfTheDelegation(t *testing.T) {
	runEventCases(t, []eventCase{
		{"also_part_of_the_delegation", "2019-05-10",
			"Sudanese leader Omar al-Bashir refused to step down. A delegation of African leaders led by Ghanaian President Nana Akufo-Addo visited Khartoum on April 13 for talks with him. Senegal's President Macky Sall was also part of the delegation.",
			[]want{{typ: parley.Consult, source: "Macky Sall", target: "Omar al-Bashir", date: "2019-04-13"}}},
	})
	runNotCases(t, []notCase{
		{"not_part_of_the_delegation", "2019-05-10",
			"Sudanese leader Omar al-Bashir refused to step down. A delegation of African leaders led by Ghanaian President Nana Akufo-Addo visited Khartoum on April 13 for talks with him. Senegal's President Macky Sall was not part of the delegation.",
			want{typ: parley.Consult, source: "Macky Sall"}},
		// A meeting told before that was no delegation's is not joined.
		{"part_of_a_delegation_after_another_meeting", "2019-05-10",
			"Akufo-Addo met Bashir in Khartoum on April 13. Macky Sall was part of the delegation that flew to Addis Ababa.",
			want{typ: parley.Consult, source: "Macky Sall", target: "Omar al-Bashir"}},
	})
}
