// Command evaluate scores newsparse against a folder of labelled news
// pages and prints per-field scores and the pages that fail worst.
//
// Usage:
//
//	evaluate [flags] DIR
//
// DIR is a data set in one of the known layouts, told apart by the files
// it holds:
//
//   - article-extraction-benchmark: html/<id>.html and ground-truth.json,
//     {id: {"articleBody", "url"}}; only the body is scored.
//   - naeb-newspaper4k: html/<key>.html.gz and articles.json, {key:
//     {"title", "authors" (comma-separated), "date" (YYYY-MM-DD),
//     "articleBody", "url"}}; body, title, authors and date are scored.
//   - GUM news named entities: gum_news_mentions.jsonl (DIR may be the
//     file or its folder), one document per line with its mentions; the
//     entity package's named mentions are scored per kind (person,
//     organization, place, other) with lenient head-word matching, as
//     ner.go describes. -v lists the errors, -doc NAME one document.
//   - hand-annotated quotes (testdata/quotes-eval): KEY.txt articles, each
//     with KEY.json annotations of every quotation and reported statement,
//     its kind, speaker and cue (see internal/quoteeval). Quotes are matched
//     to annotations by span overlap (half of the shorter span); it prints
//     precision and recall per kind, and the share of found quotations
//     whose speaker is right (its name or its entity's name equals the
//     annotated speaker or shares its last word). -v lists the errors.
//
// Each page is parsed with the default extractors and the labelled URL.
//
// # Metrics
//
// Body, as the article-extraction benchmark defines it: the text is cut
// into word tokens (maximal runs of Unicode letters, numbers and "_", the
// \w+ of Python's re), and the tokens into 4-word shingles (a text of 1 to
// 3 words is one shorter shingle), counted as a multiset. Per page, the
// matched (tp), extra (fp) and missed (fn) shingle counts give precision
// tp/(tp+fp) and recall tp/(tp+fn) (both 1 when prediction and truth are
// equal). Precision is averaged over the pages that have a predicted
// shingle, recall over the pages that have a true one, so a page with an
// empty prediction counts in recall only, as 0. F1 is the harmonic mean of
// the two averages, not an average of per-page F1s.
//
// Headline: exact match after Unicode NFKC, folding typographic quotes,
// apostrophes and dashes to ASCII, collapsing white space and lower-casing.
//
// Authors: exact match of the sets of names, each name in the headline's
// normal form with punctuation dropped ("Ralph D. Russo" equals "RALPH D
// RUSSO"; a hyphen counts as a space). A page labelled with no author
// scores only when no author is found. Name order does not matter.
//
// Published: exact match of the calendar day as the page writes it (the
// first ten characters of the ISO 8601 value, in the page's own zone).
// Pages whose label is not a date are left out.
//
// The worst pages are listed below the scores: the lowest per-page body F1
// and the headline, author and date misses. -diff ID prints, for one page,
// the passages of the prediction that are not in the truth and those of
// the truth that are missing.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/newsparse/newsparse/internal/quoteeval"
)

func main() {
	var c config
	flag.IntVar(&c.workers, "workers", runtime.NumCPU(), "number of pages parsed at once")
	flag.IntVar(&c.worst, "worst", 10, "number of worst pages listed per field")
	flag.StringVar(&c.diff, "diff", "", "print the extra and missing body passages of page `ID`")
	verbose := flag.Bool("v", false, "named entities: list false positives and false negatives; quotes: list misses, false alarms and wrong speakers")
	doc := flag.String("doc", "", "named entities: score only the document of this `name`, listing its mentions")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: evaluate [flags] DIR\n\nScores newsparse on a folder of labelled pages.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if gum, ok := gumFile(flag.Arg(0)); ok {
		if err := runNER(os.Stdout, gum, *doc, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", err)
			os.Exit(1)
		}
		return
	}
	if isQuoteSet(flag.Arg(0)) {
		if err := quoteeval.Report(os.Stdout, flag.Arg(0), *verbose, false); err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(c, flag.Arg(0), os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

// gumFileName is the file of the GUM news layout: one JSON document per
// line with its named-entity mentions.
const gumFileName = "gum_news_mentions.jsonl"

// gumFile returns the GUM mentions file that arg names, directly or as
// its folder.
func gumFile(arg string) (string, bool) {
	if filepath.Base(arg) == gumFileName {
		return arg, true
	}
	p := filepath.Join(arg, gumFileName)
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
		return p, true
	}
	return "", false
}
