package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// findsCue reports whether findCues, run on s as one paragraph without
// quotations, finds a cue of ix.
func findsCue(ix cueIndex, s string) bool {
	var p para
	p.tokenize(s, article.Span{0, len(s)}, nil, 0, nil, 0)
	p.findCues(ix)
	return len(p.hits) > 0
}

func TestMayHoldCue(t *testing.T) {
	ix := defaultCueIndex()
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"The minister left the capital on Monday.", false},
		{"The minister SAID so.", true},
		{"According to the minister, it rained.", true},
		{"She asKed why.", true},     // a Kelvin sign: "asK" lower-cases to "ask"
		{"SAİD the minister.", true}, // "SAİD" lower-cases to "said"
		{"unsaid, sayings", false},
	} {
		if got := ix.mayHoldCue(c.s); got != c.want {
			t.Errorf("mayHoldCue(%q) = %v, want %v", c.s, got, c.want)
		}
		if !c.want && findsCue(ix, c.s) {
			t.Errorf("findCues finds a cue in %q", c.s)
		}
	}
	if custom := newCueIndex([]Cue{{Forms: []string{"co-signed"}}}); !custom.mayHoldCue("nothing") {
		t.Error("mayHoldCue skips text for a cue that is not all letters")
	}
}

// TestMayHoldCueLines checks mayHoldCue against findCues on every line
// of the test articles.
func TestMayHoldCueLines(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("../testdata/quotes-eval/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no test articles")
	}
	ix := defaultCueIndex()
	skipped := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if ix.mayHoldCue(line) {
				continue
			}
			skipped++
			if findsCue(ix, line) {
				t.Errorf("%s: mayHoldCue skips a line with a cue: %q", f, line)
			}
		}
	}
	if skipped == 0 {
		t.Error("mayHoldCue skipped no line")
	}
}

// FuzzMayHoldCue checks that mayHoldCue skips no text findCues finds a
// cue in.
func FuzzMayHoldCue(f *testing.F) {
	for _, s := range []string{"he said", "Said:", "according to", "SAYS", "said’s", "3said", "asK", "İ", "pointed out"} {
		f.Add(s)
	}
	ix := defaultCueIndex()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if !ix.mayHoldCue(s) && findsCue(ix, s) {
			t.Fatalf("mayHoldCue skips a cue in %q", s)
		}
	})
}
