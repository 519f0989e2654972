package actor

import "testing"

// kenyaStory opens a story whose main state is Kenya, for the bodies
// named after it without their state.
const kenyaStory = "Kenya said on Monday that Kenya would raise taxes. Kenyan President William Ruto spoke in Nairobi. "

// belarusStory opens a story whose main state is Belarus.
const belarusStory = "Belarus said on Monday that Belarus wanted talks. Belarusian President Alexander Lukashenko spoke in Minsk. "

// TestElliptedBodies covers two bodies written with their shared words
// once, in the plural: each state's own ministry or embassy, each party
// or republic the knowledge base knows by its whole name.
func TestElliptedBodies(t *testing.T) {
	tests := []mentionCase{
		{"two_states_foreign_ministries", "The Russian and Chinese foreign ministries condemned the strike on Monday.", "2024-05-10", "Chinese foreign ministries", []string{"org:mfa-china"}},
		{"the_first_of_two_states_foreign_ministries", "The Russian and Chinese foreign ministries condemned the strike on Monday.", "2024-05-10", "Russian", []string{"org:mfa-russia"}},
		{"the_first_of_three_states_defence_ministries", "Officials of the French, German and Italian defence ministries met in Rome.", "2024-05-10", "French", []string{"org:french-armed-forces-ministry"}},
		{"three_states_defence_ministries", "Officials of the French, German and Italian defence ministries met in Rome.", "2024-05-10", "Italian defence ministries", []string{"org:ita-ministry-of-defence"}},
		{"two_states_embassies", "The US and British embassies in Kabul suspended their operations.", "2021-08-15", "British embassies", []string{"org:gbr-embassy"}},
		{"two_parties", "The Democratic and Republican parties agreed on a stopgap budget.", "2024-05-10", "Democratic and Republican parties", []string{"org:democratic-party-us", "org:republican-party-us"}},
		{"two_parties_after_a_preposition", "Leaders of the Labour and Conservative parties clashed over the bill.", "2024-05-10", "Labour and Conservative parties", []string{"org:labour-party-uk", "org:conservative-party-uk"}},
		{"two_republics", "Putin recognised the Donetsk and Luhansk people's republics as independent states.", "2022-02-22", "Donetsk and Luhansk people's republics", []string{"org:dpr", "org:lpr"}},
		{"two_republics_in_quotation_marks", "Kazakhstan will not recognise the Donetsk and Luhansk “people's republics”, Tokayev said.", "2022-06-18", "Donetsk and Luhansk “people's republics”", []string{"org:dpr", "org:lpr"}},
		{"two_named_bodies_keep_their_names", "The Hamas and Islamic Jihad movements rejected the plan.", "2024-05-10", "Islamic Jihad", []string{"org:pij"}},
	}
	runMentionCases(t, tests)
}

// TestBareCourts covers the courts most states have, named bare in a
// story about one state: that state's.
func TestBareCourts(t *testing.T) {
	tests := []mentionCase{
		{"the_supreme_court_of_the_story", kenyaStory + "The Supreme Court ordered a recount on Tuesday.", "2024-05-10", "Supreme Court", []string{"org:ken-supreme-court"}},
		{"a_supreme_court_judge", kenyaStory + "A Supreme Court judge ordered the opposition leader freed.", "2024-05-10", "Supreme Court", []string{"org:ken-supreme-court"}},
		{"the_constitutional_court_of_the_story", kenyaStory + "The Constitutional Court struck down the finance law.", "2024-05-10", "Constitutional Court", []string{"org:ken-constitutional-court"}},
		{"a_court_with_no_main_state_stays_unknown", "Israel and Iran traded strikes. The Supreme Court ordered a recount.", "2024-05-10", "Supreme Court", []string{"new:organization:supreme-court"}},
	}
	runMentionCases(t, tests)
}

// TestPoliticalPrisoners covers political prisoners as a group of the
// state that holds them, wherever they are sent.
func TestPoliticalPrisoners(t *testing.T) {
	tests := []mentionCase{
		{"freed_prisoners_of_the_story", belarusStory + "Belarus freed 52 political prisoners on Thursday and sent them to Lithuania.", "2025-09-12", "political prisoners", []string{"new:organization:belarusian-political-prisoners"}},
		{"prisoners_flown_abroad_stay_the_holders", belarusStory + "The government released 14 political prisoners and put them on a plane to Washington.", "2025-09-12", "political prisoners", []string{"new:organization:belarusian-political-prisoners"}},
		{"the_freed_prisoners_after_them", belarusStory + "Belarus freed 52 political prisoners on Thursday. The freed prisoners were driven to Lithuania.", "2025-09-12", "The freed prisoners", []string{"new:organization:belarusian-political-prisoners"}},
		{"the_prisoners_after_them", belarusStory + "The government released 14 political prisoners. A judge said the prisoners had been deported.", "2025-09-12", "the prisoners", []string{"new:organization:belarusian-political-prisoners"}},
		{"prisoners_of_war_are_no_political_prisoners", belarusStory + "Ukraine and Russia swapped 90 prisoners of war. The prisoners were flown to Kyiv.", "2025-09-12", "The prisoners", nil},
		{"the_prisoners_alone_are_no_group", belarusStory + "Police said the prisoners had escaped from a jail near Minsk.", "2025-09-12", "the prisoners", nil},
		{"prisoners_named_by_their_state", "Cuban political prisoners were freed in 2015 under a deal with Washington.", "2024-05-10", "Cuban political prisoners", []string{"new:organization:cuban-political-prisoners"}},
	}
	runMentionCases(t, tests)
}

// TestMovementsNamedByTheText covers bodies of people the knowledge base
// lacks that the text names: "the <Name> movement", an acronym with an
// apposition that says what it is, and "the movement" after either.
func TestMovementsNamedByTheText(t *testing.T) {
	tests := []mentionCase{
		{"a_movement_named_before_its_head", "Thousands joined the Occupy Wall Street movement in New York.", "2011-10-15", "Occupy Wall Street movement", []string{"new:organization:occupy-wall-street"}},
		{"a_campaign_with_connectors_in_its_name", "The Justice for Miners campaign marched on parliament on Tuesday.", "2024-05-10", "Justice for Miners campaign", []string{"new:organization:justice-for-miners"}},
		{"a_place_inside_the_name", "Archbishop Galstanyan, who leads the Tavush for the Homeland movement, spoke in Yerevan.", "2024-05-10", "Tavush for the Homeland movement", []string{"new:organization:tavush-for-the-homeland"}},
		{"the_movement_after_it", "Archbishop Galstanyan leads the Tavush for the Homeland movement. Two opposition parties have backed the movement.", "2024-05-10", "the movement", []string{"new:organization:tavush-for-the-homeland"}},
		{"a_known_movement_stays_known", "The Hamas movement rejected the plan on Monday.", "2024-05-10", "Hamas", []string{"org:hamas"}},
		{"the_movement_of_troops_is_none", "Thousands joined the Occupy Wall Street movement. The movement of troops was reported.", "2024-05-10", "The movement", nil},
		{"an_acronym_said_to_be_an_alliance", "The MDF, a pro-democracy alliance formed in March, called a general strike.", "2024-05-10", "MDF", []string{"new:organization:mdf"}},
		{"an_acronym_said_to_be_a_party", "The CNRP, a banned opposition party, called for a boycott of the vote.", "2018-07-20", "CNRP", []string{"new:organization:cnrp"}},
		{"the_alliance_after_the_acronym", "The MDF, a pro-democracy alliance formed in March, called a general strike. Police raided the offices of the alliance on Monday.", "2024-05-10", "the alliance", []string{"new:organization:mdf"}},
		{"a_known_acronym_stays_known", "The KPRF, the main opposition party, boycotted the vote.", "2024-05-10", "KPRF", []string{"org:kprf"}},
		{"an_acronym_said_to_be_no_body_is_none", "The GDP, the main measure of output, fell by 2 percent.", "2024-05-10", "GDP", nil},
	}
	runMentionCases(t, tests)
}

// TestABodyByItsShortNameFarOn covers "the Council" written with a capital
// pages after a meeting record named the Security Council: the one body
// named before whose name holds the word, however far back; none when two
// councils were named, nor for a lower-case "the council" that far.
func TestABodyByItsShortNameFarOn(t *testing.T) {
	opening := "The Security Council adopted a resolution on Iran on Saturday. "
	speeches := "The delegate of Peru said the text was balanced. The delegate of Ghana said it was fair. " +
		"The delegate of Japan spoke of the talks. The delegate of Qatar asked for calm. " +
		"The delegate of Chile praised the work. The delegate of Togo spoke last. The delegate of Spain agreed. "
	tests := []mentionCase{
		{"the_council_far_after_its_name", opening + speeches + "Iran accused the Council of a double standard.", "2006-12-23",
			"the Council", []string{"org:unsc"}},
		{"two_councils_named_before", opening + "The European Council met in Brussels. " + speeches + "Iran accused the Council of a double standard.", "2006-12-23",
			"the Council", nil},
		{"a_lower_case_council_that_far", opening + speeches + "Iran accused the council of a double standard.", "2006-12-23",
			"the council", nil},
	}
	runMentionCases(t, tests)
}

// TestALetterheadsMinistry covers a ministry's letterhead followed by its
// government: "Ministry of Foreign Affairs, Government of the People's
// Republic of Bangladesh" is Bangladesh's ministry, not a body named
// "Ministry of Foreign Affairs, Government".
func TestALetterheadsMinistry(t *testing.T) {
	tests := []mentionCase{
		{"a_ministry_then_its_government", "Dhaka, 15 March 2012 — Ministry of Foreign Affairs, Government of the People's Republic of Bangladesh, Press Release\n\nThe Ministry summoned Myanmar's ambassador.", "2012-03-15",
			"Ministry of Foreign Affairs", []string{"org:bgd-ministry-of-foreign-affairs"}},
		{"the_government_after_it_is_the_state", "Dhaka, 15 March 2012 — Ministry of Foreign Affairs, Government of Bangladesh\n\nThe Ministry summoned Myanmar's ambassador.", "2012-03-15",
			"Government of Bangladesh", []string{"state:BGD"}},
	}
	runMentionCases(t, tests)
}

// TestBodiesNamedForAStateOfTwoWords covers names that end in a state of
// more than one word or in a continent: "the National Assembly of South
// Africa", "the Economic Commission for Africa", not cut before the last
// word; the state's own body when the state takes one word.
func TestBodiesNamedForAStateOfTwoWords(t *testing.T) {
	tests := []mentionCase{
		{"a_state_of_two_words", "The National Assembly of South Africa adopted a motion on Tuesday.", "2023-11-22",
			"National Assembly of South Africa", []string{"new:organization:national-assembly-of-south-africa"}},
		{"a_continent", "The Economic Commission for Africa urged Ethiopia to act.", "2023-11-22",
			"Economic Commission for Africa", []string{"new:organization:economic-commission-for-africa"}},
		{"a_state_of_one_word_names_its_body", "The Supreme Court of Brazil ruled on Tuesday.", "2023-11-22",
			"Supreme Court of Brazil", []string{"org:stf"}},
	}
	runMentionCases(t, tests)
}

// TestPartySupporters covers the supporters of a party or an armed group
// the knowledge base knows: a crowd of their own, named with the body's
// whole name, as a person's supporters are named with the person's.
func TestPartySupporters(t *testing.T) {
	tests := []mentionCase{
		{"supporters_of_the_ruling_party", "On Monday, supporters of the ruling Sri Lanka Podujana Peramuna attacked protesters in Colombo.", "2022-05-10", "supporters of the ruling Sri Lanka Podujana Peramuna", []string{"new:organization:sri-lanka-podujana-peramuna-supporters"}},
		{"supporters_of_an_opposition_party_by_its_acronym", "Supporters of the opposition PTI blocked roads into Islamabad.", "2024-05-10", "Supporters of the opposition PTI", []string{"new:organization:pakistan-tehreek-e-insaf-supporters"}},
		{"an_armed_groups_supporters_before_the_noun", "Hezbollah supporters marched on the embassy in Beirut.", "2024-05-10", "Hezbollah supporters", []string{"new:organization:hezbollah-supporters"}},
		{"a_partys_supporters_with_a_possessive", "Hamas's supporters rallied in Gaza City.", "2024-05-10", "Hamas's supporters", []string{"new:organization:hamas-supporters"}},
		{"supporters_of_an_alliance_of_states_are_no_crowd", "Supporters of NATO membership rallied in Helsinki.", "2022-05-10", "NATO", []string{"org:nato"}},
	}
	runMentionCases(t, tests)
}

// TestGovernmentOfAFrontedSeat covers "In Mogadishu, the federal
// government …", "In Beijing, officials …": a bare government, officials
// or crowd after a capital that opens the sentence are that state's, not
// those of the state the story is mostly about; a capital inside a
// fronted phrase that does not open the sentence says nothing.
func TestGovernmentOfAFrontedSeat(t *testing.T) {
	story := "Kenya and Uganda signed a pipeline agreement in Nairobi on Thursday. Kenya said the deal would cut fuel prices. "
	tests := []mentionCase{
		{"a_federal_government_after_its_capital", story + "In Mogadishu, the federal government recalled its ambassador to Nairobi.", "2025-03-14",
			"the federal government", []string{"state:SOM"}},
		{"a_government_after_its_capital", story + "In Mogadishu, the government recalled its ambassador to Kenya.", "2025-03-14",
			"the government", []string{"state:SOM"}},
		{"officials_after_their_capital", story + "In Beijing, officials accused Washington of bullying.", "2025-03-14",
			"officials", []string{"state:CHN"}},
		{"a_city_international_bodies_sit_in", story + "In Brussels, officials accused Russia of blackmail.", "2025-03-14",
			"officials", nil},
		{"a_government_after_its_capital_and_an_aside", story + "In Mogadishu, where the news led the evening bulletins, the government recalled its ambassador to Kenya.", "2025-03-14",
			"the government", []string{"state:SOM"}},
		{"a_capital_inside_a_later_phrase", story + "After a meeting in Kampala, the government said the pipeline would open in 2027.", "2025-03-14",
			"the government", []string{"state:KEN"}},
	}
	runMentionCases(t, tests)
}

// TestSidesOfTalksOthersHost covers "the two sides" of talks the
// sentence's own subjects host or hold between others: the parties the
// text set side by side before, not the hosts.
func TestSidesOfTalksOthersHost(t *testing.T) {
	tests := []mentionCase{
		{"hosts_of_talks_between_the_two_sides",
			"Sudan's army and the Rapid Support Forces have fought since April. Saudi Arabia and the United States have hosted several rounds of talks between the two sides in Jeddah since May.",
			"2023-08-29", "the two sides", []string{"org:saf-sudan", "org:rsf-sudan"}},
		{"the_sides_named_in_the_sentence_before",
			"Israel and Hamas held talks mediated by Egypt and Qatar. Both sides agreed to extend the truce.",
			"2023-11-27", "Both sides", []string{"state:ISR", "org:hamas"}},
	}
	runMentionCases(t, tests)
}

// TestBodiesSpelledEitherWay covers the names of bodies that British and
// American news spell apart: each spelling is the same body.
func TestBodiesSpelledEitherWay(t *testing.T) {
	tests := []mentionCase{
		{"british_spelling_of_an_american_name", "The Organisation for Security and Cooperation in Europe sent observers to Bishkek.", "2005-03-20", "Organisation for Security and Cooperation in Europe", []string{"org:osce"}},
		{"british_spelling_of_an_american_name_with_centre", "The Centre for Strategic and International Studies published satellite images.", "2024-05-10", "Centre for Strategic and International Studies", []string{"org:csis-think-tank"}},
		{"defence_for_defense", "The Israel Defence Forces said it had struck a launcher.", "2024-05-10", "Israel Defence Forces", []string{"org:idf"}},
		{"only_whole_words_change", "The United Nations Development Program said aid was short.", "2024-05-10", "United Nations Development Program", []string{"org:undp"}},
	}
	runMentionCases(t, tests)
}

// TestNamesWithTheirArticle covers the names the knowledge base gives
// with their article ("the Commonwealth"), written mid-sentence with "the"
// in lower case; a longer name that opens the same way is not them, nor is
// a body named by its kind alone.
func TestNamesWithTheirArticle(t *testing.T) {
	tests := []mentionCase{
		{"mid_sentence", "Zimbabwe was suspended from the Commonwealth for a year on Tuesday.", "2002-03-20", "the Commonwealth", []string{"org:commonwealth"}},
		{"mid_sentence_before_a_day", "Nigeria was suspended from the Commonwealth on Saturday.", "1995-11-11", "the Commonwealth", []string{"org:commonwealth"}},
		{"a_longer_name", "ECOWAS leaders offered the Alliance of Sahel States a transition period.", "2024-12-15", "Alliance of Sahel States", []string{"org:aes"}},
		{"a_kind_alone", "Dili said the Commission had found grave abuses in 1999.", "2008-07-15", "Commission", nil},
	}
	runMentionCases(t, tests)
}

// TestItAfterAPaper covers "It" opening a sentence after one that opened
// on a paper a body issued: the paper speaks, and so its issuer.
func TestItAfterAPaper(t *testing.T) {
	tests := []mentionCase{
		{"it_after_the_resolution", "The Security Council voted on Wednesday to lift the sanctions on Eritrea. The resolution takes a middle course. It urges Djibouti and Eritrea to settle their dispute.", "2018-11-15", "It", []string{"org:unsc"}},
		{"it_after_the_statement", "Japan's foreign ministry issued a statement on Monday. The statement was short. It urges China to stop the drills.", "2024-05-10", "It", []string{"org:mofa-japan"}},
	}
	runMentionCases(t, tests)
}

// TestEnvoysOfABody covers "the envoys" and "the mediators" acting after
// a body sent them: the body, as "the delegation" is.
func TestEnvoysOfABody(t *testing.T) {
	tests := []mentionCase{
		{"envoys_a_body_sent", "The Southern African Development Community sent envoys to Eswatini on Sunday. The envoys urged the government to exercise restraint.", "2021-07-05", "The envoys", []string{"org:sadc"}},
		{"a_bodys_mediators", "ECOWAS mediators arrived in Niamey on Thursday. The mediators met General Tiani.", "2023-08-20", "The mediators", []string{"org:ecowas"}},
	}
	runMentionCases(t, tests)
}

// TestMinisterResponsibleFor covers the title some states give a
// minister, "Minister Responsible for …": a title, not a name.
func TestMinisterResponsibleFor(t *testing.T) {
	tests := []mentionCase{
		{"the_title_names_no_one", "Oman's Minister Responsible for Foreign Affairs, Yusuf bin Alawi bin Abdullah, thanked Bahrain.", "2011-03-11", "Oman's Minister Responsible", nil},
	}
	runMentionCases(t, tests)
}

// TestPartiesManyStatesHave checks the parties the knowledge base knows
// bare as one state's ("Labour", "the Conservatives", "the Social
// Democrats"): in a story about another state, that state's party of the
// name; in a story about their own, theirs.
func TestPartiesManyStatesHave(t *testing.T) {
	ireland := "Ireland agreed a rescue with the EU. Irish ministers met in Dublin. Ireland's Taoiseach Brian Cowen said the deal was fair. "
	runMentionCases(t, []mentionCase{
		{"labour_in_ireland", ireland + "The Labour Party demanded an election.", "2010-11-28", "Labour Party", []string{"org:irl-labour-party"}},
		{"labour_bare_in_ireland", ireland + "Labour said it would vote no.", "2010-11-28", "Labour", []string{"org:irl-labour-party"}},
		{"labour_in_britain", "Britain's Prime Minister Gordon Brown met British unions in London. Britain will vote in May. The Labour Party chose its candidates.", "2010-03-01", "Labour Party", []string{"org:labour-party-uk"}},
		{"conservatives_in_canada", "Canada's parliament met in Ottawa. Canada's Prime Minister Justin Trudeau spoke. Canada will vote in the autumn. The Conservatives called for an inquiry.", "2018-06-11", "Conservatives", []string{"org:conservative-party-canada"}},
		{"social_democrats_in_macedonia", "North Macedonia's parliament elected a speaker in Skopje. North Macedonia's president objected. VMRO-DPMNE accused the Social Democrats of a breach.", "2017-04-28", "Social Democrats", []string{"org:mkd-social-democratic-party"}},
	})
	r := resolve(t, ireland+"The Labour Party demanded an election.", "2010-11-28")
	for _, a := range r.Actors {
		if a.ID == "org:irl-labour-party" && (a.Role != "political party" || a.Country != "IRL") {
			t.Errorf("Ireland's Labour Party: %+v, want a political party of IRL", a)
		}
	}
}

// TestAppositionsWithBodiesPlacedLater checks that a person whose
// apposition names a party or chamber known bare as another state's
// takes the state that body is given in the story: "Yeung Sum, chairman
// of the Democratic Party" in Hong Kong is not American.
func TestAppositionsWithBodiesPlacedLater(t *testing.T) {
	r := resolve(t, "Hong Kong shelved the bill. Hong Kong's leader Tung Chee-hwa said the delay was needed. Hong Kong saw protests. "+
		"Yeung Sum, chairman of the Democratic Party, called on Mr Tung to withdraw the bill.", "2003-07-07")
	if c, ok := countryOfNamed(r, "Yeung Sum"); !ok || c != "HKG" {
		t.Errorf("Yeung Sum: country %q (found %v), want HKG", c, ok)
	}
}

// TestQuotedLowerCaseBodies covers a movement's name written in lower
// case between quotation marks, as state media write one they do not
// recognise: still the movement, while a state's name in lower case
// stays a common word.
func TestQuotedLowerCaseBodies(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_movement_in_quotes", `Rabat said armed men of the "polisario" had blocked the road on Monday.`, "2020-11-17", "polisario", []string{"org:polisario"}},
		{"a_movement_in_curly_quotes", "Rabat said the “polisario” had broken the ceasefire.", "2020-11-17", "polisario", []string{"org:polisario"}},
		{"a_state_in_quotes_is_no_name", `The shop sold fine "china" and glass.`, "2020-11-17", "china", nil},
	})
}

// TestBodiesNamedByTheirLeadingHead covers the names of movements, fronts
// and campaigns that open with their head word and go on with "for" or
// "of": the whole name is one body the text introduces.
func TestBodiesNamedByTheirLeadingHead(t *testing.T) {
	tests := []mentionCase{
		{"a_campaign_for", "The strike was called by the Campaign for Fair Wages on Monday.", "1993-07-08", "Campaign for Fair Wages", []string{"new:organization:campaign-for-fair-wages"}},
		{"a_front_for_the", "The Front for the Defence of the Coast rejected the plan.", "2001-03-02", "Front for the Defence of the Coast", []string{"new:organization:front-for-the-defence-of-the-coast"}},
		{"a_coalition_of", "The Coalition of Civic Groups marched to the assembly.", "2001-03-02", "Coalition of Civic Groups", []string{"new:organization:coalition-of-civic-groups"}},
		// A head word opening a sentence with no "for" or "of" after it
		// is no name.
		{"a_rally_alone_is_none", "Rally organisers expected thousands.", "2001-03-02", "Rally", nil},
	}
	runMentionCases(t, tests)
}

// TestAcronymsSharedAcrossStates covers an acronym two bodies of
// different states share: the one of the story's state.
func TestAcronymsSharedAcrossStates(t *testing.T) {
	tests := []mentionCase{
		{"nasa_in_a_kenyan_story", "Kenya's Supreme Court annulled the election on Friday. On 18 August NASA filed its petition against President Uhuru Kenyatta.", "2017-09-04", "NASA", []string{"org:nasa-kenya"}},
		{"nasa_in_an_american_story", "NASA launched a probe from Florida on Friday, the White House said.", "2017-09-04", "NASA", []string{"org:nasa"}},
		{"pap_in_a_polish_story", "Polish workers struck in Radom on Friday. The official news agency PAP said order had been restored.", "1976-06-26", "PAP", []string{"org:pap-poland"}},
	}
	runMentionCases(t, tests)
}

// TestTwoOppositionPartiesJoined checks "the opposition X Party and the Y
// Party": two bodies, the first ending at its head word.
func TestTwoOppositionPartiesJoined(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"first_ends_at_party", "The president invited the opposition Authentic Radical Liberal Party and the National Encounter Party to join his government.",
			"1999-03-30", "Authentic Radical Liberal Party", []string{"new:organization:authentic-radical-liberal-party"}},
	})
}
