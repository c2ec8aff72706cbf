package extract

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// TestTwitterTextURLs runs every case of the twitter-text sections on
// URLs. Indices in the suite count code points.
func TestTwitterTextURLs(t *testing.T) {
	type indexedURL struct {
		URL     string `yaml:"url"`
		Indices [2]int `yaml:"indices"`
	}
	suite := readTwitterText(t)
	for _, sec := range []string{"urls", "urls_with_indices", "urls_with_directional_markers", "tco_urls_with_params"} {
		cases := suite[sec]
		if len(cases) == 0 {
			t.Errorf("section %s: no cases", sec)
		}
		t.Logf("section %s: %d cases", sec, len(cases))
		t.Run(sec, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.Description, func(t *testing.T) {
					var want []indexedURL
					if c.Expected.Decode(&want) != nil {
						var urls []string
						if err := c.Expected.Decode(&urls); err != nil {
							t.Fatal(err)
						}
						for _, u := range urls {
							want = append(want, indexedURL{URL: u})
						}
					}
					got := []indexedURL{}
					for i, sp := range urlSpans(c.Text) {
						u := indexedURL{URL: sp.Of(c.Text)}
						if i < len(want) && want[i].Indices != [2]int{} {
							u.Indices = [2]int{utf8.RuneCountInString(c.Text[:sp[0]]), utf8.RuneCountInString(c.Text[:sp[1]])}
						}
						got = append(got, u)
					}
					if want == nil {
						want = []indexedURL{}
					}
					if d := cmp.Diff(want, got); d != "" {
						t.Errorf("%q (-want +got):\n%s", c.Text, d)
					}
				})
			}
		})
	}
}

// TestTLDURLs checks, as twitter-text's tlds.yml does, that a URL on
// every known top-level domain is found whole.
func TestTLDURLs(t *testing.T) {
	data, err := os.ReadFile("testdata/twitter-text/tld_lib.yml")
	if err != nil {
		t.Fatal(err)
	}
	var lists map[string][]string
	if err := yaml.Unmarshal(data, &lists); err != nil {
		t.Fatal(err)
	}
	for _, list := range lists {
		for _, d := range list {
			s := "https://twitter." + d
			if got := urlSpans(s); len(got) != 1 || got[0].Of(s) != s {
				t.Errorf("urlSpans(%q) = %v", s, got)
			}
		}
	}
}

// TestURLSpans covers URLs as news text writes them, and look-alikes that
// are not URLs.
func TestURLSpans(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Read more at nytimes.com/2025/08/06/world/europe.html.", []string{"nytimes.com/2025/08/06/world/europe.html"}},
		{"Visit www.bbc.co.uk/news, then (https://example.org/a_(b)).", []string{"www.bbc.co.uk/news", "https://example.org/a_(b)"}},
		{"The U.S. and the E.U. agreed, e.g. on No.1 and 1.5 percent, at 3 p.m.", []string{}},
		{"Mail press@kremlin.ru or see kremlin.ru.", []string{"kremlin.ru"}},
		{"HTTPS://EXAMPLE.COM/PATH?Q=1&R=2#TOP", []string{"HTTPS://EXAMPLE.COM/PATH?Q=1&R=2#TOP"}},
		{"http://example.com:8080/x y", []string{"http://example.com:8080/x"}},
		{"localhost:3000 and http://no-tld and a.b", []string{}},
		{"café.fr/menu", []string{"café.fr/menu"}},
	} {
		got := []string{}
		for _, sp := range urlSpans(c.text) {
			got = append(got, sp.Of(c.text))
		}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, d)
		}
	}
}
