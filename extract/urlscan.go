package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// This file recognises URLs in running text the way twitter-text does, so
// that no hashtag, mention or number is read from inside one. A URL is an
// optional "http://" or "https://", a domain whose last label is a known
// top-level domain (tlds.go), an optional port, path and query. Without a
// protocol the domain must be ASCII (accented Latin letters allowed) and
// the URL ends with the domain unless a path follows. Where
// twitter-text checks a domain with IDNA and caps a URL at 4096
// characters, this scanner does neither; it runs in linear time.

// maxTcoSlug is the longest slug of a t.co link, as in twitter-text.
const maxTcoSlug = 40

// scanURLs returns the spans of the URLs in s, in order. They do not
// overlap.
func scanURLs(s string) []article.Span {
	var out []article.Span
	pos := 0 // the next match may not start before pos
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && (!isASCIIAlnum(rune(c)) || i > 0 && isASCIIAlnum(rune(s[i-1]))) ||
			c >= utf8.RuneSelf && !(0xc3 <= c && c <= 0xcd || c == 0xe1) {
			// No URL starts here, as no ASCII letter or digit after another
			// and no byte that cannot begin an accented Latin letter (see
			// isLatinAccent) may start one: the common cases, without
			// decoding.
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isASCIIAlnum(r) && !isLatinAccent(r) {
			i += n
			continue
		}
		prev, pn := rune(-1), 0
		if i > 0 {
			prev, pn = utf8.DecodeLastRuneInString(s[:i])
			if i-pn < pos || !urlMayFollow(prev) {
				i += n
				continue
			}
		}
		end := -1
		if p := protocolLen(s[i:]); p > 0 {
			end = matchURL(s, i+p, true)
		} else if (prev < 0 || !strings.ContainsRune("-_./", prev) && !isASCIIDomainRune(prev)) && mayBeDomain(s, i) {
			end = matchURL(s, i, false)
		}
		if end < 0 {
			i += n
			continue
		}
		out = append(out, article.Span{i, end})
		pos, i = end, end
	}
	return out
}

// mayBeDomain reports whether a domain without protocol may start at d:
// its first label must end in a dot. False means matchURL(s, d, false)
// finds none; the scan stops at the first ASCII byte a label cannot hold.
func mayBeDomain(s string, d int) bool {
	for i := d; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '-' || c == '_' || isASCIIAlnum(rune(c)) {
			continue
		}
		return c == '.'
	}
	return false
}

// matchURL returns the end of the URL whose domain starts at d, after a
// protocol if proto, or -1.
func matchURL(s string, d int, proto bool) int {
	de := matchDomain(s, d, proto)
	if de < 0 {
		return -1
	}
	e := de
	if e+1 < len(s) && s[e] == ':' && isDigit(s[e+1]) {
		e += 2
		for e < len(s) && isDigit(s[e]) {
			e++
		}
	}
	path := e < len(s) && s[e] == '/'
	if path {
		e = scanURLPath(s, e+1)
	}
	if e < len(s) && s[e] == '?' {
		e = scanURLQuery(s, e)
	}
	if !proto && !path {
		return de
	}
	// A t.co link ends with its slug.
	if strings.EqualFold(s[d:de], "t.co") && de < len(s) && s[de] == '/' {
		slug := de + 1
		for slug < len(s) && isASCIIAlnum(rune(s[slug])) {
			slug++
		}
		switch n := slug - de - 1; {
		case n > maxTcoSlug:
			return -1
		case n > 0:
			if slug < len(s) && s[slug] == '?' {
				return scanURLQuery(s, slug)
			}
			return slug
		}
	}
	return e
}

// matchDomain matches a domain at d: labels separated by dots, the last
// one a top-level domain, the others of domain characters with "-" (and,
// before the second-level label, "_") inside. Like twitter-text it takes
// the most labels it can. It returns the domain's end, or -1.
func matchDomain(s string, d int, proto bool) int {
	end := -1
	p, k, underscore := d, 0, false
	for {
		if k >= 1 && !underscore {
			if n := tldAt(s, p); n > 0 {
				end = p + n
			}
		}
		q, ok := domainLabel(s, p, proto)
		if !ok || q+1 >= len(s) || s[q] != '.' {
			return end
		}
		underscore = strings.IndexByte(s[p:q], '_') >= 0
		p, k = q+1, k+1
	}
}

// domainLabel returns the end of the domain label that starts at p and
// whether it is valid: domain characters with "-" or "_" inside, at most
// 63 characters long once encoded in ASCII (so an encoded label,
// "xn--...", must be ASCII).
func domainLabel(s string, p int, proto bool) (int, bool) {
	q, ascii, runes := p, true, 0
	var last rune
	for q < len(s) {
		r, n := utf8.DecodeRuneInString(s[q:])
		if !isDomainRune(r, proto) && (r != '-' && r != '_' || q == p) {
			break
		}
		ascii = ascii && r < utf8.RuneSelf
		last = r
		runes++
		q += n
	}
	switch {
	case q == p || !isDomainRune(last, proto):
		return q, false
	case ascii:
		return q, q-p <= maxLabel
	}
	// Punycode adds "xn--" and at least one character per non-ASCII one.
	return q, runes <= maxLabel-4 && !strings.HasPrefix(strings.ToLower(s[p:min(q, p+4)]), "xn--")
}

// maxLabel is the longest domain label in bytes, encoded in ASCII.
const maxLabel = 63

// tldAt returns the length of the top-level domain that starts at p, or
// 0. The domain must not be followed by an ASCII letter or digit or one of
// "@+-"; where several would do, the longest wins. A punycode label
// ("xn--...") counts as one.
func tldAt(s string, p int) int {
	best := 0
	for q := p; q < len(s) && q-p < maxTLDBytes; {
		r, n := utf8.DecodeRuneInString(s[q:])
		if r < utf8.RuneSelf && !isASCIIAlnum(r) || unicode.IsSpace(r) || unicode.IsPunct(r) {
			break
		}
		q += n
		if (q == len(s) || !tldContinues(s[q])) && isTLD(s[p:q]) {
			best = q - p
		}
	}
	if best == 0 && len(s)-p > 4 && strings.EqualFold(s[p:p+4], "xn--") {
		q := p + 4
		for q < len(s) && (isASCIIAlnum(rune(s[q])) || s[q] == '-') {
			q++
		}
		if q > p+4 {
			best = q - p
		}
	}
	return best
}

// tldContinues reports whether byte c, after a top-level domain, makes it
// part of a longer word: an ASCII letter or digit or one of "@+-".
func tldContinues(c byte) bool {
	return isASCIIAlnum(rune(c)) || c == '@' || c == '+' || c == '-'
}

// isTLD reports whether d, in any case, is a known top-level domain.
func isTLD(d string) bool {
	if d == "" || len(d) > maxTLDBytes {
		return false
	}
	var buf [maxTLDBytes]byte
	lower := buf[:0]
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c >= utf8.RuneSelf {
			lower = nil
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	l := string(lower)
	if lower == nil {
		l = strings.ToLower(d)
	}
	return isCountryTLD(l) || isGenericTLD(l)
}

// scanURLPath returns the end of the URL path whose first character
// (after "/") is at p: the longest run of path characters and balanced
// parentheses that ends in a letter, digit, one of "+-=_#/", or a closing
// parenthesis. An empty path ends at p.
func scanURLPath(s string, p int) int {
	good := p
	for i := p; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '(':
			e := balancedParens(s, i)
			if e < 0 {
				return good
			}
			i, good = e, e
		case isURLPathRune(r):
			i += n
			if isURLPathEnd(r) {
				good = i
			}
		default:
			return good
		}
	}
	return good
}

// balancedParens returns the end of the parenthesised group of path
// characters at i, with at most one nested group ("/Primer_(film)"), or
// -1.
func balancedParens(s string, i int) int {
	run := func(j int) int {
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isURLPathRune(r) {
				break
			}
			j += n
		}
		return j
	}
	j := run(i + 1)
	switch {
	case j >= len(s):
		return -1
	case s[j] == ')' && j > i+1:
		return j + 1
	case s[j] != '(':
		return -1
	}
	k := run(j + 1)
	if k == j+1 || k >= len(s) || s[k] != ')' {
		return -1
	}
	k = run(k + 1)
	if k >= len(s) || s[k] != ')' {
		return -1
	}
	return k + 1
}

// scanURLQuery returns the end of the query that starts with the "?" at
// p: the longest run of query characters that ends in a letter, digit or
// one of "-_&=#/"; p itself when there is none.
func scanURLQuery(s string, p int) int {
	good := p
	for i := p + 1; i < len(s); i++ {
		c := s[i]
		alnum := isASCIIAlnum(rune(c))
		if !alnum && strings.IndexByte(urlQueryPunct, c) < 0 {
			break
		}
		if alnum || strings.IndexByte("-_&=#/", c) >= 0 {
			good = i + 1
		}
	}
	return good
}

// urlQueryPunct are the punctuation characters a URL query may hold.
const urlQueryPunct = "!?*'@();:&=+$/%#[]-_.,~|"

// isURLPathRune reports whether r may be part of a URL path.
func isURLPathRune(r rune) bool {
	return isASCIIAlnum(r) || 0x400 <= r && r <= 0x4ff || isLatinAccent(r) ||
		r < utf8.RuneSelf && strings.IndexByte("!*';:=+,.$/%#[]-_~@|&", byte(r)) >= 0 || r == '\u2013'
}

// isURLPathEnd reports whether a URL path may end with r.
func isURLPathEnd(r rune) bool {
	return isASCIIAlnum(r) || 0x400 <= r && r <= 0x4ff || isLatinAccent(r) ||
		r < utf8.RuneSelf && strings.IndexByte("+-=_#/", byte(r)) >= 0
}

// protocolLen returns the length of the "http://" or "https://" (in any
// case) that starts s, or 0.
func protocolLen(s string) int {
	for _, p := range [...]string{"http://", "https://"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// urlMayFollow reports whether a URL may start right after r: not after
// an ASCII letter or digit, a sign of a tag ("@$#" and their full-width
// forms) or a byte-order mark or noncharacter. Directional marks are fine.
func urlMayFollow(r rune) bool {
	switch {
	case isASCIIAlnum(r):
		return false
	}
	switch r {
	case '@', '$', '#', fullAt, fullHash, '\ufffe', '\ufeff', '\uffff':
		return false
	}
	return true
}

// isDomainRune reports whether r may be part of a domain label: an ASCII
// letter or digit or an accented Latin letter, and after a protocol any
// other character but white space, punctuation and invisible marks.
func isDomainRune(r rune, proto bool) bool {
	switch {
	case isASCIIDomainRune(r):
		return true
	case !proto || r < utf8.RuneSelf || 0x2000 <= r && r <= 0x206f || r == '\ufeff' || r >= '\ufffe':
		return false
	}
	return !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.Is(unicode.Cf, r) && r != utf8.RuneError
}

// isASCIIDomainRune reports whether r may be part of a domain label of a
// URL without protocol.
func isASCIIDomainRune(r rune) bool {
	return isASCIIAlnum(r) || isLatinAccent(r)
}

// isASCIIAlnum reports whether r is an ASCII letter or digit.
func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// isDigit reports whether c is an ASCII digit.
