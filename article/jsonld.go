package article

import (
	"strings"

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

// ldBody returns the blocks of the longest articleBody (or text) of the
// page's JSON-LD article objects, or nil. A body written as HTML is
// flattened; plain text is split into paragraphs at line breaks, its
// character references ("&#039;", "&amp;") decoded.
func ldBody(objs []map[string]any) []rawBlock {
	var best string
	for _, o := range objs {
		for _, k := range []string{"articleBody", "text"} {
			if s, ok := o[k].(string); ok && len(s) > len(best) {
				best = s
			}
		}
	}
	if strings.TrimSpace(best) == "" {
		return nil
	}
	if strings.Contains(best, "</") || strings.Contains(best, "<br") || strings.Contains(best, "<p") {
		if root, err := html.Parse(strings.NewReader(best)); err == nil {
			return flatten(nil, root, -1)
		}
	}
	if strings.Contains(best, "&") {
		best = html.UnescapeString(best) // "it&#039;s": entities in a plain-text body
	}
	var out []rawBlock
	for _, line := range strings.Split(best, "\n") {
		if line = collapseSpace(line); line != "" {
			out = append(out, rawBlock{kind: BlockParagraph, text: line})
		}
	}
	return out
}
