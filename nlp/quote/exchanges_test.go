package quote_test

import "testing"

// A participle phrase between a speaker and the verb, however long, does
// not make its object the speaker.
func TestParticipleAsideBeforeTheVerb(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"receiving_two_guests", "Prime Minister Narendra Modi, receiving Chancellor Olaf Scholz and Foreign Minister Annalena Baerbock at Hyderabad House for the annual consultations, said India's position was “one of principle, not of convenience”.",
			"one of principle", "Narendra Modi"},
		{"speaking_beside_a_guest", "Recep Tayyip Erdoğan, speaking beside Prime Minister Ulf Kristersson after their long meeting in Vilnius on the eve of the summit, said Ankara would “keep its word to Sweden this time”.",
			"keep its word", "Recep Tayyip Erdoğan"},
	})
}

// A tweet or a statement named as the means of something is not the
// speech that quotes it.
func TestMeansIsNoSpeech(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"by_tweet", "In Ottawa, Prime Minister Justin Trudeau told the broadcaster CBC on Monday that the decision to announce tariffs by tweet was “an insult to the workers of this country”, and said Canada would respond.",
			"an insult to the workers", "Justin Trudeau"},
	})
}

// A question put by one person and answered by another is two
// quotations: the asker's and the answerer's.
func TestQuestionAndAnswer(t *testing.T) {
	text := `Asked by Anna Kovacs of the Associated Press, "Did you discuss the election with President Biden?", Mr. Lavrov replied: "We discussed everything that matters."`
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"the_question", text, "Did you discuss the election", "Anna Kovacs"},
		{"the_answer", text, "We discussed everything", "Sergey Lavrov"},
		{"asked_by_no_one_named", `Asked by reporters, "Will you resign before the summit?", Mr. Lavrov replied: "Not today, and not tomorrow either."`,
			"Will you resign before", ""},
	})
}

// "The embassy" refers back to the embassy named before.
func TestTheEmbassySaid(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"the_embassy_in_the_same_statement", "The Russian embassy in Warsaw said on Tuesday that it rejected the accusations. In the same statement, the embassy said: “Poland is looking for enemies where there are none.”",
			"Poland is looking", "Embassy of Russia"},
	})
}

// Words quoted from a document a body adopted are the body's.
func TestAdoptedDocumentQuoted(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"passed_a_motion_that", "Senator Ted Cruz criticised the decision. “This is a betrayal of our closest friends in the region,” he said.\n\nOn Wednesday the Bundestag passed a motion that supports the sanctions and condemns “the brutal war of aggression against a sovereign neighbour”.",
			"the brutal war of aggression", "Bundestag"},
		{"a_person_tabling_a_motion_speaks", "Senator Ted Cruz tabled a motion that condemns “the brutal war of aggression against a sovereign neighbour”.",
			"the brutal war of aggression", "Ted Cruz"},
	})
}

// A quotation standing alone in its paragraph is the words of the one
// the next paragraph opens by owning them.
func TestWordsOwnedInTheNextParagraph(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"line_at_a_news_conference", "Leaders clash over tariffs\n\n“We are a patient people, but we will not be pushed around by anyone.”\n\nJustin Trudeau’s line at his closing news conference in Quebec on Saturday was written for voters at home.",
			"We are a patient people", "Justin Trudeau"},
		{"a_state_owns_no_line", "Leaders clash over tariffs\n\n“We are a patient people, but we will not be pushed around by anyone.”\n\nCanada’s line at the summit was set by the cabinet on Friday.",
			"We are a patient people", ""},
	})
}
