package extract

import "github.com/newsparse/newsparse/article"

// Facts sets a.Facts to the numeric facts of the body, in order of their
// start: every number with what it counts or measures, its unit and its
// bound ("at least 72 people", "nearly three hours", "$1.2 billion",
// "between 20 and 30 km"). It reads each block on its own, so no fact
// crosses a block boundary, and leaves out preformatted blocks, which
// hold code rather than prose. Calendar dates, clock times, codes,
// hashtags, URLs and "one" used as a pronoun give no fact.
func Facts(d *article.Doc, a *article.Article) error {
	var out []article.Fact
	var r factReader
	for _, b := range d.Blocks {
		if b.Kind != article.BlockPre {
			r.longest = max(r.longest, b.Span.Len())
		}
	}
	for _, b := range d.Blocks {
		if b.Kind == article.BlockPre {
			continue
		}
		text := d.BlockText(b)
		for _, rd := range r.read(text) {
			f := rd.fact
			f.Span = article.Span{f.Span[0] + b.Span[0], f.Span[1] + b.Span[0]}
			out = append(out, f)
		}
	}
	a.Facts = out
	return nil
}
