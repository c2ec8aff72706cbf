package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

// newParser returns the parser every input shares.
func newParser(c config) *article.Parser {
	return &article.Parser{Extractors: extract.Default(), URL: c.url, MaxBytes: c.maxBytes}
}

type config struct {
	stream   bool
	jsonl    bool
	text     bool
	url      string
	workers  int
	maxBytes int64
}

// record is one output line: the article with the input's source and,
// for a failed input, the error.
type record struct {
	Source string `json:"source,omitempty"`
	Error  string `json:"error,omitempty"`
	*article.Article
}

// run parses every input named by args (stdin when none) and writes the
// records to stdout in input order. It reports whether every input was
// parsed; err is for failures of the command itself.
func run(c config, args []string, stdin io.Reader, stdout, stderr io.Writer) (bool, error) {
	inputs, err := listInputs(args)
	if err != nil {
		return false, err
	}
	if !c.jsonl && len(inputs) > 1 {
		c.jsonl = true // several records need one per line to stay readable by tools
	}
	p := newParser(c)
	results := make([]chan record, len(inputs))
	for i := range results {
		results[i] = make(chan record, 1)
	}
	// At most `window` inputs are parsed or waiting to be written at once:
	// a slot is freed only when its record is written, so a slow input
	// cannot make finished records pile up without bound.
	workers := max(c.workers, 1)
	window := make(chan struct{}, workers)
	var wg sync.WaitGroup
	go func() {
		for i, in := range inputs {
			window <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] <- parseOne(c, p, in, stdin)
			}()
		}
	}()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	ok := true
	for i := range inputs {
		r := <-results[i]
		results[i] = nil
		<-window
		if r.Error != "" {
			ok = false
			fmt.Fprintf(stderr, "newsjson: %s: %s\n", displayName(r.Source), r.Error)
		}
		if err := writeRecord(w, r, c.jsonl); err != nil {
			return false, err
		}
		if c.jsonl {
			w.Flush()
		}
	}
	wg.Wait()
	return ok, nil
}

// stdinName is the source name of standard input.
const stdinName = "-"

func displayName(s string) string {
	if s == stdinName {
		return "stdin"
	}
	return s
}

func writeRecord(w io.Writer, r record, jsonl bool) error {
	var b []byte
	var err error
	if jsonl {
		b, err = json.Marshal(r)
	} else {
		if r.Error != "" && r.Article == nil {
			r.Article = &article.Article{}
		}
		r.Source = ""
		b, err = json.MarshalIndent(r, "", "  ")
	}
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func parseOne(c config, p *article.Parser, in string, stdin io.Reader) record {
	r := record{Source: in}
	var src io.Reader = stdin
	if in != stdinName {
		f, err := os.Open(in)
		if err != nil {
			r.Error = err.Error()
			return r
		}
		defer f.Close()
		src = f
	}
	format := article.FormatAuto
	if c.text || strings.HasSuffix(strings.TrimSuffix(in, ".gz"), ".txt") {
		format = article.FormatText
	}
	a, err := p.ParseContext(context.Background(), src, format)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.Article = a
	return r
}

// listInputs expands the arguments: "-" or none is stdin, a directory is
// every regular file under it in lexical order.
func listInputs(args []string) ([]string, error) {
	if len(args) == 0 {
		return []string{stdinName}, nil
	}
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			out = append(out, a) // a missing file becomes an error record
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}
