package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// report prints the scores of every labelled field and the worst pages.
func report(w io.Writer, ds *dataset, rs []result, took time.Duration, worst int) {
	fmt.Fprintf(w, "data set: %s, %d pages", ds.Layout, len(ds.Pages))
	if ds.Missing > 0 {
		fmt.Fprintf(w, " (%d labelled pages without HTML left out)", ds.Missing)
	}
	var parse time.Duration
	failed := 0
	for _, r := range rs {
		parse += r.took
		if r.err != nil {
			failed++
			fmt.Fprintf(w, "\nerror: %s: %v", r.page.ID, r.err)
		}
	}
	fmt.Fprintf(w, "\ntime: %.1fs wall, %.1f ms parse per page", took.Seconds(), float64(parse.Microseconds())/1000/float64(max(len(rs), 1)))
	if failed > 0 {
		fmt.Fprintf(w, ", %d errors", failed)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)

	var bodies []counts
	for _, r := range rs {
		bodies = append(bodies, r.body)
	}
	b := scoreBodies(bodies)
	fmt.Fprintf(w, "%-10s F1 %.4f  precision %.4f  recall %.4f  (%d pages)\n", "body", b.f1, b.precision, b.recall, b.pages)

	type miss struct{ id, got, want string }
	var titleMiss, authorMiss, dateMiss []miss
	if ds.Fields&fieldTitle != 0 {
		ok := 0
		for _, r := range rs {
			if normTitle(r.a.Headline) == normTitle(r.page.Title) {
				ok++
			} else {
				titleMiss = append(titleMiss, miss{r.page.ID, r.a.Headline, r.page.Title})
			}
		}
		fmt.Fprintf(w, "%-10s exact %.4f  (%d/%d)\n", "headline", ratio(ok, len(rs)), ok, len(rs))
	}
	if ds.Fields&fieldAuthors != 0 {
		ok := 0
		for _, r := range rs {
			if sameAuthors(r.page.Authors, r.a.Authors) {
				ok++
			} else {
				authorMiss = append(authorMiss, miss{r.page.ID, strings.Join(r.a.Authors, "; "), strings.Join(r.page.Authors, "; ")})
			}
		}
		fmt.Fprintf(w, "%-10s exact %.4f  (%d/%d)\n", "authors", ratio(ok, len(rs)), ok, len(rs))
	}
	if ds.Fields&fieldDate != 0 {
		ok, n := 0, 0
		for _, r := range rs {
			if r.page.Date == "" {
				continue
			}
			n++
			if day(r.a.Published) == r.page.Date {
				ok++
			} else {
				dateMiss = append(dateMiss, miss{r.page.ID, r.a.Published, r.page.Date})
			}
		}
		fmt.Fprintf(w, "%-10s exact %.4f  (%d/%d)\n", "published", ratio(ok, n), ok, n)
	}

	if worst <= 0 {
		return
	}
	byF1 := slices.Clone(rs)
	slices.SortStableFunc(byF1, func(a, b result) int { return cmp.Compare(a.body.f1(), b.body.f1()) })
	fmt.Fprintf(w, "\nworst bodies (page F1, precision, recall):\n")
	for _, r := range byF1[:min(worst, len(byF1))] {
		p, _ := r.body.precision()
		rc, _ := r.body.recall()
		fmt.Fprintf(w, "  %.3f  p %.3f  r %.3f  %s  %s\n", r.body.f1(), p, rc, r.page.ID, r.page.URL)
	}
	for _, m := range []struct {
		name  string
		items []miss
	}{{"headline", titleMiss}, {"authors", authorMiss}, {"published", dateMiss}} {
		if len(m.items) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s misses (%d):\n", m.name, len(m.items))
		for _, x := range m.items[:min(worst, len(m.items))] {
			fmt.Fprintf(w, "  %s\n    got  %q\n    want %q\n", x.id, x.got, x.want)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
