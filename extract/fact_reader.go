package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// This file turns the numerals of a text into facts: it reads what each
// number measures (currency, percent, unit, time, counted noun), how it
// is bounded ("at least", "or more"), whether two numbers make a range
// ("between 20 and 30", "5-10 million"), and drops the numbers that are
// no facts (times, dates, codes, "one" as a pronoun).

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
	*fr = factReader{s: s, toks: fr.toks[:0], nums: fr.nums[:0], out: fr.out[:0], num: fr.num}
	if cap(fr.toks) < len(s)/4 {
		fr.toks = make([]token, 0, len(s)/4+16) // about a token per five bytes of prose
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

// mergeRatios joins "one in five", "two out of five hundred" and "1 over
// 3" into one numeral whose value is the ratio.
func (fr *factReader) mergeRatios() {
	nums := fr.nums
	out := nums[:0]
	for i := 0; i < len(nums); i++ {
		n := nums[i]
		if i+1 < len(nums) && !n.ord && !n.frac {
			m := nums[i+1]
			if fr.ratio(n, m) {
				n.t1, n.val, n.frac = m.t1, n.val/m.val, true
				n.words = n.words || m.words
				n.digits, n.bareOne, n.scale = false, false, 0
				i++
			}
		}
		out = append(out, n)
	}
	fr.nums = out
}

// ratio reports whether n and m, in that order, make a ratio.
func (fr *factReader) ratio(n, m numeral) bool {
	if m.ord || m.frac || m.neg || m.val == 0 || !isInt(n.val) || !isInt(m.val) {
		return false
	}
	j := n.t1
	after := m.t1
	switch {
	case fr.isWordAt(j, "over") && m.t0 == j+1:
		// "2000 over 3", but not "$2000 over 3 years".
		if after < len(fr.toks) && fr.toks[after].kind == tkWord && !fr.toks[after].skip {
			return false
		}
		return !fr.currencyBeforeOK(n.t0)
	case fr.isWordAt(j, "out") && fr.isWordAt(j+1, "of") && m.t0 == j+2:
		return n.val <= m.val
	case fr.isWordAt(j, "in") && m.t0 == j+1:
		if n.val >= m.val || n.val > 100 || fr.yearLike(m) {
			return false
		}
		if u, ok := fr.unitAfter(after, m, false); ok && u.info.kind != "" {
			return false // "3 in 10 minutes"
		}
		return true
	}
	return false
}

// yearLike reports whether n, in digits, has the shape of a year.
func (fr *factReader) yearLike(n numeral) bool {
	return fr.yearShape(n) && n.val >= 1000 && n.val <= 2100
}

// yearShape reports whether n is four digits without separators.
func (fr *factReader) yearShape(n numeral) bool {
	if !n.digits || n.t1 != n.t0+1 {
		return false
	}
	d := fr.toks[n.t0].num
	return d.intLen == 4 && !d.grouped && !d.decimal && !d.leadZero && !d.exp
}

// minusBefore returns the token of a minus sign before token t0, or -1.
func (fr *factReader) minusBefore(t0 int, temp bool) int {
	j := t0 - 1
	if j < 0 || fr.toks[j].kind != tkPunct {
		return -1
	}
	r := fr.toks[j].r
	if r != '-' && r != '−' && r != '–' {
		return -1
	}
	if j > 0 && (fr.toks[j-1].kind == tkNum || fr.numeralEndsAt(j)) {
		return -1 // "75 -300mm": a range, not a minus
	}
	if !fr.toks[t0].space {
		if j == 0 || fr.toks[j].space {
			return j
		}
		p := fr.toks[j-1]
		if p.kind == tkPunct && strings.ContainsRune("(<>=~:[/", p.r) {
			return j
		}
		return -1
	}
	// A minus apart from its number is read only before a temperature:
	// "convert - 20 degrees fahrenheit".
	if temp && fr.toks[j].space && j > 0 && fr.toks[j-1].kind == tkWord && fr.toks[j-1].lex.kind == lxNone {
		return j
	}
	return -1
}

// numeralEndsAt reports whether a numeral ends just before token j.
func (fr *factReader) numeralEndsAt(j int) bool {
	// Numerals do not overlap, so the one ending at j is the last to start before j.
	k, _ := fr.numeralIndex(j)
	return k > 0 && fr.nums[k-1].t1 == j
}

// currencyBeforeOK reports whether a currency is written before token t0.
func (fr *factReader) currencyBeforeOK(t0 int) bool {
	_, _, _, ok := fr.currencyBefore(t0)
	return ok
}

// currencyBefore reads a currency written before the number at token t0:
// "$", "US$", "C$", "c $", "€", "USD", "Rs.", "MUSD". It returns the ISO
// code, a scale the code carries, and the currency's first token.
func (fr *factReader) currencyBefore(t0 int) (string, float64, int, bool) {
	j := t0 - 1
	if j < 0 || fr.toks[j].skip {
		return "", 0, 0, false
	}
	t := fr.toks[j]
	w := fr.text(j)
	if code, ok := currencySymbols[w]; ok {
		start := j
		if w == "$" && j > 0 && fr.toks[j-1].kind == tkWord && !fr.toks[j-1].skip {
			if p, ok := dollarPrefixes[strings.ToLower(fr.text(j-1))]; ok && (!t.space || p.spacedOK) {
				code, start = p.code, j-1
			}
		}
		return code, 1, start, true
	}
	if t.kind == tkWord {
		if code, mult, ok := codeOf(w); ok {
			return code, mult, j, true
		}
		if code, ok := currencyWords[w]; ok && (w != "R" || !fr.toks[t0].space) {
			return code, 1, j, true
		}
	}
	if fr.punctAt(j, '.') && j > 0 && !t.space {
		if code, ok := currencyWords[fr.text(j-1)+"."]; ok {
			return code, 1, j - 1, true
		}
	}
	return "", 0, 0, false
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

// inTitle reports whether numeral n, in words and capitalized inside a
// sentence, is part of a name or title: "“Two and a Half Men”", "The
// Three Musketeers", "the Helly Hansen Seven rain pant".
func (fr *factReader) inTitle(n numeral) bool {
	t := fr.toks[n.t0]
	if t.kind != tkWord || !n.words {
		return false
	}
	w := fr.text(n.t0)
	if w[0] < 'A' || w[0] > 'Z' || fr.sentenceStart(n.t0) {
		return false
	}
	p := fr.toks[n.t0-1]
	if p.kind == tkWord && !p.skip && (fr.text(n.t0 - 1)[0] >= 'A' && fr.text(n.t0 - 1)[0] <= 'Z') && !notCodeWords[fr.tokenText(n.t0-1)] {
		return true // "Hansen Seven", "Eddie Bauer’s First Ascent" aside
	}
	// The next word is capitalized too: "The Three Musketeers", "First Ascent".
	e := n.t1
	if e < len(fr.toks) && fr.toks[e].kind == tkWord && !fr.toks[e].skip {
		nw := fr.text(e)
		return nw[0] >= 'A' && nw[0] <= 'Z' && (p.kind != tkWord || fr.tokenText(n.t0-1) == "the" || fr.text(n.t0 - 1)[0] >= 'A' && fr.text(n.t0 - 1)[0] <= 'Z' || p.kind == tkWord && strings.ContainsAny(fr.text(n.t0-1), "'’"))
	}
	return false
}

// sentenceStart reports whether token k opens a sentence, perhaps after
// an opening quote or bracket.
func (fr *factReader) sentenceStart(k int) bool {
	for k > 0 {
		p := fr.toks[k-1]
		if fr.sentenceEnd(k - 1) {
			return true
		}
		if p.kind != tkPunct || !strings.ContainsRune("“\"'‘([«—–-:", p.r) {
			return false
		}
		k--
	}
	return true
}

// phoneWord reports whether numeral n follows a word that makes it a
// phone number or a short code: "call 311", "text 741741", "dial 999".
func (fr *factReader) phoneWord(n numeral) bool {
	if !n.digits {
		return false
	}
	switch fr.tokenText(n.t0 - 1) {
	case "call", "text", "dial", "phone", "fax", "hotline", "calling", "dialing", "dialling", "texting":
		return true
	}
	return false
}

// leadZero reports whether numeral n is digits with a leading zero, a
// code such as "017" or "02139".
func (fr *factReader) leadZero(n numeral) bool {
	if !n.digits {
		return false
	}
	if fr.toks[n.t0].num.leadZero && n.val != 0 {
		return true
	}
	// "’98 World Cup": a year cut short; "401(k)": a code.
	if n.t0 > 0 && !fr.toks[n.t0].space && fr.toks[n.t0-1].kind == tkPunct && strings.ContainsRune("'‘’", fr.toks[n.t0-1].r) &&
		fr.toks[n.t0].num.intLen == 2 {
		return true
	}
	return n.t1+2 < len(fr.toks) && fr.punctAt(n.t1, '(') && !fr.toks[n.t1].space && fr.toks[n.t1+1].kind == tkWord &&
		fr.punctAt(n.t1+2, ')')
}

// listMarker reports whether numeral n numbers an item at the start of
// the text: "1. Welcome to Vault 33", "2) Leaving".
func (fr *factReader) listMarker(n numeral) bool {
	if n.t0 != 0 || !n.digits || n.val > 999 || !isInt(n.val) {
		return false
	}
	e := n.t1
	return e+1 < len(fr.toks) && (fr.punctAt(e, '.') || fr.punctAt(e, ')')) && !fr.toks[e].space && fr.toks[e+1].space
}

// lifeDecade reports whether the words before token t0 make a decade a
// decade of life: "in their 20s", "in his late 70s".
func (fr *factReader) lifeDecade(t0 int) bool {
	k := t0 - 1
	switch fr.tokenText(k) {
	case "early", "mid", "late", "-":
		k--
		if fr.tokenText(k) == "mid" {
			k--
		}
	}
	switch fr.tokenText(k) {
	case "his", "her", "their", "its", "my", "our", "your":
		return fr.isWordAt(k-1, "in")
	}
	return false
}

// appositiveAge reports whether numeral n is an age set off by commas
// after a name: "Biden, 81, and Trump, 78, are".
func (fr *factReader) appositiveAge(n numeral) bool {
	if !n.digits || !isInt(n.val) || n.val < 1 || n.val > 120 || n.t0 < 2 {
		return false
	}
	if !fr.punctAt(n.t0-1, ',') || fr.toks[n.t0-1].space {
		return false
	}
	name := fr.toks[n.t0-2]
	if name.kind != tkWord || name.skip || name.lex.kind != lxNone {
		return false
	}
	w := fr.text(n.t0 - 2)
	if w[0] < 'A' || w[0] > 'Z' || monthNames[strings.ToLower(w)] || dayNames[strings.ToLower(w)] || notCodeWords[strings.ToLower(w)] {
		return false
	}
	e := n.t1
	return e < len(fr.toks) && (fr.punctAt(e, ',') || fr.punctAt(e, ')')) && !fr.toks[e].space
}

// ageBefore reports whether the word before token t0 makes the number an
// age: "aged 23", "age 87", "ages 5".
func (fr *factReader) ageBefore(t0 int) bool {
	return fr.isWordAt(t0-1, "aged") || fr.isWordAt(t0-1, "age") || fr.isWordAt(t0-1, "ages") ||
		fr.isWordAt(t0-1, "of") && fr.isWordAt(t0-2, "age")
}

// isYear reports whether a plain number in rd is a year: four digits
// after a word of time ("in 2025", "since 1990", "the 2024 election"),
// or standing alone between 1800 and 2100.
func (fr *factReader) isYear(rd reading, qualified bool) bool {
	n := rd.n1
	if !fr.yearLike(n) || n.neg {
		return false
	}
	if rd.two && !(fr.yearLike(rd.n2) || rd.n2.digits && rd.n2.val < 100 && fr.toks[rd.n2.t0].num.intLen == 2) {
		return false
	}
	prev := fr.tokenText(n.t0 - 1)
	if rd.two && (prev == "between" || prev == "from") {
		prev = fr.tokenText(n.t0 - 2)
	}
	if yearWords[prev] {
		return true
	}
	if qualified {
		return false
	}
	return n.val >= 1800 && n.val <= 2100
}

// yearModifies reports whether a year-shaped number at token t0, whose
// noun runs from token e to end, is a year that names its noun ("the
// 2024 elections", "2024 fashion trends") rather than a count ("2025
// people joined").
func (fr *factReader) yearModifies(t0, e, end int) bool {
	if end-e > 1 {
		return true // a word between: "2024 fashion trends"
	}
	p := fr.tokenText(t0 - 1)
	switch p {
	case "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
		"next", "last", "upcoming", "coming", "past", "whose", "'s", "’s":
		return true
	}
	return strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "est") || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}

// strongYearWords are the words after which four digits are a year
// even before a plural noun: "in 1939 honors", "since 2014 talks".
var strongYearWords = map[string]bool{"in": true, "since": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "during": true, "circa": true, "early": true, "late": true, "mid": true}

// yearWords are the words after which four digits are a year.
var yearWords = map[string]bool{"in": true, "since": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "during": true, "of": true, "the": true, "early": true, "late": true,
	"mid": true, "circa": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"fiscal": true, "fy": true, "year": true, "from": true, "through": true, "between": true, "to": true,
	"and": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true,
	"end": true, "start": true, "beginning": true, "-": true}

// dropped reports whether the reading rd is no fact: "one" as a pronoun
// ("one of Putin's top aides", "One Russian official"), "half" or
// "quarter" alone ("the second half"), or an ordinal in an idiom ("at
// first").
func (fr *factReader) dropped(rd reading, bounded, hasUnit bool, counted string, e int) bool {
	n := rd.n1
	if rd.two {
		return false
	}
	if n.bareOne && !bounded && !hasUnit && !n.neg {
		return true
	}
	if n.bareHalf && !bounded && !hasUnit {
		// "half of the votes" and "half the time" are facts; "the second half" is not.
		if !(fr.isWordAt(n.t1, "of") || fr.isWordAt(n.t1, "the")) || fr.ordinalBefore(n.t0) {
			return true
		}
		if fr.tokenText(n.t0) == "quarter" {
			return true
		}
	}
	if n.ord && !bounded && !hasUnit {
		if fr.isWordAt(n.t0-1, "at") && strings.EqualFold(fr.text(n.t0), "first") {
			return true
		}
		if !n.digits && n.t1 < len(fr.toks) {
			nx := fr.tokenText(n.t1)
			switch strings.ToLower(fr.text(n.t0)) + " " + nx {
			case "first lady", "first aid", "first of", "first name", "first-hand", "second-hand", "first -",
				"second -":
				return true
			}
			if n.val <= 2 && fr.isWordAt(n.t0-1, "a") && (n.t1 >= len(fr.toks) || fr.toks[n.t1].kind == tkPunct) {
				return true // "wait a second."
			}
			if n.val == 2 && (fr.isWordAt(n.t0-1, "per") || fr.isWordAt(n.t0-1, "every") || fr.isWordAt(n.t0-1, "each") ||
				isHyphen(fr.tokenAt(n.t0-1)) && !fr.toks[n.t0].space) {
				return true // "60 times per second", "gigabits-per-second"
			}
		}
	}
	return false
}

// ordinalBefore reports whether an ordinal word stands right before
// token t0: "the second half".
func (fr *factReader) ordinalBefore(t0 int) bool {
	return t0 > 0 && fr.toks[t0-1].kind == tkWord && fr.toks[t0-1].lex.kind.isOrdinal()
}

// spreadWords come before "over" when it spreads something over a time
// rather than bounding it: "spread over 3 weeks", "repaid over 10 years".
var spreadWords = map[string]bool{"spread": true, "spreading": true, "staggered": true, "phased": true,
	"paid": true, "repaid": true, "split": true, "divided": true, "amortized": true, "amortised": true,
	"spanning": true, "stretched": true, "stretching": true, "held": true, "played": true}

// changeVerbs report a change, after which "from 20 to 30" is two
// values, not a range.
var changeVerbs = map[string]bool{"rose": true, "rise": true, "rises": true, "risen": true, "rising": true,
	"fell": true, "fall": true, "falls": true, "fallen": true, "falling": true, "increased": true,
	"increase": true, "increases": true, "increasing": true, "decreased": true, "decrease": true,
	"decreases": true, "climbed": true, "climb": true, "climbs": true, "dropped": true, "drop": true,
	"drops": true, "jumped": true, "jump": true, "jumps": true, "grew": true, "grow": true, "grows": true,
	"grown": true, "cut": true, "cuts": true, "raised": true, "raise": true, "raises": true, "lowered": true,
	"lower": true, "reduced": true, "reduce": true, "slashed": true, "soared": true, "surged": true,
	"plunged": true, "slipped": true, "declined": true, "decline": true, "tumbled": true, "doubled": true,
	"tripled": true, "halved": true, "expanded": true, "shrank": true, "narrowed": true, "widened": true,
	"up": true, "down": true, "moved": true, "changed": true, "went": true, "gone": true, "increase,": true,
	"boosted": true, "hiked": true, "sank": true, "eased": true, "edged": true, "upgraded": true,
	"downgraded": true, "revised": true, "adjusted": true, "lifted": true, "accelerated": true, "slowed": true}

// rangeEnd is the second number of a range and what follows it.
type rangeEnd struct {
	unit  unitRead
	score bool // "3-1" in a match: a score, no fact
	or    bool // written with "or"
}

// rangeAfter finds the upper end of a range after the number whose first
// token is t0 and whose unit (if any) ends at token e. It returns the
// upper end, its numeral index, the token after it (and its unit), the
// token where the range starts ("between", "from"; -1 for the number
// itself), and whether there is a range.
func (fr *factReader) rangeAfter(i, t0, e int, code string, hasCur bool, u unitRead, hasU bool) (rangeEnd, int, int, int, bool) {
	n := fr.nums[i]
	if i+1 >= len(fr.nums) || e >= len(fr.toks) {
		return rangeEnd{}, 0, 0, -1, false
	}
	j := i + 1
	m := fr.nums[j]
	c := e
	conn := fr.tokenText(c)
	rs := -1
	connLen := 1
	switch {
	case isDash(fr.toks[c]):
		conn = "-"
	case conn == "to" || conn == "through" || conn == "thru" || conn == "~" || conn == "and" || conn == "or":
	default:
		return rangeEnd{}, 0, 0, -1, false
	}
	k := c + connLen
	// The upper end may repeat the currency: "$5-$10", "$5 to $10".
	if hasCur {
		if code2, _, c2, ok := fr.currencyBefore(m.t0); ok && c2 == k && code2 == code {
			k = m.t0
		}
	}
	// Ordinals may take "the": "between the tenth and the fifteenth".
	if n.ord && fr.isWordAt(k, "the") {
		k++
	}
	if m.t0 != k || m.frac != n.frac && (n.frac || m.frac) && conn == "-" {
		return rangeEnd{}, 0, 0, -1, false
	}
	prev := fr.tokenText(t0 - 1)
	if n.ord && prev == "the" {
		prev = fr.tokenText(t0 - 2)
		if prev == "between" {
			rs = t0 - 2
		}
	}
	switch conn {
	case "-":
		if fr.toks[n.t0].kind != tkNum || fr.toks[m.t0].kind != tkNum || n.ord != m.ord {
			return rangeEnd{}, 0, 0, -1, false
		}
		sp1, sp2 := fr.toks[c].space, fr.toks[m.t0].space
		if sp1 != sp2 {
			return rangeEnd{}, 0, 0, -1, false
		}
		if fr.yearShape(n) && fr.toks[m.t0].kind == tkNum && fr.toks[m.t0].num.leadZero {
			return rangeEnd{score: true}, j, fr.skipGlued(m.t1), -1, true // "1995-01": a date
		}
		if n.digits && m.digits && isInt(n.val) && isInt(m.val) && !fr.yearShape(n) && !hasU &&
			(n.val >= m.val || n.val <= 30 && m.val <= 30 && fr.nearWord(t0, m.t1, 12, sportsWords)) {
			if u2, ok := fr.unitAfter(m.t1, m, hasCur); !ok || u2.info.kind == "" {
				return rangeEnd{score: true}, j, fr.skipGlued(m.t1), -1, true // "won 3-1", "passed 52-48"
			}
		}
	case "and":
		switch {
		case prev == "between":
			if rs < 0 {
				rs = t0 - 1
			}
		default:
			return rangeEnd{}, 0, 0, -1, false
		}
	case "to":
		if prev == "from" {
			if changeVerbs[fr.tokenText(t0-2)] || changeVerbs[fr.tokenText(t0-3)] {
				return rangeEnd{}, 0, 0, -1, false
			}
			rs = t0 - 1
		} else if changeVerbs[prev] || prev == "by" {
			return rangeEnd{}, 0, 0, -1, false
		}
	case "or":
		if !isInt(n.val) || !isInt(m.val) || m.val <= n.val || m.val-n.val > n.val/2+1 || n.scale != 0 || m.scale != 0 {
			return rangeEnd{}, 0, 0, -1, false
		}
	}
	if m.val <= n.val && !(m.scale != 0 && n.scale == 0 && n.val < m.base) {
		if !(conn == "-" && fr.yearShape(n) && m.digits && m.val < 100) {
			return rangeEnd{}, 0, 0, -1, false
		}
	}
	end := m.t1
	var re rangeEnd
	if u2, ok := fr.unitAfter(m.t1, m, hasCur); ok {
		if u2.unknown || u2.timeOfDay {
			return rangeEnd{}, 0, 0, -1, false
		}
		if hasCur && u2.info.kind != "" || !hasCur && hasU && (u2.info.kind != u.info.kind || u2.info.unit != u.info.unit) {
			return rangeEnd{}, 0, 0, -1, false
		}
		re.unit = u2
		end = u2.end
	} else if hasU && u.info.kind != "" && !hasCur {
		return rangeEnd{}, 0, 0, -1, false // "5 km to 10": no range
	}
	if hasCur {
		sc := u.scale
		if re.unit.scale != 0 {
			sc = re.unit.scale
		}
		re.unit = unitRead{info: money(code), end: end, scale: sc}
	}
	re.or = conn == "or"
	return re, j, end, rs, true
}

// cents reads the cents after a whole amount of money: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "17 USD 25". k is the
// token after the currency.
func (fr *factReader) cents(k int, whole numeral) (float64, int, bool) {
	if whole.frac || !isInt(whole.val) || whole.scale != 0 {
		return 0, 0, false
	}
	j := k
	if fr.isWordAt(j, "and") {
		j++
	}
	if j >= len(fr.toks) || !fr.toks[j].space {
		return 0, 0, false
	}
	if idx, ok := fr.numeralIndex(j); ok {
		m := fr.nums[idx]
		if m.ord || m.frac || m.neg || !isInt(m.val) || m.val < 1 || m.val >= 100 || m.scale != 0 {
			return 0, 0, false
		}
		end := m.t1
		if end < len(fr.toks) && fr.toks[end].glued {
			return 0, 0, false // "11a": a code
		}
		if fr.isWordAt(end, "cents") || fr.isWordAt(end, "cent") || fr.isWordAt(end, "pence") || fr.isWordAt(end, "p") {
			return m.val / 100, end + 1, true
		}
		if end < len(fr.toks) {
			if u, ok := fr.unitAfter(end, m, false); ok && u.info.kind != "" {
				return 0, 0, false // "50 dollar 40 rmb"
			}
			if _, _, ok := fr.countedNoun(end); ok {
				return 0, 0, false // "three thousand dollars two hundred times"
			}
			if fr.toks[end].kind == tkPunct {
				if _, ok := currencySymbols[fr.text(end)]; ok {
					return 0, 0, false
				}
			}
		}
		return m.val / 100, end, true
	}
	return 0, 0, false
}

// vague reads the plural scales that stand for a number: "thousands of
// people", "tens of thousands of Ukrainians", "dozens of homes",
// "billions of dollars". Each is more than the scale.
func (fr *factReader) vague() {
	var add []reading
	next := 0 // the first fact that does not end before token k
	for k := 0; k < len(fr.toks); k++ {
		t := fr.toks[k]
		if t.kind != tkWord || t.skip || !t.lex.plural || !(t.lex.kind == lxScale || t.lex.kind == lxHundred || t.lex.kind == lxDozen) {
			continue
		}
		for next < len(fr.out) && fr.out[next].t1 <= k {
			next++
		}
		if next < len(fr.out) && fr.out[next].t0 <= k || k > 0 && fr.numberAt(k-1) {
			continue // inside a fact, or "5 thousands"
		}
		val := t.lex.val
		start, j := k, k+1
		if fr.isWordAt(k-2, "tens") && fr.isWordAt(k-1, "of") {
			start, val = k-2, val*10
		} else if fr.isWordAt(k-2, "hundreds") && fr.isWordAt(k-1, "of") {
			start, val = k-2, val*100
		}
		// "hundreds of thousands": the larger scale after "of".
		if fr.isWordAt(j, "of") && j+1 < len(fr.toks) && fr.toks[j+1].lex.plural && fr.toks[j+1].lex.kind == lxScale {
			val *= fr.toks[j+1].lex.val
			j += 2
		}
		if !fr.isWordAt(j, "of") {
			continue
		}
		rd := reading{t0: start}
		f := &rd.fact
		f.Value, f.Bound, f.Kind = val, article.BoundMoreThan, article.FactNumber
		e := j
		if name, ok := lookupLower(currencyNames, fr.text(j+1)); ok && name.mult == 0 {
			f.Kind, f.Unit, e = article.FactMoney, name.unit, j+2
		} else if noun, end, ok := fr.countedNoun(j + 1); ok {
			f.Kind, f.Counted, e = article.FactCount, noun, end
		}
		f.Span = article.Span{int(fr.toks[start].s), int(fr.toks[e-1].e)}
		rd.t1 = e
		rd.core = [2]int{f.Span[0], int(fr.toks[j-1].e)}
		rd.rng = rd.core
		add = append(add, rd)
		k = e - 1
	}
	if len(add) == 0 {
		return
	}
	// Merge, keeping the facts in order of their start.
	merged := make([]reading, 0, len(fr.out)+len(add))
	i, j := 0, 0
	for i < len(fr.out) || j < len(add) {
		if j == len(add) || i < len(fr.out) && fr.out[i].t0 < add[j].t0 {
			merged = append(merged, fr.out[i])
			i++
		} else {
			merged = append(merged, add[j])
			j++
		}
	}
	fr.out = merged
}

// mergeBoundPairs joins a lower and an upper bound stated one after the
// other into a range: "more than 10 and less than 20", "at most 100 and
// at least 20", "above 1000 and below 1500".
func (fr *factReader) mergeBoundPairs() {
	out := fr.out[:0]
	for i := 0; i < len(fr.out); i++ {
		a := fr.out[i]
		if i+1 < len(fr.out) && !a.two && a.qual {
			b := fr.out[i+1]
			if !b.two && b.qual && fr.joined(a.t1, b.t0) && compatible(a.fact, b.fact) {
				var lo, hi reading
				switch {
				case isLowerBound(a.fact.Bound) && isUpperBound(b.fact.Bound) && a.fact.Value < b.fact.Value:
					lo, hi = a, b
				case isUpperBound(a.fact.Bound) && isLowerBound(b.fact.Bound) && b.fact.Value < a.fact.Value:
					lo, hi = b, a
				}
				if lo.qual {
					m := a
					if lo.n1.scale == 0 && hi.n1.scale != 0 && !lo.n1.frac && lo.n1.val < hi.n1.base && lo.fact.Unit == "" {
						lo.fact.Value *= hi.n1.scale // "more than 10 and less than 20 million"
					}
					m.fact.Value = lo.fact.Value
					mx := hi.fact.Value
					m.fact.Max = &mx
					m.fact.Bound = article.BoundExact
					if m.fact.Unit == "" {
						m.fact.Unit, m.fact.Kind, m.fact.Counted = b.fact.Unit, b.fact.Kind, b.fact.Counted
					}
					m.fact.Span[1] = b.fact.Span[1]
					m.t1 = b.t1
					m.rng[1] = b.rng[1]
					m.core[1] = b.core[1]
					m.n2, m.two = b.n1, true
					out = append(out, m)
					i++
					continue
				}
			}
		}
		out = append(out, a)
	}
	fr.out = out
}

// joined reports whether only "and", "but" or a comma stand between
// tokens a (exclusive end) and b.
func (fr *factReader) joined(a, b int) bool {
	switch b - a {
	case 1:
		w := fr.tokenText(a)
		return w == "and" || w == "but" || w == ","
	case 2:
		return fr.punctAt(a, ',') && (fr.isWordAt(a+1, "and") || fr.isWordAt(a+1, "but"))
	}
	return false
}

// compatible reports whether two bounded facts can be the ends of one
// range: the same kind and unit, or the first without a unit.
func compatible(a, b article.Fact) bool {
	if a.Kind == b.Kind && a.Unit == b.Unit {
		return true
	}
	return a.Kind == article.FactNumber && a.Unit == ""
}
