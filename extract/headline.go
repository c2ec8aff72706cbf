package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// maxHeadlineRunes bounds a plausible headline; a longer <h1> is a
// paragraph marked up as a heading.
const maxHeadlineRunes = 300

// Headline sets a.Headline. For plain text it is the first line. For a
// page it is the main <h1>, what the reader sees above the article, unless
// that is missing, too long, or only names the site or a section (a
// segment of the <title> other than the first, as in "Story | Section |
// Site"); then it is the first of og:title, twitter:title, the JSON-LD
// article headline and <title>, with a site name suffix or prefix
// (" | Reuters", " - CNN") removed.
func Headline(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		a.Headline = d.Headline
		return nil
	}
	site := siteName(d)
	if h := cleanSpace(d.Headline); plausibleH1(h, d.Title, site) {
		a.Headline = h
		return nil
	}
	for _, c := range []string{
		d.MetaContent("og:title", "twitter:title"),
		ldString(ldArticle(d), "headline"),
		d.Title,
	} {
		if c = cleanTitle(c, site); c != "" {
			a.Headline = c
			return nil
		}
	}
	a.Headline = cleanSpace(d.Headline)
	return nil
}

// plausibleH1 reports whether an <h1> reads as the article's headline
// rather than the site's or a section's name.
func plausibleH1(h, title, site string) bool {
	if h == "" || utf8.RuneCountInString(h) > maxHeadlineRunes {
		return false
	}
	fh := foldTitle(h)
	if fh == "" || site != "" && fh == foldTitle(site) {
		return false
	}
	segs := splitTitle(title)
	for i, s := range segs {
		if i > 0 && foldTitle(s) == fh {
			return false
		}
	}
	return true
}

// splitTitle splits a <title> at the separators pages put between the
// story, the section and the site name.
func splitTitle(t string) []string {
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

func cleanSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return collapseSpace([]byte(s))
}

// needsCollapse reports whether cleanSpace would change s: it has white
// space at either end, a run of it, or any but the plain space.
func needsCollapse(s string) bool {
	space := true // white space at the start counts
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return true // it may be white space; collapseSpace tells
		case c == ' ':
			if space {
				return true
			}
			space = true
		case '\t' <= c && c <= '\r':
			return true
		default:
			space = false
		}
	}
	return space && s != ""
}

// collapseSpace returns b as a string with white space (as unicode.IsSpace
// reads it) trimmed from both ends and each run of it inside made one
// space: strings.Join(strings.Fields(string(b)), " "), in one copy.
func collapseSpace(b []byte) string {
	var out strings.Builder
	out.Grow(len(b))
	space := false
	for i := 0; i < len(b); {
		c := b[i]
		size := 1
		isSpace := false
		if c < utf8.RuneSelf {
			isSpace = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRune(b[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			space = out.Len() > 0
		} else {
			if space {
				out.WriteByte(' ')
				space = false
			}
			out.Write(b[i : i+size])
		}
		i += size
	}
	return out.String()
}

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "}

// cleanTitle removes the site name that pages add before or after a
// title. A segment is removed when it names the site, or when it is the
// last of several segments around " | " and much shorter than the rest.
func cleanTitle(t, site string) string {
	t = cleanSpace(t)
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
