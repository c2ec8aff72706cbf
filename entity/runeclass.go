package entity

import (
	"sync"
	"unicode"
)

// runeClasses holds, one bit a rune, which runes of the Basic
// Multilingual Plane are letters and which are word runes (see
// isWordRune). The unicode package answers above U+00FF by a binary
// search over its range tables, which costs several times a table's bit
// for the Cyrillic, Greek or Chinese text that english reads and the
// curly quotes and dashes that tokenize passes.
type runeClasses struct {
	letter, word [1 << 16 / 64]uint64
}

// runeTables returns the rune classes, built on first use.
var runeTables = sync.OnceValue(func() *runeClasses {
	c := new(runeClasses)
	for r := rune(0); r < 1<<16; r++ {
		if unicode.IsLetter(r) {
			c.letter[r/64] |= 1 << (r % 64)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			c.word[r/64] |= 1 << (r % 64)
		}
	}
	return c
})

// isLetter is unicode.IsLetter, from a table for the Basic Multilingual
// Plane.
func isLetter(r rune) bool {
	if 0 <= r && r < 1<<16 {
		return runeTables().letter[r/64]&(1<<(r%64)) != 0
	}
	return unicode.IsLetter(r)
}
