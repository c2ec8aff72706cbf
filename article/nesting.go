package article

import (
	"bytes"

	"golang.org/x/net/html"
)

// maxNesting is the element depth kept when a page nests so deeply that
// the HTML parser refuses it (x/net/html stops at 512 open elements).
const maxNesting = 400

// parseHTML parses a page. A page that the parser refuses for its nesting
// depth is parsed again with start tags deeper than maxNesting dropped, so
// that deep nesting costs the deep structure, not the page.
func parseHTML(b []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(b))
	if err == nil {
		return root, nil
	}
	return html.Parse(bytes.NewReader(limitNesting(b, maxNesting)))
}

// limitNesting copies an HTML page, dropping every start and end tag of a
// non-void element that would open deeper than max levels (counted
// naively: start tags minus end tags). Text and other tokens are kept.
func limitNesting(b []byte, max int) []byte {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out bytes.Buffer
	out.Grow(len(b))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // io.EOF, or input the tokenizer cannot go on with
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if !isVoid(string(name)) {
				depth++
				if depth > max {
					continue
				}
			}
		case html.EndTagToken:
			depth--
			if depth >= max {
				continue
			}
			depth = max0(depth)
		}
		out.Write(z.Raw())
	}
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// isVoid reports whether an element never has an end tag.
func isVoid(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr":
		return true
	}
	return false
}
