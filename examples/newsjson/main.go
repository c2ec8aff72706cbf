// Command newsjson parses news articles, HTML pages or plain text, into
// JSON records.
//
// Usage:
//
//	newsjson [flags] [FILE|DIR ...]
//
// With no argument it reads standard input. One input prints one indented
// JSON record; with -jsonl every input prints one compact record per line
// with an added "source" field holding the path as given. DIR arguments are
// walked in lexical order. Files ending in .txt are plain text, others are
// sniffed; -text forces plain text. Files ending in .gz (and any gzip
// input) are decompressed. -j N parses N inputs at once and still prints
// in input order.
//
// With -stream it reads JSONL records {"url": ..., "html": ...} (or
// "text") from standard input and writes one record per input line, in
// input order, with the input's url in "source" and an "error" field for a failed
// line, in bounded memory: it drops into Unix pipes, GNU parallel, Hadoop
// Streaming or Spark's pipe().
//
// A failed input never vanishes: in -jsonl mode it yields a record with
// "source" and "error", it is reported on standard error, and the exit
// status is 1 at the end.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
)

func main() {
	var c config
	flag.BoolVar(&c.jsonl, "jsonl", false, "print one compact JSON record per input per line, with a \"source\" field")
	flag.BoolVar(&c.stream, "stream", false, "read JSONL records {\"url\", \"html\"} or {\"url\", \"text\"} from stdin, write one record per line in order")
	flag.BoolVar(&c.text, "text", false, "parse every input as plain text")
	flag.StringVar(&c.url, "url", "", "original `URL` of the page (single input)")
	flag.IntVar(&c.workers, "j", runtime.NumCPU(), "number of inputs parsed at once")
	flag.Int64Var(&c.maxBytes, "max-bytes", 0, "size limit per input in bytes (0: the library default, 32 MiB)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: newsjson [flags] [FILE|DIR ...]\n\nParses news articles (HTML or plain text) into JSON records; stdin when no file is given.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	var ok bool
	var err error
	if c.stream {
		ok, err = stream(c, os.Stdin, os.Stdout, os.Stderr)
	} else {
		ok, err = run(c, flag.Args(), os.Stdin, os.Stdout, os.Stderr)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsjson:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}
