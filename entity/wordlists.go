package entity

// wordLists holds the classes but cCommon of the words on the short word
// lists. Nearly every distinct word of a text is asked whether it is on
// one, and most are not: a bit per word shape (a hash of its length and
// its first two and last two bytes) answers no for most of those without
// a map lookup.
type wordLists struct {
	classes map[string]class
	shapes  [1 << shapeBits / 64]uint64 // the shapes of the words in classes
}

// newWordLists returns the lists of the words with the given classes,
// less cCommon; words with no other class are left out.
func newWordLists(classes map[string]class) *wordLists {
	l := &wordLists{classes: map[string]class{}}
	for w, c := range classes {
		if c&^cCommon != 0 {
			l.classes[w] = c &^ cCommon
		}
	}
	l.shapes = shapesOf(l.classes)
	return l
}

// shapesOf returns the set of the shapes of the non-empty keys of m.
func shapesOf[V any](m map[string]V) (set [1 << shapeBits / 64]uint64) {
	for w := range m {
		if w != "" {
			s := shape(w)
			set[s/64] |= 1 << (s % 64)
		}
	}
	return set
}

// get returns the classes of the lower-case word w.
func (l *wordLists) get(w string) class {
	if w == "" {
		return l.classes[w]
	}
	if s := shape(w); l.shapes[s/64]&(1<<(s%64)) == 0 {
		return 0
	}
	return l.classes[w]
}

// shapeBits is the size of a shape in bits: the shapes of the ~1,200
// listed words set one bit in about thirty.
const shapeBits = 15

// shape returns a hash of shapeBits bits of the length and the first two
// and last two bytes of the non-empty w.
func shape[S string | []byte](w S) uint {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[min(1, n-1)])<<16 | uint32(w[n-1])<<24
	h ^= uint32(w[max(0, n-2)]) << 4
	return uint((h * 0x9e3779b1) >> (32 - shapeBits))
}
