package article

import (
	"math/bits"

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

// chooseContent picks the element that holds the article body and
// returns it with its index (-1 for an empty <body>). Every element is
// scored by the prose it holds minus the link-heavy text (navigation,
// related links) it would drag in, furniture left out; the best wins, the
// deepest on a tie. A declared body container (itemprop="articleBody" and
// the like) wins when it holds most of the winner's prose. A page without
// prose gets its <article> or <main>, else its <body>.
func (a *analysis) chooseContent() (*html.Node, int32) {
	best := a.best(minContent)
	if best < 0 {
		best = a.best(1) // a short story: any prose at all
	}
	if best < 0 { // no prose: a table or a list, say, or a fragment of short lines
		if l := a.landmark(); l >= 0 {
			return a.nodes[l], l
		}
		if len(a.stats) == 0 {
			return a.body, -1
		}
		return a.body, 0
	}
	best = a.refine(best)
	marked := int32(-1)
	var markedGood int32
	for i := range a.stats {
		s := &a.stats[i]
		if s.body && !s.dropped && !s.inHidden && (s.good > markedGood || s.good == markedGood && marked >= 0 && a.postBefore(int32(i), marked)) {
			marked, markedGood = int32(i), s.good
		}
	}
	if marked >= 0 && markedGood*10 >= a.stats[best].good*8 {
		return a.nodes[marked], marked
	}
	return a.nodes[best], best
}

// landmark returns the index of the <article> or <main> element that is
// not furniture and comes last in post-order (an outer one before those
// inside it), or -1.
func (a *analysis) landmark() int32 {
	found := int32(-1)
	for i := range a.stats {
		n, s := a.nodes[i], &a.stats[i]
		if (n.DataAtom == atom.Article || n.DataAtom == atom.Main) && !s.dropped && !s.inHidden && s.text > 0 &&
			(found < 0 || a.postBefore(found, int32(i))) {
			found = int32(i)
		}
	}
	return found
}

// best returns the index of the element with the highest score among
// those holding at least least bytes of prose, the first in post-order on
// a tie, or -1.
func (a *analysis) best(least int32) int32 {
	best, bestScore := int32(-1), int32(0)
	for i := range a.stats {
		s := &a.stats[i]
		if s.dropped || s.inHidden || s.good < least {
			continue
		}
		if sc := s.good - s.bad; sc > bestScore || sc == bestScore && best >= 0 && a.postBefore(int32(i), best) {
			best, bestScore = int32(i), sc
		}
	}
	return best
}

// refine narrows the chosen container, element i, to the child that holds
// the article's landmarks (headline, <main>, declared body) and much of
// the prose (of several such children, the one with the most prose), when
// the other children are clearly more link-heavy: the prose next to the
// headline is the article, and teaser lists beside it ("more from",
// related stories) are not, however much text they hold. It returns the
// index of the element chosen.
func (a *analysis) refine(i int32) int32 {
	for {
		s := &a.stats[i]
		land := int32(-1)
		for c := a.firstChild(i); c >= 0; c = a.nextSibling(c) {
			cs := &a.stats[c]
			if cs.dropped || cs.has == 0 {
				continue
			}
			if land < 0 || cs.good > a.stats[land].good {
				land = c // with several (a logo in an <h1>), the one with most prose
			}
		}
		if land < 0 {
			return i
		}
		if first := a.firstOfFeed(i); first >= 0 {
			i = first
			continue
		}
		ls := &a.stats[land]
		if ls.good < minContent || ls.good*10 < s.good*3 {
			return i
		}
		og, ob := s.good-ls.good, s.bad-ls.bad
		// The others' link share must be at least 15% and three times the
		// landmark child's: ob/(og+ob) >= 3*lb/(lg+lb).
		if og+ob == 0 || ob*100 < 15*(og+ob) || int64(ob)*int64(ls.good+ls.bad) < 3*int64(ls.bad)*int64(og+ob) {
			if og > 0 {
				return i
			}
		}
		i = land
	}
}

// firstOfFeed returns the index of the first of element i's children when
// two or more of them are stories, each a container with its own <h1> and
// prose: a page that loads the next stories under the article (an endless
// feed) holds them side by side, the page's own article first. Otherwise
// it returns -1.
func (a *analysis) firstOfFeed(i int32) int32 {
	first := int32(-1)
	stories := 0
	for c := a.firstChild(i); c >= 0; c = a.nextSibling(c) {
		cs := &a.stats[c]
		if cs.dropped || cs.inHidden || cs.has&hasH1 == 0 || cs.good < minContent {
			continue
		}
		switch a.nodes[c].DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			continue
		}
		if first < 0 {
			first = c
		}
		stories++
	}
	if stories < 2 {
		return -1
	}
	return first
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

// visibleBytes counts the bytes of s that are not ASCII white space. It
// reads s eight bytes at a time: a word without control bytes (below
// 0x20) holds no white space but spaces, and its bytes above 0x20 are
// counted at once; only the words with control bytes (line breaks, tabs)
// are counted byte by byte.
func visibleBytes(s string) int32 {
	n := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word(s, i)
		if atLeast(w, 0x20)|w&topBits != topBits {
			n += visibleBytesSlow(s[i : i+8]) // a control byte
			continue
		}
		n += bits.OnesCount64((atLeast(w, 0x21) | w) & topBits)
	}
	return int32(n + visibleBytesSlow(s[i:]))
}

// visibleBytesSlow is visibleBytes a byte at a time.
func visibleBytesSlow(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		n -= int(asciiWhite >> s[i] & 1) // no branch: a shift by 64 or more is 0
	}
	return n
}

// asciiWhite is the set of the ASCII white space bytes, bit c for byte c.
const asciiWhite uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<'\f'

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
