package extract_test

import (
	"path/filepath"
	"testing"

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
