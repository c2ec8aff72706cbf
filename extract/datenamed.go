package extract

import "strings"

// This file matches the two written date forms with a month name
// (monthDayYearRE and dayMonthYearRE) by a byte scan that finds exactly
// what the regexps find, without their backtracking: every part of
// either form has one way to match where it stands, so one pass from
// each possible start decides.

// namedDateMatches returns what re.FindAllStringSubmatchIndex(s, -1)
// returns for re monthDayYearRE (dayFirst false) or dayMonthYearRE
// (dayFirst true). Case folding lets the regexps read "ſ" as "s" and the
// Kelvin sign as "k"; for a text holding either it runs the regexp.
func namedDateMatches(s string, dayFirst bool) [][]int {
	if strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
		if dayFirst {
			return dayMonthYearRE.FindAllStringSubmatchIndex(s, -1)
		}
		return monthDayYearRE.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); {
		var m []int
		if dayFirst {
			m = matchDayMonthYear(s, i)
		} else {
			m = matchMonthDayYear(s, i)
		}
		if m == nil {
			i++
			continue
		}
		out = append(out, m)
		i = m[1]
	}
	return out
}

// matchMonthDayYear matches `\b(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`,
// ignoring case, at i: "Dec. 21st, 2023". It returns the submatch
// indexes, or nil.
func matchMonthDayYear(s string, i int) []int {
	if !wordStart(s, i) || !monthAt(s, i) {
		return nil
	}
	k := letterRunEnd(s, i+3)
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k = reSpaces(s, k); k < 0 {
		return nil
	}
	d0 := k
	k = digitsUpTo2(s, k)
	if k == d0 {
		return nil
	}
	d1 := k
	k = ordinalSuffix(s, k)
	if k < len(s) && s[k] == ',' {
		k++
	}
	y0, end := yearEnd(s, k)
	if end < 0 {
		return nil
	}
	return []int{i, end, i, i + 3, d0, d1, y0, end}
}

// matchDayMonthYear matches `\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(month)[a-z]*\.?,?\s+((?:19|20)\d{2})\b`,
// ignoring case, at i: "21st of December, 2023". It returns the
// submatch indexes, or nil.
func matchDayMonthYear(s string, i int) []int {
	if !wordStart(s, i) {
		return nil
	}
	k := digitsUpTo2(s, i)
	if k == i {
		return nil
	}
	d1 := k
	k = ordinalSuffix(s, k)
	if k = reSpaces(s, k); k < 0 {
		return nil
	}
	// "of" and spaces, when there: the month cannot start with "of".
	if k+2 < len(s) && s[k]|0x20 == 'o' && s[k+1]|0x20 == 'f' && isRESpace(s[k+2]) {
		k = reSpaces(s, k+2)
	}
	m0 := k
	if !monthAt(s, k) {
		return nil
	}
	k = letterRunEnd(s, k+3)
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k < len(s) && s[k] == ',' {
		k++
	}
	y0, end := yearEnd(s, k)
	if end < 0 {
		return nil
	}
	return []int{i, end, i, d1, m0, m0 + 3, y0, end}
}

// wordStart reports whether a word character of \b starts at i: s[i] is
// one and the byte before is not.
func wordStart(s string, i int) bool {
	return i < len(s) && isASCIIWordByte(s[i]) && (i == 0 || !isASCIIWordByte(s[i-1]))
}

// monthAt reports whether the abbreviation of a month, in any ASCII
// case, stands at i.
func monthAt(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	_, ok := lookupLower(monthNumber, s[i:i+3])
	return ok
}

// letterRunEnd returns the end of the run of ASCII letters from i.
func letterRunEnd(s string, i int) int {
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return i
}

// isRESpace reports whether c is white space to \s in a regexp.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// reSpaces returns the end of the run of \s from i, or -1 when there is
// none.
func reSpaces(s string, i int) int {
	k := i
	for k < len(s) && isRESpace(s[k]) {
		k++
	}
	if k == i {
		return -1
	}
	return k
}

// digitsUpTo2 returns the end of one or two digits from i, or i.
func digitsUpTo2(s string, i int) int {
	k := i
	for k < len(s) && k-i < 2 && isDigit(s[k]) {
		k++
	}
	return k
}

// ordinalSuffix returns the end of "st", "nd", "rd" or "th" at i, in any
// ASCII case, or i.
func ordinalSuffix(s string, i int) int {
	if i+2 > len(s) {
		return i
	}
	switch a, b := s[i]|0x20, s[i+1]|0x20; {
	case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
		return i + 2
	}
	return i
}

// yearEnd matches `\s+((?:19|20)\d{2})\b` at i and returns the year's
// start and end, or -1, -1.
func yearEnd(s string, i int) (int, int) {
	k := reSpaces(s, i)
	if k < 0 || k+4 > len(s) || !(s[k] == '1' && s[k+1] == '9' || s[k] == '2' && s[k+1] == '0') ||
		!isDigit(s[k+2]) || !isDigit(s[k+3]) || k+4 < len(s) && isASCIIWordByte(s[k+4]) {
		return -1, -1
	}
	return k, k + 4
}
