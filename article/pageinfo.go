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

// pageInfo collects, in one walk, a page's <meta> and <link> elements, its
// <title>, its <html lang> and its JSON-LD objects.
type pageInfo struct {
	meta  []Meta
	links []Link
	title string
	lang  string
	ld    []map[string]any
}

func collectPageInfo(root *html.Node) pageInfo {
	var p pageInfo
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				p.lang = strings.TrimSpace(attr(n, "lang"))
				if p.lang == "" {
					p.lang = strings.TrimSpace(attr(n, "xml:lang"))
				}
			case atom.Meta:
				c := strings.TrimSpace(attr(n, "content"))
				if c == "" {
					return
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if v := strings.TrimSpace(attr(n, k)); v != "" {
						p.meta = append(p.meta, Meta{Key: strings.ToLower(v), Content: c})
						break
					}
				}
				return
			case atom.Link:
				if h := strings.TrimSpace(attr(n, "href")); h != "" {
					p.links = append(p.links, Link{Rel: strings.ToLower(strings.TrimSpace(attr(n, "rel"))), Href: h})
				}
				return
			case atom.Title:
				if p.title == "" && n.FirstChild != nil {
					p.title = collapseSpace(n.FirstChild.Data)
				}
				return
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil && len(p.ld) < maxLDObjects {
					var v any
					if json.Unmarshal([]byte(cleanLD(n.FirstChild.Data)), &v) == nil {
						p.ld = flattenLD(v, p.ld, 0)
					}
				}
				return
			case atom.Svg, atom.Style, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return p
}
