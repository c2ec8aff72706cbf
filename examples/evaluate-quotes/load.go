package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// evalQuote is one annotation: a quoted stretch or a reported-speech
// content clause at byte offsets [Start, End) of its article's text.
type evalQuote struct {
	Text             string `json:"text"`
	Start            int    `json:"start"`
	End              int    `json:"end"`
	Kind             string `json:"kind"`
	Speaker          string `json:"speaker"`
	SpeakerAsWritten string `json:"speaker_as_written"`
	Cue              string `json:"cue"`
}

// evalArticle is one annotated article.
type evalArticle struct {
	Key    string
	Text   string // KEY.txt: title line, blank line, body
	Quotes []evalQuote
}

// loadDir reads every KEY.json of dir with its KEY.txt, sorted by key.
// (The annotation set's own loader, internal/quoteeval, validates more;
// this one reads only what scoring needs.)
func loadDir(dir string) ([]evalArticle, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []evalArticle
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var v struct {
			Quotes []evalQuote `json:"quotes"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(name), err)
		}
		txt, err := os.ReadFile(strings.TrimSuffix(name, ".json") + ".txt")
		if err != nil {
			return nil, err
		}
		a := evalArticle{Key: strings.TrimSuffix(filepath.Base(name), ".json"), Text: string(txt), Quotes: v.Quotes}
		for i, q := range a.Quotes {
			if q.Start < 0 || q.End > len(a.Text) || q.Start > q.End || a.Text[q.Start:q.End] != q.Text {
				return nil, fmt.Errorf("%s: quote %d (%.40q) is not at [%d,%d)", a.Key, i, q.Text, q.Start, q.End)
			}
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no annotated articles (KEY.json) in %s", dir)
	}
	return out, nil
}
