package extract

import (
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/internal/golden"
)

// entitiesOf returns an extractor that fills a.Entities with the given
// entities, their mentions found as whole words of their forms.
func entitiesOf(es ...article.Entity) article.Extractor {
	return func(_ *article.Doc, a *article.Article) error {
		for _, e := range es {
			forms := append([]string{e.Name}, e.Aliases...)
			e.Mentions = nil
			for _, f := range forms {
				for _, m := range regexp.MustCompile(`\b`+regexp.QuoteMeta(f)+`\b`).FindAllStringIndex(a.Text, -1) {
					e.Mentions = append(e.Mentions, article.Span{m[0], m[1]})
				}
			}
			if len(e.Mentions) == 0 {
				continue
			}
			slices.SortFunc(e.Mentions, func(x, y article.Span) int { return x[0] - y[0] })
			e.Mentions = slices.Compact(e.Mentions)
			a.Entities = append(a.Entities, e)
		}
		slices.SortStableFunc(a.Entities, func(x, y article.Entity) int { return x.Mentions[0][0] - y.Mentions[0][0] })
		return nil
	}
}

func person(id, name string, aliases ...string) article.Entity {
	return article.Entity{ID: id, Name: name, Kind: article.EntityPerson, Aliases: aliases}
}

// speakerEntities returns the speaker and entity of every quote.
func speakerEntities(a *article.Article) [][2]string {
	var out [][2]string
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			out = append(out, [2]string{q.Speaker.Name, q.Speaker.Entity})
		}
	}
	return out
}

func TestSpeakerEntities(t *testing.T) {
	sunak := person("person:rishi-sunak", "Rishi Sunak", "Sunak")
	cleverly := person("person:james-cleverly", "James Cleverly", "Cleverly")
	office := article.Entity{ID: "organization:home-office", Name: "Home Office", Kind: article.EntityOrganization}
	for _, c := range []struct {
		name     string
		body     string
		entities []article.Entity
		pronoun  func(*article.Article, article.Span) string
		want     [][2]string
	}{
		{
			name:     "mention and surname",
			body:     "Prime Minister Rishi Sunak spoke on Friday.\n\n“We will not change course,” Sunak said.\n\n“It works,” said Mr. Sunak.",
			entities: []article.Entity{sunak},
			want:     [][2]string{{"Sunak", "person:rishi-sunak"}, {"Mr. Sunak", "person:rishi-sunak"}},
		},
		{
			name:     "surname without a mention",
			body:     "Rishi Sunak arrived. “We will not change course,” Sunak said.",
			entities: []article.Entity{person("person:rishi-sunak", "Rishi Sunak")},
			want:     [][2]string{{"Sunak", "person:rishi-sunak"}},
		},
		{
			name:     "organisation with the",
			body:     "The Home Office published the rules.\n\n“The threshold will rise,” the Home Office said.",
			entities: []article.Entity{office},
			want:     [][2]string{{"the Home Office", "organization:home-office"}},
		},
		{
			name:     "pronoun takes the person named last, not a possessive",
			body:     "James Cleverly met Rishi Sunak’s aides on Friday. “We agreed,” he said.",
			entities: []article.Entity{sunak, cleverly},
			want:     [][2]string{{"he", "person:james-cleverly"}},
		},
		{
			name:     "pronoun skips names inside quotations",
			body:     "“I spoke to Rishi Sunak,” James Cleverly said.\n\n“He agreed,” he added.",
			entities: []article.Entity{sunak, cleverly},
			want:     [][2]string{{"James Cleverly", "person:james-cleverly"}, {"he", "person:james-cleverly"}},
		},
		{
			name:     "title refers to the person last given it",
			body:     "Prime Minister Rishi Sunak visited Lincolnshire.\n\n“We are phasing it in,” the prime minister said.",
			entities: []article.Entity{sunak},
			want:     [][2]string{{"the prime minister", "person:rishi-sunak"}},
		},
		{
			name:     "title from an entity's roles",
			body:     "“We are phasing it in,” the prime minister said. Sunak left.",
			entities: []article.Entity{{ID: "person:rishi-sunak", Name: "Rishi Sunak", Kind: article.EntityPerson, Aliases: []string{"Sunak"}, Roles: []string{"Prime Minister"}}},
			want:     [][2]string{{"the prime minister", "person:rishi-sunak"}},
		},
		{
			name:     "a definite description refers back like a pronoun",
			body:     "James Cleverly, 25, was in the room.\n\n“It was chaos,” the 25-year-old told reporters.",
			entities: []article.Entity{cleverly},
			want:     [][2]string{{"the 25-year-old", "person:james-cleverly"}},
		},
		{
			name:     "custom pronoun resolver, unknown ids dropped",
			body:     "James Cleverly spoke. “We agreed,” he said. “We did not,” she said.",
			entities: []article.Entity{cleverly},
			pronoun: func(a *article.Article, at article.Span) string {
				if at.Of(a.Text) == "he" {
					return "person:james-cleverly"
				}
				return "person:nobody"
			},
			want: [][2]string{{"he", "person:james-cleverly"}, {"she", ""}},
		},
		{
			name: "no entities, no ids",
			body: "“We agreed,” he said.",
			want: [][2]string{{"he", ""}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			rules := QuoteRules{Pronoun: c.pronoun}
			a := parseQuotes(t, c.body, entitiesOf(c.entities...), rules.Extract)
			if d := cmp.Diff(c.want, speakerEntities(a)); d != "" {
				t.Errorf("speakers (-want +got):\n%s", d)
			}
		})
	}
}

// speakerView is what a resolved-speaker case states of one quote.
type speakerView struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Entity  string `json:"entity,omitempty"`
}

// TestSpeakerCases runs Entities then Quotes on the cases in
// testdata/speakers: speakers that refer back without a name (titles,
// role and organisation nouns, pronouns) resolved to the entities the
// entity package finds.
func TestSpeakerCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/speakers/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			golden.CheckCases(t, f, func(t *testing.T, in string) any {
				a := parseQuotes(t, in, Entities, Quotes)
				out := []speakerView{}
				for _, q := range a.Quotes {
					v := speakerView{Text: q.Text}
					if s := q.Speaker; s != nil {
						v.Speaker, v.Entity = s.Name, s.Entity
					}
					out = append(out, v)
				}
				return out
			})
		})
	}
}
