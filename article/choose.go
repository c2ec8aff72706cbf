package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
