package entity

// Numbers beside a capitalised word make it part of a product's or a
// league's name rather than a name of its own: "737 Max", "787
// Dreamliner", "Big 12".

// modelNumber reports whether token i is a number that names a model
// before a word ("737" in "737 Max", "787-9" in "787-9 Dreamliner"):
// digits and hyphens only, at least three characters, no year, and not
// glued to a sign or a separator before it ("$737", "1,500").
func (d *document) modelNumber(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	if !t.word() || !t.digit() || len(d.str(t)) < 3 || !digitsOnly(d.str(t)) || yearLike(d.str(t)) {
		return false
	}
	if i > 0 && d.toks[i-1].e == t.s && !d.toks[i-1].word() {
		return false
	}
	return i+1 < len(d.toks) && d.sameSentence(i, i+1) && d.toks[i+1].s > t.e
}

// nameNumber reports whether token i is a number that ends the name
// before it ("12" in "Big 12", "11" in "Windows 11"): one to three digits
// right after a capitalised word, and no score ("Florida State 24,
// Clemson 10", "won 3-1").
func (d *document) nameNumber(i int) bool {
	t := &d.toks[i]
	if !t.word() || len(d.str(t)) > 3 || !digitsOnly(d.str(t)) || t.gapNL() {
		return false
	}
	p := &d.toks[i-1]
	if !p.cap() || p.upper() || !p.word() || p.digit() || d.is(p, cNonName) || p.e == t.s {
		return false
	}
	// "…, Oakton 14": the second score of a pair.
	k := i - 1
	for k > 0 && i-k < 5 && d.toks[k].cap() {
		k--
	}
	if d.str(&d.toks[k]) == "," && k > 0 && d.toks[k-1].digit() && digitsOnly(d.str(&d.toks[k-1])) {
		return false
	}
	if i+1 < len(d.toks) && d.sameSentence(i, i+1) {
		switch d.str(&d.toks[i+1]) {
		case "-", "–", "—", "to":
			return false
		case ",":
			// "Florida State 24, Clemson 10": a score in a list of them.
			for k := i + 2; k < min(len(d.toks), i+6) && d.sameSentence(i, k); k++ {
				if d.toks[k].digit() && digitsOnly(d.str(&d.toks[k])) {
					return false
				}
			}
		}
	}
	return true
}

// digitsOnly reports whether w holds only ASCII digits and inner
// hyphens.
func digitsOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('0' <= c && c <= '9' || c == '-' && i > 0) {
			return false
		}
	}
	return true
}

// yearLike reports whether w is a four-digit year from 1800 to 2099.
func yearLike(w string) bool {
	return len(w) == 4 && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20")
}

// numberWords are the number words that may end a name with a capital:
// "Big Ten", "Formula One", "Air Force One".
var numberWords = setOf(`one two three four five six seven eight nine ten eleven twelve`)
