package article

import (
	"context"
	"fmt"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxDepth is the deepest element nesting kept from a page; deeper
// subtrees are dropped so that every later tree walk is bounded.
const MaxDepth = 512

// readHTML decodes, parses and flattens one page.
func readHTML(ctx context.Context, raw []byte, contentType string) (*Doc, error) {
	root, err := parseHTML(decodeHTML(raw, contentType))
	if err != nil {
		return nil, fmt.Errorf("article: html: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	prune(root)
	d := &Doc{HTML: root, Page: goquery.NewDocumentFromNode(root)}
	info := collectPageInfo(root)
	d.Meta, d.Links, d.Title, d.Lang, d.LD = info.meta, info.links, info.title, info.lang, info.ld
	d.Content = chooseContent(root)
	f := flattener{}
	if d.Content != nil {
		f.walk(d.Content, BlockParagraph, 0, 0)
		f.flush()
	}
	if f.headline == "" {
		f.headline = firstH1(root)
	}
	d.Text, d.Blocks, d.Headline = string(f.text), f.blocks, f.headline
	return d, nil
}

// prune cuts off every subtree deeper than MaxDepth, without recursion.
func prune(root *html.Node) {
	type item struct {
		n     *html.Node
		depth int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth >= MaxDepth {
			for c := it.n.FirstChild; c != nil; {
				next := c.NextSibling
				it.n.RemoveChild(c)
				c = next
			}
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
}

// firstH1 returns the text of the page's first visible <h1>.
func firstH1(root *html.Node) string {
	var found string
	var visit func(n *html.Node) bool
	visit = func(n *html.Node) bool {
		if n.Type == html.ElementNode && skipAlways(n) {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			found = inlineText(n)
			if found != "" {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c) {
				return true
			}
		}
		return false
	}
	visit(root)
	return found
}

// inlineText returns the visible text of n with whitespace collapsed.
func inlineText(n *html.Node) string {
	f := flattener{}
	f.walk(n, BlockParagraph, 0, 0)
	f.flush()
	return string(f.text)
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
