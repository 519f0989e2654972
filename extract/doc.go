// Package extract turns one raw document, an HTML page or a plain-text
// dump, into a clean parley.Article: the body as paragraphs, without menus,
// adverts, share bars, related links, comments or captions, and the
// metadata the later stages depend on (title, publication time with its
// source and zone, authors, site name, language).
//
// The work happens in four steps, each in its own file:
//
//   - input.go checks the bytes before anything is parsed: size, gzip,
//     binary formats, and the character set (package extract/charset), so
//     that everything after works on valid UTF-8;
//   - dom.go reads HTML with the x/net/html tokenizer into a light tree,
//     skipping scripts and styles as it goes and refusing nesting deeper
//     than the limit;
//   - content.go finds the article's container by letting paragraphs vote
//     for their ancestors and renders it to paragraphs, and furniture.go
//     drops the furniture left inside it (a repeated headline, date and
//     credit lines, captions); meta.go and date.go read the metadata;
//   - text.go cleans plain text instead when the input is not HTML:
//     headline.go picks the headline among the first lines (and prefers a
//     page's visible <h1> to og:title for HTML), textfurniture.go drops the
//     menus, share bars, "Read more" pointers and link lists a scrape keeps.
//
// date.go reads dates as pages write them: ISO and RFC forms in metadata,
// and in prose "June 28, 2021", "Mon 28 Jun 2021 14.05 BST", "29.06.2021
// 09:40", "25/11/2023", "publié le 9 octobre 2020 à 18h45", "2021年6月28日",
// with labels ("Updated:"), clocks, zone abbreviations and offsets, and the
// wire dateline "GENEVA, June 15 (Agency) -" (which gives no year, so it
// dates a story only with a year from elsewhere in the document).
//
// read.go reads a document from an io.Reader for callers that stream:
// the whole body or a typed error, never part of a page.
//
// Extract never panics on any input, holds its work linear in the input's
// size, and always returns valid UTF-8; inputs it cannot use are refused
// with a *parley.Error whose Kind names the reason: TooLarge (over
// MaxDocBytes, a gzip bomb, or more than half a million elements), TooDeep
// (nesting beyond MaxDepth, found while reading, before the tree is
// used), Binary (images, PDFs, archives, NUL bytes), Empty, Unreadable (a
// truncated gzip stream), Timeout (DocBudget spent while parsing).
//
// Gzip: Document.Body should arrive decompressed, but a gzipped page is
// recognised by its magic bytes and decompressed once, with the output
// capped at MaxDocBytes; gzip inside gzip is refused as Binary.
package extract
