package entity_test

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/entity"
)

// BenchmarkAnalyze measures the recognizer and resolver on the sample
// article, and on forty copies of it in one text to show the cost grows
// linearly with the text.
func BenchmarkAnalyze(b *testing.B) {
	input := readFile(b, "testdata/witkoff-moscow.txt")
	for _, tc := range []struct {
		name string
		text string
	}{
		{"sample", input},
		{"sample-x40", input + strings.Repeat("\n\n"+input[strings.IndexByte(input, '\n')+1:], 39)},
		// The worst shapes for a name finder: one endless run of capitals
		// and connectors, and an endless list of names.
		{"capitals", "H\n" + strings.Repeat("President Of The United States And Museum Of Art For ", 4000)},
		{"list", "H\n" + strings.Repeat("Anna Smith, Bob Jones and ", 6000)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			d := readDoc(b, tc.text)
			entity.Analyze(d.Text, d.Sentences, d.Headline) // load the gazetteers
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for b.Loop() {
				entity.Analyze(d.Text, d.Sentences, d.Headline)
			}
		})
	}
}
