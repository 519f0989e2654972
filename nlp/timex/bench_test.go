package timex

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"parley"
)

// benchText is a made-up news report, dense in dates as wire copy is.
const benchText = `BRUSSELS — Foreign ministers of the bloc agreed on Monday to extend sanctions for another six months, diplomats said, after talks that ran late into the night and nearly collapsed on Sunday.

The decision, which must still be confirmed by leaders at a summit on June 24-25, follows weeks of haggling. Two member states had blocked a first draft in early May, and a compromise text circulated only last Thursday. "We will not wait until the autumn," the foreign policy chief told reporters. "The next review is due in January, and we expect a decision by the end of the year."

The measures were first imposed in March 2014, after the annexation of the peninsula, and have been rolled over every six months since. A decade ago, few expected them to last this long. Officials said the new package, the seventh since 2014, targets 2,000 firms and more than 140 people, including three deputy ministers.

Markets barely moved. The euro traded at $1.08 on Tuesday morning, up 0.3% from a week earlier, while the 10-year yield fell to 2.41%, its lowest level since late February. Analysts at one bank said the reaction suggested investors had priced in the move less than two weeks ago.

Elsewhere, the prime minister is expected to travel to Washington on Wednesday for talks with the president, the first such visit in more than two years. The two men last met on 12 September 2022 in New York, and spoke by telephone on Friday. A joint statement could come as early as Thursday, an aide said, adding that a trade agreement was unlikely before mid-2025.

In the capital, thousands of people marched through the city centre on Saturday to protest against the reform, which parliament passed on May 30 by 231 votes to 190. It was the largest demonstration since the 1990s. Police said 42 people were detained; organisers said the figure was closer to 100. The unions have called another strike for next Tuesday and warned that they would keep protesting in the coming weeks.

The central bank will publish its quarterly forecast on July 4. Its governor said earlier this month that inflation, which peaked at 10.6% last October, should return to target in the second half of next year. Three years ago, the bank cut rates to a record low; it has raised them nine times in the past 18 months.

The country will mark the 75th anniversary of its constitution next year and the centenary of its first free election in 2026. Historians note that the founding document was drafted in the spring of 1950 and signed on 1 July 1950, two days after a final vote in the assembly.
`

func BenchmarkTag(b *testing.B) {
	tg := New()
	pub := parley.MustParseDate("2024-06-17")
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(benchText, nil, pub)
	}
}

// BenchmarkTagBenchmarkBodies runs the tagger over the 121 article bodies
// of the extraction benchmark, when shared/ is there.
func BenchmarkTagBenchmarkBodies(b *testing.B) {
	bodies := loadBodies(b)
	total := 0
	for _, s := range bodies {
		total += len(s)
	}
	tg := New()
	pub := parley.MustParseDate("2019-11-19")
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, s := range bodies {
			tg.Tag(s, nil, pub)
		}
	}
}

// groundTruth is where the extraction benchmark keeps its article bodies,
// relative to this package.
const groundTruth = "../../../shared/data/article-extraction-benchmark/ground-truth.json"

func loadBodies(tb testing.TB) []string {
	tb.Helper()
	raw, err := os.ReadFile(groundTruth)
	if err != nil {
		tb.Skipf("shared data missing (%v); skipping the run over real article bodies", err)
	}
	var m map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		tb.Fatalf("%s: %v", groundTruth, err)
	}
	var bodies []string
	for _, a := range m {
		if strings.TrimSpace(a.ArticleBody) != "" {
			bodies = append(bodies, a.ArticleBody)
		}
	}
	return bodies
}

// TestBenchmarkBodies tags the 121 real bodies with and without a
// publication date and checks the invariants the fuzz target checks.
func TestBenchmarkBodies(t *testing.T) {
	tg := New()
	n := 0
	for _, body := range loadBodies(t) {
		for _, pub := range []parley.Date{parley.MustParseDate("2019-11-19"), {}} {
			xs := tg.Tag(body, nil, pub)
			checkInvariants(t, body, xs)
			n += len(xs)
		}
	}
	if n == 0 {
		t.Fatal("no dates found in 121 news bodies")
	}
}
