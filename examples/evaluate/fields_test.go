package main

import "testing"

func TestNormTitle(t *testing.T) {
	for in, want := range map[string]string{
		"  ‘Always’ the\u00a0 darkest — house ": "'always' the darkest - house",
		"The ﬁnal “Word”":                       `the final "word"`,
		"ＡＢＣ":                                   "abc",
	} {
		if got := normTitle(in); got != want {
			t.Errorf("normTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameAuthors(t *testing.T) {
	for _, tc := range []struct {
		truth, pred []string
		want        bool
	}{
		{[]string{"RALPH D. RUSSO", "BOB FERRANTE"}, []string{"Bob Ferrante", "Ralph D Russo"}, true},
		{[]string{"Conan O’Brien"}, []string{"Conan O'Brien"}, true},
		{[]string{"Alexandra Tremayne-Pengelly"}, []string{"Alexandra Tremayne Pengelly"}, true},
		{nil, nil, true},
		{nil, []string{"Staff"}, false},
		{[]string{"A B"}, []string{"A B", "C D"}, false},
		{[]string{"A B", "A B"}, []string{"A B"}, true},
	} {
		if got := sameAuthors(tc.truth, tc.pred); got != tc.want {
			t.Errorf("sameAuthors(%q, %q) = %v, want %v", tc.truth, tc.pred, got, tc.want)
		}
	}
}

func TestDay(t *testing.T) {
	for in, want := range map[string]string{
		"2023-12-22":                "2023-12-22",
		"2023-12-22T23:30:00-05:00": "2023-12-22",
		"NaT":                       "",
		"":                          "",
		"2023/12/22":                "",
		"20231-12-22":               "",
	} {
		if got := day(in); got != want {
			t.Errorf("day(%q) = %q, want %q", in, got, want)
		}
	}
}
