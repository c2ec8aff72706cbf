package article

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"testing/iotest"
)

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

// TestReadChunks checks readChunks against the input and its limit at the
// sizes where chunks begin and end, through a reader that returns a few
// bytes a call.
func TestReadChunks(t *testing.T) {
	for _, n := range []int{0, 1, firstChunk - 1, firstChunk, firstChunk + 1, 3 * firstChunk, 3*firstChunk + 1, 7*firstChunk + 5} {
		in := make([]byte, n)
		for i := range in {
			in[i] = byte('a' + i%26)
		}
		for _, limit := range []int64{int64(n), int64(n) + 1, noLimit} {
			got, err := readChunks(iotest.HalfReader(bytes.NewReader(in)), limit, firstChunk)
			if err != nil || !bytes.Equal(got, in) {
				t.Fatalf("%d bytes, limit %d: got %d bytes, err %v", n, limit, len(got), err)
			}
		}
		if n > 0 {
			if _, err := readChunks(bytes.NewReader(in), int64(n)-1, firstChunk); !errors.Is(err, ErrTooLarge) {
				t.Fatalf("%d bytes, limit %d: err %v, want ErrTooLarge", n, n-1, err)
			}
		}
	}
	broken := errors.New("broken")
	r := io.MultiReader(bytes.NewReader(make([]byte, firstChunk+3)), iotest.ErrReader(broken))
	if _, err := readChunks(r, noLimit, firstChunk); !errors.Is(err, broken) {
		t.Errorf("read error: err %v, want it wrapped", err)
	}
}
