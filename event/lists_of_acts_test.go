package event_test

import (
	"testing"

	"parley"
)

// TestPairsAndListsOfActs checks the second party of a pair named with
// its office in apposition, acts listed with commas under one subject, a
// plan's time shared by its two predicates, and a request's act asked for
// after the day of the asking.
func TestPairsAndListsOfActs(t *testing.T) {
	runEventCases(t, []eventCase{
		// "between" waits for its second party past the first one's
		// apposition, even when a verb follows it.
		{"between_an_apposed_holder_and_a_state_with_a_verb_after", "2024-06-15",
			"Talks between Russia's foreign minister, Sergei Lavrov, and the United States ended on Friday.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "United States", date: "2024-06-14"}}},
		{"between_two_holders_each_named_after_their_state", "2024-06-15",
			"Talks between Russia's top diplomat, Sergei Lavrov, and France's Laurent Fabius ended on Friday.",
			[]want{{typ: parley.Consult, source: "Sergey Lavrov", target: "Laurent Fabius", date: "2024-06-14"}}},
		{"a_call_between_two_apposed_holders", "2007-04-05",
			"Officials pointed to a telephone conversation on Tuesday between Iran's chief negotiator, Ali Larijani, and Britain's foreign secretary, Margaret Beckett.",
			[]want{{typ: parley.Consult, source: "Ali Larijani", target: "Margaret Beckett", date: "2007-04-03", medium: parley.Phone}}},
		{"a_call_between_an_office_with_its_holder_and_an_apposed_holder", "2008-10-09",
			"The dispute began with a telephone call on Tuesday between the Chancellor of the Exchequer, Alistair Darling, and Iceland's finance minister, Arni Mathiesen.",
			[]want{{typ: parley.Consult, source: "Alistair Darling", target: "Arni Mathiesen", date: "2008-10-07", medium: parley.Phone}}},
		// "and two other deputies, A and B": the people the counted
		// description names after its comma.
		{"a_counted_description_then_its_names", "2018-04-23",
			"Police detained Nikol Pashinyan and two other opposition deputies, Karen Hovsepyan and Davit Ohanyan, in Yerevan on Sunday.",
			[]want{
				{typ: parley.Coerce, source: "Police of Armenia", target: "Nikol Pashinyan", date: "2018-04-22"},
				{typ: parley.Coerce, source: "Police of Armenia", target: "Karen Hovsepyan", date: "2018-04-22"},
				{typ: parley.Coerce, source: "Police of Armenia", target: "Davit Ohanyan", date: "2018-04-22"}}},
		{"a_counted_description_of_aides", "2021-01-20",
			"Russian police arrested Alexei Navalny and two aides, Pavel Orlov and Ivan Sidorenko, on Monday.",
			[]want{
				{typ: parley.Coerce, source: "Police of Russia", target: "Pavel Orlov", date: "2021-01-18"},
				{typ: parley.Coerce, source: "Police of Russia", target: "Ivan Sidorenko", date: "2021-01-18"}}},
		// The first of two subjects described in apposition before ", and".
		{"two_subjects_the_first_described", "1988-06-28",
			"Jacques Lafleur, leader of the loyalist party in Noumea, and Jean-Marie Tjibaou, president of the independence front, signed the accords in Paris on Sunday.",
			[]want{{typ: parley.Agree, source: "Jacques Lafleur", target: "Jean-Marie Tjibaou", date: "1988-06-26"}}},
		{"two_subjects_the_first_described_the_second_not", "1988-06-28",
			"Jacques Lafleur, the leader of the loyalist party, and Jean-Marie Tjibaou met in Paris on Sunday.",
			[]want{{typ: parley.Consult, source: "Jacques Lafleur", target: "Jean-Marie Tjibaou", date: "1988-06-26"}}},
		// A phrase of "before" and a gerund keeps its day and its talks to
		// itself: the talks are the main subject's, told, not planned.
		{"a_gerund_after_before_keeps_its_day", "2018-11-16",
			"Mike Pompeo met King Salman in Riyadh, before going on to Ankara on 17 October.",
			[]want{{typ: parley.Consult, source: "Mike Pompeo", target: "Salman of Saudi Arabia", date: "-"}}},
		{"talks_in_a_gerund_phrase_are_the_subjects", "2018-11-16",
			"Mike Pompeo met King Salman in Riyadh on 16 October, before going on to Ankara for talks with Erdogan.",
			[]want{{typ: parley.Consult, source: "Mike Pompeo", target: "Recep Tayyip Erdoğan", status: parley.Occurred}}},
		// Signers named with "by" again, and the side each signed for.
		{"signed_by_one_and_by_the_other", "1994-09-20",
			"The agreement was signed in Port-au-Prince on Sunday by Jimmy Carter and by Emile Jonassaint.",
			[]want{{typ: parley.Agree, source: "Jimmy Carter", target: "Émile Jonassaint", date: "1994-09-18"}}},
		{"signed_by_each_on_behalf_of_a_side", "2017-11-23",
			"The arrangement was signed by Foreign Minister Abul Hassan Mahmood Ali on behalf of Bangladesh and by Union Minister Kyaw Tint Swe on behalf of Myanmar.",
			[]want{{typ: parley.Agree, source: "Abul Hassan Mahmood Ali", target: "Kyaw Tint Swe"}}},
		{"signed_on_behalf_of_each_side_by_each", "1994-10-27",
			"The treaty was signed on behalf of Jordan by Prime Minister Abdul Salam al-Majali and on behalf of Israel by Prime Minister Yitzhak Rabin.",
			[]want{{typ: parley.Agree, source: "Abdelsalam al-Majali", target: "Yitzhak Rabin"}}},
		// A document named after a title word signs nothing; the
		// president under the spelling of the 1990s signs it.
		{"a_general_agreement_signed_by_two", "1997-06-28",
			"The General Agreement on the Establishment of Peace and National Accord was signed by President Imomali Rakhmonov and Said Abdullo Nuri, head of the United Tajik Opposition, at a ceremony in the Kremlin on Friday.",
			[]want{{typ: parley.Agree, source: "Emomali Rahmon", target: "Said Abdullo Nuri", date: "1997-06-27"}}},
		{"a_state_and_its_own_man_right_after_it", "2024-06-15",
			"Britain's David Cameron met Iran's Hassan Rouhani in New York on Tuesday.",
			[]want{{typ: parley.Consult, source: "David Cameron", target: "Hassan Rouhani", date: "2024-06-11"}}},
		// Predicates listed with commas share the first one's subject,
		// each with its own day and place.
		{"acts_listed_with_commas_share_the_subject", "2012-11-22",
			"Hillary Clinton met Benjamin Netanyahu in Jerusalem on Tuesday, met Mahmoud Abbas in Ramallah on Wednesday and flew to Cairo.",
			[]want{
				{typ: parley.Consult, source: "Hillary Clinton", target: "Benjamin Netanyahu", date: "2012-11-20", place: "Jerusalem"},
				{typ: parley.Consult, source: "Hillary Clinton", target: "Mahmoud Abbas", date: "2012-11-21", place: "Ramallah"},
			}},
		{"a_visit_then_a_meeting_listed_with_a_comma", "2012-11-22",
			"Hillary Clinton visited Israel on Tuesday, met Mahmoud Abbas in Ramallah on Wednesday and flew to Cairo.",
			[]want{
				{typ: parley.Consult, source: "Hillary Clinton", target: "Israel", date: "2012-11-20"},
				{typ: parley.Consult, source: "Hillary Clinton", target: "Mahmoud Abbas", date: "2012-11-21", place: "Ramallah"},
			}},
		// A candidate named in apposition to the office sought.
		{"received_a_candidate_named_after_the_office", "2016-09-01",
			"President Enrique Peña Nieto received the Republican candidate for the presidency of the United States, Donald Trump, at Los Pinos on Wednesday.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Enrique Peña Nieto", date: "2016-08-31"}}},
		// Captives handed "back", the particle after a longer object.
		{"handed_soldiers_of_a_state_back", "2024-02-16",
			"Bangladesh on Thursday handed 330 Myanmar soldiers back to Myanmar.",
			[]want{{typ: parley.Retreat, source: "Bangladesh", target: "Myanmar", date: "2024-02-15"}}},
		// A deed told "after" with no time of its own takes the month the
		// main clause gives.
		{"after_a_deed_in_the_main_clauses_month", "2022-07-10",
			"Relations soured again in May 2022, after Mitsotakis told the US Congress to bear in mind stability on NATO's southern flank.",
			[]want{{typ: parley.Request, source: "Kyriakos Mitsotakis", target: "United States Congress", date: "2022-05"}}},
		// Two sides that failed to agree "on" something reached no accord;
		// neither refused the other.
		{"failed_to_agree_on_is_no_accord", "2012-09-28",
			"Omar al-Bashir and Salva Kiir met in Addis Ababa. But the two presidents failed to agree on the future of Abyei.",
			[]want{{typ: parley.Agree, source: "Omar al-Bashir", target: "Salva Kiir Mayardit", status: parley.Negated}}},
		// A noun of force whose participle names who did it.
		{"strikes_carried_out_by_a_states_aircraft", "2024-06-15",
			"The air strikes carried out by United States aircraft on 27 June against Kataib Hezbollah killed four fighters.",
			[]want{{typ: parley.Assault, source: "United States", target: "Kataib Hezbollah", date: "2023-06-27"}}},
		// Two predicates ahead share the time the first gives.
		{"two_planned_predicates_share_the_time", "2024-06-15",
			"Rutte will be in Kyiv on Monday and will meet Zelensky there.",
			[]want{{typ: parley.Consult, source: "Mark Rutte", target: "Volodymyr Zelensky", date: "2024-06-17", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		// A participle's aside after a comma is no act of a list.
		{"a_participle_aside_is_no_listed_act", "2024-05-10",
			"Japan signed the agreement on fisheries, negotiated over two years by officials of both ministries, with Vietnam on Monday.",
			want{typ: parley.Consult, source: "Ministry of Foreign Affairs of Japan"}},
		// A participle after a meeting's noun tells where it was held,
		// and one in an aside after a name tells what the person
		// underwent; neither is an act of a list.
		{"a_meeting_held_somewhere_is_no_listed_act", "2021-06-26",
			"Relations between Washington and Beijing have stayed cold since senior officials of the two countries traded barbs at their first meeting, held in Anchorage in March.",
			want{typ: parley.Accuse, date: "-"}},
		{"a_person_asked_in_an_interview_asks_no_one", "2021-06-15",
			"They last met in Moscow in 2011. Relations soured in March when Biden, asked in a television interview, agreed that Putin was a killer.",
			want{typ: parley.Request}},
		{"failed_to_agree_on_is_no_refusal", "2012-09-28",
			"Omar al-Bashir and Salva Kiir met in Addis Ababa. But the two presidents failed to agree on the future of Abyei.",
			want{typ: parley.Reject}},
		// A day the main clause gives does not date what came "after".
		{"after_a_deed_no_day_of_the_main_clause", "2024-06-15",
			"Ukraine closed its border on Monday after Russia struck Kharkiv.",
			want{typ: parley.Assault, source: "Russia", date: "2024-06-10"}},
		// A past act does not lend its day to one still to come.
		{"a_past_act_does_not_date_a_plan", "2024-06-15",
			"Scholz met Xi on Monday and will visit Modi.",
			want{typ: parley.Consult, source: "Olaf Scholz", target: "Narendra Modi", date: "2024-06-10"}},
		// The object of the first act is not the subject of the second.
		{"the_first_object_is_not_the_second_subject", "2012-11-22",
			"Hillary Clinton met Benjamin Netanyahu in Jerusalem on Tuesday, met Mahmoud Abbas in Ramallah on Wednesday and flew to Cairo.",
			want{typ: parley.Consult, source: "Benjamin Netanyahu", target: "Mahmoud Abbas"}},
		// What an appeal asks for has not happened, whatever day the
		// appeal names.
		{"an_appeal_with_its_day_asks_for_the_act", "2024-06-15",
			"Guterres appealed on Wednesday to Israel and Hamas to stop fighting.",
			want{typ: parley.Retreat}},
	})
}

// TestActsForswornOrderedOrBelittled checks a trip one is instructed to
// make (asked for, not made), force one pledges to refrain from (no
// threat), and actors "dismissed as" something (belittled, not refused).
func TestActsForswornOrderedOrBelittled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dismissed_states_as_something", "2003-01-23",
			"Donald Rumsfeld dismissed France and Germany as old Europe on Wednesday.",
			[]want{
				{typ: parley.Accuse, source: "Donald Rumsfeld", target: "France", date: "2003-01-22"},
				{typ: parley.Accuse, source: "Donald Rumsfeld", target: "Germany", date: "2003-01-22"},
			}},
		{"dismissed_a_claim_as_false_is_a_refusal", "2024-06-15",
			"The Russian foreign ministry dismissed the United States' accusation as groundless.",
			[]want{{typ: parley.Reject, source: "Ministry of Foreign Affairs of Russia", target: "United States"}}},
		// Force held open with a day between the refusal and its "to".
		{"refused_on_a_day_to_rule_out_force", "2024-06-15",
			"Trump refused on Tuesday to rule out military action against Iran.",
			[]want{{typ: parley.Threaten, source: "Donald Trump", target: "Iran", date: "2024-06-11"}}},
		// A right reserved to act against another is a threat; the act is
		// held in store, not taken.
		{"reserved_the_right_to_take_countermeasures", "2021-08-11",
			"China said it reserved the right to take countermeasures against Lithuania.",
			[]want{{typ: parley.Threaten, source: "China", target: "Lithuania"}}},
		{"reserved_the_right_to_take_steps", "2024-10-15",
			"India said it reserved the right to take further steps against Canada.",
			[]want{{typ: parley.Threaten, source: "India", target: "Canada"}}},
		{"instructed_to_travel_is_a_request", "2002-04-14",
			"The OAS Permanent Council instructed Secretary General Cesar Gaviria to travel to Venezuela.",
			[]want{{typ: parley.Request, source: "OAS Permanent Council", target: "César Gaviria"}}},
	})
	runEventCases(t, []eventCase{
		// A warning that one's own side will act "against" another is
		// aimed at that other.
		{"warned_own_government_would_act_against_a_state", "2018-11-22",
			"Kosovo's government raised the tax on all goods imported from Serbia on Wednesday. Prime Minister Ramush Haradinaj told reporters that Serbia had long ignored the trade rules and that Kosovo would no longer pretend otherwise. His deputy, Enver Hoxhaj, spoke at the same press conference. Hoxhaj also warned that the government would announce further measures against Serbia soon.",
			[]want{{typ: parley.Threaten, source: "Enver Hoxhaj", target: "Serbia"}}},
	})
	runNotCases(t, []notCase{
		{"a_warning_is_not_aimed_at_the_warners_own_government", "2018-11-22",
			"Kosovo's government raised the tax on all goods imported from Serbia on Wednesday. Prime Minister Ramush Haradinaj told reporters that Serbia had long ignored the trade rules and that Kosovo would no longer pretend otherwise. His deputy, Enver Hoxhaj, spoke at the same press conference. Hoxhaj also warned that the government would announce further measures against Serbia soon.",
			want{typ: parley.Threaten, target: "Kosovo"}},
		{"words_wrapped_around_their_speaker_are_not_aimed_at_the_victim", "2018-11-22",
			"Kosovo's government raised the tax on all goods imported from Serbia on Wednesday. His deputy, Enver Hoxhaj, went further at the same press conference. Serbia, he said, had waged an aggressive campaign against Kosovo on the international stage.",
			want{typ: parley.Accuse, source: "Enver Hoxhaj", target: "Kosovo"}},
		{"instructed_to_travel_is_no_trip_yet", "2002-04-14",
			"The OAS Permanent Council instructed Secretary General Cesar Gaviria to travel to Venezuela.",
			want{typ: parley.Consult, status: parley.Occurred}},
		{"refrain_from_the_threat_of_force", "2000-12-13",
			"Under the agreement, Ethiopia and Eritrea pledged to refrain from the threat or use of force against each other.",
			want{typ: parley.Threaten}},
		{"pledged_to_refrain_from_any_attack", "2000-12-13",
			"Ethiopia and Eritrea pledged to refrain from any attack on each other.",
			want{typ: parley.Threaten}},
		{"refused_earlier_to_rule_out_pressure_rejects_no_one", "2025-01-20",
			"Trump refused earlier this month to rule out using military or economic pressure to take control of Greenland.",
			want{typ: parley.Reject}},
		{"reserved_countermeasures_are_not_taken", "2021-08-11",
			"China said it reserved the right to take countermeasures against Lithuania.",
			want{typ: parley.Sanction}},
		{"a_right_of_self_defence_is_no_threat", "2024-06-15",
			"Iran reserves the right to self-defence.",
			want{typ: parley.Threaten}},
		{"dismissed_a_minister_is_no_belittling", "2024-06-15",
			"Putin dismissed Prime Minister Mikhail Kasyanov on Tuesday.",
			want{typ: parley.Accuse}},
	})
}

// TestReadoutTitleAlone checks the acts of a leader a readout names by
// title alone after naming him once.
func TestReadoutTitleAlone(t *testing.T) {
	const lead = "Prime Minister Shri Narendra Modi met the Prime Minister of Canada, Mark Carney, in Kananaskis today. "
	runEventCases(t, []eventCase{
		{"title_alone_met", "2025-06-17", lead + "On the margins of the Summit, Prime Minister also met President Cyril Ramaphosa of South Africa.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Cyril Ramaphosa", date: "2025-06-17"}}},
		{"title_alone_thanked_a_titled_name", "2025-06-17", lead + "Prime Minister thanked Prime Minister Carney for the invitation.",
			[]want{{typ: parley.Support, source: "Narendra Modi", target: "Mark Carney"}}},
		{"title_alone_called_on", "2025-06-17", lead + "In his address to the Outreach Session, Prime Minister called on G7 partners to act decisively against terrorism.",
			[]want{{typ: parley.Request, source: "Narendra Modi", target: "Group of Seven"}}},
	})
}

// TestClauseInThePresentClosesAList checks that ", and" with a subject
// and a verb in the present, as timelines tell acts, opens a clause of
// its own rather than adding to the list before it.
func TestClauseInThePresentClosesAList(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"timeline_entry_with_two_clauses", "1998-06-16",
			"Prime Minister Meles Zenawi and President Isaias Afwerki traded charges. 14 June: Both leaders are telephoned by President Bill Clinton, and the two governments agree to a moratorium on air strikes.",
			want{typ: parley.Consult, source: "Bill Clinton", target: "Meles Zenawi"},
			want{typ: parley.Consult, source: "Ethiopia", target: "Isaias Afwerki"}},
	})
}
