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
