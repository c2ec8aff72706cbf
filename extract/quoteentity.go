package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// This file resolves speakers to the entities an earlier extractor put in
// Article.Entities: by a mention that covers the speaker's name, by the
// entity's name or aliases, by surname, and for pronouns through
// QuoteRules.Pronoun or the nearest earlier person.

// mentionRef is one mention of entity ent.
type mentionRef struct {
	span article.Span
	ent  int
}

// maxMentionBytes bounds how far before a speaker a mention that
// overlaps it can start.
const maxMentionBytes = 256

// resolve sets the Entity of the speakers of qs (sorted by start);
// sentences are the text's sentence spans.
func (st *quoteState) resolve(a *article.Article, qs []article.Quote, sentences []article.Span, pronoun func(*article.Article, article.Span) string) {
	if len(a.Entities) == 0 && pronoun == nil {
		return
	}
	var ms []mentionRef
	for i, e := range a.Entities {
		for _, m := range e.Mentions {
			ms = append(ms, mentionRef{m, i})
		}
	}
	slices.SortFunc(ms, func(x, y mentionRef) int { return x.span[0] - y.span[0] })
	r := resolver{a: a, ms: ms, qs: qs, sentences: sentences}
	// Names first, so that pronouns can refer back to named speakers;
	// a speaker named by its title ("the prime minister") is the person
	// last given that title, else one the text just named (see
	// described).
	for i := range qs {
		sp := qs[i].Speaker
		if sp == nil || isPronounName(sp.Name) {
			continue
		}
		e := r.named(sp)
		if e < 0 {
			e = r.titled(sp)
		}
		if e < 0 {
			if e = r.described(sp); e >= 0 && a.Entities[e].Kind == article.EntityPerson {
				if _, head := description(sp.Name); !genericTitles[head] {
					r.addRole(strings.TrimPrefix(normalizeName(sp.Name), "the "), sp.Span[0], e)
				}
			}
		}
		if e >= 0 {
			sp.Entity = a.Entities[e].ID
			r.speakers = append(r.speakers, mentionRef{sp.Span, e})
			if sp.Role != "" && a.Entities[e].Kind == article.EntityPerson {
				r.addRole(sp.Role, sp.Span[0], e)
			}
		}
	}
	slices.SortFunc(r.speakers, func(x, y mentionRef) int { return x.span[0] - y.span[0] })
	for i := range qs {
		sp := qs[i].Speaker
		if sp == nil || sp.Entity != "" || !isPronounName(sp.Name) && !isPersonDescription(sp.Name) {
			continue
		}
		if e := r.pronoun(sp, qs, pronoun); e >= 0 {
			sp.Entity = a.Entities[e].ID
			r.learnSex(e, sp.Name)
			// Later pronouns may refer back to this one: "“…,” he added."
			ref := mentionRef{sp.Span, e}
			k := sort.Search(len(r.speakers), func(i int) bool { return r.speakers[i].span[0] > sp.Span[0] })
			r.speakers = slices.Insert(r.speakers, k, ref)
		}
	}
}

// isPersonDescription reports whether a speaker's name is a definite
// description of a person mentioned before, which refers back like a
// pronoun: "the 25-year-old", "the actor", "the witness". Titles ("the
// prime minister") are not: an unnamed office-holder is often new.
func isPersonDescription(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || len(f) > 3 || f[0] != "the" {
		return false
	}
	head := f[len(f)-1]
	return strings.HasSuffix(head, "-year-old") || personNouns[head]
}

// personNouns name people by what they are or do.
var personNouns = map[string]bool{
	"student": true, "actor": true, "actress": true, "singer": true, "doctor": true, "nurse": true,
	"witness": true, "lawyer": true, "teacher": true, "mother": true, "father": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "woman": true, "man": true, "boy": true,
	"girl": true, "victim": true, "survivor": true, "player": true, "driver": true, "owner": true,
	"resident": true, "priest": true, "author": true, "writer": true, "artist": true,
	"scientist": true, "researcher": true, "chef": true, "farmer": true, "worker": true,
	"veteran": true, "rapper": true, "star": true, "musician": true, "comedian": true, "host": true,
	"journalist": true, "photographer": true, "activist": true, "entrepreneur": true, "tourist": true,
	"grandmother": true, "grandfather": true, "mom": true, "dad": true, "newcomer": true,
}

// isPronounName reports whether a speaker's name is a subject pronoun
// or a possessive determiner ("his “…” comments").
func isPronounName(s string) bool {
	w := strings.ToLower(s)
	return subjectPronouns[w] || w == "his" || w == "her" || w == "its" || w == "their"
}

// resolver holds the indexes of one resolve call.
type resolver struct {
	a         *article.Article
	qs        []article.Quote
	sentences []article.Span
	sex       []byte       // per entity: 'M', 'F' or 0, filled on first use
	ms        []mentionRef // every mention, by start
	speakers  []mentionRef // speakers resolved by name, by start
	ids       map[string]int
	byName    map[string]int   // normalized name or alias -> entity
	bySurname map[string][]int // surname -> person entities
	roles     []roleRef        // titles given to people, in no order
}

// roleRef is a title given to person entity ent at offset at: an entity
// role, the title before a mention ("Prime Minister Rishi Sunak"), or a
// speaker's role.
type roleRef struct {
	role string // folded by normalizeName
	at   int
	ent  int
}

// addRole records a title given to entity e at offset at.
func (r *resolver) addRole(role string, at, e int) {
	if k := normalizeName(role); k != "" {
		r.roles = append(r.roles, roleRef{k, at, e})
	}
}

// titled returns the person a speaker named only by a title refers to
// ("the prime minister", "the company’s chief executive"), or -1: the
// person last given a title that ends with the speaker's, before it.
func (r *resolver) titled(sp *article.Speaker) int {
	name := normalizeName(sp.Name)
	head := lastWord(name)
	if !lowerTitles()[head] || strings.ContainsAny(sp.Name, "0123456789") {
		return -1
	}
	// Fold "the company's chief executive" to "chief executive".
	if i := strings.LastIndex(name, "'s "); i >= 0 {
		name = name[i+3:]
	}
	r.index()
	best, bestAt := -1, -2
	for _, ro := range r.roles {
		if ro.at < sp.Span[0] && ro.at > bestAt && (ro.role == name || strings.HasSuffix(ro.role, " "+name)) {
			best, bestAt = ro.ent, ro.at
		}
	}
	return best
}

// titlesBefore records the title written before each person mention:
// "Prime Minister Rishi Sunak", "Britain’s Foreign Secretary David Lammy".
func (r *resolver) titlesBefore() {
	text := r.a.Text
	for _, m := range r.ms {
		if r.a.Entities[m.ent].Kind != article.EntityPerson {
			continue
		}
		start, words := m.span[0], 0
		for words < 4 {
			j := start - 1
			if j <= 0 || text[j] != ' ' {
				break
			}
			k := strings.LastIndexAny(text[:j], " \n")
			w := text[k+1 : j]
			if w == "" || !titleLike(w) {
				break
			}
			start, words = k+1, words+1
		}
		if words == 0 {
			continue
		}
		run := text[start:m.span[0]]
		if f := strings.Fields(run); lowerTitles()[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
			r.addRole(run, m.span[0], m.ent)
		}
	}
}

// titleLike reports whether w can be a word of a title before a name:
// capitalized ("Foreign", "Minister", "Britain’s") or "of".
func titleLike(w string) bool {
	if w == "of" || w == "for" {
		return true
	}
	c := w[0]
	return 'A' <= c && c <= 'Z'
}

// entityIndex returns the index of the entity with id in a.Entities, or
// -1.
func (r *resolver) entityIndex(id string) int {
	if r.ids == nil {
		r.ids = make(map[string]int, len(r.a.Entities))
		for i, e := range r.a.Entities {
			r.ids[e.ID] = i
		}
	}
	if i, ok := r.ids[id]; ok {
		return i
	}
	return -1
}

// named returns the entity a named speaker refers to, or -1: the entity
// with a mention overlapping most of the speaker's name, else one whose
// name or alias equals it, else a person with its surname.
func (r *resolver) named(sp *article.Speaker) int {
	best, bestLen := -1, 0
	from := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span[0] >= sp.Span[0]-maxMentionBytes })
	for _, m := range r.ms[from:] {
		if m.span[0] >= sp.Span[1] {
			break
		}
		ov := min(m.span[1], sp.Span[1]) - max(m.span[0], sp.Span[0])
		if ov > bestLen || ov == bestLen && ov > 0 && r.a.Entities[m.ent].Kind == article.EntityPerson {
			best, bestLen = m.ent, ov
		}
	}
	if best >= 0 {
		return best
	}
	name := normalizeName(sp.Name)
	if name == "" {
		return -1
	}
	r.index()
	if e, ok := r.byName[name]; ok {
		return e
	}
	sur, first := lastWord(name), firstWord(name)
	cand := -1
	for _, i := range r.bySurname[sur] {
		if first != sur && first != firstWord(normalizeName(r.a.Entities[i].Name)) {
			continue // "Eric Trump" is not "Donald Trump"
		}
		// Two people who share the surname: the one mentioned last
		// before the speaker.
		if cand < 0 || r.lastMentionBefore(i, sp.Span[0]) > r.lastMentionBefore(cand, sp.Span[0]) {
			cand = i
		}
	}
	return cand
}

// index builds the name, surname and title indexes once.
func (r *resolver) index() {
	if r.byName != nil {
		return
	}
	defer r.titlesBefore()
	r.byName, r.bySurname = map[string]int{}, map[string][]int{}
	for i, e := range r.a.Entities {
		if e.Kind == article.EntityPerson {
			// An entity's roles hold anywhere, after any title nearer
			// the speaker.
			for _, ro := range e.Roles {
				r.addRole(ro, -1, i)
			}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := normalizeName(n); k != "" {
				if _, ok := r.byName[k]; !ok {
					r.byName[k] = i
				}
			}
		}
		if e.Kind == article.EntityPerson {
			sur := lastWord(normalizeName(e.Name))
			r.bySurname[sur] = append(r.bySurname[sur], i)
		}
	}
}

// lastMentionBefore returns the start of entity e's last mention before
// offset at, or -1.
func (r *resolver) lastMentionBefore(e, at int) int {
	last := -1
	for _, m := range r.a.Entities[e].Mentions {
		if m[0] < at {
			last = m[0]
		}
	}
	return last
}

// pronoun returns the entity a pronoun speaker refers to, or -1: the
// nearest earlier speaker of the right kind (a person for "he" and
// "she", an organisation for "it") and sex in the pronoun's paragraph;
// else the nearest earlier mention of one outside a quotation and not a
// possessive; else the nearest earlier speaker. "They" and "their" take
// a coordinated speaker just named (see plural); "we" and "I" are left
// unresolved.
func (r *resolver) pronoun(sp *article.Speaker, qs []article.Quote, hook func(*article.Article, article.Span) string) int {
	var kind string
	sex := pronounSex(sp.Name)
	switch strings.ToLower(sp.Name) {
	case "he", "she", "his", "her":
		kind = article.EntityPerson
	case "it", "its":
		kind = article.EntityOrganization
	case "they", "their":
		return r.plural(sp)
	default:
		if !isPersonDescription(sp.Name) {
			return -1
		}
		kind = article.EntityPerson // "the 25-year-old", "the actor"
	}
	speaker, speakerAt := -1, -1
	n := sort.Search(len(r.speakers), func(i int) bool { return r.speakers[i].span[0] >= sp.Span[0] })
	for k := n - 1; k >= 0 && n-k <= maxPronounReach; k-- {
		if s := r.speakers[k]; (r.a.Entities[s.ent].Kind == kind || kind == article.EntityPerson && r.personLike(s)) && r.agrees(s.ent, sex) {
			speaker, speakerAt = s.ent, s.span[1]
			break
		}
	}
	if speaker >= 0 && sp.Span[0]-speakerAt < maxParagraphBytes && !strings.Contains(r.a.Text[speakerAt:sp.Span[0]], "\n\n") {
		return speaker // named as a speaker earlier in the paragraph
	}
	if hook != nil {
		if id := hook(r.a, sp.Span); id != "" {
			return r.entityIndex(id)
		}
	}
	end := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span[0] >= sp.Span[0] })
	for k := end - 1; k >= 0 && r.ms[k].span[0] > speakerAt && end-k <= maxPronounReach; k-- {
		m := r.ms[k]
		if r.a.Entities[m.ent].Kind != kind || inQuotation(qs, m.span) || possessiveAt(r.a.Text, m.span[1]) || !r.agrees(m.ent, sex) {
			continue
		}
		return m.ent
	}
	return speaker
}

// personLike reports whether a speaker that entity recognition did not
// call a person has a person's title among its roles ("Former
// President" for an entity "Trump" taken for an organisation).
func (r *resolver) personLike(s mentionRef) bool {
	e := r.a.Entities[s.ent]
	if e.Kind == article.EntityPlace {
		return false
	}
	for _, ro := range e.Roles {
		if lowerTitles()[lastWord(normalizeName(ro))] {
			return true
		}
	}
	return false
}

// maxParagraphBytes bounds the text searched for a paragraph break
// between a pronoun and the speaker before it.
const maxParagraphBytes = 4096

// maxPronounReach bounds how many earlier speakers and mentions a
// pronoun looks through.
const maxPronounReach = 200

// inQuotation reports whether s lies inside a direct or partial quote.
func inQuotation(qs []article.Quote, s article.Span) bool {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Span[0] > s[0] })
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		q := qs[k]
		if q.Kind != article.QuoteIndirect && q.Span[0] <= s[0] && s[1] <= q.Span[1] {
			return true
		}
	}
	return false
}

// possessiveAt reports whether text at offset i goes on with ’s or 's.
func possessiveAt(text string, i int) bool {
	rest := text[min(i, len(text)):]
	return strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’ ")
}

// normalizeName folds a name for comparison: lower case, no leading
// "the", honorific or final possessive, curly apostrophes straightened,
// single spaces.
func normalizeName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.TrimSuffix(s, "'s")
	f := strings.Fields(s)
	for len(f) > 1 && (f[0] == "the" || honorifics[capitalizeWord(f[0])]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// capitalizeWord upper-cases the first letter of an ASCII word.
func capitalizeWord(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
