// Package parley holds the vocabulary of the whole project: the raw Document a
// source hands over, the clean Article that extraction makes of it, and the
// annotations that the language stages lay over the article's text — sentences,
// actor mentions, time expressions, quotes — and the political events coded
// from them.
//
// Every annotation points into Article.Text with byte offsets (a Span), so any
// claim Parley makes can be traced to the exact words that support it. The
// package imports only the standard library; every other package of the
// project imports it, never the other way round.
package parley
