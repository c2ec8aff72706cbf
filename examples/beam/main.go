// Command beam is an Apache Beam pipeline that parses news pages with
// newsparse on any Beam runner: the local Prism runner, Google Cloud
// Dataflow, Apache Flink or Apache Spark.
//
// Usage:
//
//	beam --input=GLOB[,GLOB...] --output=PREFIX [--shards=N] [beam flags]
//
// An input whose name ends in .warc or .warc.gz is a WARC crawl (such as
// Common Crawl's CC-NEWS): its HTTP 200 HTML responses are parsed exactly
// as warcnews parses them, and each gives the same JSON line. Any other
// input is JSONL, one {"url": ..., "html": ...} or {"url": ..., "text":
// ...} object per line (.gz allowed), and each line gives the line
// `newsjson -stream` writes for it. Lines go to PREFIX-SSSSS-of-NNNNN.jsonl,
// in no particular order.
//
// At the end the command prints the pipeline's counters: records read,
// parsed, failed, skipped by reason, and read errors. See README.md for
// the flags that run it on Dataflow, Flink or Spark.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	var c Config
	var inputs string
	flag.StringVar(&inputs, "input", "", "comma-separated file globs: *.warc, *.warc.gz, or JSONL (local, gs:// or s3:// paths)")
	flag.StringVar(&c.Output, "output", "", "output prefix: lines go to PREFIX-SSSSS-of-NNNNN.jsonl")
	flag.IntVar(&c.Shards, "shards", 1, "number of output files")
	flag.Int64Var(&c.MaxBytes, "max_bytes", 0, "size limit per page in bytes (0: the library default, 32 MiB)")
	flag.Parse()
	beam.Init()
	for _, in := range strings.Split(inputs, ",") {
		if in = strings.TrimSpace(in); in != "" {
			c.Inputs = append(c.Inputs, in)
		}
	}
	if len(c.Inputs) == 0 || c.Output == "" {
		fmt.Fprintln(os.Stderr, "usage: beam --input=GLOB[,GLOB...] --output=PREFIX [--shards=N] [--runner=...]")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
	if res != nil {
		fmt.Fprintln(os.Stderr, "beam:", CountsOf(res.Metrics()))
	}
}
