package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldRef and unaccentRef are fold as it was before foldAppend: the
// reference that FuzzFold holds the faster code to.
func foldRef(s string) string {
	ascii, plain := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii, plain = false, false
			break
		}
		if 'A' <= c && c <= 'Z' || c == '.' || c == ' ' || c == '-' || c == '\'' || c == '\n' || c == '\t' {
			plain = false
		}
	}
	if plain {
		return s // already lower case, nothing to drop
	}
	if !ascii {
		s = unaccentRef(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == ' ' || r == '-' || r == '\n' || r == '\t' || r == '\u00a0':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	out := b.String()
	out = strings.TrimSuffix(out, "'s")
	return strings.TrimSuffix(out, "'")
}

func unaccentRef(s string) string {
	t := baseLetters()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '’':
			r = '\''
		case r < rune(len(t)) && t[r] != 0:
			r = t[r]
		case unicode.Is(unicode.Mn, r):
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestFoldCases(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":          "us",
		"Zelenskiy’s":   "zelenskiy",
		"São  Paulo":    "sao paulo",
		"Jean-Luc":      "jean luc",
		"Ğ":             "g",
		"ΑΘΗΝΑ":         "αθηνα",
		"the Times'":    "the times",
		"'s":            "",
		"already lower": "already lower",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzFold holds fold and foldAppend to the reference implementation.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"U.S.", "Zelenskiy’s", "São Paulo", "x'", "A\u0301b", "\xff", " -a- "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := foldRef(s)
		if got := fold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		if got := string(foldAppend([]byte("prefix"), s)); got != "prefix"+want {
			t.Errorf("foldAppend(prefix, %q) = %q, want %q", s, got, "prefix"+want)
		}
	})
}
