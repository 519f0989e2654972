package actor

import "testing"

// TestPoliceOfTheDateline checks bare "Police" opening a sentence in a
// story about two states whose sentence sets no scene: the police of the
// state the story was filed from, where police act.
func TestPoliceOfTheDateline(t *testing.T) {
	story := func(dateline string) string {
		return dateline + " -- Egypt and Saudi Arabia signed a maritime accord last week that hands two Red Sea islands to Saudi Arabia. " +
			"Saudi Arabia has promised Egypt billions in aid, and Saudi officials praised the accord. " +
			"Egypt's parliament has yet to vote on it.\n\n" +
			"Police fired tear gas to break up a march in Mohandessin on Friday."
	}
	runMentionCases(t, []mentionCase{
		{"filed_from_cairo", story("CAIRO"), "2016-04-16", "Police", []string{"org:egy-police"}},
		{"filed_from_riyadh", story("RIYADH"), "2016-04-16", "Police", []string{"org:sau-police"}},
	})
}
