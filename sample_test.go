package newsparse_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse"
)

// TestSampleArticle checks the structure a reader sees in the first real
// article: the headline outside the body, seven sections with their
// paragraph counts, and the closing hashtag line left out of the body.
func TestSampleArticle(t *testing.T) {
	f, err := os.Open("testdata/witkoff-moscow.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := newsparse.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	const headline = "US envoy Witkoff in Russia as Trump’s Ukraine ceasefire deadline looms"
	if a.Headline != headline {
		t.Errorf("headline = %q, want %q", a.Headline, headline)
	}
	if strings.Contains(a.Text, headline) {
		t.Error("the headline is repeated in text")
	}
	type sec struct {
		Heading    string
		Paragraphs int
	}
	var got []sec
	for _, s := range a.Sections {
		got = append(got, sec{s.Heading, len(s.Paragraphs)})
	}
	want := []sec{
		{"", 2},
		{"What Happened at the Meeting?", 3},
		{"What’s at Stake?", 2},
		{"Possible Peace Proposal?", 2},
		{"Recent Escalation", 2},
		{"Can a Deal Be Reached?", 3},
		{"Who Is Steve Witkoff?", 1},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sections (-want +got):\n%s", d)
	}
	if strings.Contains(a.Text, "#UkraineWar") {
		t.Error("the hashtag line is part of the body text")
	}
}
