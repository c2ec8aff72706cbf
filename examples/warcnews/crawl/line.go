package crawl

import (
	"context"
	"io"

	"github.com/newsparse/newsparse/article"
)

// Line is one line of output: the article record of a page with where it
// came from. A page that failed has "error" and whatever part of the
// record was found, at least its url.
type Line struct {
	// Source is the WARC file the page was read from.
	Source string `json:"source"`
	// Offset is the record's offset in Source (see Record.Offset).
	Offset int64 `json:"offset"`
	// TargetURI is the record's WARC-Target-URI: the address fetched.
	// The article's "url" is the same unless the page names a canonical
	// address.
	TargetURI string `json:"target_uri,omitempty"`
	// Crawled is the record's WARC-Date: when the page was fetched. It is
	// not copied to "published", which stays empty when the page does
	// not say; a consumer that wants a date for every page can fall back
	// to it knowingly.
	Crawled string `json:"crawled,omitempty"`
	// Error says why the page failed.
	Error string `json:"error,omitempty"`
	*article.Article
}

// Line returns r's line without its article: where the page came from.
func (r *Record) Line() Line {
	return Line{Source: r.Source, Offset: r.Offset, TargetURI: r.URL, Crawled: r.Crawled}
}

// Fail returns l as the line of a page that failed with err, keeping
// whatever part of the article was found, or else just its url.
func (l Line) Fail(err error) Line {
	if l.Article == nil {
		l.Article = &article.Article{URL: l.TargetURI}
	}
	l.Error = err.Error()
	return l
}

// Parse parses the page in r with a copy of p whose URL and ContentType
// are the record's, and returns its line. A broken record (r.Err) or a
// failed parse gives a line with Error. The context cancels the parse.
func Parse(ctx context.Context, p *article.Parser, r *Record) Line {
	l := r.Line()
	if r.Err != nil {
		return l.Fail(r.Err)
	}
	body, err := r.Body()
	if err != nil {
		return l.Fail(err)
	}
	return ParseBody(ctx, p, l, r.ContentType, body)
}

// ParseBody parses an HTML page body with a copy of p whose URL is l's
// TargetURI and whose ContentType is contentType, and returns l with the
// article, or with Error if the parse failed. It is Parse for a body that
// was read out of its record, as a distributed pipeline does.
func ParseBody(ctx context.Context, p *article.Parser, l Line, contentType string, body io.Reader) Line {
	q := *p
	q.URL, q.ContentType = l.TargetURI, contentType
	a, err := q.ParseContext(ctx, body, article.FormatHTML)
	l.Article = a
	if err != nil {
		return l.Fail(err)
	}
	return l
}
