package crawl_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse/examples/warcnews/crawl"
	"github.com/newsparse/newsparse/examples/warcnews/crawl/crawltest"
)

const page = `<!doctype html><html><head><title>Rain falls</title></head><body><article><h1>Rain falls on the city</h1><p>It rained for three hours on Tuesday, officials said.</p></article></body></html>`

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// chunked encodes b in HTTP/1.1 chunked transfer coding, in 40-byte chunks.
func chunked(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(len(b), 40)
		out.WriteString(strings.ToUpper(strings.TrimLeft(strings.ToLower(hex(n)), "0")) + "\r\n")
		out.Write(b[:n])
		out.WriteString("\r\n")
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

func hex(n int) string {
	const digits = "0123456789abcdef"
	s := ""
	for ; n > 0; n /= 16 {
		s = string(digits[n%16]) + s
	}
	return s
}

// TestClassify checks the skip reason, URL, date and content type of every
// kind of record a news crawl holds, in plain and gzipped files alike.
func TestClassify(t *testing.T) {
	html := []string{"Content-Type: text/html; charset=utf-8"}
	recs := []crawltest.Record{
		crawltest.Request("https://example.com/a"),
		crawltest.Response("https://example.com/a", 200, html, []byte(page)),
		crawltest.Metadata("https://example.com/a"),
		crawltest.Response("https://example.com/moved", 301, []string{"Location: https://example.com/a"}, nil),
		crawltest.Response("https://example.com/gone", 404, html, []byte("<p>no</p>")),
		crawltest.Response("https://example.com/x.jpg", 200, []string{"Content-Type: image/jpeg"}, []byte{0xff, 0xd8}),
		crawltest.Response("https://example.com/br", 200, append(html, "Content-Encoding: br"), []byte{1, 2, 3}),
		crawltest.Response("https://example.com/xhtml", 200, []string{"Content-Type: application/xhtml+xml"}, []byte(page)),
		crawltest.Response("https://example.com/untyped", 200, nil, []byte(page)),
		{Type: "resource", URI: "https://example.com/r", ContentType: "text/html", Block: []byte(page)},
		{Type: "response", URI: "https://example.com/raw", ContentType: "text/html", Block: []byte(page)},
	}
	want := []crawl.Record{
		{Type: "request", URL: "https://example.com/a", Skip: "request"},
		{Type: "response", URL: "https://example.com/a", ContentType: "text/html; charset=utf-8"},
		{Type: "metadata", URL: "https://example.com/a", Skip: "metadata"},
		{Type: "response", URL: "https://example.com/moved", Skip: "status-3xx"},
		{Type: "response", URL: "https://example.com/gone", ContentType: "text/html; charset=utf-8", Skip: "status-4xx"},
		{Type: "response", URL: "https://example.com/x.jpg", ContentType: "image/jpeg", Skip: "not-html"},
		{Type: "response", URL: "https://example.com/br", ContentType: "text/html; charset=utf-8", Skip: "encoding"},
		{Type: "response", URL: "https://example.com/xhtml", ContentType: "application/xhtml+xml"},
		{Type: "response", URL: "https://example.com/untyped"},
		{Type: "resource", URL: "https://example.com/r", Skip: "resource"},
		{Type: "response", URL: "https://example.com/raw", Skip: "not-http"},
	}
	for _, gz := range []bool{false, true} {
		name := "t.warc"
		if gz {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			offsets, err := crawltest.Write(path, gz, recs...)
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, path)
			if len(got) != len(want)+1 {
				t.Fatalf("read %d records, want %d", len(got), len(want)+1)
			}
			if got[0].Skip != "warcinfo" {
				t.Errorf("first record skipped for %q, want warcinfo", got[0].Skip)
			}
			for i, r := range got[1:] {
				if r.Offset != offsets[i] {
					t.Errorf("record %d at offset %d, written at %d", i, r.Offset, offsets[i])
				}
				if r.Crawled != "2025-08-06T12:00:00Z" {
					t.Errorf("record %d crawled %q", i, r.Crawled)
				}
				if r.Err != nil {
					t.Errorf("record %d: %v", i, r.Err)
				}
				g := crawl.Record{Type: r.Type, URL: r.URL, ContentType: r.ContentType, Skip: r.Skip}
				if d := cmp.Diff(want[i], g, cmpRecord); d != "" {
					t.Errorf("record %d (-want +got):\n%s", i, d)
				}
			}
		})
	}
}

var cmpRecord = cmp.Comparer(func(a, b crawl.Record) bool {
	return a.Type == b.Type && a.URL == b.URL && a.ContentType == b.ContentType && a.Skip == b.Skip
})

// record is what readAll keeps of a crawl.Record once it is closed.
type record struct {
	crawl.Record
	body []byte
}

func readAll(t *testing.T, path string) []record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd, err := crawl.NewReader(f, path)
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	var out []record
	for {
		r, err := rd.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("after %d records: %v", len(out), err)
		}
		x := record{Record: *r}
		if r.Page() {
			b, err := r.Body()
			if err != nil {
				t.Fatal(err)
			}
			if x.body, err = io.ReadAll(b); err != nil {
				t.Fatal(err)
			}
		}
		r.Close()
		out = append(out, x)
	}
}

// TestBody checks that a page's body comes back as written, with chunked
// transfer coding removed and gzip content coding left for the parser.
func TestBody(t *testing.T) {
	gz := gzipped(t, []byte(page))
	path := filepath.Join(t.TempDir(), "b.warc.gz")
	_, err := crawltest.Write(path, true,
		crawltest.Response("https://example.com/plain", 200, []string{"Content-Type: text/html"}, []byte(page)),
		crawltest.Response("https://example.com/chunked", 200, []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, chunked([]byte(page))),
		crawltest.Response("https://example.com/gzip", 200, []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gz),
	)
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, path)[1:]
	for i, want := range [][]byte{[]byte(page), []byte(page), gz} {
		if !bytes.Equal(got[i].body, want) {
			t.Errorf("%s: body %q, want %q", got[i].URL, got[i].body, want)
		}
	}
}

// TestTruncated checks both ways a file can end early: inside a gzip
// member, which ends the file with an error, and inside the content of a
// plain record, which gives that page an error and no body.
func TestTruncated(t *testing.T) {
	recs := []crawltest.Record{
		crawltest.Response("https://example.com/1", 200, []string{"Content-Type: text/html"}, []byte(page)),
		crawltest.Response("https://example.com/2", 200, []string{"Content-Type: text/html"}, []byte(page)),
	}
	t.Run("gzip", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "t.warc.gz")
		offsets, err := crawltest.Write(path, true, recs...)
		if err != nil {
			t.Fatal(err)
		}
		truncate(t, path, offsets[1]+30)
		f, _ := os.Open(path)
		defer f.Close()
		rd, _ := crawl.NewReader(f, "t.warc.gz")
		var pages int
		for {
			r, err := rd.Next()
			if err == io.EOF {
				t.Fatal("no error at the truncation")
			}
			if err != nil {
				if !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "t.warc.gz") {
					t.Errorf("error %q, want the file name and an unexpected EOF", err)
				}
				break
			}
			if r.Page() {
				pages++
			}
			r.Close()
		}
		if pages != 1 {
			t.Errorf("read %d pages before the truncation, want 1", pages)
		}
		if _, err := rd.Next(); err != io.EOF {
			t.Errorf("Next after the error: %v, want io.EOF", err)
		}
	})
	t.Run("plain", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "t.warc")
		if _, err := crawltest.Write(path, false, recs...); err != nil {
			t.Fatal(err)
		}
		st, _ := os.Stat(path)
		truncate(t, path, st.Size()-60) // in the page's body
		got := readAll(t, path)
		if len(got) != 3 {
			t.Fatalf("read %d records, want 3", len(got))
		}
		if got[1].Err != nil {
			t.Errorf("whole record: %v", got[1].Err)
		}
		if got[2].Err == nil || !strings.Contains(got[2].Err.Error(), "truncated") {
			t.Errorf("truncated record: error %v", got[2].Err)
		}
	})
}

// TestTrailing checks the end of a file: padding after the last record is
// fine, a few bytes of a record that is cut short are an error or a broken
// record.
func TestTrailing(t *testing.T) {
	for _, tc := range []struct {
		name    string
		tail    string
		wantErr bool
	}{
		{"none", "", false},
		{"padding", "\r\n\r\n", false},
		{"gzip magic", "\x1f\x8b", true},
		{"record start", "WARC/1.1\r\nWARC-Type: resp", true},
		{"garbage", strings.Repeat("x", 100), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "t.warc.gz")
			if _, err := crawltest.Write(path, true, crawltest.Metadata("https://example.com/")); err != nil {
				t.Fatal(err)
			}
			f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString(tc.tail)
			f.Close()
			f, _ = os.Open(path)
			defer f.Close()
			rd, _ := crawl.NewReader(f, path)
			var n int
			var err error
			broken := false
			for {
				var r *crawl.Record
				if r, err = rd.Next(); err != nil {
					break
				}
				r.Close()
				if r.Broken() {
					broken = true
				} else {
					n++
				}
			}
			if n != 2 {
				t.Errorf("read %d whole records, want 2", n)
			}
			if gotErr := err != io.EOF || broken; gotErr != tc.wantErr {
				t.Errorf("error %v, broken record %v; want an error or a broken record: %v", err, broken, tc.wantErr)
			}
		})
	}
}

// TestTruncatedHeader checks that a plain file cut inside a record's
// header gives a broken record or an error after the whole records.
func TestTruncatedHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.warc")
	offsets, err := crawltest.Write(path, false,
		crawltest.Response("https://example.com/1", 200, []string{"Content-Type: text/html"}, []byte(page)),
		crawltest.Response("https://example.com/2", 200, []string{"Content-Type: text/html"}, []byte(page)))
	if err != nil {
		t.Fatal(err)
	}
	truncate(t, path, offsets[1]+100)
	f, _ := os.Open(path)
	defer f.Close()
	rd, _ := crawl.NewReader(f, "t.warc")
	var n int
	for {
		r, err := rd.Next()
		if err != nil {
			if err == io.EOF {
				t.Error("no broken record or error at the truncation")
			}
			break
		}
		r.Close()
		if r.Broken() {
			break
		}
		n++
	}
	if n != 2 {
		t.Errorf("read %d records before the truncation, want 2", n)
	}
}

// TestDigest checks that a page whose bytes no longer match its block
// digest is reported broken, not parsed.
func TestDigest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.warc")
	if _, err := crawltest.Write(path, false,
		crawltest.Response("https://example.com/1", 200, []string{"Content-Type: text/html"}, []byte(page))); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	b = bytes.Replace(b, []byte("three hours"), []byte("three houfs"), 1)
	os.WriteFile(path, b, 0o644)
	got := readAll(t, path)
	if err := got[1].Err; err == nil || !strings.Contains(err.Error(), "digest") {
		t.Errorf("error %v, want a digest mismatch", err)
	}
}

func truncate(t *testing.T, path string, size int64) {
	t.Helper()
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}
