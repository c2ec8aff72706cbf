package extract_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

// Quotes finds quotations, their speakers and cues, and reported speech.
func ExampleQuotes() {
	text := "Headline\n\n" +
		"“Dialogue will prevail,” said Kirill Dmitriev, a Russian envoy. " +
		"Critics called the plan “naive.” The ministry said the talks would resume on Monday.\n"
	p := article.Parser{Extractors: []article.Extractor{extract.Quotes}}
	a, err := p.ParseText(strings.NewReader(text))
	if err != nil {
		panic(err)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s %q by %s (%s; %s)\n", q.Kind, q.Text, q.Speaker.Name, q.Speaker.Role, q.Cue)
	}
	// Output:
	// direct "Dialogue will prevail" by Kirill Dmitriev (a Russian envoy; said)
	// partial "naive" by Critics (; called)
	// indirect "the talks would resume on Monday" by The ministry (; said)
}

// A QuoteRules value configures the extractor: here a cue of a caller's
// own, and a pronoun resolver that stands in for an entity package.
func ExampleQuoteRules() {
	rules := extract.QuoteRules{
		Cues: append(extract.DefaultCues(), extract.Cue{Forms: []string{"quipped", "quips"}}),
		Pronoun: func(a *article.Article, at article.Span) string {
			return "person:anna-kowalski"
		},
	}
	entities := func(_ *article.Doc, a *article.Article) error {
		i := strings.Index(a.Text, "Anna Kowalski")
		a.Entities = []article.Entity{{ID: "person:anna-kowalski", Name: "Anna Kowalski", Kind: article.EntityPerson,
			Mentions: []article.Span{{i, i + len("Anna Kowalski")}}}}
		return nil
	}
	p := article.Parser{Extractors: []article.Extractor{entities, rules.Extract}}
	a, err := p.ParseText(strings.NewReader("Headline\n\nAnna Kowalski opened the bridge. “It will not fall,” she quipped.\n"))
	if err != nil {
		panic(err)
	}
	q := a.Quotes[0]
	fmt.Println(q.Text, "|", q.Cue, "|", q.Speaker.Name, "=", q.Speaker.Entity)
	// Output:
	// It will not fall | quipped | she = person:anna-kowalski
}
