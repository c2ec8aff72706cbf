package article

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// FuzzRegexpHints checks that each cheap test before a block regular
// expression holds wherever the expression matches: the test may let a
// block through needlessly, never hold one back.
func FuzzRegexpHints(f *testing.F) {
	for _, s := range []string{
		"Tel. 202-628-8500", "202 628 8500 FAX", "PHONE: (555) 123 4567", "Image 3 of 12", "ſlide 1/4",
		"Tags: politics", "keywords: x", "Reach her at jo@example.com", "She can be REACHED at 555",
		"Follow us on X", "Write to the editor", "© Acme", "https://x.y", "INſTAGRAM", "FACEBOOK",
		"all rights reserved", "Reporting by Jo; Editing by Al", "Contact: desk", "newſletter",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lower := strings.ToLower(s)
		if addressRE.MatchString(s) && !mayBeAddress(lower) {
			t.Errorf("addressRE matches %q, mayBeAddress says no", s)
		}
		if contactRE.MatchString(s) && !mayBeContact(s) {
			t.Errorf("contactRE matches %q, mayBeContact says no", s)
		}
		if galleryRE.MatchString(s) && !mayBeGallery(s) {
			t.Errorf("galleryRE matches %q, mayBeGallery says no", s)
		}
		if tagListRE.MatchString(lower) && !mayBeTagList(lower) {
			t.Errorf("tagListRE matches %q, mayBeTagList says no", lower)
		}
		if tailRE.MatchString(s) && !tailHints.in(lower) {
			t.Errorf("tailRE matches %q, tailHints says no", s)
		}
	})
}

// FuzzLowerKeys checks that lowerKeys lower-cases as strings.ToLower does
// and counts runes as utf8.RuneCountInString does, invalid UTF-8 included.
func FuzzLowerKeys(f *testing.F) {
	for _, s := range []string{"", "Hello, World", "İstanbul ÆØÅ", "\u212a\u017f", "Ⱥ", "a\xffB\xc3", "“Quoted” — Text",
		"a long line of lower case, then Capitals at 35 and @[Z] [`{] near them, then ünicode at the end"} {
		f.Add(s, "Second BLOCK")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		keys, runes := lowerKeys([]rawBlock{{text: a}, {text: b}})
		for i, s := range []string{a, b} {
			if keys[i] != strings.ToLower(s) || runes[i] != utf8.RuneCountInString(s) {
				t.Fatalf("lowerKeys(%q) = %q, %d; want %q, %d", s, keys[i], runes[i], strings.ToLower(s), utf8.RuneCountInString(s))
			}
		}
	})
}

// TestCaseless checks every rune that caseless names against
// unicode.ToLower.
func TestCaseless(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if caseless(r) && unicode.ToLower(r) != r {
			t.Errorf("caseless(%U), but unicode.ToLower gives %U", r, unicode.ToLower(r))
		}
	}
}
