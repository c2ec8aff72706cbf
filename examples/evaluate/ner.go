package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// gumDoc is one document of the GUM news layout (gum_news_mentions.jsonl).
type gumDoc struct {
	Doc      string       `json:"doc"`
	Title    string       `json:"title"`
	Text     string       `json:"text"`
	Mentions []gumMention `json:"mentions"`
}

// gumMention is one gold mention: UTF-8 byte offsets into the text, the
// head token's span, the type (PER, ORG, LOC, EVENT) and the mention kind
// (name, nominal, pronoun, title, group).
type gumMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Head  [2]int `json:"head"`
	Type  string `json:"type"`
	Kind  string `json:"kind"`
}

// gumKinds maps GUM types to our kinds.
var gumKinds = map[string]string{
	"PER": article.EntityPerson, "ORG": article.EntityOrganization,
	"LOC": article.EntityPlace, "EVENT": article.EntityOther,
}

// readGUM reads the documents of a gum_news_mentions.jsonl file.
func readGUM(path string) ([]gumDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []gumDoc
	r := bufio.NewReader(f)
	dec := json.NewDecoder(r)
	for {
		var d gumDoc
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("evaluate-ner: %s: %w", path, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// item is a mention to match: a span, a head span (gold only) and a kind.
type item struct {
	span [2]int
	head [2]int
	kind string
	text string
}

// predict runs the parser's text reader and the entity package on one
// GUM document the way newsparse reads a plain-text article: the first
// line is the headline, the rest the body. It returns the mentions with
// spans into the GUM text.
func predict(doc gumDoc) ([]item, error) {
	p := article.Parser{}
	d, err := p.ReadDoc(context.Background(), strings.NewReader(doc.Text), article.FormatText)
	if err != nil {
		return nil, err
	}
	bodyAt := strings.Index(doc.Text, d.Text)
	if d.Text == "" || bodyAt < 0 {
		// The reader changed the text (white space): read it whole.
		r := entity.Analyze(doc.Text, nil, "")
		return items(r.Mentions, 0, doc.Text), nil
	}
	r := entity.Analyze(d.Text, d.Sentences, d.Headline)
	out := items(r.Mentions, bodyAt, doc.Text)
	if headAt := strings.Index(doc.Text, d.Headline); d.Headline != "" && headAt >= 0 && headAt < bodyAt {
		out = append(items(r.Headline, headAt, doc.Text), out...)
	}
	return out, nil
}

func items(ms []entity.Mention, at int, text string) []item {
	out := make([]item, 0, len(ms))
	for _, m := range ms {
		s := [2]int{m.Span[0] + at, m.Span[1] + at}
		out = append(out, item{span: s, kind: m.Acts.String(), text: text[s[0]:s[1]]})
	}
	return out
}

// gold returns the named gold mentions of a document.
func gold(doc gumDoc) []item {
	var out []item
	for _, m := range doc.Mentions {
		k, ok := gumKinds[m.Type]
		if !ok || m.Kind != "name" {
			continue
		}
		out = append(out, item{span: [2]int{m.Start, m.End}, head: m.Head, kind: k, text: m.Text})
	}
	return out
}

// nerCounts are true positives, false positives and false negatives.
type nerCounts struct{ tp, fp, fn int }

func (c nerCounts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (c *nerCounts) add(o nerCounts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

// matcher decides whether a prediction matches a gold mention.
type matcher func(pred, gold item) bool

// headMatch is the README's lenient rule: the prediction lies inside the
// gold mention and covers its head token.
func headMatch(p, g item) bool {
	return g.span[0] <= p.span[0] && p.span[1] <= g.span[1] && p.span[0] <= g.head[0] && g.head[1] <= p.span[1]
}

// exactMatch compares spans after stripping a leading "the " and a final
// possessive from the gold mention.
func exactMatch(p, g item) bool {
	s, e := g.span[0], g.span[1]
	t := g.text
	if strings.HasPrefix(strings.ToLower(t), "the ") {
		s += 4
		t = t[4:]
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(t, suf) {
			e -= len(suf)
			break
		}
	}
	return p.span[0] == s && p.span[1] == e
}

// match pairs predictions with gold mentions one to one (a maximum
// bipartite matching) and returns the nerCounts and the unmatched items.
func match(preds, golds []item, ok matcher) (c nerCounts, fps, fns []item) {
	adj := make([][]int, len(golds))
	for gi, g := range golds {
		for pi, p := range preds {
			if ok(p, g) {
				adj[gi] = append(adj[gi], pi)
			}
		}
	}
	owner := make([]int, len(preds))
	for i := range owner {
		owner[i] = -1
	}
	var try func(gi int, seen []bool) bool
	try = func(gi int, seen []bool) bool {
		for _, pi := range adj[gi] {
			if seen[pi] {
				continue
			}
			seen[pi] = true
			if owner[pi] < 0 || try(owner[pi], seen) {
				owner[pi] = gi
				return true
			}
		}
		return false
	}
	matched := make([]bool, len(golds))
	for gi := range golds {
		if try(gi, make([]bool, len(preds))) {
			c.tp++
		}
	}
	for pi, gi := range owner {
		if gi >= 0 {
			matched[gi] = true
		} else {
			c.fp++
			fps = append(fps, preds[pi])
		}
	}
	for gi, m := range matched {
		if !m {
			c.fn++
			fns = append(fns, golds[gi])
		}
	}
	return c, fps, fns
}

// only returns the items of the given kinds, relabelled as the first.
func only(in []item, kinds ...string) []item {
	var out []item
	for _, x := range in {
		if slices.Contains(kinds, x.kind) {
			x.kind = kinds[0]
			out = append(out, x)
		}
	}
	return out
}

// untyped gives every item the same kind.
func untyped(in []item) []item {
	out := slices.Clone(in)
	for i := range out {
		out[i].kind = "any"
	}
	return out
}
