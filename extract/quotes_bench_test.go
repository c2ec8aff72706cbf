package extract

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
)

// benchDocs reads the repository's testdata pages and texts into Docs
// once, and returns them with their total input size.
func benchDocs(b *testing.B) ([]*article.Doc, int64) {
	files, _ := filepath.Glob("../testdata/*")
	var docs []*article.Doc
	var n int64
	var p article.Parser
	for _, f := range files {
		format := article.FormatHTML
		switch {
		case strings.HasSuffix(f, ".txt"):
			format = article.FormatText
		case strings.HasSuffix(f, ".html"):
		default:
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := p.ReadDoc(context.Background(), bytes.NewReader(data), format)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(data))
	}
	if len(docs) == 0 {
		b.Fatal("no testdata pages")
	}
	return docs, n
}

// BenchmarkQuotes times the Quotes extractor alone on the testdata pages
// (read into Docs beforehand); bytes are the pages' input bytes, as in
// the root BenchmarkParse, so the two compare directly.
func BenchmarkQuotes(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a := &article.Article{Text: d.Text}
			if err := Quotes(d, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/page")
}

// BenchmarkQuotesHostile times inputs built to defeat linear time: one
// endless sentence of quotations and cues, marks only, and cue words
// only, at two sizes. ns/op should grow tenfold, no more.
func BenchmarkQuotesHostile(b *testing.B) {
	units := map[string]string{
		"quotes-and-cues": "the official said the “plan” was called “a disaster” according to him, and ",
		"marks":           "“‘«„\"'”’»“ ",
		"cues":            "said told added noting according to says warned claimed, ",
	}
	for _, name := range []string{"quotes-and-cues", "marks", "cues"} {
		for _, reps := range []int{1000, 10000} {
			body := strings.Repeat(units[name], reps)
			d := readBody(b, body)
			b.Run(fmt.Sprintf("%s/%d", name, reps), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				for b.Loop() {
					a := &article.Article{Text: d.Text}
					if err := Quotes(d, a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
