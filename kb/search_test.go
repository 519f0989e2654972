package kb

import "testing"

func TestSearch(t *testing.T) {
	k, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, want string }{
		{"Vladimir Putin", "person:vladimir-putin"},
		{"putin", "person:vladimir-putin"},
		{"Путин", "person:vladimir-putin"},
		{"state:CHN", "state:CHN"},
		{"Erdogan", "person:recep-tayyip-erdogan"},
		{"NATO", "org:nato"},
	}
	for _, tt := range tests {
		got := k.Search(tt.query)
		found := false
		for _, e := range got {
			found = found || e.ID == tt.want
		}
		if !found {
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			t.Errorf("Search(%q) = %v, want %s among them", tt.query, ids, tt.want)
		}
	}
	if got := k.Search("  "); got != nil {
		t.Errorf("an empty query matched %d entities", len(got))
	}
}

// TestNameVariantsFindTheirEntity checks spellings news uses that the
// canonical names do not: transliterations, hyphenation of Korean names,
// noms de guerre and the short forms of groupings.
func TestNameVariantsFindTheirEntity(t *testing.T) {
	k, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, want string }{
		{"Rakhmonov", "person:emomali-rahmon"},
		{"Zelenskyy", "person:volodymyr-zelensky"},
		{"Moon Jae In", "person:moon-jae-in"},
		{"Kim Jong-un", "person:kim-jong-un"},
		{"Timochenko", "person:rodrigo-londono"},
		{"Chris Tang", "person:tang-ping-keung"},
		{"Group of 20", "org:g20"},
		{"P5+1", "org:p5-plus-1"},
		{"House Intelligence Committee", "org:hpsci"},
		{"Hong Kong Police Force", "org:hk-police"},
		{"Justice Department", "org:us-justice-department"},
		{"Tatmadaw", "org:tatmadaw"},
	}
	for _, tt := range tests {
		got := k.Search(tt.query)
		if len(got) == 0 || got[0].ID != tt.want {
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids, tt.want)
		}
	}
}
