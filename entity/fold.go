package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold returns the key under which names are compared: lower case,
// without accents, periods or a final possessive, with curly apostrophes
// made straight and runs of spaces and hyphens made one space. "U.S." and
// "US" fold alike, and so do "Zelenskiy" and "Zelenskiy".
func fold(s string) string {
	if foldPlain(s) {
		return s // already lower case, nothing to drop
	}
	return string(foldAppend(make([]byte, 0, len(s)), s))
}

// foldPlain reports whether fold(s) is s: ASCII without capitals,
// periods, apostrophes, spaces or hyphens.
func foldPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '.' || c == ' ' || c == '-' || c == '\'' || c == '\n' || c == '\t' {
			return false
		}
	}
	return true
}

// foldAppend appends fold(s) to dst. With a reused dst, a map lookup by
// string(foldAppend(buf[:0], s)) allocates nothing.
func foldAppend(dst []byte, s string) []byte {
	start := len(dst)
	dst, _ = foldOnto(dst, start, false, s)
	return trimPossessive(dst, start)
}

// foldOnto appends the folded runes of s to dst, whose folded text starts
// at start, without the final trim; space says whether a space is due
// before the next letter, on entry and on return.
func foldOnto(dst []byte, start int, space bool, s string) ([]byte, bool) {
	t := baseLetters()
	for _, r := range s {
		// unaccent
		switch {
		case r == '’':
			r = '\''
		case r < rune(len(t)) && t[r] != 0:
			r = t[r]
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
			continue
		}
		switch {
		case r == '.':
			continue
		case r == ' ' || r == '-' || r == '\n' || r == '\t' || r == '\u00a0':
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst, space
}

// trimPossessive returns dst without a final "'s" or "'" after start.
func trimPossessive(dst []byte, start int) []byte {
	if n := len(dst); n-start >= 2 && dst[n-2] == '\'' && dst[n-1] == 's' {
		dst = dst[:n-2]
	}
	if n := len(dst); n-start >= 1 && dst[n-1] == '\'' {
		dst = dst[:n-1]
	}
	return dst
}

// folder folds a text given in pieces, as fold folds it whole: a name
// of several words can be looked up after each word without folding the
// words before it again.
type folder struct {
	buf   []byte // the folded text so far, without the final trim
	space bool   // a space is due before the next letter
}

// add folds s onto the text so far.
func (f *folder) add(s string) { f.buf, f.space = foldOnto(f.buf, 0, f.space, s) }

// key returns fold of the text so far.
func (f *folder) key() []byte { return trimPossessive(f.buf, 0) }

// spaceOnly reports whether s is not empty and holds only characters
// that fold makes a space of.
func spaceOnly(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '-' && r != '\n' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return s != ""
}

// baseLetters maps the Latin letters with diacritics of U+00C0 to U+024F
// to their base letters ("é" to "e"), 0 where there is none.
var baseLetters = sync.OnceValue(func() []rune {
	t := make([]rune, 0x250)
	for r := rune(0xC0); r < 0x250; r++ {
		d := norm.NFD.String(string(r))
		if b, size := utf8.DecodeRuneInString(d); size < len(d) && b < utf8.RuneSelf {
			t[r] = b
		}
	}
	return t
})

// translit folds the spelling variants that transliteration makes of one
// name: the endings "-iy", "-yy", "-ii", "-ij" and "-y" of Slavic names,
// and doubled consonants, so "Zelenskiy", "Zelensky" and "Zelenskyy" meet.
func translit(k string) string {
	if !needsTranslit(k) {
		return k
	}
	words := strings.Fields(k)
	for i, w := range words {
		for _, suf := range []string{"iy", "yy", "ij", "ii", "yi"} {
			if len(w) > 4 && strings.HasSuffix(w, suf) {
				w = w[:len(w)-len(suf)] + "y"
				break
			}
		}
		var b strings.Builder
		var prev rune
		for _, r := range w {
			if r == prev && !strings.ContainsRune("aeiou", r) {
				continue
			}
			b.WriteRune(r)
			prev = r
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// entityID returns the id of an entity of kind kind whose name folds to
// k: the kind, ":" and the slug of the name, k with every run of other
// characters than letters and digits made one "-" ("unnamed" when none
// is left).
func entityID(kind Kind, k string) string {
	var b strings.Builder
	b.Grow(len(kind.String()) + 1 + max(len(k), len("unnamed"))) // a dash stands for one byte at least
	b.WriteString(kind.String())
	b.WriteByte(':')
	start := b.Len()
	dash := false
	for _, r := range k {
		if r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > start {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == start {
		b.WriteString("unnamed")
	}
	return b.String()
}

// needsTranslit reports whether translit would change k: a doubled
// consonant or a Slavic ending.
func needsTranslit(k string) bool {
	for i := 1; i < len(k); i++ {
		if k[i] == k[i-1] && k[i] >= 'a' && k[i] <= 'z' && !strings.ContainsRune("aeiou", rune(k[i])) || k[i] >= utf8.RuneSelf {
			return true
		}
		if (i+1 == len(k) || k[i+1] == ' ') && i >= 4 {
			switch k[i-1 : i+1] {
			case "iy", "yy", "ij", "ii", "yi":
				return true
			}
		}
	}
	return false
}

// fold returns fold(s), building each distinct folded name once. A word
// of the text that is only ASCII letters and digits has its fold already:
// its lexeme's lower-case form.
func (d *document) fold(s string) string {
	if foldPlain(s) {
		return s
	}
	if alnumASCII(s) {
		if x := d.lexemeOf(s); x != nil {
			return x.low
		}
	}
	if k, ok := d.folds[s]; ok {
		return k
	}
	if d.folds == nil {
		d.folds = make(map[string]string)
	}
	k := fold(s)
	d.folds[s] = k
	return k
}

// foldTok returns fold of token t's text: its lower-case form when it is
// only ASCII letters and digits, which fold only lowers.
func (d *document) foldTok(t *token) string {
	if w := d.str(t); !alnumASCII(w) {
		return d.fold(w)
	}
	return d.low(t)
}

// translit returns translit(k), building each distinct result once.
func (d *document) translit(k string) string {
	if !needsTranslit(k) {
		return k
	}
	if t, ok := d.translits[k]; ok {
		return t
	}
	if d.translits == nil {
		d.translits = make(map[string]string)
	}
	t := translit(k)
	d.translits[k] = t
	return t
}
