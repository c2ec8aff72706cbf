package article

import "strings"

// phraseSet finds any of a fixed list of phrases in a text with one scan:
// only the positions whose two bytes open some phrase are compared. It is
// built once and never changed, so it is safe for concurrent use.
type phraseSet struct {
	pairs  [1 << 16 / 64]uint64 // bit set of the phrases' first two bytes
	byPair map[uint16][]string
}

// newPhraseSet returns the set of phrases, each at least two bytes long.
func newPhraseSet(phrases ...string) *phraseSet {
	s := &phraseSet{byPair: map[uint16][]string{}}
	for _, p := range phrases {
		if len(p) < 2 {
			panic("article: phrase shorter than two bytes: " + p) // a programming error
		}
		k := pairKey(p, 0)
		s.pairs[k/64] |= 1 << (k % 64)
		s.byPair[k] = append(s.byPair[k], p)
	}
	return s
}

// in reports whether text holds one of the phrases.
func (s *phraseSet) in(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		k := pairKey(text, i)
		if s.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, p := range s.byPair[k] {
			if strings.HasPrefix(text[i:], p) {
				return true
			}
		}
	}
	return false
}

// pairKey returns the two bytes of s at i as one number.
func pairKey(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }
