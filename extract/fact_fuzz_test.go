package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// FuzzReadFacts feeds the number reader any text: it must not panic, and
// every fact must lie in the text, slice to its own text, come after the
// one before it and carry a kind and a bound of the contract.
func FuzzReadFacts(f *testing.F) {
	for _, s := range []string{
		"At least 72 people were killed.",
		"nearly three hours, over three and a half years, two days",
		"one hundred and thirty and two fifths; a hundred trillionths; ninety - five hundred-fifths",
		"$5-10 million, £3.4m, USD 200 million and 150 EUR, 3 dollars 50 cents",
		"between 20 and 30 km; more than 10 and less than 20; 200 or greater than 190",
		"1.1^--23, 6.23x10^-4, 12,34,567.89, 1.111,11, 40\u202f000, 192.168.1.2",
		"#Trump2025 https://x.com/1 G7 COVID-19 Aug. 6 10:30 +1 212-555-1234 No. 1",
		"½ ¾ 2-1/2 10 ½ -4/5 − 3 °C 40C 5 ft 2 in 10km/hr",
		strings.Repeat("one ", 100) + "fifth",
		strings.Repeat("1,", 50) + "5",
		strings.Repeat("Over 3,000 troops, $5-10 million and 40C; ", 300), // read in chunks
	} {
		f.Add(s)
	}
	kinds := map[string]bool{article.FactNumber: true, article.FactOrdinal: true, article.FactPercent: true,
		article.FactMoney: true, article.FactQuantity: true, article.FactDuration: true, article.FactCount: true,
		article.FactYear: true}
	bounds := map[string]bool{article.BoundExact: true, article.BoundApprox: true, article.BoundAtLeast: true,
		article.BoundMoreThan: true, article.BoundAtMost: true, article.BoundLessThan: true}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		prev := -1
		for _, x := range ReadFacts(s) {
			if !x.Span.In(len(s)) || x.Span.Of(s) != x.Text || x.Text == "" {
				t.Fatalf("fact %q has span %v in %q", x.Text, x.Span, s)
			}
			if x.Span[0] < prev {
				t.Fatalf("facts out of order in %q", s)
			}
			prev = x.Span[1]
			if !kinds[x.Kind] || !bounds[x.Bound] {
				t.Fatalf("fact %q: kind %q bound %q", x.Text, x.Kind, x.Bound)
			}
			if x.Max != nil && *x.Max <= x.Value {
				t.Fatalf("fact %q: range %v..%v", x.Text, x.Value, *x.Max)
			}
		}
	})
}
