package extract_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
	"github.com/newsparse/newsparse/internal/golden"
)

// TestReadFactsGolden runs the txtar cases of testdata/facts: each input
// is one text, each expected file the facts ReadFacts gives it.
func TestReadFactsGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/facts/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			golden.CheckCases(t, f, func(t *testing.T, input string) any {
				facts := extract.ReadFacts(input)
				for _, x := range facts {
					if x.Span.Of(input) != x.Text {
						t.Errorf("fact %q: span %v covers %q", x.Text, x.Span, x.Span.Of(input))
					}
				}
				return facts
			})
		})
	}
}

// TestReadFactsLongText checks that a text read in chunks gives the facts
// of its sentences read one by one, at the right offsets.
func TestReadFactsLongText(t *testing.T) {
	sentences := []string{
		"At least 72 people were killed and 150 wounded in 2024.",
		"The $1.2 billion deal covers between 20 and 30 km of road.",
		"Nearly three hours of talks ended two days before the vote.",
		"Inflation rose to 3.7%, the highest in 22 years.",
	}
	var b strings.Builder
	var want []article.Fact
	for i := 0; b.Len() < 50<<10; i++ {
		s := sentences[i%len(sentences)]
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		off := b.Len()
		b.WriteString(s)
		for _, f := range extract.ReadFacts(s) {
			f.Span = article.Span{f.Span[0] + off, f.Span[1] + off}
			want = append(want, f)
		}
	}
	got := extract.ReadFacts(b.String())
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("facts of the long text differ from those of its sentences (-want +got):\n%s", d)
	}
}
