package quote_test

import "testing"

// TestAsidesBeforeTheCue checks that a name inside a phrase set off by
// commas and opened by a preposition ("on her visit to Greenland,", "In
// the call with Austin,") is not taken for the speaker of the cue after it.
func TestAsidesBeforeTheCue(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_place_in_an_aside_before_said",
			"Ms Frederiksen, on her first trip to Greenland as prime minister, had said on Sunday: “The island is not for sale and never will be.”",
			"The island is not for sale", "Mette Frederiksen"},
		{"a_partner_in_a_fronted_phrase",
			"In the call with Austin, Shoigu blamed the incident on American flights and warned that Moscow would “respond in kind to every provocation” from now on.",
			"respond in kind", "Sergei Shoigu"},
		{"a_state_in_an_aside_after_the_name",
			"Wang Yi, during his visit to Pakistan, told reporters: “China will stand with its friends whatever the weather.”",
			"China will stand", "Wang Yi"},
		// A participle after a closed quotation goes on for the clause's
		// subject, not for the one the quoted word was about.
		{"adding_after_a_quoted_word",
			"Mette Frederiksen called the idea absurd. On Wednesday Trump told reporters that her remarks had been “nasty,” adding: “She is not talking to me, she is talking to the whole country.”",
			"nasty", "Donald Trump"},
	})
}
