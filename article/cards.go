package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Teaser card limits.
const (
	// minCards is the fewest cards that make a teaser list.
	minCards = 3
	// maxCardText is the most text, in bytes outside links, of one card's
	// description: a teaser line, not a story.
	maxCardText = 300
	// maxCardSearch is how many nodes of a card are looked at to find its
	// first text.
	maxCardSearch = 64
)

// isCardList reports whether element i is a list of teaser cards ("most
// popular", "more from the site"): minCards or more children alike in
// element and class to the first card, each a card, making up two thirds
// or more of its children. Such lists pass the link-share rules because
// each card's short description is plain text.
func (a *analysis) isCardList(i int32) bool {
	var kids, cards int
	var first *html.Node // the first card; the others must be alike
	for ci := a.firstChild(i); ci >= 0; ci = a.nextSibling(ci) {
		c, cs := a.nodes[ci], &a.stats[ci]
		if cs.dropped || cs.text == 0 {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			continue // the list's title
		}
		kids++
		if first != nil && (c.DataAtom != first.DataAtom || attr(c, "class") != attr(first, "class")) {
			continue
		}
		if !a.isCard(ci) {
			continue
		}
		if first == nil {
			first = c
		}
		cards++
	}
	return cards >= minCards && cards*3 >= kids*2
}

// isCard reports whether element ci is a teaser card: a title that is a
// link standing as a block of its own (so not a linked phrase in a
// sentence), coming first, and a short description outside links.
func (a *analysis) isCard(ci int32) bool {
	c, cs := a.nodes[ci], &a.stats[ci]
	if !isBlockElement(c) || cs.link == 0 || cs.blocks > 1 {
		return false
	}
	if desc := cs.text - cs.link; desc == 0 || desc > maxCardText {
		return false
	}
	// The first text of the card, whether a link holds it, and the index
	// of the nearest block around it inside the card (-1 for none).
	var linked bool
	title := int32(-1)
	budget := maxCardSearch
	var find func(n *html.Node, i, block int32, inLink bool) bool
	find = func(n *html.Node, i, block int32, inLink bool) bool {
		kids := a.children(i)
		for k := n.FirstChild; k != nil && budget > 0; k = k.NextSibling {
			budget--
			switch k.Type {
			case html.TextNode:
				if visibleBytes(k.Data) > 0 {
					linked, title = inLink, block
					return true
				}
			case html.ElementNode:
				ki := kids.index(k)
				if ki < 0 {
					continue // skipped or empty
				}
				kb := block
				if isBlockElement(k) {
					kb = ki
				}
				if find(k, ki, kb, inLink || k.DataAtom == atom.A) {
					return true
				}
			}
		}
		return false
	}
	if !find(c, ci, -1, false) || !linked || title < 0 {
		return false
	}
	// The title's block must hold nothing but links.
	ts := &a.stats[title]
	return ts.link == ts.text
}
