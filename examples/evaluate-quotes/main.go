package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsparse/newsparse"
)

func main() {
	verbose := flag.Bool("v", false, "list misses, false alarms and wrong speakers")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: evaluate-quotes [-v] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate-quotes:", err)
		os.Exit(1)
	}
}

// run scores every article of dir and writes the report to w.
func run(w io.Writer, dir string, verbose bool) error {
	arts, err := loadDir(dir)
	if err != nil {
		return err
	}
	var total score
	for _, ea := range arts {
		a, err := newsparse.ParseText(strings.NewReader(ea.Text))
		if err != nil {
			return fmt.Errorf("%s: %w", ea.Key, err)
		}
		s := scoreArticle(ea, a)
		if verbose {
			s.writeDetails(w, ea.Key)
		}
		total.add(s)
	}
	total.write(w, len(arts))
	return nil
}
