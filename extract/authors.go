package extract

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"github.com/newsparse/newsparse/article"
)

// Authors sets a.Authors to the people who wrote the article, from the
// JSON-LD article author (a name, a Person object, or a list of either),
// then author <meta> elements, then the page's byline markup. Names are
// cleaned of "By", roles and dates, split at "and" and commas, and never
// equal the site name. On plain text it does nothing.
func Authors(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		return nil
	}
	site := siteName(d)
	var raw []string
	if art := ldArticle(d); art != nil {
		raw = append(raw, ldPeople(art["author"])...)
	}
	if len(raw) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"} {
			raw = append(raw, d.MetaAll(k)...)
			if len(raw) > 0 {
				break
			}
		}
	}
	if len(raw) == 0 && d.Page != nil {
		d.Page.Find(`[itemprop="author"], [rel="author"], .byline, .author-name`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if n := s.Find(`[itemprop="name"]`); n.Length() > 0 {
				s = n
			}
			if t := strings.Join(strings.Fields(s.Text()), " "); t != "" && len(t) < 200 {
				raw = append(raw, t)
			}
			return len(raw) < 5
		})
	}
	a.Authors = cleanAuthors(raw, site)
	return nil
}

// ldPeople returns the names in a JSON-LD author value, skipping
// organisations.
func ldPeople(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldPeople(e)...)
		}
		return out
	case map[string]any:
		for _, ty := range ldTypes(t) {
			if strings.Contains(strings.ToLower(ty), "organization") {
				return nil
			}
		}
		if s, ok := t["name"].(string); ok {
			return []string{s}
		}
		if n, ok := t["name"].([]any); ok {
			return ldStrings(n)
		}
	case string:
		return []string{t}
	}
	return nil
}

// cleanAuthors turns raw author strings into a de-duplicated list of
// names.
func cleanAuthors(raw []string, site string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range raw {
		for _, name := range splitNames(r) {
			name = cleanName(name)
			key := strings.ToLower(name)
			if name == "" || seen[key] || (site != "" && strings.EqualFold(name, site)) {
				continue
			}
			seen[key] = true
			out = append(out, name)
		}
	}
	return out
}

// splitNames splits "A, B and C" into its names.
func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", " And ", ",", " & ", ",", ";", ",", "|", ",", " with ", ",").Replace(s)
	return strings.Split(s, ",")
}

// nameNoise are words that appear around names in bylines but are not
// names; a part that is one of these is dropped.
var nameNoise = map[string]bool{
	"staff": true, "reporter": true, "writer": true, "correspondent": true, "editor": true,
	"updated": true, "published": true, "contributor": true, "columnist": true, "senior": true,
	"associated press": true, "reuters": true, "afp": true, "ap": true, "the associated press": true,
}

// cleanName strips "By", a leading "@", trailing roles and dates and
// surrounding punctuation; it returns "" when what is left is not a name.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"By ", "by ", "BY ", "Von ", "Par ", "Por ", "Di "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimLeft(s, "@")
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if s == "" || strings.Contains(s, "://") || strings.Contains(s, "@") || len(s) > 80 {
		return ""
	}
	if nameNoise[strings.ToLower(s)] || strings.ContainsFunc(s, unicode.IsDigit) {
		return ""
	}
	if len(strings.Fields(s)) > 5 {
		return ""
	}
	return s
}
