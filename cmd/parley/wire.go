package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"parley"
	"parley/extract"
	"parley/kb"
	"parley/pipeline"
	"parley/store/sqlite"
)

// kbFlag collects repeated --kb FILE flags.
type kbFlag []string

func (k *kbFlag) String() string     { return strings.Join(*k, ",") }
func (k *kbFlag) Set(v string) error { *k = append(*k, v); return nil }

func addKBFlag(fs *flag.FlagSet) *kbFlag {
	var k kbFlag
	fs.Var(&k, "kb", "add or override knowledge-base entries from `FILE` (repeatable; format in docs/KB.md)")
	return &k
}

// loadKB loads the built-in knowledge base plus the user's files.
func loadKB(files []string) (*kb.KB, error) {
	k, err := kb.Builtin()
	if err != nil {
		return nil, err
	}
	if len(files) > 0 {
		return k.WithFiles(files...)
	}
	return k, nil
}

// newPipeline wires the analysis stages over the knowledge base.
func newPipeline(kbFiles []string) (*pipeline.Pipeline, error) {
	k, err := loadKB(kbFiles)
	if err != nil {
		return nil, err
	}
	return pipeline.New(k, parley.DefaultLimits()), nil
}

// readDocument reads one input named on the command line ("-" is stdin)
// into a Document, refusing inputs above the size limit before reading
// them whole.
func readDocument(e *env, path string, lim parley.Limits) (parley.Document, error) {
	const op = "read"
	var r io.Reader
	locator := path
	if path == "-" {
		r, locator = e.stdin, "stdin"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return parley.Document{}, parley.E(op, parley.Unreadable, err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return parley.Document{}, parley.E(op, parley.Invalid, fmt.Sprintf("%s is a directory", path))
			}
			if st.Size() > lim.MaxDocBytes {
				return parley.Document{}, parley.E(op, parley.TooLarge, fmt.Sprintf("%s is %d bytes; the limit is %d", path, st.Size(), lim.MaxDocBytes))
			}
		}
		r = f
	}
	// extract.Read gives the whole body or a typed error (TooLarge,
	// Timeout, Unreadable), never part of a page; the error keeps its kind
	// and gains the input's name.
	body, err := extract.Read(r, lim)
	if err != nil {
		kind, cause := parley.Unreadable, err
		if pe, ok := err.(*parley.Error); ok {
			kind, cause = pe.Kind, pe.Err
		}
		return parley.Document{}, parley.E(op, kind, fmt.Errorf("%s: %w", locator, cause))
	}
	return parley.Document{Locator: locator, Body: body}, nil
}

// addDBFlag declares --db, defaulting to $PARLEY_DB or ./parley.db.
func addDBFlag(fs *flag.FlagSet, e *env) *string {
	def := e.getenv("PARLEY_DB")
	if def == "" {
		def = "parley.db"
	}
	return fs.String("db", def, "SQLite database `PATH` (default $PARLEY_DB or ./parley.db)")
}

// openStore opens the database for a command.
func openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	return sqlite.Open(ctx, path, sqlite.Options{})
}
