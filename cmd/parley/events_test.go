package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley"
	"parley/eval"
	"parley/store/sqlite"
	"parley/store/storetest"
)

// eventsDB writes a database with four articles: two Xi–Putin meetings, the
// Geneva summit with a place, and an undated accusation without a site.
func eventsDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "events.db")
	s, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	xi, putin, biden := storetest.Xi, storetest.Putin, storetest.Biden
	geneva := storetest.NewArticle("https://b.example/geneva", "Summit in Geneva", "2021-06-16T20:00:00+02:00").Site("B Daily")
	gs := geneva.Sentence("Vladimir Putin met Joe Biden in Geneva.")
	accuse := storetest.NewArticle("", "A sharp exchange", "")
	as := accuse.Sentence("China accused the United States of meddling.")
	for _, a := range []*parley.Analysis{
		storetest.Meeting("https://a.example/may", "2021-05-20", xi, putin, "2021-05-19", parley.Virtual, parley.Occurred),
		storetest.Meeting("https://a.example/june", "2021-06-25", xi, putin, "2021-06-28", parley.Virtual, parley.Planned),
		geneva.Event(gs, parley.Event{Type: parley.Consult, Medium: parley.InPerson, Date: parley.MustParseDate("2021-06"),
			Source: putin.Ref(), Target: biden.Ref(), Participants: []parley.ActorRef{putin.Ref(), biden.Ref()},
			Location: &parley.Place{Name: "Geneva", Country: "CHE"}, CAMEO: "043", Confidence: 0.8}, putin, biden).Analysis(),
		accuse.Event(as, parley.Event{Type: parley.Accuse, Source: storetest.China.Ref(), Confidence: 0.5},
			storetest.China, storetest.USA).Analysis(),
	} {
		if _, err := s.PutAnalysis(ctx, a.Article.Title, a); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestEventsTable(t *testing.T) {
	db := eventsDB(t)
	code, stdout, stderr := execParley(t, "", "", "events", "--mentions", "--db", db)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := strings.Join([]string{
		"DATE        TYPE     MEDIUM     STATUS    SOURCE          TARGET          LOCATION     ARTICLE",
		"2021-05-19  CONSULT  virtual    occurred  Xi Jinping      Vladimir Putin  —            Example News: Xi Jinping and Vladimir Putin talk",
		"2021-06     CONSULT  in-person  occurred  Vladimir Putin  Joe Biden       Geneva, CHE  B Daily: Summit in Geneva",
		"2021-06-28  CONSULT  virtual    planned   Xi Jinping      Vladimir Putin  —            Example News: Xi Jinping and Vladimir Putin talk",
		"—           ACCUSE   —          occurred  China           —               —            A sharp exchange",
		"",
	}, "\n")
	if stdout != want {
		t.Errorf("table:\n%s\nwant:\n%s", stdout, want)
	}
}

func TestEventsFilters(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		name  string
		args  []string
		dates []string // the DATE column, in order
		note  string   // expected in stderr
	}{
		{"Actor", []string{"--actor", "Putin"}, []string{"2021-05-19", "2021-06", "2021-06-28"}, ""},
		{"TwoActors", []string{"--actor", "Putin", "--actor", "biden"}, []string{"2021-06"}, ""},
		{"Between", []string{"--between", "Xi Jinping,Vladimir Putin"}, []string{"2021-05-19", "2021-06-28"}, ""},
		{"BetweenByCountryCode", []string{"--between", "CHN,USA"}, nil, ""},
		{"NameMatchingSeveral", []string{"--actor", "in", "--type", "accuse"}, []string{"—"}, `"in" matches 3 actors, using all`},
		{"SinceOverlapsMonth", []string{"--since", "2021-06-20"}, []string{"2021-06", "2021-06-28"}, ""},
		{"UntilMonth", []string{"--until", "2021-05"}, []string{"2021-05-19"}, ""},
		{"TypeAndStatus", []string{"--type", "consult,ACCUSE", "--status", "planned"}, []string{"2021-06-28"}, ""},
		{"NewestFirst", []string{"--newest"}, []string{"2021-06-28", "2021-06", "2021-05-19", "—"}, ""},
		{"Limit", []string{"--limit", "2"}, []string{"2021-05-19", "2021-06"}, "showing the first 2 events; use --limit 0 to see all"},
		{"LimitZeroShowsAll", []string{"--limit", "0"}, []string{"2021-05-19", "2021-06", "2021-06-28", "—"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := execParley(t, "", "", append([]string{"events", "--mentions", "--db", db}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var dates []string
			lines := strings.Split(strings.TrimSpace(stdout), "\n")
			if lines[0] != "no events match" {
				for _, l := range lines[1:] {
					dates = append(dates, strings.Fields(l)[0])
				}
			}
			if !reflect.DeepEqual(dates, tt.dates) {
				t.Errorf("dates %q, want %q\n%s", dates, tt.dates, stdout)
			}
			if tt.note != "" && !strings.Contains(stderr, tt.note) {
				t.Errorf("stderr %q lacks %q", stderr, tt.note)
			}
		})
	}
}

func TestEventsJSON(t *testing.T) {
	db := eventsDB(t)
	code, stdout, stderr := execParley(t, "", "", "events", "--mentions", "--db", db, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var evs []map[string]any
	if err := json.Unmarshal([]byte(stdout), &evs); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, stdout)
	}
	if len(evs) != 4 {
		t.Fatalf("%d events, want 4", len(evs))
	}
	// Every key of the analyze contract's event object, plus id and article.
	keys := []string{"id", "type", "mode", "medium", "status", "date", "source", "target", "participants",
		"location", "evidence", "cameo", "confidence", "article"}
	for i, ev := range evs {
		for _, k := range keys {
			if _, ok := ev[k]; !ok {
				t.Errorf("event %d lacks %q", i, k)
			}
		}
	}
	geneva := evs[1]
	wantArticle := map[string]any{"id": 3.0, "url": "https://b.example/geneva", "title": "Summit in Geneva", "site": "B Daily",
		"published": "2021-06-16", "published_time": "2021-06-16T20:00:00+02:00"}
	if !reflect.DeepEqual(geneva["article"], wantArticle) {
		t.Errorf("article = %v, want %v", geneva["article"], wantArticle)
	}
	if want := map[string]any{"name": "Geneva", "country": "CHE"}; !reflect.DeepEqual(geneva["location"], want) {
		t.Errorf("location = %v, want %v", geneva["location"], want)
	}
	if want := map[string]any{"id": "person:vladimir-putin", "name": "Vladimir Putin", "country": "RUS"}; !reflect.DeepEqual(geneva["source"], want) {
		t.Errorf("source = %v, want %v", geneva["source"], want)
	}
	accuse := evs[3]
	if accuse["target"] != nil || accuse["location"] != nil || accuse["date"] != "" {
		t.Errorf("undated accusation: target %v, location %v, date %v; want null, null, \"\"", accuse["target"], accuse["location"], accuse["date"])
	}
	if ps, ok := accuse["participants"].([]any); !ok || len(ps) != 0 {
		t.Errorf("participants = %#v, want an empty array", accuse["participants"])
	}
	if art := accuse["article"].(map[string]any); art["published"] != "" {
		t.Errorf("unknown publication date = %v, want \"\"", art["published"])
	}

	t.Run("EmptyIsAnArray", func(t *testing.T) {
		_, stdout, _ := execParley(t, "", "", "events", "--mentions", "--db", db, "--format", "json", "--since", "2030")
		if strings.TrimSpace(stdout) != "[]" {
			t.Errorf("stdout = %q, want []", stdout)
		}
	})
}

func TestEventsCSV(t *testing.T) {
	db := eventsDB(t)
	code, stdout, stderr := execParley(t, "", "", "events", "--mentions", "--db", db, "--format", "csv", "--actor", "Joe Biden")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if len(rows) != 2 || !reflect.DeepEqual(rows[0], csvHeader) {
		t.Fatalf("rows = %q, want the header and one event", rows)
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	want := map[string]string{"date": "2021-06", "type": "CONSULT", "source_name": "Vladimir Putin", "target_id": "person:joe-biden",
		"participants": "person:vladimir-putin;person:joe-biden", "location_name": "Geneva", "article_published": "2021-06-16",
		"sentence": "Vladimir Putin met Joe Biden in Geneva.", "confidence": "0.8"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

func TestEventsErrors(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"NoDatabase", []string{"--db", filepath.Join(t.TempDir(), "none.db")}, exitUsage, "no database at"},
		{"UnknownName", []string{"--actor", "Angela Merkel"}, exitFailure, `no stored actor matches "Angela Merkel"`},
		{"MisspeltNameSuggests", []string{"--actor", "Vladimir Puttin"}, exitFailure, "did you mean Vladimir Putin (person:vladimir-putin)?"},
		{"BetweenOneName", []string{"--between", "Xi"}, exitUsage, "--between"},
		{"BetweenThreeNames", []string{"--between", "Xi,Putin,Biden"}, exitUsage, "--between"},
		{"BadType", []string{"--type", "MEET"}, exitUsage, "not a PLOVER type"},
		{"BadStatus", []string{"--status", "rumoured"}, exitUsage, "not a status"},
		{"BadDate", []string{"--since", "June 2021"}, exitUsage, "--since"},
		{"UntilBeforeSince", []string{"--since", "2022", "--until", "2021-06"}, exitUsage, "before --since"},
		{"NegativeLimit", []string{"--limit", "-5"}, exitUsage, "--limit"},
		{"BadFormat", []string{"--format", "xml"}, exitUsage, "--format"},
		{"StrayArgument", []string{"Putin"}, exitUsage, "unexpected arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"events", "--mentions", "--db", db}, tt.args...)
			code, _, stderr := execParley(t, "", "", args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

// By default `parley events` lists happenings: the two Xi–Putin articles
// report two meetings, so two happenings; a second report of the May
// meeting joins the first.
func TestHappeningsTable(t *testing.T) {
	db := eventsDB(t)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	again := storetest.Meeting("https://c.example/may", "2021-05-20", storetest.Putin, storetest.Xi, "2021-05-19", parley.Virtual, parley.Occurred)
	again.Article.SiteName = "C Herald"
	if _, err := s.PutAnalysis(ctx, "c", again); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, stdout, stderr := execParley(t, "", "", "events", "--db", db)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := strings.Join([]string{
		"DATE        TYPE     STATUS    MEDIUM     PLACE        ACTORS                       SOURCES",
		"2021-05-19  CONSULT  occurred  virtual    —            Xi Jinping – Vladimir Putin  2 art., 2 outl.",
		"2021-06     CONSULT  occurred  in-person  Geneva, CHE  Vladimir Putin – Joe Biden   1 art., 1 outl.",
		"2021-06-28  CONSULT  planned   virtual    —            Xi Jinping – Vladimir Putin  1 art., 1 outl.",
		"—           ACCUSE   occurred  —          —            China                        1 art., 1 outl.",
		"",
	}, "\n")
	if stdout != want {
		t.Errorf("table:\n%s\nwant:\n%s", stdout, want)
	}
	for _, tt := range []struct {
		name string
		args []string
		want int
	}{
		{"Between", []string{"--between", "Xi Jinping,Vladimir Putin"}, 2},
		{"Status", []string{"--status", "planned"}, 1},
		{"Limit", []string{"--limit", "1"}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := execParley(t, "", "", append([]string{"events", "--db", db, "--format", "json"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var hs []map[string]any
			if err := json.Unmarshal([]byte(stdout), &hs); err != nil {
				t.Fatal(err)
			}
			if len(hs) != tt.want {
				t.Errorf("%d happenings, want %d:\n%s", len(hs), tt.want, stdout)
			}
		})
	}
}

// TestNGECStoriesThatOnceCrashed runs the synthetic NGEC stories in
// ../shared through the whole pipeline: some once made the actor stage
// panic (a role phrase starting inside a mention sliced the text
// backwards), one the event stage ("at X's request" before a comma that
// ends the text).
func TestNGECStoriesThatOnceCrashed(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "ngec-plover", "gpt_synthetic_events_2023-10-19_19.csv.zip")
	stories, err := eval.LoadNGEC(path)
	if err != nil {
		t.Skipf("NGEC stories not found at %s: %v", path, err)
	}
	p, err := newPipeline(nil)
	if err != nil {
		t.Fatal(err)
	}
	// Every story, as one crash found by the smoke run was in none of
	// those named below; under the race detector, which slows the coder
	// tenfold, every tenth story and the named ones.
	found := 0
	for i, st := range stories {
		named := strings.Contains(st.Text, "Honduran Navy aircraft") || strings.Contains(st.Text, "firing on two UN compounds") ||
			strings.Contains(st.Text, "sever diplomatic ties with Bulgaria")
		if raceEnabled && !named && i%10 != 0 {
			continue
		}
		if named {
			found++
		}
		art := parley.Article{Title: st.Title, Text: st.Text}
		start := 0
		for _, para := range strings.Split(st.Text, "\n\n") {
			art.Paragraphs = append(art.Paragraphs, parley.Span{Start: start, End: start + len(para)})
			start += len(para) + 2
		}
		if _, err := p.AnalyzeArticle(context.Background(), art); err != nil {
			t.Errorf("story %q: %v", st.Title, err)
		}
	}
	if found == 0 {
		t.Fatal("none of the stories that once crashed is in the set")
	}
}

// TestBenchNGECListsStoriesWithNoEvent checks that -v with -ngec names
// each story in which no event was found, with its label, and no other.
func TestBenchNGECListsStoriesWithNoEvent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stories.csv")
	csv := "title,text,label,mode\n" +
		"Leaders meet,\"Russian President Vladimir Putin met U.S. President Joe Biden in Geneva on Wednesday.\",CONSULT,\n" +
		"Weather,\"Heavy rain fell across the region on Monday, and more is expected.\",PROTEST,\n"
	writeFile(t, path, []byte(csv))
	code, stdout, stderr := execParley(t, "", "", "bench", "events", "-v", "-ngec", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var none []string
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, "none ") {
			none = append(none, line)
		}
	}
	if len(none) != 1 || !strings.Contains(none[0], "PROTEST") || !strings.Contains(none[0], "Heavy rain fell") {
		t.Errorf("stories with no event listed as %q, want the weather story alone", none)
	}
}
