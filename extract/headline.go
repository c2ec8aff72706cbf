package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// Headline sets a.Headline. For plain text it is the first line. For a
// page it is the first of og:title, the JSON-LD article headline, the main
// <h1> and <title>, with a site name suffix or prefix (" | Reuters",
// " - CNN") removed; when the <h1> is a cleaned form of the chosen title,
// the <h1> wins, since it is what the reader sees.
func Headline(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		a.Headline = d.Headline
		return nil
	}
	site := siteName(d)
	var candidates []string
	for _, c := range []string{
		d.MetaContent("og:title", "twitter:title"),
		ldString(ldArticle(d), "headline"),
		d.Headline,
		d.Title,
	} {
		if c = cleanTitle(c, site); c != "" {
			candidates = append(candidates, c)
		}
	}
	if len(candidates) == 0 {
		return nil
	}
	h := candidates[0]
	if d.Headline != "" && d.Headline != h && strings.Contains(foldTitle(h), foldTitle(d.Headline)) &&
		utf8.RuneCountInString(d.Headline)*2 >= utf8.RuneCountInString(h) {
		h = d.Headline
	}
	a.Headline = h
	return nil
}

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "}

// cleanTitle removes the site name that pages add before or after a
// title. A segment is removed when it names the site, or when it is the
// last of several segments around " | " and much shorter than the rest.
func cleanTitle(t, site string) string {
	t = strings.Join(strings.Fields(t), " ")
	fsite := foldTitle(site)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		switch {
		case fsite != "" && (foldTitle(tail) == fsite || strings.Contains(fsite, foldTitle(tail)) && len(tail) >= 3):
			return cleanTitle(head, site)
		case fsite != "" && foldTitle(head) == fsite:
			return cleanTitle(tail, site)
		case sep == " | " && len(strings.Fields(tail)) <= 4 && len(head) > 2*len(tail):
			return cleanTitle(head, site)
		}
	}
	if j := strings.Index(t, " | "); j > 0 && fsite != "" && foldTitle(t[:j]) == fsite {
		return strings.TrimSpace(t[j+3:])
	}
	return t
}

// foldTitle lower-cases s and drops everything but letters and digits, so
// that titles compare across punctuation and spacing.
func foldTitle(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '‘' && r != '“' && r != '”' && r != '–' && r != '—' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
