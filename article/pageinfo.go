package article

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Meta is one <meta> element of a page: Key is its name, property,
// itemprop or http-equiv attribute, lower-cased; Content its content.
type Meta struct {
	Key     string
	Content string
}

// Link is one <link> element of a page with its rel (lower-cased) and
// href as written.
type Link struct {
	Rel  string
	Href string
}

// pageInfo is what scanPage collects: a page's <meta> and <link>
// elements, its <title>, its <html lang> and its JSON-LD objects.
type pageInfo struct {
	meta  []Meta
	links []Link
	title string
	lang  string
	ld    []map[string]any
}

// scanPage is the one walk over the whole page that docFromTree makes
// before analysing its <body>. It cuts off every subtree deeper than
// MaxDepth and collects the pageInfo, in document order, from the
// elements that are not inside an <svg>, <style> or <template> or inside
// an element it reads (a <script>, say). It counts the elements with
// children outside the subtrees that never hold article text
// (skipAlways), a close bound of the number that analyze measures, and
// finds the first <body>. It follows the tree's parent and sibling links,
// without recursion or a stack.
func scanPage(root *html.Node) (info pageInfo, body *html.Node, elements int) {
	n, depth := root, 0
	// The roots of the subtrees being walked that hold nothing to collect
	// and nothing that analyze measures, or nil.
	var closed, skipped *html.Node
	leave := func(n *html.Node) {
		if n == closed {
			closed = nil
		}
		if n == skipped {
			skipped = nil
		}
	}
	for {
		if depth >= MaxDepth {
			for c := n.FirstChild; c != nil; {
				next := c.NextSibling
				n.RemoveChild(c)
				c = next
			}
		}
		if n.Type == html.ElementNode {
			if body == nil && n.DataAtom == atom.Body {
				body = n
			}
			if closed == nil && !info.read(n) {
				closed = n
			}
			if skipped == nil && skipAlways(n) {
				skipped = n
			}
			if skipped == nil && n.FirstChild != nil {
				elements++
			}
		}
		if n.FirstChild != nil {
			n, depth = n.FirstChild, depth+1
			continue
		}
		for n != root && n.NextSibling == nil {
			leave(n)
			n, depth = n.Parent, depth-1
		}
		leave(n)
		if n == root {
			return info, body, elements
		}
		n = n.NextSibling
	}
}

// read collects what the element n tells about the page, and reports
// whether its subtree may hold more.
func (p *pageInfo) read(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		p.lang = strings.TrimSpace(attr(n, "lang"))
		if p.lang == "" {
			p.lang = strings.TrimSpace(attr(n, "xml:lang"))
		}
	case atom.Meta:
		c := strings.TrimSpace(attr(n, "content"))
		if c == "" {
			return false
		}
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if v := strings.TrimSpace(attr(n, k)); v != "" {
				p.meta = append(p.meta, Meta{Key: strings.ToLower(v), Content: c})
				break
			}
		}
		return false
	case atom.Link:
		if h := strings.TrimSpace(attr(n, "href")); h != "" {
			p.links = append(p.links, Link{Rel: strings.ToLower(strings.TrimSpace(attr(n, "rel"))), Href: h})
		}
		return false
	case atom.Title:
		if p.title == "" && n.FirstChild != nil {
			p.title = collapseSpace(n.FirstChild.Data)
		}
		return false
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil && len(p.ld) < maxLDObjects {
			var v any
			if json.Unmarshal([]byte(cleanLD(n.FirstChild.Data)), &v) == nil {
				p.ld = flattenLD(v, p.ld, 0)
			}
		}
		return false
	case atom.Svg, atom.Style, atom.Template:
		return false
	}
	return true
}
