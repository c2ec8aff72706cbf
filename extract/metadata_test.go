package extract

import (
	"regexp"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/internal/golden"
)

// urlComment lets a case give the page's address: <!-- url: ... -->.
var urlComment = regexp.MustCompile(`^<!-- url: (\S+) -->`)

// runPage parses a case's page with the metadata extractors.
func runPage(t *testing.T, input string) *article.Article {
	t.Helper()
	p := article.Parser{Extractors: []article.Extractor{Metadata, Headline, Authors, Dates}}
	if m := urlComment.FindStringSubmatch(input); m != nil {
		p.URL = m[1]
	}
	a, err := p.ParseHTML(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestHeadlineCases(t *testing.T) {
	golden.CheckCases(t, "testdata/metadata/headline.txtar", func(t *testing.T, in string) any {
		return struct {
			Headline string `json:"headline"`
		}{runPage(t, in).Headline}
	})
}

func TestAuthorsCases(t *testing.T) {
	golden.CheckCases(t, "testdata/metadata/authors.txtar", func(t *testing.T, in string) any {
		return struct {
			Authors []string `json:"authors"`
		}{runPage(t, in).Authors}
	})
}

func TestDatesCases(t *testing.T) {
	golden.CheckCases(t, "testdata/metadata/dates.txtar", func(t *testing.T, in string) any {
		a := runPage(t, in)
		return struct {
			Published string `json:"published"`
			Modified  string `json:"modified"`
		}{a.Published, a.Modified}
	})
}

func TestPageCases(t *testing.T) {
	golden.CheckCases(t, "testdata/metadata/page.txtar", func(t *testing.T, in string) any {
		a := runPage(t, in)
		return struct {
			URL         string   `json:"url"`
			Description string   `json:"description"`
			Site        string   `json:"site"`
			Language    string   `json:"language"`
			Image       string   `json:"image"`
			Section     string   `json:"section"`
			Tags        []string `json:"tags"`
			Paywalled   bool     `json:"paywalled"`
		}{a.URL, a.Description, a.Site, a.Language, a.Image, a.Section, a.Tags, a.Paywalled}
	})
}
