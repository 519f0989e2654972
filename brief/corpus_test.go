package brief_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"parley"
	"parley/corpus"
	"parley/ingest"
	"parley/kb"
	"parley/pipeline"
	"parley/source/files"
	"parley/store/sqlite"
)

var (
	corpusOnce sync.Once
	corpusPath string
	corpusErr  error
)

// corpusStore returns a read-only view of a database built once from the
// built-in sample corpus, as `parley demo` builds it.
func corpusStore(t *testing.T) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	corpusOnce.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			corpusErr = err
			return
		}
		corpusPath = filepath.Join(dir, "corpus.db")
		st, err := sqlite.Open(ctx, corpusPath, sqlite.Options{Synchronous: "NORMAL"})
		if err != nil {
			corpusErr = err
			return
		}
		defer st.Close()
		k, err := kb.Builtin()
		if err != nil {
			corpusErr = err
			return
		}
		lim := parley.DefaultLimits()
		p := pipeline.New(k, lim)
		w := files.New(lim, files.Root{FS: corpus.FS(), Path: ".", Name: "corpus"})
		if _, corpusErr = ingest.Run(ctx, []ingest.Source{w.Documents()}, p, st, ingest.Options{Limits: lim, Workers: 1}); corpusErr != nil {
			return
		}
		// Happenings in the canonical order, whatever order the batches
		// were stored in.
		corpusErr = st.Relink(ctx)
	})
	if corpusErr != nil {
		t.Fatalf("building the corpus database: %v", corpusErr)
	}
	st, err := sqlite.Open(ctx, corpusPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
