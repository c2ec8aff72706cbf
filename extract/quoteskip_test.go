package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

func TestMayMatter(t *testing.T) {
	ix := defaultCueIndex()
	for _, c := range []struct {
		s                 string
		reported, noQuote bool // mayMatter with reported speech, without
	}{
		{"", false, false},
		{"The minister left the capital on Monday.", false, false},
		{"The minister SAID so.", true, false},
		{"According to the minister, it rained.", true, false},
		{"She asKed why.", true, false},     // a Kelvin sign: "asK" lower-cases to "ask"
		{"SAİD the minister.", true, false}, // "SAİD" lower-cases to "said"
		{"unsaid, sayings", false, false},
		{"He joked, shouted and sang.", false, false}, // cues of quotations only
		{"He joked, shouted and sang:", true, true},   // which may introduce the next block's
		{"The list: one, two.", false, false},
	} {
		if got := ix.mayMatter(c.s, true); got != c.reported {
			t.Errorf("mayMatter(%q, true) = %v, want %v", c.s, got, c.reported)
		}
		if got := ix.mayMatter(c.s, false); got != c.noQuote {
			t.Errorf("mayMatter(%q, false) = %v, want %v", c.s, got, c.noQuote)
		}
	}
	if custom := newCueIndex([]Cue{{Forms: []string{"co-signed"}}}); !custom.mayMatter("nothing", true) {
		t.Error("mayMatter skips text for a cue that is not all letters")
	}
}

// sameQuotes checks that Quotes finds the same in d whether it skips the
// blocks mayMatter turns down or not, with and without reported speech.
func sameQuotes(t *testing.T, d *article.Doc) {
	t.Helper()
	for _, noReported := range []bool{false, true} {
		var got, want article.Article
		got.Text, want.Text = d.Text, d.Text
		if err := (QuoteRules{NoReported: noReported}).Extract(d, &got); err != nil {
			t.Fatal(err)
		}
		if err := (QuoteRules{NoReported: noReported, tokenizeAll: true}).Extract(d, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("quotes differ when blocks are skipped (NoReported %v) in %q:\n%+v\nwant\n%+v", noReported, d.Text, got.Quotes, want.Quotes)
		}
	}
}

// TestQuotesSkip checks that skipping blocks changes nothing on the test
// articles and on blocks built to need what is skipped.
func TestQuotesSkip(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("../testdata/quotes-eval/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sameQuotes(t, readBody(t, string(data)))
	}
	for _, body := range []string{
		"He called the meeting and read the statement:\n\n“We will win.”",
		"Officials said the talks went on.\n\nThey met again:\n\n“No deal,” one said.",
		"The president went on:\n\n“It is over.”\n\n“Really over.”",
	} {
		sameQuotes(t, readBody(t, body))
	}
}

// FuzzQuotesSkip checks that skipping blocks changes nothing in Quotes.
func FuzzQuotesSkip(f *testing.F) {
	for _, s := range []string{"he said\n\nno", "He went on:\n\n“Yes.”", "According to him, x.", "SAİD:\n\n“x”", "asK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		sameQuotes(t, readBody(t, s))
	})
}
