package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"golang.org/x/tools/txtar"
)

// FuzzDefault runs the default extractors on arbitrary pages: no input
// may panic them, and the record's text must be the Doc's.
func FuzzDefault(f *testing.F) {
	files, _ := filepath.Glob("testdata/metadata/*.txtar")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			for _, in := range txtar.Parse(b).Files {
				if strings.HasSuffix(in.Name, ".in") {
					f.Add(string(in.Data))
				}
			}
		}
	}
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":["Person"],"@id":"x","name":["A","B"]},{"@type":"NewsArticle","author":[{"@id":"x"},"By C and D",7],"datePublished":["2020-01-01"],"hasPart":[1,{"isAccessibleForFree":"false"}]}]}</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		p := article.Parser{Extractors: Default()}
		a, err := p.ParseHTML(strings.NewReader(page))
		if err != nil {
			return
		}
		for _, name := range a.Authors {
			if name == "" {
				t.Fatalf("empty author in %q", a.Authors)
			}
		}
	})
}
