package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits text into the tokens the number reader works on:
// words, numerals in digits and single punctuation marks. URLs, hashtags,
// handles, e-mail addresses and codes that mix letters and digits
// ("G7", "COVID-19", "Trump2025") are marked skip: no fact is read from
// them.

type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // letters, with inner apostrophes and dotted abbreviations ("U.S.")
	tkNum                      // a numeral in digits, or a vulgar fraction character
	tkPunct                    // any other single character
)

// token is one token of a text. Offsets are bytes into the text.
type token struct {
	s, e  int32
	kind  tokKind
	space bool     // white space comes before it
	skip  bool     // part of a URL, hashtag, handle, e-mail address or code
	glued bool     // a word glued to the numeral before it: "10k", "180ml", "21st"
	r     rune     // the character of a tkPunct
	lex   lexEntry // the number-vocabulary entry of a tkWord
	num   digitNum // the reading of a tkNum
}

// maxWordLen bounds the words looked up in the number vocabulary.
const maxWordLen = 64

// tokenize splits s into tokens, appending to buf.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case isDigit(c) || (c == '.' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !wordAt(s, i-1) && s[i-1] != '.')):
				i = numToken(s, i, space, &toks)
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				i = wordToken(s, i, space, &toks)
			case (c == '#' || c == '@') && i+1 < len(s) && wordAt(s, i+1) && (i == 0 || !wordAt(s, i-1)):
				// A hashtag or a handle.
				j := tagEnd(s, i+1)
				toks = append(grow(toks), token{s: int32(i), e: int32(j), kind: tkWord, space: space, skip: true})
				i = j
			case c == '@' && len(toks) > 0 && !space:
				// An e-mail address: skip the local part already read and the domain.
				for k := len(toks) - 1; k >= 0; k-- {
					toks[k].skip = true
					if toks[k].space {
						break
					}
				}
				j := nonSpaceEnd(s, i)
				toks = append(grow(toks), token{s: int32(i), e: int32(j), kind: tkWord, skip: true})
				i = j
			case c == '$' && i+1 < len(s) && 'A' <= s[i+1] && s[i+1] <= 'Z' && cashtag(s, i+1):
				j := tagEnd(s, i+1)
				toks = append(grow(toks), token{s: int32(i), e: int32(j), kind: tkWord, space: space, skip: true})
				i = j
			case c == '+' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !wordAt(s, i-1)) && phoneEnd(s, i+1) > 0:
				j := phoneEnd(s, i+1)
				toks = append(grow(toks), token{s: int32(i), e: int32(j), kind: tkNum, space: space, skip: true})
				i = j
			default:
				toks = append(grow(toks), token{s: int32(i), e: int32(i + 1), kind: tkPunct, space: space, r: rune(c)})
				i++
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case commonLetterBlock(r):
			i = wordToken(s, i, space, &toks)
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case isVulgarFraction(r):
			toks = append(grow(toks), token{s: int32(i), e: int32(i + size), kind: tkNum, space: space,
				num: digitNum{end: int32(i + size), val: vulgarFractions[r], decimal: true}})
			i += size
		case unicode.IsLetter(r):
			i = wordToken(s, i, space, &toks)
		default:
			toks = append(grow(toks), token{s: int32(i), e: int32(i + size), kind: tkPunct, space: space, r: r})
			i += size
		}
		space = false
	}
	markCodes(s, toks)
	return toks
}

// numToken reads the numeral at s[i] and any letters glued to it.
func numToken(s string, i int, space bool, toks *[]token) int {
	n := readDigits(s, i)
	t := token{s: int32(i), e: n.end, kind: tkNum, space: space, num: n, skip: n.dotted}
	j := int(n.end)
	if j < len(s) && letterAt(s, j) {
		k := letterEnd(s, j)
		// Square and cubic units: "m2", "km2", "ft3".
		if k < len(s) && (s[k] == '2' || s[k] == '3') && !wordAt(s, k+1) && powerUnits[s[j:k]] {
			k++
		}
		if wordAt(s, k) {
			// 24703L202, 11a5: a code.
			e := alnumEnd(s, k)
			t.skip = true
			t.e = int32(e)
			*toks = append(grow(*toks), t)
			return e
		}
		*toks = append(grow(*toks), t)
		*toks = append(grow(*toks), token{s: int32(j), e: int32(k), kind: tkWord, glued: true, skip: t.skip})
		return k
	}
	*toks = append(grow(*toks), t)
	return j
}

// powerUnits are the unit symbols that take a glued 2 or 3 for square
// and cubic measures.
var powerUnits = map[string]bool{"m": true, "km": true, "cm": true, "mm": true, "ft": true, "mi": true, "yd": true, "in": true}

// wordToken reads the word at s[i]. A word glued to digits that follow
// is a code ("G7", "Trump2025") unless it is a currency code ("USD115").
func wordToken(s string, i int, space bool, toks *[]token) int {
	k := asciiLettersEnd(s, i)
	// A URL's scheme or "www" ends at one of these (see urlEnd).
	if k < len(s) && (s[k] == ':' || s[k] == '.' || s[k] == '+' || s[k] == '-') {
		if j := urlEnd(s, i); j > i {
			*toks = append(grow(*toks), token{s: int32(i), e: int32(j), kind: tkWord, space: space, skip: true})
			return j
		}
	}
	j := letterEnd(s, k)
	// Inner apostrophes and dotted abbreviations: "Putin's", "U.S.", "a.m.".
	for j < len(s) {
		if (s[j] == '\'' || strings.HasPrefix(s[j:], "’")) && j > i {
			k := j + 1
			if s[j] != '\'' {
				k = j + len("’")
			}
			if letterAt(s, k) {
				j = letterEnd(s, k)
				continue
			}
			break
		}
		if s[j] == '.' && j+1 < len(s) && letterAt(s, j+1) && j-i <= 3 && letterEnd(s, j+1)-(j+1) <= 2 {
			j = letterEnd(s, j+1)
			if j < len(s) && s[j] == '.' {
				j++
			}
			continue
		}
		break
	}
	if j-i > maxWordLen {
		*toks = append(grow(*toks), token{s: int32(i), e: int32(j), kind: tkWord, space: space})
		return j
	}
	w := s[i:j]
	if j < len(s) && (s[j] == '2' || s[j] == '3') && powerUnits[w] && !wordAt(s, j+1) {
		j++ // "km2"
		w = s[i:j]
	}
	if j < len(s) && isDigit(s[j]) && !currencyGlued(w) {
		// A code: letters and digits glued together.
		e := alnumEnd(s, j)
		*toks = append(grow(*toks), token{s: int32(i), e: int32(e), kind: tkWord, space: space, skip: true})
		return e
	}
	t := token{s: int32(i), e: int32(j), kind: tkWord, space: space}
	t.lex, _ = lookupNumberWord(w)
	*toks = append(grow(*toks), t)
	return j
}

// grow returns s with room for one more element, doubling its capacity
// when it is full, so that appending n elements copies at most 2n: the
// built-in append grows large slices by a quarter only.
func grow[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	n := make([]T, len(s), 2*cap(s)+16)
	copy(n, s)
	return n
}

// markCodes marks as skip the codes that join letters and digits with a
// hyphen ("COVID-19", "F-16", "L-202") and chains of three or more
// numbers joined by hyphens or dots without spaces (phone and account
// numbers such as 1111-2222-3333).
func markCodes(s string, toks []token) {
	for i := 0; i+2 < len(toks); i++ {
		// The hyphen first: it is the rarest of the conditions.
		if h := &toks[i+1]; h.kind != tkPunct || h.space || !isHyphen(*h) {
			continue
		}
		t := &toks[i]
		if t.kind == tkWord && !t.skip && !t.glued && t.lex.kind == lxNone &&
			toks[i+2].kind == tkNum && !toks[i+2].space && !yearPrefix(s[t.s:t.e]) {
			toks[i].skip, toks[i+1].skip, toks[i+2].skip = true, true, true
			for k := i + 3; k < len(toks) && !toks[k].space && (toks[k].glued || isHyphen(toks[k]) || toks[k].kind == tkNum); k++ {
				toks[k].skip = true
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tkNum {
			continue
		}
		k, parts := i, 1
		var sep rune
		for k+2 < len(toks) && !toks[k+1].space && !toks[k+2].space && toks[k+2].kind == tkNum &&
			(isHyphen(toks[k+1]) || toks[k+1].r == '.' || toks[k+1].r == '/') && (sep == 0 || toks[k+1].r == sep) {
			sep = toks[k+1].r
			k += 2
			parts++
		}
		// (212) 555-1234 and 555-1234: a phone number.
		if parts == 2 && sep == '-' && toks[i].num.intLen == 3 && toks[k].num.intLen == 4 && !toks[i].num.grouped &&
			!toks[k].num.grouped && !toks[i].num.decimal && !toks[k].num.decimal {
			parts = 3
			if i >= 3 && toks[i-1].r == ')' && toks[i-2].kind == tkNum && toks[i-2].num.intLen == 3 && toks[i-3].r == '(' {
				toks[i-1].skip, toks[i-2].skip, toks[i-3].skip = true, true, true
			}
		}
		if parts >= 3 {
			for m := i; m <= k; m++ {
				toks[m].skip = true
			}
		}
		i = k
	}
}

// yearPrefix reports whether w joins a year with a hyphen without making
// a code: "mid-2020", "pre-1990", "late-1990s".
func yearPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "mid", "pre", "post", "early", "late", "end", "fy", "since":
		return true
	}
	return false
}

func isHyphen(t token) bool {
	return t.kind == tkPunct && (t.r == '-' || t.r == '‐' || t.r == '‑')
}

// isDash reports whether t joins the two ends of a range: a hyphen or an
// en dash.
func isDash(t token) bool {
	return t.kind == tkPunct && (t.r == '-' || t.r == '‐' || t.r == '‑' || t.r == '–' || t.r == '—')
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetterOrMark(r)
}

// letterEnd returns the end of the run of letters starting at i.
func letterEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLetterOrMark(r) {
			return i
		}
		i += size
	}
	return i
}

// alnumEnd returns the end of the run of letters, digits and inner
// hyphens, dots and underscores starting at i.
func alnumEnd(s string, i int) int {
	for i < len(s) {
		if wordAt(s, i) {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if (s[i] == '-' || s[i] == '_' || s[i] == '.') && wordAt(s, i+1) {
			i++
			continue
		}
		break
	}
	return i
}

// tagEnd returns the end of a hashtag or handle whose name starts at i.
func tagEnd(s string, i int) int {
	for i < len(s) && (wordAt(s, i) || s[i] == '_') {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// cashtag reports whether the capitals at s[i:] form a cashtag ("$AAPL"):
// one to six capitals not followed by a digit or a lower-case letter.
func cashtag(s string, i int) bool {
	j := i
	for j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
		j++
	}
	return j-i <= 6 && !wordAt(s, j)
}

func nonSpaceEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// urlEnd returns the end of the URL starting at s[i] ("https://...",
// "www...."), or i when none starts there.
func urlEnd(s string, i int) int {
	j := i
	for j < len(s) && j-i < 12 && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z' || s[j] == '+' || s[j] == '.' || s[j] == '-') {
		j++
	}
	if strings.HasPrefix(s[j:], "://") || (j-i == 4 && strings.EqualFold(s[i:j], "www.") && wordAt(s, j)) {
		return trimURL(s, i, nonSpaceEnd(s, j))
	}
	return i
}

// trimURL drops the punctuation that ends a sentence after a URL.
func trimURL(s string, i, j int) int {
	for j > i && strings.ContainsRune(".,;:!?)\"'”’", rune(s[j-1])) {
		j--
	}
	return j
}

// phoneEnd returns the end of the phone number whose digits start at
// s[i] after a "+", or 0 when the digits there are not a phone number: at
// least seven digits broken by spaces, hyphens, dots, slashes or brackets.
func phoneEnd(s string, i int) int {
	digits, seps, end := 0, 0, i
	for j := i; j < len(s) && j-i < 32; j++ {
		c := s[j]
		switch {
		case isDigit(c):
			digits++
			end = j + 1
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
			if j+1 >= len(s) || !(isDigit(s[j+1]) || s[j+1] == '(') {
				j = len(s)
				continue
			}
			seps++
		default:
			j = len(s)
		}
	}
	if digits < 7 || seps == 0 {
		return 0
	}
	return end
}
