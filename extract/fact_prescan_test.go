package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// readsNumeral reports whether the number reader, run without the
// prescan, finds a numeral in s or a plural scale word that a vague
// fact ("hundreds of") starts with.
func readsNumeral(s string) bool {
	toks := tokenize(s, nil)
	r := numReader{s: s, toks: toks}
	if len(r.numerals(nil)) > 0 {
		return true
	}
	for _, t := range toks {
		if t.kind == tkWord && t.lex.plural && (t.lex.kind == lxScale || t.lex.kind == lxHundred || t.lex.kind == lxDozen) {
			return true
		}
	}
	return false
}

func TestMayHoldNumeral(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"The minister said an end of the war was a point of pride.", false},
		{"Negative and minus, a and an, of and point.", false},
		{"Someone's turn, honestly.", false},
		{"They met 3 times.", true},
		{"Three of them met.", true},
		{"THOUSANDS came.", true},
		{"a dozen", true},
		{"half the vote", true},
		{"the first time", true},
		{"a ¾ majority", true},
		{"a ⅓ share", true},
	} {
		if got := mayHoldNumeral(c.s); got != c.want {
			t.Errorf("mayHoldNumeral(%q) = %v, want %v", c.s, got, c.want)
		}
		if !c.want && readsNumeral(c.s) {
			t.Errorf("the reader finds a numeral in %q", c.s)
		}
	}
}

// TestMayHoldNumeralLines checks the prescan against the reader on every
// line of the test articles: no line it skips holds a numeral.
func TestMayHoldNumeralLines(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Skip("no test articles")
	}
	skipped := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if mayHoldNumeral(line) {
				continue
			}
			skipped++
			if readsNumeral(line) {
				t.Errorf("%s: the prescan skips a line with a numeral: %q", f, line)
			}
		}
	}
	if skipped == 0 {
		t.Error("the prescan skipped no line")
	}
}

// FuzzMayHoldNumeral checks that the prescan skips no text the number
// reader finds a numeral in.
func FuzzMayHoldNumeral(f *testing.F) {
	for _, s := range []string{"a hundred", "hundreds of", "an ½", "minus a", "twenty-one", "one's", "x1",
		"½", "⅞", "a point of order", "FIRST", "fIfTh", "a.m.", "km2", "https://one.example/two"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if !mayHoldNumeral(s) && readsNumeral(s) {
			t.Fatalf("the prescan skips a numeral in %q", s)
		}
	})
}

// TestNumeralWord checks the filter of numeralWord against every word of
// the number vocabulary, in three cases.
func TestNumeralWord(t *testing.T) {
	for w, e := range numberLexicon {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if got := numeralWord(v); got == joiningWord(e.kind) {
				t.Errorf("numeralWord(%q) = %v", v, got)
			}
			if _, ok := lookupNumberWord(v); !ok {
				t.Errorf("lookupNumberWord(%q) finds nothing", v)
			}
		}
	}
	for _, w := range []string{"the", "then", "@ne", "o", "", "öne", "on\u00e9"} {
		if numeralWord(w) {
			t.Errorf("numeralWord(%q) = true", w)
		}
	}
}
