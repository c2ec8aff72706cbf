package extract

import "github.com/newsparse/newsparse/article"

// Sections sets a.Sections from the Doc's blocks: every heading block
// starts a section and every other block is a paragraph of the current
// one. Blocks before the first heading form the lead section, which has no
// heading; it is left out when empty.
func Sections(d *article.Doc, a *article.Article) error {
	var out []article.Section
	cur := article.Section{}
	open := false
	for _, b := range d.Blocks {
		if b.Kind == article.BlockHeading {
			if open && (cur.Heading != "" || len(cur.Paragraphs) > 0) {
				out = append(out, cur)
			}
			cur = article.Section{Heading: d.BlockText(b), Level: b.Level, Span: b.Span}
			open = true
			continue
		}
		if !open {
			cur = article.Section{Span: b.Span}
			open = true
		}
		cur.Paragraphs = append(cur.Paragraphs, article.Paragraph{Text: d.BlockText(b), Span: b.Span})
		cur.Span[1] = b.Span[1]
	}
	if open {
		out = append(out, cur)
	}
	a.Sections = out
	return nil
}
