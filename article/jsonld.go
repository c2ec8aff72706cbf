package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxLDObjects bounds how many JSON-LD objects a page may contribute.
const maxLDObjects = 1000

// cleanLD removes the HTML comment and CDATA wrappers some pages put
// around JSON-LD.
func cleanLD(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			s = strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

func flattenLD(v any, out []map[string]any, depth int) []map[string]any {
	if depth > 8 || len(out) >= maxLDObjects {
		return out
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = flattenLD(e, out, depth+1)
		}
	case map[string]any:
		out = append(out, t)
		if g, ok := t["@graph"]; ok {
			out = flattenLD(g, out, depth+1)
		}
	}
	return out
}

// ldBodyText returns the longest articleBody (or text) of the page's
// JSON-LD objects, or "".
func ldBodyText(objs []map[string]any) string {
	var best string
	for _, o := range objs {
		for _, k := range []string{"articleBody", "text"} {
			if s, ok := o[k].(string); ok && len(s) > len(best) {
				best = s
			}
		}
	}
	return best
}

// ldBlocks returns the blocks of a JSON-LD article body, or nil for a
// blank one. A body written as HTML is flattened; plain text is split into
// paragraphs at line breaks, its character references ("&#039;", "&amp;")
// decoded.
func ldBlocks(body string) []rawBlock {
	if strings.TrimSpace(body) == "" {
		return nil
	}
	if strings.Contains(body, "</") || strings.Contains(body, "<br") || strings.Contains(body, "<p") {
		if root, err := html.Parse(strings.NewReader(body)); err == nil {
			return flatten(nil, root, -1)
		}
	}
	if strings.Contains(body, "&") {
		body = html.UnescapeString(body) // "it&#039;s": entities in a plain-text body
	}
	var out []rawBlock
	for _, line := range strings.Split(body, "\n") {
		if line = collapseSpace(line); line != "" {
			out = append(out, rawBlock{kind: BlockParagraph, text: line})
		}
	}
	return out
}

// ldTextBound bounds the bytes of text of ldBlocks(body), so that a body
// too short to matter need not be parsed. Text comes from the body's
// characters, with white space collapsed and markup left out, except
// that a character reference may decode to more bytes than it takes (at
// most two runes, eight bytes, from its "&" on) and that a NUL byte, or
// a byte of invalid UTF-8 (which decoded JSON never holds), may become
// U+FFFD (three bytes).
func ldTextBound(body string) int {
	grown := strings.Count(body, "\x00")
	if !utf8.ValidString(body) {
		grown = len(body)
	}
	return len(body) + 8*strings.Count(body, "&") + 2*grown
}
