package entity_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
	"github.com/newsparse/newsparse/internal/golden"
)

// view is the reviewable form of a Resolution in golden files: mentions
// as the text they cover.
type view struct {
	Entities []entityView `json:"entities"`
	Headline []string     `json:"headline,omitempty"`
}

type entityView struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases,omitempty"`
	Roles    []string `json:"roles,omitempty"`
	Mentions []string `json:"mentions"`
}

// readDoc reads a plain-text article the way the parser does: the first
// line is the headline.
func readDoc(t testing.TB, input string) *article.Doc {
	t.Helper()
	var p article.Parser
	d, err := p.ReadDoc(context.Background(), strings.NewReader(input), article.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func analyze(t testing.TB, input string) (*article.Doc, *entity.Resolution) {
	d := readDoc(t, input)
	return d, entity.Analyze(d.Text, d.Sentences, d.Headline)
}

func toView(t testing.TB, d *article.Doc, r *entity.Resolution) view {
	t.Helper()
	checkInvariants(t, d.Text, r)
	v := view{Entities: []entityView{}}
	for _, e := range r.Entities {
		ev := entityView{ID: e.ID, Name: e.Name, Kind: e.Kind, Aliases: e.Aliases, Roles: e.Roles}
		for _, s := range e.Mentions {
			ev.Mentions = append(ev.Mentions, s.Of(d.Text))
		}
		v.Entities = append(v.Entities, ev)
	}
	for _, m := range r.Headline {
		s := m.Span.Of(d.Headline) + " -> "
		if m.Entity >= 0 {
			s += r.Entities[m.Entity].ID
		} else {
			s += m.Kind.String() + " (headline only)"
		}
		v.Headline = append(v.Headline, s)
	}
	return v
}

// checkInvariants checks what must hold for every text: spans lie in the
// text, entities are sorted by first mention and have unique ids, every
// mention points to an entity that lists its span.
func checkInvariants(t testing.TB, text string, r *entity.Resolution) {
	t.Helper()
	ids := map[string]bool{}
	last := -1
	for _, e := range r.Entities {
		if ids[e.ID] {
			t.Errorf("duplicate id %q", e.ID)
		}
		ids[e.ID] = true
		if len(e.Mentions) == 0 {
			t.Errorf("entity %q has no mention", e.ID)
			continue
		}
		if e.Mentions[0][0] < last {
			t.Errorf("entity %q is out of order", e.ID)
		}
		last = e.Mentions[0][0]
		if !slices.IsSortedFunc(e.Mentions, func(a, b article.Span) int { return a[0] - b[0] }) {
			t.Errorf("entity %q: mentions not sorted", e.ID)
		}
		switch e.Kind {
		case article.EntityPerson, article.EntityOrganization, article.EntityPlace, article.EntityOther:
		default:
			t.Errorf("entity %q: bad kind %q", e.ID, e.Kind)
		}
		if !strings.HasPrefix(e.ID, e.Kind+":") {
			t.Errorf("entity %q: id does not start with its kind", e.ID)
		}
	}
	for _, m := range r.Mentions {
		if !m.Span.In(len(text)) || m.Span.Len() == 0 {
			t.Fatalf("mention span %v outside text of %d bytes", m.Span, len(text))
		}
		if m.Entity < 0 || m.Entity >= len(r.Entities) || !slices.Contains(r.Entities[m.Entity].Mentions, m.Span) {
			t.Errorf("mention %q does not belong to its entity", m.Span.Of(text))
		}
	}
}

// TestCases runs the txtar cases in testdata: each .txt is an article
// whose first line is the headline, each .json its entities.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatal("no cases", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			golden.CheckCases(t, f, func(t *testing.T, input string) any {
				d, r := analyze(t, input)
				return toView(t, d, r)
			})
		})
	}
}

// TestSample checks the sample article of DESIGN.md against its golden
// file.
func TestSample(t *testing.T) {
	input := readFile(t, "testdata/witkoff-moscow.txt")
	d, r := analyze(t, input)
	golden.CheckJSON(t, "testdata/witkoff-moscow.json", toView(t, d, r))
}
