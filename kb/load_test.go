package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// The tests in this file check the loader: what it accepts, what it
// rejects and how user files override the built-in data.

func TestParseFileRejectsBadEntities(t *testing.T) {
	tests := []struct {
		name, json, wantErr string
	}{
		{"unknown field", `{"entities":[{"id":"org:x","kind":"organization","name":"X","org_type":"igo","colour":"red"}]}`, "unknown field"},
		{"unknown kind", `{"entities":[{"id":"thing:x","kind":"thing","name":"X"}]}`, "unknown kind"},
		{"wrong id prefix", `{"entities":[{"id":"person:x","kind":"organization","name":"X","org_type":"igo"}]}`, `must start with "org:"`},
		{"empty name", `{"entities":[{"id":"place:x","kind":"place","name":" "}]}`, "empty name"},
		{"lower-case country", `{"entities":[{"id":"place:x","kind":"place","name":"X","country":"fra"}]}`, "not an ISO 3166-1 alpha-3"},
		{"state id not its code", `{"entities":[{"id":"state:FRA","kind":"state","name":"X","country":"DEU","status":"un_member"}]}`, "state:<its country code>"},
		{"state without status", `{"entities":[{"id":"state:FRA","kind":"state","name":"France","country":"FRA"}]}`, "status"},
		{"unknown org type", `{"entities":[{"id":"org:x","kind":"organization","name":"X","org_type":"club"}]}`, "org_type"},
		{"state field on a person", `{"entities":[{"id":"person:x","kind":"person","name":"X","capital":"Paris"}]}`, "state fields"},
		{"bad gender", `{"entities":[{"id":"person:x","kind":"person","name":"X","gender":"male"}]}`, "gender"},
		{"bad wikidata", `{"entities":[{"id":"person:x","kind":"person","name":"X","wikidata":"148"}]}`, "wikidata"},
		{"blank alias", `{"entities":[{"id":"person:x","kind":"person","name":"X","aliases":[""]}]}`, "empty name"},
		{"unknown level", `{"entities":[{"id":"person:x","kind":"person","name":"X","roles":[{"title":"T","of":"state:FRA","level":"boss","from":"2020"}]}]}`, "level"},
		{"role of a person", `{"entities":[{"id":"person:x","kind":"person","name":"X","roles":[{"title":"T","of":"person:y","level":"official","from":"2020"}]}]}`, "state: or org:"},
		{"bad date", `{"entities":[{"id":"person:x","kind":"person","name":"X","roles":[{"title":"T","of":"state:FRA","level":"official","from":"2020-13-01"}]}]}`, "bad from"},
		{"ends before it starts", `{"entities":[{"id":"person:x","kind":"person","name":"X","roles":[{"title":"T","of":"state:FRA","level":"official","from":"2020-05","to":"2019"}]}]}`, "ends before it starts"},
		{"two values", `{"entities":[]} {"entities":[]}`, "more than one JSON value"},
		{"ended on a member state", `{"entities":[{"id":"state:FRA","kind":"state","name":"France","country":"FRA","status":"un_member","ended":"1991-12-26"}]}`, "only for a historical state"},
		{"bad ended", `{"entities":[{"id":"state:SUN","kind":"state","name":"Soviet Union","country":"SUN","status":"historical","ended":"1991-13-26"}]}`, "bad ended"},
		{"ended on a person", `{"entities":[{"id":"person:x","kind":"person","name":"X","ended":"1991"}]}`, "state fields"},
		{"successor without an end", `{"entities":[{"id":"state:SUN","kind":"state","name":"Soviet Union","country":"SUN","status":"historical","successor":"RUS"}]}`, "successor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile(strings.NewReader(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseFile error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestLoadRejectsBrokenReferences(t *testing.T) {
	fsys := fstest.MapFS{
		"a.json": {Data: []byte(`{"entities":[
			{"id":"person:x","kind":"person","name":"X","country":"ZZZ",
			 "roles":[{"title":"T","of":"org:nowhere","level":"official","from":"2020"}]}]}`)},
	}
	_, err := LoadFS(fsys)
	if err == nil || !strings.Contains(err.Error(), `unknown "org:nowhere"`) || !strings.Contains(err.Error(), "ZZZ has no state entry") {
		t.Errorf("LoadFS error = %v, want both broken references reported", err)
	}
}

func TestLoadRejectsDuplicateIDsInOneFile(t *testing.T) {
	fsys := fstest.MapFS{
		"a.json": {Data: []byte(`{"entities":[
			{"id":"place:x","kind":"place","name":"X"},
			{"id":"place:x","kind":"place","name":"Y"}]}`)},
	}
	if _, err := LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "duplicate id") {
		t.Errorf("LoadFS error = %v, want a duplicate id error", err)
	}
}

func TestWithFilesOverridesAndAdds(t *testing.T) {
	k := loadBuiltin(t)
	dir := t.TempDir()
	user := filepath.Join(dir, "mine.json")
	// Give Putin a made-up extra alias, and add an unknown official.
	err := os.WriteFile(user, []byte(`{"comment":"test overrides","entities":[
		{"id":"person:vladimir-putin","kind":"person","name":"Vladimir Putin","aliases":["VVP"],"country":"RUS","gender":"m",
		 "roles":[{"title":"President of Russia","of":"state:RUS","level":"head_of_state","from":"2012-05-07"}]},
		{"id":"person:jane-example","kind":"person","name":"Jane Example","country":"FRA","gender":"f",
		 "roles":[{"title":"Spokesperson of the Ministry for Europe and Foreign Affairs","of":"state:FRA","level":"spokesperson","from":"2024-01-01"}]}]}`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := k.WithFiles(user)
	if err != nil {
		t.Fatal(err)
	}
	if k2.Len() != k.Len()+1 {
		t.Errorf("Len = %d, want %d (one added, one replaced)", k2.Len(), k.Len()+1)
	}
	p := k2.Get("person:vladimir-putin")
	if len(p.Aliases) != 1 || p.Aliases[0] != "VVP" {
		t.Errorf("overridden aliases = %v, want [VVP]", p.Aliases)
	}
	// The override replaced his roles: in 2010 he now holds none.
	if roles := p.RoleOn(day("2010-01-01")); len(roles) != 0 {
		t.Errorf("overridden Putin holds %v in 2010, want nothing", roles)
	}
	got := ids(k2.Holders("state:FRA", Spokesperson, day("2025-01-01")))
	if len(got) != 1 || got[0] != "person:jane-example" {
		t.Errorf("French spokesperson in 2025 = %v, want [person:jane-example]", got)
	}
	// The built-in knowledge base is unchanged.
	if len(k.Get("person:vladimir-putin").RoleOn(day("2010-01-01"))) == 0 {
		t.Error("WithFiles changed the knowledge base it was called on")
	}
}

func TestWithFilesReportsTheFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(bad, []byte(`{"entities":[{"id":"x","kind":"person","name":"X"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := loadBuiltin(t).WithFiles(bad)
	if err == nil || !strings.Contains(err.Error(), "broken.json") {
		t.Errorf("WithFiles error = %v, want it to name broken.json", err)
	}
}

func TestRoleSpanPrecision(t *testing.T) {
	r := Role{Title: "T", Of: "state:FRA", Level: Official, From: "2019-05", To: "2020"}
	from, to := r.Span()
	if !from.Equal(day("2019-05-01")) || !to.Equal(day("2020-12-31")) {
		t.Errorf("Span = %s–%s, want 2019-05-01–2020-12-31", from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	if !r.HeldOn(day("2020-12-31")) || r.HeldOn(day("2019-04-30")) {
		t.Error("HeldOn ignores the precision of the bounds")
	}
}

// FuzzParseFile feeds arbitrary bytes to the parser of users' --kb files:
// it must return an error or a file whose entities all validate, never
// panic.
func FuzzParseFile(f *testing.F) {
	f.Add([]byte(`{"entities":[]}`))
	f.Add([]byte(`{"entities":[{"id":"state:FRA","kind":"state","name":"France","country":"FRA","status":"un_member"}]}`))
	f.Add([]byte(`{"entities":[{"id":"person:x","kind":"person","name":"X","roles":[{"title":"T","of":"state:FRA","level":"official","from":"2020-02-30"}]}]}`))
	f.Add([]byte(`{"entities":[{"id":"org:x","kind":"organization","name":"X","org_type":"igo","acronyms":["X"]}]`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := ParseFile(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		for i := range file.Entities {
			if err := file.Entities[i].validate(); err != nil {
				t.Fatalf("ParseFile accepted an invalid entity: %v", err)
			}
		}
	})
}
