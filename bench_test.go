package newsparse_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
)

// benchPages returns the HTML pages of testdata, decompressed.
func benchPages(b *testing.B) [][]byte {
	var pages [][]byte
	files, _ := filepath.Glob("testdata/*.html*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				b.Fatal(err)
			}
		}
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		b.Fatal("no pages in testdata")
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

// BenchmarkParse times the whole default parse of every testdata page;
// one op is one pass over all pages.
func BenchmarkParse(b *testing.B) {
	pages := benchPages(b)
	p := newsparse.NewParser()
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, pg := range pages {
			if _, err := p.ParseContext(context.Background(), bytes.NewReader(pg), article.FormatHTML); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}

// BenchmarkHTMLParse is the floor: html.Parse alone over the same pages.
func BenchmarkHTMLParse(b *testing.B) {
	pages := benchPages(b)
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, pg := range pages {
			if _, err := html.Parse(bytes.NewReader(pg)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
