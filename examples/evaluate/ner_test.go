package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMatch checks the one-to-one head match: a prediction nerCounts once,
// must lie inside the gold mention and cover its head.
func TestMatch(t *testing.T) {
	gold := []item{
		{span: [2]int{0, 20}, head: [2]int{14, 20}, kind: "person"}, // "US President Barack"
		{span: [2]int{0, 2}, head: [2]int{0, 2}, kind: "place"},     // "US"
		{span: [2]int{30, 40}, head: [2]int{30, 34}, kind: "person"},
	}
	preds := []item{
		{span: [2]int{14, 26}, kind: "person"}, // runs past the gold mention
		{span: [2]int{14, 20}, kind: "person"},
		{span: [2]int{0, 2}, kind: "place"},
		{span: [2]int{34, 40}, kind: "person"}, // misses the head
	}
	c, fps, fns := match(only(preds, "person"), only(gold, "person"), headMatch)
	if c != (nerCounts{tp: 1, fp: 2, fn: 1}) || len(fps) != 2 || len(fns) != 1 {
		t.Errorf("person: got %+v", c)
	}
	c, _, _ = match(untyped(preds), untyped(gold), headMatch)
	if c.tp != 2 {
		t.Errorf("detection: got %+v", c)
	}
	if !exactMatch(item{span: [2]int{4, 11}}, item{span: [2]int{0, 13}, text: "the Kremlin's"}) {
		t.Error("exact match should strip \"the \" and \"'s\"")
	}
}

// TestRun scores a tiny file in the GUM layout end to end.
func TestRunNER(t *testing.T) {
	text := "Talks in Moscow\n\nVladimir Putin met envoys in Moscow."
	line := `{"doc": "d", "title": "Talks in Moscow", "text": "` + strings.ReplaceAll(text, "\n", `\n`) + `", "mentions": [` +
		`{"start": 9, "end": 15, "text": "Moscow", "head": [9, 15], "type": "LOC", "kind": "name"},` +
		`{"start": 17, "end": 31, "text": "Vladimir Putin", "head": [17, 25], "type": "PER", "kind": "name"},` +
		`{"start": 46, "end": 52, "text": "Moscow", "head": [46, 52], "type": "LOC", "kind": "name"}]}`
	path := filepath.Join(t.TempDir(), "gum.jsonl")
	if err := os.WriteFile(path, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runNER(&out, path, "", false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"person          1.000  1.000  1.000", "place           1.000  1.000  1.000"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
