package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

// BenchmarkExtractors times each default extractor alone over Docs read
// once from the HTML pages in the top-level testdata.
func BenchmarkExtractors(b *testing.B) {
	files, _ := filepath.Glob("../testdata/*.html")
	var docs []*article.Doc
	var size int64
	var p article.Parser
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := p.ReadDoc(context.Background(), bytes.NewReader(data), article.FormatHTML)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(data))
	}
	if len(docs) == 0 {
		b.Skip("no pages")
	}
	for _, x := range extract.Default() {
		name := runtime.FuncForPC(reflect.ValueOf(x).Pointer()).Name()
		name = name[strings.LastIndex(name, ".")+1:]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					a := &article.Article{Text: d.Text}
					if err := x(d, a); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
