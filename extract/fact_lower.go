package extract

import "strings"

// This file lowers the case of the words the fact reader looks up in its
// vocabularies, without a new string for each capitalised word.

// lower returns the text of token i as strings.ToLower gives it, or ""
// when there is no token i. A capitalised ASCII word is lowered into the
// reader's buffer, which holds many: a string the buffer has handed out
// stays valid as it grows, for it never rewrites a byte.
func (fr *factReader) lower(i int) string {
	w := fr.text(i)
	if !isASCII(w) {
		return strings.ToLower(w)
	}
	if !hasUpper(w) {
		return w
	}
	if fr.low == nil {
		fr.low = new(strings.Builder)
	}
	b := fr.low
	start := b.Len()
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()[start:]
}
