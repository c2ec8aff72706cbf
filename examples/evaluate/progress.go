package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// progress draws a one-line progress bar on a terminal. On anything else
// (a file, a pipe) it draws nothing. It is safe for concurrent use.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	done  int
	on    bool
}

// newProgress returns a bar for total steps drawn on w when w is a
// terminal.
func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: isTerminal(w)}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// step records one finished step and redraws the bar.
func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if !p.on || p.total == 0 {
		return
	}
	const width = 40
	n := p.done * width / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("=", n), strings.Repeat(" ", width-n), p.done, p.total)
	if p.done == p.total {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
