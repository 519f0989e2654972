package actor

import (
	"strings"
	"testing"
	"time"

	"parley/nlp/sentence"
	"parley/nlp/token"
)

// TestTitlesThatGoOn covers a title used again ("the president", "the
// King") whose last word taken links it to more: "of the United Kingdom"
// makes it another office, while "of legitimizing", "for his welcome"
// belongs to the sentence and ends the title before it.
func TestTitlesThatGoOn(t *testing.T) {
	tests := []mentionCase{
		{"another_states_office", "Pravind Jugnauth spoke by telephone with the Prime Minister of the United Kingdom on Thursday.", "2024-10-03",
			"the Prime Minister of the United Kingdom", []string{"person:keir-starmer"}},
		{"the_office_of_a_body", "US Vice President Kamala Harris arrived on Monday. The vice president of the bank said rates would rise.", "2022-11-21",
			"The vice president of", nil},
		{"of_before_a_verbs_complement", "President Raúl Castro spoke on Sunday. President Barack Obama landed on Monday. A senator accused the president of legitimizing the government.", "2016-03-21",
			"the president", []string{"person:barack-obama"}},
	}
	runMentionCases(t, tests)
}

// TestKnownPeopleWithAMiddleName covers a known person written with a
// middle name the knowledge base leaves out and with no title or verb
// before it: the first and family names together are cue enough.
func TestKnownPeopleWithAMiddleName(t *testing.T) {
	tests := []mentionCase{
		{"after_an_honorific", "The Prime Minister, the Honourable Pravind Kumar Jugnauth, spoke this morning.", "2024-10-03",
			"Pravind Kumar Jugnauth", []string{"person:pravind-jugnauth"}},
		{"alone", "Then Pravind Kumar Jugnauth left for Delhi.", "2024-10-03",
			"Pravind Kumar Jugnauth", []string{"person:pravind-jugnauth"}},
	}
	runMentionCases(t, tests)
}

// TestTitlesUsedAgainInAGovernmentsText covers the same in a text a
// government issued, where a bare title otherwise names the issuer's own
// holder: "thanked the King for his hospitality" and "met the King and
// praised him" are the king the story named, not the issuer's monarch.
func TestTitlesUsedAgainInAGovernmentsText(t *testing.T) {
	const before = "The Prime Minister, Theresa May, was welcomed in Manama on Tuesday by King Hamad bin Isa Al Khalifa. "
	for _, text := range []string{
		before + "The Prime Minister thanked the King for his hospitality.",
		before + "The Prime Minister met the King and praised his reforms.",
	} {
		day := time.Date(2016, 12, 7, 0, 0, 0, 0, time.UTC)
		r := testResolver(t).ResolveIssued(text, token.Tokenize(text), sentence.Split(text), day, "Prime Minister's Office, 10 Downing Street")
		got, ok := mentionOf(r, "the King")
		if !ok || strings.Join(got, ",") != "person:hamad-bin-isa-al-khalifa" {
			t.Errorf("%q: the King → %v (found %v), want the king of Bahrain; mentions: %v", text, got, ok, texts(r))
		}
	}
}

// TestTitleOfAForeignLeaderInAGovernmentsText covers a readout of a
// government whose president does not lead it: "the President" after
// "President Barack Obama" is Obama, while in a briefing of a government
// its president leads "the President" stays the issuer's own.
func TestTitleOfAForeignLeaderInAGovernmentsText(t *testing.T) {
	tests := []struct {
		name   string
		origin Origin
		text   string
		day    string
		want   string
	}{
		{"a_chancellors_readout", Origin{Issuer: "Press and Information Office of the Federal Government, Press release, Berlin"},
			"The Chancellor spoke with President Barack Obama by telephone today. The Chancellor asked the President to clarify the matter.",
			"2013-10-23", "person:barack-obama"},
		{"a_briefing_of_a_presidents_government", Origin{Dateline: "Washington"},
			"QUESTION: President Duterte told a forum in Beijing today that he was separating from the United States. What is your reaction?\n\nMR KIRBY: I have nothing on the President's schedule to announce.",
			"2016-10-20", "person:barack-obama"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, _ := time.Parse(time.DateOnly, tt.day)
			r := testResolver(t).ResolveFrom(tt.text, token.Tokenize(tt.text), sentence.Split(tt.text), day, tt.origin)
			var got []string
			for _, m := range r.Mentions {
				if strings.EqualFold(m.Text, "the President") {
					got = m.Actors
				}
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("%q: the President → %v, want %s; mentions: %v", tt.text, got, tt.want, texts(r))
			}
		})
	}
}

// TestPluralTitlesBeforeNames covers people the knowledge base does not
// know named after one plural title: each is a person with the title in
// the singular, and a state after "of" is the one before it's.
func TestPluralTitlesBeforeNames(t *testing.T) {
	text := "Deputy Prime Ministers Tomas Berzins of Latvia and Andrius Kalnas of Lithuania signed the protocol in Riga."
	tests := []mentionCase{
		{"the_first_under_the_title", text, "2024-04-19", "Deputy Prime Ministers Tomas Berzins", []string{"new:person:tomas-berzins"}},
		{"the_second_after_a_state", text, "2024-04-19", "Andrius Kalnas", []string{"new:person:andrius-kalnas"}},
		{"the_second_right_after_the_first", "Foreign Ministers Tomas Berzins and Andrius Kalnas met in Riga.", "2024-04-19", "Andrius Kalnas", []string{"new:person:andrius-kalnas"}},
	}
	runMentionCases(t, tests)
	r := resolve(t, text, "2024-04-19")
	for _, a := range r.Actors {
		if a.ID == "new:person:tomas-berzins" && (a.Role != "Deputy Prime Minister" || a.Country != "LVA") {
			t.Errorf("Tomas Berzins: role %q, country %q; want Deputy Prime Minister of LVA", a.Role, a.Country)
		}
		if a.ID == "new:person:andrius-kalnas" && a.Country != "LTU" {
			t.Errorf("Andrius Kalnas: country %q, want LTU", a.Country)
		}
	}
	// An honorific ending in "s" is no plural title, and a form of
	// address alone no office.
	for _, a := range resolve(t, "Mrs Ieva Kalna arrived in Riga on Monday.", "2024-04-19").Actors {
		if a.ID == "new:person:ieva-kalna" && a.Role != "" {
			t.Errorf("Ieva Kalna: role %q, want none", a.Role)
		}
	}
}

// TestLongerPlaceNames covers a place the knowledge base knows that opens
// a longer name ("San Antonio de los Baños", in Cuba): no place of the
// shorter name is found there, while the shorter name alone still is one.
func TestLongerPlaceNames(t *testing.T) {
	for _, tt := range []struct {
		text  string
		found bool
	}{
		{"Miguel Díaz-Canel travelled to San Antonio de los Baños on Sunday.", false},
		{"Joe Biden travelled to San Antonio on Sunday.", true},
	} {
		r := resolve(t, tt.text, "2021-07-12")
		found := false
		for _, p := range r.Places {
			found = found || p.Name == "San Antonio"
		}
		if found != tt.found {
			t.Errorf("%q: San Antonio found %v, want %v (places %v)", tt.text, found, tt.found, r.Places)
		}
	}
}
