package main

import (
	"os"
	"path/filepath"
	"strings"
)

// isQuoteSet reports whether dir is a hand-annotated quote set (see
// internal/quoteeval): KEY.json annotations, each beside its KEY.txt
// article, and none of the other layouts' label files.
func isQuoteSet(dir string) bool {
	for _, name := range []string{"ground-truth.json", "articles.json", gumFileName} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return false
		}
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, n := range names {
		if st, err := os.Stat(strings.TrimSuffix(n, ".json") + ".txt"); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}
