package extract

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsparse/newsparse/article"
)

// sampleEntities stands in for the entities extractor on the sample
// article: it finds each name (and its short forms) as whole words.
func sampleEntities(_ *article.Doc, a *article.Article) error {
	type ent struct{ id, name, kind, forms string }
	for _, e := range []ent{
		{"person:vladimir-putin", "Vladimir Putin", article.EntityPerson, `Vladimir Putin|Putin`},
		{"person:steve-witkoff", "Steve Witkoff", article.EntityPerson, `Steve Witkoff|Witkoff`},
		{"organization:kremlin", "Kremlin", article.EntityOrganization, `Kremlin`},
		{"person:donald-trump", "Donald Trump", article.EntityPerson, `Donald Trump|Trump`},
		{"place:russia", "Russia", article.EntityPlace, `Russia`},
		{"person:yuri-ushakov", "Yuri Ushakov", article.EntityPerson, `Yuri Ushakov`},
		{"person:kirill-dmitriev", "Kirill Dmitriev", article.EntityPerson, `Kirill Dmitriev`},
		{"person:volodymyr-zelenskiy", "Volodymyr Zelenskiy", article.EntityPerson, `Volodymyr Zelenskiy|Zelenskiy`},
		{"person:andriy-yermak", "Andriy Yermak", article.EntityPerson, `Andriy Yermak`},
	} {
		re := regexp.MustCompile(`\b(?:` + e.forms + `)\b`)
		x := article.Entity{ID: e.id, Name: e.name, Kind: e.kind}
		for _, m := range re.FindAllStringIndex(a.Text, -1) {
			x.Mentions = append(x.Mentions, article.Span{m[0], m[1]})
		}
		a.Entities = append(a.Entities, x)
	}
	slices.SortStableFunc(a.Entities, func(x, y article.Entity) int { return x.Mentions[0][0] - y.Mentions[0][0] })
	return nil
}

// TestSampleQuotes checks every quotation of the sample article and the
// reported speech the issue names, with speakers, roles and cues, and
// the speakers' entities when entities exist.
func TestSampleQuotes(t *testing.T) {
	b, err := os.ReadFile("../testdata/witkoff-moscow.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := string(b[strings.IndexByte(string(b), '\n')+1:])
	a := parseQuotes(t, body, sampleEntities, Quotes)

	type quote struct{ Text, Kind, Cue, Speaker, Role, Entity string }
	var quoted, reported []quote
	for _, q := range a.Quotes {
		v := quote{Text: q.Text, Kind: q.Kind, Cue: q.Cue}
		if s := q.Speaker; s != nil {
			v.Speaker, v.Role, v.Entity = s.Name, s.Role, s.Entity
		}
		if q.Kind == article.QuoteIndirect {
			v.Text = strings.Join(strings.Fields(v.Text)[:3], " ")
			reported = append(reported, v)
		} else {
			quoted = append(quoted, v)
		}
	}
	wantQuoted := []quote{
		{"useful and constructive", "partial", "called", "the Kremlin", "", "organization:kremlin"},
		{"signals", "partial", "", "", "", ""},
		{"Dialogue will prevail.", "direct", "posted", "Kirill Dmitriev", "One Russian official", "person:kirill-dmitriev"},
		{"The war must stop, and for now this is on Russia.", "direct", "posted", "Andriy Yermak", "Zelenskiy’s chief of staff", "person:andriy-yermak"},
		{"disgusting", "partial", "called", "Trump", "", "person:donald-trump"},
	}
	if d := cmp.Diff(wantQuoted, quoted); d != "" {
		t.Errorf("quotations (-want +got):\n%s", d)
	}
	// The reported speech the issue names, by the first three words of
	// its content; other reported speech may be found as well.
	wantReported := []quote{
		{"Russia to move", "indirect", "warned", "Trump", "", "person:donald-trump"},
		{"the discussion also", "indirect", "said", "Yuri Ushakov", "one of Putin’s top aides", "person:yuri-ushakov"},
		{"it’s not clear", "indirect", "says", "The Kremlin", "", "organization:kremlin"},
		{"the Kremlin may", "indirect", "According to", "Bloomberg and Russian outlet The Bell", "", ""},
		{"nothing short of", "indirect", "say", "Volodymyr Zelenskiy", "Ukraine’s President", "person:volodymyr-zelenskiy"},
		{"it was hitting", "indirect", "claimed", "Russia", "", "place:russia"},
	}
	for _, w := range wantReported {
		found := false
		for _, g := range reported {
			if g.Speaker == w.Speaker && g.Cue == w.Cue {
				found = true
				if d := cmp.Diff(w, g); d != "" {
					t.Errorf("reported speech by %s (-want +got):\n%s", w.Speaker, d)
				}
			}
		}
		if !found {
			t.Errorf("no reported speech by %s (%q); got %+v", w.Speaker, w.Cue, reported)
		}
	}
	// The pronoun in "he didn’t reveal specifics, noting that …" is
	// Ushakov, the person named before it (Putin’s is a possessive).
	for _, g := range reported {
		if g.Speaker == "he" && g.Entity != "person:yuri-ushakov" {
			t.Errorf("“he” resolved to %q, want person:yuri-ushakov", g.Entity)
		}
	}
}
