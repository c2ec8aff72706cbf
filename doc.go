// Package newsparse turns one news article, a raw HTML page or plain text,
// into a typed record: headline and page metadata (authors, dates, site,
// language, description, image, tags), the body as sections of
// paragraphs, and, through further extractors, quotes with their speakers,
// numeric facts, hashtags and named entities.
//
// # Three ways to use it
//
// Imported into a Go program, one call parses one article with the
// default extractors:
//
//	a, err := newsparse.Parse(f) // HTML or text, told apart by its first bytes
//	if err != nil {
//		return err
//	}
//	fmt.Println(a.Headline, a.Published, len(a.Sections))
//
// To choose the passes, build an article.Parser with the extractors you
// want (see package extract):
//
//	p := article.Parser{Extractors: []article.Extractor{extract.Headline, extract.Sections}}
//	a, err := p.ParseHTML(r)
//
// From the shell, examples/newsjson prints the record as JSON for files,
// directories or standard input, one record per line with -jsonl.
//
// In pipelines, one Parser serves many goroutines at once; each call reads
// its input once, parses the DOM once and hands the same article.Doc to
// every extractor.
//
// # The record
//
// article.Article's JSON encoding is the contract that tools outside the
// code read (DESIGN.md). Every span is a half-open range of UTF-8 byte
// offsets into the record's Text, which holds the body only, its blocks
// joined by "\n\n".
//
// # Limits and caller duties
//
// Input is limited to 32 MiB by default (article.Parser.MaxBytes), before
// and after gzip decompression; larger input fails with an error that
// wraps article.ErrTooLarge. Pages are decoded to UTF-8 from their
// declared or detected charset; the caller may pass the HTTP Content-Type
// (article.Parser.ContentType), which takes precedence over the page's
// own declaration. Element nesting deeper than article.MaxDepth is cut
// off. Content never makes parsing fail: errors are for I/O, limits and a
// cancelled context, and the partial record comes back with them. The
// caller passes the page's original URL (article.Parser.URL) when known,
// so that relative links resolve and dates in the URL can be used.
// Fetching pages is the caller's business: newsparse does no network I/O.
package newsparse
