package quote_test

import "testing"

// A quotation closed by "he said" or "she said" is a person's words: when
// the pronoun names no one, the act of a state told just before ("Malaysia
// responded by barring …") does not make the state its speaker, and a
// person the text gave first stays the speaker.
func TestPronounCuesNameAPerson(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"an_act_by_a_state_before_is_not_his_words",
			"On 7 March Pyongyang stopped every Malaysian in the country from leaving. The government condemned the move that day, and Malaysia responded by keeping North Koreans from flying home.\n\n“Holding innocent families as bargaining chips breaks every rule of diplomacy,” he said at the time.",
			"Holding innocent families", ""},
		{"a_reply_by_deed_in_the_paragraph_before",
			"On Monday Mexico granted asylum to the family of the ousted president. Peru's foreign ministry protested, and Lima responded by expelling the Mexican ambassador within 72 hours.\n\n“This is an unacceptable interference in our internal affairs,” he told reporters.",
			"This is an unacceptable", ""},
		{"a_pronoun_the_text_resolves_still_names_him",
			"Prime Minister Muhyiddin Yassin spoke to reporters on Monday. On 7 March Pyongyang barred all Malaysians from leaving. The Prime Minister condemned the ban the same day, and Malaysia responded by barring North Koreans from leaving.\n\n“This act is in total disregard of international law and of diplomatic norms,” he said at the time.",
			"This act is in total", "Muhyiddin Yassin"},
		{"a_speaker_who_responded_in_words_keeps_them",
			"Foreign Minister Wang Yi responded that the claims were groundless.\n\n“The United States should stop spreading lies,” Wang said.",
			"The United States should stop", "Wang Yi"},
	})
}
