package entity

import (
	"testing"
	"unicode"
)

func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWordRune(r) != want {
			t.Errorf("isWordRune(%q) = %v", r, !want)
		}
	}
}

func TestRuneTables(t *testing.T) {
	for r := rune(0); r < 1<<16+16; r++ {
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("isLetter(%U) = %v", r, got)
		}
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWordRune(r) != want {
			t.Errorf("isWordRune(%U) = %v", r, !want)
		}
	}
	for _, r := range []rune{-1, unicode.MaxRune, unicode.MaxRune + 1, 0xFFFD} {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Errorf("isLetter(%U) differs", r)
		}
	}
}
