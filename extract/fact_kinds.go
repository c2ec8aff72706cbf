package extract

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// This file decides what kind of fact a plain number is: a year ("in
// 2025", "the 1990s"), an age ("Biden, 81", "in their 20s"), a vague
// count ("thousands of people"), or no fact at all ("one of the aides",
// "at first").

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
	w, lw := fr.text(n.t0-2), fr.lower(n.t0-2)
	if w[0] < 'A' || w[0] > 'Z' || monthNames[lw] || dayNames[lw] || notCodeWords[lw] {
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
			switch fr.lower(n.t0) + " " + nx {
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
		val := t.lex.val()
		start, j := k, k+1
		if fr.isWordAt(k-2, "tens") && fr.isWordAt(k-1, "of") {
			start, val = k-2, val*10
		} else if fr.isWordAt(k-2, "hundreds") && fr.isWordAt(k-1, "of") {
			start, val = k-2, val*100
		}
		// "hundreds of thousands": the larger scale after "of".
		if fr.isWordAt(j, "of") && j+1 < len(fr.toks) && fr.toks[j+1].lex.plural && fr.toks[j+1].lex.kind == lxScale {
			val *= fr.toks[j+1].lex.val()
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
