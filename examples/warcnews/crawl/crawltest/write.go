package crawltest

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Record is one WARC record to write.
type Record struct {
	// Type is the WARC-Type: "response", "request", "metadata", ...
	Type string
	// URI is the WARC-Target-URI.
	URI string
	// Date is the WARC-Date; zero means 2025-08-06T12:00:00Z.
	Date time.Time
	// ContentType is the record's own Content-Type; empty means the one
	// that fits Type ("application/http;msgtype=response" for a
	// response).
	ContentType string
	// Block is the record's content: the HTTP message of a response or
	// request.
	Block []byte
}

// Response returns a response record for uri holding an HTTP response
// with the given status, header lines ("Name: value") and body.
func Response(uri string, status int, header []string, body []byte) Record {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	for _, h := range header {
		b.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	return Record{Type: "response", URI: uri, Block: append([]byte(b.String()), body...)}
}

// Request returns the request record for uri, as a crawler writes it
// before the response.
func Request(uri string) Record {
	return Record{Type: "request", URI: uri, Block: []byte("GET / HTTP/1.1\r\nHost: example.com\r\nUser-Agent: test\r\n\r\n")}
}

// Metadata returns a metadata record for uri, as CC-NEWS writes after
// each response.
func Metadata(uri string) Record {
	return Record{Type: "metadata", URI: uri, Block: []byte("fetchTimeMs: 120\r\n")}
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}

var types = map[string]gowarc.RecordType{
	"warcinfo":     gowarc.Warcinfo,
	"response":     gowarc.Response,
	"resource":     gowarc.Resource,
	"request":      gowarc.Request,
	"metadata":     gowarc.Metadata,
	"revisit":      gowarc.Revisit,
	"conversion":   gowarc.Conversion,
	"continuation": gowarc.Continuation,
}

// Write writes recs to the file path, after a warcinfo record, in
// WARC/1.1 with a SHA-1 block digest per record. When gz is true each
// record is its own gzip member, as in CC-NEWS, and path must end in
// ".gz". The file must not exist. It returns the offset of each of recs
// in the file.
func Write(path string, gz bool, recs ...Record) ([]int64, error) {
	base := filepath.Base(path)
	if gz {
		if !strings.HasSuffix(base, ".gz") {
			return nil, errors.New("crawltest: a gzipped file's name must end in .gz")
		}
		base = strings.TrimSuffix(base, ".gz")
	}
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(fixedName{filepath.Dir(path), base}),
		gowarc.WithCompression(gz),
		gowarc.WithMaxFileSize(0),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: newsparse crawltest\r\nformat: WARC File Format 1.1\r\n")
			return err
		}),
	)
	var errs []error
	offsets := make([]int64, len(recs))
	for i, r := range recs {
		rec, err := build(r)
		if err != nil {
			errs = append(errs, fmt.Errorf("crawltest: record %d: %w", i, err))
			continue
		}
		for _, res := range w.Write(rec) { // Write closes rec
			offsets[i] = res.FileOffset
			if res.Err != nil {
				errs = append(errs, fmt.Errorf("crawltest: record %d: %w", i, res.Err))
			}
		}
	}
	errs = append(errs, w.Close())
	return offsets, errors.Join(errs...)
}

func build(r Record) (gowarc.WarcRecord, error) {
	t, ok := types[r.Type]
	if !ok {
		return nil, fmt.Errorf("unknown record type %q", r.Type)
	}
	b := gowarc.NewRecordBuilder(t, gowarc.WithDefaultDigestAlgorithm("sha1"), gowarc.WithAddMissingDigest(true))
	if _, err := b.Write(r.Block); err != nil {
		return nil, err
	}
	date := r.Date
	if date.IsZero() {
		date = time.Date(2025, 8, 6, 12, 0, 0, 0, time.UTC)
	}
	b.AddWarcHeaderTime(gowarc.WarcDate, date)
	if r.URI != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, r.URI)
	}
	ct := r.ContentType
	if ct == "" {
		switch r.Type {
		case "response":
			ct = "application/http;msgtype=response"
		case "request":
			ct = "application/http;msgtype=request"
		case "metadata":
			ct = "application/warc-fields"
		default:
			ct = "application/octet-stream"
		}
	}
	b.AddWarcHeader(gowarc.ContentType, ct)
	rec, _, err := b.Build()
	return rec, err
}

// fixedName names the one file Write writes.
type fixedName struct{ dir, base string }

func (f fixedName) NewWarcfileName() (string, string) { return f.dir, f.base }
