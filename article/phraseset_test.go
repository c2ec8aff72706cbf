package article

import (
	"strings"
	"testing"
)

func TestPhraseSet(t *testing.T) {
	s := newPhraseSet("we use cookies", "affiliate link", "lead", "dfp")
	cases := []struct {
		text string
		want bool
	}{
		{"this site: we use cookies to improve it", true},
		{"affiliate link", true},
		{"a lead", true}, // at the end
		{"lea", false},
		{"a dfp slot", true},
		{"we use cookie", false},
		{"affiliate lin", false},
		{"a", false},
		{"", false},
	}
	for _, c := range cases {
		if got := s.in(c.text); got != c.want {
			t.Errorf("in(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzPhraseSet checks the set against strings.Contains over its phrases.
func FuzzPhraseSet(f *testing.F) {
	phrases := []string{"we use cookies", "use of cookies", "make a donation", "ab", "abab", "babab", "x"}
	s := newPhraseSet(phrases...)
	f.Add("we use of cookies")
	f.Add("babab")
	f.Fuzz(func(t *testing.T, text string) {
		want := false
		for _, p := range phrases {
			want = want || strings.Contains(text, p)
		}
		if got := s.in(text); got != want {
			t.Errorf("in(%q) = %v, want %v", text, got, want)
		}
	})
}
