package brief_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley"
	"parley/brief"
	"parley/store/sqlite"
	"parley/store/storetest"
)

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "brief.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func put(t *testing.T, st *sqlite.Store, a *parley.Analysis) {
	t.Helper()
	if _, err := st.PutAnalysis(context.Background(), a.Article.URL, a); err != nil {
		t.Fatal(err)
	}
}

func TestBriefing(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	x, p, b := storetest.Xi, storetest.Putin, storetest.Biden
	// Two outlets report the May meeting; one previews the June call.
	put(t, st, storetest.Meeting("https://a.example/may", "2021-05-19", x, p, "2021-05-19", parley.Virtual, parley.Occurred))
	other := storetest.Meeting("https://b.example/may", "2021-05-20", p, x, "2021-05-19", parley.Virtual, parley.Occurred)
	other.Article.SiteName = "Other Gazette"
	put(t, st, other)
	put(t, st, storetest.Meeting("https://a.example/june", "2021-06-25", x, p, "2021-06-28", parley.Virtual, parley.Planned))
	geneva := storetest.Meeting("https://c.example/geneva", "2021-06-16", p, b, "2021-06-16", parley.InPerson, parley.Occurred)
	geneva.Events[0].Location = &parley.Place{Name: "Geneva", Country: "CHE"}
	put(t, st, geneva)
	// A retrospective published years later must not inform a 2021 briefing.
	put(t, st, storetest.Meeting("https://d.example/later", "2024-05-20", x, p, "2021-03-01", parley.InPerson, parley.Occurred))

	br, err := brief.Build(ctx, st, x, p, parley.MustParseDate("2021-06-28"), brief.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if br.Next == nil || br.Next.Date.String() != "2021-06-28" || br.Next.Status != parley.Planned || br.Next.Medium != parley.Virtual {
		t.Fatalf("next meeting = %+v, want the planned virtual meeting of 2021-06-28", br.Next)
	}
	if len(br.History) != 1 || br.History[0].Date.String() != "2021-05-19" {
		t.Fatalf("history = %+v, want only the 2021-05-19 meeting", br.History)
	}
	if h := br.History[0]; h.Articles != 2 || h.Outlets != 2 {
		t.Errorf("the May meeting has %d articles from %d outlets, want 2 and 2", h.Articles, h.Outlets)
	}
	if !strings.Contains(br.Cadence, "6 weeks") {
		t.Errorf("cadence %q should say 6 weeks since the previous meeting", br.Cadence)
	}
	if len(br.Context) != 1 || br.Context[0].Target.ID != b.ID && br.Context[0].Source.ID != b.ID {
		t.Errorf("context = %+v, want Putin's meeting with Biden", br.Context)
	}
	var md bytes.Buffer
	if err := br.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2021-06-28: consult (planned)", "2021-05-19: consult", "in Geneva", "Other Gazette, 2021-05-20"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	if strings.Contains(md.String(), "2021-03-01") {
		t.Errorf("the briefing used an article published after its date:\n%s", md.String())
	}
}

func TestBriefingSaysWhatItDoesNotKnow(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	put(t, st, storetest.Meeting("https://a.example/x", "2021-06-16", storetest.Putin, storetest.Biden, "2021-06-16", parley.InPerson, parley.Occurred))
	br, err := brief.Build(ctx, st, storetest.Xi, storetest.Biden, parley.MustParseDate("2022-03-01"), brief.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if br.Next != nil || len(br.History) != 0 {
		t.Fatalf("briefing invented interactions: %+v", br)
	}
	if len(br.Gaps) == 0 || !strings.Contains(br.Gaps[0], "no recorded interaction") {
		t.Errorf("gaps = %q, want a plain statement that nothing is recorded", br.Gaps)
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	put(t, st, storetest.Meeting("https://a.example/x", "2021-06-16", storetest.Putin, storetest.Biden, "2021-06-16", parley.InPerson, parley.Occurred))
	a, err := brief.Resolve(ctx, st, "Putin")
	if err != nil || a.ID != storetest.Putin.ID {
		t.Errorf("Resolve(Putin) = %v, %v", a.ID, err)
	}
	if _, err := brief.Resolve(ctx, st, "Nobody Atall"); parley.KindOf(err) != parley.NotFound {
		t.Errorf("Resolve of an unknown name: %v, want NotFound", err)
	}
}
