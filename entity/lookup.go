package entity

import (
	"bytes"
	"strings"
)

// The gazetteer lookups of one document fold or lower-case the words into
// the document's scratch buffer: a map index by string(bytes) allocates
// nothing, and these lookups run several times for every capitalised word.

// placeOf returns the known place named s (compared folded).
func (d *document) placeOf(s string) (place, bool) {
	d.scratch = foldAppend(d.scratch[:0], s)
	p, ok := d.g.places[string(d.scratch)]
	return p, ok
}

// orgOf returns the canonical name of the known organisation named s
// (compared folded), or "".
func (d *document) orgOf(s string) string {
	d.scratch = foldAppend(d.scratch[:0], s)
	return d.g.orgs[string(d.scratch)]
}

// isKnownName reports whether s names a known place or organisation.
func (d *document) isKnownName(s string) bool {
	d.scratch = foldAppend(d.scratch[:0], s)
	return d.g.names[string(d.scratch)]&nameKnown != 0
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
	return d.g.classes[string(d.scratch)]&cCommon != 0
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
	return d.g.names[string(k)] != 0
}
