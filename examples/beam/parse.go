package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/examples/warcnews/crawl"
)

func init() {
	register.DoFn3x1[context.Context, Page, func(string), error](&parseFn{})
	register.Emitter1[string]()
}

// parseFn parses a Page with newsparse's default extractors and emits its
// JSON line.
type parseFn struct {
	MaxBytes int64 `json:"max_bytes"`

	p      *article.Parser
	parsed beam.Counter
	failed beam.Counter
}

func (fn *parseFn) Setup() {
	fn.p = newsparse.NewParser()
	fn.p.MaxBytes = fn.MaxBytes
	fn.parsed = beam.NewCounter(namespace, counterParsed)
	fn.failed = beam.NewCounter(namespace, counterFailed)
}

func (fn *parseFn) ProcessElement(ctx context.Context, pg Page, emit func(string)) error {
	var line any
	var failed bool
	if pg.WARC {
		l := parseWARC(ctx, fn.p, pg)
		line, failed = l, l.Error != ""
	} else {
		l := parseStream(ctx, fn.p, pg)
		line, failed = l, l.Error != ""
	}
	b, err := json.Marshal(line)
	if err != nil {
		return err
	}
	switch {
	case pg.ReadError: // counted where it happened
	case failed:
		fn.failed.Inc(ctx, 1)
	default:
		fn.parsed.Inc(ctx, 1)
	}
	emit(string(b))
	return nil
}

// parseWARC gives a WARC page the line warcnews writes for it. A read
// error keeps an empty article, as in warcnews.
func parseWARC(ctx context.Context, p *article.Parser, pg Page) crawl.Line {
	l := crawl.Line{Source: pg.Source, Offset: pg.Offset, TargetURI: pg.URL, Crawled: pg.Crawled}
	if pg.Err != "" {
		if pg.ReadError {
			l.Article = &article.Article{}
		}
		return l.Fail(errors.New(pg.Err))
	}
	return crawl.ParseBody(ctx, p, l, pg.ContentType, bytes.NewReader(pg.Body))
}

// streamLine is one line of newsjson -stream output: the article, with
// "source" holding the input's url, and "error" for a failed line.
type streamLine struct {
	Source string `json:"source,omitempty"`
	Error  string `json:"error,omitempty"`
	*article.Article
}

// parseStream gives a JSONL page the line newsjson -stream writes for it.
func parseStream(ctx context.Context, p *article.Parser, pg Page) streamLine {
	if pg.Err != "" {
		if pg.URL == "" { // the line was not an object
			return streamLine{Error: pg.Err, Article: &article.Article{}}
		}
		return streamLine{Source: pg.URL, Error: pg.Err, Article: &article.Article{URL: pg.URL}}
	}
	q := *p
	q.URL = pg.URL
	f := article.FormatHTML
	if pg.Text {
		f = article.FormatText
	}
	a, err := q.ParseContext(ctx, bytes.NewReader(pg.Body), f)
	l := streamLine{Source: pg.URL, Article: a}
	if err != nil {
		l.Error = err.Error()
	}
	return l
}
