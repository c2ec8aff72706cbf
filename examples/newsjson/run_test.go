package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const page = `<html lang="en"><head><title>Dam opens - Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body><article><h1>Dam opens</h1><p>The new dam opened on Monday after ten years of work, officials said.</p>
<p>It will supply water to two cities, the ministry said in a statement.</p></article></body></html>`

const text = "Dam opens\n\nThe new dam opened on Monday after ten years of work.\n"

// writeFiles creates files under dir from name -> content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type outRecord struct {
	Source   string `json:"source"`
	Error    string `json:"error"`
	Headline string `json:"headline"`
	URL      string `json:"url"`
	Text     string `json:"text"`
}

func decodeLines(t *testing.T, out string) []outRecord {
	t.Helper()
	var recs []outRecord
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r outRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("not a JSON line: %q", l)
		}
		recs = append(recs, r)
	}
	return recs
}

func TestJSONLOrderAndSources(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	writeFiles(t, dir, map[string]string{
		"b/2.html":  page,
		"b/1.txt":   text,
		"a.html":    page,
		"c.html.gz": gz.String(),
	})
	missing := filepath.Join(dir, "missing.html")
	var stdout, stderr bytes.Buffer
	ok, err := run(config{jsonl: true, workers: 3}, []string{filepath.Join(dir, "b"), filepath.Join(dir, "a.html"), missing, filepath.Join(dir, "c.html.gz")}, nil, &stdout, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if ok {
		t.Error("run succeeded although one input is missing")
	}
	recs := decodeLines(t, stdout.String())
	var sources []string
	for _, r := range recs {
		sources = append(sources, strings.TrimPrefix(r.Source, dir+"/"))
	}
	want := []string{"b/1.txt", "b/2.html", "a.html", "missing.html", "c.html.gz"}
	if d := cmp.Diff(want, sources); d != "" {
		t.Errorf("sources (-want +got):\n%s", d)
	}
	for _, r := range recs {
		switch {
		case strings.HasSuffix(r.Source, "missing.html"):
			if r.Error == "" {
				t.Error("missing input has no error field")
			}
		case r.Headline != "Dam opens" || r.Error != "":
			t.Errorf("%s: headline %q, error %q", r.Source, r.Headline, r.Error)
		}
	}
	if !strings.Contains(stderr.String(), "missing.html") {
		t.Errorf("stderr does not name the missing input: %q", stderr.String())
	}
}

func TestSingleInputIndented(t *testing.T) {
	var stdout, stderr bytes.Buffer
	ok, err := run(config{workers: 1, url: "https://example.com/news/dam"}, nil, strings.NewReader(page), &stdout, &stderr)
	if err != nil || !ok {
		t.Fatalf("run: ok=%v err=%v stderr=%s", ok, err, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "{\n  \"") {
		t.Errorf("single record is not indented JSON: %.40q", stdout.String())
	}
	var r outRecord
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Source != "" {
		t.Errorf("single-record output has source %q", r.Source)
	}
	if r.URL != "https://example.com/news/dam" || r.Headline != "Dam opens" {
		t.Errorf("url %q headline %q", r.URL, r.Headline)
	}
}

func TestForceText(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if _, err := run(config{workers: 1, text: true}, nil, strings.NewReader(page), &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var r outRecord
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Headline, "<html") {
		t.Errorf("-text did not parse the page as text: headline %q", r.Headline)
	}
}
