package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileInputs writes the inputs that must never crash, hang or exhaust
// memory into dir and returns their paths with whether each must fail.
func hostileInputs(t *testing.T, dir string) map[string]bool {
	t.Helper()
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 2<<20)
	rng.Read(random)
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 300 {
		zw.Write(zeros)
	}
	zw.Close()
	invalid := []byte("<p>caf\xe9 \xff\xfe na\xc3\xafve \xed\xa0\x80 text</p>")
	files := map[string][]byte{
		"empty.html":          {},
		"random.bin":          random,
		"nested-divs.html":    []byte(strings.Repeat("<div>", 200000) + "deep text"),
		"huge-attribute.html": []byte(`<html><body><p title="` + strings.Repeat("x", 20<<20) + `">Text after a huge attribute.</p></body></html>`),
		"no-spaces.txt":       bytes.Repeat([]byte("a"), 5<<20),
		"invalid-utf8.html":   invalid,
		"gzip-bomb.html.gz":   bomb.Bytes(),
		"big-script.html":     []byte("<html><body><script>" + strings.Repeat("var a=1;", 10<<20/8) + "</script><p>After the script.</p></body></html>"),
		"jsonld-brackets.html": []byte(`<html><head><script type="application/ld+json">` + strings.Repeat("[", 100000) +
			`</script></head><body><p>Body.</p></body></html>`),
		"unknown-charset.html": []byte(`<html><head><meta charset="x-no-such-charset"></head><body><p>Caf\xe9 text.</p></body></html>`),
		"heading-lines.txt":    []byte(strings.Repeat("A Heading Like Line\n", 500000)),
	}
	out := map[string]bool{}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out[p] = name == "gzip-bomb.html.gz"
	}
	return out
}

// TestHostileInputs runs newsjson -jsonl over inputs built to break a
// parser and checks that each yields exactly one record, an error record
// only where an error is right (the gzip bomb exceeds the size limit), and
// that the command reports the failure in its exit status.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds about 60 MB of inputs")
	}
	dir := t.TempDir()
	inputs := hostileInputs(t, dir)
	var stdout, stderr bytes.Buffer
	ok, err := run(config{jsonl: true, workers: 2}, []string{dir}, strings.NewReader(""), &stdout, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if ok {
		t.Error("run reported success although the gzip bomb must fail")
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r struct {
			Source string `json:"source"`
			Error  string `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		mustFail, known := inputs[r.Source]
		if !known {
			t.Errorf("record for unknown source %q", r.Source)
			continue
		}
		if seen[r.Source] {
			t.Errorf("two records for %s", r.Source)
		}
		seen[r.Source] = true
		if mustFail != (r.Error != "") {
			t.Errorf("%s: error = %q, want failure %v", filepath.Base(r.Source), r.Error, mustFail)
		}
	}
	if len(seen) != len(inputs) {
		t.Errorf("%d records for %d inputs", len(seen), len(inputs))
	}
	if !strings.Contains(stderr.String(), "gzip-bomb") {
		t.Errorf("stderr does not name the failed input: %q", stderr.String())
	}
}
