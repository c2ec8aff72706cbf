package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHoverSearch is how many nodes of a hover card are looked at for the
// link it repeats.
const maxHoverSearch = 256

// isHoverCard reports whether the inline element n, with index i, is a
// hover card: the preview that pops up over a link in the text (a
// person's full name, a bio, their latest stories), placed in the markup
// right after the link it belongs to. It is almost all links, two or more, and repeats the
// link's target.
// Its text would otherwise run into the sentence ("Gov. Jane DoeJane Ann
// DoeGovernor of ... MORE").
func (a *analysis) isHoverCard(n *html.Node, i int32) bool {
	if n.DataAtom == atom.A || isBlockElement(n) || i < 0 {
		return false
	}
	s := &a.stats[i]
	if s.link == 0 || s.link*10 < s.text*9 {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && visibleBytes(prev.Data) == 0 {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || prev.DataAtom != atom.A {
		return false
	}
	href := attr(prev, "href")
	if href == "" {
		return false
	}
	budget := maxHoverSearch
	var links int
	var repeated bool
	var walk func(p *html.Node)
	walk = func(p *html.Node) {
		for c := p.FirstChild; c != nil && budget > 0; c = c.NextSibling {
			budget--
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				links++
				repeated = repeated || attr(c, "href") == href
				continue
			}
			walk(c)
		}
	}
	walk(n)
	// A single link to the same place is the rest of a link split by
	// markup ("<a>runner-up</a><b><a>Jane Doe</a></b>"), not a card.
	return repeated && links >= 2
}
