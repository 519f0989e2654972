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
	// Two outlets report the May meeting; one previews the June call, and
	// the report of the call appears on its day.
	put(t, st, storetest.Meeting("https://a.example/may", "2021-05-19", x, p, "2021-05-19", parley.Virtual, parley.Occurred))
	other := storetest.Meeting("https://b.example/may", "2021-05-20", p, x, "2021-05-19", parley.Virtual, parley.Occurred)
	other.Article.SiteName = "Other Gazette"
	put(t, st, other)
	put(t, st, storetest.Meeting("https://a.example/june", "2021-06-25", x, p, "2021-06-28", parley.Virtual, parley.Planned))
	held := storetest.Meeting("https://a.example/june-held", "2021-06-28", x, p, "2021-06-28", parley.Virtual, parley.Occurred)
	held.Article.Title = "Xi and Putin held their video call"
	put(t, st, held)
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
		t.Fatalf("next meeting = %+v, want the planned virtual meeting of 2021-06-28, as known that morning", br.Next)
	}
	if len(br.History) != 1 || br.History[0].Date.String() != "2021-05-19" {
		t.Fatalf("history = %+v, want only the 2021-05-19 meeting", br.History)
	}
	if h := br.History[0]; h.Articles != 2 || h.Outlets != 2 {
		t.Errorf("the May meeting has %d articles from %d outlets, want 2 and 2", h.Articles, h.Outlets)
	}
	if br.Cadence == nil || !strings.Contains(br.Cadence.Text, "second meeting in six weeks") {
		t.Errorf("cadence %+v should say the second meeting in six weeks", br.Cadence)
	}
	if len(br.Context) != 1 || br.Context[0].With != b.Name {
		t.Errorf("context = %+v, want Putin's meeting with Biden", br.Context)
	}
	var md bytes.Buffer
	if err := br.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2021-06-28: meeting (planned)", "2021-05-19: meeting", "in Geneva", "Other Gazette, 2021-05-20",
		"centenary of the Communist Party of China", "20th anniversary of the Treaty of Good-Neighbourliness"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	if strings.Contains(md.String(), "2021-03-01") {
		t.Errorf("the briefing used an article published after its date:\n%s", md.String())
	}

	// With the day's own articles, the meeting has taken place.
	opt := brief.DefaultOptions()
	opt.IncludeSameDay = true
	br, err = brief.Build(ctx, st, x, p, parley.MustParseDate("2021-06-28"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if br.Next == nil || br.Next.Status != parley.Occurred || !br.NextIsLatest {
		t.Errorf("with the day's articles the latest meeting is %+v, want the held one", br.Next)
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
	if len(br.Gaps) == 0 || !strings.Contains(br.Gaps[0], "no recorded interaction between Xi Jinping and Joe Biden known before 2022-03-01") {
		t.Errorf("gaps = %q, want a plain statement that nothing is recorded", br.Gaps)
	}
}

func TestBriefingHTMLIsEscaped(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	a := storetest.Meeting("https://a.example/x", "2021-06-16", storetest.Putin, storetest.Biden, "2021-06-16", parley.InPerson, parley.Occurred)
	a.Article.Title = `<script>alert("x")</script>`
	put(t, st, a)
	br, err := brief.Build(ctx, st, storetest.Putin, storetest.Biden, parley.MustParseDate("2021-06-20"), brief.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := br.WriteHTML(&out); err != nil {
		t.Fatal(err)
	}
	html := out.String()
	if strings.Contains(html, "<script>") || !strings.Contains(html, "&lt;script&gt;") {
		t.Errorf("the title is not escaped:\n%s", html)
	}
	if strings.Contains(html, "http://") && !strings.Contains(html, "https://a.example/x") || strings.Contains(html, "<link") || strings.Contains(html, "src=") {
		t.Errorf("the page refers to external assets:\n%s", html)
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

func TestOrdinalsOfMentionedAnniversaries(t *testing.T) {
	for text, want := range map[string]int{"the 20th anniversary": 20, "hundredth anniversary": 100, "seventy-fifth anniversary": 75,
		"the centenary": 100, "an anniversary": 0} {
		if got := brief.OrdinalIn(text); got != want {
			t.Errorf("OrdinalIn(%q) = %d, want %d", text, got, want)
		}
	}
}
