// Command warcnews parses the news pages of WARC crawl files, such as
// Common Crawl's CC-NEWS, into JSON lines.
//
// Usage:
//
//	warcnews [flags] FILE.warc[.gz] ...
//
// "-" reads standard input. Every HTTP 200 response whose Content-Type is
// HTML (or missing) is parsed with newsparse's default extractors, -j at a
// time, with the record's WARC-Target-URI as the page URL and the HTTP
// Content-Type's charset. Each page gives one JSON line on standard output
// (or -o), in the order of the files: the article record plus "source"
// (the file), "offset" (the record's byte offset in the file: of its gzip
// member in a .warc.gz), "target_uri" (the WARC-Target-URI: the article's
// "url" differs only where the page names a canonical address), "crawled"
// (the WARC-Date) and, for a page that failed, "error".
//
// The WARC-Date says when the page was fetched, not when it was
// published, so it is never copied into "published": that field stays
// empty where the page does not say, and "crawled" is there for a
// consumer that wants a fallback.
//
// Other records are skipped and counted by reason: their WARC-Type
// ("warcinfo", "request", "metadata", "revisit", ...), "not-http",
// "status-3xx" (and the other classes of a status other than 200),
// "not-html", and "encoding" (a Content-Encoding other than gzip). A
// record that is truncated or whose block digest does not match fails
// without being parsed, whatever its type, and gives an error line. A
// file that cannot be read on (a truncated or corrupt gzip member, a
// record header that makes no sense) gives one line with "source",
// "offset" and "error" where reading stopped, and counts as a read error.
//
// When standard error is a terminal it shows a progress line (records/s,
// MB/s of the files, errors). At the end it always prints one summary
// line: records read = parsed + skipped + failed, and read errors.
//
// Memory stays bounded whatever the file size: records are streamed, at
// most 4×j pages are in flight, and each keeps at most 1 MiB of content
// in memory (more spills to a temporary file) while the parser holds at
// most -max-bytes of one page.
//
// The exit status is 1 when a file had a read error, 2 when the command
// itself failed (bad flags, output error), and 0 otherwise: failed pages
// are reported in the output and the summary.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

func main() {
	var c config
	var out string
	flag.IntVar(&c.workers, "j", runtime.NumCPU(), "number of pages parsed at once")
	flag.Int64Var(&c.maxBytes, "max-bytes", 0, "size limit per page in bytes (0: the library default, 32 MiB)")
	flag.StringVar(&out, "o", "", "write the JSON lines to `FILE` instead of standard output")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: warcnews [flags] FILE.warc[.gz] ...\n\nParses the HTML pages of WARC files into JSON lines (\"-\" is standard input).\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	os.Exit(command(c, out, flag.Args()))
}

// command runs warcnews and returns its exit status.
func command(c config, out string, files []string) int {
	if isTerminal(os.Stderr) {
		c.progress = os.Stderr
		c.every = 250 * time.Millisecond
	}
	var w io.Writer = os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "warcnews:", err)
			return 2
		}
		defer f.Close()
		w = f
	}
	s, err := run(c, files, os.Stdin, w)
	fmt.Fprintln(os.Stderr, "warcnews:", s)
	if err != nil {
		fmt.Fprintln(os.Stderr, "warcnews:", err)
		return 2
	}
	if s.readErrors > 0 {
		return 1
	}
	return 0
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
