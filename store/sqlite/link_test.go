package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/store"
	"parley/store/storetest"
)

// crowdedNews returns n analyses that report a few occasions over and
// over: the same pairs of leaders and states, a handful of days at every
// precision, undated reports, several outlets (some without a name),
// planned, held and called-off meetings, calls and visits in a few
// places, third parties at the table, and articles with several events.
// Linking merges them heavily,
// which is what the tests below need. The same seed gives the same news.
func crowdedNews(seed uint64, n int) []*parley.Analysis {
	rng := rand.New(rand.NewPCG(seed, 99))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	sides := [][2]parley.Actor{
		{storetest.Xi, storetest.Putin}, {storetest.Putin, storetest.Xi}, {storetest.China, storetest.Russia},
		{storetest.Biden, storetest.Putin}, {storetest.USA, storetest.Russia}, {storetest.Biden, storetest.Xi},
	}
	days := []string{"2021-06-14", "2021-06-15", "2021-06-16", "2021-06-17", "2021-06-28", "2021-06", "2021-07", "2021", ""}
	places := []*parley.Place{nil, nil, {Name: "Geneva", Country: "CHE"}, {Name: "Switzerland", Country: "CHE"}, {Name: "Moscow", Country: "RUS"}}
	media := []parley.Medium{"", parley.InPerson, parley.Virtual, parley.Phone}
	var out []*parley.Analysis
	for i := range n {
		pub := ""
		if rng.IntN(12) > 0 {
			t := time.Date(2021, 6, 10, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(24*24)) * time.Hour)
			zone := time.FixedZone("", 3600*(rng.IntN(17)-6))
			pub = t.In(zone).Format(time.RFC3339)
			if rng.IntN(5) == 0 {
				pub = t.Format(time.DateOnly)
			}
		}
		b := storetest.NewArticle(fmt.Sprintf("https://news%d.example/story/%d", rng.IntN(6), i), fmt.Sprintf("Report %d", i), pub)
		if site := pick("Alpha", "Beta", "Gamma", "Delta", "", ""); site != "" {
			b.Site(site)
		}
		for range 1 + rng.IntN(3) {
			pair := sides[rng.IntN(len(sides))]
			src, tgt := pair[0], pair[1]
			status := parley.Occurred
			text := fmt.Sprintf("%s met %s (report %d).", src.Name, tgt.Name, i)
			switch rng.IntN(6) {
			case 0:
				status, text = parley.Planned, fmt.Sprintf("%s will meet %s (report %d).", src.Name, tgt.Name, i)
			case 1:
				status, text = parley.Negated, fmt.Sprintf("The talks of %s and %s were %s (report %d).", src.Name, tgt.Name, pick("called off", "not held"), i)
			}
			s := b.Sentence(text)
			e := parley.Event{Type: parley.Consult, Status: status, Medium: media[rng.IntN(len(media))], Location: places[rng.IntN(len(places))],
				Source: src.Ref(), Target: tgt.Ref(), Participants: []parley.ActorRef{src.Ref(), tgt.Ref()}}
			if rng.IntN(4) == 0 {
				e.Type = parley.Accuse // directed: the order of the sides counts
			}
			actors := []parley.Actor{src, tgt}
			if rng.IntN(5) == 0 { // a third party at the table
				third := storetest.Biden
				if src.ID == third.ID || tgt.ID == third.ID {
					third = storetest.China
				}
				e.Participants = append(e.Participants, third.Ref())
				actors = append(actors, third)
			}
			if d := days[rng.IntN(len(days))]; d != "" {
				e.Date = parley.MustParseDate(d)
			}
			b.Event(s, e, actors...)
		}
		out = append(out, b.Analysis())
	}
	return out
}

// openNormal opens a store for tests that need no durability, on a new
// file in the test's temporary directory.
func openNormal(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"), Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dumpLinks returns the linking tables of a store as text, one line a row.
func dumpLinks(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT * FROM happenings ORDER BY id`,
		`SELECT * FROM happening_events ORDER BY event_id`,
		`SELECT * FROM happening_actors ORDER BY actor_id, day, happening_id`,
		`SELECT * FROM happening_pairs ORDER BY actor_x, actor_y, day, happening_id`,
	} {
		rows, err := s.r.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		b.WriteString("--\n")
	}
	return b.String()
}

// putInBatches stores the analyses with PutAnalyses, size at a time.
func putInBatches(t testing.TB, s *Store, as []*parley.Analysis, size int) {
	t.Helper()
	putBatches(t, s, as, size, false)
}

// putBatches is putInBatches; savepointsOnly writes every batch the way
// PutAnalyses writes it again after an item failed, each item under a
// savepoint.
func putBatches(t testing.TB, s *Store, as []*parley.Analysis, size int, savepointsOnly bool) {
	t.Helper()
	for len(as) > 0 {
		n := min(size, len(as))
		items := make([]store.Item, n)
		for i, a := range as[:n] {
			items[i] = store.Item{Locator: a.Article.URL, Analysis: a}
		}
		res, err := s.putAnalyses(context.Background(), items, savepointsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
		as = as[n:]
	}
}

// The linker writes a happening once per transaction instead of once per
// event; what it stores must not depend on how articles are grouped into
// transactions.
func TestLinkingDoesNotDependOnTransactions(t *testing.T) {
	ctx := context.Background()
	news := crowdedNews(1, 200)
	one := openNormal(t)
	for _, a := range news {
		if _, err := one.PutAnalysis(ctx, a.Article.URL, a); err != nil {
			t.Fatal(err)
		}
	}
	want := dumpLinks(t, one)
	if n := strings.Count(want, "\n"); n < 200 {
		t.Fatalf("only %d rows: the fixture should link much more", n)
	}
	checkHappeningRows(t, one)
	for _, size := range []int{3, 64, 200} {
		for _, savepoints := range []bool{false, true} {
			name := fmt.Sprintf("batches of %d", size)
			if savepoints {
				name += " under savepoints"
			}
			t.Run(name, func(t *testing.T) {
				s := openNormal(t)
				putBatches(t, s, news, size, savepoints)
				if got := dumpLinks(t, s); got != want {
					t.Errorf("linking in %s stored other happenings than one article at a time:\n%s", name, firstDiff(got, want))
				}
			})
		}
	}
	// Relinking in its canonical order gives the same, however the
	// happenings were linked before.
	if err := one.Relink(ctx); err != nil {
		t.Fatal(err)
	}
	relinked := dumpLinks(t, one)
	checkHappeningRows(t, one)
	s := openNormal(t)
	putInBatches(t, s, news, 64)
	if err := s.Relink(ctx); err != nil {
		t.Fatal(err)
	}
	if got := dumpLinks(t, s); got != relinked {
		t.Errorf("Relink after batches differs from Relink after single puts:\n%s", firstDiff(got, relinked))
	}
}

// A happening's row may have no tally (a database from before migration
// 0008), one this build cannot read, or one that is behind its mentions
// (a build that did not know tallies added to it); linking to it then
// tallies its mentions, and links as if the row had kept its tally.
func TestLinkingWithoutStoredTallies(t *testing.T) {
	ctx := context.Background()
	news := crowdedNews(4, 200)
	want := openNormal(t)
	putInBatches(t, want, news, 50)
	s := openNormal(t)
	putInBatches(t, s, news[:60], 30)
	old := map[int64][]byte{}
	rows, err := s.r.QueryContext(ctx, `SELECT id, tally FROM happenings WHERE id % 3 = 0`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			t.Fatal(err)
		}
		old[id] = b
	}
	rows.Close()
	putInBatches(t, s, news[60:100], 40)
	res, err := s.w.ExecContext(ctx, `UPDATE happenings SET tally = CASE WHEN id % 2 = 0 THEN NULL ELSE x'01ff' END WHERE id % 3 > 0`)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n < 10 {
		t.Fatalf("only %d happenings lost their tally: the fixture should have more", n)
	}
	behind := 0
	for id, b := range old {
		var mentions int
		if err := s.r.QueryRowContext(ctx, `SELECT mentions FROM happenings WHERE id = ?`, id).Scan(&mentions); err != nil {
			t.Fatal(err)
		}
		var tl store.Tally
		if err := tl.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if tl.N != mentions {
			behind++
		}
		if _, err := s.w.ExecContext(ctx, `UPDATE happenings SET tally = ? WHERE id = ?`, b, id); err != nil {
			t.Fatal(err)
		}
	}
	if behind < 5 {
		t.Fatalf("only %d tallies are behind their happenings: the fixture should have more", behind)
	}
	// Tallies that decode and count right but name an actor the table
	// does not hold: not what this database wrote.
	foreign := map[int64][]byte{}
	for id := int64(3); len(foreign) < 5; id += 3 {
		if _, ok := old[id]; ok {
			continue
		}
		ms, err := loadMentions(ctx, s.r, []int64{id}, parley.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms[id]) == 0 {
			t.Fatalf("happening %d has no mentions", id)
		}
		ms[id][0].Source.ID = "state:XXX"
		b, _ := store.TallyOf(ms[id]).MarshalBinary()
		if _, err := s.w.ExecContext(ctx, `UPDATE happenings SET tally = ? WHERE id = ?`, b, id); err != nil {
			t.Fatal(err)
		}
		foreign[id] = b
	}
	putInBatches(t, s, news[100:], 50)
	var renewed int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM happenings WHERE id % 3 > 0 AND tally IS NOT NULL AND tally <> x'01ff'`).Scan(&renewed); err != nil {
		t.Fatal(err)
	}
	if renewed == 0 {
		t.Error("no happening linked to after losing its tally got a new one")
	}
	// Those no later article joined keep what they had; the others must
	// keep the tally of their mentions.
	if _, err := s.w.ExecContext(ctx, `UPDATE happenings SET tally = NULL WHERE tally = x'01ff'`); err != nil {
		t.Fatal(err)
	}
	for _, kept := range []map[int64][]byte{old, foreign} {
		for id, b := range kept {
			if _, err := s.w.ExecContext(ctx, `UPDATE happenings SET tally = NULL WHERE id = ? AND tally = ?`, id, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	checkHappeningRows(t, s)
	for _, st := range []*Store{s, want} {
		if _, err := st.w.ExecContext(ctx, `UPDATE happenings SET tally = NULL`); err != nil {
			t.Fatal(err)
		}
	}
	if got, exp := dumpLinks(t, s), dumpLinks(t, want); got != exp {
		t.Errorf("linking to happenings without their tallies stored other happenings:\n%s", firstDiff(got, exp))
	}
}

// The linker makes the mentions it links in memory instead of reading
// them back; they must be what reading them back gives, the actors as
// the actors table holds them included: an actor an article does not
// know keeps the record a known one stored (name and country here), and
// an actor no one knows has its latest record.
func TestLinkedMentionsAreAsStored(t *testing.T) {
	for _, cached := range []bool{false, true} {
		t.Run(fmt.Sprintf("cached=%v", cached), func(t *testing.T) { testLinkedMentionsAreAsStored(t, cached) })
	}
}

func testLinkedMentionsAreAsStored(t *testing.T, cached bool) {
	ctx := context.Background()
	news := crowdedNews(3, 160)
	s := openNormal(t)
	// The known records first, and an unknown actor under a name the
	// articles below change.
	yang := parley.Actor{ID: "new:person:yang-jin", Name: "Yang Jin", Kind: parley.Person, Country: "CHN"}
	for _, a := range news[:20] {
		if len(a.Events) > 0 {
			a.Actors = append(a.Actors, yang)
			a.Events[0].Participants = append(a.Events[0].Participants, yang.Ref())
		}
	}
	putInBatches(t, s, news[:20], 20)
	yang.Name = "Jin Yang"
	unknownXi := 0
	for i, a := range news[20:] {
		if i%3 == 0 {
			for j := range a.Actors {
				if ac := &a.Actors[j]; ac.ID == storetest.Xi.ID {
					ac.Known, ac.Name, ac.Country, ac.Role = false, "Xi", "", ""
					unknownXi++
				}
			}
			for j := range a.Events {
				e := &a.Events[j]
				refs := []*parley.ActorRef{&e.Source, &e.Target}
				for k := range e.Participants {
					refs = append(refs, &e.Participants[k])
				}
				for _, r := range refs {
					if r.ID == storetest.Xi.ID {
						r.Name, r.Country = "Xi", ""
					}
				}
			}
		}
		if i%4 == 1 && len(a.Events) > 0 {
			a.Actors = append(a.Actors, yang)
			a.Events[0].Participants = append(a.Events[0].Participants, yang.Ref())
		}
	}
	if unknownXi == 0 {
		t.Fatal("the fixture has no article that does not know Xi")
	}
	err := s.writeTx(ctx, "test", func(tx *sql.Tx) error {
		st := s.bind(ctx, tx)
		defer st.close()
		l, err := testLinker(ctx, s, st, cached)
		if err != nil {
			return err
		}
		if err := putEach(s, l, news[20:]); err != nil {
			return err
		}
		if l.undo != nil {
			t.Errorf("the linker kept %d tallies to undo with no item under a savepoint", len(l.undo))
		}
		if err := l.flush(false); err != nil {
			return err
		}
		var ids []int64
		for id := range l.hs {
			ids = append(ids, id)
		}
		stored, err := loadMentions(ctx, tx, ids, parley.Date{})
		if err != nil {
			return err
		}
		for _, id := range ids {
			if got, want := l.hs[id].tally.String(), store.TallyOf(stored[id]).String(); got != want {
				t.Errorf("happening %d: the linker holds\n%s\nits mentions read back give\n%s", id, got, want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkHappeningRows(t, s)
}

// After a savepoint is rolled back in the middle of a batch, the linker
// must forget what the undone article changed and keep what the articles
// before it changed.
//
// With the writer's cache, the articles before are stored first, so the
// cache holds their happenings and actors when the batch begins, and a
// batch after it must link as a store that never saw the undone
// articles does.
func TestLinkerRollbackToSavepoint(t *testing.T) {
	for _, cached := range []bool{false, true} {
		t.Run(fmt.Sprintf("cached=%v", cached), func(t *testing.T) { testLinkerRollback(t, cached) })
	}
}

func testLinkerRollback(t *testing.T, cached bool) {
	ctx := context.Background()
	news := crowdedNews(2, 160)
	before, news, after := news[:30], news[30:130], news[130:]
	undone := func(i int) bool { return i%5 == 3 }
	kept := slices.Clone(before)
	for i, a := range news {
		if !undone(i) {
			kept = append(kept, a)
		}
	}
	want := openNormal(t)
	putInBatches(t, want, append(kept, after...), 100)

	s := openNormal(t)
	putInBatches(t, s, before, 30)
	err := s.writeTx(ctx, "test", func(tx *sql.Tx) error {
		st := s.bind(ctx, tx)
		defer st.close()
		l, err := testLinker(ctx, s, st, cached)
		if err != nil {
			return err
		}
		now := s.now()
		for i, a := range news {
			row, err := newArticleRow(a, a.Article.URL, now)
			if err != nil {
				return err
			}
			if _, err := st.exec(sqlSavepoint); err != nil {
				return err
			}
			l.begin()
			if _, err := s.putAnalysis(l, row, a); err != nil {
				return err
			}
			if undone(i) {
				if _, err := st.exec(sqlRollbackTo); err != nil {
					return err
				}
				l.rollback()
			}
			if _, err := st.exec(sqlRelease); err != nil {
				return err
			}
		}
		if err := l.flush(false); err != nil {
			return err
		}
		if len(l.undo) > 0 {
			t.Errorf("after flush the linker still keeps %d tallies to undo", len(l.undo))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	putInBatches(t, s, after, 10)
	// Article and event IDs differ where the undone article was; the
	// happenings must say the same.
	got, exp := happeningSummaries(t, s), happeningSummaries(t, want)
	if got != exp {
		t.Errorf("after a rollback the happenings differ from never storing the article:\n%s", firstDiff(got, exp))
	}
	checkHappeningRows(t, s)
}

// happeningSummaries lists the happenings by what they say and which
// articles support them, without row IDs.
func happeningSummaries(t *testing.T, s *Store) string {
	t.Helper()
	hs, err := s.Happenings(context.Background(), store.HappeningFilter{WithSupport: true})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, h := range hs {
		var urls []string
		for _, m := range h.Support {
			urls = append(urls, m.Article.URL+"#"+m.Evidence.Sentence)
		}
		lines = append(lines, fmt.Sprintf("%s %s %s %s %s–%s %v %d/%d/%d %v", h.Type, h.Date, h.Status, h.Medium, h.Source.ID, h.Target.ID,
			h.Location, h.Mentions, h.Articles, h.Outlets, urls))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// checkHappeningRows checks every happening's row and index rows against
// what its mentions say (store.Summarize), as a full rewrite would store.
func checkHappeningRows(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	rows, err := s.r.QueryContext(ctx, `SELECT id FROM happenings ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	ms, err := loadMentions(ctx, s.r, ids, parley.Date{})
	if err != nil {
		t.Fatal(err)
	}
	actor := func(id string) (parley.ActorRef, parley.ActorKind, error) {
		r := parley.ActorRef{ID: id}
		var kind string
		err := s.r.QueryRowContext(ctx, `SELECT name, kind, country FROM actors WHERE id = ?`, id).Scan(&r.Name, &kind, &r.Country)
		return r, parley.ActorKind(kind), err
	}
	for _, id := range ids {
		h := store.Summarize(ms[id])
		// The tally the row keeps is the tally of its mentions.
		var b []byte
		if err := s.r.QueryRowContext(ctx, `SELECT tally FROM happenings WHERE id = ?`, id).Scan(&b); err != nil {
			t.Fatal(err)
		}
		var kept store.Tally
		if b == nil {
			// none yet: a row from before migration 0008 not linked to since
		} else if err := kept.UnmarshalBinary(b); err != nil {
			t.Fatalf("happening %d: %v", id, err)
		}
		if err := kept.Resolve(actor); err != nil {
			t.Fatal(err)
		}
		if got, want := kept.String(), store.TallyOf(ms[id]).String(); b != nil && got != want {
			t.Errorf("happening %d: its row keeps the tally\n%s\nits mentions give\n%s", id, got, want)
		}
		var date, status string
		var mentions, articles, outlets int
		if err := s.r.QueryRowContext(ctx, `SELECT date, status, mentions, articles, outlets FROM happenings WHERE id = ?`, id).
			Scan(&date, &status, &mentions, &articles, &outlets); err != nil {
			t.Fatal(err)
		}
		if date != h.Date.String() || status != string(h.Status) || mentions != h.Mentions || articles != h.Articles || outlets != h.Outlets {
			t.Errorf("happening %d row says %s %s %d/%d/%d, its mentions %s %s %d/%d/%d", id, date, status, mentions, articles, outlets,
				h.Date, h.Status, h.Mentions, h.Articles, h.Outlets)
		}
		// The rest of the row, as the summary and the mentions give it.
		var cols [12]sql.NullString
		ptrs := make([]any, len(cols))
		for i := range cols {
			ptrs[i] = &cols[i]
		}
		if err := s.r.QueryRowContext(ctx, `SELECT mode, medium, source_id, target_id, location_name, location_country,
			date_first, date_last, first_seen, last_seen, first_day, last_day FROM happenings WHERE id = ?`, id).Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		exp := make([]string, len(cols))
		exp[0], exp[1], exp[2], exp[3] = h.Mode, string(h.Medium), h.Source.ID, h.Target.ID
		if h.Location != nil {
			exp[4], exp[5] = h.Location.Name, h.Location.Country
		}
		if !h.Date.IsZero() {
			exp[6], exp[7] = h.Date.First().Format(time.DateOnly), h.Date.Last().Format(time.DateOnly)
		}
		if !h.FirstSeen.IsZero() {
			exp[8], exp[9] = h.FirstSeen.UTC().Format(time.RFC3339Nano), h.LastSeen.UTC().Format(time.RFC3339Nano)
		}
		for _, m := range ms[id] {
			if p := m.Article.Published; !p.IsZero() {
				d := parley.DateOf(p).String()
				if exp[10] == "" || d < exp[10] {
					exp[10] = d
				}
				exp[11] = max(exp[11], d)
			}
		}
		for i := range cols {
			if cols[i].String != exp[i] {
				t.Errorf("happening %d: column %d of its row is %q, its mentions say %q", id, i, cols[i].String, exp[i])
			}
		}
		day := ""
		if !h.Date.IsZero() {
			day = h.Date.First().Format(time.DateOnly)
		}
		var want []string
		for i, x := range h.Actors {
			want = append(want, "actor "+x.ID+" "+day)
			for _, y := range h.Actors[i+1:] {
				a, b := x.ID, y.ID
				if b < a {
					a, b = b, a
				}
				want = append(want, "pair "+a+" "+b+" "+day)
			}
		}
		var got []string
		rows, err := s.r.QueryContext(ctx, `SELECT 'actor ' || actor_id || ' ' || day FROM happening_actors WHERE happening_id = ?
			UNION ALL SELECT 'pair ' || actor_x || ' ' || actor_y || ' ' || day FROM happening_pairs WHERE happening_id = ?`, id, id)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			rows.Scan(&line)
			got = append(got, line)
		}
		rows.Close()
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("happening %d index rows %v, want %v", id, got, want)
		}
		// And the actors are those of its events, read straight from
		// event_actors.
		var ids, wantIDs []string
		for _, x := range h.Actors {
			ids = append(ids, x.ID)
		}
		rows, err = s.r.QueryContext(ctx, `SELECT DISTINCT ea.actor_id FROM happening_events he
			JOIN event_actors ea ON ea.event_id = he.event_id WHERE he.happening_id = ?`, id)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var x string
			rows.Scan(&x)
			wantIDs = append(wantIDs, x)
		}
		rows.Close()
		slices.Sort(ids)
		slices.Sort(wantIDs)
		if !slices.Equal(ids, wantIDs) {
			t.Errorf("happening %d has actors %v, its events %v", id, ids, wantIDs)
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got:  %s\n want: %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// BenchmarkLinkPopular stores reports of one summit, 64 to a transaction,
// into a database that already holds the given number of them: the cost
// of an article as its happening grows.
func BenchmarkLinkPopular(b *testing.B) {
	report := func(i int) *parley.Analysis {
		site := fmt.Sprintf("Outlet %d", i%300)
		bld := storetest.NewArticle(fmt.Sprintf("https://outlet%d.example/summit/%d", i%300, i), "Summit", "2021-06-17").Site(site)
		s := bld.Sentence(fmt.Sprintf("Vladimir Putin met Joe Biden in Geneva on Wednesday (report %d).", i))
		e := parley.Event{Type: parley.Consult, Status: parley.Occurred, Medium: parley.InPerson, Date: parley.MustParseDate("2021-06-16"),
			Location: &parley.Place{Name: "Geneva", Country: "CHE"}, Source: storetest.Putin.Ref(), Target: storetest.Biden.Ref(),
			Participants: []parley.ActorRef{storetest.Putin.Ref(), storetest.Biden.Ref()}}
		return bld.Event(s, e, storetest.Putin, storetest.Biden).Analysis()
	}
	for _, before := range []int{0, 1000, 10000} {
		b.Run(fmt.Sprintf("mentions=%d", before), func(b *testing.B) {
			s := openNormal(b)
			var as []*parley.Analysis
			for i := range before {
				as = append(as, report(i))
			}
			putInBatches(b, s, as, 64)
			as = as[:0]
			for i := range b.N {
				as = append(as, report(before+i))
			}
			b.ResetTimer()
			putInBatches(b, s, as, 64)
		})
	}
}

// testLinker makes the linker of a test's write transaction, through the
// writer's cache when cached is set.
func testLinker(ctx context.Context, s *Store, st *txStmts, cached bool) (*linker, error) {
	l := s.newLinker(ctx, st)
	if cached {
		if err := l.useCache(&s.cache); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// putEach stores the analyses through l, one article after another, as
// PutAnalyses does without its savepoints.
func putEach(s *Store, l *linker, as []*parley.Analysis) error {
	for _, a := range as {
		row, err := newArticleRow(a, a.Article.URL, s.now())
		if err != nil {
			return err
		}
		if _, err := s.putAnalysis(l, row, a); err != nil {
			return err
		}
	}
	return nil
}
