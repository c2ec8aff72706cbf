package extract

import "unicode"

// This file classifies runes as letters with fast paths for the scripts
// news is mostly written in, so that scanning Cyrillic, Korean, Chinese
// or Japanese prose does not search the Unicode tables at every rune.

// commonLetterBlock reports whether r lies in a block of which every
// code point is a letter: basic Cyrillic, hiragana, katakana, the
// unified CJK ideographs and the Hangul syllables.
func commonLetterBlock(r rune) bool {
	switch {
	case r < 0x410:
		return false
	case r <= 0x44F: // А..я
		return true
	case r < 0x3041:
		return false
	case r <= 0x3096: // hiragana
		return true
	case r < 0x30A1:
		return false
	case r <= 0x30FA: // katakana
		return true
	case r < 0x4E00:
		return false
	case r <= 0x9FFF: // CJK unified ideographs
		return true
	}
	return 0xAC00 <= r && r <= 0xD7A3 // Hangul syllables
}

// isLetterRune is unicode.IsLetter(r), faster on common scripts.
func isLetterRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return commonLetterBlock(r) || !generalPunct(r) && unicode.IsLetter(r)
}

// generalPunct reports whether r lies in the General Punctuation block
// (U+2000..U+206F: spaces, dashes, curly quotes, bullets), which holds no
// letter, mark or digit, so that the common curly apostrophe and quotes
// skip the Unicode tables.
func generalPunct(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// isLetterOrMark is unicode.IsLetter(r) || unicode.IsMark(r), faster on
// common scripts; no mark lies below U+0300.
func isLetterOrMark(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return commonLetterBlock(r) || !generalPunct(r) && (unicode.IsLetter(r) || r >= 0x300 && unicode.IsMark(r))
}

// caseless reports whether r is a rune that unicode.ToLower leaves as it
// is, for the common letters: lower-case basic Cyrillic, kana, CJK
// ideographs and Hangul syllables. False means it may change.
func caseless(r rune) bool {
	return 'а' <= r && r <= 'я' || r >= 0x3041 && commonLetterBlock(r)
}

// wordShapes records the first bytes and lengths of a set of words, so
// that most other words are known not to be in the set without a map
// lookup: bit min(n, 63) of [c] is set when a word of n bytes starting
// with byte c is in the set.
type wordShapes [256]uint64

// add records the shape of w.
func (ws *wordShapes) add(w string) {
	if w != "" {
		ws[w[0]] |= 1 << min(len(w), 63)
	}
}

// may reports whether w may be in the set: false means it is not.
func (ws *wordShapes) may(w string) bool {
	return w != "" && ws[w[0]]&(1<<min(len(w), 63)) != 0
}

// asciiLettersEnd returns the end of the run of ASCII letters of s that
// starts at i. A byte ORed with 0x20 falls in 'a'..'z' exactly when it is
// an ASCII letter, so one comparison tells each.
func asciiLettersEnd(s string, i int) int {
	for i < len(s) && s[i]|0x20-'a' < 26 {
		i++
	}
	return i
}

// pairIndex returns the index of w's first two letters, ASCII case
// folded, in a foldedTable, 26 standing for the end of a one-letter
// word, or -1 when w opens with anything but ASCII letters.
func pairIndex(w string) int {
	if w == "" {
		return -1
	}
	a := int(w[0]|0x20) - 'a'
	if a < 0 || a >= 26 {
		return -1
	}
	b := 26
	if len(w) > 1 {
		b = int(w[1]|0x20) - 'a'
		if b < 0 || b >= 26 {
			return -1
		}
	}
	return a*27 + b
}

// letterPairs is the set of the first two letters, ignoring ASCII case,
// of up to eight words, each with a bit of its own, so that two table
// lookups tell whether one of the words may start at an offset of a
// text: first[c]&second[d] is not 0 exactly when some word opens with c
// and d.
type letterPairs struct {
	first, second [256]uint8
}

// newLetterPairs returns the set of the first two letters of words: at
// most eight, each of at least two lower-case ASCII letters.
func newLetterPairs(words ...string) *letterPairs {
	if len(words) > 8 {
		panic("extract: more than eight words for letterPairs") // a programming error
	}
	lp := new(letterPairs)
	for k, w := range words {
		bit := uint8(1) << k
		for _, c := range []byte{w[0], w[0] - 'a' + 'A'} {
			lp.first[c] |= bit
		}
		for _, c := range []byte{w[1], w[1] - 'a' + 'A'} {
			lp.second[c] |= bit
		}
	}
	return lp
}

// at reports whether s[i] and s[i+1] may be one of lp's pairs; i+1 must
// be in s.
func (lp *letterPairs) at(s string, i int) bool {
	return lp.first[s[i]]&lp.second[s[i+1]] != 0
}

// foldedTable maps words of lower-case ASCII letters to values, looked
// up ignoring ASCII case without hashing: the words that open with the
// same two letters share a short list, and a mask of their lengths
// turns most other words away before the list is searched.
type foldedTable[V any] struct {
	lens  [26 * 27]uint64 // bit min(n, 63) is set when the list holds a word of n bytes
	lists [26 * 27][]foldedEntry[V]
}

// foldedEntry is a word of a foldedTable with its value.
type foldedEntry[V any] struct {
	word string
	val  V
}

// add maps w, of lower-case ASCII letters only, to v.
func (t *foldedTable[V]) add(w string, v V) {
	if i := pairIndex(w); i >= 0 {
		t.lens[i] |= 1 << min(len(w), 63)
		t.lists[i] = append(t.lists[i], foldedEntry[V]{w, v})
	}
}

// lookup returns the value of w, ignoring ASCII case.
func (t *foldedTable[V]) lookup(w string) (V, bool) {
	if i := pairIndex(w); i >= 0 && t.lens[i]&(1<<min(len(w), 63)) != 0 {
		for _, e := range t.lists[i] {
			if len(e.word) == len(w) && equalFoldLower(w, e.word) {
				return e.val, true
			}
		}
	}
	var zero V
	return zero, false
}

// equalFoldLower reports whether w equals lower, of lower-case ASCII
// letters only and as long as w, ignoring ASCII case.
func equalFoldLower(w, lower string) bool {
	for k := 0; k < len(lower); k++ {
		if w[k]|0x20 != lower[k] {
			return false
		}
	}
	return true
}
