package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	got := words("Hello, wörld_1 x2—ok! 北京 (2019)")
	want := []string{"Hello", "wörld_1", "x2", "ok", "北京", "2019"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("words (-want +got):\n%s", d)
	}
}

func TestShingles(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]int
	}{
		{"a b c d e", map[string]int{"a\x00b\x00c\x00d": 1, "b\x00c\x00d\x00e": 1}},
		{"a b", map[string]int{"a\x00b": 1}}, // shorter than a shingle: one short shingle
		{"", map[string]int{}},
		{"... !", map[string]int{}},
		{"a b c d a b c d", map[string]int{"a\x00b\x00c\x00d": 2, "b\x00c\x00d\x00a": 1, "c\x00d\x00a\x00b": 1, "d\x00a\x00b\x00c": 1}},
	} {
		if d := cmp.Diff(tc.want, shingles(tc.in)); d != "" {
			t.Errorf("shingles(%q) (-want +got):\n%s", tc.in, d)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMatchBody(t *testing.T) {
	for _, tc := range []struct {
		truth, pred string
		p, r        float64
		hasP, hasR  bool
	}{
		// truth has abcd and bcde, the prediction only abcd.
		{"a b c d e", "a b c d", 1, 0.5, true, true},
		// abcd twice in the truth, once predicted: 1 of 5 true shingles.
		{"a b c d a b c d", "a b c d", 1, 0.2, true, true},
		// one of four predicted shingles is in the truth.
		{"a b c d", "x a b c d y z", 1.0 / 4, 1, true, true},
		{"a b c d", "a b c d", 1, 1, true, true},
		// empty prediction: recall only.
		{"a b c d", "", 0, 0, false, true},
		// empty truth: precision only.
		{"", "a b c d", 0, 0, true, false},
		{"", "", 0, 0, false, false},
	} {
		c := matchBody(tc.truth, tc.pred)
		p, okP := c.precision()
		r, okR := c.recall()
		if okP != tc.hasP || okR != tc.hasR || !near(p, tc.p) || !near(r, tc.r) {
			t.Errorf("matchBody(%q, %q): precision %v (%v) recall %v (%v), want %v (%v) and %v (%v)",
				tc.truth, tc.pred, p, okP, r, okR, tc.p, tc.hasP, tc.r, tc.hasR)
		}
		if s := c.tp + c.fp + c.fn; s != 0 && !near(s, 1) {
			t.Errorf("matchBody(%q, %q): counts sum to %v, want 1", tc.truth, tc.pred, s)
		}
	}
}

func TestScoreBodies(t *testing.T) {
	s := scoreBodies([]counts{
		matchBody("a b c d e", "a b c d"), // precision 1, recall 0.5
		matchBody("a b c d", ""),          // recall 0, no precision
		matchBody("", "a b c d"),          // precision 0, no recall
	})
	if !near(s.precision, 0.5) || !near(s.recall, 0.25) || !near(s.f1, 1.0/3) || s.pages != 3 {
		t.Errorf("scoreBodies = %+v, want precision 0.5, recall 0.25, F1 1/3, 3 pages", s)
	}
	if s := scoreBodies(nil); s.f1 != 0 {
		t.Errorf("scoreBodies(nil) = %+v, want zero", s)
	}
}

func TestUnmatched(t *testing.T) {
	got := unmatched("a b c d e f g h share this", "a b c d e f g h")
	if d := cmp.Diff([]string{"share this"}, got); d != "" {
		t.Errorf("unmatched (-want +got):\n%s", d)
	}
}
