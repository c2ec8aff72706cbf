package extract

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse/article"
)

// readBody reads a plain-text body (a headline line is added) into a Doc.
func readBody(t testing.TB, body string) *article.Doc {
	t.Helper()
	var p article.Parser
	d, err := p.ReadDoc(context.Background(), strings.NewReader("Headline\n\n"+body), article.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestQuoteMarkPairs checks which stretches the scanner pairs, as the
// text between the marks of every top-level pair.
func TestQuoteMarkPairs(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
		diags    int
	}{
		{"curly", "He said “yes” and “no”.", []string{"yes", "no"}, 0},
		{"straight", `He said "yes" and "no".`, []string{"yes", "no"}, 0},
		{"nested", "“She said ‘go’ twice,” he said.", []string{"She said ‘go’ twice,"}, 0},
		{"nested straight", `"She said 'go' twice," he said.`, []string{"She said 'go' twice,"}, 0},
		{"apostrophes", "It’s the Smiths’ dog, isn’t it, from the ’90s.", nil, 0},
		{"possessive plural inside single", "‘The Russians’ plan is dead,’ he said.", []string{"The Russians’ plan is dead,"}, 0},
		{"single at end of block", "He called it ‘madness’", []string{"madness"}, 0},
		{"scare single, possessive after", "The ‘reform’ bill’s backers’ money", []string{"reform"}, 0},
		{"guillemets", "«Oui», dit-il. »Ja« sagte er.", []string{"Oui", "Ja"}, 0},
		{"german", "„Ja“, sagte er. „Nein”, sagte sie.", []string{"Ja", "Nein"}, 0},
		{"swedish", "Han sa ”ja” igen.", []string{"ja"}, 0},
		{"angle", "‹Oui› et ›Ja‹", []string{"Oui", "Ja"}, 0},
		{"corner", "他说「好」和『不』。", []string{"好", "不"}, 0},
		{"inches", `A 6'2" player with a 65" TV.`, nil, 0},
		{"inch inside quote", `"The 12" model is fast," he said.`, []string{`The 12" model is fast,`}, 0},
		{"unclosed curly", "He said “yes and left.", nil, 1},
		{"stray closer", "He left” and “came back”.", []string{"came back"}, 1},
		{"unclosed straight", `He said "yes and left.`, nil, 1},
		{"mixed close", "He said “yes\" and left.", []string{"yes"}, 0},
		{"empty", "He said “” and left.", []string{""}, 0},
		{"multi paragraph", "“One.\n\n“Two,” he said.", []string{"One.", "Two,"}, 0},
		{"multi paragraph broken", "“One.\n\nTwo.", nil, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := readBody(t, c.in)
			pairs, diags := scanQuoteMarks(d)
			var got []string
			for _, p := range pairs {
				if !p.Nested {
					got = append(got, strings.TrimSpace(p.Inner().Of(d.Text)))
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("pairs (-want +got):\n%s", diff)
			}
			if len(diags) != c.diags {
				t.Errorf("%d diagnostics %v, want %d", len(diags), diags, c.diags)
			}
		})
	}
}

// TestQuoteMarkLimits checks that hostile input stays bounded: deep
// nesting is cut off and diagnostics are capped.
func TestQuoteMarkLimits(t *testing.T) {
	d := readBody(t, strings.Repeat("“", 10000)+"x"+strings.Repeat("”", 10000))
	pairs, diags := scanQuoteMarks(d)
	if len(pairs) > maxQuoteDepth {
		t.Errorf("%d pairs from nesting, want at most %d", len(pairs), maxQuoteDepth)
	}
	if len(diags) > maxQuoteDiagnostics+1 {
		t.Errorf("%d diagnostics, want at most %d", len(diags), maxQuoteDiagnostics+1)
	}
}

// FuzzQuoteMarks checks that the scanner and the whole quote extractor
// never panic and always return well-formed, sorted, UTF-8-clean spans
// that slice to their text.
func FuzzQuoteMarks(f *testing.F) {
	for _, s := range []string{
		"“We will win,” he said. “Soon.”",
		`"It's 5'10"," she said 'twice'.`,
		"„Ja“ «non» »ja« ‹a› 「b」 『c』",
		"“One.\n\n“Two.\n\n“Three,” he said.",
		"‘The Russians’ plan’ ’90s don’t",
		"According to X, the talks “failed.” Smith, a spokesman, said the “plan” was dead, adding that it was over.",
		"” “ ” “ \" ' ‘ ’ « » ‹ ›",
	} {
		f.Add(s)
	}
	for _, path := range []string{"../testdata/witkoff-moscow.txt"} {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := readBody(t, s)
		pairs, diags := scanQuoteMarks(d)
		for _, p := range pairs {
			if !p.Open.In(len(d.Text)) || !p.Close.In(len(d.Text)) || p.Open[1] > p.Close[0] {
				t.Fatalf("bad pair %+v in %q", p, d.Text)
			}
		}
		for _, dg := range diags {
			if dg.Span != (article.Span{}) && !dg.Span.In(len(d.Text)) {
				t.Fatalf("bad diagnostic span %v", dg.Span)
			}
		}
		a := &article.Article{Text: d.Text}
		if err := Quotes(d, a); err != nil {
			t.Fatal(err)
		}
		prev := -1
		for _, q := range a.Quotes {
			if q.Span.Of(a.Text) != q.Text || q.Span[0] < prev || !utf8.ValidString(q.Text) {
				t.Fatalf("bad quote %+v in %q", q, a.Text)
			}
			prev = q.Span[0]
			if q.Speaker != nil && q.Speaker.Span.Of(a.Text) != q.Speaker.Name {
				t.Fatalf("bad speaker %+v in %q", q.Speaker, a.Text)
			}
		}
	})
}

// TestMayStartMark checks that every quotation mark starts with a byte
// mayStartMark lets through.
func TestMayStartMark(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if classify(r).fam != famNone && !mayStartMark(string(r)[0]) {
			t.Errorf("mark %q starts with a byte mayStartMark skips", r)
		}
	}
}
