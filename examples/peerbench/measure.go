package main

import (
	"runtime"
	"slices"
	"syscall"
	"time"
)

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Result is what one tool measured over all rounds.
type Result struct {
	Tool Tool
	// Rounds is the CPU time (user and system, all threads, so garbage
	// collection included) of each measured round over all pages. On a
	// shared machine CPU time is what the tool cost; wall time also holds
	// the time other processes ran.
	Rounds []time.Duration
	// Wall is the wall-clock time of each measured round.
	Wall []time.Duration
	// Ratios is each round's time over the floor's time in that round.
	Ratios []float64
	// AllocBytes and Allocs are per page, averaged over the rounds.
	AllocBytes, Allocs float64
	// Empty counts the pages of one round with an error or no text.
	Empty int
}

// Median is the median round time.
func (r Result) Median() time.Duration { return median(r.Rounds) }

// Ratio is the median of the per-round ratios to the floor, and their
// range.
func (r Result) Ratio() (mid, lo, hi float64) {
	return median(r.Ratios), slices.Min(r.Ratios), slices.Max(r.Ratios)
}

func median[T int64 | time.Duration | float64](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Measure runs warmup unmeasured rounds, then rounds measured ones. In
// each round every tool parses every page once, one page at a time; the
// order of the tools rotates from round to round, and each tool starts
// after a garbage collection. tools[0] is the floor.
func Measure(pages [][]byte, tools []Tool, rounds, warmup int) []Result {
	res := make([]Result, len(tools))
	for i, t := range tools {
		res[i].Tool = t
	}
	var ms runtime.MemStats
	for r := -warmup; r < rounds; r++ {
		times := make([]time.Duration, len(tools))
		for k := range tools {
			i := (k + max(r, 0)) % len(tools)
			runtime.GC()
			runtime.ReadMemStats(&ms)
			bytes0, allocs0 := ms.TotalAlloc, ms.Mallocs
			empty := 0
			cpu0, start := cpuTime(), time.Now()
			for _, p := range pages {
				if n, err := tools[i].Run(p); err != nil || n == 0 {
					empty++
				}
			}
			times[i] = cpuTime() - cpu0
			wall := time.Since(start)
			runtime.ReadMemStats(&ms)
			if r < 0 {
				continue
			}
			res[i].Rounds = append(res[i].Rounds, times[i])
			res[i].Wall = append(res[i].Wall, wall)
			res[i].AllocBytes += float64(ms.TotalAlloc-bytes0) / float64(len(pages)) / float64(rounds)
			res[i].Allocs += float64(ms.Mallocs-allocs0) / float64(len(pages)) / float64(rounds)
			res[i].Empty = empty
		}
		if r < 0 {
			continue
		}
		for i := range tools {
			res[i].Ratios = append(res[i].Ratios, float64(times[i])/float64(times[0]))
		}
	}
	return res
}
