package entity

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// Antecedent returns the id of the person entity that the pronoun at byte
// offset pos most likely refers to, with a confidence between 0 and 1.
// pronoun is the pronoun as written ("he", "Her", "their"); "he" forms
// take male or unknown people, "she" forms female or unknown ones, and
// "they" forms any person at half the confidence, since they more often
// refer to a group. Only people mentioned before pos, at most four
// sentences back, are considered. It returns "", 0 when there is none or
// the pronoun is not a personal one.
func (r *Resolution) Antecedent(pos int, pronoun string) (id string, confidence float64) {
	var want byte
	weight := 1.0
	switch strings.ToLower(pronoun) {
	case "he", "him", "his", "himself":
		want = 'M'
	case "she", "her", "hers", "herself":
		want = 'F'
	case "they", "them", "their", "theirs", "themselves", "themself":
		weight = 0.5
	default:
		return "", 0
	}
	here := r.sentenceAt(pos)
	best := map[int]float64{}
	for _, m := range r.Mentions {
		if m.Span[1] > pos {
			break
		}
		if m.Kind != Person {
			continue
		}
		dist := here - r.sentenceAt(m.Span[0])
		if dist > 4 || dist < 0 {
			continue
		}
		g := r.gender[m.Entity]
		if want != 0 && g != 0 && g != want {
			continue
		}
		s := math.Exp(-0.6 * float64(dist))
		if g == want && want != 0 {
			s *= 1.2
		}
		if r.subjectLike(m) {
			s *= 1.5
		}
		if r.possessive(m) {
			s *= 0.8 // "Putin’s top aides": the possessor is seldom the topic
		}
		// Nearer mentions inside the same sentence weigh a little more.
		if dist == 0 {
			s *= 1.1
		}
		if s > best[m.Entity] {
			best[m.Entity] = s
		}
	}
	if len(best) == 0 {
		return "", 0
	}
	type scored struct {
		e int
		s float64
	}
	var all []scored
	sum := 0.0
	for e, s := range best {
		all = append(all, scored{e, s})
		sum += s
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].s != all[j].s {
			return all[i].s > all[j].s
		}
		return all[i].e < all[j].e
	})
	top := all[0]
	confidence = top.s / (sum + 0.25) * weight
	return r.Entities[top.e].ID, math.Round(confidence*100) / 100
}

// sentenceAt returns the index of the sentence that holds byte offset
// pos, or of the last one before it.
func (r *Resolution) sentenceAt(pos int) int {
	return sort.Search(len(r.sentences), func(i int) bool { return r.sentences[i][0] > pos }) - 1
}

// possessive reports whether a possessive ending follows the mention.
func (r *Resolution) possessive(m Mention) bool {
	rest := r.text[m.Span[1]:]
	return strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’ ") || strings.HasPrefix(rest, "' ")
}

// subjectLike reports whether a mention opens its sentence or clause,
// where subjects stand.
func (r *Resolution) subjectLike(m Mention) bool {
	i := r.sentenceAt(m.Span[0])
	if i < 0 {
		return false
	}
	before := strings.TrimSpace(r.text[r.sentences[i][0]:m.Span[0]])
	if before == "" {
		return true
	}
	// Only a title or role before it: "Russian President Vladimir Putin".
	return m.Role != "" && strings.HasSuffix(before, m.Role)
}

// Rebuild makes a Resolution from entities found earlier in text (such as
// an Article's Entities), so that a later pass can ask Antecedent without
// analysing the text again. Sexes are guessed from the entities' given
// names and roles.
func Rebuild(text string, sentences []article.Span, entities []article.Entity) *Resolution {
	if len(sentences) == 0 {
		sentences = lines(text)
	}
	g := gaz()
	r := &Resolution{Entities: entities, text: text, sentences: sentences}
	for i, e := range entities {
		k := kindOf(e.Kind)
		for _, s := range e.Mentions {
			if s.In(len(text)) {
				r.Mentions = append(r.Mentions, Mention{Span: s, Kind: k, Acts: k, Entity: i})
			}
		}
		r.gender = append(r.gender, sexOf(g, e))
	}
	slices.SortFunc(r.Mentions, func(a, b Mention) int { return a.Span[0] - b.Span[0] })
	return r
}

// Sex returns 'M' or 'F' when the given name that opens the name of
// person e (from the record's entities), or one of its roles ("Mr",
// "spokeswoman"), says the person's sex, and 0 when neither does or e is
// no person. A given name says the sex when at least nine in ten US
// babies given it since 1930 had that sex (data/givennames.tsv).
func Sex(e article.Entity) byte {
	return sexOf(gaz(), e)
}

func sexOf(g *gazetteer, e article.Entity) byte {
	if e.Kind != article.EntityPerson {
		return 0
	}
	if f := strings.Fields(e.Name); len(f) > 1 {
		if s := g.givenSex(f[0]); s == 'M' || s == 'F' {
			return s
		}
	}
	return roleSex(strings.Join(e.Roles, " "))
}
