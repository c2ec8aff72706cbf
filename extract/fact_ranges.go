package extract

import "github.com/newsparse/newsparse/article"

// This file joins numbers into ranges and ratios: "between 20 and 30",
// "5-10 million", "from 200 to 300", "two or three", "more than 10 and
// less than 20", "one in five", and tells them from changes ("rose from
// 3% to 4%") and scores ("won 3-1").

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
