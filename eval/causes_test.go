package eval

import (
	"strings"
	"testing"

	"parley"
)

// causePage is a made-up page of three sentences: Oslo and Lima both named
// in the first, only Oslo in the second, nobody in the third; Quito is
// named in the first and Bern nowhere.
func causePage() *parley.Analysis {
	text := "Oslo and Lima met in Quito. Oslo then warned again. The talks ended."
	span := func(s string) parley.Span {
		i := strings.Index(text, s)
		return parley.Span{Start: i, End: i + len(s)}
	}
	actors := []parley.Actor{
		{ID: "state:NOR", Name: "Norway", Country: "NOR"},
		{ID: "state:PER", Name: "Peru", Country: "PER"},
		{ID: "state:ECU", Name: "Ecuador", Country: "ECU"},
	}
	ref := func(i int) parley.ActorRef {
		return parley.ActorRef{ID: actors[i].ID, Name: actors[i].Name, Country: actors[i].Country}
	}
	first := "Oslo and Lima met in Quito."
	return &parley.Analysis{
		Article:   parley.Article{Text: text},
		Sentences: []parley.Span{span(first), span("Oslo then warned again."), span("The talks ended.")},
		Actors:    actors,
		Mentions: []parley.Mention{
			{Span: span("Oslo and"), Actors: []string{"state:NOR"}},
			{Span: span("Lima"), Actors: []string{"state:PER"}},
			{Span: span("Quito"), Actors: []string{"state:ECU"}},
			{Span: parley.Span{Start: strings.Index(text, "Oslo then"), End: strings.Index(text, "Oslo then") + 4}, Actors: []string{"state:NOR"}},
		},
		Events: []parley.Event{
			{Type: parley.Consult, Source: ref(0), Target: ref(1), Date: parley.Date{Year: 2024, Month: 5, Day: 3},
				Evidence: parley.Evidence{Sentence: first}},
		},
	}
}

func TestMissCauses(t *testing.T) {
	no, pe, ec, ch := GoldActor{Name: "Norway", Country: "NOR"}, GoldActor{Name: "Peru", Country: "PER"},
		GoldActor{Name: "Ecuador", Country: "ECU"}, GoldActor{Name: "Switzerland", Country: "CHE"}
	first := "Oslo and Lima met in Quito."
	tests := []struct {
		name string
		gold GoldEvent
		want string
	}{
		{"matched_event_taken_by_another_label", GoldEvent{Type: "CONSULT", Source: no, Target: pe, Evidence: first}, missMerged},
		{"sentence_not_on_the_page", GoldEvent{Type: "ACCUSE", Source: no, Target: pe, Evidence: "Nothing like this was written."}, missSplit},
		{"same_actors_other_type", GoldEvent{Type: "AGREE", Source: no, Target: pe, Evidence: first}, missOtherType},
		{"same_type_other_actors", GoldEvent{Type: "CONSULT", Source: no, Target: ec, Evidence: first}, missOtherActors},
		{"actor_never_found", GoldEvent{Type: "ACCUSE", Source: ch, Target: no, Evidence: first}, missActorUnknown},
		{"source_only_elsewhere", GoldEvent{Type: "THREATEN", Source: pe, Target: no, Evidence: "Oslo then warned again."}, missSourceAway},
		{"target_only_elsewhere", GoldEvent{Type: "THREATEN", Source: no, Target: pe, Evidence: "Oslo then warned again."}, missTargetAway},
		{"other_events_on_the_sentence", GoldEvent{Type: "ACCUSE", Source: ec, Target: pe, Evidence: first}, missOtherEvents},
	}
	a := causePage()
	sents, evSent := sentenceTexts(a)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := missCause(tt.gold, a, sents, evSent); got != tt.want {
				t.Errorf("missCause = %q, want %q", got, tt.want)
			}
		})
	}
	// With no event on the sentence, the same label is a sentence Parley
	// read and coded nothing from.
	a.Events = nil
	sents, evSent = sentenceTexts(a)
	if got := missCause(GoldEvent{Type: "ACCUSE", Source: ec, Target: pe, Evidence: first}, a, sents, evSent); got != missNothing {
		t.Errorf("with no events, missCause = %q, want %q", got, missNothing)
	}
}

func TestExtraAndDateCauses(t *testing.T) {
	a := causePage()
	a.Events = append(a.Events, parley.Event{Type: parley.Threaten, Evidence: parley.Evidence{Sentence: "The talks ended."}})
	g := &Gold{Events: []GoldEvent{{Type: "CONSULT", Date: "2024-05", Evidence: "Oslo and Lima met in Quito.",
		Source: GoldActor{Name: "Norway", Country: "NOR"}, Target: GoldActor{Name: "Peru", Country: "PER"}}}}
	s := NewEventScore()
	s.AddPage(g, a)
	if got := s.Causes.Date[dateOtherPrecis]; got != 1 {
		t.Errorf("dates %v, want one of other precision", s.Causes.Date)
	}
	if got := s.Causes.Extra[extraNoLabel]; got != 1 || len(s.Causes.Extra) != 1 {
		t.Errorf("extras %v, want one on an unlabelled sentence", s.Causes.Extra)
	}
	for _, tt := range []struct{ want, got, cause string }{
		{"2024-05-03", "2024-05-03", dateRight},
		{"2024-05-03", "", dateMissing},
		{"", "2024-05-03", dateInvented},
		{"2024-05-03", "2024-05-04", dateOtherDay},
		{"2024-05-03", "2024-05", dateOtherPrecis},
		{"2024", "2024-05-03", dateOtherPrecis},
		{"2024-05", "2025-05-03", dateOtherDay},
	} {
		if c := dateCause(tt.want, tt.got); c != tt.cause {
			t.Errorf("dateCause(%q, %q) = %q, want %q", tt.want, tt.got, c, tt.cause)
		}
	}
}
