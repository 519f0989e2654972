package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strconv"
	"testing"

	"parley"
	"parley/store"
)

// Two stores on one file stand for two processes: each writer's cache
// must notice what the other committed (PRAGMA data_version), and a
// transaction that fails must leave nothing of itself in the cache. The
// batches, written alternately by the two stores with a failed one in
// between, must give the tables one store gives.
func TestWriteCacheFollowsOtherWriters(t *testing.T) {
	ctx := context.Background()
	news := renamingNews(crowdedNews(5, 240))
	want := openNormal(t)
	putInBatches(t, want, news, 20)

	path := filepath.Join(t.TempDir(), "shared.db")
	var stores [2]*Store
	for i := range stores {
		s, err := Open(ctx, path, Options{Synchronous: "NORMAL"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		stores[i] = s
	}
	for i := 0; i*20 < len(news); i++ {
		s := stores[i%2]
		batch := news[i*20 : min((i+1)*20, len(news))]
		if i == 5 {
			failBatch(t, s, batch)
		}
		putInBatches(t, s, batch, 20)
	}
	if got, exp := dumpLinks(t, stores[0]), dumpLinks(t, want); got != exp {
		t.Errorf("two writers linked otherwise than one:\n%s", firstDiff(got, exp))
	}
	if got, exp := dumpActors(t, stores[0]), dumpActors(t, want); got != exp {
		t.Errorf("two writers left other actors than one:\n%s", firstDiff(got, exp))
	}
	checkHappeningRows(t, stores[1])
}

// renamingNews gives an unknown actor, at the table in every fifth
// article, a name that changes every 20 articles: each batch's upserts
// rewrite the record the other store's cache holds.
func renamingNews(news []*parley.Analysis) []*parley.Analysis {
	for i, a := range news {
		if i%5 != 0 || len(a.Events) == 0 {
			continue
		}
		yang := parley.Actor{ID: "new:person:yang-jin", Name: "Yang Jin", Kind: parley.Person, Country: "CHN"}
		if i/20%2 == 1 {
			yang.Name, yang.Country = "Jin Yang", ""
		}
		a.Actors = append(a.Actors, yang)
		a.Events[0].Participants = append(a.Events[0].Participants, yang.Ref())
	}
	return news
}

// failBatch stores and links a batch through the cache in a transaction
// that then fails.
func failBatch(t *testing.T, s *Store, batch []*parley.Analysis) {
	t.Helper()
	ctx := context.Background()
	failed := errors.New("failed on purpose")
	err := s.writeTx(ctx, "test", func(tx *sql.Tx) error {
		st := s.bind(ctx, tx)
		defer st.close()
		l, err := testLinker(ctx, s, st, true)
		if err != nil {
			return err
		}
		if err := putEach(s, l, batch); err != nil {
			return err
		}
		if err := l.flush(false); err != nil {
			return err
		}
		return failed
	})
	if !errors.Is(err, failed) && parley.KindOf(err) != parley.Internal {
		t.Fatalf("the failing batch: %v", err)
	}
}

func dumpActors(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.r.Query(`SELECT id, name, kind, country, wikidata, known FROM actors ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out string
	for rows.Next() {
		var id, name, kind, country, wd string
		var known bool
		if err := rows.Scan(&id, &name, &kind, &country, &wd, &known); err != nil {
			t.Fatal(err)
		}
		out += id + "|" + name + "|" + kind + "|" + country + "|" + wd + "|" + map[bool]string{true: "1", false: "0"}[known] + "\n"
	}
	return out
}

// Linking through the cache, whole or trimmed after every batch, stores
// what linking by query stores.
func TestWriteCacheLinksAsTheQuery(t *testing.T) {
	news := crowdedNews(7, 300)
	want := openNormal(t)
	putUncached(t, want, news, 10)
	exp := dumpLinks(t, want)
	for _, bound := range []int{writeCacheBytes, 4 << 10} {
		t.Run(strconv.Itoa(bound), func(t *testing.T) {
			defer func(b int) { writeCacheBytes = b }(writeCacheBytes)
			writeCacheBytes = bound
			s := openNormal(t)
			putInBatches(t, s, news, 10)
			if got := dumpLinks(t, s); got != exp {
				t.Errorf("linking through the cache stored other happenings than by query:\n%s", firstDiff(got, exp))
			}
		})
	}
}

// putUncached stores and links the analyses, size to a transaction,
// without the writer's cache.
func putUncached(t *testing.T, s *Store, as []*parley.Analysis, size int) {
	t.Helper()
	ctx := context.Background()
	for len(as) > 0 {
		batch := as[:min(size, len(as))]
		as = as[len(batch):]
		err := s.writeTx(ctx, "test", func(tx *sql.Tx) error {
			st := s.bind(ctx, tx)
			defer st.close()
			l := s.newLinker(ctx, st)
			if err := putEach(s, l, batch); err != nil {
				return err
			}
			return l.flush(false)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// The cache answers as the candidate query does for every window.
func TestKeyRowsWindowIsTheQuery(t *testing.T) {
	ctx := context.Background()
	s := openNormal(t)
	news := crowdedNews(6, 300)
	putInBatches(t, s, news, 50)
	err := s.writeTx(ctx, "test", func(tx *sql.Tx) error {
		st := s.bind(ctx, tx)
		defer st.close()
		plain := s.newLinker(ctx, st)
		var c writeCache
		cached := s.newLinker(ctx, st)
		if err := cached.useCache(&c); err != nil {
			return err
		}
		for _, a := range news {
			for i := range a.Events {
				m := store.MentionOf(a, &a.Events[i], store.ArticleRef{Published: a.Article.Published})
				w, ok := window(&m)
				if !ok {
					continue
				}
				pair := store.PairKey(&m)
				want, err := plain.candidates(pair, m.Type, w)
				if err != nil {
					return err
				}
				got, err := cached.candidates(pair, m.Type, w)
				if err != nil {
					return err
				}
				if !sameRows(got, want) {
					t.Errorf("%s %s %+v: the cache gives\n%+v\nthe query\n%+v", pair, m.Type, w, got, want)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// sameRows compares two lists of rows as sets (the order of candidates
// does not matter to linking).
func sameRows(a, b []candRow) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[candRow]int{}
	for _, r := range a {
		seen[r]++
	}
	for _, r := range b {
		if seen[r] == 0 {
			return false
		}
		seen[r]--
	}
	return true
}
