// Package kb is Parley's built-in knowledge base: states, organisations,
// people with their roles as dated intervals, and places. The data are JSON
// files the team writes from public facts (see docs/KB.md for the format);
// they are embedded in the binary and validated on load. Users add or
// override entries with files of the same format.
package kb

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"parley"
)

// Kinds of entity in the knowledge base.
const (
	KindState        = "state"
	KindOrganization = "organization"
	KindPerson       = "person"
	KindPlace        = "place"
)

// Role levels, used to answer "who was the Russian leader on that day".
const (
	HeadOfState      = "head_of_state"
	HeadOfGovernment = "head_of_government"
	ForeignMinister  = "foreign_minister"
	DefenceMinister  = "defence_minister"
	Spokesperson     = "spokesperson" // of a foreign ministry or a head of state's office
	Minister         = "minister"
	OrgLeader        = "org_leader" // secretary-general, president of a commission, …
	Legislator       = "legislator"
	Official         = "official"
)

// Entity is one record of the knowledge base. Which fields apply depends on
// Kind; the loader rejects fields that do not belong to the kind.
type Entity struct {
	// ID is stable: "state:CHN", "org:nato", "person:xi-jinping", "place:geneva".
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Name is the canonical English name ("China", "Xi Jinping").
	Name string `json:"name"`
	// Aliases are other names the text may use, in any script
	// ("People's Republic of China", "PRC", "习近平", "Си Цзиньпин").
	Aliases []string `json:"aliases,omitempty"`
	// Country is the ISO 3166-1 alpha-3 code the entity belongs to or
	// serves; for a state, its own code; "" for international bodies.
	Country  string `json:"country,omitempty"`
	Wikidata string `json:"wikidata,omitempty"`

	// States only.
	Alpha2     string   `json:"alpha2,omitempty"`
	Adjectives []string `json:"adjectives,omitempty"` // "Chinese", "Emirati"
	Demonyms   []string `json:"demonyms,omitempty"`   // "Chinese", "Emiratis", "Britons"
	Capital    string   `json:"capital,omitempty"`    // "Beijing", used as metonym for the government
	// Seats are names of seats of government used for the government
	// ("the Kremlin", "Zhongnanhai", "the White House").
	Seats []string `json:"seats,omitempty"`
	// Status says what kind of state: "un_member", "un_observer", "territory", "partially_recognized", "historical".
	Status string `json:"status,omitempty"`
	// Federal is set for a state with a federal government, whose
	// "federal troops" or "Federal Government" news may name.
	Federal bool `json:"federal,omitempty"`
	// Ended is the day a historical state ceased to exist ("1991-12-26"
	// for the Soviet Union): after it, its adjective ("Soviet troops")
	// describes the past in news of the day more often than it names a
	// side.
	Ended string `json:"ended,omitempty"`
	// Successor is the code of the state that took over a historical
	// state's capital and seat of government ("RUS" for the Soviet
	// Union): until Ended, "Moscow" and "the Kremlin" speak for the
	// historical state.
	Successor string `json:"successor,omitempty"`

	// Organisations only: "igo", "government_body", "party", "media",
	// "ngo", "armed_group", "court", "company", "other".
	OrgType  string   `json:"org_type,omitempty"`
	Acronyms []string `json:"acronyms,omitempty"`

	// People only.
	Gender string `json:"gender,omitempty"` // "m", "f", or "" (for pronouns)
	Roles  []Role `json:"roles,omitempty"`

	// Places only: the state it lies in is Country.
	// (No extra fields.)
}

// Role is one office a person held, as a dated interval.
type Role struct {
	// Title is the role as shown to people: "President of Russia",
	// "Minister of Foreign Affairs of China".
	Title string `json:"title"`
	// Of is the ID of the state or organisation the role belongs to
	// ("state:RUS", "org:un").
	Of    string `json:"of"`
	Level string `json:"level"`
	// From and To are "YYYY-MM-DD" (or "YYYY-MM", "YYYY" when only that is
	// known); To is "" while the role lasts.
	From string `json:"from"`
	To   string `json:"to,omitempty"`
}

// Span returns the role's first and last day; an open role ends at the end
// of time.
func (r Role) Span() (from, to time.Time) {
	f, _ := parley.ParseDate(r.From)
	from = f.First()
	if r.To == "" {
		return from, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	t, _ := parley.ParseDate(r.To)
	return from, t.Last()
}

// HeldOn reports whether the role was held on day d.
func (r Role) HeldOn(d time.Time) bool {
	from, to := r.Span()
	return !d.Before(from) && !d.After(to)
}

// File is the shape of one data file.
type File struct {
	// Comment is free text for maintainers: sources, conventions.
	Comment  string   `json:"comment,omitempty"`
	Entities []Entity `json:"entities"`
}

func (e *Entity) validate() error {
	var errs []string
	bad := func(f string, a ...any) { errs = append(errs, fmt.Sprintf(f, a...)) }
	prefix := map[string]string{KindState: "state:", KindOrganization: "org:", KindPerson: "person:", KindPlace: "place:"}[e.Kind]
	switch {
	case prefix == "":
		bad("unknown kind %q", e.Kind)
	case !strings.HasPrefix(e.ID, prefix) || len(e.ID) == len(prefix):
		bad("id %q must start with %q", e.ID, prefix)
	}
	if strings.TrimSpace(e.Name) == "" {
		bad("empty name")
	}
	if e.Country != "" && !isAlpha3(e.Country) {
		bad("country %q is not an ISO 3166-1 alpha-3 code", e.Country)
	}
	if e.Kind != KindState && (e.Alpha2 != "" || len(e.Adjectives) > 0 || len(e.Demonyms) > 0 || e.Capital != "" || len(e.Seats) > 0 || e.Status != "" || e.Federal || e.Ended != "" || e.Successor != "") {
		bad("state fields on a %s", e.Kind)
	}
	if e.Kind == KindState && e.ID != "state:"+e.Country {
		bad("a state's id must be state:<its country code>")
	}
	if e.Kind != KindOrganization && (e.OrgType != "" || len(e.Acronyms) > 0) {
		bad("organisation fields on a %s", e.Kind)
	}
	if e.Kind != KindPerson && (e.Gender != "" || len(e.Roles) > 0) {
		bad("person fields on a %s", e.Kind)
	}
	if e.Kind == KindState && !oneOf(e.Status, stateStatuses) {
		bad("status %q is not one of %s", e.Status, strings.Join(stateStatuses, ", "))
	}
	if e.Ended != "" {
		if d, err := parley.ParseDate(e.Ended); err != nil || d.IsZero() {
			bad("bad ended %q", e.Ended)
		}
		if e.Status != "historical" {
			bad("ended is only for a historical state")
		}
	}
	if e.Successor != "" && (e.Status != "historical" || e.Ended == "" || !isAlpha3(e.Successor)) {
		bad("successor %q: only for a historical state with an end, as an alpha-3 code", e.Successor)
	}
	if e.Kind == KindOrganization && !oneOf(e.OrgType, OrgTypes) {
		bad("org_type %q is not one of %s", e.OrgType, strings.Join(OrgTypes, ", "))
	}
	if e.Kind == KindPerson && e.Gender != "" && e.Gender != "m" && e.Gender != "f" {
		bad("gender %q is not \"m\", \"f\" or empty", e.Gender)
	}
	if e.Wikidata != "" && !isWikidataID(e.Wikidata) {
		bad("wikidata %q is not an item id like Q148", e.Wikidata)
	}
	for _, lists := range [][]string{e.Aliases, e.Acronyms, e.Adjectives, e.Demonyms, e.Seats} {
		for _, a := range lists {
			if strings.TrimSpace(a) == "" || strings.TrimSpace(a) != a {
				bad("empty name or name with surrounding spaces: %q", a)
			}
		}
	}
	for i, r := range e.Roles {
		if r.Level != "" && !oneOf(r.Level, levelOrder) {
			bad("role %d (%s): level %q is not one of %s", i, r.Title, r.Level, strings.Join(levelOrder, ", "))
		}
		if r.Of != "" && !strings.HasPrefix(r.Of, "state:") && !strings.HasPrefix(r.Of, "org:") {
			bad("role %d (%s): of %q must name a state: or org: entity", i, r.Title, r.Of)
		}
		from, err := parley.ParseDate(r.From)
		if err != nil || from.IsZero() {
			bad("role %d (%s): bad from %q", i, r.Title, r.From)
		}
		if r.To != "" {
			to, err := parley.ParseDate(r.To)
			if err != nil {
				bad("role %d (%s): bad to %q", i, r.Title, r.To)
			} else if !from.IsZero() && to.Last().Before(from.First()) {
				bad("role %d (%s): ends before it starts", i, r.Title)
			}
		}
		if r.Title == "" || r.Of == "" || r.Level == "" {
			bad("role %d: title, of and level are required", i)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("entity %q: %s", e.ID, strings.Join(errs, "; "))
	}
	return nil
}

// stateStatuses are the statuses a state may have.
var stateStatuses = []string{"un_member", "un_observer", "territory", "partially_recognized", "historical"}

// OrgTypes are the kinds of organisation the knowledge base knows.
var OrgTypes = []string{"igo", "government_body", "party", "media", "ngo", "armed_group", "court", "company", "other"}

func oneOf(s string, set []string) bool {
	for _, v := range set {
		if s == v {
			return true
		}
	}
	return false
}

// isWikidataID reports whether s looks like a Wikidata item id: "Q" and digits.
func isWikidataID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isAlpha3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// RoleOn returns the person's roles held on day d, most senior first.
func (e *Entity) RoleOn(d time.Time) []Role {
	var out []Role
	for _, r := range e.Roles {
		if r.HeldOn(d) {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return levelRank(out[i].Level) < levelRank(out[j].Level) })
	return out
}

var levelOrder = []string{HeadOfState, HeadOfGovernment, OrgLeader, ForeignMinister, DefenceMinister, Minister, Spokesperson, Legislator, Official}

func levelRank(l string) int {
	for i, v := range levelOrder {
		if v == l {
			return i
		}
	}
	return len(levelOrder)
}
