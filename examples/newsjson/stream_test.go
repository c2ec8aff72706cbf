package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStream(t *testing.T) {
	pageJSON, _ := json.Marshal(page)
	textJSON, _ := json.Marshal(text)
	in := strings.Join([]string{
		`{"url": "https://example.com/a", "html": ` + string(pageJSON) + `}`,
		`{"url": "https://example.com/b", "text": ` + string(textJSON) + `}`,
		``,
		`not json`,
		`{"url": "https://example.com/d"}`,
		`{"url": "https://example.com/e", "html": "<p>` + strings.Repeat("x", 3000) + `</p>"}`,
		`{"url": "https://example.com/f", "text": "Last\n\nOne more."}`,
	}, "\n")
	var out, stderr bytes.Buffer
	ok, err := stream(config{workers: 3, maxBytes: 1000}, strings.NewReader(in), &out, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if ok {
		t.Error("stream reported success although three lines are bad")
	}
	type rec struct {
		Source   string `json:"source"`
		Error    bool   `json:"-"`
		Err      string `json:"error"`
		Headline string `json:"headline"`
	}
	var got []rec
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		r.Error, r.Err = r.Err != "", ""
		got = append(got, r)
	}
	want := []rec{
		{Source: "https://example.com/a", Headline: "Dam opens"},
		{Source: "https://example.com/b", Headline: "Dam opens"},
		{Error: true},
		{Source: "https://example.com/d", Error: true},
		{Source: "https://example.com/e", Error: true}, // over the size limit
		{Source: "https://example.com/f", Headline: "Last"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("records (-want +got):\n%s", d)
	}
	if !strings.Contains(stderr.String(), "line 3") {
		t.Errorf("stderr does not name the bad line: %q", stderr.String())
	}
}

func TestStreamLongLine(t *testing.T) {
	in := `{"url": "u1", "text": "` + strings.Repeat("y", 100000) + "\"}\n" + `{"url": "u2", "text": "H\n\nBody."}` + "\n"
	var out, stderr bytes.Buffer
	if _, err := stream(config{workers: 1, maxBytes: 100}, strings.NewReader(in), &out, &stderr); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "longer than") || !strings.Contains(lines[1], `"source":"u2"`) {
		t.Errorf("output:\n%s", out.String())
	}
}
