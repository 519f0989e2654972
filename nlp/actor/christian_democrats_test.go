package actor

import "testing"

// TestChristianDemocratsOfTheStory checks a party name many states'
// parties share ("the Christian Democrats"): the one of the state the
// story is about, not Germany's wherever the story is.
func TestChristianDemocratsOfTheStory(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"chile", "SANTIAGO -- Chile's armed forces seized power on Tuesday. The Christian Democrats, the largest party in Chile's Congress, asked the armed forces to return power to civilians.",
			"1973-09-13", "Christian Democrats", []string{"org:pdc-chile"}},
		{"germany", "BERLIN -- Chancellor Angela Merkel said on Monday that the Christian Democrats would back the plan in Germany's parliament.",
			"2015-01-12", "Christian Democrats", []string{"org:cdu"}},
	})
}
