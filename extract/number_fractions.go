package extract

// This file reads fractions and ordinals written in words: "two thirds",
// "one hundred thirty-fifths", "three and a half", "a quarter million",
// "one hundred twenty-fifth". A plural ordinal is a denominator; a
// singular one is a denominator only after "a", "an" or "one".

// fractionOrOrdinal reads the numeral from atom k that ends with the
// ordinal or fraction word at atom x. cps are the cardinal checkpoints
// from k. It reports false when the words do not make one.
func (r *numReader) fractionOrOrdinal(k, x int, cps []checkpoint) (numeral, int, bool) {
	run := r.run
	o := run[x]
	if o.plural {
		// A mixed number: "one hundred and three quarters", "two and
		// fifty-four hundredths". The fraction after the last "and" must be
		// proper, else the "and" belongs to the numerator ("one hundred
		// and thirty fifths" is 130/5).
		for a := x - 1; a > k; a-- {
			if run[a].kind != lxAnd {
				continue
			}
			if cp, ok := checkpointAt(cps, a); ok {
				if f, ok := r.pureFraction(a+1, x); ok && f < 1 {
					return r.mixed(k, cp, f, x)
				}
			}
			break
		}
		f, ok := r.pureFraction(k, x)
		if !ok {
			return numeral{}, 0, false
		}
		return r.scaledFraction(k, x, f)
	}
	q := x
	for p := k; p < x; p++ {
		if _, ok := r.ordPhrase(p, x); ok {
			q = p
			break
		}
	}
	if q == k {
		v, ok := r.ordPhrase(k, x)
		if !ok || o.kind == lxHalf || o.kind == lxQuarter {
			return numeral{}, 0, false
		}
		return numeral{t0: run[k].t0, t1: o.t1, val: v, ord: true, words: true}, x + 1, true
	}
	j := q - 1
	if run[j].kind == lxHyphen && j > k {
		j--
	}
	if !(run[j].kind == lxArticle || run[j].kind == lxUnit && run[j].val == 1) {
		return numeral{}, 0, false
	}
	den, _ := r.ordPhrase(q, x)
	if den <= 2 && o.kind == lxOrdUnit {
		return numeral{}, 0, false // "a second", "one first": never fractions
	}
	f := 1 / den
	if j == k {
		if run[j].kind == lxArticle && !r.fractionContext(x) {
			// "a third term": an ordinal, without its article.
			if o.kind == lxHalf || o.kind == lxQuarter {
				return numeral{}, 0, false
			}
			return numeral{t0: run[q].t0, t1: o.t1, val: den, ord: true, words: true}, x + 1, true
		}
		n, next, ok := r.scaledFraction(k, x, f)
		n.article = run[j].kind == lxArticle
		return n, next, ok
	}
	if run[j-1].kind == lxAnd {
		if cp, ok := checkpointAt(cps, j-1); ok {
			return r.mixed(k, cp, f, x)
		}
	}
	return numeral{}, 0, false
}

// pureFraction reads atoms [k, x] as a numerator and a plural
// denominator, giving the denominator as many words as it can take while
// leaving a whole numerator: "one hundred thirty fifths" is 100/35,
// "one hundred thirty two fifths" is 132/5.
func (r *numReader) pureFraction(k, x int) (float64, bool) {
	run := r.run
	o := run[x]
	var cps []checkpoint
	r.cps2, _ = r.cardinal(k, r.cps2)
	cps = r.cps2
	for q := k + 1; q <= x; q++ {
		var den float64
		if q == x {
			if o.kind == lxOrdUnit && o.val <= 2 {
				continue // "seconds" are time, "firsts" no fraction
			}
			den = o.val
		} else {
			d, ok := r.ordPhrase(q, x)
			if !ok {
				continue
			}
			den = d
		}
		e := q
		if run[e-1].kind == lxHyphen {
			if e-2 >= k && run[e-2].kind == lxTens && run[q].kind == lxUnit {
				continue // do not split "ninety - five"
			}
			e--
		}
		if e <= k {
			continue
		}
		if cp, ok := checkpointAt(cps, e); ok && den != 0 {
			return cp.c.value() / den, true
		}
	}
	return 0, false
}

// mixed builds the mixed number whose whole part is cp (atoms from k)
// and whose fraction f ends at atom x, with any scale after it: "five and
// a half million" is 5.5 million, "one billion and a half million" is
// 1,000,500,000, "3 million and a half" is 3,500,000.
func (r *numReader) mixed(k int, cp checkpoint, f float64, x int) (numeral, int, bool) {
	run := r.run
	whole := cp.c.value()
	s, next := r.trailingScale(x)
	var v float64
	switch es := cp.c.endScale; {
	case es >= 1000 && s != 0 && s < es:
		v = whole + f*s
	case es >= 1000:
		v = whole + f*es
		s, next = 0, x+1
	case s != 0:
		v = (whole + f) * s
	default:
		v = whole + f
	}
	end := next - 1
	n := numeral{t0: run[k].t0, t1: run[end].t1, val: v, frac: true, words: true}
	if s != 0 {
		n.scale, n.base = s, v/s
	}
	return n, next, true
}

// scaledFraction builds the fraction f of atoms [k, x], multiplied by a
// scale after it: "two thirds of a million", "three quarters billion".
func (r *numReader) scaledFraction(k, x int, f float64) (numeral, int, bool) {
	run := r.run
	s, next := r.trailingScale(x)
	n := numeral{t0: run[k].t0, t1: run[next-1].t1, val: f, frac: true, words: true}
	if s != 0 {
		n.val, n.scale, n.base = f*s, s, f
	}
	return n, next, true
}

// trailingScale reads "[of] [a] million" after atom x. It returns the
// scale, or 0, and the atom after what it read.
func (r *numReader) trailingScale(x int) (float64, int) {
	run := r.run
	j := x + 1
	if j < len(run) && run[j].kind == lxOf {
		j++
	}
	if j < len(run) && run[j].kind == lxArticle {
		j++
	}
	if j < len(run) && (run[j].kind == lxScale || run[j].kind == lxDozen) && !run[j].plural {
		return run[j].val, j + 1
	}
	return 0, x + 1
}

// bareFraction reads "half" or "quarter" at atom k without a number
// before it: "half a million", "quarter million", "half a dozen", or the
// word alone.
func (r *numReader) bareFraction(k int) (numeral, int, bool) {
	run := r.run
	a := run[k]
	f := 1 / a.val
	if s, next := r.trailingScale(k); s != 0 {
		return numeral{t0: a.t0, t1: run[next-1].t1, val: f * s, frac: true, words: true, scale: s, base: f}, next, true
	}
	return numeral{t0: a.t0, t1: a.t1, val: f, frac: true, words: true, bareHalf: true}, k + 1, true
}

// fractionContext reports whether the words after atom x make "a third"
// a fraction rather than an ordinal: "of", a scale, "and", or the end of
// the clause follows. "a third term" is an ordinal.
func (r *numReader) fractionContext(x int) bool {
	i := r.run[x].t1
	if i >= len(r.toks) {
		return true
	}
	t := r.toks[i]
	switch t.kind {
	case tkPunct:
		return !isHyphen(t)
	case tkWord:
		switch t.lex.kind {
		case lxOf, lxScale, lxAnd:
			return true
		}
	}
	return false
}
