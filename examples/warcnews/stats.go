package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsparse/newsparse/examples/warcnews/crawl"
)

// stats counts what happened to every record. The reader and the writer
// update it; the progress line reads it meanwhile.
type stats struct {
	start      time.Time
	elapsed    time.Duration
	files      int
	total      int64 // bytes of all files; 0 when unknown (stdin)
	doneBytes  atomic.Int64
	fileBytes  atomic.Int64 // bytes of the files read to their end
	records    atomic.Int64
	parsed     atomic.Int64
	failed     atomic.Int64
	readErrors int64
	mu         sync.Mutex
	skipped    map[string]int64
}

func newStats(files []string) *stats {
	s := &stats{start: time.Now(), files: len(files), skipped: map[string]int64{}}
	for _, f := range files {
		st, err := os.Stat(f)
		if f == stdinName || err != nil || !st.Mode().IsRegular() {
			s.total = 0
			break
		}
		s.total += st.Size()
	}
	return s
}

// read counts a record the reader has read, skipped or not.
func (s *stats) read(r *crawl.Record) {
	s.records.Add(1)
	s.doneBytes.Store(s.fileBytes.Load() + r.End)
	if r.Skip != "" {
		s.mu.Lock()
		s.skipped[r.Skip]++
		s.mu.Unlock()
	}
}

// endFile moves the byte count past a file read to its end or given up.
func (s *stats) endFile() {
	s.fileBytes.Store(s.doneBytes.Load())
}

// readError counts a file that could not be read on.
func (s *stats) readError() {
	s.mu.Lock()
	s.readErrors++
	s.mu.Unlock()
}

// wrote counts a page line written.
func (s *stats) wrote(l *crawl.Line) {
	if l.Error != "" {
		s.failed.Add(1)
	} else {
		s.parsed.Add(1)
	}
}

// finish stops the clock.
func (s *stats) finish() { s.elapsed = time.Since(s.start) }

// String is the summary line.
func (s *stats) String() string {
	s.mu.Lock()
	reasons := make([]string, 0, len(s.skipped))
	var skipped int64
	for k, v := range s.skipped {
		reasons = append(reasons, fmt.Sprintf("%s %d", k, v))
		skipped += v
	}
	readErrors := s.readErrors
	s.mu.Unlock()
	sort.Strings(reasons)
	var b strings.Builder
	fmt.Fprintf(&b, "%d files, %d records read: %d parsed, %d skipped", s.files, s.records.Load(), s.parsed.Load(), skipped)
	if len(reasons) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(reasons, ", "))
	}
	fmt.Fprintf(&b, ", %d failed; %d read errors; %s in %s (%s)",
		s.failed.Load(), readErrors, size(s.doneBytes.Load()), s.elapsed.Round(time.Millisecond), rate(s.doneBytes.Load(), s.elapsed))
	return b.String()
}

// show writes the progress line to w every `every` until stop is called;
// stop clears the line. A nil w shows nothing.
func (s *stats) show(w io.Writer, every time.Duration) (stop func()) {
	if w == nil || every <= 0 {
		return func() {}
	}
	done := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fmt.Fprintf(w, "\r%s\x1b[K", s.progress())
			case <-done:
				fmt.Fprint(w, "\r\x1b[K")
				return
			}
		}
	}()
	return func() {
		once.Do(func() { close(done); wg.Wait() })
	}
}

// progress is the progress line: a bar when the total size is known,
// then records/s, MB/s and errors.
func (s *stats) progress() string {
	d := time.Since(s.start)
	bytes := s.doneBytes.Load()
	recs := s.records.Load()
	var b strings.Builder
	if s.total > 0 {
		const width = 24
		frac := min(float64(bytes)/float64(s.total), 1)
		n := int(frac * width)
		fmt.Fprintf(&b, "[%s%s] %3.0f%% ", strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*frac)
	}
	s.mu.Lock()
	readErrors := s.readErrors
	s.mu.Unlock()
	fmt.Fprintf(&b, "%d records %.0f/s  %s %s  %d parsed  %d errors",
		recs, float64(recs)/max(d.Seconds(), 1e-9), size(bytes), rate(bytes, d), s.parsed.Load(), s.failed.Load()+readErrors)
	return b.String()
}

func size(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.1f kB", float64(n)/1e3)
}

func rate(n int64, d time.Duration) string {
	return fmt.Sprintf("%.1f MB/s", float64(n)/1e6/max(d.Seconds(), 1e-9))
}
