package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/examples/warcnews/crawl"
)

type config struct {
	workers  int
	maxBytes int64
	// progress receives the progress line every `every` when not nil.
	progress io.Writer
	every    time.Duration
}

// stdinName is the file name of standard input.
const stdinName = "-"

// job is one page on its way from the reader through a worker to the
// writer. res is filled once; a job made for a read error has it filled
// from the start.
type job struct {
	rec *crawl.Record
	res chan crawl.Line
}

// run parses the pages of every WARC file in files, in order, and writes
// their lines to out in that order. It returns the counts; err is for a
// failure of the command itself (an output error).
func run(c config, files []string, stdin io.Reader, out io.Writer) (*stats, error) {
	workers := max(c.workers, 1)
	p := newsparse.NewParser()
	p.MaxBytes = c.maxBytes
	s := newStats(files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// At most `window` pages are read and not yet written: the reader
	// blocks when the writer falls behind, so a slow page cannot make
	// finished ones pile up.
	window := 4 * workers
	order := make(chan job, window)
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				l := crawl.Parse(ctx, p, j.rec)
				j.rec.Close()
				j.res <- l
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for _, f := range files {
			if !readFile(ctx, f, stdin, s, order, jobs) {
				return
			}
		}
	}()

	stop := s.show(c.progress, c.every)
	defer stop()
	w := bufio.NewWriterSize(out, 1<<16)
	var werr error
	for j := range order {
		l := <-j.res
		if werr != nil {
			continue // drain so that the reader and workers end
		}
		if j.rec != nil { // a read error line is counted as one already
			s.wrote(&l)
		}
		b, err := json.Marshal(l)
		if err == nil {
			b = append(b, '\n')
			_, err = w.Write(b)
		}
		if err == nil && len(order) == 0 {
			err = w.Flush() // nothing is ready: let the reader of out see what is done
		}
		if err != nil {
			werr = fmt.Errorf("write output: %w", err)
			cancel()
		}
	}
	wg.Wait()
	if werr == nil {
		if err := w.Flush(); err != nil {
			werr = fmt.Errorf("write output: %w", err)
		}
	}
	stop()
	s.finish()
	return s, werr
}

// readFile reads the records of one file, counts the skipped ones and
// queues the pages. A read error queues one error line. It returns false
// when ctx is cancelled.
func readFile(ctx context.Context, name string, stdin io.Reader, s *stats, order, jobs chan<- job) bool {
	fail := func(offset int64, err error) bool {
		s.readError()
		res := make(chan crawl.Line, 1)
		res <- crawl.Line{Source: name, Offset: offset, Error: err.Error(), Article: &article.Article{}}
		select {
		case order <- job{res: res}:
			return true
		case <-ctx.Done():
			return false
		}
	}
	var in io.Reader = stdin
	if name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			return fail(0, err)
		}
		defer f.Close()
		in = f
	}
	rd, err := crawl.NewReader(in, name)
	if err != nil {
		return fail(0, err)
	}
	defer rd.Close()
	defer s.endFile()
	for {
		if ctx.Err() != nil {
			return false
		}
		r, err := rd.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return fail(rd.Pos(), err)
		}
		s.read(r)
		if r.Skip != "" {
			r.Close()
			continue
		}
		j := job{rec: r, res: make(chan crawl.Line, 1)}
		select {
		case order <- j:
		case <-ctx.Done():
			r.Close()
			return false
		}
		select {
		case jobs <- j:
		case <-ctx.Done():
			// The writer only drains now; let it have a line.
			j.res <- r.Line().Fail(ctx.Err())
			r.Close()
			return false
		}
	}
}
