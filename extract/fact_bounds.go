package extract

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// This file holds the words that bound a number: qualifiers before it
// ("at least", "nearly", "more than", "up to", ">="), phrases after it
// ("or more", "or so", "-odd"), and how the two combine.

// boundPhrase is a qualifier: its words (lower-case, one token each) and
// the bound it gives. eq marks the words of equality ("equal to"), which
// state an exact value.
type boundPhrase struct {
	words []string
	bound string
	eq    bool
}

// prefixBounds are the qualifiers written before a number, indexed by
// their last word.
var prefixBounds = indexBounds(false, map[string][]string{
	article.BoundApprox: {"about", "around", "approximately", "approx", "approx.", "roughly", "nearly",
		"almost", "some", "an estimated", "estimated", "close to", "circa", "c.", "ca.", "just about",
		"in the region of", "on the order of", "the order of", "≈", "getting on for"},
	article.BoundMoreThan: {"more than", "over", "above", "greater than", "larger than", "bigger than",
		"higher than", "exceeding", "exceed", "exceeds", "exceeded", "in excess of", "upwards of", "surpass",
		"surpassed", "surpassing", "surpasses", "just over", "well over", "slightly over", "a little over",
		"just above", "well above", "slightly more than", ">", "north of", "upward of",
		"much more than", "far more than", "well in excess of", "a bit more than"},
	article.BoundAtLeast: {"at least", "no less than", "no fewer than", "not less than", "not fewer than",
		"a minimum of", "minimum of", "minimum", "at minimum", "at the very least", "no lower than",
		">=", "> =", "≥", "greater than or equal to", "more than or equal to", "higher than or equal to",
		"larger than or equal to", "bigger than or equal to", "greater or equal than", "bigger or equal than",
		"higher or equal than", "larger or equal than", "more or equal than", "greater or equal to",
		"equal to or more than", "equal to or greater than", "equal to or higher than", "equal or greater than",
		"equal or more than", "at least or equal to", "no smaller than", "not below"},
	article.BoundAtMost: {"at most", "no more than", "not more than", "up to", "as many as", "as much as",
		"as high as", "a maximum of", "maximum of", "at the most", "no greater than", "no higher than",
		"not exceeding", "<=", "< =", "≤", "less than or equal to", "fewer than or equal to",
		"smaller than or equal to", "lower than or equal to", "smaller or equal than", "less or equal than",
		"lower or equal than", "less or equal to", "equal to or less than", "equal to or fewer than",
		"equal to or lower than", "equal or less than", "up to and including", "no bigger than", "no larger than"},
	article.BoundLessThan: {"less than", "fewer than", "under", "below", "lower than", "smaller than",
		"just under", "just below", "well under", "well below", "slightly under", "slightly less than",
		"a little under", "just shy of", "shy of", "just short of", "<", "much less than",
		"far fewer than", "far less than"},
	article.BoundExact: {"exactly", "precisely", "equal to", "equals", "equals to", "equaling", "equaling to",
		"equalling", "equalling to", "equaled", "equalled"},
})

// postfixBounds are the phrases written after a number or its noun,
// indexed by their first word.
var postfixBounds = indexBounds(true, map[string][]string{
	article.BoundAtLeast: {"or more", "and more", "or above", "and above", "or greater", "or higher", "or over",
		"and over", "or greater than", "or more than", "or higher than", "and up", "and upwards", "or upwards",
		"or older", "and older", "+"},
	article.BoundAtMost: {"or less", "or fewer", "and less", "and fewer", "or below", "and below", "or lower",
		"or under", "and under", "or less than", "or fewer than", "or lower than", "or younger", "and younger"},
	article.BoundApprox: {"or so", "or thereabouts", "more or less", "give or take", "- odd", "or around"},
	"or-equal":          {"or equal", "or equal to"},
})

func indexBounds(byFirst bool, m map[string][]string) map[string][]boundPhrase {
	idx := map[string][]boundPhrase{}
	for bound, phrases := range m {
		for _, p := range phrases {
			words := strings.Fields(p)
			b := boundPhrase{words: words, bound: bound}
			if bound == article.BoundExact {
				b.eq = !(p == "exactly" || p == "precisely")
			}
			key := words[len(words)-1]
			if byFirst {
				key = words[0]
			}
			idx[key] = append(idx[key], b)
		}
	}
	for k, ps := range idx {
		// Longest phrases first.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		idx[k] = ps
	}
	return idx
}

// tokenText returns the text of token i as a lower-case key when it is
// a word or a single character, or "".
func (fr *factReader) tokenText(i int) string {
	if i < 0 || i >= len(fr.toks) || fr.toks[i].skip {
		return ""
	}
	t := fr.toks[i]
	w := fr.s[t.s:t.e]
	if t.kind == tkWord && hasUpper(w) {
		return fr.lower(i)
	}
	return w
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// matchBefore finds the longest qualifier that ends at token j. It
// returns the phrase and the index of its first token.
func (fr *factReader) matchBefore(j int) (boundPhrase, int, bool) {
	last := fr.tokenText(j)
	if last == "" {
		return boundPhrase{}, 0, false
	}
	for _, p := range prefixBounds[last] {
		n := len(p.words)
		if j-n+1 < 0 {
			continue
		}
		ok := true
		for k := 0; k < n-1 && ok; k++ {
			ok = fr.tokenText(j-n+1+k) == p.words[k]
		}
		if !ok {
			continue
		}
		// "=>30", "<>30": no bound.
		first := j - n + 1
		if fr.toks[first].kind == tkPunct && first > 0 && !fr.toks[first].space && fr.toks[first-1].kind == tkPunct &&
			strings.ContainsRune("<>=", fr.toks[first-1].r) {
			return boundPhrase{}, 0, false
		}
		return p, first, true
	}
	return boundPhrase{}, 0, false
}

// matchAfter finds the longest postfix bound that starts at token j. It
// returns the phrase and the index just past it.
func (fr *factReader) matchAfter(j int) (boundPhrase, int, bool) {
	first := fr.tokenText(j)
	if first == "" {
		return boundPhrase{}, 0, false
	}
	for _, p := range postfixBounds[first] {
		n := len(p.words)
		if j+n > len(fr.toks) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = fr.tokenText(j+k) == p.words[k]
		}
		if !ok {
			continue
		}
		if p.words[0] == "+" && fr.toks[j].space {
			continue // "50+" only, glued
		}
		if p.words[0] == "-" && (fr.toks[j].space || fr.toks[j+1].space) {
			continue // "50-odd" only, glued
		}
		// "or more than 40", "and less than 10", "and less or equal than 35"
		// leave the words to the next number.
		if fr.numberAt(j+n) || fr.comparativeGoesOn(j+n) {
			continue
		}
		return p, j + n, true
	}
	return boundPhrase{}, 0, false
}

// comparativeGoesOn reports whether token k continues a comparison
// begun before it: "than", "to", "or", "equal".
func (fr *factReader) comparativeGoesOn(k int) bool {
	switch fr.tokenText(k) {
	case "than", "to", "or", "equal":
		return true
	}
	return false
}

// isLowerBound reports whether a bound says the value is a minimum.
func isLowerBound(b string) bool { return b == article.BoundAtLeast || b == article.BoundMoreThan }

// isUpperBound reports whether a bound says the value is a maximum.
func isUpperBound(b string) bool { return b == article.BoundAtMost || b == article.BoundLessThan }

// combineBounds joins a qualifier before a number with a phrase after
// it: "less than 5000 or equal" is at most 5000, "about five hundred or
// more" is at least 500.
func combineBounds(pre string, eq bool, post string) string {
	switch {
	case post == "":
		return pre
	case post == "or-equal":
		switch pre {
		case article.BoundMoreThan:
			return article.BoundAtLeast
		case article.BoundLessThan:
			return article.BoundAtMost
		}
		return pre
	case pre == "" || pre == article.BoundApprox || eq:
		return post
	}
	return pre
}
