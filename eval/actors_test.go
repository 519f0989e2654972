package eval

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"parley"
)

// heldoutActors is the held-out actor set, relative to this package.
const heldoutActors = "../testdata/heldout/actors"

// TestHeldoutActorSetLoads checks the labelled set itself: it loads (so
// every labelled text occurs where its occurrence says, ids, dates, kinds,
// vias and country codes are well formed and labels do not overlap), and
// it keeps the size and variety the README promises.
func TestHeldoutActorSetLoads(t *testing.T) {
	set, err := LoadActorSet(heldoutActors)
	if err != nil {
		t.Fatal(err)
	}
	if len(set) < 24 {
		t.Errorf("%d articles, want at least 24", len(set))
	}
	mentions, groups, nots := 0, 0, 0
	vias := map[string]int{}
	scripts := 0
	for _, a := range set {
		words := len(strings.Fields(a.Text))
		if words < 150 || words > 400 {
			t.Errorf("%s: %d words, want 150 to 400", a.ID, words)
		}
		if len(a.Paragraphs) < 3 || a.Paragraphs[0].In(a.Text) != a.Title {
			t.Errorf("%s: want a headline line and paragraphs separated by blank lines", a.ID)
		}
		if y := a.Published.Year(); y < 2000 || y > 2026 {
			t.Errorf("%s: published %s, want 2000 to 2026", a.ID, a.Gold.Published)
		}
		for i, m := range a.Gold.Mentions {
			if got := a.MentionSpans[i].In(a.Text); got != m.Text {
				t.Errorf("%s: mention %q located as %q", a.ID, m.Text, got)
			}
			vias[m.Via]++
			for _, r := range m.Text {
				if r >= 0x400 && r <= 0x4FF || r >= 0x4E00 && r <= 0x9FFF {
					scripts++
					break
				}
			}
		}
		for i, g := range a.Gold.Groups {
			if got := a.GroupSpans[i].In(a.Text); got != g.Text {
				t.Errorf("%s: group %q located as %q", a.ID, g.Text, got)
			}
		}
		mentions += len(a.Gold.Mentions)
		groups += len(a.Gold.Groups)
		nots += len(a.Gold.NotActors)
	}
	if mentions+groups < 200 {
		t.Errorf("%d labelled mentions, want at least 200", mentions+groups)
	}
	if groups == 0 || nots == 0 || scripts < 2 {
		t.Errorf("groups %d, non-actors %d, mentions in Cyrillic or Chinese script %d; want some of each and two scripts", groups, nots, scripts)
	}
	for _, v := range Vias {
		if vias[v] == 0 {
			t.Errorf("no mention labelled via %q", v)
		}
	}
}

func TestFindOccurrence(t *testing.T) {
	text := "May met May in May; Mayor"
	tests := []struct {
		name  string
		s     string
		n     int
		start int
		ok    bool
	}{
		{"first", "May", 1, 0, true},
		{"third", "May", 3, 15, true},
		{"inside a longer word counts", "May", 4, 20, true},
		{"past the last", "May", 5, 0, false},
		{"zero is invalid", "May", 0, 0, false},
		{"empty text is invalid", "", 1, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp, ok := FindOccurrence(text, tc.s, tc.n)
			if ok != tc.ok || (ok && sp.Start != tc.start) {
				t.Errorf("FindOccurrence(%q, %d) = %v %v, want start %d ok %v", tc.s, tc.n, sp, ok, tc.start, tc.ok)
			}
		})
	}
	// Matches do not overlap: "aa" occurs twice in "aaaa", not three times.
	if _, ok := FindOccurrence("aaaa", "aa", 3); ok {
		t.Error("overlapping matches were counted")
	}
}

func TestParseActorArticleRejectsBadLabels(t *testing.T) {
	text := []byte("Putin meets Xi\n\nVladimir Putin met Xi Jinping in May.\n")
	good := `{"id":"x","published":"2023-03-22","mentions":[
	 {"text":"Vladimir Putin","occurrence":1,"actor":{"name":"Vladimir Putin","kind":"person","country":"RUS","role":"President of Russia"},"via":"name"},
	 {"text":"Xi Jinping","occurrence":1,"actor":{"name":"Xi Jinping","kind":"person","country":"CHN","role":"President of China"},"via":"name"}],
	 "group_mentions":[],"not_actors":[{"text":"May","occurrence":1}]}`
	if _, err := ParseActorArticle("x", text, []byte(good)); err != nil {
		t.Fatalf("a good article was rejected: %v", err)
	}
	bad := []struct{ name, from, to string }{
		{"id differs from file", `"id":"x"`, `"id":"y"`},
		{"bad date", `"2023-03-22"`, `"22 March 2023"`},
		{"text not in article", `"text":"Xi Jinping","occurrence":1`, `"text":"Xi Jinping","occurrence":2`},
		{"lower-case country", `"country":"RUS"`, `"country":"rus"`},
		{"unknown kind", `"kind":"person","country":"CHN"`, `"kind":"leader","country":"CHN"`},
		{"unknown via", `"via":"name"}]`, `"via":"guess"}]`},
		{"person without role", `"role":"President of China"`, `"role":""`},
		{"overlapping labels", `{"text":"May","occurrence":1}`, `{"text":"Putin met","occurrence":1}`},
		{"unknown field", `"group_mentions":[]`, `"groups":[]`},
		{"group of unlabelled actors", `"group_mentions":[]`, `"group_mentions":[{"text":"met","occurrence":1,"actors":["Vladimir Putin","Joe Biden"]}]`},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			g := strings.Replace(good, tc.from, tc.to, 1)
			if g == good {
				t.Fatalf("test edit %q did not apply", tc.from)
			}
			if _, err := ParseActorArticle("x", text, []byte(g)); err == nil {
				t.Error("accepted")
			}
		})
	}
}

func TestRoleMatches(t *testing.T) {
	tests := []struct {
		name, gold, got string
		want            bool
	}{
		{"same", "President of Russia", "President of Russia", true},
		{"case and articles", "Secretary of State of the United States", "secretary of state of United States", true},
		{"shorter prediction", "Prime Minister of Poland", "Prime Minister", true},
		{"foreign minister wording", "Minister of Foreign Affairs of China", "Foreign Minister of China", true},
		{"second alternative", "President of China; General Secretary of the Communist Party of China", "General Secretary of the Communist Party of China", true},
		{"vice president is not president", "Vice President of the United States", "President of the United States", false},
		{"prime minister is not president", "Prime Minister of Russia", "President of Russia", false},
		{"empty prediction", "President of Russia", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := RoleMatches(tc.gold, tc.got); got != tc.want {
				t.Errorf("RoleMatches(%q, %q) = %v, want %v", tc.gold, tc.got, got, tc.want)
			}
		})
	}
}

func TestSameActor(t *testing.T) {
	putin := GoldActorEntry{Name: "Vladimir Putin", Kind: "person", Country: "RUS"}
	xi := GoldActorEntry{Name: "Xi Jinping", Kind: "person", Country: "CHN"}
	tests := []struct {
		name string
		gold GoldActorEntry
		got  parley.Actor
		want bool
	}{
		{"same name", putin, parley.Actor{Name: "Vladimir Putin", Kind: parley.Person, Country: "RUS"}, true},
		{"surname alone", putin, parley.Actor{Name: "Putin", Kind: parley.Person, Country: "RUS"}, true},
		{"family name first", xi, parley.Actor{Name: "Xi", Kind: parley.Person, Country: "CHN"}, true},
		{"middle name", putin, parley.Actor{Name: "Vladimir Vladimirovich Putin", Kind: parley.Person, Country: "RUS"}, true},
		{"accents and hyphens", GoldActorEntry{Name: "Recep Tayyip Erdoğan", Kind: "person", Country: "TUR"}, parley.Actor{Name: "Recep Tayyip Erdogan", Kind: parley.Person, Country: "TUR"}, true},
		{"wrong country", putin, parley.Actor{Name: "Vladimir Putin", Kind: parley.Person, Country: ""}, false},
		{"wrong kind", GoldActorEntry{Name: "Chad", Kind: "state", Country: "TCD"}, parley.Actor{Name: "Chad", Kind: parley.Person, Country: "TCD"}, false},
		{"same family, other person", GoldActorEntry{Name: "Hillary Clinton", Kind: "person", Country: "USA"}, parley.Actor{Name: "Bill Clinton", Kind: parley.Person, Country: "USA"}, false},
		{"other Kim", GoldActorEntry{Name: "Kim Jong Un", Kind: "person", Country: "PRK"}, parley.Actor{Name: "Kim Jong Il", Kind: parley.Person, Country: "PRK"}, false},
		{"leading the", GoldActorEntry{Name: "United States", Kind: "state", Country: "USA"}, parley.Actor{Name: "the United States", Kind: parley.State, Country: "USA"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.got
			if s := sameActor(tc.gold, &got); s != tc.want {
				t.Errorf("sameActor(%q, %q) = %v, want %v", tc.gold.Name, tc.got.Name, s, tc.want)
			}
		})
	}
}

// TestScoreActors scores a small made-up article with a fake finder that
// gets some mentions right, one wrong, one extra and one trap.
func TestScoreActors(t *testing.T) {
	text := []byte("Putin hosts Xi\n\nRussian President Vladimir Putin met Xi Jinping in Moscow in May. The two leaders signed a statement, and Putin praised Beijing.\n")
	gold := `{"id":"t","published":"2023-03-21","mentions":[
	 {"text":"Russian President Vladimir Putin","occurrence":1,"actor":{"name":"Vladimir Putin","kind":"person","country":"RUS","role":"President of Russia"},"via":"title"},
	 {"text":"Xi Jinping","occurrence":1,"actor":{"name":"Xi Jinping","kind":"person","country":"CHN","role":"President of China"},"via":"name"},
	 {"text":"Putin","occurrence":3,"actor":{"name":"Vladimir Putin","kind":"person","country":"RUS","role":"President of Russia"},"via":"surname"},
	 {"text":"Beijing","occurrence":1,"actor":{"name":"China","kind":"state","country":"CHN","role":"state"},"via":"metonym"}],
	 "group_mentions":[{"text":"The two leaders","occurrence":1,"actors":["Xi Jinping","Vladimir Putin"]}],
	 "not_actors":[{"text":"May","occurrence":1},{"text":"Moscow","occurrence":1}]}`
	a, err := ParseActorArticle("t", text, []byte(gold))
	if err != nil {
		t.Fatal(err)
	}
	find := func(s string, published time.Time) ([]parley.Mention, []parley.Actor, error) {
		if !published.Equal(time.Date(2023, 3, 21, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("published %v", published)
		}
		at := func(sub string, n int, via parley.MentionVia, ids ...string) parley.Mention {
			sp, ok := FindOccurrence(s, sub, n)
			if !ok {
				t.Fatalf("%q not in text", sub)
			}
			return parley.Mention{Span: sp, Text: sub, Actors: ids, Via: via}
		}
		actors := []parley.Actor{
			{ID: "p", Name: "Vladimir Putin", Kind: parley.Person, Country: "RUS", Role: "Prime Minister of Russia"},
			{ID: "x", Name: "Xi Jinping", Kind: parley.Person, Country: "CHN", Role: "President of China"},
			{ID: "c", Name: "China", Kind: parley.State, Country: "CHN", Role: ""},
			{ID: "r", Name: "Russia", Kind: parley.State, Country: "RUS"},
		}
		return []parley.Mention{
			at("Russian", 1, parley.ViaAdjective, "r"),              // inside the labelled title: redundant, not counted
			at("President Vladimir Putin", 1, parley.ViaTitle, "p"), // right actor, wrong role
			at("Xi Jinping", 1, parley.ViaName, "x"),                // right
			at("Moscow", 1, parley.ViaMetonym, "r"),                 // trap and extra
			at("The two leaders", 1, parley.ViaGroup, "x", "p"),     // right group
			at("Putin", 3, parley.ViaSurname, "x"),                  // wrong actor
			at("Xi", 1, parley.ViaSurname, "x"),                     // headline, unlabelled: extra
		}, actors, nil
	}
	var diff bytes.Buffer
	s, err := ScoreActors([]ActorArticle{a}, find, &diff)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %d, want %d\n%s", what, got, want, diff.String())
		}
	}
	check("detected", s.Detection.TP, 4)
	check("detection misses", s.Detection.FN, 1) // Beijing
	check("detection false alarms", s.Detection.FP, 2)
	check("resolved", s.Overall.TP, 3)
	check("resolution false alarms", s.Overall.FP, 3)
	check("resolution misses", s.Overall.FN, 2)
	check("roles right", s.RolesRight, 1)
	check("roles total", s.RolesTotal, 2)
	check("groups right", s.GroupsRight, 1)
	check("traps", s.NotActorsHit, 1)
	check("metonym recall total", s.ByVia["metonym"].Total, 1)
	check("surname resolved", s.ByVia["surname"].Resolved, 0)
	var out bytes.Buffer
	s.Write(&out)
	for _, want := range []string{"mentions resolved", "people: right role", "surname"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	if !utf8.Valid(out.Bytes()) {
		t.Error("table is not UTF-8")
	}
}
