package entity

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugScores(t *testing.T) {
	f := os.Getenv("NERDEBUG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := newDocument(string(b), nil)
	d.recognize()
	d.classify()
	for _, c := range d.cands {
		fmt.Printf("%-40q %v title=%v role=%q\n", c.span.Of(d.text), c.score, c.title, c.role)
	}
}
