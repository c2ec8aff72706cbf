package extract

import (
	"testing"
	"unicode"
)

// TestLetterClasses checks the fast letter classifiers against the
// Unicode tables at every code point.
func TestLetterClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isLetterRune(r), unicode.IsLetter(r); got != want {
			t.Fatalf("isLetterRune(%U) = %v, want %v", r, got, want)
		}
		if caseless(r) && unicode.ToLower(r) != r {
			t.Fatalf("caseless(%U), but unicode.ToLower changes it", r)
		}
		if got, want := isLetterOrMark(r), unicode.IsLetter(r) || unicode.IsMark(r); got != want {
			t.Fatalf("isLetterOrMark(%U) = %v, want %v", r, got, want)
		}
	}
}
