package main

import (
	"fmt"
	"io"
	"strings"
)

// printDiff prints the passages of pred whose shingles are not in truth
// ("extra") and the passages of truth whose shingles are not in pred
// ("missing"), each as a run of words.
func printDiff(w io.Writer, truth, pred string) {
	c := matchBody(truth, pred)
	p, _ := c.precision()
	r, _ := c.recall()
	fmt.Fprintf(w, "precision %.3f  recall %.3f\n", p, r)
	for _, s := range []struct {
		name     string
		from, in string
	}{{"extra", pred, truth}, {"missing", truth, pred}} {
		runs := unmatched(s.from, s.in)
		fmt.Fprintf(w, "\n%s (%d passages):\n", s.name, len(runs))
		for _, run := range runs {
			fmt.Fprintf(w, "  - %s\n", run)
		}
	}
}

// unmatched returns the maximal runs of words of from that are covered
// only by shingles missing from (or used up in) in.
func unmatched(from, in string) []string {
	w := words(from)
	left := shingles(in)
	covered := make([]bool, len(w))
	n := max(1, len(w)-shingleSize+1)
	for i := 0; i < n && i < len(w); i++ {
		k := strings.Join(w[i:min(i+shingleSize, len(w))], "\x00")
		if left[k] > 0 {
			left[k]--
			for j := i; j < min(i+shingleSize, len(w)); j++ {
				covered[j] = true
			}
		}
	}
	var out []string
	for i := 0; i < len(w); {
		if covered[i] {
			i++
			continue
		}
		j := i
		for j < len(w) && !covered[j] {
			j++
		}
		out = append(out, strings.Join(w[i:j], " "))
		i = j
	}
	return out
}
