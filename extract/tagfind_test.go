package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// pathologicalTags are inputs that make naive scanners (or backtracking
// regular expressions) take quadratic time: long runs of signs, of tags
// glued together, of domain labels without a top-level domain, of URL
// paths that never end well.
func pathologicalTags(size int) map[string]string {
	rep := func(unit string) string { return strings.Repeat(unit, size/len(unit)) }
	return map[string]string{
		"hashes":          rep("#"),
		"fullwidth":       rep("＃"),
		"glued-hashtags":  rep("#a"),
		"digit-hashtags":  rep(" #1"),
		"ats":             rep("@"),
		"glued-mentions":  rep("@a"),
		"retweets":        rep("RT@"),
		"dollars":         rep("$"),
		"cashtags":        rep(" $ab.c"),
		"letters":         rep("a"),
		"accents":         rep("é"),
		"labels":          rep("a."),
		"labels-hyphens":  rep("a-b_c."),
		"protocols":       rep("http://"),
		"symbol-domains":  "http://" + rep("✪a."),
		"punycode":        rep("xn--"),
		"open-parens":     "http://a.com/" + rep("(a"),
		"nested-parens":   "http://a.com/" + rep("((a)"),
		"path-punct":      "http://a.com/" + rep("!"),
		"query-punct":     "http://a.com/?" + rep("!"),
		"urls-with-hash":  rep("a.com/#a "),
		"hashtag-in-path": "http://a.com/" + rep("#a"),
	}
}

// TestScanTagsPathological checks that the scanners finish on 1 MB of each
// pathological input and that what they find is well formed. It is not a
// timed test: a quadratic scanner would exceed the test timeout.
func TestScanTagsPathological(t *testing.T) {
	for name, s := range pathologicalTags(1 << 20) {
		t.Run(name, func(t *testing.T) {
			checkScan(t, s)
		})
	}
}

// FuzzScanTags checks that the scanners never panic and that what they find
// is well formed, on any input.
func FuzzScanTags(f *testing.F) {
	for _, s := range []string{
		"", "#", "#a", "a #b", "#a#b", "#1", "＃ｈａｓｈ", "#️⃣", "&#39;", "#カタカナ。",
		"@a @b", "RT@a", "a@b.com", "@a/list-x", "@aliceìnheiro", "＠a",
		"$A $BRK.B $TEST. $ab_cd $5", "$TSLA’s",
		"http://a.com/#b", "twitter.com/#x", "http://t.co/abc?x=1", "x.みんなです",
		"http://a.com/p_(q(r)s)", "http://✪df.ws/ejp", "\u202atwitter.com\u202c",
		"#UkraineWar #Putin #Trump2025", "\xff#a\xfe@b",
	} {
		f.Add(s)
	}
	for _, s := range pathologicalTags(64) {
		f.Add(s)
	}
	f.Fuzz(checkScan)
}

// maxRescans bounds the tags of each kind that checkScan scans again.
const maxRescans = 100

// checkScan scans s and checks the result: spans lie in s, in order and
// without overlap, on character boundaries; each tag's span covers its
// sign and its name; and each tag alone, after its sign, is found again
// (the first maxRescans of each kind).
func checkScan(t *testing.T, s string) {
	got := scanTags(s, true)
	if tags := scanTags(s, false); !reflect.DeepEqual(tags.hashtags, got.hashtags) ||
		!reflect.DeepEqual(tags.mentions, got.mentions) || !reflect.DeepEqual(tags.cashtags, got.cashtags) {
		t.Fatalf("the tags found without URLs differ: %+v, with URLs %+v", tags, got)
	}
	prev, valid := 0, utf8.ValidString(s)
	for _, sp := range got.spans {
		if !sp.In(len(s)) || sp[0] < prev || sp.Len() == 0 {
			t.Fatalf("span %v out of order or outside %d bytes (previous end %d)", sp, len(s), prev)
		}
		if valid && !utf8.ValidString(sp.Of(s)) {
			t.Fatalf("span %v cuts a character", sp)
		}
		prev = sp[1]
	}
	if n := len(got.hashtags) + len(got.mentions) + len(got.cashtags) + len(got.urls); n > len(got.spans) {
		t.Fatalf("%d items but %d spans", n, len(got.spans))
	}
	for _, kind := range []struct {
		signs string
		tags  []article.Tag
		find  func(string) []article.Tag
	}{
		{"#＃", got.hashtags, FindHashtags},
		{"@＠", got.mentions, FindMentions},
		{"$", got.cashtags, FindCashtags},
	} {
		for i, g := range kind.tags {
			sign, ok := strings.CutSuffix(g.Span.Of(s), g.Tag)
			if !ok || g.Tag == "" || sign == "" || !strings.Contains(kind.signs, sign) {
				t.Fatalf("tag %q: span %v covers %q", g.Tag, g.Span, g.Span.Of(s))
			}
			if i >= maxRescans {
				continue
			}
			if again := kind.find(sign + g.Tag); len(again) != 1 || again[0].Tag != g.Tag {
				t.Fatalf("tag %q alone gives %v", sign+g.Tag, again)
			}
		}
	}
}

// BenchmarkScanTags measures the scanners on news text and on each
// pathological input, 64 KB each.
func BenchmarkScanTags(b *testing.B) {
	const news = "Zelensky wrote on X: “Thank you @POTUS for the talks” #StandWithUkraine. " +
		"Shares of $TSLA rose 3.5% (see https://example.com/markets#live or bbc.co.uk/news). "
	inputs := pathologicalTags(64 << 10)
	inputs["news"] = strings.Repeat(news, (64<<10)/len(news))
	for name, s := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				scanTags(s, false)
			}
		})
	}
}
