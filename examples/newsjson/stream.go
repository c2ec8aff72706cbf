package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// streamInput is one line of -stream input.
type streamInput struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// streamRecord is one line of -stream output: the article, whose url is
// the input's url unless the page names a canonical one; "source", which
// is always the input's url; and "error" for a failed line.
type streamRecord struct {
	Source string `json:"source,omitempty"`
	Error  string `json:"error,omitempty"`
	*article.Article
}

// stream reads JSONL records {"url", "html"} or {"url", "text"} from in and
// writes one output record per input line, in input order, to out. At most
// `workers` lines are parsed or waiting at once and no line longer than
// maxLine bytes is held, so memory stays bounded whatever the stream's
// length. It reports whether every line parsed.
func stream(c config, in io.Reader, out, stderr io.Writer) (bool, error) {
	p := newParser(c)
	maxLine := p.MaxBytes
	if maxLine <= 0 {
		maxLine = article.DefaultMaxBytes
	}
	maxLine = 2*maxLine + 64<<10 // JSON escaping may double a page
	workers := max(c.workers, 1)
	type job struct {
		line int
		res  chan streamRecord
	}
	jobs := make(chan job, workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		r := bufio.NewReaderSize(in, 1<<20)
		for n := 1; ; n++ {
			line, tooLong, err := readLine(r, maxLine)
			if len(line) == 0 && !tooLong && err != nil {
				if !errors.Is(err, io.EOF) {
					readErr <- err
				}
				return
			}
			if len(bytes.TrimSpace(line)) == 0 && !tooLong {
				n--
				continue
			}
			j := job{line: n, res: make(chan streamRecord, 1)}
			jobs <- j
			go func() { j.res <- parseLine(p, line, tooLong, maxLine) }()
		}
	}()
	w := bufio.NewWriter(out)
	defer w.Flush()
	ok := true
	for j := range jobs {
		rec := <-j.res
		if rec.Error != "" {
			ok = false
			fmt.Fprintf(stderr, "newsjson: line %d: %s\n", j.line, rec.Error)
		}
		b, err := json.Marshal(rec)
		if err != nil {
			return false, err
		}
		w.Write(append(b, '\n'))
		if len(jobs) == 0 {
			w.Flush()
		}
	}
	select {
	case err := <-readErr:
		return false, fmt.Errorf("read input: %w", err)
	default:
	}
	return ok, nil
}

// readLine reads one line without its newline. A line longer than max is
// consumed but not kept: tooLong is set and line is nil.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

func parseLine(p *article.Parser, line []byte, tooLong bool, maxLine int64) streamRecord {
	if tooLong {
		return streamRecord{Error: fmt.Sprintf("line longer than %d bytes", maxLine), Article: &article.Article{}}
	}
	var in streamInput
	if err := json.Unmarshal(line, &in); err != nil {
		return streamRecord{Error: "bad input line: " + err.Error(), Article: &article.Article{}}
	}
	lp := *p
	lp.URL = in.URL
	var a *article.Article
	var err error
	switch {
	case in.HTML != nil:
		a, err = lp.ParseContext(context.Background(), strings.NewReader(*in.HTML), article.FormatHTML)
	case in.Text != nil:
		a, err = lp.ParseContext(context.Background(), strings.NewReader(*in.Text), article.FormatText)
	default:
		a, err = &article.Article{URL: in.URL}, errors.New(`input line has neither "html" nor "text"`)
	}
	rec := streamRecord{Source: in.URL, Article: a}
	if err != nil {
		rec.Error = err.Error()
	}
	return rec
}
