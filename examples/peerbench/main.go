// Command peerbench times newsparse against its peers on the same news
// pages, in one run: newsparse's whole default pipeline, go-trafilatura
// (body and metadata), go-readability (body and metadata), and
// golang.org/x/net/html's Parse alone, the floor every one of them pays.
//
// Usage:
//
//	peerbench [-dir DIR] [-rounds N] [-warmup N] [-only NAME,...] [-cpuprofile FILE] [-memprofile FILE]
//
// DIR defaults to shared/data/article-extraction-benchmark/html, looked
// for in the current directory and its parents. Each round runs every tool
// once over all pages, one page at a time, in a rotating order, after a
// garbage collection; rounds interleave the tools so that load from other
// processes falls on all of them alike. It prints, per tool, the median
// CPU time of a round, MB/s and pages/s, the median of the per-round ratios to
// the floor with their spread (min-max), allocation per page, and the
// number of pages for which the tool returned an error or no text. Times
// are CPU time of the process (user and system, all threads, so garbage
// collection counts), which other processes on a shared machine do not
// inflate as they inflate wall time; the wall time is printed beside.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
)

func main() {
	dir := flag.String("dir", "", "directory of .html pages (default: shared/data/article-extraction-benchmark/html above the current directory)")
	rounds := flag.Int("rounds", 7, "measured rounds")
	warmup := flag.Int("warmup", 1, "rounds run first and not measured")
	only := flag.String("only", "", "comma-separated tool names to run (the floor always runs)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the measured and warm-up rounds (all tools run) to this file")
	memprofile := flag.String("memprofile", "", "write an allocation profile of all rounds to this file at the end")
	flag.Parse()
	if *dir == "" {
		*dir = findUp(filepath.Join("shared", "data", "article-extraction-benchmark", "html"))
	}
	pages, names, err := loadPages(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "peerbench:", err)
		os.Exit(2)
	}
	tools := Tools()
	if *only != "" {
		tools = pick(tools, strings.Split(*only, ","))
	}
	if *cpuprofile != "" {
		stop, err := startProfile(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "peerbench:", err)
			os.Exit(2)
		}
		defer stop()
	}
	if *memprofile != "" {
		runtime.MemProfileRate = 64 << 10
	}
	res := Measure(pages, tools, *rounds, *warmup)
	if *memprofile != "" {
		if err := writeHeapProfile(*memprofile); err != nil {
			fmt.Fprintln(os.Stderr, "peerbench:", err)
			os.Exit(2)
		}
	}
	fmt.Print(Report(*dir, names, pages, res, *rounds))
}

// findUp returns rel under the nearest of the current directory and its
// parents that has it, or rel itself.
func findUp(rel string) string {
	d, err := os.Getwd()
	if err != nil {
		return rel
	}
	for {
		p := filepath.Join(d, rel)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(d)
		if parent == d {
			return rel
		}
		d = parent
	}
}

// loadPages reads every .html file in dir, in name order.
func loadPages(dir string) ([][]byte, []string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, nil, err
	}
	if len(names) == 0 {
		return nil, nil, fmt.Errorf("no .html pages in %s", dir)
	}
	pages := make([][]byte, len(names))
	for i, n := range names {
		if pages[i], err = os.ReadFile(n); err != nil {
			return nil, nil, err
		}
	}
	return pages, names, nil
}

func pick(tools []Tool, names []string) []Tool {
	out := []Tool{tools[0]} // the floor
	for _, t := range tools[1:] {
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(n), t.Name) {
				out = append(out, t)
			}
		}
	}
	return out
}

// startProfile starts CPU profiling into the file at path and returns the
// function that stops it and closes the file.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeHeapProfile writes the allocation profile so far to the file at
// path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
