package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/internal/quoteeval"
)

func main() {
	verbose := flag.Bool("v", false, "list misses, false alarms and wrong speakers")
	standIn := flag.Bool("name-entities", false, "fill entities from the annotated speakers' names before Quotes runs (a stand-in for entity recognition)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: evaluate-quotes [-v] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *verbose, *standIn); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate-quotes:", err)
		os.Exit(1)
	}
}

// run scores every article of dir and writes the report to w.
func run(w io.Writer, dir string, verbose, standIn bool) error {
	arts, err := quoteeval.Load(dir)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("no annotated articles (KEY.json with KEY.txt) in %s", dir)
	}
	var total score
	for _, ea := range arts {
		p := newsparse.NewParser()
		if standIn {
			// Entities go just before the last extractor, Quotes.
			n := len(p.Extractors)
			p.Extractors = append(p.Extractors[:n-1:n-1], nameEntities(ea), p.Extractors[n-1])
		}
		a, err := p.ParseText(strings.NewReader(ea.Text))
		if err != nil {
			return fmt.Errorf("%s: %w", ea.Key, err)
		}
		s := scoreArticle(ea, a)
		if verbose {
			s.writeDetails(w, ea.Key)
		}
		total.add(s)
	}
	if standIn {
		fmt.Fprintln(w, "entities: stand-in from the annotated speakers' names")
	}
	total.write(w, len(arts))
	return nil
}
