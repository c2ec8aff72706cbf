package newsparse_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/internal/golden"
	"github.com/newsparse/newsparse/internal/invariant"
)

// goldenCase is one input of testdata with its golden record.
type goldenCase struct {
	name, input, golden string
	format              article.Format
}

// goldenCases lists testdata's inputs: <case>.txt is plain text;
// <case>.html and <case>.html.gz are pages. Each has <case>.json beside it.
func goldenCases(t testing.TB) []goldenCase {
	var out []goldenCase
	files, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		base := filepath.Base(f)
		var name string
		var format article.Format
		switch {
		case strings.HasSuffix(base, ".txt"):
			name, format = strings.TrimSuffix(base, ".txt"), article.FormatText
		case strings.HasSuffix(base, ".html"):
			name, format = strings.TrimSuffix(base, ".html"), article.FormatHTML
		case strings.HasSuffix(base, ".html.gz"):
			name, format = strings.TrimSuffix(base, ".html.gz"), article.FormatHTML
		default:
			continue
		}
		out = append(out, goldenCase{name, f, filepath.Join("testdata", name+".json"), format})
	}
	if len(out) == 0 {
		t.Fatal("no golden cases in testdata")
	}
	return out
}

// readDoc reads a case's input into a Doc with the default parser.
func readDoc(t testing.TB, c goldenCase) (*article.Parser, *article.Doc) {
	t.Helper()
	b, err := os.ReadFile(c.input)
	if err != nil {
		t.Fatal(err)
	}
	p := newsparse.NewParser()
	d, err := p.ReadDoc(context.Background(), bytes.NewReader(b), c.format)
	if err != nil {
		t.Fatal(err)
	}
	return p, d
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			p, d := readDoc(t, c)
			before := snapshot(d)
			a := &article.Article{}
			if err := p.Run(context.Background(), d, a); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, snapshot(d)); diff != "" {
				t.Errorf("extractors changed the Doc (-before +after):\n%s", diff)
			}
			for _, err := range invariant.Check(a) {
				t.Error(err)
			}
			_, d2 := readDoc(t, c)
			a2 := &article.Article{}
			if err := p.Run(context.Background(), d2, a2); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a, a2); diff != "" {
				t.Errorf("two parses differ (-first +second):\n%s", diff)
			}
			golden.CheckJSON(t, c.golden, a)
		})
	}
}

// docSnapshot is what extractors must leave unchanged in a Doc.
type docSnapshot struct {
	Text      string
	Blocks    []article.Block
	Sentences []article.Span
	Headline  string
	TagLines  []string
	Meta      []article.Meta
	Links     []article.Link
	DOM       string
}

func snapshot(d *article.Doc) docSnapshot {
	s := docSnapshot{Text: d.Text, Blocks: append([]article.Block(nil), d.Blocks...),
		Sentences: append([]article.Span(nil), d.Sentences...), Headline: d.Headline,
		TagLines: append([]string(nil), d.TagLines...), Meta: append([]article.Meta(nil), d.Meta...),
		Links: append([]article.Link(nil), d.Links...)}
	if d.HTML != nil {
		var b strings.Builder
		if err := html.Render(&b, d.HTML); err == nil {
			s.DOM = b.String()
		}
	}
	return s
}
