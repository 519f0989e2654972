package kb

import (
	"testing"
	"time"
)

func TestBuiltinLoads(t *testing.T) {
	k, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if k.Len() == 0 {
		t.Fatal("empty knowledge base")
	}
}

func TestHoldersOnDate(t *testing.T) {
	k, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { v, _ := time.Parse(time.DateOnly, s); return v }
	tests := []struct {
		of, level, on, want string
	}{
		{"state:USA", HeadOfState, "2021-06-28", "person:joe-biden"},
		{"state:RUS", HeadOfState, "2021-06-28", "person:vladimir-putin"},
		{"state:RUS", HeadOfGovernment, "2010-01-01", "person:vladimir-putin"},
		{"state:CHN", HeadOfState, "2021-06-28", "person:xi-jinping"},
	}
	for _, tt := range tests {
		got := k.Holders(tt.of, tt.level, day(tt.on))
		found := false
		for _, e := range got {
			found = found || e.ID == tt.want
		}
		if !found {
			t.Errorf("Holders(%s, %s, %s) = %v, want to include %s", tt.of, tt.level, tt.on, ids(got), tt.want)
		}
	}
}

func ids(es []*Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}
