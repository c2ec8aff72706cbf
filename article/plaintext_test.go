package article_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/internal/golden"
)

// docView is the part of a Doc that the plain-text reader decides.
type docView struct {
	Headline  string   `json:"headline"`
	Blocks    []string `json:"blocks"`
	Sentences []string `json:"sentences,omitempty"`
	TagLines  []string `json:"tag_lines,omitempty"`
}

func viewDoc(t *testing.T, d *article.Doc, withSentences bool) docView {
	v := docView{Headline: d.Headline, TagLines: d.TagLines}
	for _, b := range d.Blocks {
		label := b.Kind.String()
		if b.Kind == article.BlockHeading {
			label += string(rune('0' + b.Level))
		}
		v.Blocks = append(v.Blocks, label+": "+d.BlockText(b))
	}
	if withSentences {
		for _, s := range d.Sentences {
			v.Sentences = append(v.Sentences, s.Of(d.Text))
		}
	}
	return v
}

func TestPlainText(t *testing.T) {
	files, _ := filepath.Glob("testdata/plaintext/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			golden.CheckCases(t, f, func(t *testing.T, in string) any {
				var p article.Parser
				d, err := p.ReadDoc(context.Background(), strings.NewReader(in), article.FormatText)
				if err != nil {
					t.Fatal(err)
				}
				return viewDoc(t, d, strings.Contains(f, "sentence"))
			})
		})
	}
}
