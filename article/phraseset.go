package article

import "strings"

// phraseSet finds any of a fixed list of phrases in a text with one scan:
// only the positions whose first four bytes open some phrase are
// compared, and a bit set of those four-byte keys (hashed to 16 bits)
// rules out almost every other position with one load. It is built once
// and never changed, so it is safe for concurrent use.
type phraseSet struct {
	bits   [1 << 16 / 64]uint64 // hashes of the phrases' first four bytes
	byQuad map[uint32][]string
	short  []string // phrases under four bytes, looked for one by one
}

// newPhraseSet returns the set of phrases.
func newPhraseSet(phrases ...string) *phraseSet {
	s := &phraseSet{byQuad: map[uint32][]string{}}
	for _, p := range phrases {
		if len(p) < 4 {
			s.short = append(s.short, p)
			continue
		}
		q := quadAt(p, 0)
		h := quadHash(q)
		s.bits[h/64] |= 1 << (h % 64)
		s.byQuad[q] = append(s.byQuad[q], p)
	}
	return s
}

// in reports whether text holds one of the phrases.
func (s *phraseSet) in(text string) bool {
	for _, p := range s.short {
		if strings.Contains(text, p) {
			return true
		}
	}
	for i := 0; i+3 < len(text); i++ {
		q := quadAt(text, i)
		if h := quadHash(q); s.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, p := range s.byQuad[q] {
			if strings.HasPrefix(text[i:], p) {
				return true
			}
		}
	}
	return false
}

// quadAt returns the four bytes of s at i as one number.
func quadAt(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// quadHash mixes a four-byte key into 16 bits.
func quadHash(q uint32) uint32 { return (q * 0x9E3779B1) >> 16 }

// each calls yield with each phrase found in text, at each place where
// it starts (phrases under four bytes first, once each), until yield
// returns false.
func (s *phraseSet) each(text string, yield func(p string) bool) {
	for _, p := range s.short {
		if strings.Contains(text, p) && !yield(p) {
			return
		}
	}
	for i := 0; i+3 < len(text); i++ {
		q := quadAt(text, i)
		if h := quadHash(q); s.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, p := range s.byQuad[q] {
			if strings.HasPrefix(text[i:], p) && !yield(p) {
				return
			}
		}
	}
}
