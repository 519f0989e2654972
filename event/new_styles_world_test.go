package event_test

import (
	"testing"

	"parley"
)

// TestRefusalsDatedWhenMade checks that a meeting turned down is dated by
// the refusal, told in reported speech or not, and not by the meeting
// that was to be.
func TestRefusalsDatedWhenMade(t *testing.T) {
	runEventCases(t, []eventCase{
		{"turned_down_told_in_reported_speech", "2019-09-20",
			"An aide said on Tuesday that Mike Pence had turned down a meeting with Prime Minister Manasseh Sogavare.",
			[]want{{typ: parley.Reject, source: "Mike Pence", target: "Manasseh Sogavare", status: parley.Occurred, date: "2019-09-17"}}},
		{"turned_down_a_meeting_set_for_later", "2019-09-20",
			"An aide said on Tuesday that Mike Pence had rejected a meeting with Manasseh Sogavare that was to have taken place in New York.",
			[]want{{typ: parley.Reject, source: "Mike Pence", target: "Manasseh Sogavare", status: parley.Occurred, date: "2019-09-17"}}},
	})
}

// TestDialoguesRestarted checks that a dialogue restarted, revived or
// reopened is a meeting like one resumed, and one merely called for is
// none.
func TestDialoguesRestarted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"would_restart_a_dialogue", "2023-03-17",
			"Fumio Kishida said Japan and South Korea would restart a security dialogue.",
			[]want{{typ: parley.Consult, source: "Japan", target: "South Korea", status: parley.Planned}}},
		{"revived_a_dialogue", "2024-05-27",
			"China, Japan and South Korea revived a trilateral dialogue in Seoul on Monday.",
			[]want{{typ: parley.Consult, source: "China", target: "Japan", status: parley.Occurred, date: "2024-05-27", place: "Seoul"}}},
	})
}

// TestFrontedMeetingsOfTheirs checks that a meeting opening the sentence
// as "their" meeting is the meeting of those the main clause names, its
// host named in an aside among them, while "At the summit" stays a mere
// setting.
func TestFrontedMeetingsOfTheirs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_their_summit", "2023-03-17",
			"After their summit in Tokyo on Thursday, Fumio Kishida and Yoon Suk Yeol dined at a restaurant in Ginza.",
			[]want{{typ: parley.Consult, source: "Fumio Kishida", target: "Yoon Suk Yeol", status: parley.Occurred, date: "2023-03-16", place: "Tokyo"}}},
		{"at_their_meeting_hosted_by", "1991-12-20",
			"At their meeting in Ashgabat on 13 December, hosted by President Saparmurat Niyazov, Nursultan Nazarbayev and Islam Karimov declared their readiness to join the new union.",
			[]want{
				{typ: parley.Consult, source: "Nursultan Nazarbayev", target: "Islam Karimov", date: "1991-12-13"},
				{typ: parley.Consult, source: "Nursultan Nazarbayev", target: "Saparmurat Niyazov", date: "1991-12-13"},
				{typ: parley.Consult, source: "Islam Karimov", target: "Saparmurat Niyazov", date: "1991-12-13"},
			}},
	})
	runNotCases(t, []notCase{
		{"at_the_summit_is_a_setting", "2023-07-11",
			"At the summit, Recep Tayyip Erdogan urged Sweden to do more.",
			want{typ: parley.Consult}},
	})
}

// TestDeedsOwnedAndShipmentsPaused checks that a seizure, a takeover or a
// bombing owned by a state's adjective is charged to that state, that a
// single shipment or delivery paused or suspended is aid cut, and that a
// movement's leader titled by its wing is the leader, not the movement.
func TestDeedsOwnedAndShipmentsPaused(t *testing.T) {
	runEventCases(t, []eventCase{
		{"condemned_the_adjective_seizure", "2024-05-08",
			"Cairo condemned the Israeli seizure of the Rafah crossing.",
			[]want{{typ: parley.Accuse, source: "Egypt", target: "Israel"}}},
		{"protested_the_adjective_takeover", "2024-05-08",
			"Baku protested the Armenian takeover of the border post.",
			[]want{{typ: parley.Accuse, source: "Azerbaijan", target: "Armenia"}}},
		{"paused_a_shipment", "2024-05-08",
			"Joe Biden paused a shipment of heavy bombs to Israel.",
			[]want{{typ: parley.Sanction, source: "Joe Biden", target: "Israel"}}},
		{"suspended_the_delivery", "2019-10-14",
			"Germany suspended the delivery of tanks to Turkey on Monday.",
			[]want{{typ: parley.Sanction, source: "Germany", target: "Turkey", date: "2019-10-14"}}},
		{"wing_before_the_leaders_title", "2024-05-08",
			"Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas political leader Ismail Haniyeh in Doha on Sunday to urge the group to show flexibility.",
			[]want{
				{typ: parley.Consult, source: "Mohammed bin Abdulrahman Al Thani", target: "Ismail Haniyeh", date: "2024-05-05", place: "Doha"},
				{typ: parley.Request, source: "Mohammed bin Abdulrahman Al Thani", target: "Hamas"},
			}},
	})
}

// TestPartnersOfTalkAndOppositionTargets checks that one side
// negotiating a deal "with" another talks with it (two sides negotiating
// or discussing it talk about it), that refusing to renegotiate is a
// refusal, and that the government an opposition leader attacks is his
// own state's, not the one the sentence names later.
func TestPartnersOfTalkAndOppositionTargets(t *testing.T) {
	runEventCases(t, []eventCase{
		{"one_side_negotiated_a_deal_with", "2023-12-04",
			"Kenya negotiated a trade deal with Uganda on Monday.",
			[]want{{typ: parley.Consult, source: "Kenya", target: "Uganda", date: "2023-12-04"}}},
		{"would_not_renegotiate_with", "2023-12-04",
			"Nairobi said it would not renegotiate the terms of the pipeline deal with Uganda.",
			[]want{{typ: parley.Reject, source: "Kenya", target: "Uganda", status: parley.Occurred}}},
		{"opposition_leader_attacks_own_government", "2023-12-04",
			"William Ruto hosted Yoweri Museveni in Nairobi. Opposition leader Raila Odinga criticised the government over the talks with Kampala.",
			[]want{{typ: parley.Accuse, source: "Raila Odinga", target: "Kenya"}}},
	})
	runNotCases(t, []notCase{
		{"two_sides_discuss_relations_with_a_third", "2023-12-04",
			"William Ruto and Yoweri Museveni negotiated the border deal with Tanzania.",
			want{typ: parley.Consult, target: "Tanzania"}},
	})
}

// TestMeetingsTheWayIsPavedFor checks that a meeting an accord "paves
// the way" or "sets the stage" for is still to come, and takes no day of
// the accord.
func TestMeetingsTheWayIsPavedFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"paving_the_way_for_a_meeting", "2024-10-22",
			"India and China reached an accord on border patrols on Monday, paving the way for a meeting between Narendra Modi and Xi Jinping.",
			[]want{
				{typ: parley.Agree, source: "India", target: "China", status: parley.Occurred, date: "2024-10-21"},
				{typ: parley.Consult, source: "Narendra Modi", target: "Xi Jinping", status: parley.Planned, date: "-"},
			}},
		{"cleared_the_way_for_talks", "2024-10-22",
			"The accord cleared the way for talks between Narendra Modi and Xi Jinping.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Xi Jinping", status: parley.Planned}}},
	})
}

// TestDoersOfGerundsAndPartnersOfDiscussion checks that a gerund after
// "involved in" is done by those the phrase names, not by the clause's
// subject; that two who discuss a matter "with" a third talk with the
// third (but a crisis "with" a state stays the matter); and that new
// listings welcomed are the sanctions of whoever imposed them.
func TestDoersOfGerundsAndPartnersOfDiscussion(t *testing.T) {
	runEventCases(t, []eventCase{
		{"involved_in_supplying", "2023-12-11",
			"European Union foreign ministers on Monday agreed to impose sanctions on four Iranian individuals and three entities involved in supplying drones to Russia.",
			[]want{
				{typ: parley.Sanction, source: "European Union", target: "Iran"},
				{typ: parley.Aid, source: "Iran", target: "Russia"},
			}},
		{"two_discussed_a_matter_with_a_third", "2023-12-11",
			"Annalena Baerbock and Péter Szijjártó discussed Gaza with Jordanian Foreign Minister Ayman Safadi on Monday.",
			[]want{
				{typ: parley.Consult, source: "Annalena Baerbock", target: "Ayman Safadi", date: "2023-12-11"},
				{typ: parley.Consult, source: "Péter Szijjártó", target: "Ayman Safadi", date: "2023-12-11"},
			}},
		{"listings_welcomed", "2023-12-11",
			"The European Union imposed sanctions on six Iranian officials on Monday. Kyiv welcomed the new listings.",
			[]want{{typ: parley.Support, source: "Ukraine", target: "European Union"}}},
	})
	runNotCases(t, []notCase{
		{"the_imposer_supplies_nothing", "2023-12-11",
			"European Union foreign ministers on Monday agreed to impose sanctions on four Iranian individuals and three entities involved in supplying drones to Russia.",
			want{typ: parley.Aid, source: "European Union"}},
		{"a_crisis_with_a_state_is_the_matter", "2023-12-11",
			"Olaf Scholz and Emmanuel Macron discussed the crisis with Russia.",
			want{typ: parley.Consult, target: "Russia"}},
	})
}

// TestSecondVerbAfterAModalIsTheSpeakers checks that a past verb joined
// by "and" to a reported clause whose verb hangs on a modal is the
// speaker's, since no "would accused" can be read, while a bare verb
// after the modal stays in the reported clause.
func TestSecondVerbAfterAModalIsTheSpeakers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"would_not_recall_and_accused", "2024-05-21",
			"Presidential spokesman Manuel Adorni told reporters that Buenos Aires would not recall its envoy and accused Madrid of meddling.",
			[]want{{typ: parley.Accuse, source: "Manuel Adorni", target: "Spain", status: parley.Occurred}}},
		{"would_recall_and_summon", "2024-05-21",
			"Manuel Adorni said Argentina would recall its envoy and summon the Spanish ambassador.",
			[]want{{typ: parley.Accuse, source: "Argentina", target: "Spain", status: parley.Planned}}},
	})
}

// TestCrowdsAtAnEmbassyInATwoStateStory checks that a crowd rallying at
// one state's consulate, in a story about that state and another, with no
// place the base knows, is of the other state.
func TestCrowdsAtAnEmbassyInATwoStateStory(t *testing.T) {
	runEventCases(t, []eventCase{
		{"crowd_at_the_consulate_of_one_of_two", "2012-05-14",
			"China and the Philippines have quarrelled over the shoal for months. Chinese ships blocked Philippine boats near the shoal in April. The Philippines protested to China on Monday. On Friday, several hundred demonstrators rallied outside the Chinese consulate in Makati.",
			[]want{{typ: parley.Protest, source: "Philippine demonstrators", target: "China", date: "2012-05-11"}}},
	})
}

// TestSumsProvided checks that a sum of money provided is aid, to the
// one the purpose names, and that "US dollars" names no recipient. (Left
// open: "would provide three billion US dollars", with no recipient
// named, still takes the United States.)
func TestSumsProvided(t *testing.T) {
	runEventCases(t, []eventCase{
		{"would_provide_a_sum_to_help", "2024-06-07",
			"Anthony Albanese announced that Australia would provide $190 million over four years to help the police of Solomon Islands.",
			[]want{{typ: parley.Aid, source: "Australia", target: "Royal Solomon Islands Police Force", status: parley.Planned}}},
		{"sum_in_us_dollars", "1998-10-09",
			"Keizo Obuchi said Japan would provide South Korea with three billion US dollars in loans.",
			[]want{{typ: parley.Aid, source: "Japan", target: "South Korea", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		{"the_currency_is_no_recipient", "2018-02-14",
			"The emir announced on Wednesday that the State of Kuwait will provide the Republic of Iraq with one billion US dollars in loans through a development fund.",
			want{typ: parley.Aid, target: "United States"}},
	})
}

// TestLongFormsOfRoyalNames checks that a crown prince's name given with
// his lineage in full names him, not a house.
func TestLongFormsOfRoyalNames(t *testing.T) {
	runEventCases(t, []eventCase{
		{"name_with_lineage", "2023-04-12",
			"His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a phone call today from the President of France, Emmanuel Macron.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Mohammed bin Salman", date: "2023-04-12", medium: parley.Phone}}},
	})
}

// TestLeadersNamedByTheirStatesWord checks that a state's leaders or
// ministers named by its adjective, as the object of a demand or a
// charge, stand for the state, as its officials do.
func TestLeadersNamedByTheirStatesWord(t *testing.T) {
	runEventCases(t, []eventCase{
		{"urged_the_adjective_leaders", "2023-08-15",
			"Seoul's foreign ministry urged Japanese leaders to face history squarely.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of South Korea", target: "Japan"}}},
		{"criticised_the_adjective_ministers", "2023-08-15",
			"Beijing criticised Japanese ministers for visiting the shrine.",
			[]want{{typ: parley.Accuse, source: "China", target: "Japan"}}},
	})
}
