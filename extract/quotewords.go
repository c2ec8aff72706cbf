package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// qtokKind says what a token of a paragraph is.
type qtokKind uint8

const (
	tWord  qtokKind = iota
	tPunct          // one punctuation character
	tQuote          // a whole quotation, marks included
)

// qtok is a token of a paragraph outside its quotations: a word, a
// punctuation mark, or a whole quotation.
type qtok struct {
	start, end int
	q          int32 // for tQuote: index of the quotation
	sent       int32 // sentence number in the paragraph
	kind       qtokKind
	plain      bool // a word of ASCII bytes without capitals: its own lower case
}

// para is one paragraph's tokens with the text they index, its
// sentences as token ranges, and its cues.
type para struct {
	text  string
	toks  []qtok
	sents [][2]int // token range [lo, hi) of each sentence
	hits  []cueHit
	cueAt []int // index into hits of the cue starting at each token, or -1

	// low is the paragraph's text from offset lowFrom with ASCII capitals
	// lowered, made on the first call to lower that needs it; "" before.
	low     string
	lowFrom int
	blk     article.Span // the paragraph's bytes in text
}

// sentOf returns the token range [lo, hi) of token i's sentence.
func (p *para) sentOf(i int) (lo, hi int) {
	r := p.sents[p.toks[i].sent]
	return r[0], r[1]
}

// indexSentences fills p.sents from the tokens' sentence numbers.
func (p *para) indexSentences() {
	p.sents = p.sents[:0]
	for i, t := range p.toks {
		if int(t.sent) == len(p.sents) {
			p.sents = append(p.sents, [2]int{i, i})
		}
		p.sents[t.sent][1] = i + 1
	}
}

// word returns the text of token i.
func (p *para) word(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

// is reports whether token i is a word or mark equal to s, ignoring the
// case of its first letter.
func (p *para) is(i int, s string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind == tQuote {
		return false
	}
	w := p.word(i)
	if w == s {
		return true
	}
	return len(w) == len(s) && len(w) > 0 && unicode.ToLower(rune(w[0])) == rune(s[0]) && w[1:] == s[1:]
}

// isWord reports whether token i is a word.
func (p *para) isWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord
}

// isPunct reports whether token i is one of the punctuation marks in set.
func (p *para) isPunct(i int, set string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && strings.Contains(set, p.word(i))
}

// lower returns token i's word in lower case, without allocating when it
// is already lower case.
func (p *para) lower(i int) string {
	t := p.toks[i]
	w := p.text[t.start:t.end]
	if t.plain {
		return w
	}
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return lowerWord(w)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w
	}
	if t.start < p.blk[0] || t.end > p.blk[1] {
		return strings.ToLower(w)
	}
	if p.low == "" {
		p.lowerText()
	}
	return p.low[t.start-p.lowFrom : t.end-p.lowFrom]
}

// plainWord reports whether w is ASCII without capitals, so that it is
// its own lower case.
func plainWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// lowerText sets p.low to the paragraph's text with ASCII capitals
// lowered, other bytes kept: byte offsets stay those of the text, and an
// ASCII word's slice of it is strings.ToLower of the word.
func (p *para) lowerText() {
	s := p.text[p.blk[0]:p.blk[1]]
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for k := 0; k < len(s); k++ {
		if c := s[k]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:k])
			b.WriteByte(c + 'a' - 'A')
			from = k + 1
		}
	}
	b.WriteString(s[from:])
	p.low, p.lowFrom = b.String(), p.blk[0]
}

// lowerWord is strings.ToLower(w), without the case tables for words
// in ASCII or in scripts without case.
func lowerWord(w string) string {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !caseless(r) {
			return strings.ToLower(w)
		}
		i += size
	}
	return w
}

// capitalized reports whether token i is a word that begins with a
// capital letter or a digit-free upper-case abbreviation.
func (p *para) capitalized(i int) bool {
	if !p.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.word(i))
	return unicode.IsUpper(r)
}

// possessive reports whether token i is a word ending in ’s or s’.
func (p *para) possessive(i int) bool {
	if !p.isWord(i) {
		return false
	}
	w := p.word(i)
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'")
}

// span returns the span from token i's start to token j's end.
func (p *para) span(i, j int) article.Span {
	return article.Span{p.toks[i].start, p.toks[j].end}
}

// tokenize fills p with the tokens of block b of text, each quotation
// of quotes that starts in b (from index qi on, sorted) becoming one
// token, and numbers the sentences using sents (the Doc's sentence spans,
// from index si on). It returns the next indexes into quotes and sents.
func (p *para) tokenize(text string, b article.Span, quotes []quoteSpan, qi int, sents []article.Span, si int) (int, int) {
	p.text, p.toks = text, p.toks[:0]
	p.low, p.lowFrom, p.blk = "", 0, b
	if want := min(b.Len()/5+8, 1<<16); cap(p.toks) < want {
		p.toks = make([]qtok, 0, want) // about one token per five bytes
	}
	sent := 0
	prevEnd := b[0]
	add := func(t qtok) {
		// A new sentence starts between the previous token and this one.
		for si < len(sents) && sents[si][0] < t.start {
			if sents[si][0] >= prevEnd && len(p.toks) > 0 {
				sent++
			}
			si++
		}
		if si < len(sents) && sents[si][0] == t.start {
			if len(p.toks) > 0 {
				sent++
			}
			si++
		}
		t.sent = int32(sent)
		p.toks = append(p.toks, t)
		prevEnd = t.end
	}
	qi = quoteFrom(quotes, qi, b[0])
	for i := b[0]; i < b[1]; {
		if qi < len(quotes) && quotes[qi].outer[0] == i {
			q := quotes[qi]
			add(qtok{start: q.outer[0], end: q.outer[1], kind: tQuote, q: int32(qi)})
			i = q.outer[1]
			qi++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r) || unicode.Is(unicode.Sc, r) && isDigitRune(runeAfter(text[:b[1]], i+size)):
			from := i
			if !isWordRune(r) {
				from += size // "£38,700" is one word
			}
			end := wordEnd(text, from, b[1], quotes, qi)
			add(qtok{start: i, end: end, kind: tWord, plain: plainWord(text[i:end])})
			i = end
		default:
			add(qtok{start: i, end: i + size, kind: tPunct})
			i += size
		}
	}
	for si < len(sents) && sents[si][0] < b[1] {
		si++
	}
	p.indexSentences()
	return qi, si
}

// quoteFrom returns the index of the first quotation of quotes, from
// index qi on, that starts at or after offset at.
func quoteFrom(quotes []quoteSpan, qi, at int) int {
	for qi < len(quotes) && quotes[qi].outer[0] < at {
		qi++
	}
	return qi
}

// empty makes p a paragraph of block b without tokens, as tokenize would
// for a block with neither quotations nor cues that is to be skipped,
// and returns the index of the first of sents (from index si on) that
// starts at or after b's end.
func (p *para) empty(text string, b article.Span, sents []article.Span, si int) int {
	p.text, p.toks, p.sents = text, p.toks[:0], p.sents[:0]
	p.low, p.lowFrom, p.blk = "", 0, b
	for si < len(sents) && sents[si][0] < b[1] {
		si++
	}
	return si
}

// wordEnd returns the end of the word that starts at i: letters and
// digits, joined by inner apostrophes, hyphens, periods and ampersands;
// a final apostrophe (the Russians’) and the period of an abbreviation
// or initial belong to it. The opening mark of quotes[qi] ends it.
func wordEnd(text string, i, end int, quotes []quoteSpan, qi int) int {
	stop := end
	if qi < len(quotes) && quotes[qi].outer[0] < stop {
		stop = quotes[qi].outer[0]
	}
	j := i
	for j < stop {
		if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) || r >= 0x300 && unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '’' || r == '\'' || r == '-' || r == '.' || r == '&' || r == '‑' || r == ',' {
			next := runeAfter(text[:stop], j+size)
			if r == ',' && !(isDigitRune(next) && isDigitRune(rune(text[j-1]))) {
				break // only "38,700" holds a comma
			}
			if isWordRune(next) {
				j += size
				continue
			}
			if (r == '’' || r == '\'') && (text[j-1] == 's' || text[j-1] == 'S') {
				j += size // possessive plural
			} else if r == '.' && abbrevPeriod(text[i:j]) {
				j += size
			}
		}
		break
	}
	return j
}

// abbrevPeriod reports whether a period after w belongs to it: w is an
// initial, holds inner periods ("U.S"), or is a title or honorific
// abbreviation ("Mr", "Sen").
func abbrevPeriod(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return true
	}
	return titleAbbrevs[w]
}

// titleAbbrevs are abbreviations written with a period before a name.
var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Sen": true, "Rep": true,
	"Gov": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true, "Capt": true, "Cmdr": true,
	"Adm": true, "Maj": true, "St": true, "Jr": true, "Sr": true, "Rev": true, "Hon": true,
	"Pres": true, "Supt": true, "Insp": true, "Det": true, "Mx": true, "Lt.Col": true, "Cpl": true,
	"Pvt": true, "Atty": true, "Amb": true, "Fr": true,
}
