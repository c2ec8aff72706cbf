package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// This file turns the numerals of a text into facts, one numeral (or
// range) at a time: what stands before it (fact_currency.go), what it
// measures (fact_measure.go, fact_nouns.go), how it is bounded
// (fact_bounds.go), whether it makes a range with the next
// (fact_ranges.go), what kind of fact it is (fact_kinds.go), and whether
// it is no fact at all (fact_skip.go).

// ReadFacts reads the numeric facts of s, a plain text such as one
// paragraph, in order of their start. Spans are byte offsets into s. It
// is safe for concurrent use and linear in the length of s.
func ReadFacts(s string) []article.Fact {
	rds := readFacts(s)
	out := make([]article.Fact, 0, len(rds))
	for _, rd := range rds {
		out = append(out, rd.fact)
	}
	return out
}

// reading is one fact with the parts of the text it was read from.
type reading struct {
	fact    article.Fact
	t0, t1  int    // tokens of the whole fact
	core    [2]int // bytes of the measured expression: currency, numbers and unit, without qualifier or noun
	rng     [2]int // bytes of the bound qualifier, numbers and bound phrase
	n1, n2  numeral
	two     bool // n2 is the upper end of a range
	eq      bool // stated with "equal to"
	age     bool // an age: "five years old", "a 23-year-old", "aged 23"
	glued   bool // its unit is glued to the digits: "180ml"
	qual    bool // it has a bound qualifier before it
	orRange bool // a range written with "or": "two or three"
}

// factReader reads the facts of one text. Its zero value is ready to
// use; it keeps its buffers from one text to the next.
type factReader struct {
	s    string
	toks []token
	nums []numeral
	out  []reading
	num  numReader
	used int // tokens before this one belong to a fact or were judged no fact
	// low holds the words lower has lowered; it is kept from chunk to
	// chunk, like the buffers above.
	low *strings.Builder
	// longest is the length of the longest text the reader is to read,
	// when known, so that its token buffer is made once for all of them.
	longest int
}

// readFacts reads the facts of s with their parts.
func readFacts(s string) []reading {
	var fr factReader
	return fr.read(s)
}

// Long texts are read in chunks of about chunkSize bytes cut at sentence
// ends, so that the buffers stay small whatever the input.
const (
	chunkSize = 4 << 10
	chunkMax  = 8 << 10
)

// read reads the facts of s, reusing fr's buffers; the result is valid
// until the next call.
func (fr *factReader) read(s string) []reading {
	if len(s) <= chunkMax {
		return fr.readChunk(s)
	}
	var all []reading
	for off := 0; off < len(s); {
		end := chunkEnd(s, off)
		for _, rd := range fr.readChunk(s[off:end]) {
			rd.fact.Span = article.Span{rd.fact.Span[0] + off, rd.fact.Span[1] + off}
			rd.core = [2]int{rd.core[0] + off, rd.core[1] + off}
			rd.rng = [2]int{rd.rng[0] + off, rd.rng[1] + off}
			rd.t0, rd.t1 = -1, -1 // token indices are the chunk's
			all = append(grow(all), rd)
		}
		off = end
	}
	fr.s = s
	return all
}

// chunkEnd returns the end of the chunk of s that starts at off: after
// the first sentence end (or, failing one, space) past chunkSize bytes,
// and no further than chunkMax bytes, on a rune boundary.
func chunkEnd(s string, off int) int {
	if len(s)-off <= chunkMax {
		return len(s)
	}
	lo, hi := off+chunkSize, off+chunkMax
	space := -1
	for i := lo; i < hi; i++ {
		switch s[i] {
		case '.', '!', '?', '\n':
			if s[i+1] == ' ' || s[i+1] == '\n' {
				return i + 2
			}
		case ' ':
			if space < 0 {
				space = i + 1
			}
		}
	}
	if space > 0 {
		return space
	}
	for hi > lo && !utf8.RuneStart(s[hi]) {
		hi--
	}
	return hi
}

// readChunk reads the facts of one chunk of text.
func (fr *factReader) readChunk(s string) []reading {
	*fr = factReader{s: s, toks: fr.toks[:0], nums: fr.nums[:0], out: fr.out[:0], num: fr.num, longest: fr.longest, low: fr.low}
	if !mayHoldNumeral(s) {
		return fr.out
	}
	if cap(fr.toks) < len(s)/4 {
		// About a token per five bytes of prose, for the longest text to
		// come when it is known, else doubling as texts grow.
		n := max(len(s), min(fr.longest, chunkMax))
		fr.toks = make([]token, 0, max(n/4+16, 2*cap(fr.toks)))
	}
	fr.toks = tokenize(s, fr.toks)
	if cap(fr.nums) < len(fr.toks)/8 {
		fr.nums = make([]numeral, 0, len(fr.toks)/8+4)
	}
	fr.num.s, fr.num.toks = s, fr.toks
	fr.nums = fr.num.numerals(fr.nums)
	fr.mergeRatios()
	if cap(fr.out) < len(fr.nums) {
		fr.out = make([]reading, 0, len(fr.nums))
	}
	for i := 0; i < len(fr.nums); i++ {
		if fr.nums[i].t0 < fr.used {
			continue
		}
		i += fr.readAt(i)
	}
	fr.vague()
	fr.mergeBoundPairs()
	for i := range fr.out {
		rd := &fr.out[i]
		rd.fact.Text = s[rd.fact.Span[0]:rd.fact.Span[1]]
	}
	return fr.out
}

func (fr *factReader) text(i int) string {
	if i < 0 || i >= len(fr.toks) {
		return ""
	}
	return fr.s[fr.toks[i].s:fr.toks[i].e]
}

func (fr *factReader) punctAt(i int, r rune) bool {
	return i >= 0 && i < len(fr.toks) && fr.toks[i].kind == tkPunct && fr.toks[i].r == r
}

func (fr *factReader) isWordAt(i int, w string) bool {
	return i >= 0 && i < len(fr.toks) && fr.toks[i].kind == tkWord && !fr.toks[i].skip && strings.EqualFold(fr.text(i), w)
}

// numberAt reports whether a number starts at token j: a numeral, or
// a currency or a minus sign before one.
func (fr *factReader) numberAt(j int) bool {
	if j >= len(fr.toks) || fr.toks[j].skip {
		return false
	}
	if fr.numeralAt(j) {
		return true
	}
	t := fr.toks[j]
	switch t.kind {
	case tkWord:
		_, _, ok := codeOf(fr.text(j))
		return ok && fr.numeralAt(j+1)
	case tkPunct:
		if _, ok := currencySymbols[fr.text(j)]; ok {
			return fr.numeralAt(j + 1)
		}
		return (t.r == '-' || t.r == '−') && j+1 < len(fr.toks) && !fr.toks[j+1].space && fr.numeralAt(j+1)
	}
	return false
}

// numeralAt reports whether a numeral starts at token j.
func (fr *factReader) numeralAt(j int) bool {
	_, ok := fr.numeralIndex(j)
	return ok
}

// numeralIndex returns the index of the numeral that starts at token j.
func (fr *factReader) numeralIndex(j int) (int, bool) {
	lo, hi := 0, len(fr.nums)
	for lo < hi {
		m := (lo + hi) / 2
		if fr.nums[m].t0 < j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(fr.nums) && fr.nums[lo].t0 == j
}

// numeralEndsAt reports whether a numeral ends just before token j.
func (fr *factReader) numeralEndsAt(j int) bool {
	// Numerals do not overlap, so the one ending at j is the last to start before j.
	k, _ := fr.numeralIndex(j)
	return k > 0 && fr.nums[k-1].t1 == j
}

// readAt reads the fact that starts with numeral i and returns how many
// numerals after i it used.
func (fr *factReader) readAt(i int) int {
	n := fr.nums[i]
	if end, ok := fr.clockTime(n); ok {
		fr.used = end
		return 0
	}
	if _, end, ok := fr.dateAround(n); ok {
		fr.used = end
		return 0
	}
	if fr.codeBefore(n) || fr.modelAfter(n) || fr.listMarker(n) || fr.inTitle(n) || fr.phoneWord(n) || fr.leadZero(n) {
		fr.used = fr.skipGlued(n.t1)
		return 0
	}
	rd := reading{n1: n}
	t0 := n.t0
	// Currency before the number, and a minus sign before either.
	code, cmult, c0, hasCur := fr.currencyBefore(t0)
	if hasCur && c0 < fr.used {
		hasCur = false
	}
	if hasCur {
		t0 = c0
	}
	var u1 unitRead
	hasU1 := false
	if !n.ord {
		u1, hasU1 = fr.unitAfter(n.t1, n, hasCur)
	}
	if hasU1 && (u1.unknown || u1.timeOfDay) {
		fr.used = u1.end // a code ("5G", "3D") or a time ("6pm")
		return 0
	}
	if hasU1 && u1.info.kind == "" && !hasCur {
		// A scale glued on: "12m people".
		n.val *= u1.scale
		n.scale, n.base = u1.scale, n.val/u1.scale
		n.t1 = u1.end
		rd.n1 = n
		hasU1 = false
	}
	if hasCur {
		// The currency is the unit; a glued "m" is a million: "£3.4m".
		cu := unitRead{info: money(code), end: n.t1}
		if hasU1 && u1.info.kind == "" {
			cu.scale, cu.end, cu.glued = u1.scale, u1.end, true
		}
		u1, hasU1 = cu, true
	}
	if m := fr.minusBefore(t0, hasU1 && u1.info.temp); m >= 0 && !n.neg && m >= fr.used {
		n.val, n.neg, t0 = -n.val, true, m
		if m == n.t0-1 {
			n.t0 = m
		}
		rd.n1 = n
	}
	// A range: "between 20 and 30", "5-10 million", "from 200 to 300".
	used := 0
	lo, hi := n.val, 0.0
	e := n.t1
	var u unitRead
	hasU := false
	if hasU1 {
		u, hasU, e = u1, true, u1.end
	}
	rangeStart := t0
	if m, j, k, rs, ok := fr.rangeAfter(i, t0, e, code, hasCur, u, hasU); ok {
		m2 := fr.nums[j]
		if m2.scale != 0 && n.scale == 0 && !n.frac && n.val < m2.base {
			lo *= m2.scale // "5-10 million"
		}
		if m.unit.info.kind != "" && !hasU {
			u, hasU = m.unit, true
		}
		hi = m2.val
		rd.n2, rd.two, rd.orRange = m2, true, m.or
		e = k
		used = j - i
		if rs >= 0 {
			rangeStart = rs
		}
		if m.score {
			fr.used = k
			return used
		}
	}
	if hasCur {
		u.info = money(code)
		if cmult != 0 && cmult != 1 {
			u.scale = cmult * orOne(u.scale)
		}
	}
	if hasU && u.info.kind == article.FactMoney && !rd.two && orOne(u.scale) == 1 && u.info.mult == 0 && !u.glued {
		if x, end, ok := fr.cents(e, n); ok {
			u.extra += x
			e = end
		}
	}
	coreEnd := e
	// Words after the number: a bound phrase, then a counted noun.
	var post boundPhrase
	hasPost := false
	if p, end, ok := fr.matchAfter(e); ok {
		post, hasPost, e = p, true, end
	}
	counted := ""
	yearFirst := fr.yearLike(n) && !hasU && !rd.two && strongYearWords[fr.tokenText(t0-1)]
	if !hasU && !hasCur && !n.ord && !yearFirst {
		if noun, end, ok := fr.countedNoun(e); ok && !(fr.yearLike(n) && !rd.two && fr.yearModifies(t0, e, end)) {
			counted, e = noun, end
			if !hasPost {
				if p, end2, ok := fr.matchAfter(e); ok {
					post, hasPost, e = p, true, end2
				}
			}
		}
	} else if !hasPost {
		if p, end, ok := fr.matchAfter(e); ok {
			post, hasPost, e = p, true, end
		}
	}
	// A qualifier before: "at least", "nearly", "more than".
	start := t0
	if rangeStart < start {
		start = rangeStart
	}
	var pre boundPhrase
	hasPre := false
	qe := start - 1
	if n.ord && fr.isWordAt(qe, "the") {
		qe-- // "higher than the tenth"
	}
	if p, q0, ok := fr.matchBefore(qe); ok && q0 >= fr.used && !fr.toks[start].glued {
		// "$1.2 trillion over 10 years": "over" after an amount spreads it, it is no bound.
		over := len(p.words) == 1 && (p.words[0] == "over" || p.words[0] == "under")
		spread := over && hasU && u.info.kind == article.FactDuration &&
			(len(fr.out) > 0 && fr.out[len(fr.out)-1].t1 == q0 || spreadWords[fr.tokenText(q0-1)])
		// "over 3 to 4 weeks": a range takes no bound but "about".
		if rd.two && p.bound != article.BoundApprox {
			spread = true
		}
		if !spread {
			pre, hasPre = p, true
			start = q0
		}
	}
	// A decade of life: "in their 20s", "in her late 70s".
	if !hasU && !rd.two && n.digits && n.t1 < len(fr.toks) && fr.toks[n.t1].glued && fr.text(n.t1) == "s" && !fr.yearShape(n) {
		if !fr.lifeDecade(n.t0) || int(n.val)%10 != 0 || n.val < 10 || n.val > 90 {
			fr.used = n.t1 + 1
			return used // "the 90s", "30s": unclear
		}
		mx := n.val + 9
		rd.fact = article.Fact{Kind: article.FactDuration, Value: n.val, Max: &mx, Unit: "year", Bound: article.BoundExact}
		rd.age = true
		e = n.t1 + 1
		fr.used = e
		rd.fact.Span = article.Span{int(fr.toks[n.t0].s), int(fr.toks[e-1].e)}
		rd.t0, rd.t1 = n.t0, e
		rd.core, rd.rng = [2]int{rd.fact.Span[0], rd.fact.Span[1]}, [2]int{rd.fact.Span[0], rd.fact.Span[1]}
		fr.out = append(grow(fr.out), rd)
		return used
	}
	// An age after a name: "Biden, 81, and Trump, 78".
	if !hasU && !rd.two && !hasPre && fr.appositiveAge(n) {
		u = unitRead{info: dur("year"), end: e}
		hasU, rd.age = true, true
	}
	// Age words before: "aged 23", "age 87".
	if !hasU && !rd.two && fr.ageBefore(t0) && isInt(n.val) && n.val > 0 && n.val < 130 {
		u = unitRead{info: dur("year"), end: e}
		hasU, rd.age = true, true
		back := 1
		if fr.isWordAt(t0-1, "of") {
			back = 3 // "the age of 21"
			if !fr.isWordAt(t0-3, "the") {
				back = 2
			}
		}
		if !hasPre {
			start = t0 - back
		}
		t0 -= back
	}
	bound := article.BoundExact
	preBound, eq := "", false
	if hasPre {
		preBound, eq = pre.bound, pre.eq
	}
	postBound := ""
	if hasPost {
		postBound = post.bound
	}
	if b := combineBounds(preBound, eq, postBound); b != "" && b != "or-equal" {
		bound = b
	}
	if hasPost && post.bound == "or-equal" && !hasPre {
		e = coreEnd // "or equal" alone says nothing
		hasPost = false
	}
	rd.eq = eq && bound == article.BoundExact
	rd.qual = hasPre && pre.bound != article.BoundApprox

	// What kind of fact.
	f := &rd.fact
	f.Value, f.Bound = lo, bound
	yearRange := false
	if rd.two {
		if !hasU && fr.yearLike(n) && !hasPre && !hasPost {
			short := rd.n2.digits && rd.n2.val < 100 && fr.toks[rd.n2.t0].num.intLen == 2
			if short {
				hi = float64(int(lo)/100*100) + rd.n2.val // "2020-21"
			}
			yearRange = fr.yearLike(rd.n2) || short
		}
		if lo >= hi {
			fr.used = e
			return used
		}
		mx := hi
		f.Max = &mx
		if yearRange {
			counted, e = "", coreEnd
		}
	}
	scale := orOne(u.scale) * orOne(u.info.mult)
	switch {
	case hasU:
		f.Kind, f.Unit = u.info.kind, u.info.unit
		f.Value = round15(f.Value*scale + u.extra)
		if f.Max != nil {
			*f.Max = round15(*f.Max*scale + u.extra)
		}
		rd.age = rd.age || u.age
		rd.glued = u.glued
	case yearRange:
		f.Kind = article.FactYear
	case counted != "" && n.frac && n.val < 1:
		// "one in five adults": a share of what the noun names.
		f.Kind, f.Counted = article.FactNumber, counted
	case counted != "":
		f.Kind, f.Counted = article.FactCount, counted
	case n.ord && (!rd.two || rd.n2.ord):
		f.Kind = article.FactOrdinal
	default:
		f.Kind = article.FactNumber
	}
	if rd.orRange && f.Bound == article.BoundExact {
		f.Bound = article.BoundApprox // "two or three people"
	}
	if f.Kind == article.FactNumber && n.t1 < len(fr.toks) && fr.toks[n.t1].glued && fr.text(n.t1) == "s" && fr.yearShape(n) {
		// "the 1990s"
		f.Kind = article.FactYear
		mx := f.Value + 9
		f.Max = &mx
		e = n.t1 + 1
		coreEnd = e
	}
	if f.Kind == article.FactNumber && f.Counted == "" && !rd.two && fr.isYear(rd, hasPre && pre.bound != article.BoundApprox) {
		f.Kind = article.FactYear
	}
	if fr.dropped(rd, hasPre || hasPost, hasU, counted, e) {
		fr.used = e
		return used
	}
	if f.Kind == article.FactCount && !rd.two && n.val == 1 && !n.words {
		f.Kind, f.Counted = article.FactNumber, ""
		e = coreEnd
	}
	fr.used = e
	f.Span = article.Span{int(fr.toks[start].s), int(fr.toks[e-1].e)}
	rd.t0, rd.t1 = start, e
	rd.core = [2]int{int(fr.toks[t0].s), int(fr.toks[coreEnd-1].e)}
	rs := rangeStart
	if rd.qual {
		rs = start
	}
	re := coreEnd
	if rd.two {
		re = rd.n2.t1
		if u.glued || hasCur {
			re = coreEnd
		}
	} else {
		re = n.t1
	}
	if hasPost && post.bound != article.BoundApprox {
		re = e
		if counted != "" && e > coreEnd {
			re = e
		}
	}
	rd.rng = [2]int{int(fr.toks[rs].s), int(fr.toks[re-1].e)}
	fr.out = append(grow(fr.out), rd)
	return used
}

// round15 rounds v to 15 significant digits, so that "$32.243 billion"
// is 32243000000 and not 32243000000.000004.
func round15(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	e := int(math.Floor(math.Log10(math.Abs(v))))
	if e > 300 || e < -300 {
		return v
	}
	p := math.Pow10(14 - e)
	r := math.Round(v*p) / p
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}

func orOne(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// skipGlued returns the token after i and any word glued to it.
func (fr *factReader) skipGlued(i int) int {
	for i < len(fr.toks) && fr.toks[i].glued {
		i++
	}
	return i
}
