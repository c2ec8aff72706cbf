package main

import (
	"context"
	"encoding/json"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/examples/warcnews/crawl"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Page), error](&readWARCFn{})
	register.Function3x0(decodeLine)
	register.Emitter1[Page]()
}

// Page is one input on its way to the parser: a WARC page read out of its
// record, a broken record, or a JSONL line.
type Page struct {
	// WARC is true for a page of a WARC file, whose line is a crawl.Line;
	// a JSONL page's line is the one newsjson -stream writes.
	WARC bool
	// Source, Offset and Crawled say where a WARC page came from (see
	// crawl.Line).
	Source  string
	Offset  int64
	Crawled string
	// URL is the page's address: the WARC-Target-URI or the JSONL url.
	URL string
	// ContentType is the HTTP Content-Type of a WARC page.
	ContentType string
	// Text is true for a JSONL "text" input, parsed as plain text.
	Text bool
	// Body is the page, at most the size limit plus one byte, so that
	// the parser reports a page over the limit as it would have.
	Body []byte
	// Err, when set, is why the page cannot be parsed: a broken record, a
	// read error, a bad JSONL line.
	Err string
	// ReadError is true for the one Page of a WARC file that could not be
	// read on: it is counted as a read error, not as a failed page.
	ReadError bool
}

// Counter names, in namespace "newsparse". Skipped records count under
// "skipped/REASON".
const (
	counterRead       = "read"
	counterParsed     = "parsed"
	counterFailed     = "failed"
	counterReadErrors = "read_errors"
	counterSkipped    = "skipped/"
	namespace         = "newsparse"
)

// readWARCFn reads the records of a WARC file, counts them, and emits its
// pages and broken records. A file that cannot be read on emits one Page
// with Err where reading stopped.
type readWARCFn struct {
	MaxBytes int64 `json:"max_bytes"`
}

func (fn *readWARCFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Page)) error {
	name := f.Metadata.Path
	in, err := f.Open(ctx)
	if err != nil {
		return err // the runner retries: a storage error may pass
	}
	defer in.Close()
	rd, err := crawl.NewReader(in, name)
	if err != nil {
		return err
	}
	defer rd.Close()
	read := beam.NewCounter(namespace, counterRead)
	limit := bodyLimit(fn.MaxBytes)
	for {
		r, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			beam.NewCounter(namespace, counterReadErrors).Inc(ctx, 1)
			emit(Page{WARC: true, Source: name, Offset: rd.Pos(), Err: err.Error(), ReadError: true})
			return nil
		}
		read.Inc(ctx, 1)
		if r.Skip != "" {
			beam.NewCounter(namespace, counterSkipped+r.Skip).Inc(ctx, 1)
			r.Close()
			continue
		}
		p := Page{WARC: true, Source: name, Offset: r.Offset, Crawled: r.Crawled, URL: r.URL, ContentType: r.ContentType}
		if r.Err != nil {
			p.Err = r.Err.Error()
		} else if p.Body, err = readBody(r, limit); err != nil {
			p.Err = err.Error()
		}
		r.Close()
		emit(p)
	}
}

// bodyLimit is how much of a page to keep: one byte over the parser's
// limit, so that the parser still sees that the page is too large.
func bodyLimit(maxBytes int64) int64 {
	switch {
	case maxBytes == 0:
		return article.DefaultMaxBytes + 1
	case maxBytes < 0:
		return 1<<63 - 1
	}
	return maxBytes + 1
}

func readBody(r *crawl.Record, limit int64) ([]byte, error) {
	body, err := r.Body()
	if err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(body, limit))
}

// streamInput is one JSONL input line, as newsjson -stream reads it.
type streamInput struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// decodeLine turns a JSONL line into a Page. Blank lines are skipped, as
// newsjson -stream skips them; a line that is not such an object gives a
// Page with Err.
func decodeLine(ctx context.Context, line string, emit func(Page)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	beam.NewCounter(namespace, counterRead).Inc(ctx, 1)
	var in streamInput
	if err := json.Unmarshal([]byte(line), &in); err != nil {
		emit(Page{Err: "bad input line: " + err.Error()})
		return
	}
	p := Page{URL: in.URL}
	switch {
	case in.HTML != nil:
		p.Body = []byte(*in.HTML)
	case in.Text != nil:
		p.Body, p.Text = []byte(*in.Text), true
	default:
		p.Err = `input line has neither "html" nor "text"`
	}
	emit(p)
}
