package actor

import (
	"strings"
	"testing"
)

// TestUnknownOfficialsState checks the state given to an official the
// knowledge base does not know and the text does not place: the state
// the article is about, unless the sentence that names them sets that
// state across from them ("demanded an explanation from Canberra").
func TestUnknownOfficialsState(t *testing.T) {
	story := "Australia's spy agency tapped the president's phone, Australian papers reported. Australia would not apologise, Canberra said. " +
		"On Monday Wiranto Halim, the coordinating minister for security, demanded an explanation from Canberra. " +
		"Later, Marcus Doyle, the deputy minister for trade, said exports would continue."
	r := resolve(t, story, "2013-11-21")
	for name, country := range map[string]string{"Wiranto Halim": "", "Marcus Doyle": "AUS"} {
		c, ok := countryOfNamed(r, name)
		if !ok {
			t.Errorf("no actor %q; actors: %+v", name, r.Actors)
		} else if c != country {
			t.Errorf("%s: country %q, want %q", name, c, country)
		}
	}
}

// TestInstitutionsNamedAfterPeople checks that a name closed by a noun of
// the places named after people ("the Harry S Truman Library") is no
// person.
func TestInstitutionsNamedAfterPeople(t *testing.T) {
	r := resolve(t, "The ministers handed over the documents at the Harry S Truman Library in Independence, Missouri.", "1999-03-12")
	for _, a := range r.Actors {
		if a.Kind == "person" {
			t.Errorf("a library taken for a person: %+v", a)
		}
	}
}

// TestUnknownNamesBeforeOffices checks that a name the knowledge base
// does not know, with a given name it does not know either, is a person
// when an office or a group of spokesmen follows in apposition.
func TestUnknownNamesBeforeOffices(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"before_a_commissioner", "Cyprus voted no. Markus Verheugen, the European Commissioner for Enlargement, was openly bitter.", "2004-04-26", "Markus Verheugen", []string{"new:person:markus-verheugen"}},
		{"one_of_the_spokesmen", "The strike ended on Friday. For Davy Rimane, one of the collective's spokesmen, the accord is only a beginning.", "2017-04-22", "Davy Rimane", []string{"new:person:davy-rimane"}},
	})
}

// TestFullNameAfterAGivenName checks that a known person's full name with
// a further given name before it, under a title, is that person.
func TestFullNameAfterAGivenName(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"dr_abubakar_bukola_saraki", "The Presidency notes the statement issued today by the President of the Senate, Dr Abubakar Bukola Saraki, who commended the security services.", "2017-05-07", "Dr Abubakar Bukola Saraki", []string{"person:bukola-saraki"}},
	})
}

// TestItsOfficerAfterABodysSentence checks a person the knowledge base
// does not know introduced as "Its leader, …" right after a sentence
// about a state's body: the body's state, not the story's other state.
func TestItsOfficerAfterABodysSentence(t *testing.T) {
	runCountryCases(t, []countryCase{
		{"a_delegation_of_a_body",
			"Estonia's ambassador was hurried out of a news conference in Moscow. Estonia's Foreign Ministry protested to Russia. " +
				"A delegation of the State Duma held talks with Estonian officials in Tallinn on Tuesday. Its leader, Ivan Petrovsky, called on the Estonian government to resign.",
			"2007-05-02", "Ivan Petrovsky", "RUS"},
		{"a_body_as_subject",
			"Japan protested to China on Monday. Japan's coast guard tracked the ships. The Chinese Coast Guard said the patrol was lawful. " +
				"Its spokesman, Liu Dewen, said the ships would return.",
			"2007-05-02", "Liu Dewen", "CHN"},
	})
}

// countryCase is a text and the state its named person must be given
// ("" for none).
type countryCase struct{ name, text, on, person, country string }

// runCountryCases checks each case as a subtest.
func runCountryCases(t *testing.T, tests []countryCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := resolve(t, tt.text, tt.on)
			c, ok := countryOfNamed(r, tt.person)
			if !ok {
				t.Fatalf("no actor %q; actors: %+v", tt.person, r.Actors)
			}
			if c != tt.country {
				t.Errorf("%s: country %q, want %q", tt.person, c, tt.country)
			}
		})
	}
}

// TestFormerStates checks the states of older news: named in their day,
// the past they stand for afterwards.
func TestFormerStates(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"soviet_troops_in_their_day", "Soviet troops stormed the television tower in Vilnius early on Sunday.", "1991-01-14", "Soviet troops", []string{"org:sun-armed-forces"}},
		{"the_ussr_by_name", "The USSR signed the treaty with the United States on Tuesday.", "1987-12-09", "USSR", []string{"state:SUN"}},
		{"yugoslavia_by_name", "Slovenia and Yugoslavia agreed to a ceasefire on Sunday.", "1991-07-08", "Yugoslavia", []string{"state:YUG"}},
		{"the_yugoslav_army_in_its_day", "The Yugoslav People's Army withdrew to its barracks.", "1991-07-08", "Yugoslav People's Army", []string{"org:yug-armed-forces"}},
		{"a_soviet_aircraft_decades_later", "It was the first time a NATO member had downed a Russian or Soviet military aircraft.", "2015-11-25", "Soviet", nil},
		{"the_soviet_military_decades_later", "It was the first time a NATO member had downed a Russian or Soviet military aircraft.", "2015-11-25", "Soviet military", nil},
		{"the_former_soviet_union", "Migrants from the former Soviet Union arrived on Monday.", "1993-05-10", "Soviet Union", nil},
		{"the_former_yugoslavia", "The court tries crimes committed in the former Yugoslavia.", "1996-05-10", "Yugoslavia", nil},
	})
}

// TestFormerStatesAdjective checks a former state's adjective before a
// noun that is no body of its own: the state, in its day.
func TestFormerStatesAdjective(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_soviet_delegation_in_its_day", "A Soviet delegation arrived in Geneva on Tuesday.", "1985-11-19", "Soviet delegation", []string{"state:SUN"}},
		{"a_soviet_delegation_decades_later", "A Soviet delegation arrived in Geneva in 1985, the museum recalls.", "2015-11-19", "Soviet delegation", nil},
		{"the_soviet_leader_in_his_day", "The Soviet leader met the American president in Geneva on Tuesday.", "1985-11-19", "The Soviet leader", []string{"person:mikhail-gorbachev"}},
	})
}

// TestBarePolitburo checks "the Politburo" alone: China's in a story about
// China, the story's own state's elsewhere.
func TestBarePolitburo(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"in_a_story_about_china", "BEIJING, March 10 - Xi Jinping chaired a meeting of the Politburo on Friday. China said the Politburo approved the plan.", "2023-03-10", "Politburo", []string{"org:politburo-china"}},
		{"in_a_story_about_mongolia", "ULAN BATOR, March 10 - Mongolia's leaders met the strikers on Friday. Mongolia said the Politburo had resigned.", "1990-03-10", "Politburo", []string{"org:mng-politburo"}},
	})
}

// TestRanksBeforeNames checks military ranks before a name the knowledge
// base does not know: the rank is the role, not part of the name, and a
// rank after "and" opens the next person's title.
func TestRanksBeforeNames(t *testing.T) {
	runRoleCases(t, "2003-07-24", []roleCase{
		{"On 16 July, soldiers led by Major Fernando Pereira seized power.", "Fernando Pereira", "Major"},
		{"Captain Amadou Sanogo said on Thursday the junta would hold elections.", "Amadou Sanogo", "Captain"},
		{"Lieutenant General Paramjit Singh Sangha of India and Major General Nauman Zakaria of Pakistan held talks.", "Nauman Zakaria", "Major General"},
	})
	r := resolve(t, "Lieutenant General Paramjit Singh Sangha of India and Major General Nauman Zakaria of Pakistan held talks.", "2018-05-30")
	if c, _ := countryOfNamed(r, "Nauman Zakaria"); c != "PAK" {
		t.Errorf("Nauman Zakaria: country %q, want PAK", c)
	}
}

// TestHeadOfficeAlreadyHeld checks an unknown person titled with a state's
// one head office that the knowledge base gives someone else that day:
// not that state's.
func TestHeadOfficeAlreadyHeld(t *testing.T) {
	story := "Somalia protested to Ethiopia on Monday. Somalia's government said the deal was void. Mogadishu recalled its ambassador. " +
		"President Muse Bihi Abdi said the agreement would stand."
	r := resolve(t, story, "2024-01-03")
	if c, ok := countryOfNamed(r, "Muse Bihi Abdi"); !ok || c == "SOM" {
		t.Errorf("Muse Bihi Abdi: found %v, country %q; want one, not given Somalia, whose president that day is another man", ok, c)
	}
	// A minister bears no such office: the story's state, as before.
	r = resolve(t, "Somalia protested to Ethiopia on Monday. Somalia's government said the deal was void. Mogadishu recalled its ambassador. "+
		"Later, Abdi Hashi, the deputy minister for trade, said exports would continue.", "2024-01-03")
	if c, _ := countryOfNamed(r, "Abdi Hashi"); c != "SOM" {
		t.Errorf("Abdi Hashi: country %q, want SOM", c)
	}
}

// TestCapitalsInTheirDay checks a capital or seat of government a former
// state shared with its successor: the former state's in news of its
// day, the successor's after.
func TestCapitalsInTheirDay(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"moscow_in_1991", "Moscow has never accepted the declaration.", "1991-01-14", "Moscow", []string{"state:SUN"}},
		{"the_kremlin_in_1985", "The Kremlin said on Monday that the talks would go on.", "1985-11-18", "The Kremlin", []string{"state:SUN"}},
		{"belgrade_in_1991", "Belgrade rejected the plan on Monday.", "1991-07-08", "Belgrade", []string{"state:YUG"}},
		{"moscow_in_2015", "Moscow has never accepted the declaration.", "2015-01-14", "Moscow", []string{"state:RUS"}},
		{"prague_in_2000", "Prague rejected the plan on Monday.", "2000-07-08", "Prague", []string{"state:CZE"}},
	})
}

// TestBothAllies checks "both allies" and its like after two states: the
// two, as "the two allies" already were.
func TestBothAllies(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"both_allies", "Greece and Turkey massed warships near the rocks. NATO urged both allies on Tuesday to show restraint.", "1996-01-31", "both allies", []string{"state:GRC", "state:TUR"}},
		{"both_neighbours", "India and Pakistan exchanged fire on Monday. China urged both neighbours to show restraint.", "2019-02-27", "both neighbours", []string{"state:IND", "state:PAK"}},
	})
}

// TestMajorAsAdjective checks "major" in lower case: an adjective before
// a capitalised word, no rank.
func TestMajorAsAdjective(t *testing.T) {
	r := resolve(t, "The major Asian economies grew faster than expected.", "2019-11-19")
	for _, a := range r.Actors {
		if a.Kind == "person" {
			t.Errorf("a person read after lower-case major: %+v", a)
		}
	}
}

// countryOfNamed returns the country r gives the actor named name, and
// whether r has one so named.
func countryOfNamed(r *Result, name string) (string, bool) {
	for _, a := range r.Actors {
		if a.Name == name {
			return a.Country, true
		}
	}
	return "", false
}

// TestTextsOfKnownBodies checks a document named after a known body:
// the body, not an organisation named for the text.
func TestTextsOfKnownBodies(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_council_resolution", "United Nations Security Council Resolution 940 demanded that the junta step down.", "1994-09-19", "United Nations Security Council", []string{"org:unsc"}},
		{"a_longer_body_stays_its_own", "The Union Election Commission annulled the vote.", "2021-03-01", "Union Election Commission", []string{"new:organization:union-election-commission"}},
	})
}

// TestJoinedBodies checks a bare body joined by "and" to a state's body:
// the country word serves both.
func TestJoinedBodies(t *testing.T) {
	r := resolve(t, "THE WHITE HOUSE, September 19 - The United States welcomed the agreement. President Clinton said the United States would lead the force. "+
		"The Haitian military and police will cooperate with the multinational force.", "1994-09-19")
	for _, a := range r.Actors {
		if strings.Contains(a.Name, "Police") && a.Country != "HTI" {
			t.Errorf("%s: country %q, want HTI", a.Name, a.Country)
		}
	}
}

// TestUnknownPeoplesStateFromTheirIntroduction checks the state of people
// the knowledge base does not know, read from how the text introduces
// them rather than from the state the story is mostly about.
func TestUnknownPeoplesStateFromTheirIntroduction(t *testing.T) {
	runCountryCases(t, []countryCase{
		// A list's "and" joins two people: what goes before it is the
		// other's title and state.
		{"after_a_list_and", "The water ministers of the three countries, Dr Seleshi Bekele of Ethiopia, Dr Mohamed Abdel Aty of Egypt and Professor Yasir Abbas of Sudan, will meet again.", "2020-07-21", "Yasir Abbas", "SDN"},
		// A title the knowledge base gives a holder of, whose name the
		// text spells its own way, gives that holder's state.
		{"holders_title_spelt_otherwise", "Israel rejected the demand in Madrid. Israel said it would stay. Lebanon's Foreign Minister, Faris Bouez, called on Israel to withdraw.", "1991-11-01", "Faris Bouez", "LBN"},
		// A state's delegation in the apposition is the state.
		{"delegation_in_apposition", "Israel rejected the demand in Madrid. Israel said it would stay. Hanan Ashrawi, the spokeswoman for the Palestinian delegation, accused Israel of rewriting history.", "1991-11-01", "Hanan Ashrawi", "PSE"},
		// "In Moscow, …" opening the sentence that introduces an official
		// places them there, in a story about another state.
		{"fronted_seat", "Lithuania suspended its declaration. Lithuania's leaders met. Lithuania said talks would follow. In Moscow, the Foreign Ministry spokesman, Gennady Gerasimov, welcomed the vote.", "1990-07-03", "Gennady Gerasimov", "RUS"},
		{"fronted_seat_bare_title", "Afghanistan's rulers sought recognition. Afghanistan thanked Russia. Afghanistan sent an ambassador. In Moscow, Deputy Foreign Minister Andrei Rudnev accepted his credentials.", "2025-07-10", "Andrei Rudnev", "RUS"},
		// A rank before the name, an office before the comma: the
		// office's state.
		{"rank_after_office", "In August, the Treasury Department sanctioned the chief of staff of the Eritrean Defense Forces, General Filipos Woldeyohannes, over abuses in Tigray.", "2021-11-03", "Filipos Woldeyohannes", "ERI"},
		// An office of a body of no state gives no state, in a story
		// about one.
		{"un_envoy", "Myanmar's junta cracked down. Myanmar said order was restored. Myanmar's generals met in Naypyidaw. The United Nations envoy Ibrahim Gambaro met the junta.", "2007-10-02", "Ibrahim Gambaro", ""},
		{"rank_after_un_office", "Lebanon's army deployed. Lebanon said residents must wait. Lebanon's president spoke. The head of the UN peacekeeping force, Lieutenant General Aroldo Lazarus, said conditions were not in place.", "2025-01-27", "Aroldo Lazarus", ""},
		{"un_office_for_a_state", "Yemen's war worsened. Yemen's capital was shelled. Yemen suffered. The UN humanitarian coordinator for Yemen, Jamie McGoldman, has urged the Houthis to agree a pause.", "2017-12-06", "Jamie McGoldman", ""},
		// A bare "Senate" in the apposition is not the United States'.
		{"bare_senate_in_apposition", "Colombia's president ended the talks. Colombia said the rebels had broken the deal. Armed men took away Senator Jorge Eduardo Gechem Turbay, president of the Senate's peace commission.", "2002-02-21", "Jorge Eduardo Gechem Turbay", "COL"},
	})
}

// TestRolesStopAtAListsJoiner checks that the role read before a name in
// a list is that name's own: not the words of the person before it.
func TestRolesStopAtAListsJoiner(t *testing.T) {
	r := resolve(t, "The ceremony was attended by President Carlos Menem of Argentina, President Eduardo Frei of Chile and Thomas McLarty, President Bill Clinton's special envoy for the Americas. "+
		"The ministers, Dr Seleshi Bekele of Ethiopia, Dr Mohamed Abdel Aty of Egypt and Professor Yasir Abbas of Sudan, will meet.", "1998-10-27")
	for name, want := range map[string]string{"Thomas McLarty": "President Bill Clinton's special envoy for the Americas", "Mohamed Abdel Aty": "", "Yasir Abbas": "Professor"} {
		found := false
		for _, a := range r.Actors {
			if a.Name == name {
				found = true
				if a.Role != want {
					t.Errorf("%s: role %q, want %q", name, a.Role, want)
				}
			}
		}
		if !found {
			t.Errorf("no actor %q", name)
		}
	}
}

// TestTitleBeforeAnotherName checks a title the knowledge base gives a
// holder of, set before a name in apposition: the title is the named
// person's when that is someone else, and the name is the holder's when
// it is the holder written another way.
func TestTitleBeforeAnotherName(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"its_leader_named", "Estonia's ambassador was hurried out of a news conference in Moscow. Estonia's Foreign Ministry protested to Russia. " +
			"A delegation of the State Duma held talks with Estonian officials in Tallinn on Tuesday. Its leader, Ivan Petrovsky, called on the Estonian government to resign.", "2007-05-02",
			"Its leader", []string{"new:person:ivan-petrovsky"}},
		{"holder_spelt_otherwise", "Israel rejected the demand. Lebanon's Foreign Minister, Faris Bouez, called on Israel to withdraw.", "1991-11-01",
			"Lebanon's Foreign Minister", []string{"new:person:faris-bouez"}},
		{"holder_without_dots", "The Prime Minister of India, Shri V P Singh, said the talks had gone well.", "1990-06-09",
			"Shri V P Singh", []string{"person:v-p-singh"}},
		{"initials_without_dots", "Mr V P Singh met the Nepali Prime Minister in New Delhi.", "1990-06-09",
			"Mr V P Singh", []string{"person:v-p-singh"}},
	})
}

// TestListedOfficialsOwnTitles checks two officials listed with their
// titles, the first with India's "Shri": each is a person of their own
// title, and the second's state is not the first's.
func TestListedOfficialsOwnTitles(t *testing.T) {
	r := resolve(t, "The Foreign Secretary, Shri K Raghunath, and the Foreign Secretary of Pakistan, Mr Shamshad Ahmad, signed a memorandum.", "1999-02-21")
	found := false
	for _, a := range r.Actors {
		if a.Name == "K Raghunath" {
			found = true
			if a.Country == "PAK" || a.Role != "Foreign Secretary" {
				t.Errorf("K Raghunath: %+v, want the role Foreign Secretary and not Pakistan's", a)
			}
		}
	}
	if !found {
		t.Errorf("no actor K Raghunath; actors: %+v", r.Actors)
	}
}

// TestEnvoysSentAway checks that an envoy the knowledge base does not
// know, whom the story's state summons or expels, is not given that
// state.
func TestEnvoysSentAway(t *testing.T) {
	tests := []struct{ name, text, on, person string }{
		{"summoned", "India protested to the Maldives. India said the remarks were unacceptable. India's Ministry of External Affairs summoned High Commissioner Ibrahim Shahid over the remarks.", "2024-01-15", "Ibrahim Shahid"},
		{"persona_non_grata", "Canada expelled a diplomat on Monday. Canada said it would not tolerate interference. Foreign Affairs Minister Mélanie Joly declared the diplomat, Zhao Wen, persona non grata.", "2023-05-10", "Zhao Wen"},
	}
	own := map[string]string{"summoned": "IND", "persona_non_grata": "CAN"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := resolve(t, tt.text, tt.on)
			c, ok := countryOfNamed(r, tt.person)
			if !ok {
				t.Fatalf("no actor %q; actors: %+v", tt.person, r.Actors)
			}
			if c == own[tt.name] {
				t.Errorf("%s: country %q, the state that sent them away", tt.person, c)
			}
		})
	}
}

// TestSpokesmenForOthers checks someone who speaks or works for a person
// named after "for" or "to": he takes that person's state, and the
// person named keeps a title of their own, not "spokesman for".
func TestSpokesmenForOthers(t *testing.T) {
	r := resolve(t, "Talks went on in Manila. Abraham Idjirani, a spokesman for Philippine President Benigno Aquino, said the ceasefire would hold.", "2013-03-08")
	if c, ok := countryOfNamed(r, "Abraham Idjirani"); !ok || c != "PHL" {
		t.Errorf("Abraham Idjirani: country %q (found %v), want PHL", c, ok)
	}
	r = resolve(t, "The ceasefire was announced on Thursday by Abraham Idjirani, a spokesman for Sultan Jamalul Kiram III.", "2013-03-08")
	for _, a := range r.Actors {
		if a.Name == "Jamalul Kiram III" && strings.Contains(a.Role, "spokesman") {
			t.Errorf("the one spoken for took the spokesman's title: %+v", a)
		}
	}
}

// TestOfficialsOfAStateBeforeWhose checks that an unknown official named
// with a title after ", whose" serves the state before it, even in a
// story another state issued.
func TestOfficialsOfAStateBeforeWhose(t *testing.T) {
	story := "The Kingdom chaired the meeting of oil producers in Riyadh. The deal could not be concluded because Mexico, whose Energy Secretary Rocío Nahle rejected the share proposed for her country, did not join."
	r := resolve(t, story, "2020-04-12")
	if c, ok := countryOfNamed(r, "Rocío Nahle"); !ok || c != "MEX" {
		t.Errorf("Rocío Nahle: country %q (found %v), want MEX; actors: %+v", c, ok, r.Actors)
	}
}
