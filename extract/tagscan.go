package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// This file holds the scanners for hashtags, mentions and cashtags. They
// follow the rules of twitter-text (github.com/twitter/twitter-text), the
// de facto standard, as its regular expressions state them: a match
// consumes the character before its sign, so a tag that starts right where
// the previous match ended is not a tag ("#a#b" holds none). Each scanner
// runs in time linear in the length of its input.

// Full-width forms of the hash and at signs, which count as "#" and "@".
const (
	fullHash = '＃'
	fullAt   = '＠'
)

// Length limits of twitter-text names, in characters.
const (
	maxMentionName = 20 // screen name after "@"
	maxListSlug    = 25 // list name after "/", its first letter included
	maxCashtag     = 6  // letters after "$", before an optional suffix
	maxCashSuffix  = 2  // letters after the "." or "_" of a suffix
)

// scanHashtags returns the hashtags of s in order, with byte spans over
// their sign and name. A hashtag is "#" or "＃" followed by letters, marks,
// decimal digits, "_" and a few joiners of other scripts (at least one
// letter or mark), preceded by the start of s, a variation selector or a
// character that can be neither part of a hashtag nor "&". It is not
// followed by "＃", "#" or "://", nor by U+FE0F or U+20E3 right after the
// sign (the keycap emoji "#️⃣").
func scanHashtags(s string) []article.Tag {
	var out []article.Tag
	pos := 0 // the next match may not start before pos
	for i := 0; i < len(s); {
		j, size := indexSign(s, i, '#', fullHash)
		if j < 0 {
			break
		}
		k := j + size
		i = k
		if !hashtagBoundary(s, j, pos) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); r == '\ufe0f' || r == '\u20e3' {
			continue
		}
		e, letter := k, false
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if !isHashtagChar(r) {
				break
			}
			letter = letter || isHashtagLetter(r)
			e += n
		}
		i = e // the run holds no sign: no later match starts inside it
		if !letter {
			continue
		}
		pos = e
		if rest := s[e:]; strings.HasPrefix(rest, "#") || strings.HasPrefix(rest, "＃") || strings.HasPrefix(rest, "://") {
			continue
		}
		out = append(out, article.Tag{Tag: s[k:e], Span: article.Span{j, e}})
	}
	return out
}

// hashtagBoundary reports whether a hashtag match may take the sign at j:
// j starts s, or the character before it, which the match consumes, lies
// at or after pos and is a variation selector or neither a hashtag
// character nor "&".
func hashtagBoundary(s string, j, pos int) bool {
	if j == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(s[:j])
	if j-n < pos {
		return false
	}
	return r == '\ufe0e' || r == '\ufe0f' || !(isHashtagChar(r) || r == '&')
}

// isHashtagLetter reports whether r is a letter or a mark; a hashtag
// needs one.
func isHashtagLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isHashtagChar reports whether r may be part of a hashtag's name.
func isHashtagChar(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	switch r {
	case '\u200c', '\u200d', // zero-width non-joiner and joiner
		'\ua67e',                     // Cyrillic kavyka
		'\u05be', '\u05f3', '\u05f4', // Hebrew maqaf, geresh, gershayim
		'\uff5e', '\u301c', // full-width tilde, wave dash
		'\u309b', '\u309c', '\u30a0', '\u30fb', // kana sound marks, double hyphen, middle dot
		'\u3003',           // ditto mark
		'\u0f0b', '\u0f0c', // Tibetan tsheg
		'\u00b7': // middle dot
		return true
	}
	return isHashtagLetter(r) || unicode.Is(unicode.Nd, r)
}

// scanMentions returns the mentions ("@name") and list references
// ("@name/list") of s in order; list is true for the latter. The name is
// up to 20 ASCII letters, digits and "_"; the sign is "@" or "＠". The
// character before the sign, unless the sign starts s, is not an ASCII
// letter or digit nor one of "_!#$%&*@＠", except that "RT" or "RT:" in
// any case may stand right before the sign. A match followed by an at
// sign, an accented Latin letter or "://" is not a mention.
func scanMentions(s string) (out []article.Tag, list []bool) {
	pos := 0
	for i := 0; i < len(s); {
		j, size := indexSign(s, i, '@', fullAt)
		if j < 0 {
			break
		}
		k := j + size
		i = k
		if !mentionBoundary(s, j, pos) {
			continue
		}
		e := k
		for e < len(s) && e-k < maxMentionName && isNameByte(s[e]) {
			e++
		}
		if e == k {
			continue
		}
		end := e
		if end+1 < len(s) && s[end] == '/' && isASCIILetter(s[end+1]) {
			end += 2
			for end < len(s) && end-e < 1+maxListSlug && (isNameByte(s[end]) || s[end] == '-') {
				end++
			}
		}
		pos, i = end, end
		if rest := s[end:]; strings.HasPrefix(rest, "@") || strings.HasPrefix(rest, "＠") || strings.HasPrefix(rest, "://") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[end:]); isLatinAccent(r) {
			continue
		}
		out = append(out, article.Tag{Tag: s[k:e], Span: article.Span{j, end}})
		list = append(list, end > e)
	}
	return out, list
}

// mentionBoundary reports whether a mention match may take the at sign at
// j, given that the match may not start before pos.
func mentionBoundary(s string, j, pos int) bool {
	if j == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(s[:j])
	if j-n >= pos && !(r < utf8.RuneSelf && isNameByte(byte(r))) && !strings.ContainsRune("!#$%&*@＠", r) {
		return true
	}
	// "RT" right before the sign, itself at the start of s or after a
	// character other than an ASCII letter, digit or "_+~.-".
	q := j - 2
	if q < pos || !strings.EqualFold(s[q:j], "rt") {
		return false
	}
	if q == 0 {
		return true
	}
	r, n = utf8.DecodeLastRuneInString(s[:q])
	return q-n >= pos && !(r < utf8.RuneSelf && isNameByte(byte(r))) && !strings.ContainsRune("+~.-", r)
}

// scanCashtags returns the cashtags of s in order. A cashtag is "$" and
// one to six ASCII letters with an optional suffix of "." or "_" and one
// or two letters ("$BRK.B"), at the start of s or after white space or an
// invisible directional mark, and followed by the end of s, white space
// or punctuation. Unlike twitter-text, which allows only ASCII
// punctuation there, any Unicode punctuation ends a cashtag, so that
// "$TSLA’s" holds "TSLA".
func scanCashtags(s string) []article.Tag {
	var out []article.Tag
	pos := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '$')
		if j < 0 {
			break
		}
		j += i
		k := j + 1
		i = k
		if j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if j-n < pos || !isTwitterSpace(r) && !isDirectionalMark(r) {
				continue
			}
		}
		e := k
		for e < len(s) && e-k <= maxCashtag && isASCIILetter(s[e]) {
			e++
		}
		i = e
		if e == k || e-k > maxCashtag {
			continue
		}
		if e+1 < len(s) && (s[e] == '.' || s[e] == '_') {
			f := e + 1
			for f < len(s) && f-e <= maxCashSuffix && isASCIILetter(s[f]) {
				f++
			}
			if f-e-1 >= 1 && f-e-1 <= maxCashSuffix && cashtagEnds(s, f) {
				e = f
			}
		}
		if !cashtagEnds(s, e) {
			continue
		}
		pos, i = e, e
		out = append(out, article.Tag{Tag: s[k:e], Span: article.Span{j, e}})
	}
	return out
}

// cashtagEnds reports whether a cashtag may end at i: at the end of s,
// or before white space or punctuation.
func cashtagEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isASCIIPunct(c) || c == ' ' || '\t' <= c && c <= '\r'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == '\ufeff' || unicode.IsPunct(r)
}

// indexSign returns the index of the first ascii sign or full-width sign
// in s at or after i and the sign's length in bytes, or -1.
func indexSign(s string, i int, ascii byte, full rune) (int, int) {
	var fb [utf8.UTFMax]byte
	n := utf8.EncodeRune(fb[:], full)
	end := len(s)
	if a := strings.IndexByte(s[i:], ascii); a >= 0 {
		end = i + a
	}
	// A full-width sign before the first ASCII one comes first.
	for j := i; j < end; j++ {
		k := strings.IndexByte(s[j:end], fb[0])
		if k < 0 {
			break
		}
		j += k
		if strings.HasPrefix(s[j:], string(fb[:n])) {
			return j, n
		}
	}
	if end < len(s) {
		return end, 1
	}
	return -1, 0
}

// isTwitterSpace reports whether r is one of the white space characters
// of twitter-text.
func isTwitterSpace(r rune) bool {
	switch {
	case r == ' ' || '\t' <= r && r <= '\r':
		return true
	case r < 0x85:
		return false
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x180e, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

// isDirectionalMark reports whether r is one of the invisible marks that
// set the direction of text (left-to-right mark, isolates, embeddings).
func isDirectionalMark(r rune) bool {
	switch {
	case r == 0x61c || r == 0x200e || r == 0x200f:
		return true
	case 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
		return true
	}
	return false
}

// isLatinAccent reports whether r is one of the accented Latin letters
// (and combining marks) that twitter-text lists.
func isLatinAccent(r rune) bool {
	switch {
	case r < 0xc0:
		return false
	case r <= 0xff:
		return r != 0xd7 && r != 0xf7
	case r <= 0x24f, 0x300 <= r && r <= 0x36f, 0x1e00 <= r && r <= 0x1eff:
		return true
	}
	switch r {
	case 0x253, 0x254, 0x256, 0x257, 0x259, 0x25b, 0x263, 0x268, 0x26f, 0x272, 0x289, 0x28b, 0x2bb:
		return true
	}
	return false
}

// isNameByte reports whether c is an ASCII letter, digit or "_".
func isNameByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c == '_'
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isASCIIPunct reports whether c is ASCII punctuation: a printable
// character other than a letter, digit or space.
func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '~' && !isNameByte(c) || c == '_'
}
