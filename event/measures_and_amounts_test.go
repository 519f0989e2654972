package event_test

import (
	"testing"

	"parley"
)

// TestVisaRequirements checks visas demanded of another state's people as
// a reduction of relations aimed at that state: its citizens named by
// their nationality stand for it here, as they do not when detained.
func TestVisaRequirements(t *testing.T) {
	runEventCases(t, []eventCase{
		{"introduce_visas_for_citizens", "2022-06-20",
			"Zelensky said on Friday that Ukraine would introduce visas for Russian citizens from July 1.",
			[]want{{typ: parley.Sanction, source: "Ukraine", target: "Russia", status: parley.Planned}}},
		{"began_requiring_visas_from_officials", "2017-08-10",
			"In July, Santiago began requiring visas from Bolivian officials travelling on diplomatic passports.",
			[]want{{typ: parley.Sanction, source: "Chile", target: "Bolivia", date: "2017-07"}}},
		{"imposed_a_visa_regime_on_a_state", "2001-01-10",
			"Russia imposed a visa regime on Georgia in December.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Georgia", date: "2000-12"}}},
		{"reimposed_visa_requirements", "2024-03-10",
			"Moscow reimposed visa requirements on Moldovan citizens on Monday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Moldova", date: "2024-03-04"}}},
	})
	runNotCases(t, []notCase{
		// a rule for visitors in general is aimed at no state
		{"visas_for_all_students", "2024-03-10",
			"Kenya introduced new visas for all foreign students on Monday.",
			want{typ: parley.Sanction, source: "Kenya"}},
	})
}

// TestAmountLeads checks the words that lead an amount ("up to", "at
// least", "as much as") inside the object of a measure: they are not
// prepositions that end the search for its target.
func TestAmountLeads(t *testing.T) {
	runEventCases(t, []eventCase{
		{"tariffs_on_up_to", "2018-06-11",
			"The prime minister repeated that Canada would impose retaliatory tariffs on up to $16.6-billion worth of American goods on July 1.",
			[]want{{typ: parley.Sanction, source: "Canada", target: "United States", status: parley.Planned, date: "2018-07-01"}}},
		{"sanctions_on_at_least", "2024-03-10",
			"Washington imposed sanctions on at least 20 Russian banks on Friday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Russia", date: "2024-03-08"}}},
		{"loans_of_as_much_as", "2024-03-10",
			"Beijing extended loans of as much as $3 billion to Pakistan on Friday.",
			[]want{{typ: parley.Aid, source: "China", target: "Pakistan", date: "2024-03-08"}}},
	})
}

// TestDiplomatsOfManyBodies checks the diplomats summoned from several
// states or bodies: each is a target, and "countries" after a group's
// name ends its name, not the list.
func TestDiplomatsOfManyBodies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"diplomats_from_g7_countries_and_the_eu", "2022-08-05",
			"A senior Chinese foreign ministry official, Deng Li, summoned diplomats from G7 countries and the European Union on Thursday to protest against the statement.",
			[]want{{typ: parley.Accuse, source: "Deng Li", target: "Group of Seven", date: "2022-08-04"},
				{typ: parley.Accuse, source: "Deng Li", target: "European Union", date: "2022-08-04"}}},
		{"ambassadors_of_two_states", "2022-08-05",
			"China's foreign ministry summoned the ambassadors of France and Germany on Thursday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "France"}, {typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "Germany"}}},
	})
}

// TestMeasureOnItsOwnCondition checks a measure whose phrase holds its own
// condition (", if imposed,"): it is not done, and no one threatens it.
func TestMeasureOnItsOwnCondition(t *testing.T) {
	text := "KYIV, March 20 (Reuters) - Ukraine said on Thursday it would introduce visas for Russian citizens.\n\n" +
		"Broader sanctions on Russia's energy, banking and defence industries, if imposed, could also hurt European economies."
	runNotCases(t, []notCase{
		{"if_imposed_is_no_sanction", "2014-03-20", text, want{typ: parley.Sanction, status: parley.Occurred, target: "Russia"}},
		{"if_imposed_is_no_threat", "2014-03-20", text, want{typ: parley.Threaten, target: "Russia"}},
	})
}

// TestProposalWithItsContent checks a proposal refused whose "that" clause
// runs before the relative naming who made it: the refusal is aimed at
// the one who put it forward.
func TestProposalWithItsContent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"did_not_accept_the_proposal_that", "2019-06-08",
			"Mexico did not accept the proposal that it be designated a safe third country, which the United States put forward during the talks.",
			[]want{{typ: parley.Reject, source: "Mexico", target: "United States"}}},
		{"rejected_the_proposal_that", "2019-06-08",
			"Mexico rejected the proposal that it take in asylum seekers, which Washington made in May.",
			[]want{{typ: parley.Reject, source: "Mexico", target: "United States"}}},
		// A resignation or a letter sent is its sender's too.
		{"rejected_the_resignation_that_he_sent", "2000-11-22",
			"Peru's Congress rejected the resignation that Fujimori sent from Japan.",
			[]want{{typ: parley.Reject, source: "Congress of the Republic of Peru", target: "Alberto Fujimori"}}},
	})
}

// TestStrikesCalled checks stoppages of work begun, called or held by
// workers or their union: a protest aimed at their government. A blow
// "launched" on a target stays an assault.
func TestStrikesCalled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"doctors_began_an_indefinite_strike", "2024-03-20",
			"Kenyan doctors began an indefinite strike on Monday over unpaid salaries.",
			[]want{{typ: parley.Protest, source: "Kenyan doctors", target: "Kenya", date: "2024-03-18"}}},
		{"union_called_a_strike", "2024-03-20",
			"The Kenya National Union of Teachers called a nationwide strike over pay on Monday.",
			[]want{{typ: parley.Protest, source: "Kenya National Union of Teachers", target: "Kenya", date: "2024-03-18"}}},
		{"nurses_held_a_two_day_strike", "2024-03-20",
			"Nigerian nurses held a two-day strike against the federal government on Monday.",
			[]want{{typ: parley.Protest, source: "Nigerian nurses", target: "Nigeria", date: "2024-03-18"}}},
		{"teachers_in_a_state_launched_a_strike", "2024-03-20",
			"Teachers in Micronesia launched a wildcat general strike on Tuesday demanding an end to layoffs.",
			[]want{{typ: parley.Protest, source: "Micronesian teachers", target: "Micronesia", date: "2024-03-19"}}},
		{"launched_a_strike_on_targets", "2024-03-20",
			"Israel launched a strike on Iranian targets on Monday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Iran", date: "2024-03-18"}}},
	})
	runNotCases(t, []notCase{
		{"air_strike_is_no_protest", "2024-03-20",
			"The United States launched strikes against Houthi positions on Monday.",
			want{typ: parley.Protest}},
	})
}

// TestTitleOfTwoOffices checks a person titled with two offices joined by
// "and", the first naming a body ("Member of the Political Bureau of the
// CPC Central Committee and Foreign Minister Wang Yi"): the body is part
// of the title, no participant.
func TestTitleOfTwoOffices(t *testing.T) {
	text := "On May 23, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira in Beijing."
	runEventCases(t, []eventCase{
		{"person_of_two_offices", "2024-05-23", text,
			[]want{{typ: parley.Consult, source: "Wang Yi", target: "Mauro Vieira", date: "2024-05-23"}}},
	})
	runNotCases(t, []notCase{
		{"body_in_the_title_is_no_participant", "2024-05-23", text,
			want{typ: parley.Consult, source: "Central Committee of the Communist Party of China"}},
	})
}

// TestStatesQuittingABody checks a body left by states a list names and
// "they" takes up ("announced that they were quitting ECOWAS"), with
// "quitting" spelled as English doubles its t.
func TestStatesQuittingABody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"list_announced_they_were_quitting", "2024-02-24",
			"Mali, Burkina Faso and Niger announced in January that they were quitting ECOWAS.",
			[]want{{typ: parley.Sanction, source: "Mali", target: "Economic Community of West African States"},
				{typ: parley.Sanction, source: "Burkina Faso", target: "Economic Community of West African States"},
				{typ: parley.Sanction, source: "Niger", target: "Economic Community of West African States"}}},
		{"is_quitting", "2022-03-10",
			"Russia is quitting the Council of Europe, its foreign ministry said on Thursday.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Council of Europe"}}},
	})
}

// TestTiesBrokenInARelative checks ties a relative clause says were
// broken ("relations with Caracas, which Duque broke off"): the partner
// named with the ties, by the relative's subject; and an "after …ing"
// in that relative is that subject's act.
func TestTiesBrokenInARelative(t *testing.T) {
	text := "Petro had pledged to normalise relations with Caracas, which his predecessor Iván Duque broke off in February 2019 after recognising opposition leader Juan Guaidó as interim president."
	runEventCases(t, []eventCase{
		{"relations_which_were_broken_off", "2022-08-29", text,
			[]want{{typ: parley.Sanction, source: "Iván Duque", target: "Venezuela", date: "2019-02"},
				{typ: parley.Support, source: "Iván Duque", target: "Juan Guaidó"}}},
	})
	runNotCases(t, []notCase{
		{"recognition_is_not_the_main_subjects", "2022-08-29", text, want{typ: parley.Support, source: "Gustavo Petro", target: "Juan Guaidó"}},
	})
}

// TestReadoutProtocol checks acts a state-visit readout tells in its own
// words: leaders who "witnessed the exchange of" memoranda agreed them
// (unless the memoranda name their own parties), and a banquet hosted "in
// honour of" a guest is a meeting with the guest.
func TestReadoutProtocol(t *testing.T) {
	runEventCases(t, []eventCase{
		{"witnessed_the_exchange_of_memoranda", "2025-01-26",
			"On January 25, Prime Minister Narendra Modi and President Prabowo Subianto witnessed the exchange of five Memoranda of Understanding.",
			[]want{{typ: parley.Agree, source: "Narendra Modi", target: "Prabowo Subianto", date: "2025-01-25"}}},
		{"banquet_in_honour_of", "2025-01-26",
			"On January 25, President Droupadi Murmu hosted a banquet in honour of President Prabowo Subianto.",
			[]want{{typ: parley.Consult, source: "Prabowo Subianto", target: "Droupadi Murmu", date: "2025-01-25"}}},
	})
	runNotCases(t, []notCase{
		{"memoranda_between_other_parties", "2024-01-31",
			"Marcos and Vo Van Thuong witnessed the signing of two memoranda of understanding between the Philippine Coast Guard and the Vietnam Coast Guard.",
			want{typ: parley.Agree, source: "Ferdinand Marcos Jr."}},
		{"exchange_of_fire", "2024-01-31", "Thousands witnessed the exchange of fire between India and Pakistan.", want{typ: parley.Agree}},
	})
}

// TestTalksAtAVenue checks talks held at a named building: in person.
func TestTalksAtAVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks_at_a_house", "2025-01-26", "Modi and Prabowo held talks at Hyderabad House on Saturday.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Prabowo Subianto", medium: parley.InPerson, date: "2025-01-25"}}},
		{"met_at_a_hall", "2024-05-23", "Xi met Lula at the Great Hall of the People on Thursday.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Luiz Inácio Lula da Silva", medium: parley.InPerson}}},
	})
}

// TestPlacesOfEachMeeting checks a trip to a list of capitals to meet a
// list of leaders: each meeting in the capital of its leader's state, the
// one left with the place left.
func TestPlacesOfEachMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"three_capitals_three_leaders", "2025-01-27",
			"Danish Prime Minister Mette Frederiksen will travel to Berlin, Paris and Brussels on Tuesday to meet German Chancellor Olaf Scholz, French President Emmanuel Macron and NATO Secretary General Mark Rutte.",
			[]want{{typ: parley.Consult, source: "Mette Frederiksen", target: "Olaf Scholz", place: "Berlin"},
				{typ: parley.Consult, source: "Mette Frederiksen", target: "Emmanuel Macron", place: "Paris"},
				{typ: parley.Consult, source: "Mette Frederiksen", target: "Mark Rutte", place: "Brussels"}}},
	})
	runNotCases(t, []notCase{
		// a place after the list of capitals has ended is none of its own
		{"place_after_the_list", "2025-01-27",
			"Danish Prime Minister Mette Frederiksen will travel to Berlin and Paris on Tuesday to meet German Chancellor Olaf Scholz, French President Emmanuel Macron and NATO Secretary General Mark Rutte, and then fly to Geneva.",
			want{typ: parley.Consult, target: "Mark Rutte", place: "Geneva"}},
	})
}

// TestListAfterAClauseJoinedByAnd checks a list of states that opens a
// clause after ", and": all of it acts, not the part after its first
// comma.
func TestListAfterAClauseJoinedByAnd(t *testing.T) {
	runEventCases(t, []eventCase{
		{"and_a_list_of_three", "2024-12-02",
			"The United States suspended its strategic partnership with Georgia on Saturday, and Lithuania, Latvia and Estonia imposed entry bans on 11 Georgian officials.",
			[]want{{typ: parley.Sanction, source: "Lithuania", target: "Georgia"}, {typ: parley.Sanction, source: "Latvia", target: "Georgia"},
				{typ: parley.Sanction, source: "Estonia", target: "Georgia"}}},
	})
}

// TestMeasureAskedForAfterAnd checks a measure asked for by a second
// "for" joined by "and" to the first: asked, not imposed.
func TestMeasureAskedForAfterAnd(t *testing.T) {
	runNotCases(t, []notCase{
		{"calling_for_a_rerun_and_for_sanctions", "2024-11-29",
			"The European Parliament adopted a resolution on Thursday calling for a rerun of the election and for sanctions on senior Georgian officials.",
			want{typ: parley.Sanction}},
	})
}

// TestTaxesRaisedAndSidesDislodged checks that a tax on another state's
// goods made heavier is a penalty on the state they come from, that a
// tax of one's own raised is none, and that forces dislodging a side used
// force on it.
func TestTaxesRaisedAndSidesDislodged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"raised_the_tax_on_goods_imported_from", "2018-11-22",
			"On Wednesday Kosovo's government raised the tax on all goods imported from Serbia from 10 to 100 per cent.",
			[]want{{typ: parley.Sanction, source: "Kosovo", target: "Serbia", date: "2018-11-21"}}},
		{"a_tax_of_ones_own", "2019-10-02", "Japan raised the consumption tax to 10 percent on Tuesday.", nil},
		{"dislodged_a_group", "2017-05-08",
			"In December, Nigerian troops dislodged Boko Haram from Camp Zero.",
			[]want{{typ: parley.Assault, source: "Nigerian Army", target: "Boko Haram", date: "2016-12"}}},
	})
}
