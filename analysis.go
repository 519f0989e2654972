package parley

// Analysis is everything Parley reads from one article: the article itself
// and the annotations over its text.
type Analysis struct {
	Article   Article
	Sentences []Span
	Actors    []Actor
	Mentions  []Mention
	Dates     []TimeExpr
	Quotes    []Quote
	Events    []Event
}

// Actor returns the actor with the given ID, or nil.
func (a *Analysis) Actor(id string) *Actor {
	for i := range a.Actors {
		if a.Actors[i].ID == id {
			return &a.Actors[i]
		}
	}
	return nil
}
