package article

import (
	"slices"
	"strings"
	"testing"
)

// TestTokenTable checks that every class word of the lists has its kind,
// and that other words, some sharing a length and end bytes, have none.
func TestTokenTable(t *testing.T) {
	for _, w := range weakTokens {
		if k := tokenKinds.kind(w); k != boilerWeak {
			t.Errorf("kind(%q) = %v, want weak", w, k)
		}
	}
	for _, w := range strongTokens {
		if k := tokenKinds.kind(w); k != boilerStrong {
			t.Errorf("kind(%q) = %v, want strong", w, k)
		}
	}
	for _, w := range []string{"a", "dd", "add", "tog", "times", "article", "content", "body", "container", "commentz"} {
		if k := tokenKinds.kind(w); k != boilerNone {
			t.Errorf("kind(%q) = %v, want none", w, k)
		}
	}
}

// FuzzClassKind checks classKind against the plain reading of its rules:
// a strong word anywhere, else a strong or weak whole word, else a weak
// word once "subscriber" is taken out.
func FuzzClassKind(f *testing.F) {
	for _, s := range []string{"comments-area", "disqus_thread", "share-bar", "subscriber-only", "subscribe-box",
		"ad-slot tags", "article body", "Related-Stories", "dfp", "col-md-8 kicker"} {
		f.Add(s)
	}
	plain := func(v string) boilerKind {
		v = strings.ToLower(v)
		for _, w := range strongWords {
			if strings.Contains(v, w) {
				return boilerStrong
			}
		}
		kind := boilerNone
		for _, tok := range strings.FieldsFunc(v, isClassSep) {
			if slices.Contains(strongTokens, tok) {
				return boilerStrong
			}
			if slices.Contains(weakTokens, tok) {
				kind = boilerWeak
			}
		}
		if kind != boilerNone {
			return kind
		}
		for _, w := range weakWords {
			if strings.Contains(strings.ReplaceAll(v, "subscriber", ""), w) {
				return boilerWeak
			}
		}
		return boilerNone
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := classKind(v), plain(v); got != want {
			t.Errorf("classKind(%q) = %v, want %v", v, got, want)
		}
	})
}

// FuzzHiddenStyle holds hiddenStyle to the lower-case-and-drop-spaces
// reading it replaced.
func FuzzHiddenStyle(f *testing.F) {
	for _, s := range []string{"display: none", "Visibility : HIDDEN;", "color:red", "display:nonE", "d isplay:none", "DİSPLAY:none"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := strings.ReplaceAll(strings.ToLower(s), " ", "")
		want := strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
		if got := hiddenStyle(s); got != want {
			t.Errorf("hiddenStyle(%q) = %v, want %v", s, got, want)
		}
	})
}
