package entity

import (
	"bytes"
	"strings"
)

// The gazetteer lookups of one document fold or lower-case the words into
// the document's scratch buffer, so that lookups allocate nothing; these
// lookups run several times for every capitalised word.

// placeOf returns the known place named s (compared folded).
func (d *document) placeOf(s string) (place, bool) { return d.g.placeIn(d.factsOf(s)) }

// factsOf returns the gazetteer's facts of s folded.
func (d *document) factsOf(s string) wordFacts {
	d.scratch = foldAppend(d.scratch[:0], s)
	return d.g.words.getBytes(d.scratch)
}

// isKnownName reports whether s names a known place or organisation.
func (d *document) isKnownName(s string) bool {
	d.scratch = foldAppend(d.scratch[:0], s)
	return d.g.words.getBytes(d.scratch).name&nameKnown != 0
}

// common reports whether w, lower-cased, is a common English word.
func (d *document) common(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return d.g.common(w) // non-ASCII: strings.ToLower's rules
		}
	}
	d.scratch = append(d.scratch[:0], w...)
	for i, c := range d.scratch {
		if 'A' <= c && c <= 'Z' {
			d.scratch[i] = c + 'a' - 'A'
		}
	}
	return d.g.words.getBytes(d.scratch).cls&cCommon != 0
}

// mayStartKnown reports whether a known place or organisation name may
// start at the word t: whether the folded word opens one. A word holding
// an apostrophe is let through, since fold trims a final one only at the
// end of a whole name.
func (d *document) mayStartKnown(t string) bool {
	if strings.ContainsAny(t, "'’") {
		return true
	}
	d.scratch = foldAppend(d.scratch[:0], t)
	k := d.scratch
	if j := bytes.IndexByte(k, ' '); j >= 0 {
		k = k[:j]
	}
	return d.g.words.getBytes(k).name != 0
}

// placeIn returns the place of the facts of a folded name, if any.
func (g *gazetteer) placeIn(f wordFacts) (place, bool) {
	if f.place == 0 {
		return place{}, false
	}
	return g.placeList[f.place-1], true
}

// placeRef returns the place of the facts of a folded name, or nil: a
// pointer into the gazetteer, which nobody may write through.
func (g *gazetteer) placeRef(f wordFacts) *place {
	if f.place == 0 {
		return nil
	}
	return &g.placeList[f.place-1]
}

// orgIn returns the canonical organisation name of the facts of a folded
// name, or "".
func (g *gazetteer) orgIn(f wordFacts) string {
	if f.org == 0 {
		return ""
	}
	return g.orgNames[f.org-1]
}

// common reports whether w, lower-cased, is a common English word.
func (g *gazetteer) common(w string) bool { return g.isWord(strings.ToLower(w)) }

// isWord reports whether the lower-case w is a common English word.
func (g *gazetteer) isWord(w string) bool { return g.words.get(w).cls&cCommon != 0 }

// givenSex returns the sex letter of the given name w ('M', 'F' or 'U'),
// or 0 when w is none. Given names match in their own case only.
func (g *gazetteer) givenSex(w string) byte {
	if !titleASCII(w) {
		return g.givenOther[w]
	}
	var b [16]byte
	if len(w) > len(b) {
		return g.words.get(strings.ToLower(w)).sex
	}
	n := copy(b[:], w)
	b[0] += 'a' - 'A'
	return g.words.getBytes(b[:n]).sex
}

// titleASCII reports whether w is an ASCII capital and zero or more ASCII
// lower-case letters, as the embedded given names are written ("Mary").
func titleASCII(w string) bool {
	if w == "" || !isUpperASCII(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
