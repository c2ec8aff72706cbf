package extract

import (
	"fmt"
	"html"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// articleTypes are the schema.org types whose JSON-LD objects describe
// the article itself (matched case-insensitively, by suffix, so that
// "NewsArticle" and "ReportageNewsArticle" both count).
var articleTypes = []string{"article", "posting", "blogposting", "report", "webpage", "liveblogposting"}

// ldArticle returns the page's JSON-LD object that describes the article,
// preferring article types over WebPage, or nil.
func ldArticle(d *article.Doc) map[string]any {
	var page map[string]any
	for _, o := range d.LD {
		for _, t := range ldTypes(o) {
			t = strings.ToLower(t)
			if t == "webpage" || t == "itempage" {
				if page == nil {
					page = o
				}
				continue
			}
			for _, s := range articleTypes {
				if strings.HasSuffix(t, s) {
					return o
				}
			}
		}
	}
	return page
}

// ldTypes returns an object's @type values.
func ldTypes(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldStrings returns the text values of a JSON-LD property: a string, a
// number, an object's name (or url for images), or a list of those.
func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(html.UnescapeString(t)); s != "" {
			return []string{s}
		}
	case float64:
		return []string{fmt.Sprint(t)}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldStrings(e)...)
		}
		return out
	case map[string]any:
		for _, k := range []string{"name", "url", "@id"} {
			if s, ok := t[k].(string); ok && strings.TrimSpace(s) != "" {
				return []string{strings.TrimSpace(html.UnescapeString(s))}
			}
		}
	}
	return nil
}

// ldString returns the first text value of a JSON-LD property, or "".
func ldString(o map[string]any, key string) string {
	if o == nil {
		return ""
	}
	if s := ldStrings(o[key]); len(s) > 0 {
		return s[0]
	}
	return ""
}

// ldFind returns the first non-empty value of key among the page's
// JSON-LD objects of the given lower-case type suffix.
func ldFind(d *article.Doc, typeSuffix, key string) string {
	for _, o := range d.LD {
		for _, t := range ldTypes(o) {
			if strings.HasSuffix(strings.ToLower(t), typeSuffix) {
				if s := ldString(o, key); s != "" {
					return s
				}
			}
		}
	}
	return ""
}
