package event_test

import (
	"testing"

	"parley"
)

// TestPapersOfTheirIssuers checks a paper that acts as the subject of a
// later sentence ("The resolution also calls on …", or "It urges …"
// right after a sentence that opened with the paper): the act is the
// body's that adopted or issued it.
func TestPapersOfTheirIssuers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_resolution", "2023-10-03",
			"On Monday the UN Security Council voted to authorise a security mission in Haiti. The mission will be led by police officers from abroad. The resolution also calls on Kenya to report on the mission every three months.",
			[]want{{typ: parley.Request, source: "United Nations Security Council", target: "Kenya"}}},
		{"it_after_the_communique", "2023-10-03",
			"The African Union issued a communiqué on Friday after a long meeting. The communiqué takes a firm line. It urges Sudan to restore civilian rule.",
			[]want{{typ: parley.Request, source: "African Union", target: "Sudan"}}},
		{"it_after_the_resolution_far_from_the_vote", "2018-11-16",
			"On Wednesday the UN Security Council voted to lift its sanctions on Eritrea. Abiy Ahmed flew to Asmara in July. " +
				"He and Isaias Afwerki signed a peace declaration there. Somalia's president visited Asmara later that month. " +
				"Djibouti lobbied for a delay. Its envoy said missing soldiers mattered most. The resolution takes a middle course. " +
				"It urges Djibouti and Eritrea to settle their border dispute peacefully.",
			[]want{{typ: parley.Request, source: "United Nations Security Council", target: "Djibouti"},
				{typ: parley.Request, source: "United Nations Security Council", target: "Eritrea"}}},
	})
}
