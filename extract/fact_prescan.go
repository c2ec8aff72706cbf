package extract

import "unicode/utf8"

// This file tells, by one pass over the bytes, the texts that hold no
// numeral at all, so that the fact reader skips them without tokenizing:
// many paragraphs of a news story hold no number (over half the blocks of
// the benchmark pages, 44% of their bytes).

// mayHoldNumeral reports whether the number reader could read a numeral
// from s; false means it reads none. A numeral needs digits, a vulgar
// fraction character, or a number word that is more than a joining word
// ("a", "an", "and", "of", "point", "minus", "negative" make no numeral
// alone; the plural scale words a vague fact opens with, "hundreds of",
// are none), and every number word is a whole run of ASCII letters of s.
func mayHoldNumeral(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			return true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			j := asciiLettersEnd(s, i+1)
			if numeralWord(s[i:j]) {
				return true
			}
			i = j
		case c == 0xC2 || c == 0xE2: // the lead bytes of U+00BC..U+00BE and U+2150..U+215E
			r, size := utf8.DecodeRuneInString(s[i:])
			if isVulgarFraction(r) {
				return true
			}
			i += size
		default:
			i++
		}
	}
	return false
}

// joiningWord reports whether a number word of kind k can take part in a
// numeral but not make one without another number word or digits.
func joiningWord(k lexKind) bool {
	switch k {
	case lxArticle, lxAnd, lxPoint, lxNeg, lxOf:
		return true
	}
	return false
}

// numeralWord reports whether w, ignoring ASCII case, is a number word
// that can make a numeral on its own.
func numeralWord(w string) bool {
	_, ok := numeralWords.lookup(w)
	return ok
}

// numeralWords holds the words of numberLexicon that are no joining word:
// without them, the commonest words of prose ("a", "an", "and", "of")
// are turned away by the length mask, before any list is searched.
var numeralWords = func() *foldedTable[struct{}] {
	t := new(foldedTable[struct{}])
	for w, e := range numberLexicon {
		if !joiningWord(e.kind) {
			t.add(w, struct{}{})
		}
	}
	return t
}()
