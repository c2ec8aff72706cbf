package quoteeval

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/article"
)

// orgWords mark a speaker name as an organisation's.
var orgWords = map[string]bool{
	"ministry": true, "office": true, "department": true, "police": true, "government": true,
	"university": true, "agency": true, "union": true, "council": true, "court": true,
	"committee": true, "party": true, "house": true, "times": true, "news": true, "press": true,
	"nations": true, "organization": true, "organisation": true, "group": true, "state": true,
	"states": true, "observatory": true, "military": true, "navy": true, "army": true,
	"association": true, "institute": true, "bank": true, "company": true, "democrats": true,
	"republicans": true, "operations": true, "service": true, "services": true,
}

// nameEntities returns an extractor that stands in for entity
// recognition in scoring: it makes an entity of every annotated speaker
// written as a proper name, with its mentions (the full name and, for a
// person, the surname) found as whole words. It lets speaker resolution
// be measured before the entity extractor exists; it uses the names of
// the speakers, never which quote is whose.
func nameEntities(ea Article) article.Extractor {
	seen := map[string]bool{}
	people := map[string]bool{} // speakers referred to as "he" or "she"
	var names []string
	for _, q := range ea.Quotes {
		n := strings.TrimSpace(q.Speaker)
		if w := strings.ToLower(q.SpeakerAsWritten); w == "he" || w == "she" {
			people[n] = true
		}
		if n == "" || seen[n] || !properName(n) {
			continue
		}
		seen[n] = true
		names = append(names, n)
	}
	return func(_ *article.Doc, a *article.Article) error {
		for _, n := range names {
			words := strings.Fields(n)
			kind := article.EntityPerson
			for _, w := range words {
				if orgWords[strings.ToLower(w)] {
					kind = article.EntityOrganization
				}
			}
			if len(words) == 1 && !people[n] {
				kind = article.EntityOrganization
			}
			forms := regexp.QuoteMeta(n)
			if kind == article.EntityPerson {
				forms += "|" + regexp.QuoteMeta(words[len(words)-1])
			}
			// Word boundaries that know non-ASCII letters ("Králícková").
			re := regexp.MustCompile(`(?:^|[^\pL\pN])(` + forms + `)(?:[^\pL\pN]|$)`)
			e := article.Entity{ID: kind + ":" + strings.ToLower(strings.Join(words, "-")), Name: n, Kind: kind}
			for _, m := range re.FindAllStringSubmatchIndex(a.Text, -1) {
				e.Mentions = append(e.Mentions, article.Span{m[2], m[3]})
			}
			if len(e.Mentions) > 0 {
				a.Entities = append(a.Entities, e)
			}
		}
		slices.SortStableFunc(a.Entities, func(x, y article.Entity) int { return x.Mentions[0][0] - y.Mentions[0][0] })
		return nil
	}
}

// properName reports whether every word of n is capitalized, apart from
// the small words inside organisation names; a coordination ("X and his
// professor") is not one name.
func properName(n string) bool {
	for _, w := range strings.Fields(n) {
		switch w {
		case "of", "for", "the", "de", "van", "von", "al":
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return !strings.HasPrefix(n, "The ")
}
