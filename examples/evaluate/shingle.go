package main

import (
	"strings"
	"unicode"
)

// shingleSize is the number of words in a shingle.
const shingleSize = 4

// counts are the shingle matches of one page, normalized so that
// tp+fp+fn is 1 when any of them is non-zero (longer pages do not weigh
// more).
type counts struct{ tp, fp, fn float64 }

// words returns the word tokens of s: maximal runs of letters, numbers and
// underscores, as Python's \w+ finds them in Unicode mode (combining marks
// are not word characters there, so they split words here too).
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the runs of shingleSize consecutive words of s. A text
// of 1 to shingleSize-1 words has one shorter shingle, the whole text; a
// text without words has none.
func shingles(s string) map[string]int {
	w := words(s)
	out := make(map[string]int, len(w))
	n := max(1, len(w)-shingleSize+1)
	for i := 0; i < n && i < len(w); i++ {
		out[strings.Join(w[i:min(i+shingleSize, len(w))], "\x00")]++
	}
	return out
}

// matchBody compares a predicted body with the true one as multisets of
// shingles.
func matchBody(truth, pred string) counts {
	t, p := shingles(truth), shingles(pred)
	var c counts
	for k, tn := range t {
		pn := p[k]
		c.tp += float64(min(tn, pn))
		c.fn += float64(max(0, tn-pn))
	}
	for k, pn := range p {
		c.fp += float64(max(0, pn-t[k]))
	}
	if s := c.tp + c.fp + c.fn; s > 0 {
		c.tp, c.fp, c.fn = c.tp/s, c.fp/s, c.fn/s
	}
	return c
}

// precision of one page; ok is false when the page has no predicted
// shingle and so does not count in the precision average.
func (c counts) precision() (p float64, ok bool) {
	switch {
	case c.tp+c.fp == 0:
		return 0, false
	case c.fp == 0 && c.fn == 0:
		return 1, true
	}
	return c.tp / (c.tp + c.fp), true
}

// recall of one page; ok is false when the page has no true shingle.
func (c counts) recall() (r float64, ok bool) {
	switch {
	case c.tp+c.fn == 0:
		return 0, false
	case c.fp == 0 && c.fn == 0:
		return 1, true
	}
	return c.tp / (c.tp + c.fn), true
}

// f1 is the harmonic mean of the page's precision and recall (0 when
// either is missing or both are 0); it ranks pages, it is not the
// benchmark's F1.
func (c counts) f1() float64 {
	p, _ := c.precision()
	r, _ := c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// bodyScore is the benchmark's score over pages: precision and recall are
// averaged over the pages where they are defined, and F1 is the harmonic
// mean of the two averages.
type bodyScore struct {
	precision, recall, f1 float64
	pages                 int
}

func scoreBodies(cs []counts) bodyScore {
	var ps, rs float64
	var np, nr int
	for _, c := range cs {
		if p, ok := c.precision(); ok {
			ps += p
			np++
		}
		if r, ok := c.recall(); ok {
			rs += r
			nr++
		}
	}
	s := bodyScore{pages: len(cs)}
	if np > 0 {
		s.precision = ps / float64(np)
	}
	if nr > 0 {
		s.recall = rs / float64(nr)
	}
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	return s
}
