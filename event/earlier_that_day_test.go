package event_test

import (
	"testing"

	"parley"
)

// TestEarlierThatDay checks that an act told in a sentence that opens
// with "Earlier," takes the day of the news told before it when one of
// its actors took part in that day's act, and not otherwise.
func TestEarlierThatDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"breakfast_before_the_summit", "2018-07-17",
			"President Donald Trump and President Vladimir Putin held their first formal summit on Monday in Helsinki. " +
				"The two leaders then took questions from reporters. " +
				"Earlier, Mr. Trump had breakfast with Finland's President, Sauli Niinistö, at his official residence.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Sauli Niinistö", date: "2018-07-16"}}},
		{"earlier_the_same_day", "2024-03-06",
			"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. " +
				"Earlier the same day, Ruto held talks with Somali President Hassan Sheikh Mohamud.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Hassan Sheikh Mohamud", date: "2024-03-05"}}},
		{"no_one_of_that_day_takes_part", "2024-03-06",
			"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. " +
				"Earlier, Egyptian President Abdel Fattah el-Sisi held talks with Sudanese leader Abdel Fattah al-Burhan.",
			[]want{{typ: parley.Consult, source: "Abdel Fattah el-Sisi", target: "Abdel Fattah al-Burhan", date: "-"}}},
	})
}
