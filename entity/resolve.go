package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/article"
)

// group is a set of mentions taken for one entity.
type group struct {
	key   groupKey
	cands []*cand
	score [numKinds]float64
	kind  Kind
	place *place
	org   string
}

// resolve classifies the candidates, clusters them into entities and
// builds the Resolution.
func (d *document) resolve() *Resolution {
	d.classify()
	d.linkAbbreviations()
	groups := d.group()
	d.linkPeople(groups)
	d.demoteLoneWords(groups)
	d.linkAcronyms(groups)
	d.nestPeople(groups)
	groups = d.nestPlaces(groups)
	return d.build(groups)
}

// linkAbbreviations gives "Korean Central News Agency (KCNA)" one key:
// an all-capital word in brackets right after a name whose initials it
// spells takes that name's key.
func (d *document) linkAbbreviations() {
	for i, c := range d.cands {
		if !c.acro || i == 0 || c.first < 2 || d.word(c.first-1) != "(" || d.word(c.last) != ")" {
			continue
		}
		prev := d.cands[i-1]
		if prev.last != c.first-1 || !spells(c.key, d.initials(prev)) && !(shortens(c.key, prev.key) && !personLike(prev)) {
			continue
		}
		c.key = prev.key
		c.gazPlace, c.gazOrg = prev.gazPlace, prev.gazOrg
		c.score = prev.score
	}
}

// initials returns the lower-case initials of a candidate's capitalised
// words ("kpa" for "Korean People's Army").
func (d *document) initials(c *cand) string {
	var b strings.Builder
	for i := c.first; i < c.last; i++ {
		t := &d.toks[i]
		w := d.str(t)
		if !t.word() || !(t.cap() || t.upper()) || w == "The" {
			continue
		}
		for _, r := range w {
			b.WriteRune(unicode.ToLower(r))
			break
		}
		// Hyphenated parts: "Sea-Air-Space".
		for k := 0; k+1 < len(w); k++ {
			if w[k] == '-' && k+1 < len(w) && isUpperASCII(w[k+1]) {
				b.WriteByte(w[k+1] | 0x20)
			}
		}
	}
	return b.String()
}

// shortens reports whether the folded abbreviation a is made of letters
// of the folded name, in order and from its first: a stock ticker such
// as "tsla" for "tesla" or "aapl" for "apple".
func shortens(a, name string) bool {
	if len(a) < 2 || len(name) <= len(a) || a[0] != name[0] {
		return false
	}
	k := 0
	for i := 0; i < len(name) && k < len(a); i++ {
		if name[i] == a[k] {
			k++
		}
	}
	return k == len(a)
}

// personLike reports whether a candidate's own words score it a person.
func personLike(c *cand) bool {
	return c.score[Person] > c.score[Organization] && c.score[Person] > c.score[Place] && c.score[Person] > c.score[Other]
}

// spells reports whether the folded acronym a spells the initials.
func spells(a, initials string) bool {
	a = strings.ReplaceAll(a, " ", "")
	return len(a) >= 2 && a == initials
}

// groupKey is the key under which candidates are grouped: the
// gazetteer's name for known places ('p') and organisations ('o'), else
// the folded name with transliteration variants merged ('n').
type groupKey struct {
	kind byte
	name string
}

// groupKeyOf returns candidate c's group key.
func (d *document) groupKeyOf(c *cand) groupKey {
	switch {
	case c.gazPlace != nil:
		return groupKey{'p', c.gazPlace.name}
	case c.gazOrg != "":
		return groupKey{'o', c.gazOrg}
	}
	return groupKey{'n', d.translit(c.key)}
}

// group puts candidates with equal keys together and picks each group's
// kind from the sum of its candidates' scores.
func (d *document) group() []*group {
	// Two passes: the groups and their sizes, then their candidates, all
	// in one block.
	all := make([]group, 0, len(d.cands)/2+1)
	sizes := make([]int, 0, len(d.cands))
	index := make(map[groupKey]int, len(d.cands)/2)
	for _, c := range d.cands {
		k := d.groupKeyOf(c)
		gi, ok := index[k]
		if !ok {
			gi = len(all)
			index[k] = gi
			all = append(all, group{key: k, place: c.gazPlace, org: c.gazOrg})
			sizes = append(sizes, 0)
		}
		c.group = gi
		sizes[gi]++
	}
	groups := make([]*group, len(all))
	block := make([]*cand, len(d.cands))
	off := 0
	for gi := range all {
		groups[gi] = &all[gi]
		all[gi].cands = block[off : off : off+sizes[gi]]
		off += sizes[gi]
	}
	for _, c := range d.cands {
		groups[c.group].cands = append(groups[c.group].cands, c)
	}
	for _, g := range groups {
		g.decide()
	}
	d.demoteModifiers(groups)
	return groups
}

// demoteModifiers takes the kind person from a name that starts with
// another person's surname ("Warhol Polaroid" beside "Andy Warhol"): that
// surname modifies a thing, it is no given name.
func (d *document) demoteModifiers(groups []*group) {
	surnames := map[string]bool{}
	for _, g := range groups {
		if g.kind != Person {
			continue
		}
		for _, c := range g.cands {
			if c.last-c.first >= 2 {
				surnames[d.lastKey(c)] = true
			}
		}
	}
	for _, g := range groups {
		if g.kind != Person {
			continue
		}
		for _, c := range g.cands {
			if c.last-c.first >= 2 && surnames[d.firstKey(c)] && d.sex(&d.toks[c.first]) == 0 {
				g.score[Person] = -100
				best := Organization
				for k := Organization; k < numKinds; k++ {
					if g.score[k] > g.score[best] {
						best = k
					}
				}
				g.kind = best
				break
			}
		}
	}
}

// decide sets the group's kind from its candidates' scores. With no
// evidence at all, a multi-word name is an organisation and a single
// word a person.
func (g *group) decide() {
	g.score = [numKinds]float64{}
	for _, c := range g.cands {
		for k := range g.score {
			g.score[k] += c.score[k]
		}
	}
	best := Organization
	for k := Person; k < numKinds; k++ {
		if g.score[k] > g.score[best] {
			best = k
		}
	}
	g.kind = best
}

// lastKey and firstKey return the folded last and first word of a
// candidate's name.
func (d *document) lastKey(c *cand) string  { return d.translit(d.foldTok(&d.toks[c.last-1])) }
func (d *document) firstKey(c *cand) string { return d.translit(d.foldTok(&d.toks[c.first])) }

// linkPeople moves a mention of a surname ("Putin"), or of a given name
// used alone, into the group of the full name it stands for: the person
// of that name mentioned last before it, else the first after it.
func (d *document) linkPeople(groups []*group) {
	type person struct {
		g   int
		pos int // where the full name is mentioned
	}
	byLast := map[string][]person{}
	byFirst := map[string][]person{}
	byMiddle := map[string][]person{}
	// firstGroup holds 1 + the group of the people of each given name, or
	// -1 when people of several groups have it.
	firstGroup := map[string]int{}
	for gi, g := range groups {
		if g.kind != Person {
			continue
		}
		for _, c := range g.cands {
			if c.last-c.first < 2 {
				continue
			}
			p := person{gi, c.span[0]}
			byLast[d.lastKey(c)] = append(byLast[d.lastKey(c)], p)
			f := d.firstKey(c)
			byFirst[f] = append(byFirst[f], p)
			if g, ok := firstGroup[f]; !ok {
				firstGroup[f] = gi + 1
			} else if g != gi+1 {
				firstGroup[f] = -1
			}
			if m := d.familyMiddle(c); m != "" {
				byMiddle[m] = append(byMiddle[m], p)
			}
		}
	}
	if len(byLast) == 0 {
		return
	}
	for _, ps := range byLast {
		slices.SortFunc(ps, func(a, b person) int { return a.pos - b.pos })
	}
	for _, ps := range byFirst {
		slices.SortFunc(ps, func(a, b person) int { return a.pos - b.pos })
	}
	for _, ps := range byMiddle {
		slices.SortFunc(ps, func(a, b person) int { return a.pos - b.pos })
	}
	full := make([]bool, len(groups))
	for gi, g := range groups {
		full[gi] = g.kind == Person && hasFullName(g)
	}
	moved := false
	for _, c := range d.cands {
		g := groups[c.group]
		if c.last-c.first != 1 || full[c.group] {
			continue
		}
		if c.acro || g.place != nil && g.place.level == levelCountry && !d.personContext(c) {
			continue
		}
		k := d.translit(c.key)
		cands := byLast[k]
		if len(cands) == 0 && firstGroup[k] > 0 && d.sex(&d.toks[c.first]) != 0 && g.place == nil {
			cands = byFirst[k] // a given name alone: "Gloria"
		}
		if len(cands) == 0 && g.place == nil && d.sex(&d.toks[c.first]) == 0 {
			cands = byMiddle[k] // a family name before the last: "Jiang" for "Jane Jiang Fang"
		}
		if len(cands) == 0 || g.place != nil && d.placeContext(c) {
			continue
		}
		// The person of that name mentioned last before, else the first after.
		i := sort.Search(len(cands), func(i int) bool { return cands[i].pos >= c.span[0] })
		target := cands[max(0, i-1)].g
		if target != c.group {
			c.group = target
			moved = true
		}
	}
	if moved {
		for _, g := range groups {
			g.cands = g.cands[:0]
		}
		for _, c := range d.cands {
			groups[c.group].cands = append(groups[c.group].cands, c)
		}
	}
}

// familyMiddle returns the folded middle word of a three-word personal
// name that opens with a given name when that word is no given name and
// no initial: the family name of "Jane Jiang Fang" (an English given
// name before a Chinese name, family name first) or of "Gabriel García
// Márquez" (two family names), by which the text may name the person
// alone. It returns "" otherwise.
func (d *document) familyMiddle(c *cand) string {
	if c.last-c.first != 3 || d.sex(&d.toks[c.first]) == 0 {
		return ""
	}
	t := &d.toks[c.first+1]
	if !t.word() || !t.cap() || t.upper() || len(d.str(t)) < 3 || strings.Contains(d.str(t), ".") || d.sex(t) != 0 {
		return ""
	}
	return d.translit(d.foldTok(t))
}

// demoteLoneWords takes the kind person from a single word that no full
// name introduces and nothing marks as a person: news names a person in
// full before using the surname, so "Bloomberg reported" is the agency.
func (d *document) demoteLoneWords(groups []*group) {
	for _, g := range groups {
		if g.kind != Person || len(g.cands) == 0 || hasFullName(g) {
			continue
		}
		strong := false
		for _, c := range g.cands {
			strong = strong || c.strong
		}
		if strong {
			continue
		}
		best := Organization
		for k := Organization; k < numKinds; k++ {
			if g.score[k] > g.score[best] {
				best = k
			}
		}
		g.kind = best
	}
}

// hasFullName reports whether a group holds a name of two or more words.
func hasFullName(g *group) bool {
	for _, c := range g.cands {
		if c.last-c.first >= 2 {
			return true
		}
	}
	return false
}

// personContext reports whether the words around a candidate speak of a
// person: a verb of saying after it, or a title.
func (d *document) personContext(c *cand) bool {
	return c.title || d.clsAt(c.last)&(cSayVerb|cPersonVerb) != 0
}

// placeContext reports whether a preposition of place stands before the
// candidate.
func (d *document) placeContext(c *cand) bool {
	p := c.first - 1
	return p >= 0 && d.clsAt(p)&cStrongPlacePrep != 0 && d.sameSentence(p, c.first)
}

// nestPeople adds the people whose names open the name of something else
// ("Andy Warhol" in "the Andy Warhol Foundation", "Warhol" in "Warhol
// Polaroids") as mentions of their own, inside the other mention.
func (d *document) nestPeople(groups []*group) {
	full := map[string]int{}
	last := map[string]int{}
	for gi, g := range groups {
		if g.kind != Person {
			continue
		}
		for _, c := range g.cands {
			if c.last-c.first >= 2 {
				full[d.translit(c.key)] = gi
				last[d.lastKey(c)] = gi
			}
		}
	}
	if len(full) == 0 {
		return
	}
	n := len(d.cands)
	for _, c := range d.cands[:n] {
		if groups[c.group].kind == Person || c.last-c.first < 2 {
			continue
		}
		for k := c.last - 1; k > c.first; k-- {
			key := d.translit(d.fold(d.text[d.toks[c.first].s:d.toks[k-1].e]))
			gi, ok := full[key]
			if !ok && k == c.first+1 {
				gi, ok = last[key]
			}
			if !ok {
				continue
			}
			nc := &cand{first: c.first, last: k, span: article.Span{int(d.toks[c.first].s), int(d.toks[k-1].e)}, key: key, group: gi, nested: true}
			d.cands = append(d.cands, nc)
			groups[gi].cands = append(groups[gi].cands, nc)
			break
		}
	}
	if len(d.cands) > n {
		slices.SortStableFunc(d.cands, func(a, b *cand) int { return a.span[0] - b.span[0] })
		for _, g := range groups {
			slices.SortFunc(g.cands, func(a, b *cand) int { return a.span[0] - b.span[0] })
		}
	}
}

// nestPlaces adds the known places that open the name of an organisation
// or event, and the countries and regions that close it, as mentions of
// their own ("New Zealand" in "New Zealand Herald", "Toronto" in "Toronto
// Star", "Canada" in "Fan Expo Canada").
func (d *document) nestPlaces(groups []*group) []*group {
	byKey := map[groupKey]int{}
	for gi, g := range groups {
		if g.kind == Place && g.place != nil {
			byKey[g.key] = gi
		}
	}
	n := len(d.cands)
	for _, c := range d.cands[:n] {
		if g := groups[c.group]; g.kind == Place || g.kind == Person || c.last-c.first < 2 || g.place != nil {
			continue
		}
		add := func(first, last int) bool {
			key := fold(d.text[d.toks[first].s:d.toks[last-1].e])
			p := d.g.placeRef(d.g.words.get(key))
			if p == nil {
				return false
			}
			nc := &cand{first: first, last: last, span: article.Span{int(d.toks[first].s), int(d.toks[last-1].e)}, key: key, gazPlace: p, nested: true}
			gk := d.groupKeyOf(nc)
			gi, ok := byKey[gk]
			if !ok {
				gi = len(groups)
				groups = append(groups, &group{key: gk, place: p, kind: Place})
				byKey[gk] = gi
			}
			nc.group = gi
			d.cands = append(d.cands, nc)
			groups[gi].cands = append(groups[gi].cands, nc)
			return true
		}
		first := c.first
		if d.str(&d.toks[first]) == "The" {
			first++ // "The Ontario Ghostbusters"
		}
		for k := min(c.last-1, first+4); k > first && !d.noKnownNameAt(first); k-- {
			if add(first, k) {
				break
			}
		}
		if c.last-c.first == 2 && d.is(&d.toks[c.first], cCommon) {
			continue // "Environment Canada", "Air Canada": one name
		}
		done := false
		for k := c.first + 1; k < c.last-1; k++ {
			if w := d.str(&d.toks[k]); (w == "of" || w == "at" || w == "in") && !d.noKnownNameAt(k+1) {
				for e := min(c.last, k+5); e > k+1; e-- {
					if add(k+1, e) {
						done = true
						// A second place right after: "University of Texas Arlington".
						if e < c.last && add(e, c.last) {
							k = c.last
						}
						break
					}
				}
			}
		}
		for k := max(c.first+1, c.last-4); k < c.last && !done; k++ {
			if !d.noKnownNameAt(k) && d.knownPlace(d.text[d.toks[k].s:d.toks[c.last-1].e]) && add(k, c.last) {
				break
			}
		}
	}
	if len(d.cands) > n {
		slices.SortStableFunc(d.cands, func(a, b *cand) int { return a.span[0] - b.span[0] })
		for _, g := range groups {
			slices.SortFunc(g.cands, func(a, b *cand) int { return a.span[0] - b.span[0] })
		}
	}
	return groups
}

// linkAcronyms moves an all-capital abbreviation into the group of the
// name whose initials it spells ("JSC" for "Johnson Space Center").
func (d *document) linkAcronyms(groups []*group) {
	if !slices.ContainsFunc(d.cands, unknownAcronym) {
		return
	}
	byInit := map[string]int{}
	for gi, g := range groups {
		if g.kind == Person {
			continue
		}
		for _, c := range g.cands {
			if c.last-c.first >= 2 {
				in := d.initials(c)
				if _, dup := byInit[in]; !dup {
					byInit[in] = gi
				}
			}
		}
	}
	for _, c := range d.cands {
		if !unknownAcronym(c) {
			continue
		}
		gi, ok := byInit[strings.ReplaceAll(c.key, " ", "")]
		if !ok || gi == c.group || len(groups[c.group].cands) == 0 {
			continue
		}
		// Move the whole group of the abbreviation.
		old := groups[c.group]
		for _, x := range old.cands {
			x.group = gi
		}
		groups[gi].cands = append(groups[gi].cands, old.cands...)
		old.cands = nil
		slices.SortFunc(groups[gi].cands, func(a, b *cand) int { return a.span[0] - b.span[0] })
	}
}

// unknownAcronym reports whether c is an all-capital abbreviation that
// the gazetteers do not know.
func unknownAcronym(c *cand) bool { return c.acro && c.gazPlace == nil && c.gazOrg == "" }

// build turns the groups into the Resolution: entities in order of first
// mention, with names, ids, aliases, roles and mentions.
func (d *document) build(groups []*group) *Resolution {
	order := make([]int, 0, len(groups))
	for gi, g := range groups {
		if len(g.cands) > 0 && !d.stray(g) {
			order = append(order, gi)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return groups[a].cands[0].span[0] - groups[b].cands[0].span[0] })
	r := &Resolution{text: d.text}
	if len(order) > 0 {
		r.Entities = make([]article.Entity, 0, len(order))
		r.gender = make([]byte, 0, len(order))
	}
	ids := make(map[string]int, len(order))
	newIndex := make([]int, len(groups)) // 1 + the entity index, 0 for none
	for _, gi := range order {
		g := groups[gi]
		name := d.entityName(g)
		id := entityID(g.kind, d.fold(name))
		ids[id]++
		if n := ids[id]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		e := article.Entity{ID: id, Name: name, Kind: g.kind.String(), Mentions: make([]article.Span, 0, len(g.cands))}
		var seen map[string]bool // the aliases, once there are many
		for _, c := range g.cands {
			if text := c.span.Of(d.text); text != name && !hasAlias(e.Aliases, seen, text) {
				e.Aliases = append(e.Aliases, text)
				if seen != nil || len(e.Aliases) > 8 {
					seen = addAlias(seen, e.Aliases)
				}
			}
			role := c.role
			if role == "" && g.kind == Person {
				role = d.preRole(c)
				if role == "" {
					role = d.appositionRole(c)
				}
				c.role = role
			}
			if role != "" && !slices.Contains(e.Roles, role) {
				e.Roles = append(e.Roles, role)
			}
			e.Mentions = append(e.Mentions, c.span)
		}
		newIndex[gi] = len(r.Entities) + 1
		r.Entities = append(r.Entities, e)
		r.gender = append(r.gender, d.genderOf(g))
	}
	team := d.teams(groups)
	if len(order) > 0 {
		r.Mentions = make([]Mention, 0, len(d.cands))
	}
	for _, c := range d.cands {
		if c.group < 0 || c.group >= len(newIndex) || newIndex[c.group] == 0 {
			continue
		}
		ei := newIndex[c.group] - 1
		g := groups[c.group]
		m := Mention{Span: c.span, Kind: g.kind, Acts: g.kind, Role: c.role, Entity: ei}
		if g.kind == Place && g.place != nil && g.place.level <= levelRegion && (team[c.group] || d.actsAsAgent(c)) {
			m.Acts = Organization
		}
		r.Mentions = append(r.Mentions, m)
	}
	slices.SortFunc(r.Mentions, func(a, b Mention) int { return a.Span[0] - b.Span[0] })
	r.sentences = d.sentences
	d.res = r
	return r
}

// hasAlias reports whether text is one of aliases, which seen holds
// when it is not nil.
func hasAlias(aliases []string, seen map[string]bool, text string) bool {
	if seen != nil {
		return seen[text]
	}
	return slices.Contains(aliases, text)
}

// addAlias returns seen with the last of aliases added, making it from
// all of them when it is nil.
func addAlias(seen map[string]bool, aliases []string) map[string]bool {
	if seen == nil {
		seen = make(map[string]bool, 2*len(aliases))
		for _, a := range aliases {
			seen[a] = true
		}
		return seen
	}
	seen[aliases[len(aliases)-1]] = true
	return seen
}

// stray reports whether a group is only a capitalised common word with
// nothing to say it names anything ("Loading", "Access", "Wish"): link
// labels, words of a heading or fragments of a title. A headline keeps
// them until they are matched with the body.
func (d *document) stray(g *group) bool {
	if g.kind != Other || g.place != nil || g.org != "" || d.evidence != nil {
		return false
	}
	for _, c := range g.cands {
		if t := &d.toks[c.first]; c.last-c.first != 1 || !d.is(t, cCommon) || d.is(t, cEventWord) || c.nested {
			return false
		}
	}
	return true
}

// entityName picks an entity's name: the gazetteer's name for a known
// country or organisation, else the longest name the text uses.
func (d *document) entityName(g *group) string {
	if g.place != nil && g.place.level == levelCountry {
		return g.place.name
	}
	if g.org != "" {
		return g.org
	}
	if g.place != nil {
		// The text's spelling of the gazetteer's name: "Florida" rather
		// than "Fla" or "FLORIDA".
		key := fold(g.place.name)
		for _, c := range g.cands {
			if c.key == key && !(c.last-c.first == 1 && d.toks[c.first].upper()) {
				return c.span.Of(d.text)
			}
		}
	}
	best := g.cands[0]
	for _, c := range g.cands[1:] {
		if c.last-c.first > best.last-best.first || c.last-c.first == best.last-best.first && c.acro && !best.acro {
			best = c
		}
	}
	if best.acro {
		for _, c := range g.cands {
			if !c.acro {
				best = c
				break
			}
		}
	}
	return best.span.Of(d.text)
}

// genderOf guesses a person's sex from the given name and the role words
// of its mentions.
func (d *document) genderOf(g *group) byte {
	if g.kind != Person {
		return 0
	}
	for _, c := range g.cands {
		if c.last-c.first >= 2 {
			if s := d.sex(&d.toks[c.first]); s == 'M' || s == 'F' {
				return s
			}
		}
	}
	for _, c := range g.cands {
		if s := roleSex(c.role); s != 0 {
			return s
		}
	}
	return 0
}

// roleSex returns 'M' or 'F' when a role or title says a person's sex.
func roleSex(role string) byte {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch strings.TrimSuffix(w, ".") {
		case "mr", "sir", "king", "prince", "spokesman", "chairman", "congressman", "businessman", "father", "brother", "son", "husband", "lord", "boyfriend", "uncle", "grandson":
			return 'M'
		case "mrs", "ms", "miss", "dame", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress", "mother", "sister", "daughter", "wife", "lady", "girlfriend", "aunt", "granddaughter", "widow":
			return 'F'
		}
	}
	return 0
}

// teams returns the groups of countries and regions that the text treats
// as actors throughout, such as national teams in a sports report: at
// least two of their mentions, and two in five, are subjects of verbs.
func (d *document) teams(groups []*group) map[int]bool {
	out := map[int]bool{}
	for gi, g := range groups {
		if g.kind != Place || g.place == nil || g.place.level > levelRegion {
			continue
		}
		n := 0
		for _, c := range g.cands {
			if d.actsAsAgent(c) {
				n++
			}
		}
		if n >= 2 && n*5 >= len(g.cands)*2 {
			out[gi] = true
		}
	}
	return out
}

// actsAsAgent reports whether a place mention is the subject of a verb,
// as a state or a team is ("Russia claimed", "Ukraine has ramped up").
func (d *document) actsAsAgent(c *cand) bool {
	if c.poss || c.the || c.nested {
		return false
	}
	if p := c.first - 1; p >= 0 && d.sameSentence(p, c.first) {
		if pw := d.lower(p); d.clsAt(p)&cCompetition != 0 || d.toks[p].digit() || pw == "–" && d.toks[max(0, p-1)].digit() {
			return true // "Belgium faced Panama", "Belgium 3 – 0 Panama"
		}
		if d.clsAt(p-1)&cCompetition != 0 && !d.toks[p].cap() && d.toks[p].word() && p-1 >= 0 && d.sameSentence(p-1, c.first) {
			return true // "defeated debutants Panama"
		}
		if d.clsAt(p)&cPreposition != 0 || d.str(&d.toks[p]) == "-" {
			return false // the object of a preposition: "of the UK has analysed"
		}
	}
	q := c.last
	if q < len(d.toks) && strings.HasSuffix(d.lower(q), "ly") {
		q++
	}
	if q >= len(d.toks) || !d.sameSentence(c.last-1, q) {
		return false
	}
	w := d.lower(q)
	if d.toks[q].digit() {
		return true // a score: "Sweden 1 – 0 Korea Republic"
	}
	switch w {
	case "will", "would", "could", "can", "should", "must", "may", "might":
		n := q + 1
		if nw := d.lower(n); nw == "been" || nw == "not" || nw == "also" || nw == "already" {
			n = q + 2
		}
		return strings.HasSuffix(d.lower(n), "ed") || d.clsAt(n)&(cSayVerb|cAgentVerb) != 0
	}
	return d.clsAt(q)&(cSayVerb|cAgentVerb) != 0 || strings.HasSuffix(w, "ed") && !d.toks[q].cap() && len(w) > 4
}

// find returns the index in d's Resolution of the entity that e (from
// another text) names, or -1.
func (d *document) find(e article.Entity) int {
	if d.res == nil {
		return -1
	}
	name := fold(e.Name)
	for i, x := range d.res.Entities {
		if x.ID == e.ID || d.fold(x.Name) == name {
			return i
		}
	}
	// A surname alone: the person whose name ends with it.
	surname := " " + translit(name)
	for i, x := range d.res.Entities {
		if x.Kind == article.EntityPerson && strings.HasSuffix(d.translit(d.fold(x.Name)), surname) {
			return i
		}
	}
	for i, x := range d.res.Entities {
		for _, a := range x.Aliases {
			if d.fold(a) == name {
				return i
			}
		}
	}
	return -1
}
