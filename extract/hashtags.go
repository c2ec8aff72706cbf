package extract

import "github.com/newsparse/newsparse/article"

// Hashtags sets a.Hashtags, a.Mentions and a.Cashtags from the body text
// and the tag lines of the Doc, by the rules of FindHashtags, FindMentions
// and FindCashtags (twitter-text's). Tags of the body come first, in text
// order, each with its span in Text over the sign and the name. Then come
// the tags of the lines that close many plain-text articles
// ("#UkraineWar #Putin"), which the reader keeps out of Text (Doc.TagLines):
// they have no span, since they are not in Text, and keep their order. A
// tag that occurs several times is listed each time.
func Hashtags(d *article.Doc, a *article.Article) error {
	t := scanTags(d.Text, false)
	hashtags, mentions, cashtags := t.hashtags, t.mentions, t.cashtags
	for _, l := range d.TagLines {
		lt := scanTags(l, false)
		hashtags = appendUnplaced(hashtags, lt.hashtags)
		mentions = appendUnplaced(mentions, lt.mentions)
		cashtags = appendUnplaced(cashtags, lt.cashtags)
	}
	a.Hashtags, a.Mentions, a.Cashtags = hashtags, mentions, cashtags
	return nil
}

// appendUnplaced appends the tags of from to to without their spans.
func appendUnplaced(to, from []article.Tag) []article.Tag {
	for _, t := range from {
		to = append(to, article.Tag{Tag: t.Tag})
	}
	return to
}
