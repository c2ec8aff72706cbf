package extract

import (
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// Entities sets a.Entities to the people, organisations, places and other
// named things of the body text, in order of first mention, each with its
// mentions, aliases and roles (see package entity).
//
// The headline is not part of the text, so its mentions are not listed:
// spans point into the text only. It is still read as evidence, and an
// entity named only in the headline is left out.
func Entities(d *article.Doc, a *article.Article) error {
	r := entity.Analyze(d.Text, d.Sentences, d.Headline)
	a.Entities = r.Entities
	return nil
}
