package article

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/txtar"
)

// FuzzReadDoc reads arbitrary bytes as a page and checks the Doc's
// invariants: valid UTF-8 text, block spans in order inside the text and
// never crossing "\n\n", and no panic.
func FuzzReadDoc(f *testing.F) {
	if ar, err := txtar.ParseFile("testdata/content.txtar"); err == nil {
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".in") {
				f.Add(file.Data)
			}
		}
	}
	f.Add([]byte(`<div style="display:none"><p>x</p></div><table><td><td>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		var p Parser
		d, err := p.ReadDoc(context.Background(), strings.NewReader(string(page)), FormatHTML)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not valid UTF-8: %q", d.Text)
		}
		end := 0
		for _, b := range d.Blocks {
			if b.Span[0] < end || b.Span[1] < b.Span[0] || b.Span[1] > len(d.Text) {
				t.Fatalf("block span %v out of order or out of text (len %d)", b.Span, len(d.Text))
			}
			if strings.Contains(d.BlockText(b), "\n\n") {
				t.Fatalf("block %q holds a block break", d.BlockText(b))
			}
			end = b.Span[1]
		}
	})
}
