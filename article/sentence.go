package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence when a
// capitalised word follows (lower-case, without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"pres": true, "supt": true, "insp": true, "det": true, "vs": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "dept": true, "univ": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"fig": true, "approx": true, "est": true, "ave": true, "blvd": true, "rd": true, "mx": true,
}

// sentences splits every non-heading block into sentences. A sentence
// ends at ".", "!", "?" or "…" (with any closing quotes and brackets after
// it) followed by white space and a word that can start a sentence. A
// period does not end a sentence after a known abbreviation, a single
// capital letter (an initial), or a word with inner periods ("U.S.").
func sentences(text string, blocks []Block) []Span {
	var out []Span
	for _, b := range blocks {
		if b.Kind == BlockHeading {
			out = append(out, b.Span)
			continue
		}
		out = splitSentences(text, b.Span, out)
	}
	return out
}

func splitSentences(text string, block Span, out []Span) []Span {
	start := block[0]
	s := text[:block[1]]
	for i := start; i < block[1]; {
		if c := s[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // most bytes: ASCII that ends no sentence
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		for end < block[1] {
			r2, size2 := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune(".!?…\"'”’»)]", r2) {
				break
			}
			end += size2
		}
		if end >= block[1] {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsSpace(next) {
			i = end
			continue
		}
		j := end
		for j < block[1] {
			r3, size3 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r3) {
				break
			}
			j += size3
		}
		if j < block[1] && startsSentence(s[j:]) && !(r == '.' && end == i+1 && noBreakBefore(s[start:i])) {
			out = append(out, Span{start, end})
			start = j
		}
		i = j
	}
	if start < block[1] {
		out = append(out, Span{start, block[1]})
	}
	return out
}

// startsSentence reports whether s begins with something that can open a
// sentence: a capital letter, a digit, or an opening quote or bracket.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«([¿¡", r) || unicode.Is(unicode.Lo, r)
}

// noBreakBefore reports whether the word before a period makes it an
// abbreviation or an initial rather than a full stop.
func noBreakBefore(before string) bool {
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= size
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") {
		return true // "U.S", "e.g"
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}
