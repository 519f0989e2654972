package eval

import (
	"encoding/json"
	"fmt"
	"io"
)

// Gold is one hand-labelled page in the events-dev format
// (../shared/data/events-dev/README.md), which the built-in corpus's
// sidecar files share.
type Gold struct {
	ID        string      `json:"id"`
	URL       string      `json:"url"`
	Published string      `json:"published"`
	Title     string      `json:"title"`
	Events    []GoldEvent `json:"events"`
	Quotes    []GoldQuote `json:"quotes"`
	Actors    []GoldActor `json:"actors"`
	// NoEvent lists sentences, verbatim from the page, that state no event
	// and must yield none (opinion, background, other stories' headlines,
	// navigation). Only the held-out set (testdata/heldout/events) has it.
	NoEvent []string `json:"no_event,omitempty"`
}

// GoldEvent is one labelled event.
type GoldEvent struct {
	Date string `json:"date"`
	// Status is "occurred" or "planned"; the held-out set also uses
	// "hypothetical" and "negated".
	Status   string    `json:"status"`
	Type     string    `json:"type"`
	Mode     string    `json:"mode"`
	Source   GoldActor `json:"source"`
	Target   GoldActor `json:"target"`
	Location string    `json:"location"`
	Evidence string    `json:"evidence"`
}

// GoldQuote is one labelled quotation: its speaker and first words.
type GoldQuote struct {
	Speaker        string `json:"speaker"`
	SpeakerCountry string `json:"speaker_country"`
	TextStart      string `json:"text_start"`
}

// GoldActor names an actor as the labels do.
type GoldActor struct {
	Name    string `json:"name"`
	Role    string `json:"role,omitempty"`
	Country string `json:"country"`
}

// ParseGold reads one gold file strictly.
func ParseGold(r io.Reader) (*Gold, error) {
	var g Gold
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	return &g, nil
}
