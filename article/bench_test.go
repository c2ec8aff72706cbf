package article

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// benchPages reads the real pages under testdata/pages.
func benchPages(b *testing.B) [][]byte {
	b.Helper()
	files, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(files) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	var pages [][]byte
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func totalBytes(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkReadDoc reads every page into a Doc: charset, DOM parse,
// content choice, flattening, sentences. Compare with BenchmarkHTMLParse.
func BenchmarkReadDoc(b *testing.B) {
	pages := benchPages(b)
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	var p Parser
	for b.Loop() {
		for _, page := range pages {
			if _, err := p.ReadDoc(context.Background(), bytes.NewReader(page), FormatHTML); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkHTMLParse is html.Parse alone on the same pages, the floor
// that BenchmarkReadDoc is measured against.
func BenchmarkHTMLParse(b *testing.B) {
	pages := benchPages(b)
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, page := range pages {
			if _, err := html.Parse(bytes.NewReader(page)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDocFromTree is ReadDoc without reading, decoding and html.Parse:
// the library's own work on a page, from the parsed tree to the Doc.
func BenchmarkDocFromTree(b *testing.B) {
	pages := benchPages(b)
	roots := make([]*html.Node, len(pages))
	for i, page := range pages {
		root, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			b.Fatal(err)
		}
		roots[i] = root
	}
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, root := range roots {
			docFromTree(root)
		}
	}
}
