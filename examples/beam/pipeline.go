package main

import (
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"

	// File systems for inputs and outputs: local paths, gs:// and s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
)

// Config is what the pipeline reads, where it writes, and its limits.
type Config struct {
	// Inputs are file globs. A glob ending in .warc or .warc.gz names
	// WARC files; any other names JSONL files.
	Inputs []string
	// Output is the prefix of the output files.
	Output string
	// Shards is the number of output files; less than 1 means 1.
	Shards int
	// MaxBytes is the size limit per page, as article.Parser.MaxBytes.
	MaxBytes int64
}

// IsWARC reports whether a glob names WARC files.
func IsWARC(glob string) bool {
	g := strings.ToLower(glob)
	return strings.HasSuffix(g, ".warc") || strings.HasSuffix(g, ".warc.gz")
}

// Build adds the pipeline to s: read every input into pages, spread the
// pages over the workers, parse each into its JSON line, and write the
// lines in c.Shards files.
func Build(s beam.Scope, c Config) {
	var pages []beam.PCollection
	for _, in := range c.Inputs {
		if IsWARC(in) {
			files := fileio.ReadMatches(s, fileio.MatchFiles(s, in), fileio.ReadUncompressed())
			pages = append(pages, beam.ParDo(s.Scope("ReadWARC"), &readWARCFn{MaxBytes: c.MaxBytes}, files))
		} else {
			lines := textio.Read(s, in)
			pages = append(pages, beam.ParDo(s.Scope("DecodeJSONL"), decodeLine, lines))
		}
	}
	all := beam.Flatten(s, pages...)
	// A WARC file is read by one worker; reshuffling spreads its pages
	// over all of them before the expensive step.
	spread := beam.Reshuffle(s, all)
	lines := beam.ParDo(s.Scope("Parse"), &parseFn{MaxBytes: c.MaxBytes}, spread)
	writeSharded(s.Scope("Write"), c.Output, max(c.Shards, 1), lines)
}
