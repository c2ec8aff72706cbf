package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// Reasons a record is skipped, besides its WARC-Type ("warcinfo",
// "request", "metadata", "revisit", ...) for a record that is not a
// response.
const (
	SkipNotHTTP  = "not-http" // a response whose block is not an HTTP response
	SkipNotHTML  = "not-html" // an HTTP Content-Type other than HTML or XHTML
	SkipEncoding = "encoding" // a Content-Encoding other than gzip or identity
	SkipStatus   = "status-"  // prefix of "status-1xx" ... "status-5xx" and "status-other"
	skipUnknown  = "unknown"  // a WARC-Type gowarc does not know
	statusOK     = http.StatusOK
)

// Record is one WARC record as the Reader classified it. Close it when
// done: its content may live in a temporary file.
type Record struct {
	// Source is the file name given to NewReader.
	Source string
	// Offset is where the record starts in the file: the start of its
	// gzip member in a .warc.gz, the byte offset of "WARC/" otherwise.
	Offset int64
	// End is the file offset just past the record.
	End int64
	// Type is the WARC-Type, lower case.
	Type string
	// URL is the WARC-Target-URI, without angle brackets.
	URL string
	// Crawled is the WARC-Date as written: when the page was fetched,
	// not when it was published.
	Crawled string
	// ContentType is the HTTP Content-Type of a response.
	ContentType string
	// Skip says why the record is not a page to parse; it is empty for a
	// page and for a broken record.
	Skip string
	// Err is set for a broken record, of any type: truncated (content
	// shorter than its Content-Length, or none given, or no end marker at
	// the end of the stream) or with a block digest that does not match.
	// Its fields may be cut short, and it has no body to parse.
	Err error

	rec      gowarc.Record
	chunked  bool
	encoding string
}

// Page reports whether r is a page to parse: not skipped and not broken.
func (r *Record) Page() bool { return r.Skip == "" && r.Err == nil }

// Broken reports whether r is a record that could not be read whole; its
// type may be wrong and it is not skipped, so that it can be reported.
func (r *Record) Broken() bool { return r.Err != nil }

// Body returns the HTTP payload of a page, with chunked transfer coding
// removed. A gzip Content-Encoding is left for the parser, which
// decompresses gzip input itself. Body may be called once.
func (r *Record) Body() (io.Reader, error) {
	b, ok := r.rec.WarcRecord.Block().(gowarc.PayloadBlock)
	if !ok {
		return nil, errors.New("crawl: record has no payload")
	}
	p, err := b.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("crawl: read payload: %w", err)
	}
	if r.chunked {
		p = httputil.NewChunkedReader(p)
	}
	return p, nil
}

// Close releases the record's content.
func (r *Record) Close() error {
	return r.rec.Close()
}

// Reader reads the records of one WARC stream in order.
type Reader struct {
	source string
	wr     *gowarc.WarcFileReader
	in     *tailReader
	end    int64
	done   bool
}

// tailReader counts the bytes read through it and keeps the last few, so
// that the Reader can tell padding after the last record from a record
// cut short.
type tailReader struct {
	r    io.Reader
	n    int64
	tail [64]byte
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if n >= len(t.tail) {
		copy(t.tail[:], p[n-len(t.tail):n])
	} else if n > 0 {
		copy(t.tail[:], t.tail[n:])
		copy(t.tail[len(t.tail)-n:], p[:n])
	}
	t.n += int64(n)
	return n, err
}

// trailing returns the error for the bytes read after the last record
// ended at end: nil when there are none or they are only white space (a
// writer's padding).
func (t *tailReader) trailing(source string, end int64) error {
	extra := t.n - end
	if extra <= 0 {
		return nil
	}
	if extra <= int64(len(t.tail)) && len(bytes.TrimSpace(t.tail[int64(len(t.tail))-extra:])) == 0 {
		return nil
	}
	return fmt.Errorf("crawl: %s: %d bytes after the record that ends at offset %d are no whole record: %w", source, extra, end, io.ErrUnexpectedEOF)
}

// NewReader returns a Reader of the WARC stream in, whose records are
// named after source. Records may be plain or each gzipped on its own,
// even mixed in one stream. The caller closes in.
func NewReader(in io.Reader, source string) (*Reader, error) {
	tr := &tailReader{r: in}
	wr, err := gowarc.NewWarcFileReaderFromStream(tr, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), // checks length and digest, and keeps the content
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		return nil, fmt.Errorf("crawl: %s: %w", source, err)
	}
	return &Reader{source: source, wr: wr, in: tr}, nil
}

// Pos is the number of bytes of the stream read so far.
func (rd *Reader) Pos() int64 { return rd.end }

// Next returns the next record, or io.EOF after the last one. Any other
// error means the stream cannot be read on (a truncated or corrupt file,
// an I/O error): it is final, and Next returns io.EOF afterwards.
func (rd *Reader) Next() (*Record, error) {
	if rd.done {
		return nil, io.EOF
	}
	gr, err := rd.wr.Next()
	if err != nil {
		rd.done = true
		if gr.WarcRecord != nil {
			gr.Close()
		}
		if errors.Is(err, gowarc.ErrNoRecord) || errors.Is(err, io.EOF) && gr.Size == 0 {
			// The end: what is left must be padding.
			if err := rd.in.trailing(rd.source, rd.end); err != nil {
				return nil, err
			}
			return nil, io.EOF
		}
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("crawl: %s: record at offset %d: %w", rd.source, gr.Offset, err)
	}
	rd.end = gr.Offset + gr.Size
	r := &Record{Source: rd.source, Offset: gr.Offset, End: rd.end, rec: gr}
	classify(r)
	return r, nil
}

// Close releases the Reader's buffer. It does not close the stream.
func (rd *Reader) Close() error {
	rd.done = true
	rd.wr.Close()
	return nil
}

// classify fills r's header fields and decides whether it is a page.
func classify(r *Record) {
	wr := r.rec.WarcRecord
	h := wr.WarcHeader()
	r.Type = strings.ToLower(h.Get(gowarc.WarcType))
	r.URL = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(h.Get(gowarc.WarcTargetURI)), "<"), ">")
	r.Crawled = h.Get(gowarc.WarcDate)
	if r.Err = broken(r.rec.Validation); r.Err != nil {
		return // its type and headers may be cut short too
	}
	switch {
	case r.Type == "":
		r.Skip = skipUnknown
		return
	case wr.Type() != gowarc.Response:
		r.Skip = r.Type
		return
	}
	b, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok || b.HttpHeader() == nil {
		r.Skip = SkipNotHTTP
		return
	}
	hh := b.HttpHeader()
	r.ContentType = hh.Get("Content-Type")
	if code := b.HttpStatusCode(); code != statusOK {
		r.Skip = statusReason(code)
		return
	}
	if !isHTML(r.ContentType) {
		r.Skip = SkipNotHTML
		return
	}
	r.encoding = strings.ToLower(strings.TrimSpace(hh.Get("Content-Encoding")))
	if r.encoding != "" && r.encoding != "identity" && r.encoding != "gzip" && r.encoding != "x-gzip" {
		r.Skip = SkipEncoding
		return
	}
	r.chunked = isChunked(b.ProtocolHeaderBytes())
}

// isChunked reports whether a raw HTTP header says Transfer-Encoding:
// chunked. net/http moves that header out of the parsed ones, so the raw
// lines are read. Common Crawl removes the coding and renames the header,
// but other crawlers keep both.
func isChunked(header []byte) bool {
	for line := range strings.Lines(string(header)) {
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Transfer-Encoding") &&
			strings.Contains(strings.ToLower(value), "chunked") {
			return true
		}
	}
	return false
}

// isHTML reports whether an HTTP Content-Type names an HTML page. A
// missing type counts as HTML: the parser sniffs the content anyway.
func isHTML(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func statusReason(code int) string {
	if code < 100 || code > 599 {
		return SkipStatus + "other"
	}
	return fmt.Sprintf("%s%dxx", SkipStatus, code/100)
}

// broken returns the first validation finding that makes a record
// untrustworthy: a Content-Length that is missing or does not match the
// content, a record that ends without its end marker where the stream
// ends (a truncated file), or a block digest mismatch. Findings a
// sloppy writer leaves on a sound record (a missing carriage return, a
// payload digest that writers disagree on) do not count.
func broken(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		var hf *gowarc.HeaderFieldError
		var de *gowarc.DigestError
		switch {
		case errors.As(f, &cl),
			errors.As(f, &hf) && hf.FieldName == gowarc.ContentLength,
			strings.Contains(f.Error(), "end of record marker") && strings.HasSuffix(f.Error(), `was ""`):
			return fmt.Errorf("crawl: truncated record: %w", f)
		case errors.As(f, &de) && strings.HasPrefix(f.Error(), "block:"):
			return fmt.Errorf("crawl: broken record: %w", f)
		}
	}
	return nil
}
