package article

import "golang.org/x/net/html"

// firstChild returns the index of element i's first analysed child, or -1.
func (a *analysis) firstChild(i int32) int32 {
	if i+1 < a.stats[i].end {
		return i + 1
	}
	return -1
}

// nextSibling returns the index of the analysed element that follows
// element i under the same parent, or -1.
func (a *analysis) nextSibling(i int32) int32 {
	s := &a.stats[i]
	if s.parent >= 0 && s.end < a.stats[s.parent].end {
		return s.end
	}
	return -1
}

// postBefore reports whether element i comes before element j in
// post-order (an element after its descendants, and after the subtrees
// that precede it), the order that settles ties in the content choice.
func (a *analysis) postBefore(i, j int32) bool {
	ei, ej := a.stats[i].end, a.stats[j].end
	return ei < ej || ei == ej && i > j
}

// childCursor finds the indexes of an element's children while a walk
// meets them in document order: the analysed children are some of them,
// in the same order.
type childCursor struct {
	a    *analysis
	next int32 // the index of the next analysed child, or -1
}

// children returns a cursor over the children of element i; with a nil
// analysis or an i of -1, a cursor that finds no index.
func (a *analysis) children(i int32) childCursor {
	if a == nil || i < 0 {
		return childCursor{next: -1}
	}
	return childCursor{a: a, next: a.firstChild(i)}
}

// index returns the index of c, the next child of the cursor's element
// (of any type), or -1 when c was not analysed.
func (cur *childCursor) index(c *html.Node) int32 {
	i := cur.next
	if i < 0 || cur.a.nodes[i] != c {
		return -1
	}
	cur.next = cur.a.nextSibling(i)
	return i
}
