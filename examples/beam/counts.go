package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
)

// Counts are the pipeline's counters, summed over its steps.
type Counts struct {
	Read, Parsed, Failed, ReadErrors int64
	// Skipped counts the records skipped, by reason.
	Skipped map[string]int64
}

// CountsOf sums the newsparse counters of a pipeline result.
func CountsOf(r metrics.Results) Counts {
	c := Counts{Skipped: map[string]int64{}}
	for _, m := range r.AllMetrics().Counters() {
		if m.Key.Namespace != namespace {
			continue
		}
		n := m.Result()
		switch name := m.Key.Name; {
		case name == counterRead:
			c.Read += n
		case name == counterParsed:
			c.Parsed += n
		case name == counterFailed:
			c.Failed += n
		case name == counterReadErrors:
			c.ReadErrors += n
		case strings.HasPrefix(name, counterSkipped):
			c.Skipped[strings.TrimPrefix(name, counterSkipped)] += n
		}
	}
	return c
}

// String is the summary line, as warcnews prints it.
func (c Counts) String() string {
	var reasons []string
	var skipped int64
	for k, v := range c.Skipped {
		reasons = append(reasons, fmt.Sprintf("%s %d", k, v))
		skipped += v
	}
	sort.Strings(reasons)
	s := fmt.Sprintf("%d records read: %d parsed, %d skipped", c.Read, c.Parsed, skipped)
	if len(reasons) > 0 {
		s += " (" + strings.Join(reasons, ", ") + ")"
	}
	return s + fmt.Sprintf(", %d failed; %d read errors", c.Failed, c.ReadErrors)
}
