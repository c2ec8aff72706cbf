package article

import "testing"

// TestPageWriterPieces checks that pageWriter copies an input that comes
// in pieces, running use only on the whole of it.
func TestPageWriterPieces(t *testing.T) {
	var got []byte
	w := &pageWriter{size: 6, use: func(b []byte) error { got = b; return nil }}
	w.Write([]byte("abc"))
	w.Write([]byte("def"))
	if w.used || string(w.buf) != "abcdef" || got != nil {
		t.Errorf("used %v, buf %q, use got %q", w.used, w.buf, got)
	}
	w = &pageWriter{size: 3, use: func(b []byte) error { got = b; return nil }}
	w.Write([]byte("abc"))
	if !w.used || w.buf != nil || string(got) != "abc" {
		t.Errorf("used %v, buf %q, use got %q", w.used, w.buf, got)
	}
}
