package kb

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"
)

//go:embed data/*.json
var builtin embed.FS

// KB is a loaded, validated knowledge base. It is safe for concurrent reads.
type KB struct {
	entities []*Entity
	byID     map[string]*Entity
	// holders indexes people by the state or organisation they served.
	holders map[string][]*Entity
}

// Builtin loads the embedded knowledge base.
func Builtin() (*KB, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	return LoadFS(sub)
}

// LoadFS loads every *.json file of fsys (not recursive), in name order.
func LoadFS(fsys fs.FS) (*KB, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files []File
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		f, err := ParseFile(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", n, err)
		}
		files = append(files, f)
	}
	return build(files)
}

// WithFiles returns a new knowledge base made of k's entries with the
// entries of the named files added; an entry whose ID k already has
// replaces it.
func (k *KB) WithFiles(paths ...string) (*KB, error) {
	files := []File{{Entities: nil}}
	for _, e := range k.entities {
		files[0].Entities = append(files[0].Entities, *e)
	}
	for _, p := range paths {
		fh, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		f, err := ParseFile(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", path.Base(p), err)
		}
		files = append(files, f)
	}
	return build(files)
}

// ParseFile reads one data file strictly: unknown fields are errors, and
// every entity must validate.
func ParseFile(r io.Reader) (File, error) {
	var f File
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return File{}, err
	}
	if dec.More() {
		return File{}, fmt.Errorf("more than one JSON value")
	}
	var errs []string
	for i := range f.Entities {
		if err := f.Entities[i].validate(); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return File{}, fmt.Errorf("%d invalid entities:\n  %s", len(errs), strings.Join(errs, "\n  "))
	}
	return f, nil
}

func build(files []File) (*KB, error) {
	k := &KB{byID: map[string]*Entity{}, holders: map[string][]*Entity{}}
	for fi := range files {
		seen := map[string]bool{}
		for i := range files[fi].Entities {
			e := files[fi].Entities[i]
			if seen[e.ID] {
				return nil, fmt.Errorf("kb: duplicate id %q", e.ID)
			}
			seen[e.ID] = true
			if old, ok := k.byID[e.ID]; ok {
				*old = e // a later file overrides an earlier one
				continue
			}
			p := &e
			k.byID[e.ID] = p
			k.entities = append(k.entities, p)
		}
	}
	var errs []string
	for _, e := range k.entities {
		for _, r := range e.Roles {
			if _, ok := k.byID[r.Of]; !ok {
				errs = append(errs, fmt.Sprintf("%s: role %q is of unknown %q", e.ID, r.Title, r.Of))
				continue
			}
			k.holders[r.Of] = appendOnce(k.holders[r.Of], e)
		}
		if e.Country != "" && e.Kind != KindState {
			if _, ok := k.byID["state:"+e.Country]; !ok {
				errs = append(errs, fmt.Sprintf("%s: country %s has no state entry", e.ID, e.Country))
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("kb: %d broken references:\n  %s", len(errs), strings.Join(errs, "\n  "))
	}
	return k, nil
}

func appendOnce(list []*Entity, e *Entity) []*Entity {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// Len returns the number of entities.
func (k *KB) Len() int { return len(k.entities) }

// Entities returns all entities in load order. The caller must not modify them.
func (k *KB) Entities() []*Entity { return k.entities }

// Get returns the entity with the given ID, or nil.
func (k *KB) Get(id string) *Entity { return k.byID[id] }

// State returns the state with the given alpha-3 code, or nil.
func (k *KB) State(code string) *Entity { return k.byID["state:"+code] }

// Holders returns the people who held, on day d, a role of the given level
// at the state or organisation of, in the order they were loaded. An empty
// level matches any level.
func (k *KB) Holders(of, level string, d time.Time) []*Entity {
	var out []*Entity
	for _, p := range k.holders[of] {
		for _, r := range p.Roles {
			if r.Of == of && (level == "" || r.Level == level) && r.HeldOn(d) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
