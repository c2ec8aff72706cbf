package extract_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
	"github.com/newsparse/newsparse/internal/golden"
)

// tagFields is the part of a record that extract.Hashtags fills.
type tagFields struct {
	Hashtags []article.Tag `json:"hashtags,omitempty"`
	Mentions []article.Tag `json:"mentions,omitempty"`
	Cashtags []article.Tag `json:"cashtags,omitempty"`
}

// TestHashtags runs the cases of testdata/hashtags: articles (plain text,
// or HTML when they start with "<") and the tags Hashtags finds in them.
// Every tag with a span must cover its sign and name in the text, in
// order.
func TestHashtags(t *testing.T) {
	files, err := filepath.Glob("testdata/hashtags/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			golden.CheckCases(t, f, func(t *testing.T, in string) any {
				p := article.Parser{Extractors: []article.Extractor{extract.Hashtags}}
				a, err := p.Parse(strings.NewReader(in))
				if err != nil {
					t.Fatal(err)
				}
				for _, list := range [][]article.Tag{a.Hashtags, a.Mentions, a.Cashtags} {
					checkPlaced(t, a.Text, list)
				}
				return tagFields{a.Hashtags, a.Mentions, a.Cashtags}
			})
		})
	}
}

// checkPlaced checks that the tags with a span come first, in text order,
// and that each span covers a sign and the tag.
func checkPlaced(t *testing.T, text string, tags []article.Tag) {
	t.Helper()
	prev, unplaced := -1, false
	for _, g := range tags {
		if g.Span == (article.Span{}) {
			unplaced = true
			continue
		}
		covered := g.Span.Of(text)
		sign, ok := strings.CutSuffix(covered, g.Tag)
		if !ok || !(sign == "#" || sign == "＃" || sign == "@" || sign == "＠" || sign == "$") {
			t.Errorf("tag %q: span %v covers %q", g.Tag, g.Span, covered)
		}
		if unplaced || g.Span[0] < prev {
			t.Errorf("tag %q at %v is out of order", g.Tag, g.Span)
		}
		prev = g.Span[0]
	}
}
