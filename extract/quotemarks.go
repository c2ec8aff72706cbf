package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// markFamily groups quotation marks that may close one another.
type markFamily uint8

const (
	famNone      markFamily = iota
	famDouble               // “ ” „ and straight "
	famSingle               // ‘ ’ ‚ and straight '
	famGuillemet            // « »
	famAngle                // ‹ ›
	famCorner               // 「 」
	famWhite                // 『 』
)

// A markClass says what a quotation mark character may do.
type markClass struct {
	fam markFamily
	// open: the mark opens a quote when it is not closing one.
	open bool
	// closes lists the opening marks this mark closes.
	closes string
	// strong marks are never apostrophes or inch marks: an unbalanced one
	// is reported as a diagnostic.
	strong bool
	// flank: whether the mark opens or closes is told by the letters
	// around it (straight quotes, the apostrophe ’, reversed guillemets).
	flank bool
}

// classify returns the class of r, or a class with fam famNone when r is
// not a quotation mark.
func classify(r rune) markClass {
	switch r {
	case '“':
		// English opener; German closer of „.
		return markClass{fam: famDouble, open: true, closes: "„", strong: true}
	case '”':
		// Closer of “ and „; opener in Swedish and Finnish ”…”.
		return markClass{fam: famDouble, open: true, closes: "“„”\"", strong: true, flank: true}
	case '„':
		return markClass{fam: famDouble, open: true, strong: true}
	case '"':
		return markClass{fam: famDouble, open: true, closes: "\"“„”", flank: true}
	case '‘':
		return markClass{fam: famSingle, open: true, closes: "‚"}
	case '’':
		return markClass{fam: famSingle, closes: "‘‚'’", flank: true}
	case '‚':
		return markClass{fam: famSingle, open: true}
	case '\'':
		return markClass{fam: famSingle, open: true, closes: "'‘", flank: true}
	case '«':
		return markClass{fam: famGuillemet, open: true, closes: "»", strong: true, flank: true}
	case '»':
		return markClass{fam: famGuillemet, open: true, closes: "«", strong: true, flank: true}
	case '‹':
		return markClass{fam: famAngle, open: true, closes: "›", flank: true}
	case '›':
		return markClass{fam: famAngle, open: true, closes: "‹", flank: true}
	case '「':
		return markClass{fam: famCorner, open: true, strong: true}
	case '」':
		return markClass{fam: famCorner, closes: "「", strong: true}
	case '『':
		return markClass{fam: famWhite, open: true, strong: true}
	case '』':
		return markClass{fam: famWhite, closes: "『", strong: true}
	}
	return markClass{}
}

// mayStartMark reports whether a quotation mark classify knows may start
// with byte c: a straight double or single quote, or the first byte of
// « », of ‘ ’ ‚ “ ” „ ‹ ›, or of 「 」 『 』.
func mayStartMark(c byte) bool { return markLeads[c] }

// markLeads holds the bytes mayStartMark lets through, so that the scan
// passes over other bytes with one lookup.
var markLeads = [256]bool{'"': true, '\'': true, 0xc2: true, 0xe2: true, 0xe3: true}

// isQuoteMark reports whether r is one of the quotation marks the scanner
// knows.
func isQuoteMark(r rune) bool { return classify(r).fam != famNone }

// quotePair is one balanced pair of quotation marks in Doc.Text: Open
// and Close are the spans of the marks themselves. Nested is set on a
// pair that lies inside another pair.
type quotePair struct {
	Open, Close article.Span
	Nested      bool
	// Cont is set on a pair whose Close is the end of its block, not a
	// mark: the quote runs on into the next paragraph. From is set on a
	// pair whose Open mark reopens such a quote.
	Cont, From bool
}

// Inner returns the span between the marks.
func (p quotePair) Inner() article.Span { return article.Span{p.Open[1], p.Close[0]} }

// maxQuoteDepth bounds how deeply quotes may nest; deeper marks are
// ignored, which keeps the scan linear on hostile input.
const maxQuoteDepth = 8

// maxQuoteDiagnostics bounds the diagnostics one article can produce.
const maxQuoteDiagnostics = 50

// openMark is an entry of the scanner's stack.
type openMark struct {
	r    rune
	span article.Span
	cls  markClass
	// weak is the first apostrophe-like mark seen while this single quote
	// was open that could also close it ("the Russians’ plan"); it closes
	// the quote when no better closer comes.
	weak article.Span
	// from is set when the mark reopens a quote continued from the
	// previous paragraph.
	from bool
}

// markScan is the state of a scan over the blocks of one Doc.
type markScan struct {
	text string
	// straightLeft counts the straight double quotes after the current
	// one in its block.
	straightLeft int
	pairs        []quotePair
	diags        []article.Diagnostic
	ndiag        int
}

// scanQuoteMarks pairs the quotation marks of every block of d. Pairs
// come sorted by opening mark. A quote left open at the end of a
// paragraph continues into the next one when that paragraph opens with a
// mark of the same family (the news convention for quotes over several
// paragraphs); any other unbalanced strong mark becomes a diagnostic.
func scanQuoteMarks(d *article.Doc) ([]quotePair, []article.Diagnostic) {
	s := &markScan{text: d.Text}
	var carry *openMark
	for i, b := range d.Blocks {
		if b.Kind == article.BlockPre || !b.Span.In(len(d.Text)) {
			carry = s.dropCarry(carry)
			continue
		}
		var next *article.Block
		if i+1 < len(d.Blocks) && d.Blocks[i+1].Kind != article.BlockHeading {
			next = &d.Blocks[i+1]
		}
		carry = s.block(b.Span, carry, next)
	}
	s.dropCarry(carry)
	slices.SortFunc(s.pairs, func(x, y quotePair) int { return x.Open[0] - y.Open[0] })
	end := -1
	for i := range s.pairs {
		p := &s.pairs[i]
		p.Nested = p.Open[0] < end
		end = max(end, p.Close[1])
	}
	if s.ndiag > maxQuoteDiagnostics {
		s.diags = append(s.diags, article.Diagnostic{Source: "quotes",
			Message: "more unbalanced quotation marks not reported: " + strconv.Itoa(s.ndiag-maxQuoteDiagnostics)})
	}
	return s.pairs, s.diags
}

// diag records a diagnostic about the mark at sp.
func (s *markScan) diag(sp article.Span, msg string) {
	s.ndiag++
	if s.ndiag <= maxQuoteDiagnostics {
		s.diags = append(s.diags, article.Diagnostic{Source: "quotes", Span: sp, Message: msg})
	}
}

// dropCarry reports a quote continued into a paragraph that could not
// take it (a heading, preformatted text, the end of the body).
func (s *markScan) dropCarry(c *openMark) *openMark {
	if c != nil {
		s.diag(c.span, "quotation mark "+string(c.r)+" is never closed")
	}
	return nil
}

// block scans one block. carry is a quote continued from the previous
// paragraph whose reopening mark starts this block. It returns the quote
// this block leaves open for the next one, if next opens with a mark of
// its family.
func (s *markScan) block(b article.Span, carry *openMark, next *article.Block) *openMark {
	text := s.text[:b[1]]
	var stack []openMark
	start := b[0]
	if carry != nil {
		// The block opens with the reopening mark (checked by the caller).
		i := skipSpace(text, start)
		r, size := utf8.DecodeRuneInString(text[i:])
		stack = append(stack, openMark{r: r, span: article.Span{i, i + size}, cls: classify(r), from: true})
		start = i + size
	}
	s.straightLeft = strings.Count(text[start:b[1]], `"`)
	for i := start; i < b[1]; {
		if !mayStartMark(text[i]) {
			i++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '"' {
			s.straightLeft--
		}
		if r < 0x80 && r != '"' && r != '\'' {
			i++
			continue
		}
		cls := classify(r)
		if cls.fam == famNone {
			i += size
			continue
		}
		stack = s.mark(text, b[0], r, article.Span{i, i + size}, cls, stack)
		i += size
	}
	// What stays open is continued into the next paragraph, closed at a
	// weak closer, or unbalanced.
	var out *openMark
	for k := len(stack) - 1; k >= 0; k-- {
		m := stack[k]
		if k == 0 && m.weak == (article.Span{}) && next != nil && m.cls.fam != famSingle && reopens(s.text, next.Span, m.cls.fam) {
			end := trimSpaceEnd(s.text, m.span[1], b[1])
			s.pairs = append(s.pairs, quotePair{Open: m.span, Close: article.Span{end, end}, Cont: true, From: m.from})
			out = &m
			continue
		}
		s.unclosed(m)
	}
	return out
}

// mark handles one quotation mark at sp and returns the new stack.
func (s *markScan) mark(text string, blockStart int, r rune, sp article.Span, cls markClass, stack []openMark) []openMark {
	prev, next := runeBefore(text, sp[0], blockStart), runeAfter(text, sp[1])
	left := !isSpace(next) && (isSpace(prev) || isOpenPunct(prev) || isQuoteMark(prev))
	right := !isSpace(prev) && (isSpace(next) || isClosePunct(next) || isQuoteMark(next))
	inWord := isWordRune(prev) && isWordRune(next)

	// Apostrophes and inch marks are not quotation marks.
	switch r {
	case '’', '\'':
		if inWord {
			return stack // don’t, O’Brien, 5'10"
		}
	case '‘':
		if isDigitRune(next) {
			return stack // the ‘90s
		}
	case '"':
		if isDigitRune(prev) && (!openIn(stack, famDouble) || isSpace(next) && s.straightLeft > 0) {
			return stack // a 5" screen; "the new 12" model is faster"
		}
	}

	// Close an open quote this mark can close.
	if cls.closes != "" && (!cls.flank || !left || right) {
		for k := len(stack) - 1; k >= 0; k-- {
			m := stack[k]
			if !containsRune(cls.closes, m.r) {
				continue
			}
			if (r == '’' || r == '\'') && !strongSingleClose(prev, next) {
				// s’ followed by a word is more often a possessive
				// plural than the end of a quote: remember it, and close
				// here only if nothing better comes.
				if stack[k].weak == (article.Span{}) {
					stack[k].weak = sp
				}
				return stack
			}
			for j := len(stack) - 1; j > k; j-- {
				s.unclosed(stack[j])
			}
			s.pairs = append(s.pairs, quotePair{Open: m.span, Close: sp, From: m.from})
			return stack[:k]
		}
	}

	// Open a quote.
	switch {
	case r == '’':
		return stack // an apostrophe: the Russians’
	case !cls.open || (cls.flank && !left && !(r == '"' && inWord)) || r == '”' && !isSpace(prev) && !isOpenPunct(prev):
		if cls.strong {
			s.diag(sp, "closing quotation mark "+string(r)+" has no opening mark")
		}
		return stack
	case len(stack) >= maxQuoteDepth:
		return stack
	}
	return append(stack, openMark{r: r, span: sp, cls: cls})
}

// unclosed ends a quote left open inside an outer one that closes: a
// single quote closes at its weak closer, if it has one; a strong mark is
// reported.
func (s *markScan) unclosed(m openMark) {
	switch {
	case m.weak != (article.Span{}):
		s.pairs = append(s.pairs, quotePair{Open: m.span, Close: m.weak, From: m.from})
	case m.cls.strong || m.r == '"':
		s.diag(m.span, "quotation mark "+string(m.r)+" is never closed")
	}
}

// strongSingleClose reports whether ’ or ' between prev and next surely
// closes a single quote rather than marking a possessive: punctuation
// before it (,’ .’ ?’) or after it (’, ’.), or the end of the block.
func strongSingleClose(prev, next rune) bool {
	if next == utf8.RuneError || isClosePunct(next) || isQuoteMark(next) {
		return true
	}
	return isClosePunct(prev)
}

// reopens reports whether block b opens with a quotation mark of family
// f, continuing a quote from the previous paragraph.
func reopens(text string, b article.Span, f markFamily) bool {
	i := skipSpace(text[:b[1]], b[0])
	r, _ := utf8.DecodeRuneInString(text[i:b[1]])
	c := classify(r)
	return c.fam == f && c.open && r != '’'
}

func openIn(stack []openMark, f markFamily) bool {
	for _, m := range stack {
		if m.cls.fam == f {
			return true
		}
	}
	return false
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// runeBefore returns the rune before i, or utf8.RuneError at the start of
// the block.
func runeBefore(text string, i, start int) rune {
	if i <= start {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return r
}

// runeAfter returns the rune at i, or utf8.RuneError at the end of text.
func runeAfter(text string, i int) rune {
	if i >= len(text) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// isSpace treats the block's edges (utf8.RuneError) as space.
func isSpace(r rune) bool { return r == utf8.RuneError || unicode.IsSpace(r) }

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return !generalPunct(r) && (isLetterRune(r) || unicode.IsDigit(r))
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '…':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/':
		return true
	}
	return false
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// trimSpaceEnd returns end moved back over white space, not before start.
func trimSpaceEnd(text string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}
