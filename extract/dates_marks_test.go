package extract

import (
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
