package entity

import (
	"strings"
	"testing"
)

// contractionRef is contraction as it was before it took the lower-case
// form: the reference the faster code is held to.
func contractionRef(w string) bool {
	lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	for _, suf := range []string{"'m", "'ve", "'ll", "'re", "'d", "n't"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return lw == "theres" || lw == "im" || lw == "ive"
}

func TestContraction(t *testing.T) {
	for _, w := range []string{"I’m", "I'm", "We’ve", "They'll", "You’re", "She’d", "Don't", "WON’T",
		"Theres", "Im", "IVE", "Ive", "n't", "’m", "Iran", "Madrid", "Can", "Nt", "N’T", "Ltd", "Anne’s", "İM", "Ma’am", "Pro-Am", ""} {
		if got, want := contraction(strings.ToLower(w)), contractionRef(w); got != want {
			t.Errorf("contraction(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzContraction(f *testing.F) {
	for _, w := range []string{"I’m", "Don't", "Theres", "Iran"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := contraction(strings.ToLower(w)), contractionRef(w); got != want {
			t.Errorf("contraction(%q) = %v, want %v", w, got, want)
		}
	})
}
