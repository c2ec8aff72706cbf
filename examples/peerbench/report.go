package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"
)

// Report is the table of results, headed by the machine and the pages.
func Report(dir string, names []string, pages [][]byte, res []Result, rounds int) string {
	var total int
	for _, p := range pages {
		total += len(p)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "machine: %d CPUs, %s, %s %s/%s, GOMAXPROCS=%d\n",
		runtime.NumCPU(), cpuModel(), runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	fmt.Fprintf(&b, "pages:   %d from %s, %.1f MB\n", len(pages), dir, float64(total)/1e6)
	fmt.Fprintf(&b, "rounds:  %d measured; cpu is the median round's CPU time (all threads), wall its wall time,\n", rounds)
	fmt.Fprintf(&b, "         MB/s and pages/s from cpu, x floor the median per-round CPU ratio (min-max)\n\n")
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "tool\tcpu/round\twall/round\tMB/s\tpages/s\tx floor\t(min-max)\tKB alloc/page\tallocs/page\tempty\twhat\t")
	for _, r := range res {
		d := r.Median()
		mid, lo, hi := r.Ratio()
		fmt.Fprintf(w, "%s\t%.0f ms\t%.0f ms\t%.1f\t%.0f\t%.2f\t(%.2f-%.2f)\t%.0f\t%.0f\t%d\t%s\t\n",
			r.Tool.Name, d.Seconds()*1000, median(r.Wall).Seconds()*1000, float64(total)/1e6/d.Seconds(), float64(len(pages))/d.Seconds(),
			mid, lo, hi, r.AllocBytes/1e3, r.Allocs, r.Empty, r.Tool.What)
	}
	w.Flush()
	return b.String()
}

// cpuModel is the first "model name" of /proc/cpuinfo, or "unknown CPU".
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
