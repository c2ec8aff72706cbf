package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse"
)

// TestStreamMatchesLibrary holds -stream to the library: for real pages
// and the sample text, each output line, without its "source", is the
// JSON of the record newsparse's default parser gives for the same input
// and URL.
func TestStreamMatchesLibrary(t *testing.T) {
	inputs := []struct {
		file, url, field string
	}{
		{"../../testdata/cnbc-emirates.html", "https://www.cnbc.com/2023/11/14/emirates.html", "html"},
		{"../../testdata/techcrunch-wework.html", "https://techcrunch.com/wework", "html"},
		{"../../testdata/ja-kindle-shortcut.html", "", "html"},
		{"../../testdata/witkoff-moscow.txt", "https://example.com/witkoff", "text"},
	}
	var in strings.Builder
	var want []map[string]any
	for _, c := range inputs {
		data, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data) // JSON strings carry UTF-8 pages only
		line, err := json.Marshal(map[string]string{"url": c.url, c.field: s})
		if err != nil {
			t.Fatal(err)
		}
		in.Write(line)
		in.WriteByte('\n')

		p := newsparse.NewParser()
		p.URL = c.url
		var a any
		if c.field == "html" {
			a, err = p.ParseHTML(strings.NewReader(s))
		} else {
			a, err = p.ParseText(strings.NewReader(s))
		}
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		want = append(want, roundTrip(t, a))
	}
	var out, stderr bytes.Buffer
	ok, err := stream(config{workers: 2, maxBytes: 32 << 20}, strings.NewReader(in.String()), &out, &stderr)
	if err != nil || !ok {
		t.Fatalf("stream: ok %v, err %v, stderr %s", ok, err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(inputs) {
		t.Fatalf("%d output lines for %d inputs", len(lines), len(inputs))
	}
	for i, l := range lines {
		var got map[string]any
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatal(err)
		}
		if got["source"] != inputs[i].url && inputs[i].url != "" {
			t.Errorf("%s: source %v, want %q", inputs[i].file, got["source"], inputs[i].url)
		}
		delete(got, "source")
		if len(got) < 5 {
			t.Errorf("%s: a nearly empty record: %v", inputs[i].file, got)
		}
		if d := cmp.Diff(want[i], got); d != "" {
			t.Errorf("%s: stream record differs from the library's (-library +stream):\n%s", inputs[i].file, d)
		}
	}
}

// roundTrip returns v as the generic JSON value it marshals to.
func roundTrip(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}
