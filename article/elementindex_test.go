package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestElementIndex checks the index arithmetic of an analysis on a page
// with skipped, empty and nested elements: a walk with childCursor finds
// every analysed element at its index, parents and subtree ends agree
// with the tree, and postBefore orders elements as a post-order walk
// meets them.
func TestElementIndex(t *testing.T) {
	page := `<body><div class="a"><p>one <b>two</b><br><i></i></p><nav><p>menu</p></nav>
<section><h1>Title</h1><p>three <a href="/x">four</a></p><ul><li>five</li><li><span>six</span></li></ul></section></div>
<script>var x;</script><p>seven</p><div hidden><p>eight</p></div><article><p>nine</p></article></body>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := findFirst(root, atom.Body)
	a := analyze(body, 0)
	var post []*html.Node // the analysed elements in post-order
	found := 0
	var walk func(n *html.Node, i int32)
	walk = func(n *html.Node, i int32) {
		if a.nodes[i] != n {
			t.Fatalf("index %d is %s, found %s there", i, a.nodes[i].Data, n.Data)
		}
		found++
		kids := a.children(i)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if ci := kids.index(c); ci >= 0 {
				if a.stats[ci].parent != i || ci >= a.stats[i].end {
					t.Errorf("element %d (%s): parent %d, want %d; parent's end %d", ci, c.Data, a.stats[ci].parent, i, a.stats[i].end)
				}
				walk(c, ci)
			}
		}
		post = append(post, n)
	}
	walk(body, 0)
	if found != len(a.nodes) || found < 12 {
		t.Fatalf("the walk found %d of %d elements", found, len(a.nodes))
	}
	rank := map[*html.Node]int{}
	for r, n := range post {
		rank[n] = r
	}
	for i := range a.nodes {
		for j := range a.nodes {
			if got, want := a.postBefore(int32(i), int32(j)), rank[a.nodes[i]] < rank[a.nodes[j]]; got != want {
				t.Errorf("postBefore(%d, %d) = %v, want %v", i, j, got, want)
			}
		}
	}
}
