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
