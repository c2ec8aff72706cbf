package extract

import "strings"

// This file reads what stands before an amount: a currency sign, code
// or word ("$", "US$", "c $", "USD", "Rs."), a minus sign, and the cents
// that may follow it ("3 dollars 50 cents").

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
			if p, ok := dollarPrefixes[fr.lower(j-1)]; ok && (!t.space || p.spacedOK) {
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
