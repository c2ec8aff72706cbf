package article_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// A Parser runs exactly the extractors it is given; here, one that counts
// the body's sentences into a diagnostic.
func ExampleParser() {
	countSentences := func(d *article.Doc, a *article.Article) error {
		a.Diagnostics = append(a.Diagnostics, article.Diagnostic{
			Source:  "example",
			Message: fmt.Sprintf("%d blocks, %d sentences", len(d.Blocks), len(d.Sentences)),
		})
		return nil
	}
	p := article.Parser{Extractors: []article.Extractor{countSentences}}
	a, err := p.ParseText(strings.NewReader("Headline\n\nDr. Lee spoke. The U.S. team left.\nA second paragraph.\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Diagnostics[0].Message)
	// Output:
	// 2 blocks, 3 sentences
}
