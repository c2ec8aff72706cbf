package main

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldChars maps typographic quotes, apostrophes and dashes to their
// ASCII forms and non-breaking spaces to spaces.
var foldChars = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'", "`", "'", "´", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`, "«", `"`, "»", `"`,
	"‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "―", "-", "−", "-",
	"\u00a0", " ",
)

// normTitle is the form titles are compared in: Unicode NFKC, quotes and
// dashes folded to ASCII, white space collapsed to single spaces, lower
// case.
func normTitle(s string) string {
	s = foldChars.Replace(norm.NFKC.String(s))
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// normName is the form author names are compared in: the title form with
// every character that is not a letter, digit or space dropped, so that
// "Ralph D. Russo" and "RALPH D RUSSO" are the same name.
func normName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			return r
		}
		if r == '-' {
			return ' '
		}
		return -1
	}, normTitle(s))
	return strings.Join(strings.Fields(s), " ")
}

// authorSet returns the sorted, de-duplicated normalized names, with
// empty ones left out.
func authorSet(names []string) []string {
	var out []string
	for _, n := range names {
		if n = normName(n); n != "" {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameAuthors reports whether two lists name the same set of people.
func sameAuthors(truth, pred []string) bool {
	return slices.Equal(authorSet(truth), authorSet(pred))
}

// day returns the calendar day, "YYYY-MM-DD", of an ISO 8601 date or
// date-time as written (the page's own zone, not converted to UTC), or ""
// when s does not start with one.
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	for i, c := range s[:10] {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return ""
		}
	}
	return s[:10]
}
