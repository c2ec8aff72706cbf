package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

// BenchmarkFacts times Facts alone over the Docs of the top-level testdata
// pages and the sample article, read once.
func BenchmarkFacts(b *testing.B) {
	var docs []*article.Doc
	var size int64
	var p article.Parser
	files, _ := filepath.Glob("../testdata/*.html")
	files = append(files, "testdata/witkoff-moscow.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		format := article.FormatHTML
		if strings.HasSuffix(f, ".txt") {
			format = article.FormatText
		}
		d, err := p.ReadDoc(context.Background(), bytes.NewReader(data), format)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a := &article.Article{Text: d.Text}
			if err := extract.Facts(d, a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadFacts times the reader on number-dense news prose.
func BenchmarkReadFacts(b *testing.B) {
	text := strings.Repeat("Russia fired at least 40 missiles and 60 drones overnight, killing 72 people "+
		"and wounding more than 150, officials said on Aug. 6. The $1.2 billion package, up 15% from 2024, "+
		"covers between 20 and 30 km of front line for nearly three and a half years. ", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		extract.ReadFacts(text)
	}
}
