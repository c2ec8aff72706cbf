package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/examples/warcnews/crawl"
	"github.com/newsparse/newsparse/examples/warcnews/crawl/crawltest"
)

// TestMain runs the pipelines on Beam's local runner (Prism, in process)
// unless --runner says otherwise.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

const (
	small  = `<!doctype html><html><head><title>Rain falls</title></head><body><article><h1>Rain falls on the city</h1><p>It rained for nearly three hours on Tuesday, officials said. #Weather</p></article></body></html>`
	latin1 = "<html><head><title>Caf\xe9 closes</title></head><body><article><h1>Caf\xe9 closes</h1><p>The caf\xe9 on Main Street closed after 40 years.</p></article></body></html>"
	text   = "Storm Ana hits the coast\n\nStorm Ana brought winds of more than 100 km/h to the coast on Monday, the weather service said.\n"
)

type page struct {
	uri, ct string
	body    []byte
}

func pages(t *testing.T) []page {
	b, err := os.ReadFile("../../testdata/nypost-taliban.html")
	if err != nil {
		t.Fatal(err)
	}
	return []page{
		{"https://nypost.com/2021/08/15/taliban", "text/html; charset=utf-8", b},
		{"https://example.com/rain", "text/html", []byte(small)},
		{"https://example.fr/cafe", "text/html; charset=windows-1252", []byte(latin1)},
	}
}

// run builds the pipeline for c, runs it, and returns its output lines,
// sorted, and its counts.
func run(t *testing.T, c Config) ([]string, Counts) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(c.Output + "-*-of-*.jsonl")
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	sort.Strings(lines)
	return lines, CountsOf(res.Metrics())
}

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWARC runs the pipeline on two gzipped crawls, one of them cut short
// at its last record, and checks that every line is the line
// the library call gives (the line warcnews writes) and that every record
// is counted.
func TestWARC(t *testing.T) {
	dir := t.TempDir()
	ps := pages(t)
	var recs []crawltest.Record
	for _, p := range ps {
		recs = append(recs, crawltest.Request(p.uri), crawltest.Response(p.uri, 200, []string{"Content-Type: " + p.ct}, p.body), crawltest.Metadata(p.uri))
	}
	recs = append(recs, crawltest.Response("https://example.com/logo.png", 200, []string{"Content-Type: image/png"}, []byte("\x89PNG")))
	whole := filepath.Join(dir, "a.warc.gz")
	offWhole, err := crawltest.Write(whole, true, recs...)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "b.warc.gz")
	offCut, err := crawltest.Write(cut, true, recs[:6]...)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(cut, offCut[5]+2); err != nil { // 2 bytes left of the last record
		t.Fatal(err)
	}

	var want []string
	for i, p := range ps {
		want = append(want, marshal(t, libraryLine(t, whole, offWhole[3*i+1], p)))
		if i < 2 {
			want = append(want, marshal(t, libraryLine(t, cut, offCut[3*i+1], p)))
		}
	}
	want = append(want, marshal(t, crawl.Line{Source: cut, Offset: offCut[5], Error: readErrorOf(t, cut), Article: &article.Article{}}))
	sort.Strings(want)

	got, counts := run(t, Config{Inputs: []string{filepath.Join(dir, "*.warc.gz")}, Output: filepath.Join(dir, "out"), Shards: 2})
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lines (-want +got):\n%s", d)
	}
	wantCounts := Counts{Read: 11 + 6, Parsed: 5, ReadErrors: 1, Skipped: map[string]int64{
		"warcinfo": 2, "request": 5, "metadata": 4, "not-html": 1,
	}}
	if d := cmp.Diff(wantCounts, counts); d != "" {
		t.Errorf("counts (-want +got):\n%s", d)
	}
}

// libraryLine is the line of a WARC page by the library call.
func libraryLine(t *testing.T, source string, offset int64, p page) crawl.Line {
	q := newsparse.NewParser()
	q.URL, q.ContentType = p.uri, p.ct
	a, err := q.ParseContext(context.Background(), bytes.NewReader(p.body), article.FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	return crawl.Line{Source: source, Offset: offset, TargetURI: p.uri, Crawled: "2025-08-06T12:00:00Z", Article: a}
}

// readErrorOf is the error crawl.Reader ends path with.
func readErrorOf(t *testing.T, path string) string {
	f, _ := os.Open(path)
	defer f.Close()
	rd, _ := crawl.NewReader(f, path)
	defer rd.Close()
	for {
		r, err := rd.Next()
		if err != nil {
			return err.Error()
		}
		r.Close()
	}
}

// TestJSONL runs the pipeline on JSONL input and checks that it writes
// exactly what newsjson -stream writes for the same lines, and that both
// equal the library call.
func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	var in bytes.Buffer
	var want []string
	for _, p := range pages(t)[:2] {
		in.WriteString(marshal(t, map[string]string{"url": p.uri, "html": string(p.body)}) + "\n")
		q := newsparse.NewParser()
		q.URL = p.uri
		a, err := q.ParseHTML(bytes.NewReader(p.body))
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, marshal(t, streamLine{Source: p.uri, Article: a}))
	}
	in.WriteString(marshal(t, map[string]string{"url": "https://example.com/storm", "text": text}) + "\n")
	q := newsparse.NewParser()
	q.URL = "https://example.com/storm"
	a, err := q.ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, marshal(t, streamLine{Source: "https://example.com/storm", Article: a}))
	in.WriteString("\n{\"url\": \"https://example.com/empty\"}\nnot json\n")
	path := filepath.Join(dir, "pages.jsonl")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	got, counts := run(t, Config{Inputs: []string{path}, Output: filepath.Join(dir, "out")})
	if len(got) != 5 {
		t.Fatalf("%d lines, want 5:\n%s", len(got), strings.Join(got, "\n"))
	}
	var library []string
	for _, l := range got {
		if !strings.Contains(l, `"error"`) {
			library = append(library, l)
		}
	}
	sort.Strings(want)
	if d := cmp.Diff(want, library); d != "" {
		t.Errorf("parsed lines against the library call (-want +got):\n%s", d)
	}
	if d := cmp.Diff(Counts{Read: 5, Parsed: 3, Failed: 2, Skipped: map[string]int64{}}, counts); d != "" {
		t.Errorf("counts (-want +got):\n%s", d)
	}

	// newsjson -stream, built from this checkout, on the same input.
	cmd := exec.Command("go", "run", "github.com/newsparse/newsparse/examples/newsjson", "-stream")
	cmd.Stdin = bytes.NewReader(in.Bytes())
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil && out.Len() == 0 {
		t.Fatalf("newsjson -stream: %v\n%s", err, stderr.String())
	}
	var stream []string
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		stream = append(stream, sc.Text())
	}
	sort.Strings(stream)
	if d := cmp.Diff(stream, got); d != "" {
		t.Errorf("beam against newsjson -stream (-stream +beam):\n%s", d)
	}
}

// TestIsWARC checks how inputs are told apart.
func TestIsWARC(t *testing.T) {
	for in, want := range map[string]bool{
		"gs://b/CC-NEWS-*.warc.gz": true, "x.WARC": true, "x.jsonl": false, "x.jsonl.gz": false, "x.warc.json": false,
	} {
		if IsWARC(in) != want {
			t.Errorf("IsWARC(%q) = %v", in, !want)
		}
	}
}
