package extract

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/newsparse/newsparse/article"
)

// twitterCase is one case of the twitter-text extract.yml suite.
// Expected is a list of names, or of {hashtag|cashtag|screen_name,
// indices} objects in the *_with_indices sections.
type twitterCase struct {
	Description string    `yaml:"description"`
	Text        string    `yaml:"text"`
	Expected    yaml.Node `yaml:"expected"`
}

// indexedTag is an expected item of a *_with_indices section: a name and
// its code point indices, sign included.
type indexedTag struct {
	Hashtag    string `yaml:"hashtag"`
	Cashtag    string `yaml:"cashtag"`
	ScreenName string `yaml:"screen_name"`
	Indices    [2]int `yaml:"indices"`
}

// readTwitterText returns the cases of the twitter-text extract.yml suite
// by section.
func readTwitterText(t *testing.T) map[string][]twitterCase {
	t.Helper()
	data, err := os.ReadFile("testdata/twitter-text/extract.yml")
	if err != nil {
		t.Fatal(err)
	}
	var suite struct {
		Tests map[string][]twitterCase `yaml:"tests"`
	}
	if err := yaml.Unmarshal(data, &suite); err != nil {
		t.Fatal(err)
	}
	return suite.Tests
}

// TestTwitterTextConformance runs every case of the twitter-text sections
// for hashtags, cashtags and mentions, with and without indices. Indices
// in the suite count code points; the scanners' spans count bytes and are
// converted here.
func TestTwitterTextConformance(t *testing.T) {
	suite := readTwitterText(t)
	sections := []struct {
		name    string
		find    func(string) []article.Tag
		indices bool
	}{
		{"hashtags", FindHashtags, false},
		{"hashtags_from_astral", FindHashtags, false},
		{"hashtags_with_indices", FindHashtags, true},
		{"cashtags", FindCashtags, false},
		{"cashtags_with_indices", FindCashtags, true},
		{"mentions", FindMentions, false},
		{"mentions_with_indices", FindMentions, true},
	}
	for _, sec := range sections {
		cases := suite[sec.name]
		if len(cases) == 0 {
			t.Errorf("section %s: no cases", sec.name)
		}
		t.Logf("section %s: %d cases", sec.name, len(cases))
		t.Run(sec.name, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.Description, func(t *testing.T) {
					got := sec.find(c.Text)
					checkSpans(t, c.Text, got)
					if sec.indices {
						var want []indexedTag
						if err := c.Expected.Decode(&want); err != nil {
							t.Fatal(err)
						}
						if d := cmp.Diff(want, codePointTags(c.Text, got, sec.name)); d != "" {
							t.Errorf("%q (-want +got):\n%s", c.Text, d)
						}
						return
					}
					var want []string
					if err := c.Expected.Decode(&want); err != nil {
						t.Fatal(err)
					}
					if d := cmp.Diff(want, tagNames(got)); d != "" {
						t.Errorf("%q (-want +got):\n%s", c.Text, d)
					}
				})
			}
		})
	}
}

// TestTwitterTextLists runs the suite's section on mentions of lists
// ("@name/list"), which the mention scanner finds and FindMentions leaves
// out.
func TestTwitterTextLists(t *testing.T) {
	type listRef struct {
		ScreenName string `yaml:"screen_name"`
		ListSlug   string `yaml:"list_slug"`
		Indices    [2]int `yaml:"indices"`
	}
	cases := readTwitterText(t)["mentions_or_lists_with_indices"]
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range cases {
		t.Run(c.Description, func(t *testing.T) {
			var want []listRef
			if err := c.Expected.Decode(&want); err != nil {
				t.Fatal(err)
			}
			got := []listRef{}
			tags, lists := scanMentions(c.Text)
			for i, g := range tags {
				slug := strings.TrimPrefix(strings.TrimLeft(g.Span.Of(c.Text), "@＠"), g.Tag)
				if (slug != "") != lists[i] {
					t.Errorf("%q: list flag %v for slug %q", g.Tag, lists[i], slug)
				}
				got = append(got, listRef{g.Tag, slug, [2]int{
					utf8.RuneCountInString(c.Text[:g.Span[0]]),
					utf8.RuneCountInString(c.Text[:g.Span[1]]),
				}})
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%q (-want +got):\n%s", c.Text, d)
			}
		})
	}
}

// checkSpans checks that every tag's span covers a sign and the tag.
func checkSpans(t *testing.T, s string, tags []article.Tag) {
	t.Helper()
	for _, g := range tags {
		covered := g.Span.Of(s)
		if !g.Span.In(len(s)) || !strings.HasSuffix(covered, g.Tag) ||
			!strings.ContainsAny(strings.TrimSuffix(covered, g.Tag), "#＃@＠$") {
			t.Errorf("tag %q: span %v covers %q", g.Tag, g.Span, covered)
		}
	}
}

// tagNames returns the names of tags, [] for none.
func tagNames(tags []article.Tag) []string {
	out := []string{}
	for _, g := range tags {
		out = append(out, g.Tag)
	}
	return out
}

// codePointTags turns tags with byte spans into the suite's form with
// code point indices.
func codePointTags(s string, tags []article.Tag, section string) []indexedTag {
	out := []indexedTag{}
	for _, g := range tags {
		it := indexedTag{Indices: [2]int{
			utf8.RuneCountInString(s[:g.Span[0]]),
			utf8.RuneCountInString(s[:g.Span[1]]),
		}}
		switch {
		case strings.HasPrefix(section, "hashtags"):
			it.Hashtag = g.Tag
		case strings.HasPrefix(section, "cashtags"):
			it.Cashtag = g.Tag
		default:
			it.ScreenName = g.Tag
		}
		out = append(out, it)
	}
	return out
}

// TestTagRules covers rules beyond the suite: the choices made where
// twitter-text's ports differ, and the cases news text brings.
func TestTagRules(t *testing.T) {
	for _, c := range []struct {
		text                         string
		hashtags, mentions, cashtags []string
	}{
		// Any punctuation ends a cashtag; white space or a directional mark
		// must precede one.
		{text: "$TSLA’s rise, \"buy $AMZN\" and \u200f$AAPL", cashtags: []string{"TSLA", "AMZN", "AAPL"}},
		// A mention takes the first 20 characters of a longer name, as
		// twitter-text's expression does.
		{text: "@abcdefghijklmnopqrstuvwxyz", mentions: []string{"abcdefghijklmnopqrst"}},
		// One at sign only; a list reference is not a mention.
		{text: "@@twice @nytimes/politics @ap", mentions: []string{"ap"}},
		// Tags in brackets and quotes, and after a directional mark.
		{text: "(#Gaza) “#Peace” [@UN] \u200f#سلام", hashtags: []string{"Gaza", "Peace", "سلام"}, mentions: []string{"UN"}},
		// HTML entities and programming languages are not tags.
		{text: "R&#D, F#, C#7 and &#x27;", hashtags: []string{}},
		// A URL's fragment and path hold no tag, with or without protocol.
		{text: "https://x.com/@user#tag nytimes.com/#live www.ft.com/$FT", hashtags: []string{}, mentions: []string{}, cashtags: []string{}},
	} {
		for _, k := range []struct {
			want []string
			find func(string) []article.Tag
		}{{c.hashtags, FindHashtags}, {c.mentions, FindMentions}, {c.cashtags, FindCashtags}} {
			if k.want == nil {
				continue
			}
			got := k.find(c.text)
			checkSpans(t, c.text, got)
			if d := cmp.Diff(k.want, tagNames(got)); d != "" {
				t.Errorf("%q (-want +got):\n%s", c.text, d)
			}
		}
	}
}
