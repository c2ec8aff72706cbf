package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

type config struct {
	workers int
	worst   int
	diff    string
}

// result is what the parser made of one page.
type result struct {
	page *page
	err  error
	a    *article.Article
	body counts
	took time.Duration
}

// run evaluates the data set in dir and prints the report to out.
func run(c config, dir string, out, errw io.Writer) error {
	ds, err := loadDataset(dir)
	if err != nil {
		return err
	}
	if c.diff != "" {
		for i := range ds.Pages {
			if ds.Pages[i].ID == c.diff {
				r := evaluatePage(&ds.Pages[i])
				if r.err != nil {
					return r.err
				}
				printDiff(out, ds.Pages[i].Body, r.a.Text)
				return nil
			}
		}
		return fmt.Errorf("%s: no page %q", dir, c.diff)
	}
	start := time.Now()
	results := evaluateAll(ds.Pages, max(c.workers, 1), newProgress(errw, len(ds.Pages)))
	report(out, ds, results, time.Since(start), c.worst)
	return nil
}

// evaluateAll parses every page with the given number of workers and
// returns the results in page order.
func evaluateAll(pages []page, workers int, bar *progress) []result {
	results := make([]result, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				results[i] = evaluatePage(&pages[i])
				bar.step()
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// evaluatePage parses one page and matches its body with the truth.
func evaluatePage(pg *page) result {
	r := result{page: pg}
	f, err := os.Open(pg.Path)
	if err != nil {
		r.err = err
		return r
	}
	defer f.Close()
	p := article.Parser{Extractors: extract.Default(), URL: pg.URL}
	t := time.Now()
	a, err := p.ParseContext(context.Background(), f, article.FormatHTML)
	r.took = time.Since(t)
	if err != nil {
		r.err = err
	}
	if a == nil {
		a = &article.Article{}
	}
	r.a = a
	r.body = matchBody(pg.Body, a.Text)
	return r
}
