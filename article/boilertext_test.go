package article

import (
	"regexp"
	"testing"
)

func TestHasCopyrightYear(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"© 2024 the daily planet", true},
		{"copyright 1999 acme news", true},
		{"(c)2023 all rights", true},
		{"text ©\n\t2021", true},
		{"copyright © 2020", true}, // the year follows the second mark
		{"copyright law of 2019", false},
		{"© 1850 museum", false},
		{"(c) 20", false},
		{"the (c)ase of 2020", false},
		{"copyright", false},
		{"", false},
	}
	for _, c := range cases {
		if got := hasCopyrightYear(c.in); got != c.want {
			t.Errorf("hasCopyrightYear(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// FuzzHasCopyrightYear checks the byte scan against the regular
// expression it replaced, on lower-cased text.
func FuzzHasCopyrightYear(f *testing.F) {
	re := regexp.MustCompile(`(?:©|\(c\)|copyright)\s*(?:19|20)\d\d`)
	for _, s := range []string{"© 2024", "copyright1999", "(c) 20x1", "ccopyright  2000", "©©2001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasCopyrightYear(s), re.MatchString(s); got != want {
			t.Errorf("hasCopyrightYear(%q) = %v, regexp says %v", s, got, want)
		}
	})
}
