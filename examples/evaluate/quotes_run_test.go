package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIsQuoteSet(t *testing.T) {
	write := func(dir string, names ...string) {
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(dir, n), []byte("{}"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	quotes := t.TempDir()
	write(quotes, "a.json", "a.txt", "README.md")
	onlyJSON := t.TempDir()
	write(onlyJSON, "a.json")
	aeb := t.TempDir()
	write(aeb, "ground-truth.json", "x.json", "x.txt")
	for _, c := range []struct {
		dir  string
		want bool
	}{{quotes, true}, {onlyJSON, false}, {aeb, false}, {t.TempDir(), false}} {
		if got := isQuoteSet(c.dir); got != c.want {
			t.Errorf("isQuoteSet(%s) = %v, want %v", c.dir, got, c.want)
		}
	}
	if !isQuoteSet("../../testdata/quotes-eval") {
		t.Error("the project's quote set is not recognised")
	}
}
