package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsparse/newsparse/article"
	"golang.org/x/net/html"
)

// benchPages reads the real pages that the article package benchmarks on.
func benchPages(b *testing.B) ([][]byte, int64) {
	b.Helper()
	files, err := filepath.Glob("../article/testdata/pages/*.html")
	if err != nil || len(files) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	var pages [][]byte
	var n int64
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		n += int64(len(p))
	}
	return pages, n
}

// BenchmarkParse is the whole parse with Default() on real pages: read,
// content choice, flattening and every default extractor. Compare with
// BenchmarkParseHTMLOnly, html.Parse alone on the same pages.
func BenchmarkParse(b *testing.B) {
	pages, n := benchPages(b)
	b.SetBytes(n)
	b.ReportAllocs()
	p := article.Parser{Extractors: Default()}
	for b.Loop() {
		for _, page := range pages {
			if _, err := p.ParseHTML(bytes.NewReader(page)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseHTMLOnly is html.Parse alone on the pages of
// BenchmarkParse.
func BenchmarkParseHTMLOnly(b *testing.B) {
	pages, n := benchPages(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, page := range pages {
			if _, err := html.Parse(bytes.NewReader(page)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
