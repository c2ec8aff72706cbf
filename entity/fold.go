package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fold returns the key under which names are compared: lower case,
// without accents, periods or a final possessive, with curly apostrophes
// made straight and runs of spaces and hyphens made one space. "U.S." and
// "US" fold alike, and so do "Zelenskiy" and "Zelenskiy".
func fold(s string) string {
	ascii, plain := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii, plain = false, false
			break
		}
		if 'A' <= c && c <= 'Z' || c == '.' || c == ' ' || c == '-' || c == '\'' || c == '\n' || c == '\t' {
			plain = false
		}
	}
	if plain {
		return s // already lower case, nothing to drop
	}
	if !ascii {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if r, _, err := transform.String(t, s); err == nil {
			s = r
		}
		s = strings.ReplaceAll(s, "’", "'")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == ' ' || r == '-' || r == '\n' || r == '\t' || r == '\u00a0':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	out := b.String()
	out = strings.TrimSuffix(out, "'s")
	return strings.TrimSuffix(out, "'")
}

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

// slug turns a name into the part of an entity id after the kind: folded,
// with every run of other characters than letters and digits made one "-".
func slug(name string) string {
	k := fold(name)
	var b strings.Builder
	dash := false
	for _, r := range k {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "unnamed"
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
