package extract

import (
	"net/url"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// Metadata fills the page metadata that needs no reading of the body:
// description, site, language, canonical url, image, section, tags and
// paywalled. Sources, in order of trust: OpenGraph and other <meta>
// elements, the JSON-LD article object, then the page's own markup (the
// section prefers the JSON-LD articleSection, which content systems fill
// more carefully than article:section). On plain text it does nothing.
func Metadata(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		return nil
	}
	art := ldArticle(d)
	first := func(vals ...string) string {
		for _, v := range vals {
			if v = strings.Join(strings.Fields(v), " "); v != "" {
				return v
			}
		}
		return ""
	}
	a.Description = first(d.MetaContent("og:description", "description", "twitter:description"), ldString(art, "description"))
	a.Site = siteName(d)
	a.Language = normalizeLang(first(d.Lang, d.MetaContent("content-language", "og:locale", "language", "dc.language"), ldString(art, "inLanguage")))
	base := a.URL
	if canon := first(d.LinkHref("canonical"), d.MetaContent("og:url"), ldString(art, "url")); canon != "" {
		if u := resolveURL(base, canon); u != "" {
			a.URL = u
		}
	}
	a.Image = resolveURL(base, first(d.MetaContent("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), ldString(art, "image"), ldString(art, "thumbnailUrl")))
	a.Section = section(first(ldString(art, "articleSection"), d.MetaContent("article:section", "section", "parsely-section")))
	a.Tags = tags(d, art)
	a.Paywalled = paywalled(d, art)
	return nil
}

// genericSections are values that content systems put where a section
// name belongs.
var genericSections = map[string]bool{"tags": true, "tag": true, "article": true, "articles": true, "post": true, "posts": true, "story": true, "stories": true, "default": true, "none": true, "null": true, "undefined": true}

// section returns the first of a comma-separated list of sections, or ""
// when it is a placeholder rather than a section name.
func section(s string) string {
	s = strings.TrimSpace(strings.Split(s, ",")[0])
	if genericSections[strings.ToLower(s)] {
		return ""
	}
	return s
}

// siteName returns the publisher's name from og:site_name, the JSON-LD
// publisher, or application-name.
func siteName(d *article.Doc) string {
	if s := d.MetaContent("og:site_name", "application-name", "twitter:app:name:iphone"); s != "" {
		return strings.TrimSpace(s)
	}
	if art := ldArticle(d); art != nil {
		if s := ldString(art, "publisher"); s != "" && !strings.Contains(s, "://") {
			return s
		}
	}
	return ldFind(d, "organization", "name")
}

// normalizeLang turns a language tag such as "en_US" or "EN-us" into
// BCP 47 form ("en-US"); it keeps only the first of a comma-separated
// list.
func normalizeLang(s string) string {
	s = strings.TrimSpace(strings.Split(s, ",")[0])
	if s == "" {
		return ""
	}
	parts := strings.Split(strings.ReplaceAll(s, "_", "-"), "-")
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
}

// resolveURL resolves ref against base; it returns ref unchanged when
// base is empty and "" when ref is not a URL.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base == "" {
		return r.String()
	}
	b, err := url.Parse(base)
	if err != nil {
		return r.String()
	}
	return b.ResolveReference(r).String()
}

// tags collects keywords from article:tag, news_keywords, keywords and
// the JSON-LD keywords, split at commas and de-duplicated in order;
// identifiers of the site's machinery are left out.
func tags(d *article.Doc, art map[string]any) []string {
	var raw []string
	raw = append(raw, d.MetaAll("article:tag")...)
	if len(raw) == 0 {
		raw = append(raw, d.MetaContent("news_keywords", "keywords"))
	}
	if len(raw) == 0 || raw[0] == "" {
		raw = ldStrings(art["keywords"])
	}
	seen := map[string]bool{}
	var out []string
	for _, r := range raw {
		for _, t := range strings.Split(r, ",") {
			t = strings.Join(strings.Fields(t), " ")
			if t == "" || seen[strings.ToLower(t)] || isMachineTag(t) {
				continue
			}
			seen[strings.ToLower(t)] = true
			out = append(out, t)
		}
	}
	return out
}

// isMachineTag reports whether a keyword is an identifier for the site's
// own machinery ("@post-id:1913719", "type:article") rather than a topic.
func isMachineTag(t string) bool {
	return strings.HasPrefix(t, "@") || !strings.Contains(t, " ") && strings.Contains(t, ":")
}

// paywalled reports whether the page says its article is not free: the
// JSON-LD article (or one of its hasPart elements) has isAccessibleForFree
// false, or a <meta> element says so.
func paywalled(d *article.Doc, art map[string]any) bool {
	if notFree(art["isAccessibleForFree"]) {
		return true
	}
	for _, p := range ldObjects(art["hasPart"]) {
		if notFree(p["isAccessibleForFree"]) {
			return true
		}
	}
	return notFree(d.MetaContent("isaccessibleforfree"))
}

// notFree reports whether an isAccessibleForFree value is false.
func notFree(v any) bool {
	switch t := v.(type) {
	case bool:
		return !t
	case string:
		return strings.EqualFold(strings.TrimSpace(t), "false")
	}
	return false
}

// ldObjects returns the objects of a JSON-LD value that is an object or a
// list of them.
func ldObjects(v any) []map[string]any {
	switch t := v.(type) {
	case map[string]any:
		return []map[string]any{t}
	case []any:
		var out []map[string]any
		for _, e := range t {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}
