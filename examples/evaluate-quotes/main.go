package main

import (
	"flag"
	"fmt"
	"os"

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
	if err := quoteeval.Report(os.Stdout, flag.Arg(0), *verbose, *standIn); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate-quotes:", err)
		os.Exit(1)
	}
}
