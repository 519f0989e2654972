package event_test

import (
	"testing"

	"parley"
)

// TestSwapsAndAudiences checks readings added in the twenty-sixth
// session: each case names an event the text must yield and one it must
// not.
func TestSwapsAndAudiences(t *testing.T) {
	tests := []ruledOutCase{
		// The one told is an audience when it is the speaker's own
		// country's body; a foreign leader told is the one aimed at.
		{"own_parliament_told_is_an_audience", "2014-03-20",
			"Chancellor Angela Merkel told the Bundestag in Berlin on Thursday that the annexation of Crimea violated international law.",
			want{},
			want{typ: parley.Accuse, source: "Angela Merkel", target: "Bundestag"}},
		{"foreign_leader_told_is_aimed_at", "2022-02-08",
			"Vladimir Putin told Emmanuel Macron in Moscow that the sanctions were illegal.",
			want{typ: parley.Accuse, source: "Vladimir Putin", target: "Emmanuel Macron"},
			want{typ: parley.Accuse, source: "Vladimir Putin", target: "Russia"}},
		// An office in apposition after "with": the person named after it.
		{"president_elect_in_apposition", "2016-12-05",
			"Taiwanese President Tsai Ing-wen angered Beijing after her telephone call with the then president-elect of the United States, Donald Trump, on 2 December 2016.",
			want{typ: parley.Consult, source: "Tsai Ing-wen", target: "Donald Trump", date: "2016-12-02", medium: parley.Phone},
			want{typ: parley.Consult, source: "Tsai Ing-wen", target: "United States"}},
		// A press conference "between" two leaders is one they gave
		// together.
		{"news_conference_between_two", "2019-11-18",
			"The deal was first announced at a news conference between Donald Trump and Chinese Vice Premier Liu He in October.",
			want{typ: parley.Consult, source: "Donald Trump", target: "Liu He", medium: parley.InPerson},
			want{typ: parley.Consult, source: "Donald Trump", target: "China"}},
		{"news_conference_with_reporters_is_no_meeting", "2019-11-18",
			"Donald Trump gave a news conference at the White House on Monday.",
			want{},
			want{typ: parley.Consult}},
		// A private person freed, named by name and people: the people's
		// state; a swap frees the other side's captive too.
		{"national_named_by_name_and_people", "2020-11-26",
			"Iran released Australian academic Kylie Moore-Gilbert on Wednesday.",
			want{typ: parley.Retreat, source: "Iran", target: "Australia", date: "2020-11-25"},
			want{typ: parley.Retreat, source: "Australia"}},
		{"swap_frees_both_sides", "2022-12-08",
			"Russia released U.S. basketball star Brittney Griner on Thursday in exchange for Russian arms dealer Viktor Bout.",
			want{typ: parley.Retreat, source: "United States", target: "Russia", date: "2022-12-08"},
			want{typ: parley.Retreat, target: "Brittney Griner"}},
		{"swap_first_side_freed_too", "2022-12-08",
			"Russia released U.S. basketball star Brittney Griner on Thursday in exchange for Russian arms dealer Viktor Bout.",
			want{typ: parley.Retreat, source: "Russia", target: "United States", date: "2022-12-08"},
			want{}},
		{"return_for_guarantees_is_no_swap", "2023-05-12",
			"Iran freed two French nationals on Friday in exchange for guarantees.",
			want{typ: parley.Retreat, source: "Iran", target: "France"},
			want{typ: parley.Retreat, source: "France", target: "Iran"}},
		{"captive_held_by_a_third_state", "2023-05-26",
			"Iran freed a Belgian aid worker on Friday in return for an Iranian diplomat jailed in Belgium.",
			want{typ: parley.Retreat, source: "Iran", target: "Belgium"},
			want{typ: parley.Retreat, target: "Iran"}},
		{"unknown_firm_is_no_captive", "2023-05-26",
			"Iran released Bright Horizons staff on Monday.",
			want{},
			want{typ: parley.Retreat}},
		// "aid" qualifying another noun is no verb of help.
		{"aid_worker_is_no_aid", "2020-10-09",
			"Mali's junta freed French aid worker Sophie Petronin on Thursday.",
			want{typ: parley.Retreat, source: "Mali", target: "France"},
			want{typ: parley.Aid}},
		{"aid_shipment_to_a_state", "2023-09-08",
			"Armenia sent its first humanitarian aid shipment to Ukraine on Friday.",
			want{typ: parley.Aid, source: "Armenia", target: "Ukraine"},
			want{typ: parley.Aid, target: "Armenia"}},
		{"aid_as_verb", "2023-09-08",
			"The United States will aid Israel.",
			want{typ: parley.Aid, source: "United States", target: "Israel", status: parley.Planned},
			want{}},
		// A meeting "of" a body's leaders, however qualified, is with the
		// body; the day it is called "for" is still to come.
		{"emergency_meeting_of_a_body", "2025-01-27",
			"Honduran President Xiomara Castro convened an emergency virtual meeting of CELAC leaders for Thursday to discuss migration.",
			want{typ: parley.Consult, source: "Xiomara Castro", target: "Community of Latin American and Caribbean States", date: "2025-01-30", medium: parley.Virtual},
			want{typ: parley.Consult, date: "2025-01-23"}},
		{"breakfast_meeting_with_keeps_its_subject", "2022-08-05",
			"Japanese Prime Minister Fumio Kishida told reporters in Tokyo on Friday after a breakfast meeting with Nancy Pelosi that the drills were a serious problem.",
			want{typ: parley.Consult, source: "Fumio Kishida", target: "Nancy Pelosi"},
			want{}},
		// "the leaders of" a body addressed by video: the body, even when
		// "the leaders" named the story's group before.
		{"leaders_of_a_body_addressed_by_video", "2022-06-16",
			"Olaf Scholz, Emmanuel Macron and Mario Draghi travelled to Kyiv on Thursday. The leaders discussed grain exports. Volodymyr Zelensky will address the leaders of the G7 by video link during their summit.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Group of Seven", medium: parley.Virtual, status: parley.Planned},
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Olaf Scholz", status: parley.Planned}},
		{"leaders_of_a_body_addressed_alone", "2022-06-16",
			"Volodymyr Zelensky addressed the leaders of the G7 by video link on Monday.",
			want{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Group of Seven", medium: parley.Virtual, date: "2022-06-13"},
			want{}},
		// Talks in a phrase of time after a failure were held.
		{"talks_held_before_a_failure", "2020-01-15",
			"Egypt and Ethiopia failed to reach agreement on the dam after three days of talks in Cairo.",
			want{typ: parley.Consult, source: "Egypt", target: "Ethiopia", status: parley.Occurred},
			want{typ: parley.Consult, status: parley.Negated}},
		{"refused_talks_stay_refused", "2020-01-15",
			"Egypt refused to hold talks with Ethiopia.",
			want{typ: parley.Reject, source: "Egypt", target: "Ethiopia"},
			want{typ: parley.Consult, status: parley.Occurred}},
		// A pledge made together to draw closer is an accord between the
		// two; a pledge of help to a third is not.
		{"joint_pledge_of_closer_ties", "2024-03-12",
			"Ghana and Togo pledged to deepen security cooperation against jihadist groups.",
			want{typ: parley.Agree, source: "Ghana", target: "Togo"},
			want{}},
		{"joint_vow_of_closer_ties", "2024-03-12",
			"Ghana and Togo vowed to further strengthen their relations.",
			want{typ: parley.Agree, source: "Ghana", target: "Togo"},
			want{}},
		{"joint_pledge_of_help_to_a_third", "2024-03-12",
			"The United States and Britain pledged to support Ukraine.",
			want{typ: parley.Support, source: "United States", target: "Ukraine"},
			want{typ: parley.Agree, source: "United States", target: "United Kingdom"}},
		// "coastguards" in one word, as British papers write it.
		{"coastguards_in_one_word", "2024-03-14",
			"Mauritanian coastguards seized two Senegalese fishing boats accused of fishing illegally in Mauritanian waters.",
			want{typ: parley.Coerce, source: "Coast Guard of Mauritania", target: "Senegal"},
			want{typ: parley.Coerce, source: "Senegal"}},
		// "the warm welcome" is a noun; "his host" is the one he met.
		{"warm_welcome_is_no_verb", "2024-03-14",
			"Senegalese President Bassirou Diomaye Faye met Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Wednesday. Faye thanked his host for the warm welcome and said Senegal considered Mauritania a brotherly country.",
			want{typ: parley.Support, source: "Bassirou Diomaye Faye", target: "Mauritania"},
			want{typ: parley.Support, source: "Bassirou Diomaye Faye", target: "Senegal"}},
		{"his_host_is_the_leader_met", "2024-03-14",
			"Senegalese President Bassirou Diomaye Faye met Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Wednesday. Faye thanked his host for the warm welcome.",
			want{typ: parley.Support, source: "Bassirou Diomaye Faye", target: "Mohamed Ould Ghazouani"},
			want{}},
		// An invitation accepted: the visit is to come, and the acceptance
		// is an accord with the one who invited.
		{"accepted_invitation_visit_is_planned", "2024-03-14",
			"Mauritanian President Mohamed Ould Ghazouani accepted an invitation to visit Senegal.",
			want{typ: parley.Consult, source: "Mohamed Ould Ghazouani", target: "Senegal", status: parley.Planned},
			want{typ: parley.Consult, status: parley.Occurred}},
		{"accepted_invitation_is_an_accord_with_the_inviter", "2019-10-15",
			"Recep Tayyip Erdogan spoke by telephone with Russian President Vladimir Putin on Tuesday and accepted an invitation to visit Russia.",
			want{typ: parley.Agree, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin", date: "2019-10-15"},
			want{typ: parley.Agree, source: "Recep Tayyip Erdoğan", target: "Russia"}},
		{"refused_invitation_is_no_visit", "2024-03-14",
			"Mauritanian President Mohamed Ould Ghazouani did not accept an invitation to visit Senegal.",
			want{},
			want{typ: parley.Consult, source: "Mohamed Ould Ghazouani", target: "Senegal"}},
		// A paragraph that opens "Earlier this month" has left the lead's
		// day, though the month holds it.
		{"earlier_this_month_leaves_the_lead_day", "2024-03-14",
			"Senegalese President Bassirou Diomaye Faye met Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Wednesday.\n\nEarlier this month, Mauritanian coastguards seized two Senegalese fishing boats. Senegal summoned Mauritania's ambassador over the seizure.",
			want{typ: parley.Accuse, source: "Senegal", target: "Mauritania"},
			want{typ: parley.Accuse, source: "Senegal", target: "Mauritania", date: "2024-03-13"}},
		// A place in the clause before an apposition is not the place of
		// what the apposition tells.
		{"place_before_an_apposition", "2023-12-06",
			"An arbitral tribunal in Paris awarded the area to British Guiana in 1899, a ruling Venezuela accepted for decades before denouncing it in 1962.",
			want{},
			want{typ: parley.Accuse, source: "Venezuela", place: "Paris"}},
		{"place_of_the_main_clause_kept", "2023-12-06",
			"Nicolás Maduro met Irfaan Ali in Kingstown on Thursday, a meeting brokered by Ralph Gonsalves.",
			want{typ: parley.Consult, source: "Nicolás Maduro", target: "Irfaan Ali", place: "Kingstown"},
			want{}},
		// Japan's readouts: the family name first and in capitals, and a
		// meeting named as a title held by the minister.
		{"japanese_readout_name_order_and_titled_meeting", "2024-07-08",
			"On July 8, commencing at 11:00 a.m. for approximately 70 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, held a Japan-Philippines Foreign Ministers' Meeting with H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Republic of the Philippines.",
			want{typ: parley.Consult, source: "Yōko Kamikawa", target: "Enrique Manalo", date: "2024-07-08"},
			want{typ: parley.Consult, source: "Japan"}},
		// An accord named by its parties alone: the two states its name
		// joins signed it.
		{"signing_of_an_accord_named_by_its_parties", "2024-07-08",
			"Minister Kamikawa welcomed the signing of the Japan-Philippines Reciprocal Access Agreement earlier in the day.",
			want{typ: parley.Agree, source: "Japan", target: "Philippines"},
			want{typ: parley.Support}},
		{"accord_named_by_its_parties_signed_in_the_passive", "2024-07-08",
			"The India-UAE trade pact will be signed next month.",
			want{typ: parley.Agree, source: "India", target: "United Arab Emirates", status: parley.Planned},
			want{typ: parley.Agree, status: parley.Occurred}},
		{"war_named_by_its_parties_is_no_accord", "2024-07-08",
			"The US-China trade war escalated on Monday.",
			want{},
			want{typ: parley.Agree}},
		// Gulf readouts: "His Highness" is a style, of the name after it
		// or of the one the story styled so; a delegation "from" a body
		// "led by" someone titled meets in its leader.
		{"his_highness_alone_is_the_one_styled_so", "2024-02-12",
			"President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received a phone call from His Excellency Abdel Fattah El-Sisi, President of the Arab Republic of Egypt. Earlier in the day, His Highness received a delegation from the International Monetary Fund led by Managing Director Kristalina Georgieva at Qasr Al Shati.",
			want{typ: parley.Consult, source: "Kristalina Georgieva", target: "Mohamed bin Zayed Al Nahyan"},
			want{typ: parley.Consult, target: "His Highness"}},
		{"delegation_led_by_a_titled_head_of_a_body", "2024-02-12",
			"Sheikh Mohamed bin Zayed received a delegation led by IMF Managing Director Kristalina Georgieva.",
			want{typ: parley.Consult, source: "Kristalina Georgieva", target: "Mohamed bin Zayed Al Nahyan"},
			want{typ: parley.Consult, source: "International Monetary Fund"}},
		// Solidarity "with" a state, affirmed or stressed, supports it.
		{"solidarity_with_affirmed", "2024-02-12",
			"UAE President Mohamed bin Zayed affirmed the UAE's solidarity with Egypt.",
			want{typ: parley.Support, source: "Mohamed bin Zayed Al Nahyan", target: "Egypt"},
			want{typ: parley.Support, target: "United Arab Emirates"}},
		// A levy slapped on goods, and the sale of power suspended.
		{"levy_slapped_in_a_relative", "2025-01-23",
			"Colombia imposed a tariff in retaliation for a similar levy Quito slapped on Colombian goods last week.",
			want{typ: parley.Sanction, source: "Ecuador", target: "Colombia"},
			want{typ: parley.Sanction, source: "Colombia", target: "Colombia"}},
		{"sale_of_power_suspended", "2025-01-23",
			"Colombian President Gustavo Petro suspended the sale of electricity to Ecuador on Wednesday.",
			want{typ: parley.Sanction, source: "Gustavo Petro", target: "Ecuador", date: "2025-01-22"},
			want{}},
		// A state governed by an armed movement: its authorities are the
		// movement's, since its leader heads the state, and not before.
		{"authorities_of_a_state_ruled_by_a_movement", "2024-12-28",
			"Pakistan's foreign office spokeswoman, Mumtaz Zahra Baloch, called on the Afghan authorities to stop militants from using Afghan soil for attacks on Pakistan.",
			want{typ: parley.Request, source: "Mumtaz Zahra Baloch", target: "Taliban"},
			want{typ: parley.Request, target: "Afghanistan"}},
		{"authorities_before_the_movement_ruled", "2019-06-28",
			"Pakistan's Prime Minister Imran Khan called on the Afghan government to stop militants from using Afghan soil for attacks on Pakistan.",
			want{typ: parley.Request, source: "Imran Khan", target: "Afghanistan"},
			want{typ: parley.Request, target: "Taliban"}},
		// A time that opens the sentence in a phrase of the occasion
		// dates each predicate of the subject.
		{"opening_occasion_dates_a_second_predicate", "2024-12-28",
			"At her weekly briefing on Friday, Pakistan's foreign office spokeswoman, Mumtaz Zahra Baloch, did not confirm the air strikes but called on the Afghan authorities to stop militants.",
			want{typ: parley.Request, source: "Mumtaz Zahra Baloch", target: "Taliban", date: "2024-12-27"},
			want{typ: parley.Request, date: "-"}},
		// Chinese readouts: a text issued jointly is an accord, unless it
		// acts on a third; importance attached to ties and the one-China
		// policy upheld are support.
		{"joint_text_issued", "2024-07-26",
			"China and Brazil issued a six-point common understanding on the political settlement of the crisis in May.",
			want{typ: parley.Agree, source: "China", target: "Brazil"},
			want{}},
		{"joint_statement_about_a_third", "2024-08-02",
			"On 1 August, Brazil, Colombia and Mexico issued a joint statement calling on the electoral council to release the data.",
			want{},
			want{typ: parley.Agree}},
		{"importance_attached_to_ties", "2024-07-26",
			"Brazilian Foreign Minister Mauro Vieira said that Brazil attaches great importance to its relations with China and firmly abides by the one-China policy.",
			want{typ: parley.Support, source: "Mauro Vieira", target: "China"},
			want{typ: parley.Support, target: "Brazil"}},
		{"importance_attached_to_a_matter", "2024-07-26",
			"Brazil attaches great importance to the climate talks.",
			want{},
			want{typ: parley.Support}},
	}
	runRuledOut(t, tests)
}

// TestGroundAndForce checks readings of ground given up and force raised
// added in the twenty-sixth session.
func TestGroundAndForce(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"land_ceded", "2023-01-27",
			"Kyrgyzstan ceded the disputed land to Uzbekistan under the border deal.",
			want{typ: parley.Concede, source: "Kyrgyzstan", target: "Uzbekistan"},
			want{typ: parley.Concede, source: "Uzbekistan"}},
		{"reservists_raised_after_an_attack", "2023-10-09",
			"Israel called up 300,000 reservists after the Hamas attack.",
			want{typ: parley.Mobilize, source: "Israel", target: "Hamas"},
			want{typ: parley.Mobilize, target: "Israel"}},
		{"troops_sent_in_response_to_an_invasion", "2022-03-01",
			"Poland deployed troops to its eastern border in response to Russia's invasion of Ukraine.",
			want{typ: parley.Mobilize, source: "Poland", target: "Russia"},
			want{typ: parley.Mobilize, target: "Ukraine"}},
		{"forces_raised_after_own_side_acted", "2022-03-01",
			"Russia put its nuclear forces on alert after Russian strikes on Kyiv.",
			want{},
			want{typ: parley.Mobilize, target: "Russia"}},
	})
}

// TestPhrasesAndSides checks readings of fronted phrases and of the sides
// of talks added in the twenty-sixth session.
func TestPhrasesAndSides(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"meeting_in_a_fronted_phrase_not_in_the_main_place", "2023-06-20",
			"Having met Xi Jinping on Monday, Antony Blinken flew to London.",
			want{typ: parley.Consult, source: "Antony Blinken", target: "Xi Jinping", place: "-"},
			want{typ: parley.Consult, source: "Antony Blinken", target: "Xi Jinping", place: "London"}},
		{"meeting_in_a_fronted_phrase_keeps_its_own_place", "2024-07-09",
			"After meeting Vladimir Putin in Moscow, Viktor Orban flew to Beijing.",
			want{typ: parley.Consult, source: "Viktor Orbán", target: "Vladimir Putin", place: "Moscow"},
			want{typ: parley.Consult, source: "Viktor Orbán", target: "Vladimir Putin", place: "Beijing"}},
		{"relative_aside_place_is_its_own", "2024-07-06",
			"Viktor Orban, who had visited Moscow the day before, met Xi Jinping.",
			want{typ: parley.Consult, source: "Viktor Orbán", target: "Xi Jinping", place: "-"},
			want{typ: parley.Consult, source: "Viktor Orbán", target: "Xi Jinping", place: "Moscow"}},
		{"relative_aside_of_where_one_is", "2023-03-21",
			"Xi Jinping, who is in Moscow on a state visit, met Vladimir Putin on Tuesday.",
			want{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", place: "Moscow"},
			want{}},
		{"both_men_are_the_pair", "2024-07-02",
			"German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk held talks in Warsaw on Tuesday. The chancellor also praised Poland's support for Ukraine. Both men criticised Hungary's Viktor Orban.",
			want{typ: parley.Accuse, source: "Donald Tusk", target: "Viktor Orbán"},
			want{}},
		{"visit_to_a_capital_the_story_names_once", "2024-07-02",
			"German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk held talks in Warsaw on Tuesday. Tusk said Poland expected Germany to pay compensation for the damage of the Second World War. The chancellor also praised Poland's support for Ukraine. Both men criticised Hungary's Viktor Orban, who had visited Moscow the day before.",
			want{typ: parley.Consult, source: "Viktor Orbán", target: "Russia", date: "2024-07-01", place: "Moscow"},
			want{}},
		{"former_premier_accuses_the_government", "2025-01-31",
			"Opposition leader Succès Masra, who served as Chad's prime minister until last year, accused the government of swapping one foreign patron for another.",
			want{typ: parley.Accuse, source: "Succès Masra", target: "Chad"},
			want{}},
		{"speaker_goes_on_after_words_quoted", "2022-04-22",
			"Attorney General Merrick Garland said that Juan Orlando Hernández had \"abused his position as President of Honduras\" and thanked the Honduran government for its cooperation.",
			want{typ: parley.Support, source: "Merrick Garland", target: "Honduras"},
			want{typ: parley.Support, source: "Juan Orlando Hernández"}},
		{"deed_days_before_the_occasion_keeps_no_day", "2024-10-10",
			"Southeast Asian leaders met in Vientiane on Wednesday for their annual summit. The Philippines and Vietnam signed a memorandum on coast guard cooperation on the sidelines of the meeting, days after Chinese vessels rammed a Vietnamese fishing boat near the Paracel Islands.",
			want{typ: parley.Assault, source: "China", target: "Vietnam", date: "-"},
			want{typ: parley.Assault, date: "2024-10-09"}},
		{"defence_chiefs_are_the_ministers", "2024-06-01",
			"US and Chinese defence chiefs held their first talks in 18 months in Singapore.",
			want{typ: parley.Consult, source: "Lloyd Austin", target: "Dong Jun"},
			want{}},
		{"state_and_group_negotiators", "2024-06-14",
			"The talks in Doha between Israeli and Hamas negotiators ended without agreement on Thursday.",
			want{typ: parley.Consult, source: "Israel", target: "Hamas", date: "2024-06-13"},
			want{typ: parley.Agree, status: parley.Occurred}},
	})
}

// TestUnrest checks readings of domestic unrest added in the
// twenty-sixth session.
func TestUnrest(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"crowd_storms_parliament", "2024-06-26",
			"Kenyan police fired tear gas at protesters who stormed parliament in Nairobi on Tuesday.",
			want{typ: parley.Protest, source: "Kenyan protesters", target: "Parliament of Kenya", date: "2024-06-25"},
			want{typ: parley.Protest, source: "National Police Service"}},
		{"crowd_storms_a_leaders_residence", "2022-07-10",
			"Protesters in Colombo stormed the residence of President Gotabaya Rajapaksa on Saturday.",
			want{typ: parley.Protest, source: "Sri Lankan protesters", target: "Gotabaya Rajapaksa", date: "2022-07-09"},
			want{typ: parley.Protest, target: "Sri Lanka"}},
		{"bill_withdrawn_under_protest", "2024-06-26",
			"Thousands of protesters rallied in Nairobi against the finance bill on Tuesday. On Wednesday President William Ruto withdrew the finance bill, saying he had listened to the people.",
			want{typ: parley.Concede, source: "William Ruto", target: "Kenyan protesters", date: "2024-06-26"},
			want{}},
		{"bill_withdrawn_with_no_protest", "2024-06-26",
			"Kenyan President William Ruto withdrew the finance bill on Wednesday.",
			want{},
			want{typ: parley.Concede}},
		{"crowd_overruns_parliament_a_day_before", "2024-06-26",
			"President William Ruto withdrew the Finance Bill 2024 on Wednesday, telling the country in a televised address, “I concede,” a day after demonstrators overran parts of parliament in Nairobi.",
			want{typ: parley.Protest, source: "Kenyan demonstrators", target: "Parliament of Kenya", date: "2024-06-25"},
			want{typ: parley.Protest, date: "2024-06-26"}},
		{"bill_withdrawn_after_the_crowd_in_the_same_sentence", "2024-06-26",
			"President William Ruto withdrew the Finance Bill 2024 on Wednesday, a day after demonstrators overran parts of parliament in Nairobi.",
			want{typ: parley.Concede, source: "William Ruto", target: "Kenyan demonstrators", date: "2024-06-26"},
			want{}},
		{"storming_called_treasonous_is_the_crowds", "2024-06-26",
			"Demonstrators overran parts of parliament in Nairobi on Tuesday. President William Ruto called the storming of parliament treasonous in an address on Tuesday night.",
			want{typ: parley.Accuse, source: "William Ruto", target: "Kenyan demonstrators"},
			want{}},
		{"army_deployed_to_support_the_police", "2024-06-26",
			"Kenyan President William Ruto deployed the army to support the police on Tuesday.",
			want{},
			want{typ: parley.Support, source: "Kenya Defence Forces"}},
	})
}
