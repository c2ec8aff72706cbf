package article

import (
	"bytes"
	"context"
	"fmt"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxDepth is the deepest element nesting kept from a page; deeper
// subtrees are dropped so that every later tree walk is bounded.
const MaxDepth = 512

// readHTML decodes, parses and flattens one page: it picks the content
// area (chooseContent), flattens it leaving out page furniture, and falls
// back on the JSON-LD articleBody when that holds clearly more text than
// the page's markup.
func readHTML(ctx context.Context, raw []byte, contentType string) (*Doc, error) {
	page := decodeHTML(raw, contentType)
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		// x/net/html gives up on more than 512 open elements (pages with
		// thousands of unclosed tags); parse again without the deepest tags.
		root, err = html.Parse(bytes.NewReader(shallow(page, maxOpenTags)))
		if err != nil {
			return nil, fmt.Errorf("article: html: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	return docFromTree(root), nil
}

// docFromTree builds the Doc of a parsed page (see readHTML). It only
// cuts subtrees deeper than MaxDepth from root, so it may run again on
// the same tree.
func docFromTree(root *html.Node) *Doc {
	info, body, elements := scanPage(root)
	d := &Doc{HTML: root, Page: goquery.NewDocumentFromNode(root)}
	d.Meta, d.Links, d.Title, d.Lang, d.LD = info.meta, info.links, info.title, info.lang, info.ld

	var blocks []rawBlock
	var headline string
	var an *analysis
	if body != nil {
		an = analyze(body, elements)
		var content int32
		d.Content, content = an.chooseContent()
		headline, blocks = filterBlocks(flatten(an, d.Content, content))
	}
	// A JSON-LD body that is clearly longer than the page's text replaces
	// it; most are not, and the bound spares parsing them.
	if ldText, prose := ldBodyText(info.ld), proseBytes(blocks); ldTextBound(ldText) >= minContent && ldTextBound(ldText) > 2*prose {
		if ld := ldBlocks(ldText); proseBytes(ld) >= minContent && proseBytes(ld) > 2*prose {
			blocks, d.Content = ld, nil
		}
	}
	if headline == "" {
		headline = firstH1(root, an)
	}
	d.Text, d.Blocks = join(blocks)
	d.Headline = headline
	return d
}

// proseBytes is the size of the prose blocks' text: short lines such as
// "Loading…" or "Read the full story in our app" do not count.
func proseBytes(bs []rawBlock) int {
	n := 0
	for _, b := range bs {
		if isProse(b) {
			n += len(b.text)
		}
	}
	return n
}

// maxOpenTags is how deep shallow lets start tags nest.
const maxOpenTags = 256

// shallow rewrites a page without the start and end tags that would nest
// deeper than max open elements (their text is kept), counting open
// elements as the tokenizer sees them.
func shallow(page []byte, max int) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	out := make([]byte, 0, len(page))
	var open []string
	dropped := map[string]int{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if len(open) >= max {
				dropped[string(name)]++
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
		out = append(out, z.Raw()...)
	}
}

// voidElements never have an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// firstH1 returns the text of the page's first visible <h1>, leaving out
// the furniture (a kicker, a label) that an analysis of the page marks in
// it.
func firstH1(root *html.Node, an *analysis) string {
	var found string
	// visit looks for the headline in n, whose index is i (-1 when n was
	// not analysed).
	var visit func(n *html.Node, i int32) bool
	visit = func(n *html.Node, i int32) bool {
		if n.Type == html.ElementNode && skipAlways(n) {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			if i >= 0 {
				found, _ = join(flatten(an, n, i))
			} else {
				found = inlineText(n)
			}
			if found != "" {
				return true
			}
		}
		kids := an.children(i)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			ci := kids.index(c)
			if an != nil && c == an.body && len(an.stats) > 0 {
				ci = 0
			}
			if visit(c, ci) {
				return true
			}
		}
		return false
	}
	visit(root, -1)
	return found
}

// inlineText returns the visible text of n with whitespace collapsed and
// blocks joined by "\n\n".
func inlineText(n *html.Node) string {
	t, _ := join(flatten(nil, n, -1))
	return t
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
