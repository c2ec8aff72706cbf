package article

import "strings"

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
