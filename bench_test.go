package newsparse_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
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

// BenchmarkParseScaling parses pages of growing size, built by repeating
// the paragraphs of a real article, to show that cost grows linearly.
func BenchmarkParseScaling(b *testing.B) {
	body, err := os.ReadFile("testdata/witkoff-moscow.txt")
	if err != nil {
		b.Fatal(err)
	}
	var paras strings.Builder
	for _, l := range strings.Split(string(body), "\n")[1:] {
		paras.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	unit := paras.String()
	p := newsparse.NewParser()
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20, 10 << 20} {
		var page strings.Builder
		page.WriteString("<html><head><title>Scaling</title></head><body><article><h1>Scaling</h1>")
		for page.Len() < size {
			page.WriteString(unit)
		}
		page.WriteString("</article></body></html>")
		data := []byte(page.String())
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.ParseContext(context.Background(), bytes.NewReader(data), article.FormatHTML); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
