package entity_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// BenchmarkAnalyzePages measures Analyze on the texts of the benchmark's
// news pages (shared/data/article-extraction-benchmark/html, looked for
// above the current directory or in NEWSPARSE_PAGES), as the pipeline
// calls it. It skips when the pages are not there.
func BenchmarkAnalyzePages(b *testing.B) {
	dir := os.Getenv("NEWSPARSE_PAGES")
	if dir == "" {
		dir = findUp(filepath.Join("shared", "data", "article-extraction-benchmark", "html"))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) == 0 {
		b.Skip("no pages in", dir)
	}
	var docs []*article.Doc
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var p article.Parser
		d, err := p.ReadDoc(context.Background(), bytes.NewReader(raw), article.FormatHTML)
		if err != nil {
			continue
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	entity.Analyze(docs[0].Text, docs[0].Sentences, docs[0].Headline) // load the gazetteers
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			entity.Analyze(d.Text, d.Sentences, d.Headline)
		}
	}
}

// findUp returns rel under the nearest of the current directory and its
// parents that has it, or "".
func findUp(rel string) string {
	d, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(d, rel)); err == nil {
			return filepath.Join(d, rel)
		}
		p := filepath.Dir(d)
		if p == d {
			return ""
		}
		d = p
	}
}
