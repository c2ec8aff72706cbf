package entity

import (
	"strings"
	"unicode/utf8"
)

// placePreps are prepositions that put a place after them.
var placePreps = setOf(`in near outside inside across throughout at from to into towards toward
	within around via`)

// motionPreps point to a destination, which is a place even when unknown.
var motionPreps = setOf(`to into towards toward`)

// strongPlacePreps are the ones that almost always do.
var strongPlacePreps = setOf(`in near outside inside across throughout`)

// sourceWords before "from", "by" or "to" make what follows a source:
// a person or an organisation, not a place ("reports from Reuters").
var sourceWords = setOf(`report reports reported reporting according statement statements
	spokesman spokeswoman spokesperson data survey study poll analysis interview
	interviews article articles story stories`)

// classify scores every candidate for each kind from its own words and
// its context.
func (d *document) classify() {
	for _, c := range d.cands {
		d.score(c)
	}
}

func (d *document) score(c *cand) {
	s := &c.score
	words := d.toks[c.first:c.last]
	n := len(words)
	first, last := &words[0], &words[n-1]
	firstW, lastL := d.str(first), d.low(last)
	headT := &d.toks[d.headWord(c)]
	headC, lastC := d.lists(headT), d.cls(last)
	firstCommon := d.is(first, cCommon)

	// Gazetteers.
	if p := c.gazPlace; p != nil {
		switch p.level {
		case levelCountry:
			s[Place] += 5
		case levelRegion:
			s[Place] += 3.5
		default:
			s[Place] += 2
			if p.pop >= 1000000 {
				s[Place] += 1
			}
		}
	}
	if c.gazOrg != "" {
		s[Organization] += 5
	}

	// Name-final words.
	switch {
	case (headC|lastC)&cOrgWord != 0 || n > 2 && lastC&cPlaceWord != 0 && d.is(&words[n-2], cOrgWord):
		s[Organization] += 3 // also "Irving Independent School District"
	case (headC|lastC)&cPlaceWord != 0:
		s[Place] += 3
	case d.sports && (d.low(headT) == "conference" || lastL == "conference"):
		s[Organization] += 3 // a league: "Atlantic Coast Conference"
	case (headC|lastC)&cEventWord != 0:
		s[Other] += 3
	}
	// "Florida State" in a sports report: the university and its teams.
	if d.sports && n == 2 && lastL == "state" && d.knownPlaceTok(first) {
		s[Organization] += 4
	}
	if n > 1 && d.is(first, cOrgWord) && lastC&(cOrgWord|cPlaceWord) == 0 {
		s[Organization] += 2 // "Group F", "Team Estonia"
	}
	if n > 1 {
		if d.fact(first, factDemonym) && c.gazPlace == nil {
			s[Organization] += 1 // "Korean Central News Agency", "Russian Orthodox Church"
			s[Person] -= 1
		}
	}

	// Persons: titles, given names, the shape of personal names.
	if c.title {
		s[Person] += 4
		c.strong = true
	}
	sex := d.sex(first)
	// A frequent given name before a country's or region's name keeps it
	// a person's: "Teresa Holland", "Michael Jordan".
	placeSurname := n == 2 && sex != 0 && d.rank(first) <= 1000 && !firstCommon
	if d.placeLevel(first) != 0 || d.knownPlaceTok(last) && !placeSurname || c.gazPlace != nil {
		sex = 0 // "Texas A&M", "North America", "Malaysia Tourism"
	}
	// A surname that is also a common word needs a given name of one sex,
	// or a frequent one, before it: "Tom Cruise", "Eden Hazard", not
	// "Silver Clouds" or "Campbell Soup".
	if n >= 2 && (lastC&cCommon != 0 && sex == 'U' && d.rank(first) > 1000 || !d.personLast(&words[n-1])) {
		sex = 0
	}
	if n >= 2 && n <= 4 && sex != 0 && !d.hasKeyword(words[1:]) {
		s[Person] += 2.5
		if !firstCommon {
			s[Person] += 0.5
		}
	}
	if n >= 2 && n <= 4 && c.gazPlace == nil && d.personShape(words) {
		s[Person] += 1.5
	}
	if c.acro {
		if c.gazPlace == nil {
			s[Organization] += 2
		}
		s[Person] -= 2
	}
	if n == 1 && !c.acro && c.gazPlace == nil && surnameShape(firstW) {
		s[Person] += 1 // "Zelenskiy", "Dmitriev", "Kovalenko"
		c.strong = true
	}
	if n == 1 && d.toks[c.first].camel() {
		// An intercapped word is a brand: "SoftBank", "SpaceX", "SunExpress".
		s[Person] -= 3
		s[Organization] += 1.5
		s[Place] -= 1
	}
	if d.modelNumber(c.first) || d.modelNumber(c.first-1) {
		// A model: "737 Max", "787 Dreamliner".
		s[Other] += 2
		s[Person] -= 3
	}
	if n == 1 && d.toks[c.first].digit() {
		s[Other] += 1 // a code such as "STS-135" or "IE6"
	}
	if n > 1 {
		s[Other] += 0.2 // titles of works and products, unless more is known
	}
	if firstW == "The" {
		s[Organization] += 1.5 // "The Bell", "The Globe and Mail"
	}
	if n == 1 && !c.acro && firstCommon {
		if d.lex[first.lex].capSeen >= 2 && !d.fact(first, factLowSeenLower) {
			s[Organization] += 0.4 // a brand that is also a word: "Twitter"
		} else {
			s[Other] += 0.6 // a capitalised common word: part of a title
		}
	}
	// A newspaper: a place's name and a masthead word ("Toronto Star").
	if n > 1 && lastC&cNewspaper != 0 {
		if _, ok := d.placeOf(d.text[d.toks[c.first].s:d.toks[c.last-2].e]); ok {
			s[Organization] += 3
		}
	}
	// "Environment Canada", "Air Canada": words before a country's name.
	if n > 1 && c.gazPlace == nil {
		if d.placeLevel(last) == levelCountry && firstCommon {
			s[Organization] += 1.5
		}
	}
	if n == 1 && !c.acro {
		s[Organization] += 0.3
		// A given name alone, unless a region follows it as it follows a
		// place or a school: "Stanford, California".
		if sex != 0 && !firstCommon && c.gazPlace == nil && (sex != 'U' || d.rank(first) <= 5000) && !d.regionAfter(c) {
			s[Person] += 1.5
			c.strong = true
		}
	}

	// Context before.
	p := c.first - 1
	if c.the {
		p--
		// "the Tom Cruise video": the article belongs to the noun after
		// the name, which only modifies it.
		if !d.modifiesNoun(c) {
			s[Person] -= 2.5
			s[Place] += 0.3
			if n == 1 {
				s[Organization] += 1 // "the Kremlin"
			} else {
				s[Organization] += 0.3 // also works and products: "the Internet Explorer"
			}
		}
	}
	pw, pc := d.lower(p), d.clsAt(p)
	if p >= 0 && d.sameSentence(p, c.first) {
		switch {
		case pc&cStrongPlacePrep != 0 && !c.the:
			s[Place] += 1.2
			s[Person] -= 0.5
		case pc&cPlacePrep != 0 && !c.the && (c.gazPlace != nil || pc&cMotionPrep != 0):
			s[Place] += 0.5
		}
		if (pw == "from" || pw == "by" || pw == "to") && d.clsAt(p-1)&cSourceWord != 0 {
			s[Organization] += 1.5
			s[Place] -= 1.5
		}
		if d.toks[p].word() && !d.toks[p].cap() && pc&(cTitle|cRoleNoun) != 0 {
			s[Person] += 3
			c.strong = true
		}
		if pw == "mr" || pw == "mr." || pw == "ms" || pw == "ms." || pw == "mrs" || pw == "mrs." || pw == "dr" || pw == "dr." {
			s[Person] += 4
			c.strong = true
		}
	}

	// Context after.
	q := c.last
	if c.poss {
		q++
	}
	qw, qc := d.lower(q), d.clsAt(q)
	if q < len(d.toks) && d.sameSentence(c.last-1, q) {
		switch {
		case qc&cSayVerb != 0:
			s[Person] += 1
			s[Organization] += 0.5
		case qc&cPersonVerb != 0:
			s[Person] += 1
			c.strong = true
		case qw == ",":
			// Not after "a" or "an": "a Tulsa, Oklahoma-based lawyer" is
			// one noun phrase, the name inside it no person.
			if pw != "a" && pw != "an" && d.appositionRole(c) != "" {
				s[Person] += 2.5
				c.strong = true
			}
			if d.appositionOrg(c) {
				s[Organization] += 3
				s[Person] -= 2
			}
			// "Kanata, Ontario": a place followed by its region or country,
			// unless a list goes on ("Clemson, North Carolina and others").
			if d.regionAfter(c) && !d.listGoesOn(q+1) {
				s[Place] += 2
			}
		}
		// A role noun right after: "Environment Canada spokeswoman",
		// "Facebook co-founder".
		if !d.toks[q].cap() && qc&(cTitle|cRoleNoun) != 0 && !c.poss {
			s[Organization] += 1.5
			s[Person] -= 1
		}
		if c.poss {
			if d.clsAt(c.last+1)&(cRoleNoun|cTitle) != 0 {
				s[Person] += 0.3
			}
		}
	}
	// ", said X" and "X said" at the end of a quotation, also after its
	// closing mark: "… go,” said Mit Winter".
	// The name must end there: in "said White House Press Secretary
	// Stephanie Grisham" the speaker is the name after the title.
	if p >= 0 && pc&cSayVerb != 0 && (d.word(p-1) == "," || endsWithQuote(d.word(p-1)) && d.word(p-2) == ",") &&
		!(q < len(d.toks) && d.toks[q].cap() && d.sameSentence(c.last-1, q)) {
		s[Person] += 1.5
		c.strong = true
	}
	// The reporter's line at the end of a wire story: "Russo reported
	// from New York."
	if n == 1 && !c.acro && !c.poss && d.lower(q) == "reported" && d.lower(q+1) == "from" && d.sameSentence(c.last-1, q+1) {
		s[Person] += 1.5
		c.strong = true
	}
	if d.preRole(c) != "" {
		s[Person] += 2.5
		c.strong = true
	}
}

// headWord returns the index of the token that heads the name: the word
// before "of", "for" or "on" when the name holds one ("University" in
// "University of Texas"), else the last word.
func (d *document) headWord(c *cand) int {
	for k := c.first + 1; k < c.last-1; k++ {
		switch d.str(&d.toks[k]) {
		case "of", "for", "on":
			return k - 1
		}
	}
	return c.last - 1
}

// personShape reports whether the words look like a personal name: every
// word capitalised, none a known place or a word that heads organisation,
// place or event names, and at least one neither a common English word
// nor written where its capital says nothing.
func (d *document) personShape(words []token) bool {
	rare := false
	if !d.personLast(&words[len(words)-1]) {
		return false
	}
	for k := range words {
		t := &words[k]
		if !t.word() || t.upper() && len(d.str(t)) > 2 && !strings.HasSuffix(d.str(t), ".") || t.digit() {
			return false
		}
		cls := d.cls(t)
		given := k == 0 && d.sex(t) != 0 // "Bill Ingalls", "Park Joo-Ho"
		if cls&(cOrgWord|cPlaceWord|cEventWord|cFunction) != 0 && !given || cls&cTitle != 0 {
			return false
		}
		if cls&cCommon != 0 && !given && !strings.HasSuffix(d.str(t), ".") {
			// A common word may only be a first name, before a rare surname.
			if t.amb() || k != 0 || len(words) != 2 {
				return false
			}
			continue
		}
		if l := d.placeLevel(t); l != 0 && l <= levelRegion {
			return false
		}
		rare = true
	}
	return rare
}

// givenNameShape reports whether words, after a demonym or a group word,
// are a known given name and one or two capitalised words that name
// nothing else: "(American) Kevin King", "(Australian) Timothy Weeks",
// whose surnames are also common words.
func (d *document) givenNameShape(words []token) bool {
	if len(words) < 2 || len(words) > 3 || d.sex(&words[0]) == 0 || !d.personLast(&words[len(words)-1]) {
		return false
	}
	for k := range words {
		t := &words[k]
		if !t.word() || !t.cap() || t.upper() && len(d.str(t)) > 2 || t.digit() || d.is(t, cOrgWord|cPlaceWord|cEventWord|cFunction) {
			return false
		}
		if l := d.placeLevel(t); l != 0 && l <= levelRegion {
			return false
		}
	}
	return true
}

// surnameEndings end surnames far more often than other names.
var surnameEndings = []string{"ovich", "evich", "enko", "skiy", "sky", "ski",
	"ov", "ev", "escu", "opoulos", "akis", "oglu", "yan", "dze", "shvili", "stein"}

// surnameShape reports whether w has the ending of a surname of more
// than four letters.
func surnameShape(w string) bool {
	if utf8.RuneCountInString(w) <= 4 {
		return false
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// hasKeyword reports whether a word of the name heads organisation, place
// or event names ("Davis Cup Finals").
func (d *document) hasKeyword(words []token) bool {
	for k := range words {
		if d.is(&words[k], cOrgWord|cPlaceWord|cEventWord) {
			return true
		}
	}
	return false
}

// personLast reports whether t can end a personal name: not all capitals
// (unless dotted) and longer than one letter.
func (d *document) personLast(t *token) bool {
	return utf8.RuneCountInString(d.str(t)) > 1 && !(t.upper() && !strings.Contains(d.str(t), ".")) && !t.digit()
}

// knownPlace reports whether w names a country or region.
func (d *document) knownPlace(w string) bool {
	p, ok := d.placeOf(w)
	return ok && p.level <= levelRegion
}

// knownPlaceTok is knownPlace of token t's text.
func (d *document) knownPlaceTok(t *token) bool {
	l := d.placeLevel(t)
	return l != 0 && l <= levelRegion
}

// placeAt returns the known place whose name starts at token i.
func (d *document) placeAt(i int) (place, bool) {
	if i >= len(d.toks) || !d.toks[i].word() || !(d.toks[i].cap() || d.toks[i].upper()) || d.noKnownNameAt(i) {
		return place{}, false
	}
	for k := min(len(d.toks), i+4); k > i; k-- {
		if p, ok := d.placeOf(d.text[d.toks[i].s:d.toks[k-1].e]); ok {
			return p, true
		}
	}
	return place{}, false
}

// noKnownNameAt reports whether no known place or organisation name
// starts at token i, which mayStartKnown tells without folding the
// longer texts when the word is only ASCII letters and digits (so its
// folded form is its lower-case form, with no space in it) and a space
// follows it (so a longer name would start with that form and a space).
func (d *document) noKnownNameAt(i int) bool {
	t := &d.toks[i]
	if !alnumASCII(d.str(t)) || d.fact(t, factMayStart) {
		return false
	}
	return i+1 >= len(d.toks) || spaceOnly(d.text[t.e:d.toks[i+1].s])
}

// modifiesNoun reports whether a lower-case noun follows the candidate, so
// the candidate modifies it ("the Tom Cruise video").
func (d *document) modifiesNoun(c *cand) bool {
	q := c.last
	if q >= len(d.toks) || c.poss || !d.sameSentence(c.last-1, q) {
		return false
	}
	t := &d.toks[q]
	lw := d.low(t)
	if !t.word() || t.cap() || t.upper() || t.digit() || d.is(t, cFunction|cSayVerb|cAgentVerb|cPersonVerb) {
		return false
	}
	return !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ly") && d.common(lw)
}

// listGoesOn reports whether the name that starts at token i is followed
// by "and", "or" or a comma and a capitalised word: an item of a list.
func (d *document) listGoesOn(i int) bool {
	j := i + 1
	for j < len(d.toks) && j < i+4 && d.sameSentence(i, j) && d.toks[j].cap() {
		j++
	}
	if j+1 >= len(d.toks) || !d.sameSentence(i, j+1) {
		return false
	}
	switch d.str(&d.toks[j]) {
	case "and", "or":
		return true
	case ",":
		return d.toks[j+1].cap() || d.str(&d.toks[j+1]) == "and"
	}
	return false
}

// regionAfter reports whether a comma and the name of a region or
// country follow the candidate ("Kanata, Ontario").
func (d *document) regionAfter(c *cand) bool {
	q := c.last
	if q+1 >= len(d.toks) || d.str(&d.toks[q]) != "," || !d.sameSentence(q, q+1) {
		return false
	}
	pl, ok := d.placeAt(q + 1)
	return ok && pl.level <= levelRegion
}
