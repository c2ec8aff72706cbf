package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

// TestFactsSampleArticle checks the facts of the sample article: the
// durations and the count the issue names, and no fact from the
// hashtags, "One Russian official" or "one of Putin's top aides".
func TestFactsSampleArticle(t *testing.T) {
	f, err := os.Open("testdata/witkoff-moscow.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := article.Parser{Extractors: []article.Extractor{extract.Facts}}
	a, err := p.ParseText(f)
	if err != nil {
		t.Fatal(err)
	}
	type fact struct {
		Text, Kind string
		Value      float64
		Unit       string
		Bound      string
		Counted    string
	}
	var got []fact
	for _, x := range a.Facts {
		if x.Span.Of(a.Text) != x.Text {
			t.Errorf("fact %q: span %v covers %q", x.Text, x.Span, x.Span.Of(a.Text))
		}
		if x.Max != nil {
			t.Errorf("fact %q is a range", x.Text)
		}
		got = append(got, fact{x.Text, x.Kind, x.Value, x.Unit, x.Bound, x.Counted})
	}
	want := []fact{
		{"nearly three hours", article.FactDuration, 3, "hour", article.BoundApprox, ""},
		{"two days", article.FactDuration, 2, "day", article.BoundExact, ""},
		{"over three and a half years", article.FactDuration, 3.5, "year", article.BoundMoreThan, ""},
		{"at least 72 people", article.FactCount, 72, "", article.BoundAtLeast, "person"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("facts (-want +got):\n%s", d)
	}
	for _, trap := range []string{"One Russian official", "one of Putin’s top aides"} {
		i := strings.Index(a.Text, trap)
		if i < 0 {
			t.Fatalf("%q is not in the text", trap)
		}
		for _, x := range a.Facts {
			if x.Span[0] < i+len(trap) && i < x.Span[1] {
				t.Errorf("fact %q read from %q", x.Text, trap)
			}
		}
	}
	// The hashtag line is kept out of the body; read on its own it gives no fact either.
	if facts := extract.ReadFacts("#UkraineWar #Putin #Trump2025 #PeaceTalks #Sanctions"); len(facts) != 0 {
		t.Errorf("hashtags give facts: %v", facts)
	}
}

// TestFactsBlocks checks that facts are read block by block: spans are
// offsets into the whole text and no range joins two blocks.
func TestFactsBlocks(t *testing.T) {
	p := article.Parser{Extractors: []article.Extractor{extract.Facts}}
	a, err := p.ParseText(strings.NewReader("Headline\n\nThe firm hired 20\n\nto 30 staff members and paid $5 million.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []article.Fact{
		{Text: "20", Kind: article.FactNumber, Value: 20, Bound: article.BoundExact},
		{Text: "30 staff members", Kind: article.FactCount, Value: 30, Bound: article.BoundExact, Counted: "member"},
		{Text: "$5 million", Kind: article.FactMoney, Value: 5e6, Unit: "USD", Bound: article.BoundExact},
	}
	for i := range want {
		if i < len(a.Facts) {
			want[i].Span = a.Facts[i].Span
		}
	}
	if d := cmp.Diff(want, a.Facts); d != "" {
		t.Errorf("facts (-want +got):\n%s", d)
	}
	for _, x := range a.Facts {
		if x.Span.Of(a.Text) != x.Text {
			t.Errorf("fact %q: span %v covers %q", x.Text, x.Span, x.Span.Of(a.Text))
		}
	}
}
