package entity

import (
	"math"

	"github.com/newsparse/newsparse/article"
)

// Kind is the kind of a named thing: one of the article.Entity kinds.
type Kind uint8

// The kinds of entity, in the order of their score slots.
const (
	Person Kind = iota
	Organization
	Place
	Other
	numKinds
)

var kindNames = [...]string{
	article.EntityPerson, article.EntityOrganization, article.EntityPlace, article.EntityOther,
}

// String returns the kind's name as the JSON record spells it, such as
// "person".
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// Mention is one place where the text names an entity.
type Mention struct {
	// Span covers the name in the text, without a leading lower-case
	// "the", a title or a possessive ending: "Putin" in "Putin’s".
	Span article.Span
	// Kind is the kind of the entity the mention belongs to.
	Kind Kind
	// Acts is the kind the mention acts as in its sentence. It differs from
	// Kind for a country or region acting as a state or a team
	// ("Russia claimed ...", "Belgium beat Panama"): then Acts is
	// Organization while Kind stays Place.
	Acts Kind
	// Role is the role the text gives the person at this mention, such
	// as "Russian President", or "".
	Role string
	// Entity is the index of the mention's entity in Resolution.Entities.
	Entity int
}

// Resolution is what Analyze found in one text: its entities and their
// mentions. It is read-only once returned and safe for concurrent use.
type Resolution struct {
	// Entities are the entities in order of their first mention; every
	// entity has at least one mention in the text.
	Entities []article.Entity
	// Mentions are all mentions in text order.
	Mentions []Mention
	// Headline holds the mentions found in the headline, with spans into
	// the headline string. Those of an entity that the body also names
	// point to it; the others have Entity -1.
	Headline []Mention

	text      string
	sentences []article.Span
	gender    []byte // per entity: 'M', 'F' or 0 when unknown
}

// Analyze finds the named entities of text, whose sentences are given by
// sentences (spans into text, in order; nil means one sentence per
// line). The rules are for English: a text of some length whose words are
// not English gives no entities. headline, which is not part of text, is read as evidence and
// for Resolution.Headline; its mentions are not in Entities, since spans
// point into text only. The work is linear in the length of text. Tokens
// keep their offsets in 32 bits, so a text of 2 GiB (1<<31 bytes) or more
// gives no entities, and a headline that long no headline mentions; no
// news article comes near that.
func Analyze(text string, sentences []article.Span, headline string) *Resolution {
	if len(text) > math.MaxInt32 || !english(text) {
		if len(sentences) == 0 {
			sentences = lines(text)
		}
		return &Resolution{text: text, sentences: sentences}
	}
	d := newDocument(text, sentences, nil)
	d.index()
	d.recognize()
	r := d.resolve()
	if headline != "" && len(headline) <= math.MaxInt32 {
		r.Headline = headlineMentions(headline, d)
	}
	return r
}

// headlineMentions recognizes the headline as a text of one sentence and
// links its mentions to the body's entities by name.
func headlineMentions(headline string, body *document) []Mention {
	h := newDocument(headline, []article.Span{{0, len(headline)}}, body)
	h.index()
	h.recognize()
	hr := h.resolve()
	out := make([]Mention, 0, len(hr.Mentions))
	for _, m := range hr.Mentions {
		e := hr.Entities[m.Entity]
		m.Entity = body.find(e)
		if m.Entity >= 0 {
			agent := m.Kind == Place && m.Acts == Organization
			m.Kind = kindOf(body.res.Entities[m.Entity].Kind)
			m.Acts = m.Kind
			if agent && m.Kind == Place {
				m.Acts = Organization
			}
		}
		out = append(out, m)
	}
	return out
}

func kindOf(s string) Kind {
	for k, n := range kindNames {
		if n == s {
			return Kind(k)
		}
	}
	return Other
}
