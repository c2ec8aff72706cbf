package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Content choice constants, in bytes of visible (non-space) text.
const (
	// goodBlockMin is the least text, links not counted, of a block that
	// reads like article prose.
	goodBlockMin = 60
	// minContent is the least prose a chosen container must hold; below it
	// the page is taken to have no body of its own.
	minContent = 120
	// maxInlineFurniture is the most text an inline element marked as
	// furniture may hold to be dropped.
	maxInlineFurniture = 300
)

// stat holds the text statistics of one element's subtree, dropped
// subtrees left out. Sizes are bytes of visible non-space text.
type stat struct {
	counts
	parent int32 // index of the parent element, -1 for <body>
	end    int32 // one past the subtree's last index: the subtree holds the indexes from its root's to end

	has      landmark   // landmarks in the subtree
	boiler   boilerKind // what the class, id or role says
	dropped  bool       // the subtree is page furniture
	hidden   bool       // hidden by an inline style; not counted in ancestors
	inHidden bool       // the element or an ancestor is hidden
	body     bool       // itemprop="articleBody" or an equivalent marker
}

// counts are the sizes of a subtree's text that add up in its ancestors'.
type counts struct {
	text   int32 // all visible text
	link   int32 // text inside links
	good   int32 // text outside links of prose blocks (goodBlockMin or more of it)
	bad    int32 // text inside links, outside prose blocks
	blocks int32 // number of prose blocks
}

// add adds d to c.
func (c *counts) add(d *counts) {
	c.text += d.text
	c.link += d.link
	c.good += d.good
	c.bad += d.bad
	c.blocks += d.blocks
}

// sub takes d from c.
func (c *counts) sub(d *counts) {
	c.text -= d.text
	c.link -= d.link
	c.good -= d.good
	c.bad -= d.bad
	c.blocks -= d.blocks
}

// landmark is a set of elements that mark where the article is.
type landmark uint8

const (
	hasH1     landmark = 1 << iota // the page's headline is usually next to its body
	hasMain                        // <main> or role="main"
	hasMarker                      // itemprop="articleBody"
)

// analysis is the per-element text statistics of a page's <body>,
// computed in one walk. Each element analysed has an index, its place in
// document order: <body> is 0, and the elements of a subtree have the
// indexes from its root's to the root's stat.end. Elements that never hold
// article text (skipAlways) and empty ones have none. Walks of the tree
// find an element's index from its parent's (see childCursor), so the
// analysis needs no map from elements to indexes.
type analysis struct {
	body  *html.Node
	nodes []*html.Node // by index
	stats []stat       // by index
	// classes caches the furniture judgement of class and id values.
	classes map[string]boilerKind
}

// analyze computes the statistics of every element under body and marks
// the page furniture to drop. elements, an upper bound of the number of
// elements analysed, sizes its tables.
func analyze(body *html.Node, elements int) *analysis {
	elements = max(elements, 16)
	a := &analysis{
		body:    body,
		nodes:   make([]*html.Node, 0, elements),
		stats:   make([]stat, 0, elements),
		classes: make(map[string]boilerKind, 64), // about a page's distinct classes and ids; it grows for more
	}
	var acc blockAcc
	if a.visit(body, -1, &acc, false) < 0 {
		return a // an empty <body>
	}
	a.dropFurniture()
	return a
}

// blockAcc accumulates the text of the innermost enclosing block's own
// run: text that is not inside a nested block.
type blockAcc struct{ text, link int32 }

// visit computes n's statistics, adding its text to blk, the own run of
// the enclosing block, and returns n's index or -1 when n is skipped.
// parent is the index of n's parent.
func (a *analysis) visit(n *html.Node, parent int32, blk *blockAcc, inLink bool) int32 {
	if n.FirstChild == nil || skipAlways(n) {
		return -1 // <br>, <img> and other empty elements hold no text
	}
	i := int32(len(a.stats))
	a.nodes = append(a.nodes, n)
	a.stats = append(a.stats, stat{}) // filled in when the subtree is done
	s := stat{parent: parent}
	block := isBlockElement(n)
	cur := blk
	var own blockAcc
	if block {
		cur = &own
	}
	inLink = inLink || n.DataAtom == atom.A
	// An inline element marked as furniture (a caption or credit span, a
	// share link) is dropped when it holds little text; its text is kept
	// apart until that is known.
	var scratch blockAcc
	markedInline := !block && len(n.Attr) > 0 && boilerplateKind(n, a.classes) != boilerNone
	if markedInline {
		cur = &scratch
	}
	// An element hidden by its inline style is measured but kept out of
	// its ancestors' statistics, so it never decides the content choice;
	// inside the chosen content it is kept when it holds prose (the
	// paywalled rest of an article), else left out.
	if hidden := hiddenStyle(attr(n, "style")); hidden {
		s.hidden = true
		if !block {
			cur = &scratch
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l := visibleBytes(c.Data)
			s.text += l
			cur.text += l
			if inLink {
				s.link += l
				cur.link += l
			}
		case html.ElementNode:
			ci := a.visit(c, i, cur, inLink)
			if ci < 0 {
				continue
			}
			if cs := &a.stats[ci]; !cs.dropped && !cs.hidden {
				s.add(&cs.counts)
				s.has |= cs.has
			}
		}
	}
	if markedInline {
		if s.text <= maxInlineFurniture {
			s.dropped = true
		} else {
			blk.text += scratch.text
			blk.link += scratch.link
		}
	}
	if block {
		if prose := own.text - own.link; prose >= goodBlockMin {
			s.good += prose
			s.blocks++
		} else {
			s.bad += own.link
		}
		s.boiler = boilerplateKind(n, a.classes)
		s.body = isBodyMarker(n)
	}
	switch {
	case n.DataAtom == atom.H1:
		s.has |= hasH1
	case n.DataAtom == atom.Main || attr(n, "role") == "main":
		s.has |= hasMain
	case s.body:
		s.has |= hasMarker
	}
	s.end = int32(len(a.stats))
	a.stats[i] = s
	return i
}

// dropFurniture marks the subtrees whose class, id or role names page
// furniture as dropped, and takes their text out of every ancestor's
// statistics; it also passes the dropped and hidden marks of inline
// furniture and hidden elements down to their descendants. It runs in
// two linear passes over the elements. Markers also appear in the class lists of the containers
// that hold the article ("with-right-rail", "share-enabled"), so a marker
// is ignored on a subtree that holds the article's landmarks: the
// headline, <main> or a declared body, or for a weak marker, most of the
// page's prose in several blocks. The <body> is never dropped.
func (a *analysis) dropFurniture() {
	total := a.stats[0].good
	var lost []counts                   // text to take out of each element, collected lazily
	for i := 1; i < len(a.stats); i++ { // document order: parents before children
		s := &a.stats[i]
		ps := &a.stats[s.parent]
		s.dropped = s.dropped || ps.dropped
		s.inHidden = s.hidden || ps.inHidden
		if s.dropped {
			continue
		}
		switch s.boiler {
		case boilerNone:
			continue
		case boilerWeak:
			if s.has != 0 || s.good*2 > total && s.blocks >= 3 {
				continue
			}
		case boilerStrong:
			if s.has&(hasH1|hasMarker) != 0 {
				continue
			}
		}
		s.dropped = true
		if s.hidden {
			continue // never counted in its ancestors
		}
		if lost == nil {
			lost = make([]counts, len(a.stats))
		}
		lost[s.parent].add(&s.counts)
	}
	if lost == nil {
		return
	}
	for i := len(a.stats) - 1; i > 0; i-- { // reverse document order: children before parents
		s := &a.stats[i]
		s.sub(&lost[i])
		lost[s.parent].add(&lost[i])
	}
	a.stats[0].sub(&lost[0])
}

// isBodyMarker reports whether n declares itself the article body.
func isBodyMarker(n *html.Node) bool {
	for _, at := range n.Attr {
		if at.Key == "itemprop" && containsFold(at.Val, "articlebody") {
			return true
		}
	}
	return false
}

// isBlockElement reports whether n starts its own run of text.
func isBlockElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol, atom.Dl,
		atom.Dt, atom.Dd, atom.Blockquote, atom.Pre, atom.Table, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Figure, atom.Figcaption, atom.Caption, atom.Address,
		atom.Details, atom.Summary, atom.Fieldset, atom.Center, atom.Body, atom.Html, atom.Hgroup,
		atom.Aside, atom.Nav, atom.Form, atom.Td, atom.Th:
		return true
	}
	return false
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
