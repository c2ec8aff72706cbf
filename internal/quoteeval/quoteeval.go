package quoteeval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Kind is the kind of an annotated quote.
type Kind string

// The kinds of annotated quotes.
const (
	// Direct is a quoted full sentence or more.
	Direct Kind = "direct"
	// Partial is a quoted fragment inside the writer's own sentence.
	Partial Kind = "partial"
	// Indirect is reported speech without quotation marks; its text is the
	// content clause.
	Indirect Kind = "indirect"
	// None is a quoted stretch that is not speech (scare quotes, titles of
	// works, nicknames); it has no speaker.
	None Kind = "none"
)

// Valid reports whether k is one of Direct, Partial, Indirect and None.
func (k Kind) Valid() bool {
	switch k {
	case Direct, Partial, Indirect, None:
		return true
	}
	return false
}

// Quote is one annotation: a quoted stretch or a reported-speech content
// clause, located by byte offsets into the article's Text.
type Quote struct {
	// Text is the quoted words exactly as in the article, without the
	// quotation marks; for reported speech, the content clause.
	Text string `json:"text"`
	// Start and End are the byte offsets of Text in Article.Text.
	Start int  `json:"start"`
	End   int  `json:"end"`
	Kind  Kind `json:"kind"`
	// Speaker is the fullest name of the speaker in the article (for a
	// pronoun, the person it refers to; for a document, its author when
	// the article names one). Empty for Kind None.
	Speaker string `json:"speaker,omitempty"`
	// SpeakerAsWritten is the words naming the speaker at this quote's
	// attribution ("he", "Collins", "the ministry"). A quote that only
	// continues an attribution (the second half of a split quote, a
	// further paragraph of a multi-paragraph quote) carries that
	// attribution's words; a quote attributed by context alone has none.
	SpeakerAsWritten string `json:"speaker_as_written,omitempty"`
	// Cue is the attribution verb or phrase as written ("said", "told
	// reporters", "according to"), carried like SpeakerAsWritten; empty
	// for a quote attributed by context alone.
	Cue string `json:"cue,omitempty"`
	// Role is the speaker's title or description written at this
	// attribution ("Florida State President"), when there is one.
	Role string `json:"role,omitempty"`
	// Note explains an annotation decision on a hard case.
	Note string `json:"note,omitempty"`
}

// Article is one annotated article: its plain text (title line, blank
// line, body) and its quotes in order of Start.
type Article struct {
	Source string  `json:"source"`
	Key    string  `json:"key"`
	URL    string  `json:"url"`
	Site   string  `json:"site"`
	Title  string  `json:"title"`
	Quotes []Quote `json:"quotes"`
	// Text is the content of KEY.txt.
	Text string `json:"-"`
	// BodyStart is the byte offset in Text where the body begins, after
	// the title line and the blank line; quotes in the title are not
	// annotated.
	BodyStart int `json:"-"`
}

// Load reads every KEY.json in dir with its KEY.txt, sorted by key. It
// fails if a file is missing or malformed, or if an annotation does not
// fit its text: an unknown kind, offsets outside the body or not holding
// Text, or a speaker given to (or missing from) a quote.
func Load(dir string) ([]Article, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("quoteeval: %w", err)
	}
	sort.Strings(names)
	var arts []Article
	for _, name := range names {
		a, err := loadOne(name)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// textPath returns the article file beside the annotations at jsonPath.
func textPath(jsonPath string) string { return strings.TrimSuffix(jsonPath, ".json") + ".txt" }

// Holds reports whether dir holds an annotated article: a KEY.json
// beside its KEY.txt. It reads no file; Load checks them.
func Holds(dir string) bool {
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, n := range names {
		if st, err := os.Stat(textPath(n)); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}

func loadOne(jsonPath string) (Article, error) {
	var a Article
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		return a, fmt.Errorf("quoteeval: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return a, fmt.Errorf("quoteeval: %s: %w", filepath.Base(jsonPath), err)
	}
	txt, err := os.ReadFile(textPath(jsonPath))
	if err != nil {
		return a, fmt.Errorf("quoteeval: %w", err)
	}
	a.Text = string(txt)
	title, _, ok := strings.Cut(a.Text, "\n\n")
	if !ok || title != a.Title {
		return a, fmt.Errorf("quoteeval: %s: text does not start with the title and a blank line", a.Key)
	}
	a.BodyStart = len(title) + 2
	for i, q := range a.Quotes {
		if err := a.check(q); err != nil {
			return a, fmt.Errorf("quoteeval: %s: quote %d (%.40q): %w", a.Key, i, q.Text, err)
		}
	}
	return a, nil
}

func (a *Article) check(q Quote) error {
	switch {
	case !q.Kind.Valid():
		return fmt.Errorf("unknown kind %q", q.Kind)
	case q.Text == "":
		return fmt.Errorf("empty text")
	case q.Start < a.BodyStart || q.End > len(a.Text) || q.Start > q.End:
		return fmt.Errorf("offsets [%d,%d) outside the body [%d,%d)", q.Start, q.End, a.BodyStart, len(a.Text))
	case a.Text[q.Start:q.End] != q.Text:
		return fmt.Errorf("text is not at [%d,%d)", q.Start, q.End)
	case q.Kind == None && (q.Speaker != "" || q.SpeakerAsWritten != "" || q.Cue != "" || q.Role != ""):
		return fmt.Errorf("kind none has a speaker")
	case q.Kind != None && q.Speaker == "":
		return fmt.Errorf("kind %s has no speaker", q.Kind)
	}
	return nil
}

// Counts returns the number of quotes of each kind over arts.
func Counts(arts []Article) map[Kind]int {
	n := make(map[Kind]int)
	for _, a := range arts {
		for _, q := range a.Quotes {
			n[q.Kind]++
		}
	}
	return n
}
