package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// token is a word, a possessive ending or a punctuation mark of the text.
// Its sentence is not kept: tSentStart and tNoSent tell whether two
// tokens share one (see sameSentence).
type token struct {
	s, e int32    // byte span in the text
	lex  int32    // index of its lexeme in the document's
	f    tokFlags // its yes-or-no facts
}

// abbrevs are words written with a final period that is part of them.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "prof": true, "capt": true, "sgt": true, "rev": true,
	"mt": true, "ft": true, "cmdr": true, "adm": true, "maj": true, "supt": true, "det": true,
	"bros": true, "univ": true, "dept": true, "pres": true, "hon": true, "vs": true, "messrs": true,
}

// tokenize splits text into tokens and sets their sentences. sentences
// may be nil; then every line is taken for a sentence.
func tokenize(text string, sentences []article.Span) []token {
	// News text has a token for every five bytes or so, seldom for fewer
	// than four.
	toks := make([]token, 0, len(text)/4+1)
	nl := false
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\n' {
			nl = nl || c == '\n'
			i++
			continue
		}
		r, size := runeAt(text, i)
		if unicode.IsSpace(r) {
			if r == '\n' {
				nl = true
			}
			i += size
			continue
		}
		var t token
		switch {
		case isWordRune(r):
			t = scanWord(text, i)
		case isApos(r) && len(toks) > 0 && toks[len(toks)-1].word() && int(toks[len(toks)-1].e) == i:
			prev := &toks[len(toks)-1]
			t = scanPossessive(text, i, size, text[prev.s:prev.e])
		default:
			t = token{s: int32(i), e: int32(i + size)}
		}
		t.set(tGapNL, nl)
		nl = false
		if t.word() {
			w := text[t.s:t.e]
			capital, upper, digit := wordShape(w)
			t.set(tCap, capital)
			t.set(tUpper, upper)
			t.set(tDigit, digit)
			t.set(tCamel, capital && !upper && intercapped(w))
		}
		toks = append(toks, t)
		i = int(t.e)
	}
	assignSentences(toks, text, sentences)
	return toks
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r < 1<<16 {
		return runeTables().word[r/64]&(1<<(r%64)) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// runeAt decodes the rune at text[i:], without a call for ASCII.
func runeAt(text string, i int) (rune, int) {
	if i < len(text) && text[i] < utf8.RuneSelf {
		return rune(text[i]), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isApos(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads the word that starts at i: letters and digits, with
// inner hyphens, apostrophes and ampersands ("Jong-un", "O'Brien", "A&M"),
// dotted initials ("U.S.", "F."), abbreviations with their period ("Mr.")
// and dotted domain names ("CBC.ca"). A final "'s" is left out.
func scanWord(text string, i int) token {
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		if c := text[j]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '&' && c != '.' {
			break // no other ASCII character goes on a word
		}
		r, size := runeAt(text, j)
		if isWordRune(r) {
			j += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[j+size:])
		switch {
		case (r == '-' || r == '‐') && isWordRune(next):
			j += size
			continue
		case isApos(r) && unicode.IsLetter(next):
			// "’s" followed by a non-letter is a possessive, not part of the word.
			after, _ := utf8.DecodeRuneInString(text[min(len(text), j+size+nsize):])
			if (next == 's' || next == 'S') && !unicode.IsLetter(after) {
				return token{s: int32(i), e: int32(j), f: tWord}
			}
			j += size
			continue
		case r == '&' && isUpperASCII(text[j-1]) && unicode.IsUpper(next):
			j += size
			continue
		case r == '.':
			w := text[i:j]
			if unicode.IsLetter(next) && (isDotted(w) || unicode.IsLower(next) && len(w) > 1) && j+size < len(text) {
				j += size // "U.S", "CBC.ca"
				continue
			}
			if isDotted(w) && strings.Contains(w, ".") || abbrevs[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
				j += size // "U.S.", "Mr.", "F."
			}
		}
		break
	}
	return token{s: int32(i), e: int32(j), f: tWord}
}

// isDotted reports whether w is single letters separated by periods, such
// as "U", "U.S" or "D.C".
func isDotted(w string) bool {
	n := 0
	for k, r := range w {
		if k%2 == 1 {
			if r != '.' {
				return false
			}
			continue
		}
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n > 0
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// scanPossessive reads the apostrophe at i after the word prev: "’s" is a
// possessive ending, and so is a lone apostrophe after a word ending in
// "s"; anything else is punctuation.
func scanPossessive(text string, i, size int, prev string) token {
	if j := i + size; j < len(text) && (text[j] == 's' || text[j] == 'S') {
		after, _ := utf8.DecodeRuneInString(text[j+1:])
		if j+1 >= len(text) || !unicode.IsLetter(after) {
			return token{s: int32(i), e: int32(j + 1), f: tPoss}
		}
	}
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	if strings.HasSuffix(prev, "s") && (i+size >= len(text) || !unicode.IsLetter(after)) {
		return token{s: int32(i), e: int32(i + size), f: tPoss}
	}
	return token{s: int32(i), e: int32(i + size)}
}

// wordShape returns whether the word w starts with an upper-case letter,
// is all capitals (see isAllCaps) and holds a digit, reading ASCII words
// byte by byte.
func wordShape(w string) (capital, upper, digit bool) {
	letters := 0
	upper = true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			f, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(f) || unicode.IsTitle(f), isAllCaps(w), strings.IndexFunc(w, unicode.IsDigit) >= 0
		case 'a' <= c && c <= 'z':
			letters++
			upper = false
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
			digit = true
		}
	}
	return isUpperASCII(w[0]), upper && letters >= 2, digit
}

// The kinds of lowering a word needs: none, of ASCII letters only, or by
// Unicode's rules.
const (
	lowerSame = iota
	lowerASCII
	lowerUnicode
)

// lowerKind returns the kind of lowering s needs.
func lowerKind(s string) int {
	kind := lowerSame
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return lowerUnicode
		} else if isUpperASCII(c) {
			kind = lowerASCII
		}
	}
	return kind
}

// isAllCaps reports whether w has at least two letters and no lower-case
// one.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// assignSentences marks the tokens that start a run in one sentence
// (tSentStart) and those outside every sentence (tNoSent). A token's
// sentence only grows along the text, so tokens i < j share one exactly
// when both lie in one and no token after i up to j starts a run.
func assignSentences(toks []token, text string, sentences []article.Span) {
	if len(sentences) == 0 {
		sentences = lines(text)
	}
	k := 0
	prev := int32(-2) // the sentence of the token before, none yet
	for i := range toks {
		for k < len(sentences) && sentences[k][1] <= int(toks[i].s) {
			k++
		}
		sent := int32(-1)
		if k < len(sentences) && sentences[k][0] <= int(toks[i].s) {
			sent = int32(k)
		}
		toks[i].set(tNoSent, sent < 0)
		toks[i].set(tSentStart, sent != prev)
		prev = sent
	}
}

// lines returns the spans of the non-empty lines of text.
func lines(text string) []article.Span {
	var out []article.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, article.Span{start, i})
			}
			start = i + 1
		}
	}
	return out
}

// markAmbiguous sets amb on the first word of every sentence and of every
// quotation, and on every word of a title-case sentence.
func (d *document) markAmbiguous() {
	toks := d.toks
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && (i == start || toks[i].f&tSentStart == 0) {
			continue
		}
		sentence := toks[start:i]
		start = i
		if len(sentence) == 0 {
			continue
		}
		first := true
		content, capped := 0, 0
		for k := range sentence {
			t := &sentence[k]
			if !t.word() {
				// A quotation opens, or the story after a dateline: "(AP) — The".
				if w := d.str(t); opensQuote(d.text, sentence, k) || (w == "—" || w == "--") && k > 0 && d.str(&sentence[k-1]) == ")" {
					first = true
				}
				continue
			}
			if first {
				t.f |= tAmb
				first = false
			}
			if !t.digit() && !d.isFunction(t) {
				content++
				if t.cap() {
					capped++
				}
			}
		}
		last := d.str(&sentence[len(sentence)-1])
		closed := last == "." || endsWithQuote(last)
		if !closed && (content >= 2 && capped*10 >= content*7 || content >= 1 && capped == content && len(sentence) <= 12) {
			for k := range sentence {
				if sentence[k].cap() {
					sentence[k].f |= tAmb
				}
			}
		}
	}
}

// opensQuote reports whether toks[k] is an opening quotation mark or
// bracket that a quotation starts after; text is the tokens' text.
func opensQuote(text string, toks []token, k int) bool {
	switch text[toks[k].s:toks[k].e] {
	case "“", "‘", "«", "„":
		return true
	case "\"", "'":
		// A straight quote opens when it follows a space or starts the sentence.
		return k == 0 || toks[k-1].e < toks[k].s || !toks[k-1].word()
	}
	return false
}

func endsWithQuote(s string) bool { return s == "”" || s == "\"" || s == "’" }

// lowerASCIIFast returns s in lower case, without allocating when it is
// lower case already.
func lowerASCIIFast(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// surnameParticles open surnames and given names that carry a capital
// inside them ("McCullough", "MacArthur", "DeSantis", "LeBron",
// "DiCaprio", "LaToya", "DeShawn", "VanDyke").
var surnameParticles = setOf(`mc mac de di da du la le van von vander fitz ja ke ta sha tre ty del
	dela della st ben al el o d`)

// intercapped reports whether w (ASCII letters only) has an upper-case
// letter right after a lower-case one, where the part before it is no
// surname particle: "SoftBank", "SunExpress", "SpaceX", "WeWork".
func intercapped(w string) bool {
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '-' || c == '\'' || c == '.' {
			return false
		}
		if isUpperASCII(c) && 'a' <= w[i-1] && w[i-1] <= 'z' {
			return !surnameParticles[strings.ToLower(w[:i])]
		}
	}
	return false
}
