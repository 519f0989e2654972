package quote_test

import "testing"

// TestShortUtterances covers quotations under MinWords that are whole
// sentences someone is said to have said: kept with their speaker, while
// a short phrase in marks stays no quotation.
func TestShortUtterances(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"said_colon_then_a_short_sentence", "Chief Cabinet Secretary Yoshimasa Hayashi said: “We will respond appropriately.”", "We will respond", "Yoshimasa Hayashi"},
		{"wrote_colon_then_three_words", "In a post on X, Polish Prime Minister Donald Tusk wrote: “Enough is enough.”", "Enough is enough", "Donald Tusk"},
		{"short_sentence_then_the_speaker", "“We will respond appropriately,” Yoshimasa Hayashi said.", "We will respond", "Yoshimasa Hayashi"},
	})
	for _, q := range quotes(t, "Yoshimasa Hayashi called the move “a grave mistake”.") {
		t.Errorf("a phrase in marks read as the quotation %q", q.Text)
	}
}

// TestSpeakerNamedByALongBody covers "a spokesperson for the European
// External Action Service said": a body's long name counts as one word
// between the quotation and its verb.
func TestSpeakerNamedByALongBody(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"spokesperson_for_a_long_name", "“We are deeply concerned about the violence,” a spokesperson for the European External Action Service said in a statement.", "We are deeply concerned", "European External Action Service"},
	})
}
