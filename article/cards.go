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

// isCardList reports whether n is a list of teaser cards ("most popular",
// "more from the site"): minCards or more children alike in element and
// class to the first card, each a card, making up two thirds or more of
// n's children. Such lists pass the link-share rules because each card's
// short description is plain text.
func (a *analysis) isCardList(n *html.Node) bool {
	var kids, cards int
	var first *html.Node // the first card; the others must be alike
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		cs := a.stat(c)
		if cs == nil || cs.dropped || cs.text == 0 {
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
		if !a.isCard(c, cs) {
			continue
		}
		if first == nil {
			first = c
		}
		cards++
	}
	return cards >= minCards && cards*3 >= kids*2
}

// isCard reports whether c, with statistics cs, is a teaser card: a title
// that is a link standing as a block of its own (so not a linked phrase in
// a sentence), coming first, and a short description outside links.
func (a *analysis) isCard(c *html.Node, cs *stat) bool {
	if !isBlockElement(c) || cs.link == 0 || cs.blocks > 1 {
		return false
	}
	if desc := cs.text - cs.link; desc == 0 || desc > maxCardText {
		return false
	}
	// The first text of the card, and whether a link holds it.
	var first *html.Node
	var linked bool
	budget := maxCardSearch
	var find func(n *html.Node, inLink bool) bool
	find = func(n *html.Node, inLink bool) bool {
		for k := n.FirstChild; k != nil && budget > 0; k = k.NextSibling {
			budget--
			switch k.Type {
			case html.TextNode:
				if visibleBytes(k.Data) > 0 {
					first, linked = k, inLink
					return true
				}
			case html.ElementNode:
				if a.stat(k) == nil {
					continue // skipped or empty
				}
				if find(k, inLink || k.DataAtom == atom.A) {
					return true
				}
			}
		}
		return false
	}
	if !find(c, false) || !linked {
		return false
	}
	// The title's block: the nearest block around the first text, inside
	// the card and holding nothing but links.
	for p := first.Parent; p != nil && p != c; p = p.Parent {
		if isBlockElement(p) {
			ps := a.stat(p)
			return ps != nil && ps.link == ps.text
		}
	}
	return false
}
