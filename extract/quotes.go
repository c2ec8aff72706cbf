package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/newsparse/newsparse/article"
)

// QuoteRules configures quote extraction; its Extract method is the
// extractor. The zero value uses DefaultCues and the built-in pronoun
// resolver. QuoteRules is safe for concurrent use as long as its fields
// are not changed meanwhile.
type QuoteRules struct {
	// Cues are the verbs and phrases of attribution. Nil means
	// DefaultCues().
	Cues []Cue
	// Pronoun returns the id of the entity of a.Entities that a pronoun
	// speaker ("he", "she", "they", "it", or a description such as "the
	// 25-year-old") at span at of a.Text refers to, or "" when it cannot
	// tell; ids not in a.Entities are dropped. It is asked only when no
	// speaker of the right kind was named earlier in the same paragraph
	// (that speaker wins). Nil, or "", means the built-in rule: the
	// person (for "it", the organisation) mentioned or resolved as a
	// speaker last before the pronoun, outside quotations and not as a
	// possessive, of the pronoun's sex when the text or the given name
	// tells it; "they" and "their" refer to a coordinated speaker ("X and
	// Y said") just named; "we" and "I" stay unresolved.
	Pronoun func(a *article.Article, at article.Span) string
	// NoReported turns off reported speech: only quotations are found.
	NoReported bool

	// tokenizeAll turns off the skipping of blocks that cannot yield
	// anything (see cueIndex.mayMatter), for tests that compare.
	tokenizeAll bool
}

// Quotes fills a.Quotes using the zero QuoteRules: see
// QuoteRules.Extract. It runs after Entities so that speakers resolve to
// entities.
func Quotes(d *article.Doc, a *article.Article) error {
	return QuoteRules{}.Extract(d, a)
}

// defaultCueIndex is the index of DefaultCues, built once and never
// changed.
var defaultCueIndex = sync.OnceValue(func() cueIndex { return newCueIndex(DefaultCues()) })

// Extract sets a.Quotes to the quotations and reported speech of d's
// body, sorted by start, each with its speaker when the text names one,
// and appends a diagnostic for every unbalanced quotation mark.
//
// A quotation is "direct" when it is a full sentence or more and
// "partial" when it is a fragment inside the writer's sentence; its Text
// leaves out the marks (and, for a partial quote, a final comma or
// period that belongs to the sentence). A quotation that runs over
// several paragraphs yields one quote per paragraph, all with the same
// speaker. Reported speech ("X said (that) …", "according to X, …") is
// "indirect", with the content clause as Text. Speakers are resolved to
// a.Entities when an earlier extractor filled them.
func (r QuoteRules) Extract(d *article.Doc, a *article.Article) error {
	ix := defaultCueIndex()
	if r.Cues != nil {
		ix = newCueIndex(r.Cues)
	}
	pairs, diags := scanQuoteMarks(d)
	st := &quoteState{text: d.Text, cues: ix, reported: !r.NoReported}
	st.spans = quoteSpans(d.Text, pairs)
	st.cands = make([]quoteCand, len(st.spans))
	qi, si := 0, 0
	var prev, cur para
	prevBlock := -2
	for bi, b := range d.Blocks {
		if b.Kind == article.BlockPre || !b.Span.In(len(d.Text)) {
			continue
		}
		if qi = quoteFrom(st.spans, qi, b.Span[0]); !r.tokenizeAll && (qi == len(st.spans) || st.spans[qi].outer[0] >= b.Span[1]) &&
			(b.Kind == article.BlockHeading || !ix.mayMatter(d.Text[b.Span[0]:b.Span[1]], st.reported)) {
			// No quotation starts in the block and no cue that could
			// make something of it stands in it: it yields nothing, and
			// gives the next one nothing to attribute by.
			si = cur.empty(d.Text, b.Span, d.Sentences, si)
		} else {
			qi, si = cur.tokenize(d.Text, b.Span, st.spans, qi, d.Sentences, si)
		}
		if b.Kind == article.BlockHeading {
			st.heading(&cur, bi)
			continue
		}
		cur.findCues(ix)
		var before *para
		if prevBlock == bi-1 {
			before = &prev
		}
		st.paragraph(&cur, before, bi)
		prev, cur = cur, prev
		prevBlock = bi
	}
	out := st.quotes()
	st.resolve(a, out, d.Sentences, r.Pronoun)
	a.Quotes = nil // an article without quotes has none, as every list field
	if len(out) > 0 {
		a.Quotes = out
	}
	a.Diagnostics = append(a.Diagnostics, diags...)
	return nil
}

// quoteSpan is one quotation in the text: outer covers the marks (or runs
// to the end of the paragraph for a quote continued in the next one),
// inner the words between them.
type quoteSpan struct {
	outer, inner article.Span
	cont, from   bool // continued in the next paragraph, from the previous one
}

// quoteSpans turns the top-level mark pairs into quotation spans, leaving
// out pairs with no words between the marks.
func quoteSpans(text string, pairs []quotePair) []quoteSpan {
	var out []quoteSpan
	for _, p := range pairs {
		if p.Nested {
			continue
		}
		in := p.Inner()
		s := skipSpace(text[:in[1]], in[0])
		e := trimSpaceEnd(text, s, in[1])
		if !hasWord(text[s:e]) {
			continue
		}
		out = append(out, quoteSpan{outer: article.Span{p.Open[0], p.Close[1]}, inner: article.Span{s, e}, cont: p.Cont, from: p.From})
	}
	return out
}

func hasWord(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// quoteCand is what was found about one quotation span.
type quoteCand struct {
	seen    bool
	heading bool // in a heading, or alone on its line as a subheading
	block   int
	kind    string
	text    article.Span
	speaker *article.Speaker
	cue     string
	from    source
}

// source says how a quotation's speaker was found; a quote over several
// paragraphs takes the speaker of its best-found part.
type source uint8

const (
	fromNone     source = iota
	fromPrevious        // the speaker of the quotation or clause before
	fromIntro           // a sentence that ends with a cue and a colon
	fromSentence        // an attribution in the quotation's sentence
)

// lastSpeaker is the most recent attribution, for quotations that follow
// without one of their own.
type lastSpeaker struct {
	speaker *article.Speaker
	cue     string
	block   int
}

// quoteState is the private state of one Extract call.
type quoteState struct {
	text     string
	cues     cueIndex
	reported bool
	spans    []quoteSpan
	cands    []quoteCand
	indirect []article.Quote
	last     *lastSpeaker
	items    []paraItem
}

// paraItem is a quotation or reported speech of the current paragraph,
// in text order.
type paraItem struct {
	start int
	tok   int // token of a quotation
	cand  int // index into cands, or -1
	ind   int // index into indirect, or -1
}

// paragraph finds the quotations, speakers and reported speech of one
// paragraph. before is the previous paragraph when it is adjacent.
func (st *quoteState) paragraph(p, before *para, bi int) {
	st.items = st.items[:0]
	for t := range p.toks {
		if p.toks[t].kind != tQuote {
			continue
		}
		qs := st.spans[p.toks[t].q]
		c := &st.cands[p.toks[t].q]
		c.seen, c.block = true, bi
		c.kind = p.quoteKind(t, qs, st.text, st.cues)
		c.text = quoteText(st.text, qs.inner, c.kind)
		if s, h, ok := p.attribute(t, c.kind, st.text[qs.inner[0]:qs.inner[1]], st.cues); ok {
			c.speaker, c.cue, c.from = p.speaker(s), p.cueText(h), fromSentence
		} else if c.kind == article.QuoteDirect && t == 0 && before != nil {
			if s, h, ok := before.colonIntro(st.cues); ok {
				c.speaker, c.cue, c.from = before.speaker(s), before.cueText(h), fromIntro
			}
		} else if c.kind == article.QuoteDirect {
			if lo, _ := p.sentOf(t); lo == t && lo > 0 {
				if s, h, ok := p.colonBefore(lo, st.cues); ok {
					c.speaker, c.cue, c.from = p.speaker(s), p.cueText(h), fromIntro
				}
			}
		}
		// A line that is only a quoted fragment is a subheading.
		c.heading = c.speaker == nil && c.kind == article.QuotePartial && p.onlyToken(t)
		st.items = append(st.items, paraItem{start: qs.outer[0], tok: t, cand: int(p.toks[t].q), ind: -1})
	}
	if st.reported {
		n := len(st.indirect)
		st.indirect = p.reported(st.indirect, st.cues)
		for i := n; i < len(st.indirect); i++ {
			st.items = append(st.items, paraItem{start: st.indirect[i].Span[0], cand: -1, ind: i})
		}
	}
	slices.SortStableFunc(st.items, func(x, y paraItem) int { return x.start - y.start })
	// Quotations without an attribution of their own take the speaker
	// named last before them: the second half of a split quote (“A,”
	// she said. “B.”), or a quotation that opens a sentence in a
	// paragraph that goes on quoting the previous paragraph's speaker.
	for _, it := range st.items {
		if it.ind >= 0 {
			q := &st.indirect[it.ind]
			st.remember(q.Speaker, q.Cue, bi)
			continue
		}
		c := &st.cands[it.cand]
		qs := st.spans[it.cand]
		if c.speaker == nil && c.kind == article.QuoteDirect && st.last != nil && !qs.from {
			lo, _ := p.sentOf(it.tok)
			// (st.last is two paragraphs back only when the paragraph
			// between attributes nothing.)
			if st.last.block == bi || (st.last.block == bi-1 || st.last.block == bi-2) && lo == it.tok {
				sp := *st.last.speaker
				c.speaker, c.cue, c.from = &sp, st.last.cue, fromPrevious
			}
		}
		if c.speaker != nil && c.from != fromPrevious {
			st.remember(c.speaker, c.cue, bi)
		}
	}
}

// remember makes sp the last speaker named, unless a speaker named later
// in the text is already remembered for this paragraph (the attribution
// of "…, Leese told PA Media" comes after the content it covers).
func (st *quoteState) remember(sp *article.Speaker, cue string, bi int) {
	if st.last != nil && st.last.block == bi && st.last.speaker.Span[0] > sp.Span[0] {
		return
	}
	st.last = &lastSpeaker{speaker: sp, cue: cue, block: bi}
}

// onlyToken reports whether nothing but punctuation stands beside token
// t in its paragraph.
func (p *para) onlyToken(t int) bool {
	for i := range p.toks {
		if i != t && p.toks[i].kind != tPunct {
			return false
		}
	}
	return true
}

// headingSpeakers gives a quotation in a heading the speaker of a later
// quotation, before the next heading, that holds its words: a
// subheading ‘Tail wagging the dog’ over a section that quotes someone
// calling a plan "just another example of the tail wagging the dog". It
// takes no cue: the heading attributes nothing itself.
func (st *quoteState) headingSpeakers() {
	for i := range st.cands {
		c := &st.cands[i]
		if !c.heading || c.speaker != nil || !wordsAtLeast(c.text.Of(st.text), 2) {
			continue
		}
		words := foldQuote(c.text.Of(st.text))
		for j := i + 1; j < len(st.cands) && j-i <= maxHeadingReach; j++ {
			d := &st.cands[j]
			if d.heading && d.block != c.block {
				break
			}
			if d.heading || !d.seen || d.speaker == nil {
				continue
			}
			if strings.Contains(" "+foldQuote(d.text.Of(st.text))+" ", " "+words+" ") {
				sp := *d.speaker
				c.speaker = &sp
				break
			}
		}
	}
}

// maxHeadingReach bounds how many quotations after a heading are
// searched for its words.
const maxHeadingReach = 40

// foldQuote folds quoted words for comparison: lower case, the words
// only, single spaces.
func foldQuote(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) }), " ")
}

// heading records the quotations of a heading: fragments quoted as a
// title, with no speaker of their own; no quotation after a heading
// takes a speaker from before it.
func (st *quoteState) heading(p *para, bi int) {
	st.last = nil
	for t := range p.toks {
		if p.toks[t].kind == tQuote {
			c := &st.cands[p.toks[t].q]
			c.seen, c.heading, c.block, c.kind = true, true, bi, article.QuotePartial
			c.text = quoteText(st.text, st.spans[p.toks[t].q].inner, c.kind)
		}
	}
}

// quoteKind tells a direct quotation (a full sentence or more) from a
// partial one (a fragment inside the writer's sentence) by its place in
// the sentence, its first letter, its length and its final punctuation.
func (p *para) quoteKind(t int, qs quoteSpan, text string, cues cueIndex) string {
	if qs.cont || qs.from {
		return article.QuoteDirect
	}
	inner := text[qs.inner[0]:qs.inner[1]]
	lo, hi := p.sentOf(t)
	upper := startsUpper(inner)
	n := wordCount(inner)
	last := lastRune(inner)
	terminal := last == '.' || last == '!' || last == '?' || last == '…'
	ends := terminal || last == ','
	// Only the sentence's final punctuation after the quote.
	atEnd := t+1 >= hi || t+2 == hi && p.isPunct(t+1, ".!?")
	initial := t == lo || p.isPunct(t-1, ":—–(") ||
		p.isPunct(t-1, ",") && t-2 >= lo && p.cueAt[t-2] >= 0 ||
		p.isPunct(t-1, ",") && t-2 >= lo && p.toks[t-2].kind == tWord && p.cueBefore(t-2, lo)
	if lo == 0 && hi == len(p.toks) && t+1 >= hi && !terminal && last != ',' {
		return article.QuotePartial // a line that is only a quoted title: ‘Tail wagging the dog’
	}
	switch {
	case initial && upper && (n >= 3 || ends || atEnd && n >= 2):
		return article.QuoteDirect
	case initial && n >= 5 && (ends || atEnd):
		return article.QuoteDirect // “… and we will win,” he said.
	case upper && terminal && n >= 4:
		return article.QuoteDirect
	}
	return article.QuotePartial
}

// cueBefore reports whether a cue ends at token j: "she said, “…”".
func (p *para) cueBefore(j, lo int) bool {
	for k := j; k >= lo && j-k < 3; k-- {
		if h, ok := p.hit(k); ok {
			return h.tok+h.n-1 == j || h.cue.Hearer
		}
	}
	return false
}

// quoteText returns the span of a quotation's text: the words between
// the marks, without a final comma (which stands for the period of a
// quote the sentence goes on after) nor, for a partial quote, the final
// period that belongs to the writer's sentence.
func quoteText(text string, in article.Span, kind string) article.Span {
	e := in[1]
	for e > in[0] {
		c := text[e-1]
		if c == ',' || c == ';' || c == ':' || kind == article.QuotePartial && c == '.' && !strings.HasSuffix(text[in[0]:e], "...") {
			e = trimSpaceEnd(text, in[0], e-1)
			continue
		}
		break
	}
	return article.Span{in[0], e}
}

// quotes returns every quotation and reported speech found, sorted by
// start.
func (st *quoteState) quotes() []article.Quote {
	// A quote over several paragraphs has one speaker: spread the one
	// found on any of its parts.
	for i := 0; i < len(st.cands); {
		j := i + 1
		for j < len(st.cands) && st.spans[j].from && st.spans[j-1].cont {
			j++
		}
		best := i
		for k := i; k < j; k++ {
			if st.cands[k].from > st.cands[best].from {
				best = k
			}
		}
		for k := i; k < j && st.cands[best].speaker != nil; k++ {
			if k != best {
				s := *st.cands[best].speaker
				st.cands[k].speaker, st.cands[k].cue = &s, st.cands[best].cue
			}
		}
		i = j
	}
	st.headingSpeakers()
	out := make([]article.Quote, 0, len(st.cands)+len(st.indirect))
	for _, c := range st.cands {
		if !c.seen || c.text.Len() == 0 {
			continue
		}
		out = append(out, article.Quote{Text: c.text.Of(st.text), Span: c.text, Kind: c.kind, Cue: c.cue, Speaker: c.speaker})
	}
	out = append(out, st.indirect...)
	slices.SortStableFunc(out, func(x, y article.Quote) int {
		if x.Span[0] != y.Span[0] {
			return x.Span[0] - y.Span[0]
		}
		return x.Span[1] - y.Span[1]
	})
	// Two cues can report the same clause ("Ford wrote, and wrote").
	return slices.CompactFunc(out, func(x, y article.Quote) bool { return x.Span == y.Span && x.Kind == y.Kind })
}
