package entity_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// FuzzAnalyze checks that no input panics or breaks the invariants, with
// the parser's sentences and with none.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Headline\nRussian President Vladimir Putin met U.S. envoy Steve Witkoff. Putin’s aide, Yuri Ushakov, spoke.",
		"The Korean Central News Agency (KCNA) said. KCNA's report; the U.S.-based firm's CEO.",
		"A&M O'Brien D.C. F. 's ' ’ Jong-un Mr. Dr. (X) “Quote” — ‘ “",
		"What Happened at the Meeting?\n\nHowever, nothing.",
		"", "'", "’s", "A", "U.", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "?")
		}
		r := entity.Analyze(s, nil, s)
		checkInvariants(t, s, r)
		for _, m := range r.Headline {
			if !m.Span.In(len(s)) {
				t.Fatalf("headline span %v outside %d bytes", m.Span, len(s))
			}
		}
		for i := 0; i <= len(s); i += 1 + len(s)/8 {
			if _, c := r.Antecedent(i, "he"); c < 0 || c > 1 {
				t.Fatalf("confidence %v", c)
			}
		}
		d := readDoc(t, s)
		checkInvariants(t, d.Text, entity.Analyze(d.Text, d.Sentences, d.Headline))
		// Sentences that do not cover the text, overlap or are out of order
		// must not break it either.
		bad := []article.Span{{len(s), len(s) + 5}, {0, len(s) / 2}, {0, len(s)}}
		checkInvariants(t, s, entity.Analyze(s, bad, ""))
	})
}
