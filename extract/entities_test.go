package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
	"github.com/newsparse/newsparse/extract"
)

const sample = "../entity/testdata/witkoff-moscow.txt"

// TestEntities checks that the extractor fills the record with the
// entity package's entities for the body, and runs in Default after
// Sections.
func TestEntities(t *testing.T) {
	b, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	p := article.Parser{Extractors: extract.Default()}
	a, err := p.ParseText(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.ReadDoc(context.Background(), bytes.NewReader(b), article.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	want := entity.Analyze(d.Text, d.Sentences, d.Headline).Entities
	if diff := cmp.Diff(want, a.Entities); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
	var names []string
	for _, e := range a.Entities {
		names = append(names, e.Name)
	}
	for _, n := range []string{"Vladimir Putin", "Kremlin", "Kyiv"} {
		if !slices.Contains(names, n) {
			t.Errorf("no entity %q in %q", n, names)
		}
	}
	for _, e := range a.Entities {
		for _, s := range e.Mentions {
			if !s.In(len(a.Text)) {
				t.Errorf("%s: span %v outside the text", e.ID, s)
			}
		}
	}
}

// benchPages returns the pages BenchmarkParse reads: the end-to-end
// golden inputs in ../testdata, the sample article, and the files
// matching $NEWSPARSE_BENCH_PAGES when set.
func benchPages(b *testing.B) []string {
	var files []string
	for _, g := range []string{"../testdata/*.html", "../testdata/*.txt", os.Getenv("NEWSPARSE_BENCH_PAGES")} {
		if g == "" {
			continue
		}
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	files = append(files, sample)
	return files
}

// BenchmarkParse parses every page with the default extractors, with and
// without Entities, so the cost of entities shows as the difference.
func BenchmarkParse(b *testing.B) {
	var pages [][]byte
	var size int64
	for _, f := range benchPages(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	without := slices.DeleteFunc(extract.Default(), func(x article.Extractor) bool {
		return isEntities(x)
	})
	for _, tc := range []struct {
		name string
		xs   []article.Extractor
	}{{"without-entities", without}, {"with-entities", extract.Default()}} {
		b.Run(tc.name, func(b *testing.B) {
			p := article.Parser{Extractors: tc.xs}
			for _, data := range pages {
				p.Parse(bytes.NewReader(data)) // load the gazetteers outside the timing
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range pages {
					if _, err := p.Parse(bytes.NewReader(data)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// isEntities reports whether x is extract.Entities, by the records it
// fills on a tiny text.
func isEntities(x article.Extractor) bool {
	var p article.Parser
	d, _ := p.ReadDoc(context.Background(), strings.NewReader("H\nAngela Merkel spoke in Berlin."), article.FormatText)
	a := &article.Article{}
	_ = x(d, a)
	return len(a.Entities) > 0
}
