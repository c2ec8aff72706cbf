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

// TestFoldedTable checks lookups ignoring ASCII case, and only ASCII
// case, against a map of the lower-case words.
func TestFoldedTable(t *testing.T) {
	words := map[string]int{"a": 1, "an": 2, "and": 3, "ant": 4, "one": 5, "zz": 6, "three": 7, "third": 8}
	var ft foldedTable[int]
	for w, v := range words {
		ft.add(w, v)
	}
	for _, c := range []struct {
		w    string
		want int // 0: not found
	}{
		{"a", 1}, {"A", 1}, {"AN", 2}, {"aNd", 3}, {"ant", 4}, {"ONE", 5}, {"Zz", 6}, {"THREE", 7}, {"thirD", 8},
		{"", 0}, {"b", 0}, {"ants", 0}, {"thr", 0}, {"on\u00e9", 0}, {"@ne", 0}, {"o\x0ee", 0}, {"\u212ane", 0}, {"a-", 0},
	} {
		got, ok := ft.lookup(c.w)
		if ok != (c.want != 0) || got != c.want {
			t.Errorf("lookup(%q) = %v, %v; want %v", c.w, got, ok, c.want)
		}
	}
}
