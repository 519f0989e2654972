package actor

import "testing"

// TestItThatNames checks "it" in a relative that names what the sentence
// spoke of ("…, which it called coercion"): the state or body the
// sentence opened on, not the owner of the thing named.
func TestItThatNames(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"which_it_called_after_another_state", "The Chinese commerce ministry firmly opposes the U.S. measures, which it called economic coercion.", "2024-12-04",
			"it", []string{"org:mofcom"}},
		{"which_it_described_after_another_state", "Japan rejected the Chinese survey, which it described as illegal.", "2024-12-04",
			"it", []string{"state:JPN"}},
	})
}

// TestRivalsWithoutTheirBroker checks "the two regional rivals" after a
// deal a third state brokered: the pair is the rivals, not the broker.
func TestRivalsWithoutTheirBroker(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"rivals_after_a_brokered_deal",
			"Iran reopened its embassy on Tuesday, seven years after Saudi Arabia cut ties.\n\nThe move follows a China-brokered agreement signed in March, under which the two regional rivals agreed to restore relations.",
			"2023-06-07", "the two regional rivals", []string{"state:IRN", "state:SAU"}},
	})
}

// TestLeadersOfTheLead checks "The leaders" opening a sentence long after
// the story opened on a body's leaders, with other leaders named between:
// the body's.
func TestLeadersOfTheLead(t *testing.T) {
	text := "BRUSSELS, 14 December 2023 — European Union leaders agreed on Thursday to open membership negotiations with Ukraine.\n\n" +
		"Hungarian Prime Minister Viktor Orbán left the room during the vote.\n\n" +
		"Ukrainian President Volodymyr Zelensky thanked European Council President Charles Michel.\n\n" +
		"The leaders also granted candidate status to Georgia."
	runMentionCases(t, []mentionCase{
		{"the_leaders_of_the_lead_body", text, "2023-12-14", "The leaders", []string{"org:european-council"}},
	})
}

// TestTheyOfAListThatSaid checks "they" after a reporting verb whose
// subject is a list of states: the list.
func TestTheyOfAListThatSaid(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"they_after_a_list_announced", "Mali, Burkina Faso and Niger announced in January that they were quitting ECOWAS.", "2024-02-24",
			"they", []string{"state:MLI", "state:BFA", "state:NER"}},
		{"they_after_a_pair_said", "Russia and China said they would veto the draft.", "2024-02-24",
			"they", []string{"state:RUS", "state:CHN"}},
	})
}

// TestItAsTheObjectOfACharge checks "it" as the one a verb charges or
// asks: the state or body named last before it, not the sentence's own
// subject.
func TestItAsTheObjectOfACharge(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"quit_a_body_accusing_it", "Mali quit ECOWAS on Sunday, accusing it of being under French influence.", "2024-02-24",
			"it", []string{"org:ecowas"}},
		{"recalled_an_envoy_and_accused_it", "Kenya recalled its envoy to Somalia and accused it of meddling.", "2024-02-24",
			"it", []string{"state:SOM"}},
		{"the_subject_is_no_object", "Russia said on Monday that others accused it of lying.", "2024-02-24",
			"it", nil},
	})
}

// TestTwoCountriesOfTheStory checks "both countries" when the states
// listed last are not the story's pair and were named sentences before:
// the pair the story is about, named together and far more often.
func TestTwoCountriesOfTheStory(t *testing.T) {
	text := "HELSINKI, July 16, 2018 - U.S. President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday. " +
		"Trump said relations between the United States and Russia had never been worse. Putin said Russia wanted better ties with the United States. " +
		"Observers from Finland and Sweden attended the news conference. Putin later told reporters he had never interfered. " +
		"Trump said afterwards that he blamed both countries for the poor state of relations."
	runMentionCases(t, []mentionCase{
		{"both_countries_of_the_summit", text, "2018-07-16", "both countries", []string{"state:USA", "state:RUS"}},
	})
}

// TestOwnerIsNoSubject checks that "he" after "His deputy, Enver Hoxhaj,
// went further" is the deputy, not the one "his" stood for.
func TestOwnerIsNoSubject(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"he_after_his_deputy_named", "Prime Minister Ramush Haradinaj said the tax would stay. His deputy, Enver Hoxhaj, went further at the same press conference. Serbia, he said, had waged a campaign against Kosovo.", "2018-11-22", "he", []string{"new:person:enver-hoxhaj"}},
	})
}

// TestTheLeadersAgain checks "The leaders" some sentences after "the two
// leaders", with two officials named between: the same pair, unless two
// other leaders were joined by "and" since.
func TestTheLeadersAgain(t *testing.T) {
	lead := "Prime Minister Boris Johnson spoke to the President of the European Commission, Ursula von der Leyen, and the two leaders welcomed the progress made.\n\n" +
		"The talks in Brussels were led by the UK's Chief Negotiator, Lord Frost, and the EU's Chief Negotiator, Michel Barnier.\n\n" +
		"Johnson thanked both teams. The United Kingdom wants control of its waters. The European Union wants access for its fleets. " +
		"Trade between the UK and the EU is worth billions. Johnson said a deal was still possible.\n\n"
	runMentionCases(t, []mentionCase{
		{"the_pair_of_the_two_leaders", lead + "The leaders will speak again on Sunday.", "2020-12-10",
			"The leaders", []string{"person:boris-johnson", "person:ursula-von-der-leyen"}},
		{"a_new_pair_since", lead + "Emmanuel Macron and Angela Merkel met in Paris on Monday. Talks went on into the night. No text was agreed. Officials were tired. The leaders will speak again on Sunday.", "2020-12-10",
			"The leaders", []string{"person:emmanuel-macron", "person:angela-merkel"}},
	})
}

// TestTheSummit checks "The summit" as the subject of an act: the
// international body whose summit an earlier sentence told of, when that
// sentence names one such body.
func TestTheSummit(t *testing.T) {
	lead := "Leaders of the Economic Community of West African States met at an extraordinary summit in Accra on Sunday. Guinea's junta has promised elections. "
	runMentionCases(t, []mentionCase{
		{"the_body_that_met", lead + "The summit also suspended Guinea from the bloc.", "2021-09-08",
			"The summit", []string{"org:ecowas"}},
		{"two_bodies_no_choice", "Leaders of the African Union and the Economic Community of West African States met at a joint summit in Accra. " +
			"The summit also suspended Guinea.", "2021-09-08", "The summit", nil},
		{"a_party_is_no_summit_body", "Leaders of the Economic Community of West African States met at a summit in Accra on Sunday, days after the Rally of the Guinean People was dissolved. " +
			"The summit also suspended Guinea.", "2021-09-08", "The summit", []string{"org:ecowas"}},
		{"not_a_subject", lead + "The summit in Accra lasted a day.", "2021-09-08", "The summit", nil},
	})
}

// TestCountryOfTheOfficeHeld checks a known person's country: the state
// of the office held on the day, else the person's own.
func TestCountryOfTheOfficeHeld(t *testing.T) {
	for _, tt := range []struct{ on, want string }{
		{"1986-10-12", "SUN"}, // Soviet foreign minister
		{"1998-02-10", "GEO"}, // President of Georgia
	} {
		a, ok := actorNamed(resolve(t, "Eduard Shevardnadze arrived on Sunday.", tt.on), "Eduard Shevardnadze")
		if !ok {
			t.Errorf("%s: no Shevardnadze", tt.on)
		} else if a.Country != tt.want {
			t.Errorf("%s: country %q, want %q", tt.on, a.Country, tt.want)
		}
	}
}

// TestPeoplesAsStates checks "the" and a state's people by their plural
// word: the state, unless a place or a clause says which of them.
func TestPeoplesAsStates(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_americans_accused", "Pyongyang accused the Americans of starting the fight.", "1976-08-21",
			"the Americans", []string{"state:USA"}},
		{"the_israelis_acting", "The Israelis struck back on Tuesday.", "2024-06-21",
			"The Israelis", []string{"state:ISR"}},
		{"a_word_that_is_the_adjective_too", "Brussels accused the Swiss of delaying the treaty.", "2024-06-21",
			"the Swiss", []string{"state:CHE"}},
		{"the_armenians_of_a_place", "Representatives of the Armenians of Nagorno-Karabakh held talks in Yevlakh.", "2023-09-22",
			"the Armenians", nil},
	})
}

// TestBeginAsAName checks a family name that is an everyday word: the
// person after his full name, the word before it.
func TestBeginAsAName(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"after_the_full_name", "Prime Minister Menachem Begin met Anwar Sadat. Begin said the wars were over.", "1977-11-21",
			"Begin", []string{"person:menachem-begin"}},
		{"a_headline_word", "Talks Begin in Geneva\n\nEgypt and Israel opened talks on Monday.", "1978-09-05",
			"Begin", nil},
		{"no_full_name_before", "Begin talks without conditions, the envoy told Egypt and Israel.", "1978-09-05",
			"Begin", nil},
	})
}

// TestBareNameOfTheLeader checks a bare family name shared by a head of
// state the article named and an official it introduced: the head of
// state.
func TestBareNameOfTheLeader(t *testing.T) {
	text := "Vladimir Putin signed a defence pact with Kim Jong Un in Pyongyang on Wednesday.\n\n" +
		"In Seoul, First Vice Foreign Minister Kim Hong-kyun summoned the Russian ambassador.\n\n" +
		"Putin was met at the airport by Kim, who called the new relationship an alliance."
	runMentionCases(t, []mentionCase{
		{"the_leader_over_the_official", text, "2024-06-21", "Kim", []string{"person:kim-jong-un"}},
	})
}
