package corpus_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"parley"
	"parley/corpus"
	"parley/eval"
	"parley/extract"
	"parley/kb"
	"parley/nlp/token"
	"parley/pipeline"
)

func samples(t *testing.T) []corpus.Sample {
	t.Helper()
	ss, err := corpus.Samples()
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) < 25 || len(ss) > 40 {
		t.Fatalf("the corpus has %d samples; issue 2 asks for 25–40", len(ss))
	}
	return ss
}

var (
	day     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	partial = regexp.MustCompile(`^(\d{4}-\d{2}(-\d{2})?)?$`)
	iso3    = regexp.MustCompile(`^([A-Z]{3})?$`)
)

// TestSidecarsAreWellFormed checks every label against the gold format.
func TestSidecarsAreWellFormed(t *testing.T) {
	modes := map[string]bool{"virtual": true, "in-person": true, "phone": true, "unspecified": true}
	for _, s := range samples(t) {
		g := s.Gold
		if g.ID != s.Name || !day.MatchString(g.Published) || !strings.HasPrefix(s.Name, g.Published) {
			t.Errorf("%s: id %q / published %q do not fit the file name", s.Name, g.ID, g.Published)
		}
		actors := map[string]string{}
		for _, a := range g.Actors {
			actors[a.Name] = a.Country
		}
		for i, e := range g.Events {
			where := s.Name + " event " + e.Type
			if !parley.EventType(e.Type).Valid() {
				t.Errorf("%s %d: bad type", where, i)
			}
			if e.Status != "occurred" && e.Status != "planned" {
				t.Errorf("%s: bad status %q", where, e.Status)
			}
			if (e.Type == "CONSULT") != modes[e.Mode] {
				t.Errorf("%s: mode %q", where, e.Mode)
			}
			d, err := parley.ParseDate(e.Date)
			if err != nil || !partial.MatchString(e.Date) {
				t.Errorf("%s: bad date %q", where, e.Date)
			}
			pub := parley.MustParseDate(g.Published)
			if !d.IsZero() && e.Status == "occurred" && pub.Before(d) {
				t.Errorf("%s: occurred after publication (%s)", where, e.Date)
			}
			if !d.IsZero() && e.Status == "planned" && d.Before(pub) {
				t.Errorf("%s: planned before publication (%s)", where, e.Date)
			}
			for _, a := range []eval.GoldActor{e.Source, e.Target} {
				if c, ok := actors[a.Name]; !ok || c != a.Country || !iso3.MatchString(a.Country) {
					t.Errorf("%s: actor %q (%s) not listed with that country", where, a.Name, a.Country)
				}
			}
		}
		for _, q := range g.Quotes {
			if c, ok := actors[q.Speaker]; !ok || c != q.SpeakerCountry {
				t.Errorf("%s: speaker %q not listed", s.Name, q.Speaker)
			}
		}
	}
}

// fold normalises text for comparing labels with extracted text.
func fold(s string) string {
	s = token.Fold(s)
	s = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'", "\u00ad", "", "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// TestExtractionKeepsLabelledText checks that extraction hands the later
// stages everything the labels rest on: every evidence sentence and
// quotation start, verbatim; and it measures how often the title and the
// publication date come out right, against a floor.
func TestExtractionKeepsLabelledText(t *testing.T) {
	ss := samples(t)
	dates, titles := 0, 0
	for _, s := range ss {
		a, err := extract.Extract(parley.Document{Locator: s.File, Body: s.Body}, parley.DefaultLimits())
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		if got := a.PublishedDate().String(); got == s.Gold.Published {
			dates++
		} else {
			t.Logf("%s: published %q (from %s), want %q", s.Name, got, a.PublishedSource, s.Gold.Published)
		}
		if fold(a.Title) == fold(s.Gold.Title) {
			titles++
		} else {
			t.Logf("%s: title %q, want %q", s.Name, a.Title, s.Gold.Title)
		}
		text := fold(a.Text)
		for _, e := range s.Gold.Events {
			if !strings.Contains(text, fold(e.Evidence)) {
				t.Errorf("%s: evidence missing from the text: %q", s.Name, e.Evidence)
			}
		}
		for _, q := range s.Gold.Quotes {
			if !strings.Contains(text, fold(q.TextStart)) {
				t.Errorf("%s: quotation missing from the text: %q", s.Name, q.TextStart)
			}
		}
	}
	t.Logf("publication dates right: %d of %d; titles right: %d of %d", dates, len(ss), titles, len(ss))
	if dates < 33 || titles < 35 {
		t.Errorf("publication dates right %d (floor 33), titles right %d (floor 35) of %d", dates, titles, len(ss))
	}
}

// TestPipelineAgainstSidecars scores the whole pipeline on the corpus. The
// floors are today's measured figures less a margin: they catch
// regressions; docs/BENCHMARKS.md has the current numbers.
func TestPipelineAgainstSidecars(t *testing.T) {
	k, err := kb.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(k, parley.DefaultLimits())
	score := eval.NewEventScore()
	for _, s := range samples(t) {
		a, err := p.Analyze(context.Background(), parley.Document{Locator: s.File, Body: s.Body})
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		score.AddPage(s.Gold, a)
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		{"events type+actors F1", score.TypeActors.F1(), 0.30},
		{"events type+actors+date F1", score.Full.F1(), 0.15},
		{"quote recall", score.Quotes.R(), 0.95},
		{"actor recall", score.Actors.R(), 0.85},
	}
	for _, f := range floors {
		t.Logf("%s = %.3f (floor %.2f)", f.name, f.got, f.want)
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}
