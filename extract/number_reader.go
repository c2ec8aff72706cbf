package extract

import "math"

// This file reads numerals from tokens: cardinals in words, digits or
// both ("three hundred and five", "1.2 million", "3 hundred and 21"),
// ordinals ("third", "21st", "one hundred twenty-fifth"), fractions and
// mixed numbers ("two thirds", "three and a half", "10 1/2", "¾"),
// spoken decimals ("five point two") and negatives ("minus five", "-4").
// It does not decide what a numeral means; the fact reader does.

// numeral is one number read from tokens [t0, t1).
type numeral struct {
	t0, t1   int
	val      float64
	ord      bool    // an ordinal: "third", "21st"
	frac     bool    // a fraction or a mixed number
	words    bool    // written at least partly in words
	neg      bool    // it carries a minus sign or word
	scale    float64 // the scale word it ends with (1e6 in "5 million"), or 0
	base     float64 // its value before that scale (5 in "5 million")
	bareOne  bool    // the word "one" alone
	bareHalf bool    // "half" or "quarter" alone
	article  bool    // it starts with "a" or "an": "a dozen", "a third"
	digits   bool    // a single token in digits, nothing else
}

// numAtom is a token, or a numeral in digits with what is glued to it,
// classified for the number parser.
type numAtom struct {
	kind   lexKind
	val    float64
	mult   float64 // a scale glued to digits: 1000 in "10k"
	plural bool
	t0, t1 int  // tokens
	dec    bool // digits that are not an integer
	frac   bool // a fraction in digits: "3/4", "½"
	ordDig bool // an ordinal in digits: "21st"
	lead0  bool // digits with a leading zero: "01"
}

// spacedScales are short scales that may follow digits after a space:
// "2.33 k", "10 bln", "1,674,200.5 M".
var spacedScales = map[string]float64{
	"k": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "Mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6,
	"bn": 1e9, "Bn": 1e9, "BN": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// maxSpacedScale is the length of the longest key of spacedScales; the
// map is looked up only for words no longer.
const maxSpacedScale = 3

// slashDenominators are the denominators that make "a/b" in digits a
// fraction. Others ("9/11", "24/7") are dates, codes or slogans.
var slashDenominators = map[float64]bool{2: true, 3: true, 4: true, 5: true, 6: true, 8: true, 10: true, 12: true, 16: true, 32: true, 64: true, 100: true}

// numReader reads numerals from the tokens of one text.
type numReader struct {
	s    string
	toks []token
	run  []numAtom
	cps  []checkpoint
	cps2 []checkpoint
}

// atomAt classifies the token at i; kind lxNone means it can take no part
// in a numeral.
func (r *numReader) atomAt(i int) numAtom {
	t := &r.toks[i]
	if t.skip {
		return numAtom{}
	}
	switch t.kind {
	case tkNum:
		a := numAtom{kind: lxDigits, val: t.num.val, mult: 1, t0: i, t1: i + 1, dec: t.num.decimal || t.num.exp, lead0: t.num.leadZero}
		if int(t.s) < len(r.s) && r.s[t.s] >= 0x80 {
			a.frac = true // a vulgar fraction character
			return a
		}
		if f, end, ok := r.slashFraction(i); ok {
			a.val, a.frac, a.dec, a.t1 = f, true, true, end
			return a
		}
		if i+1 < len(r.toks) && r.toks[i+1].glued {
			g := r.toks[i+1]
			w := r.s[g.s:g.e]
			if ordinalSuffixes[w] && !a.dec && !t.num.grouped {
				a.ordDig, a.t1 = true, i+2
			} else if m, ok := scaleSuffixes[w]; ok && !t.num.exp {
				a.mult, a.t1 = m, i+2
			}
		}
		return a
	case tkWord:
		if t.glued {
			return numAtom{}
		}
		if t.lex.kind != lxNone {
			return numAtom{kind: t.lex.kind, val: t.lex.val(), plural: t.lex.plural, t0: i, t1: i + 1}
		}
		if t.e-t.s <= maxSpacedScale {
			if m, ok := spacedScales[r.s[t.s:t.e]]; ok {
				return numAtom{kind: lxScaleAbr, val: m, t0: i, t1: i + 1}
			}
		}
	case tkPunct:
		if t.r == '-' || t.r == '‐' {
			return numAtom{kind: lxHyphen, t0: i, t1: i + 1}
		}
	}
	return numAtom{}
}

// slashFraction reads "a/b" at token i as a fraction when b is a usual
// denominator and a is smaller: "3/4", "1/2". Dates ("5/17") and
// slogans ("24/7") are not fractions.
func (r *numReader) slashFraction(i int) (float64, int, bool) {
	toks := r.toks
	if i+2 >= len(toks) || toks[i+1].kind != tkPunct || toks[i+1].r != '/' || toks[i+1].space || toks[i+2].space ||
		toks[i+2].kind != tkNum || toks[i+2].skip {
		return 0, 0, false
	}
	a, b := toks[i].num, toks[i+2].num
	if a.decimal || b.decimal || a.grouped || b.grouped || a.exp || b.exp || a.val < 1 || a.val >= b.val || !slashDenominators[b.val] {
		return 0, 0, false
	}
	if i+3 < len(toks) && toks[i+3].glued {
		return 0, 0, false
	}
	if i > 0 && toks[i-1].kind == tkPunct && toks[i-1].r == '/' && !toks[i].space {
		return 0, 0, false
	}
	return a.val / b.val, i + 3, true
}

// numerals reads every numeral of the tokens, in order.
func (r *numReader) numerals(out []numeral) []numeral {
	for i := 0; i < len(r.toks); {
		if t := &r.toks[i]; t.kind == tkPunct || t.kind == tkWord && t.lex.kind == lxNone {
			i++ // no number starts here (atomAt gives a hyphen, a short scale or nothing)
			continue
		}
		a := r.atomAt(i)
		if !startsNumber(a.kind) {
			i++
			continue
		}
		r.collectRun(i)
		for k := 0; k < len(r.run); {
			n, next, ok := r.parseAt(k)
			if ok {
				out = append(grow(out), n)
			}
			if next <= k {
				next = k + 1
			}
			k = next
		}
		i = r.run[len(r.run)-1].t1
	}
	return out
}

// startsNumber reports whether an atom of kind k may begin a run of
// number atoms.
func startsNumber(k lexKind) bool {
	switch k {
	case lxZero, lxUnit, lxTeen, lxTens, lxDigits, lxOrdUnit, lxOrdTeen, lxOrdTens, lxOrdHund, lxOrdScale,
		lxHalf, lxQuarter, lxArticle, lxNeg, lxHundred, lxScale, lxDozen:
		return true
	}
	return false
}

// maxRun bounds the atoms of one run of number words, so that reading
// stays linear on any input.
const maxRun = 48

// collectRun gathers the atoms of the run of number words that starts at
// token i.
func (r *numReader) collectRun(i int) {
	r.run = r.run[:0]
	for i < len(r.toks) && len(r.run) < maxRun {
		a := r.atomAt(i)
		if a.kind == lxNone {
			break
		}
		r.run = append(r.run, a)
		i = a.t1
	}
}

// checkpoint is a complete cardinal read so far: the atoms [start, end)
// of the run and the parser state after them.
type checkpoint struct {
	end      int
	c        card
	kind     lexKind // the last atom's kind
	prevLast lexKind // the parser's last kind before that atom
}

// card is the state of the cardinal parser.
type card struct {
	total, group  float64
	last          lexKind
	lastAdd       float64
	hundred       bool
	scale         float64 // the last scale applied
	endScale      float64 // the scale the number ends with, or 0
	base          float64 // the value before endScale was applied
	andPending    bool
	hyphenPending bool
	words         bool
	dec           bool
	article       bool
}

func (c *card) value() float64 { return c.total + c.group }

// place is the largest addend that may follow the last hundred or scale.
func (c *card) place() float64 {
	if c.last == lxHundred {
		return 100
	}
	return math.Min(c.scale, 1000)
}

func isInt(v float64) bool { return v == math.Trunc(v) }

// addendFits reports whether a may be added after the hundred or scale
// that c ends with: "one hundred and six", "4 thousand 3 hundred and 21".
func (c *card) addendFits(a numAtom) bool {
	switch a.kind {
	case lxUnit, lxTeen, lxTens:
		return c.last == lxScale || a.val < 100
	case lxDigits:
		return !a.dec && !a.lead0 && !a.ordDig && a.mult == 1 && a.val >= 1 && a.val < c.place()
	}
	return false
}

// step feeds atom a to the parser; next is the atom after it (kind lxNone
// at the end of the run). It reports false, leaving c unchanged, when a
// cannot continue the number.
func (c *card) step(a, next numAtom) bool {
	switch a.kind {
	case lxAnd:
		if c.andPending || c.hyphenPending || !(c.last == lxHundred || c.last == lxScale) || !c.addendFits(next) {
			return false
		}
		if next.kind == lxDigits && c.last != lxHundred {
			return false // "$200 million and 150 euros" are two amounts
		}
		c.andPending = true
		return true
	case lxHyphen:
		// "twenty-one", and "$1.6-trillion" with a scale.
		if c.andPending || c.hyphenPending || !(c.last == lxTens && next.kind == lxUnit ||
			c.last == lxDigits && next.kind == lxScale && !next.plural) {
			return false
		}
		c.hyphenPending = true
		return true
	case lxArticle:
		if c.last != lxNone || !(next.kind == lxHundred || next.kind == lxScale || next.kind == lxDozen) || next.plural {
			return false
		}
		c.last, c.article = lxArticle, true
		return true
	}
	if a.plural && !(a.kind == lxDozen || a.kind == lxHundred || a.kind == lxScale) {
		return false
	}
	n := *c
	switch a.kind {
	case lxZero:
		if c.last != lxNone {
			return false
		}
	case lxUnit:
		switch {
		case c.last == lxNone || c.last == lxHundred || c.last == lxScale:
			n.lastAdd = a.val
		case c.last == lxTens && !c.andPending:
			n.lastAdd += a.val
		default:
			return false
		}
		n.group += a.val
	case lxTeen, lxTens:
		if !(c.last == lxNone || c.last == lxHundred || c.last == lxScale) || c.hyphenPending {
			return false
		}
		n.group += a.val
		n.lastAdd = a.val
	case lxDigits:
		if a.ordDig || a.frac {
			return false
		}
		switch {
		case c.last == lxNone:
			n.group, n.lastAdd, n.dec = a.val, a.val, a.dec
			if a.mult != 1 {
				n.total, n.group = a.val*a.mult, 0
				n.scale, n.base = a.mult, a.val
				n.last = lxScaleAbr
				n.andPending, n.hyphenPending = false, false
				n.endScale = a.mult
				*c = n
				return true
			}
		case (c.last == lxHundred || c.last == lxScale) && c.addendFits(a):
			n.group += a.val
			n.lastAdd = a.val
		default:
			return false
		}
	case lxHundred:
		if c.hundred || c.andPending || c.hyphenPending {
			return false
		}
		switch c.last {
		case lxUnit, lxTeen, lxTens:
			n.group = c.group * 100
		case lxDigits:
			if c.group >= 1000 || c.total != 0 && c.dec {
				return false
			}
			n.group = c.group * 100
		case lxArticle:
			n.group = 100
		default:
			return false
		}
		n.hundred = true
	case lxScale:
		if c.andPending || c.hyphenPending && c.last != lxDigits {
			return false
		}
		switch {
		case c.last == lxScale && a.val > c.scale && c.group == 0:
			// "lakh crore", "thousand million"
			n.base = c.total / c.scale
			n.total = c.total * a.val
		case c.group > 0 || c.last == lxArticle:
			if c.scale != 0 && a.val >= c.scale {
				return false
			}
			g := c.group
			if c.last == lxArticle {
				g = 1
			}
			n.base = c.total + g
			if c.total != 0 {
				n.base = 0
			}
			n.total = c.total + g*a.val
			n.group = 0
		default:
			return false
		}
		n.scale = a.val
		n.hundred = false
	case lxScaleAbr:
		if c.last != lxDigits || c.andPending || c.total != 0 {
			return false
		}
		n.base = c.group
		n.total, n.group = c.group*a.val, 0
		n.scale = a.val
	case lxDozen:
		if c.andPending || c.hyphenPending {
			return false
		}
		switch c.last {
		case lxUnit, lxTeen, lxTens, lxDigits:
			n.group = c.group + c.lastAdd*11
		case lxArticle:
			n.group = 12
		default:
			return false
		}
	default:
		return false
	}
	n.last = a.kind
	n.andPending, n.hyphenPending = false, false
	n.endScale = 0
	if a.kind == lxScale || a.kind == lxScaleAbr {
		n.endScale = a.val
	}
	if a.kind != lxDigits {
		n.words = true
	}
	*c = n
	return true
}

// cardinal runs the cardinal parser over the run from k, recording every
// complete number in cps. It returns the index of the first atom not
// consumed.
func (r *numReader) cardinal(k int, cps []checkpoint) ([]checkpoint, int) {
	cps = cps[:0]
	var c card
	j := k
	for ; j < len(r.run); j++ {
		var next numAtom
		if j+1 < len(r.run) {
			next = r.run[j+1]
		}
		prev := c.last
		if !c.step(r.run[j], next) {
			break
		}
		if c.andPending || c.hyphenPending || c.last == lxArticle {
			continue
		}
		cps = append(cps, checkpoint{end: j + 1, c: c, kind: r.run[j].kind, prevLast: prev})
		if c.last == lxZero || c.last == lxDozen || c.last == lxScaleAbr {
			j++
			break
		}
	}
	return cps, j
}

// checkpointAt returns the checkpoint of cps that ends at end.
func checkpointAt(cps []checkpoint, end int) (checkpoint, bool) {
	for _, cp := range cps {
		if cp.end == end {
			return cp, true
		}
	}
	return checkpoint{}, false
}

// isMultiplier reports whether k multiplies what comes before it.
func isMultiplier(k lexKind) bool {
	return k == lxHundred || k == lxScale || k == lxScaleAbr || k == lxDozen
}

func isAddend(k lexKind) bool {
	return k == lxUnit || k == lxTeen || k == lxTens || k == lxDigits
}

// parseAt reads the numeral that starts at atom k of the run. It returns
// the numeral, the atom where reading goes on, and whether a numeral was
// found.
func (r *numReader) parseAt(k int) (numeral, int, bool) {
	run := r.run
	a := run[k]
	switch a.kind {
	case lxAnd, lxHyphen, lxPoint, lxOf, lxScaleAbr:
		return numeral{}, k + 1, false
	case lxNeg:
		if k+1 < len(run) && startsNumber(run[k+1].kind) && run[k+1].kind != lxNeg && run[k+1].kind != lxArticle {
			n, next, ok := r.parseAt(k + 1)
			if ok && !n.ord && n.t0 == run[k+1].t0 {
				n.t0 = a.t0
				n.val = -n.val
				n.neg = true
				return n, next, true
			}
		}
		return numeral{}, k + 1, false
	}
	if a.kind == lxDigits && a.ordDig {
		return numeral{t0: a.t0, t1: a.t1, val: a.val, ord: true, digits: true}, k + 1, true
	}
	if a.kind == lxDigits && a.frac {
		return numeral{t0: a.t0, t1: a.t1, val: a.val, frac: true}, k + 1, true
	}
	if (a.kind == lxHalf || a.kind == lxQuarter) && !a.plural {
		return r.bareFraction(k)
	}
	r.cps, _ = r.cardinal(k, r.cps)
	cps := r.cps
	// An ordinal or fraction word ahead, reached through number words only?
	if x := r.ordinalAhead(k); x >= 0 {
		if n, next, ok := r.fractionOrOrdinal(k, x, cps); ok {
			return n, next, true
		}
	}
	if len(cps) == 0 {
		if a.kind.isOrdinal() && !a.plural {
			return numeral{t0: a.t0, t1: a.t1, val: a.val, ord: true, words: true}, k + 1, true
		}
		return numeral{}, k + 1, false
	}
	cp := cps[len(cps)-1]
	stop := cp.end
	if stop < len(run) && isMultiplier(run[stop].kind) && isAddend(cp.kind) &&
		(cp.prevLast == lxHundred || cp.prevLast == lxScale) && len(cps) >= 2 {
		// "3 hundred and 2 hundred": the 2 starts the next number.
		cp = cps[len(cps)-2]
	}
	end := cp.end
	n := numeral{t0: a.t0, t1: run[end-1].t1, val: cp.c.value(), words: cp.c.words}
	if cp.c.endScale != 0 {
		n.scale, n.base = cp.c.endScale, cp.c.base
	}
	n.article = cp.c.article
	if end == k+1 && a.kind == lxDigits {
		n.digits = a.mult == 1
	}
	if end == k+1 && a.kind == lxUnit && a.val == 1 {
		n.bareOne = true
	}
	// Mixed number in digits: "2 1/4", "2-1/2", "10 ½".
	if n.digits && !a.dec && end < len(run) {
		j := end
		if run[j].kind == lxHyphen && j+1 < len(run) && !r.toks[run[j].t0].space && !r.toks[run[j+1].t0].space {
			j++
		}
		if j < len(run) && run[j].kind == lxDigits && run[j].frac && run[j].val < 1 {
			n.val += run[j].val
			n.t1, n.frac, n.digits = run[j].t1, true, false
			return n, j + 1, true
		}
	}
	// A spoken decimal: "two hundred point zero three".
	if end+1 < len(run) && run[end].kind == lxPoint && !cp.c.dec {
		if v, e, ok := r.spokenDecimals(end + 1); ok {
			n.val += v
			n.t1 = run[e-1].t1
			n.words, n.digits, n.bareOne = true, false, false
			return n, e, true
		}
	}
	return n, end, true
}

// spokenDecimals reads the digits after "point": single digit words
// ("zero three"), or one number below a hundred ("seventy-one").
func (r *numReader) spokenDecimals(j int) (float64, int, bool) {
	run := r.run
	v, scale := 0.0, 0.1
	k := j
	for k < len(run) && (run[k].kind == lxZero || run[k].kind == lxUnit) {
		v += run[k].val * scale
		scale /= 10
		k++
	}
	if k > j {
		return v, k, true
	}
	if k >= len(run) || (run[k].kind != lxTeen && run[k].kind != lxTens) {
		return 0, j, false
	}
	g := run[k].val
	k++
	if run[k-1].kind == lxTens && k < len(run) {
		switch {
		case run[k].kind == lxUnit:
			g += run[k].val
			k++
		case run[k].kind == lxHyphen && k+1 < len(run) && run[k+1].kind == lxUnit:
			g += run[k+1].val
			k += 2
		}
	}
	return g / 100, k, true
}

// ordinalAhead returns the index of the first ordinal or fraction word
// reachable from k through cardinal words and connectors, or -1.
func (r *numReader) ordinalAhead(k int) int {
	for j := k; j < len(r.run); j++ {
		switch kd := r.run[j].kind; {
		case kd.isOrdinal():
			return j
		case kd == lxUnit || kd == lxTeen || kd == lxTens || kd == lxHundred || kd == lxScale || kd == lxAnd ||
			kd == lxHyphen || kd == lxArticle || kd == lxZero:
		case kd == lxDigits && !r.run[j].dec && !r.run[j].ordDig && !r.run[j].frac && r.run[j].mult == 1:
		default:
			return -1
		}
	}
	return -1
}

// ordPhrase reports whether atoms [q, x] form an ordinal phrase, such as
// "one hundred twenty-fifth", "thirty-fifths" or "a hundred trillionth",
// and returns its value.
func (r *numReader) ordPhrase(q, x int) (float64, bool) {
	run := r.run
	o := run[x]
	end := x
	var conn lexKind
	if end > q && (run[end-1].kind == lxHyphen || run[end-1].kind == lxAnd) {
		end--
		conn = run[end].kind
	}
	if conn != 0 && end == q {
		return 0, false
	}
	var c card
	for j := q; j < end; j++ {
		if run[j].kind == lxDigits || !c.step(run[j], run[j+1]) {
			return 0, false // ordinals compose in words only: not "280 million first"
		}
	}
	if c.andPending || c.hyphenPending {
		return 0, false
	}
	if c.last == lxArticle && !(o.kind == lxOrdHund || o.kind == lxOrdScale) {
		return 0, false
	}
	switch conn {
	case lxHyphen:
		if !(c.last == lxTens && o.kind == lxOrdUnit) && !(c.last == lxHundred) {
			return 0, false
		}
	case lxAnd:
		if !(c.last == lxHundred || c.last == lxScale) || !(o.kind == lxOrdUnit || o.kind == lxOrdTeen || o.kind == lxOrdTens) {
			return 0, false
		}
	}
	switch o.kind {
	case lxOrdUnit:
		if !(c.last == lxNone || c.last == lxTens || c.last == lxHundred || c.last == lxScale) {
			return 0, false
		}
		return c.value() + o.val, true
	case lxOrdTeen, lxOrdTens:
		if !(c.last == lxNone || c.last == lxHundred || c.last == lxScale) {
			return 0, false
		}
		return c.value() + o.val, true
	case lxOrdHund:
		switch c.last {
		case lxNone:
			return 100, true
		case lxArticle:
			return c.total + 100, true
		case lxUnit, lxTeen, lxTens, lxDigits:
			if c.hundred {
				return 0, false
			}
			return c.total + c.group*100, true
		}
	case lxOrdScale:
		if c.scale != 0 && o.val >= c.scale {
			return 0, false
		}
		switch c.last {
		case lxNone:
			return o.val, true
		case lxArticle:
			return c.total + o.val, true
		case lxUnit, lxTeen, lxTens, lxHundred, lxDigits:
			return c.total + c.group*o.val, true
		}
	case lxHalf, lxQuarter:
		if c.last == lxNone {
			return o.val, true
		}
	}
	return 0, false
}
