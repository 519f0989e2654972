package parley

import "time"

// Limits bound the work any single input may cause, so that one hostile or
// broken page cannot stall or exhaust a batch.
type Limits struct {
	// MaxDocBytes caps a document's raw size after decompression.
	MaxDocBytes int64
	// MaxDepth caps HTML element nesting.
	MaxDepth int
	// MaxTextBytes caps the clean text handed to the language stages.
	MaxTextBytes int
	// DocBudget caps the wall time spent on one document.
	DocBudget time.Duration
}

// DefaultLimits returns the limits Parley uses unless told otherwise: 16 MiB
// per document, nesting to 512 levels, 2 MiB of clean text, 10 s each.
func DefaultLimits() Limits {
	return Limits{
		MaxDocBytes:  16 << 20,
		MaxDepth:     512,
		MaxTextBytes: 2 << 20,
		DocBudget:    10 * time.Second,
	}
}
