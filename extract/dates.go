package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/newsparse/newsparse/article"
)

// Dates sets a.Published and a.Modified from, in order, the JSON-LD
// article, article:*_time and other date <meta> elements, a <time> element
// marked as the publication date (or the first <time> in the body), and a
// date in the URL path. Values keep the zone the page gives (RFC 3339);
// a value without a time or without a zone becomes a calendar date.
func Dates(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		return nil
	}
	art := ldArticle(d)
	pub := []string{
		ldString(art, "datePublished"),
		d.MetaContent("article:published_time", "og:published_time", "published_time", "datepublished",
			"pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
			"dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "article.published",
			"article_date_original", "og:article:published_time", "cxenseparse:recs:publishtime"),
		ldString(art, "dateCreated"),
		timeElement(d),
		urlDate(a.URL),
	}
	for _, v := range pub {
		if t := normalizeDate(v); t != "" {
			a.Published = t
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
			a.Modified = t
			break
		}
	}
	return nil
}

// timeElement returns the datetime of the page's <time> marked as the
// publication date, or of the first <time> in the body.
func timeElement(d *article.Doc) string {
	if d.Page == nil {
		return ""
	}
	for _, sel := range []string{`time[itemprop="datePublished"]`, `[itemprop="datePublished"]`, `time[pubdate]`} {
		s := d.Page.Find(sel).First()
		if v := firstAttr(s, "datetime", "content"); v != "" {
			return v
		}
	}
	if d.Content != nil {
		s := goquery.NewDocumentFromNode(d.Content).Find("time[datetime]").First()
		return s.AttrOr("datetime", "")
	}
	return ""
}

func firstAttr(s *goquery.Selection, keys ...string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(s.AttrOr(k, "")); v != "" {
			return v
		}
	}
	return ""
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

// zoned layouts carry a zone; the result keeps it.
var zonedLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "2006-01-02T15:04:05.999999999-0700",
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
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return t.Format(time.RFC3339)
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && plausible(t) {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func plausible(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }
