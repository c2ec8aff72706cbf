package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Dates sets a.Published and a.Modified. The publication date comes from,
// in order, the JSON-LD article, article:published_time and other date
// <meta> elements, an element marked as the publication date (a <time>
// with pubdate, or any element with itemprop="datePublished", its value
// in an attribute or its text; else the first <time> in the body), a date
// in the URL path, and a date written on the page: in an element marked
// as a date or byline, or opening a short line just under the headline.
// The modification date comes likewise from JSON-LD, <meta> and
// itemprop="dateModified". A written date labelled as an update
// ("Updated Dec. 23, 2023") is never taken for the publication date; it
// is the modification date when the page gives no other. Values keep the
// zone the page gives (RFC 3339); when the chosen value is in UTC and a
// <time> element gives the same instant in the page's own zone, that one
// is kept, since the page's day is the one its readers see; failing that,
// a UTC value one day off the publication date written on the page gives
// way to that date, as does one a day after the update date written there.
// A value without a time or without a zone becomes a calendar date, unless
// a later source gives a time of day on that date, which is taken instead.
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
	for i, v := range pub {
		if t := normalizeDate(v); t != "" {
			t = timeOfDay(t, pub[i+1:])
			a.Published = localDay(localize(t, page.zoned), page.written, page.updated)
			break
		}
	}
	mod := []string{
		ldString(art, "dateModified"),
		d.MetaContent("article:modified_time", "og:updated_time", "modified_time", "datemodified",
			"dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated"),
		page.modified,
		page.updated,
	}
	for _, v := range mod {
		if t := normalizeDate(v); t != "" {
			a.Modified = localize(t, page.zoned)
			break
		}
	}
	return nil
}

// timeOfDay returns the first of the later sources that gives a time of
// day on the calendar date t, in its own zone, when t is a date alone (a
// page whose <meta name="date"> holds the day and its microdata the
// time); else t.
func timeOfDay(t string, later []string) string {
	if len(t) != len("2006-01-02") {
		return t
	}
	for _, v := range later {
		if u := normalizeDate(v); len(u) > len(t) && strings.HasPrefix(u, t) {
			return u
		}
	}
	return t
}

// pageDates are the dates found in a page's markup.
type pageDates struct {
	published string   // datetime of the <time> marked as the publication date, or of the first <time>
	written   string   // the publication date a reader sees written on the page, or ""
	updated   string   // the first date written after "Updated" or the like, or ""
	modified  string   // the value of the first element marked itemprop="dateModified", or ""
	zoned     []string // datetime values of <time> elements with a zone other than UTC
}

// maxZoned bounds the zoned <time> values kept from one page.
const maxZoned = 20

// Bounds of the dateline search under the headline: how many text nodes
// after the <h1> are read, and how long one may be to count as a dateline.
const (
	datelineNodes  = 6
	maxDatelineLen = 60
)

// dateScan is the state of one walk over the page.
type dateScan struct {
	pageDates
	firstTime, marked string
	markedMod         string // the value of the first element marked itemprop="dateModified"
	seenH1            bool
	afterH1           int    // text nodes read since the end of the first <h1>; -1 before it
	writtenAny        string // a written date in a marked element before the <h1>
	dateline          string // a date opening a short text just under the <h1>
	// recent holds the last texts read, trimmed and cut to their last
	// 2*maxLabelGap bytes: enough of them to rebuild the tail (see tail),
	// as each adds at least two bytes to it.
	recent  [maxLabelGap / 2]string
	nRecent int // texts read in all
}

// scanDates walks the page once for <time> elements, elements marked (by
// class, id or itemprop) as dates, and a dateline just under the
// headline, leaving out navigation, asides and footers. A written date
// labelled as an update ("Updated Dec. 23, 2023") is kept apart from the
// publication date.
func scanDates(d *article.Doc) pageDates {
	s := &dateScan{afterH1: -1}
	s.visit(d.HTML)
	switch {
	case s.written != "":
	case s.dateline != "":
		s.written = s.dateline
	default:
		s.written = s.writtenAny
	}
	s.published, s.modified = s.marked, s.markedMod
	if s.published == "" {
		s.published = s.firstTime
	}
	return s.pageDates
}

func (s *dateScan) visit(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		s.text(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Footer, atom.Head, atom.Noscript, atom.Template, atom.Svg:
			return
		}
		s.element(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.visit(c)
	}
	if n.DataAtom == atom.H1 && s.afterH1 < 0 {
		s.afterH1 = 0
	}
}

// element notes the dates n's attributes give or its text writes out.
func (s *dateScan) element(n *html.Node) {
	// The first of each attribute counts.
	var dt, content, ip string
	var hasDT, hasContent, hasIP, pubdate bool
	for _, a := range n.Attr {
		switch {
		case a.Key == "datetime" && !hasDT:
			dt, hasDT = a.Val, true
		case a.Key == "content" && !hasContent:
			content, hasContent = a.Val, true
		case a.Key == "itemprop" && !hasIP:
			ip, hasIP = a.Val, true
		case a.Key == "pubdate":
			pubdate = true
		}
	}
	dt = strings.TrimSpace(dt)
	if dt == "" && n.DataAtom != atom.Meta {
		dt = strings.TrimSpace(content)
	}
	if hasIP {
		if s.marked == "" && strings.EqualFold(ip, "datepublished") {
			s.marked = microdataDate(n, dt)
		}
		if s.markedMod == "" && strings.EqualFold(ip, "datemodified") {
			s.markedMod = microdataDate(n, dt)
		}
	}
	if n.DataAtom == atom.Time && dt != "" {
		if s.firstTime == "" {
			s.firstTime = dt
		}
		if pubdate && s.marked == "" {
			s.marked = dt
		}
		if t, err := parseZoned(dt); err == nil && len(s.zoned) < maxZoned {
			if _, off := t.Zone(); off != 0 {
				s.zoned = append(s.zoned, dt)
			}
		}
	}
	if n.DataAtom == atom.H1 {
		s.seenH1 = true
	}
	if s.written == "" && (n.DataAtom == atom.Time || isDateElement(n)) {
		t := textOf(n, 200)
		days := writtenDays(t)
		if len(days) == 0 {
			return
		}
		pub, upd := labelDays(s.tail(), t, days)
		if len(upd) > 0 && s.updated == "" {
			s.updated = upd[0]
		}
		// The first date after the headline is the story's; one
		// before it is more often today's date in the page header.
		if len(pub) > 0 {
			if s.seenH1 {
				s.written = pub[0]
			} else if s.writtenAny == "" {
				s.writtenAny = pub[0]
			}
		}
	}
}

// text reads one text node: it keeps the last bytes of text for the
// labels of the dates that follow, and looks for a dateline among the
// first short texts after the headline.
func (s *dateScan) text(t string) {
	if s.written != "" {
		return // the tail and the dateline serve only to find the written date
	}
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	if s.afterH1 >= 0 && s.afterH1 < datelineNodes {
		s.afterH1++
		if s.dateline == "" && len(t) <= 2*maxDatelineLen {
			if c := cleanSpace(t); len(c) <= maxDatelineLen && opensWithDate(c) {
				if pub, _ := labelledDays(s.tail(), c); len(pub) > 0 {
					s.dateline = pub[0]
				}
			}
		}
	}
	if len(t) > 2*maxLabelGap {
		t = t[len(t)-2*maxLabelGap:]
	}
	s.recent[s.nRecent%len(s.recent)] = t
	s.nRecent++
}

// tail returns the last maxLabelGap bytes of the text read so far, each
// text node's after a space, white space collapsed. Only the texts in
// s.recent can reach into it.
func (s *dateScan) tail() string {
	var buf [8 * maxLabelGap]byte
	tail := buf[:0]
	for k := max(s.nRecent-len(s.recent), 0); k < s.nRecent; k++ {
		tail = appendCollapsed(tail, s.recent[k%len(s.recent)])
		if n := len(tail); n > maxLabelGap {
			tail = tail[:copy(tail, tail[n-maxLabelGap:])]
		}
	}
	return string(tail)
}

// appendCollapsed appends a space and t to tail, each run of white space
// in t collapsed to one space.
func appendCollapsed(tail []byte, t string) []byte {
	tail = append(tail, ' ')
	space := true
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || '\t' <= c && c <= '\r' {
				space = true
				continue
			}
			if space && tail[len(tail)-1] != ' ' {
				tail = append(tail, ' ')
			}
			space = false
			tail = append(tail, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && tail[len(tail)-1] != ' ' {
			tail = append(tail, ' ')
		}
		space = false
		tail = utf8.AppendRune(tail, r)
	}
	return tail
}

// opensWithDate reports whether t reads as a dateline: its first written
// date comes before any other words but a label ("Published", "Posted
// on", "Date:") or a weekday ("Tuesday 19 December 2023"), and after it
// come at most a time of day and a few words ("3 min read"), not the rest
// of a sentence.
func opensWithDate(t string) bool {
	w := writtenDays(t)
	if len(w) == 0 {
		return false
	}
	lead := t[:w[0].start]
	labelled := publishWordRE.MatchString(lead)
	lead = strings.ToLower(publishWordRE.ReplaceAllString(lead, ""))
	for _, f := range strings.FieldsFunc(lead, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !datelineLead[f] && (f != "on" || !labelled) {
			return false
		}
	}
	rest := strings.TrimSpace(timeOfDayRE.ReplaceAllString(t[w[0].end:], ""))
	if strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "!") || strings.HasSuffix(rest, "?") {
		return false
	}
	return len(strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })) <= maxDatelineTail
}

// maxDatelineTail is how many words may follow the date in a dateline.
const maxDatelineTail = 3

// timeOfDayRE matches a time of day with its zone: "7:00 p.m.", "09:14", "12:16PM EST".
var timeOfDayRE = regexp.MustCompile(`\b\d{1,2}(?::\d{2}){1,2}\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?`)

// datelineLead are the words that may stand before the date of a dateline.
var datelineLead = map[string]bool{
	"date": true, "dated": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// microdataDate returns the value of a microdata date element n: its
// datetime or content attribute, dt, else its text when that is a date.
func microdataDate(n *html.Node, dt string) string {
	if dt == "" {
		if t := textOf(n, 40); normalizeDate(t) != "" {
			return t
		}
	}
	return dt
}

// isDateElement reports whether n's class or id marks a date or a byline.
func isDateElement(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && marksDate(a.Val) {
			return true
		}
	}
	return false
}

// dateMarks are the words that mark a date or byline in a class or id,
// in lower case; "dateline" needs no entry of its own beside "date".
var dateMarks = []string{"date", "time", "publish", "posted", "byline"}

// marksDate reports whether v, in lower case, contains one of dateMarks.
// It reads ASCII case-insensitively in one pass, and lower-cases only a
// value with other bytes, since lower-casing some of them gives ASCII
// letters ("İ" gives "i").
func marksDate(v string) bool {
	var high byte // the bits of all bytes: 0x80 set when one is not ASCII
	for i := 0; i+1 < len(v); i++ {
		high |= v[i]
		if dateMarkPairs.at(v, i) {
			switch v[i] | 0x20 {
			case 'd':
				if hasFoldAt(v, i, "date") {
					return true
				}
			case 't':
				if hasFoldAt(v, i, "time") {
					return true
				}
			case 'p':
				if hasFoldAt(v, i, "publish") || hasFoldAt(v, i, "posted") {
					return true
				}
			case 'b':
				if hasFoldAt(v, i, "byline") {
					return true
				}
			}
		}
	}
	if len(v) == 0 || (high|v[len(v)-1]) < utf8.RuneSelf {
		return false
	}
	lv := strings.ToLower(v)
	for _, w := range dateMarks {
		if strings.Contains(lv, w) {
			return true
		}
	}
	return false
}

// dateMarkPairs holds the first two letters of dateMarks.
var dateMarkPairs = newLetterPairs(dateMarks...)

// hasFoldAt reports whether v holds the lower-case ASCII word w at i,
// ignoring ASCII case.
func hasFoldAt(v string, i int, w string) bool {
	if len(v)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if v[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
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

// localDay returns the publication day the page shows, a calendar date,
// when t is in UTC and that day differs from t's: the written publication
// date when it falls on the day before or after t's; failing that, the
// written update date when it falls on the day before t's, since a story
// cannot appear later in its own zone than its update does, and its own
// zone puts it at most a day before the UTC day.
func localDay(t, written, updated string) string {
	ut, err := time.Parse(time.RFC3339, t)
	if err != nil {
		return t
	}
	if _, off := ut.Zone(); off != 0 {
		return t
	}
	day := time.Date(ut.Year(), ut.Month(), ut.Day(), 0, 0, 0, 0, time.UTC)
	if written != "" {
		if wd, err := time.Parse("2006-01-02", written); err == nil {
			if diff := wd.Sub(day); diff == 24*time.Hour || diff == -24*time.Hour {
				return written
			}
		}
		return t
	}
	if ud, err := time.Parse("2006-01-02", updated); err == nil && day.Sub(ud) == 24*time.Hour {
		return updated
	}
	return t
}

// textOf returns up to max bytes of n's text with white space collapsed.
func textOf(n *html.Node, max int) string {
	var buf [256]byte
	return collapseSpace(appendText(buf[:0], n, max))
}

// appendText appends the text of n's children to b, a space before each
// element, leaving out scripts and styles, until b holds max bytes: the
// child that reaches max is appended whole.
func appendText(b []byte, n *html.Node, max int) []byte {
	for c := n.FirstChild; c != nil && len(b) < max; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b = append(b, c.Data...)
		case html.ElementNode:
			if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
				b = append(b, ' ')
				b = appendText(b, c, max)
			}
		}
	}
	return b
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
