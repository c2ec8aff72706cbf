package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestMarksDate checks the one-pass reading of class and id values
// against lower-casing them and searching for each word.
func TestMarksDate(t *testing.T) {
	want := func(v string) bool {
		lv := strings.ToLower(v)
		for _, w := range []string{"date", "time", "publish", "posted", "byline", "dateline"} {
			if strings.Contains(lv, w) {
				return true
			}
		}
		return false
	}
	for _, v := range []string{
		"", "d", "dat", "date", "ArticleDate", "entry-TIME", "Published-At", "wp-posted-on", "by-line",
		"BYLINE", "post", "timeline", "tİme", "datum", "Ärztezeit", "\xffdate", "da\xfcte", "publis",
		"header__dateline", "pdate", "update", "𝐝ate",
	} {
		if got := marksDate(v); got != want(v) {
			t.Errorf("marksDate(%q) = %v, want %v", v, got, want(v))
		}
	}
}

// TestDateScanTail checks the tail rebuilt from the recent texts against
// one kept up to date at every text, on random texts.
func TestDateScanTail(t *testing.T) {
	pieces := []string{"a", "Posted", " ", "  ", "\n", "\u00a0", "é", "日本", "\xff", "Updated on", "12", ",", "\t"}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		s := &dateScan{afterH1: -1}
		var want []byte
		for k := rng.IntN(60); k > 0; k-- {
			text := randomText(rng, pieces, 50)
			s.text(text)
			if tt := strings.TrimSpace(text); tt != "" {
				if len(tt) > 2*maxLabelGap {
					tt = tt[len(tt)-2*maxLabelGap:]
				}
				want = appendCollapsed(want, tt)
				if len(want) > maxLabelGap {
					want = want[len(want)-maxLabelGap:]
				}
			}
			if got := s.tail(); got != string(want) {
				t.Fatalf("round %d: tail %q, want %q", round, got, want)
			}
		}
	}
}

// TestNamesMonth checks that no text namesMonth turns down gives a
// named month to the regexps of the named date forms.
func TestNamesMonth(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Dec 21, 2023", true}, {"21 DEC 2023", true}, {"the 5th of june 2020", true}, {"(Sept. 3, 2021)", true},
		{"ſep 5, 2023", false}, {"xdec 5, 2023", false}, {"_jan 1 2020", false}, {"9mar 2020", false},
		{"de 5, 2023", false}, {"", false}, {"jun", true}, {"ju", false},
	} {
		if got := namesMonth(c.s); got != c.want {
			t.Errorf("namesMonth(%q) = %v, want %v", c.s, got, c.want)
		}
		if namesMonth(c.s) {
			continue
		}
		for _, re := range []*regexp.Regexp{monthDayYearRE, dayMonthYearRE} {
			for _, m := range re.FindAllStringSubmatch(c.s, -1) {
				for _, g := range m[1:3] {
					if len(g) >= 3 && monthNumber[strings.ToLower(g[:3])] != 0 {
						t.Errorf("%q: %v names month %q", c.s, re, g)
					}
				}
			}
		}
	}
}

// TestCleanSpace checks cleanSpace and collapseSpace against splitting
// into fields and joining them.
func TestCleanSpace(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "  ", "\n", "\t", "\v", "\u00a0", "\u2009", "\u3000", "\u0085", "é", "\xff", "\xe2\x80", "日本", ""}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 2000; round++ {
		s := randomText(rng, pieces, 8)
		want := strings.Join(strings.Fields(s), " ")
		if got := cleanSpace(s); got != want {
			t.Fatalf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
		if got := collapseSpace([]byte(s)); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
