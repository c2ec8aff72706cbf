package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsparse/newsparse/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Dates sets a.Published and a.Modified. The publication date comes from,
// in order, the JSON-LD article, article:published_time and other date
// <meta> elements, a <time> element marked as the publication date (or the
// first <time> in the body), a date in the URL path, and a date written in
// an element marked as a date or byline. Values keep the zone the page
// gives (RFC 3339); when the chosen value is in UTC and a <time> element
// gives the same instant in the page's own zone, that one is kept, since
// the page's day is the one its readers see; failing that, a UTC value
// one day off the date written on the page gives way to that date. A
// value without a time or without a zone becomes a calendar date.
func Dates(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		return nil
	}
	art := ldArticle(d)
	page := scanDates(d)
	pub := []string{
		ldString(art, "datePublished"),
		d.MetaContent("article:published_time", "og:published_time", "published_time", "datepublished",
			"pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
			"dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "article.published",
			"article_date_original", "og:article:published_time", "cxenseparse:recs:publishtime"),
		ldString(art, "dateCreated"),
		page.published,
		urlDate(a.URL),
		page.written,
	}
	for _, v := range pub {
		if t := normalizeDate(v); t != "" {
			a.Published = localDay(localize(t, page.zoned), page.written)
			break
		}
	}
	mod := []string{
		ldString(art, "dateModified"),
		d.MetaContent("article:modified_time", "og:updated_time", "modified_time", "datemodified",
			"dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated"),
	}
	for _, v := range mod {
		if t := normalizeDate(v); t != "" {
			a.Modified = localize(t, page.zoned)
			break
		}
	}
	return nil
}

// pageDates are the dates found in a page's markup.
type pageDates struct {
	published string   // datetime of the <time> marked as the publication date, or of the first <time>
	written   string   // the first date written out in an element marked as a date or byline, after the <h1> if any
	zoned     []string // datetime values of <time> elements with a zone other than UTC
}

// maxZoned bounds the zoned <time> values kept from one page.
const maxZoned = 20

// scanDates walks the page once for <time> elements and elements marked
// (by class, id or itemprop) as dates, leaving out navigation, asides and
// footers.
func scanDates(d *article.Doc) pageDates {
	var p pageDates
	var firstTime, marked, writtenAny string
	seenH1 := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Footer, atom.Head, atom.Noscript, atom.Template, atom.Svg:
				return
			}
			dt := strings.TrimSpace(attrOf(n, "datetime"))
			if dt == "" && n.DataAtom != atom.Meta {
				dt = strings.TrimSpace(attrOf(n, "content"))
			}
			ip := strings.ToLower(attrOf(n, "itemprop"))
			if ip == "datepublished" && dt != "" && marked == "" {
				marked = dt
			}
			if n.DataAtom == atom.Time && dt != "" {
				if firstTime == "" {
					firstTime = dt
				}
				if _, ok := attrVal(n, "pubdate"); ok && marked == "" {
					marked = dt
				}
				if t, err := parseZoned(dt); err == nil && len(p.zoned) < maxZoned {
					if _, off := t.Zone(); off != 0 {
						p.zoned = append(p.zoned, dt)
					}
				}
			}
			if n.DataAtom == atom.H1 {
				seenH1 = true
			}
			if p.written == "" && (n.DataAtom == atom.Time || isDateElement(n)) {
				// The first date after the headline is the story's; one
				// before it is more often today's date in the page header.
				if w := writtenDate(textOf(n, 200)); w != "" {
					if seenH1 {
						p.written = w
					} else if writtenAny == "" {
						writtenAny = w
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(d.HTML)
	if p.written == "" {
		p.written = writtenAny
	}
	p.published = marked
	if p.published == "" {
		p.published = firstTime
	}
	return p
}

// isDateElement reports whether n's class or id marks a date or a byline.
func isDateElement(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range []string{"date", "time", "publish", "posted", "byline", "dateline"} {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// localize returns the zoned <time> value that names the same instant as
// t when t is in UTC, else t.
func localize(t string, zoned []string) string {
	ut, err := time.Parse(time.RFC3339, t)
	if err != nil {
		return t
	}
	if _, off := ut.Zone(); off != 0 {
		return t
	}
	for _, z := range zoned {
		if lt, err := parseZoned(z); err == nil && lt.Sub(ut).Abs() < time.Minute {
			return lt.Format(time.RFC3339)
		}
	}
	return t
}

// localDay returns the written date, a calendar date, when t is in UTC
// and falls on the day before or after it: the page then shows the day in
// its own zone, which the UTC value does not give.
func localDay(t, written string) string {
	ut, err := time.Parse(time.RFC3339, t)
	if err != nil || written == "" {
		return t
	}
	if _, off := ut.Zone(); off != 0 {
		return t
	}
	wd, err := time.Parse("2006-01-02", written)
	if err != nil {
		return t
	}
	day := time.Date(ut.Year(), ut.Month(), ut.Day(), 0, 0, 0, 0, time.UTC)
	if diff := wd.Sub(day); diff == 24*time.Hour || diff == -24*time.Hour {
		return written
	}
	return t
}

func attrOf(n *html.Node, key string) string {
	v, _ := attrVal(n, key)
	return v
}

func attrVal(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textOf returns up to max bytes of n's text with white space collapsed.
func textOf(n *html.Node, max int) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < max; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
					b.WriteByte(' ')
					visit(c)
				}
			}
		}
	}
	visit(n)
	return cleanSpace(b.String())
}

var (
	monthDayYearRE = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	dayMonthYearRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b`)
	isoDateRE      = regexp.MustCompile(`\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	usDateRE       = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b`)
)

var monthNumber = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// writtenDate finds a calendar date written out in s ("December 21,
// 2023", "20 Dec 2023", "2023-12-21", "12/21/2023" read month first) and
// returns it as YYYY-MM-DD, or "".
func writtenDate(s string) string {
	if s == "" {
		return ""
	}
	var y, m, d int
	if x := monthDayYearRE.FindStringSubmatch(s); x != nil {
		m, d, y = monthNumber[strings.ToLower(x[1])], atoi(x[2]), atoi(x[3])
	} else if x := dayMonthYearRE.FindStringSubmatch(s); x != nil {
		d, m, y = atoi(x[1]), monthNumber[strings.ToLower(x[2])], atoi(x[3])
	} else if x := isoDateRE.FindStringSubmatch(s); x != nil {
		y, m, d = atoi(x[1]), atoi(x[2]), atoi(x[3])
	} else if x := usDateRE.FindStringSubmatch(s); x != nil {
		m, d, y = atoi(x[1]), atoi(x[2]), atoi(x[3])
	} else {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) || t.Day() != d || !plausible(t) {
		return ""
	}
	return t.Format("2006-01-02")
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var urlDateRE = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)`)

// urlDate returns the date in a URL path such as /2023/01/19/, or "".
func urlDate(u string) string {
	m := urlDateRE.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	return m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3])
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// zonedLayouts carry a zone; the result keeps it.
var zonedLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "2006-01-02T15:04:05.999999999-0700",
}

// parseZoned parses a date-time that carries a zone.
func parseZoned(s string) (time.Time, error) {
	var err error
	for _, l := range zonedLayouts {
		var t time.Time
		if t, err = time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// dateLayouts carry a day but no zone; the result is the calendar date.
var dateLayouts = []string{
	"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "02.01.2006", "Monday, January 2, 2006", "Jan. 2, 2006",
}

// normalizeDate turns a date string into ISO 8601: RFC 3339 when it has a
// time and zone, else the calendar date. It returns "" for anything it
// cannot read or any year before 1990 or far in the future.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	if t, err := parseZoned(s); err == nil && plausible(t) {
		return t.Format(time.RFC3339)
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return t.Format("2006-01-02")
		}
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && plausible(t) {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func plausible(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }
