package event_test

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	a := analyze(t, text, os.Getenv("ZZDAY"))
	for _, m := range a.Mentions {
		fmt.Printf("mention %q %v via=%v\n", m.Text, m.Actors, m.Via)
	}
	for _, e := range a.Events {
		fmt.Printf("event %s %s -> %s %s\n", e.Type, e.Source.Name, e.Target.Name, e.Rule)
	}
}
