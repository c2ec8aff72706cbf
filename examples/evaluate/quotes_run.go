package main

import (
	"os"
	"path/filepath"

	"github.com/newsparse/newsparse/internal/quoteeval"
)

// isQuoteSet reports whether dir is a hand-annotated quote set (see
// internal/quoteeval) and holds none of the other layouts' label files.
func isQuoteSet(dir string) bool {
	for _, name := range []string{"ground-truth.json", "articles.json", gumFileName} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return false
		}
	}
	return quoteeval.Holds(dir)
}
