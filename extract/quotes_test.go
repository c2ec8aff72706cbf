package extract

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/internal/golden"
	"github.com/newsparse/newsparse/internal/invariant"
)

// quoteView is the part of a quote the golden cases state.
type quoteView struct {
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Role    string `json:"role,omitempty"`
	Entity  string `json:"entity,omitempty"`
}

// quotesView is what a golden case expects of one text.
type quotesView struct {
	Quotes      []quoteView `json:"quotes"`
	Diagnostics []string    `json:"diagnostics,omitempty"`
}

// parseQuotes runs the extractors on a plain-text body (a headline line
// is added) and checks the record invariants.
func parseQuotes(t *testing.T, body string, xs ...article.Extractor) *article.Article {
	t.Helper()
	p := article.Parser{Extractors: xs}
	a, err := p.ParseContext(context.Background(), strings.NewReader("Headline\n\n"+body), article.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range invariant.Check(a) {
		t.Error(err)
	}
	return a
}

func viewQuotes(a *article.Article) quotesView {
	v := quotesView{Quotes: []quoteView{}}
	for _, q := range a.Quotes {
		qv := quoteView{Text: q.Text, Kind: q.Kind, Cue: q.Cue}
		if s := q.Speaker; s != nil {
			qv.Speaker, qv.Role, qv.Entity = s.Name, s.Role, s.Entity
		}
		v.Quotes = append(v.Quotes, qv)
	}
	for _, d := range a.Diagnostics {
		v.Diagnostics = append(v.Diagnostics, d.Span.Of(a.Text)+": "+d.Message)
	}
	return v
}

func TestQuoteCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/quotes/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			golden.CheckCases(t, f, func(t *testing.T, in string) any {
				return viewQuotes(parseQuotes(t, in, Quotes))
			})
		})
	}
}
