package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	monthDayYearRE = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	dayMonthYearRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b`)
	isoDateRE      = regexp.MustCompile(`\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	usDateRE       = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b`)
)

var monthNumber = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// dateForms are the written date forms, each with the submatch indexes of
// its year, month and day; named says the month is a name, not a number.
// yearAt says where a form's year stands, so that a byte scan can skip
// the regexps of the forms a text cannot hold.
// dayFirst says a named form is dayMonthYearRE, matched by
// namedDateMatches rather than by the regexp.
var dateForms = []struct {
	re               *regexp.Regexp
	year, month, day int
	named, dayFirst  bool
	yearAt           yearPlace
}{
	{re: monthDayYearRE, year: 3, month: 1, day: 2, named: true, yearAt: yearAfterSpace},
	{re: dayMonthYearRE, year: 3, month: 2, day: 1, named: true, dayFirst: true, yearAt: yearAfterSpace},
	{re: isoDateRE, year: 1, month: 2, day: 3, yearAt: yearBeforeSep},
	{re: usDateRE, year: 3, month: 1, day: 2, yearAt: yearAfterSlash},
}

// yearPlace is a set of places where a year (four digits starting with
// 19 or 20) stands in a text.
type yearPlace uint8

const (
	yearAfterSpace yearPlace = 1 << iota // after white space: "Dec 21, 2023"
	yearBeforeSep                        // before a hyphen, slash or period: "2023-12-21"
	yearAfterSlash                       // after a slash: "12/21/2023"
)

// yearPlaces returns the places where years stand in s.
func yearPlaces(s string) yearPlace {
	var p yearPlace
	for i := 0; i+4 <= len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		if i > 0 {
			switch c := s[i-1]; {
			case c == ' ' || '\t' <= c && c <= '\r':
				p |= yearAfterSpace
			case c == '/':
				p |= yearAfterSlash
			}
		}
		if i+4 < len(s) && (s[i+4] == '-' || s[i+4] == '/' || s[i+4] == '.') {
			p |= yearBeforeSep
		}
	}
	return p
}

// namesMonth reports whether the abbreviation of a month ("jan" ..
// "dec", ignoring ASCII case) opens a word of s, as it does in every
// match of the forms with a named month: both need a word boundary (an
// ASCII boundary, as \b is) or white space before the month. (The one
// month that case folding lets the regexps read in other letters, "ſep",
// never gives a day: its first three bytes name no month.)
func namesMonth(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if i > 0 && isASCIIWordByte(s[i-1]) || strings.IndexByte("jfmasond", s[i]|0x20) < 0 {
			continue
		}
		if _, ok := lookupLower(monthNumber, s[i:i+3]); ok {
			return true
		}
	}
	return false
}

// isASCIIWordByte reports whether c is a word character of \b in a
// regexp: an ASCII letter or digit, or an underscore.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// writtenDay is a calendar date written out in a text, with its byte
// range there.
type writtenDay struct {
	start, end int
	day        string // YYYY-MM-DD
}

// writtenDays finds the calendar dates written out in s ("December 21,
// 2023", "20 Dec 2023", "2023-12-21", "12/21/2023" read month first), in
// the order they appear, leaving out impossible days and any that overlap
// an earlier one.
func writtenDays(s string) []writtenDay {
	places := yearPlaces(s)
	if places == 0 {
		return nil
	}
	var out []writtenDay
	named := namesMonth(s)
	for _, f := range dateForms {
		if places&f.yearAt == 0 || f.named && !named {
			continue // no regexp runs where its year or month cannot stand
		}
		var ms [][]int
		if f.named {
			ms = namedDateMatches(s, f.dayFirst)
		} else {
			ms = f.re.FindAllStringSubmatchIndex(s, -1)
		}
		for _, m := range ms {
			part := func(i int) string { return s[m[2*i]:m[2*i+1]] }
			y, d := atoi(part(f.year)), atoi(part(f.day))
			var mo int
			if f.named {
				mo = monthNumber[strings.ToLower(part(f.month)[:3])]
			} else {
				mo = atoi(part(f.month))
			}
			t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			if t.Month() != time.Month(mo) || t.Day() != d || !plausible(t) {
				continue
			}
			out = append(out, writtenDay{start: m[0], end: m[1], day: t.Format("2006-01-02")})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	kept := out[:0]
	for _, w := range out {
		if len(kept) > 0 && w.start < kept[len(kept)-1].end {
			continue
		}
		kept = append(kept, w)
	}
	return kept
}

// updateWords introduce the date of a later change; publishWords the
// date a story first appeared.
var (
	updateWordRE  = regexp.MustCompile(`(?i)\b(?:updated|update|modified|edited|revised|amended|corrected)\b`)
	publishWordRE = regexp.MustCompile(`(?i)\b(?:published|posted|first published|publish date|created|issued|released)\b`)
)

// maxLabelGap is how far before a date its label ("Updated", "Published")
// may stand.
const maxLabelGap = 40

// labelledDays splits the dates written in s into those a reader takes
// for the publication (unlabelled, or after "Published", "Posted") and
// those after "Updated", "Modified" and the like. before is the text just
// ahead of s on the page, where the label of s's first date may stand.
func labelledDays(before, s string) (published, updated []string) {
	return labelDays(before, s, writtenDays(s))
}

// labelDays is labelledDays with the days written in s already found.
func labelDays(before, s string, days []writtenDay) (published, updated []string) {
	prev := 0
	for i, w := range days {
		ctx := s[prev:w.start]
		if i == 0 {
			ctx = before + " " + ctx
		}
		if len(ctx) > maxLabelGap {
			ctx = ctx[len(ctx)-maxLabelGap:]
		}
		if isUpdateLabel(ctx) {
			updated = append(updated, w.day)
		} else {
			published = append(published, w.day)
		}
		prev = w.end
	}
	return published, updated
}

// isUpdateLabel reports whether the last label word in ctx says the date
// after it is an update.
func isUpdateLabel(ctx string) bool {
	u := updateWordRE.FindAllStringIndex(ctx, -1)
	if u == nil {
		return false
	}
	p := publishWordRE.FindAllStringIndex(ctx, -1)
	return p == nil || u[len(u)-1][0] > p[len(p)-1][0]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
