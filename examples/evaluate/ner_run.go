package main

import (
	"fmt"
	"io"
	"slices"
)

// runNER scores named-entity recognition on every document of a GUM news
// mentions file (see ner.go for the matching) and prints the table.
func runNER(w io.Writer, path, docName string, verbose bool) error {
	docs, err := readGUM(path)
	if err != nil {
		return err
	}
	if docName != "" {
		docs = slices.DeleteFunc(docs, func(d gumDoc) bool { return d.Doc != docName })
		verbose = true
	}
	kinds := []string{"person", "organization", "place", "other"}
	total := map[string]*nerCounts{}
	for _, k := range append(kinds, "org+place", "detection", "exact") {
		total[k] = &nerCounts{}
	}
	for _, doc := range docs {
		preds, err := predict(doc)
		if err != nil {
			return fmt.Errorf("ner: %s: %w", doc.Doc, err)
		}
		golds := gold(doc)
		if docName != "" {
			listMentions(w, doc, preds, golds)
		}
		for _, k := range kinds {
			c, fps, fns := match(only(preds, k), only(golds, k), headMatch)
			total[k].add(c)
			if verbose && k != "other" {
				for _, x := range fps {
					fmt.Fprintf(w, "%s FP %-12s %q\n", doc.Doc, k, x.text)
				}
				for _, x := range fns {
					fmt.Fprintf(w, "%s FN %-12s %q\n", doc.Doc, k, x.text)
				}
			}
		}
		c, _, _ := match(only(preds, "organization", "place"), only(golds, "organization", "place"), headMatch)
		total["org+place"].add(c)
		c, _, _ = match(untyped(preds), untyped(golds), headMatch)
		total["detection"].add(c)
		c, _, _ = match(untyped(preds), untyped(golds), exactMatch)
		total["exact"].add(c)
	}
	fmt.Fprintf(w, "GUM news, %d documents, named mentions, lenient head match\n", len(docs))
	fmt.Fprintf(w, "%-14s %6s %6s %6s %5s %5s %5s\n", "kind", "P", "R", "F1", "TP", "FP", "FN")
	for _, k := range append(kinds, "org+place", "detection", "exact") {
		c := total[k]
		p, r, f := c.prf()
		fmt.Fprintf(w, "%-14s %6.3f %6.3f %6.3f %5d %5d %5d\n", k, p, r, f, c.tp, c.fp, c.fn)
	}
	return nil
}

// listMentions prints the gold and predicted mentions of one document in
// text order.
func listMentions(w io.Writer, doc gumDoc, preds, golds []item) {
	type row struct {
		at   int
		line string
	}
	var rows []row
	for _, g := range golds {
		rows = append(rows, row{g.span[0], fmt.Sprintf("%6d gold %-12s %q", g.span[0], g.kind, g.text)})
	}
	for _, p := range preds {
		rows = append(rows, row{p.span[0], fmt.Sprintf("%6d pred %-12s %q", p.span[0], p.kind, p.text)})
	}
	slices.SortStableFunc(rows, func(a, b row) int { return a.at - b.at })
	for _, r := range rows {
		fmt.Fprintln(w, r.line)
	}
}
