package extract

import (
	"math/rand/v2"
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
			var b strings.Builder
			for m := rng.IntN(50); m > 0; m-- {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			text := b.String()
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
