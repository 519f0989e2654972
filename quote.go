package parley

// Quote is a direct quotation and the actor the text attributes it to.
type Quote struct {
	// Span covers the quoted words, without the quotation marks.
	Span Span
	Text string
	// Speaker is zero when the text names no speaker Parley could resolve.
	Speaker ActorRef
	// Cue is the attribution phrase that tied the quote to its speaker
	// ("said", "according to"), for explanation.
	Cue string
	// More holds the further stretches of the same quotation: its words
	// after the attribution in the same paragraph ("“…,” he said. “…”"),
	// or in the next paragraph when the quotation runs on over a
	// paragraph break. Span and Text are the first stretch.
	More []Span
}
