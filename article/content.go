package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minBodyText is the least text, in bytes, a declared body container
// (itemprop="articleBody") must hold to be trusted.
const minBodyText = 200

// chooseContent picks the element that holds the article body: the
// largest schema.org articleBody element when it holds real text, else the
// element with the highest paragraph score (readability's measure: each
// paragraph of 25 or more characters scores for its parent and, half, its
// grandparent, discounted by link density), widened to an enclosing
// <article> or articleBody element when there is one. It returns nil when
// the page has no body element.
func chooseContent(root *html.Node) *html.Node {
	body := findFirst(root, atom.Body)
	if body == nil {
		return nil
	}
	s := scorer{scores: map[*html.Node]float64{}}
	s.visit(body)
	if n := s.itemBody; n != nil && s.itemBodyLen >= minBodyText {
		return n
	}
	best, bestScore := (*html.Node)(nil), 0.0
	for n, sc := range s.scores {
		sc *= 1 - linkDensity(n)
		if sc > bestScore || sc == bestScore && best != nil && precedes(n, best) {
			best, bestScore = n, sc
		}
	}
	if best == nil {
		if a := findFirst(body, atom.Article); a != nil {
			return a
		}
		if m := findFirst(body, atom.Main); m != nil {
			return m
		}
		return body
	}
	for p := best.Parent; p != nil && p != body; p = p.Parent {
		if p.DataAtom == atom.Article || strings.Contains(attr(p, "itemprop"), "articleBody") {
			return p
		}
	}
	return best
}

type scorer struct {
	scores      map[*html.Node]float64
	itemBody    *html.Node
	itemBodyLen int
}

// visit scores the paragraphs under n and returns nothing; it also records
// the largest articleBody element.
func (s *scorer) visit(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipAlways(c) {
			continue
		}
		if strings.Contains(attr(c, "itemprop"), "articleBody") {
			if l := textLen(c); l > s.itemBodyLen {
				s.itemBody, s.itemBodyLen = c, l
			}
		}
		switch c.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote, atom.Td:
			s.paragraph(c)
		case atom.Div, atom.Section:
			if hasDirectText(c) {
				s.paragraph(c)
			}
		}
		s.visit(c)
	}
}

func (s *scorer) paragraph(p *html.Node) {
	t := inlineText(p)
	n := utf8.RuneCountInString(t)
	if n < 25 {
		return
	}
	score := 1 + float64(strings.Count(t, ",")+strings.Count(t, "，")) + min(float64(n)/100, 3)
	if p.Parent != nil {
		s.scores[p.Parent] += score
		if g := p.Parent.Parent; g != nil {
			s.scores[g] += score / 2
		}
	}
}

// hasDirectText reports whether n has a text child with letters in it.
func hasDirectText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && len(strings.TrimSpace(c.Data)) >= 25 {
			return true
		}
	}
	return false
}

// textLen returns the length of the visible text under n.
func textLen(n *html.Node) int {
	total := 0
	walkText(n, func(t *html.Node, _ bool) { total += len(strings.TrimSpace(t.Data)) })
	return total
}

// linkDensity returns the share of n's visible text that sits in links.
func linkDensity(n *html.Node) float64 {
	total, linked := 0, 0
	walkText(n, func(t *html.Node, inLink bool) {
		l := len(strings.TrimSpace(t.Data))
		total += l
		if inLink {
			linked += l
		}
	})
	if total == 0 {
		return 0
	}
	return float64(linked) / float64(total)
}

// walkText calls fn for every visible text node under n, saying whether it
// lies inside a link.
func walkText(n *html.Node, fn func(t *html.Node, inLink bool)) {
	var visit func(n *html.Node, inLink bool)
	visit = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				fn(c, inLink)
			case html.ElementNode:
				if !skipAlways(c) {
					visit(c, inLink || c.DataAtom == atom.A)
				}
			}
		}
	}
	visit(n, false)
}

// findFirst returns the first element of type a under n in document
// order, or nil.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// precedes reports whether a comes before b in document order; it breaks
// score ties so that the choice never depends on map order.
func precedes(a, b *html.Node) bool {
	pa, pb := path(a), path(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return len(pa) < len(pb)
}

// path returns the child indexes leading from the root to n.
func path(n *html.Node) []int {
	var p []int
	for ; n.Parent != nil; n = n.Parent {
		i := 0
		for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
			i++
		}
		p = append(p, i)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}
