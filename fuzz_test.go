package newsparse_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/internal/invariant"
)

// addSeeds adds every testdata input with one of the suffixes (see
// addWindows), and the extra seeds, to the fuzz corpus.
func addSeeds(f *testing.F, suffixes []string, extra ...string) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		for _, s := range suffixes {
			if strings.HasSuffix(p, s) {
				b, err := os.ReadFile(p)
				if err != nil {
					f.Fatal(err)
				}
				addWindows(f, b)
			}
		}
	}
	for _, e := range extra {
		f.Add([]byte(e))
	}
}

// maxSeed is the largest seed given to the fuzzer whole: mutating
// megabyte pages runs a few executions a minute, so larger pages give
// their head and a window of their middle instead.
const maxSeed = 24 << 10

// addWindows adds b, or its first and its middle maxSeed bytes when it is
// larger, to the corpus.
func addWindows(f *testing.F, b []byte) {
	if len(b) <= maxSeed {
		f.Add(b)
		return
	}
	f.Add(b[:maxSeed])
	mid := len(b)/2 - maxSeed/2
	f.Add(b[mid : mid+maxSeed])
}

func fuzzParse(t *testing.T, data []byte, html bool) {
	p := newsparse.NewParser()
	p.MaxBytes = 4 << 20
	parse := p.ParseText
	if html {
		parse = p.ParseHTML
	}
	a, err := parse(bytes.NewReader(data))
	if err != nil {
		return // errors are allowed (size limit, bad gzip); panics and broken records are not
	}
	for _, e := range invariant.Check(a) {
		t.Error(e)
	}
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, []string{".html"},
		`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"name":"A B"}]}]}</script></head><body><article><h1>H</h1><p>Text “quoted,” he said.</p></article></body></html>`,
		`<p>one<br><br>two<table><tr><td>a<td>b</table><blockquote><p>q</blockquote>`,
		"<meta charset=shift_jis><p>\x82\xa0</p>")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, true) })
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, []string{".txt"},
		"Headline\n\n## Sub\n\nHard wrapped\nparagraph here.\n\n- item\n> quote\n#tag #line\n",
		"\ufeffH\r\nA Heading\r\nBody. Mr. X said U.S. \u201cok.\u201d\n")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, false) })
}
