package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayOpenWithBy checks that the pre-check never hides a byline byRE
// matches.
func TestMayOpenWithBy(t *testing.T) {
	for _, s := range []string{
		"By Jane Doe", "by: Jane Doe", "Written by Jane Doe", "Story and photos BY Jane", "Von Max Muster",
		"Par Jean Dupont", "Por Ana Pérez", "di Mario Rossi", "Door Jan Jansen", "Av Kari Nordmann",
		"Af Lars Hansen", "Jane Doe", "Byline", "Reporting\tby Jane", "Écrit par Jean", "", "by",
	} {
		if byRE.MatchString(s) && !mayOpenWithBy(s) {
			t.Errorf("mayOpenWithBy(%q) = false, but byRE matches", s)
		}
	}
	if mayOpenWithBy("Jane Doe, Staff Writer") {
		t.Error(`mayOpenWithBy("Jane Doe, Staff Writer") = true`)
	}
}

// TestNamesAuthor checks namesAuthor against lower-casing ASCII letters
// and searching for each word, on random class values.
func TestNamesAuthor(t *testing.T) {
	lowerASCII := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	pieces := []string{"a", "A", "au", "thor", "AUTHOR", "by", "Line", "byline", "b", "-", " ", "İ", "\u212a", "\xff", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 5000; round++ {
		var b strings.Builder
		for k := rng.IntN(6); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		v := b.String()
		lv := lowerASCII(v)
		if want := strings.Contains(lv, "author") || strings.Contains(lv, "byline"); namesAuthor(v) != want {
			t.Fatalf("namesAuthor(%q) = %v, want %v", v, !want, want)
		}
	}
}
