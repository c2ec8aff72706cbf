package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/examples/warcnews/crawl"
	"github.com/newsparse/newsparse/examples/warcnews/crawl/crawltest"
)

// small is a short news page; latin1 is one in Windows-1252 whose charset
// only the HTTP header gives.
const (
	small  = `<!doctype html><html><head><title>Rain falls</title><meta property="article:published_time" content="2025-08-05T09:00:00Z"></head><body><article><h1>Rain falls on the city</h1><p>It rained for nearly three hours on Tuesday, officials said.</p></article></body></html>`
	latin1 = "<html><head><title>Caf\xe9 closes</title></head><body><article><h1>Caf\xe9 closes</h1><p>The caf\xe9 on Main Street closed after 40 years.</p></article></body></html>"
)

var htmlUTF8 = []string{"Content-Type: text/html; charset=utf-8"}

// page is a test page: its URI, HTTP Content-Type and body.
type page struct {
	uri, ct string
	body    []byte
}

func nypost(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/nypost-taliban.html") // a real page of the project's goldens
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// crawlOf returns the records a crawler writes for pages, each as request,
// response and metadata (the CC-NEWS layout), with some records that are
// skipped in between.
func crawlOf(pages []page) []crawltest.Record {
	var recs []crawltest.Record
	for i, p := range pages {
		recs = append(recs,
			crawltest.Request(p.uri),
			crawltest.Response(p.uri, 200, []string{"Content-Type: " + p.ct}, p.body),
			crawltest.Metadata(p.uri))
		if i == 0 {
			recs = append(recs,
				crawltest.Response("https://example.com/old", 301, []string{"Location: " + p.uri}, nil),
				crawltest.Response("https://example.com/logo.png", 200, []string{"Content-Type: image/png"}, []byte("\x89PNG")),
				crawltest.Response("https://example.com/missing", 404, htmlUTF8, []byte("<p>not found</p>")))
		}
	}
	return recs
}

func testPages(t *testing.T) []page {
	return []page{
		{"https://nypost.com/2021/08/15/taliban", "text/html; charset=utf-8", nypost(t)},
		{"https://example.com/rain", "text/html", []byte(small)},
		{"https://example.fr/cafe", "text/html; charset=windows-1252", []byte(latin1)},
	}
}

// libraryLine is the line the library call gives for p: what every line of
// warcnews must equal, but for its source and offset.
func libraryLine(t *testing.T, source string, offset int64, p page) crawl.Line {
	t.Helper()
	q := newsparse.NewParser()
	q.URL, q.ContentType = p.uri, p.ct
	a, err := q.ParseContext(context.Background(), bytes.NewReader(p.body), article.FormatHTML)
	if err != nil {
		t.Fatalf("%s: %v", p.uri, err)
	}
	return crawl.Line{Source: source, Offset: offset, TargetURI: p.uri, Crawled: "2025-08-06T12:00:00Z", Article: a}
}

func writeFile(t *testing.T, name string, recs []crawltest.Record) (string, []int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	offsets, err := crawltest.Write(path, strings.HasSuffix(name, ".gz"), recs...)
	if err != nil {
		t.Fatal(err)
	}
	return path, offsets
}

func runLines(t *testing.T, c config, files ...string) (*stats, []crawl.Line, []string) {
	t.Helper()
	var out bytes.Buffer
	s, err := run(c, files, strings.NewReader(""), &out)
	if err != nil {
		t.Fatal(err)
	}
	var lines []crawl.Line
	raw := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if out.Len() == 0 {
		raw = nil
	}
	for _, r := range raw {
		var l crawl.Line
		if err := json.Unmarshal([]byte(r), &l); err != nil {
			t.Fatalf("bad line %q: %v", r, err)
		}
		lines = append(lines, l)
	}
	return s, lines, raw
}

func checkCounts(t *testing.T, s *stats, read, parsed, failed, readErrors int64, skipped map[string]int64) {
	t.Helper()
	got := map[string]int64{"read": s.records.Load(), "parsed": s.parsed.Load(), "failed": s.failed.Load(), "read errors": s.readErrors}
	want := map[string]int64{"read": read, "parsed": parsed, "failed": failed, "read errors": readErrors}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("counts (-want +got):\n%s", d)
	}
	if d := cmp.Diff(skipped, s.skipped); d != "" {
		t.Errorf("skipped (-want +got):\n%s", d)
	}
	var sk int64
	for _, n := range s.skipped {
		sk += n
	}
	if s.records.Load() != s.parsed.Load()+s.failed.Load()+sk {
		t.Errorf("%d read != %d parsed + %d failed + %d skipped", s.records.Load(), s.parsed.Load(), s.failed.Load(), sk)
	}
}

// TestRun parses a plain and a gzipped crawl of the same pages and checks
// every line against the library call, in order, with the counts.
func TestRun(t *testing.T) {
	pages := testPages(t)
	recs := crawlOf(pages)
	plain, offPlain := writeFile(t, "crawl.warc", recs)
	gz, offGz := writeFile(t, "crawl.warc.gz", recs)
	s, lines, _ := runLines(t, config{workers: 3}, plain, gz)

	// Each page is the second record of its three; the first page's are
	// followed by three skipped responses.
	pageIndex := []int{1, 7, 10}
	var want []crawl.Line
	for _, f := range []struct {
		path    string
		offsets []int64
	}{{plain, offPlain}, {gz, offGz}} {
		for i, p := range pages {
			want = append(want, libraryLine(t, f.path, f.offsets[pageIndex[i]], p))
		}
	}
	if d := cmp.Diff(want, lines); d != "" {
		t.Errorf("lines (-want +got):\n%s", d)
	}
	checkCounts(t, s, int64(2*(1+len(recs))), 6, 0, 0, map[string]int64{
		"warcinfo": 2, "request": 6, "metadata": 6, "status-3xx": 2, "status-4xx": 2, "not-html": 2,
	})
	if got := lines[2].Headline; got != "Café closes" {
		t.Errorf("Windows-1252 page headline %q, want the HTTP charset applied", got)
	}
	for _, l := range lines {
		if l.Published == "2025-08-06T12:00:00Z" || l.URL == "" {
			t.Errorf("%s: published %q url %q: the crawl date must not stand in for the publication date", l.TargetURI, l.Published, l.URL)
		}
	}
	sum := s.String()
	for _, w := range []string{"2 files", "26 records read: 6 parsed, 20 skipped", "metadata 6", "0 failed", "0 read errors"} {
		if !strings.Contains(sum, w) {
			t.Errorf("summary %q lacks %q", sum, w)
		}
	}
}

// TestWorkers checks that the output does not depend on -j.
func TestWorkers(t *testing.T) {
	var pages []page
	for i := range 12 {
		pages = append(pages, testPages(t)[i%3])
		pages[i].uri += "/" + string(rune('a'+i))
	}
	path, _ := writeFile(t, "many.warc.gz", crawlOf(pages))
	_, _, one := runLines(t, config{workers: 1}, path)
	_, _, four := runLines(t, config{workers: 4}, path)
	if len(one) != 12 {
		t.Fatalf("%d lines, want 12", len(one))
	}
	if d := cmp.Diff(one, four); d != "" {
		t.Errorf("-j 1 and -j 4 differ (-j1 +j4):\n%s", d)
	}
}

// TestTruncatedFile checks a .warc.gz cut inside a record: the pages
// before it are parsed, one error line says where reading stopped, and
// the next file is read all the same.
func TestTruncatedFile(t *testing.T) {
	pages := testPages(t)
	cut, offsets := writeFile(t, "cut.warc.gz", crawlOf(pages))
	// The last page's response (record 10) loses its end.
	if err := os.Truncate(cut, offsets[10]+200); err != nil {
		t.Fatal(err)
	}
	whole, _ := writeFile(t, "whole.warc.gz", crawlOf(pages[1:2]))
	s, lines, _ := runLines(t, config{workers: 2}, cut, whole)
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 2 pages, the error and 1 page", len(lines))
	}
	e := lines[2]
	if e.Source != cut || e.Offset != offsets[10] || !strings.Contains(e.Error, "unexpected EOF") {
		t.Errorf("error line %+v, want source %s offset %d and an unexpected EOF", e, cut, offsets[10])
	}
	if lines[0].Error != "" || lines[1].Error != "" || lines[3].Error != "" || lines[3].Source != whole {
		t.Errorf("pages around the error: %q %q %q %s", lines[0].Error, lines[1].Error, lines[3].Error, lines[3].Source)
	}
	// Read: the warcinfo and the 10 whole records of the cut file, the
	// warcinfo and 6 records of the whole one.
	checkCounts(t, s, 11+7, 3, 0, 1, map[string]int64{
		"warcinfo": 2, "request": 4, "metadata": 3, "status-3xx": 2, "status-4xx": 2, "not-html": 2,
	})
}

// TestBrokenRecords checks pages that fail: a body whose gzip coding is
// corrupt, a record whose bytes no longer match its digest, and a plain
// file cut inside its last page. Each gives an error line and counts as
// failed; the pages around them parse.
func TestBrokenRecords(t *testing.T) {
	badGzip := append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff}, []byte("this is not deflate data at all")...)
	path, _ := writeFile(t, "broken.warc", []crawltest.Record{
		crawltest.Response("https://example.com/rain", 200, htmlUTF8, []byte(small)),
		crawltest.Response("https://example.com/gz", 200, append(htmlUTF8, "Content-Encoding: gzip"), badGzip),
		crawltest.Response("https://example.com/digest", 200, htmlUTF8, []byte(strings.Replace(small, "Rain falls", "Snow falls", 1))),
		crawltest.Response("https://example.com/last", 200, htmlUTF8, []byte(small)),
	})
	b, _ := os.ReadFile(path)
	b = bytes.Replace(b, []byte("Snow falls"), []byte("Snow fell "), 1) // same length, other digest
	b = b[:len(b)-50]                                                   // cut inside the last page
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s, lines, _ := runLines(t, config{workers: 2}, path)
	want := []struct{ url, err string }{
		{"https://example.com/rain", ""},
		{"https://example.com/gz", "gzip"},
		{"https://example.com/digest", "digest"},
		{"https://example.com/last", "truncated"},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, w := range want {
		l := lines[i]
		if l.URL != w.url || (w.err == "") != (l.Error == "") || !strings.Contains(l.Error, w.err) {
			t.Errorf("line %d: url %q error %q, want %q and an error with %q", i, l.URL, l.Error, w.url, w.err)
		}
	}
	checkCounts(t, s, 5, 1, 3, 0, map[string]int64{"warcinfo": 1})
}

// TestMissingFile checks that a file that cannot be opened is a read
// error with a line, and the other files are read.
func TestMissingFile(t *testing.T) {
	path, _ := writeFile(t, "ok.warc", crawlOf(testPages(t)[1:2]))
	missing := filepath.Join(t.TempDir(), "nope.warc.gz")
	s, lines, _ := runLines(t, config{workers: 2}, missing, path)
	if len(lines) != 2 || lines[0].Source != missing || !strings.Contains(lines[0].Error, "no such file") || lines[1].Error != "" {
		t.Errorf("lines %+v", lines)
	}
	if s.readErrors != 1 || s.parsed.Load() != 1 {
		t.Errorf("read errors %d parsed %d, want 1 and 1", s.readErrors, s.parsed.Load())
	}
}

// TestStdin checks that "-" reads a crawl from standard input.
func TestStdin(t *testing.T) {
	path, _ := writeFile(t, "in.warc.gz", crawlOf(testPages(t)[1:2]))
	b, _ := os.ReadFile(path)
	var out bytes.Buffer
	s, err := run(config{workers: 1}, []string{"-"}, bytes.NewReader(b), &out)
	if err != nil || s.parsed.Load() != 1 || !strings.Contains(out.String(), `"source":"-"`) {
		t.Errorf("err %v, parsed %d, output %.200s", err, s.parsed.Load(), out.String())
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n++; w.n > 1 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestOutputError checks that a failing output stops the run with an
// error instead of hanging.
func TestOutputError(t *testing.T) {
	var pages []page
	for i := range 40 {
		pages = append(pages, page{"https://example.com/" + string(rune('A'+i)), "text/html", []byte(small)})
	}
	path, _ := writeFile(t, "many.warc", crawlOf(pages))
	_, err := run(config{workers: 2}, []string{path, path}, nil, &failWriter{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error %v, want the write error", err)
	}
}

// TestProgress checks the progress line's parts and that stop clears it.
func TestProgress(t *testing.T) {
	path, _ := writeFile(t, "p.warc", crawlOf(testPages(t)))
	s := newStats([]string{path})
	if s.total <= 0 {
		t.Fatalf("total %d, want the file size", s.total)
	}
	s.records.Add(7)
	s.failed.Add(2)
	s.doneBytes.Store(s.total / 2)
	line := s.progress()
	for _, w := range []string{"] ", "50%", "7 records", "/s", "MB/s", "2 errors"} {
		if !strings.Contains(line, w) {
			t.Errorf("progress %q lacks %q", line, w)
		}
	}
	var buf bytes.Buffer
	stop := s.show(&buf, 1e6)
	stop()
	stop()
	if !strings.HasSuffix(buf.String(), "\r\x1b[K") {
		t.Errorf("after stop: %q, want the line cleared", buf.String())
	}
}
