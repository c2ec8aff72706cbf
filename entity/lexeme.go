package entity

import (
	"strings"
	"unicode/utf8"
)

// The rules ask the same questions of a word many times over: is it a
// function word, a title, a given name, a known place? A document keeps
// one lexeme per distinct word (by its text), and a lexeme learns each
// answer on the first question, so every word costs few map lookups,
// however often the rules read it. The rules ask every word whether it
// is on one of the short word lists, and a small map answers that; they
// ask mostly capitalised words whether they are common English words,
// given names or known places, and one lookup in the gazetteer's large
// map answers all of those (see wordFacts).

// class is a set of the word lists that hold a word's lower-case form.
type class uint32

// The word lists of the lower-case form.
const (
	cFunction        class = 1 << iota // functionWords
	cTitle                             // titleWords
	cTitleQualifier                    // titleQualifiers
	cHonorific                         // honorifics
	cRoleNoun                          // roleNouns
	cOrgWord                           // orgWords
	cGenericOrg                        // genericOrgNouns
	cNewspaper                         // newspaperWords
	cPlaceWord                         // placeWords
	cEventWord                         // eventWords
	cSayVerb                           // sayVerbs
	cAgentVerb                         // agentVerbs
	cBeliever                          // believers
	cCompetition                       // competitionWords
	cPreposition                       // prepositions
	cPersonVerb                        // personVerbs
	cNonName                           // nonNames
	cCalendar                          // calendarWords
	cNotRole                           // notRoleWords
	cOrgNoun                           // orgNouns
	cPlacePrep                         // placePreps
	cMotionPrep                        // motionPreps
	cStrongPlacePrep                   // strongPlacePreps
	cSourceWord                        // sourceWords
	cNumberWord                        // numberWords
	cLeadAdjective                     // leadAdjectives
	cAdjectiveTitle                    // adjectiveTitles
	cLeadDeterminer                    // leadDeterminers
	cCompass                           // compass
	cOnHead                            // onHeads
	cCommon                            // the gazetteer's common English words
)

// classSets are the word lists of each class but cCommon, in the order
// of the bits.
var classSets = [...]map[string]bool{
	functionWords, titleWords, titleQualifiers, honorifics, roleNouns, orgWords,
	genericOrgNouns, newspaperWords, placeWords, eventWords, sayVerbs, agentVerbs,
	believers, competitionWords, prepositions, personVerbs, nonNames, calendarWords,
	notRoleWords, orgNouns, placePreps, motionPreps, strongPlacePreps, sourceWords,
	numberWords, leadAdjectives, adjectiveTitles, leadDeterminers, compass, onHeads,
}

// wordClasses returns the classes of every listed word, with cCommon for
// the given common words.
func wordClasses(common []string) map[string]class {
	m := make(map[string]class, len(common)+1024)
	for _, w := range common {
		m[w] |= cCommon
	}
	for b, set := range classSets {
		for w := range set {
			m[w] |= 1 << b
		}
	}
	return m
}

// lexeme is what a document knows of one distinct word.
type lexeme struct {
	low   string // the word in lower case
	cls   class  // the classes of low, once learnt
	first int32  // the index of the word's first token
	// capSeen counts the word's capitalised occurrences where a capital
	// means a name.
	capSeen int32
	// place and org are 1 + the indexes in gazetteer.placeList and
	// gazetteer.orgNames of the known place and organisation of that
	// name, or 0.
	place  int32
	org    uint16
	rank   uint16 // the given name's rank (see rankOf), or 0
	learnt uint8  // the learn bits of what cls, facts, sex, place, org and name hold
	facts  uint8  // the fact bits that hold
	sex    byte   // the given name's sex letter, or 0
	// name holds the names bits (nameKnown, namePrefix) of the word as
	// a folded name, with place and org.
	name uint8
}

// The learn bits of a lexeme.
const (
	learntLists uint8 = 1 << iota // cls holds the classes but cCommon
	learntWord                    // cls holds all classes, sex and rank the given name's (see learnWord)
	learntPlace                   // place, org and name hold
	learntKnown
	learntDemonym
	learntLowSeenLower
	learntMayStart
)

// The fact bits of a lexeme. Those with a learn bit are learnt on the
// first question; index sets the other two.
const (
	factKnown        uint8 = 1 << iota // names a known place or organisation
	factDemonym                        // a demonym or an adjective of nationality
	factLowSeenLower                   // its lower-case form is written in lower case
	factLowSeen                        // written in lower case
	factSurname                        // written right after a given name
	factMayStart                       // may start a known name (see mayStartKnown)
)

// assignLexemes gives every token its lexeme, one for each distinct text,
// and the lexemes their lower-case forms.
func (d *document) assignLexemes() {
	n := min(len(d.toks)/2, 1024)
	d.ids = newLexTable(n)
	d.lex = make([]lexeme, 0, n+64)
	ascii := 0 // bytes of the words that need ASCII letters lowered
	for i := range d.toks {
		t := &d.toks[i]
		if len(d.str(t)) == 1 && d.str(t)[0] < utf8.RuneSelf {
			// Punctuation and one-letter words, without hashing.
			c := d.str(t)[0]
			if d.single[c] == 0 {
				d.lex = append(d.lex, newLexeme(d.str(t), i, &ascii))
				d.single[c] = int32(len(d.lex))
			}
			t.lex = d.single[c] - 1
			continue
		}
		id, slot, tag := d.ids.find(d, d.str(t))
		if id < 0 {
			id = int32(len(d.lex))
			d.lex = append(d.lex, newLexeme(d.str(t), i, &ascii))
			d.ids.add(d, id, slot, tag)
		}
		t.lex = id
	}
	if ascii > 0 {
		d.lowerASCII(ascii)
	}
}

// learnWord learns at once what the gazetteer says of the word w of
// lexeme x: all its classes, its sex as a given name and, when w is only
// ASCII letters and digits (so that its folded form is its lower-case
// form), what it names as a place or organisation. The rules ask most of
// these of a capitalised word, and one lookup answers them.
func (d *document) learnWord(x *lexeme, w string) {
	f := d.g.words.get(x.low)
	x.cls = f.cls
	x.learnt |= learntWord | learntLists
	if titleASCII(w) {
		x.sex, x.rank = f.sex, f.rank
	} else if len(d.g.givenOther) > 0 {
		x.sex, x.rank = d.g.givenOther[w], rankOf(d.g.rank[w])
	}
	if !alnumASCII(w) {
		return
	}
	x.place, x.org, x.name = f.place, f.org, f.name
	if f.name&nameKnown != 0 {
		x.facts |= factKnown
	}
	if f.name != 0 {
		x.facts |= factMayStart
	}
	x.learnt |= learntPlace | learntKnown | learntMayStart
}

// alnumASCII reports whether w is only ASCII letters and digits.
func alnumASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || !asciiWord[c] {
			return false
		}
	}
	return true
}

// newLexeme returns the lexeme of the word w, first seen at token i, with
// its lower-case form, or with none yet when that takes lowering ASCII
// letters only: then it adds the length of w to *ascii.
func newLexeme(w string, i int, ascii *int) lexeme {
	x := lexeme{first: int32(i)}
	switch lowerKind(w) {
	case lowerSame:
		x.low = w
	case lowerASCII:
		*ascii += len(w)
	default:
		x.low = strings.ToLower(w)
	}
	return x
}

// lowerASCII sets the lower-case forms that newLexeme left out, n bytes
// in all. They are cut from one string, so a text costs one allocation
// for them rather than one per capitalised word.
func (d *document) lowerASCII(n int) {
	var b strings.Builder
	b.Grow(n)
	for i := range d.lex {
		if d.lex[i].low == "" {
			for _, c := range []byte(d.str(&d.toks[d.lex[i].first])) {
				if isUpperASCII(c) {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	all := b.String()
	for i := range d.lex {
		if x := &d.lex[i]; x.low == "" {
			n := len(d.str(&d.toks[x.first]))
			x.low, all = all[:n], all[n:]
		}
	}
}

// low returns token t's text in lower case.
func (d *document) low(t *token) string { return d.lex[t.lex].low }

// lexemeOf returns the lexeme of the word w, or nil when no token of the
// text is w.
func (d *document) lexemeOf(w string) *lexeme {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		if id := d.single[w[0]]; id > 0 {
			return &d.lex[id-1]
		}
		return nil
	}
	if id, _, _ := d.ids.find(d, w); id >= 0 {
		return &d.lex[id]
	}
	return nil
}

// cls returns the classes of token t's lower-case form.
func (d *document) cls(t *token) class {
	x := &d.lex[t.lex]
	if x.learnt&learntWord == 0 {
		d.learnWord(x, d.str(t))
	}
	return x.cls
}

// lists returns the classes of token t's lower-case form but cCommon:
// the short word lists it is on.
func (d *document) lists(t *token) class {
	x := &d.lex[t.lex]
	if x.learnt&learntLists == 0 {
		x.cls = d.g.lists.get(x.low)
		x.learnt |= learntLists
	}
	return x.cls &^ cCommon
}

// is reports whether token t's lower-case form is in one of the classes c.
func (d *document) is(t *token, c class) bool {
	if c&cCommon != 0 {
		return d.cls(t)&c != 0
	}
	return d.lists(t)&c != 0
}

// isFunction reports whether token t's lower-case form is a function
// word. It is asked of every word; most are told apart by their shape
// (see functionShapes), and the most frequent function words are known
// from code, without learning the lists they are on.
func (d *document) isFunction(t *token) bool {
	x := &d.lex[t.lex]
	if x.learnt&learntLists == 0 && x.low != "" {
		if s := shape(x.low); functionShapes[s/64]&(1<<(s%64)) == 0 {
			return false
		}
		if frequentFunctionWord(x.low) {
			return true
		}
	}
	return d.lists(t)&cFunction != 0
}

// clsAt returns the classes but cCommon of token i's lower-case form, or
// none out of range.
func (d *document) clsAt(i int) class {
	if i < 0 || i >= len(d.toks) {
		return 0
	}
	return d.lists(&d.toks[i])
}

// sex returns the sex letter of token t as a given name, or 0.
func (d *document) sex(t *token) byte {
	x := &d.lex[t.lex]
	if x.learnt&learntWord == 0 {
		d.learnWord(x, d.str(t))
	}
	return x.sex
}

// rank returns the rank by frequency of token t as a given name (see
// rankOf), or 0 when it is none.
func (d *document) rank(t *token) int {
	x := &d.lex[t.lex]
	if x.learnt&learntWord == 0 {
		d.learnWord(x, d.str(t))
	}
	return int(x.rank)
}

// placeOrg returns 1 + the indexes in gazetteer.placeList and
// gazetteer.orgNames of the known place and organisation that token t
// names, 0 for none.
func (d *document) placeOrg(t *token) (int32, uint16) {
	x := &d.lex[t.lex]
	if x.learnt&learntWord == 0 {
		d.learnWord(x, d.str(t)) // learns them of most words
	}
	if x.learnt&learntPlace == 0 {
		f := d.factsOf(d.str(t))
		x.place, x.org, x.name = f.place, f.org, f.name
		x.learnt |= learntPlace
	}
	return x.place, x.org
}

// placeLevel returns the level of the known place that token t names, or
// 0 for none.
func (d *document) placeLevel(t *token) int {
	if p, _ := d.placeOrg(t); p != 0 {
		return d.g.placeList[p-1].level
	}
	return 0
}

// isOrg reports whether token t names a known organisation.
func (d *document) isOrg(t *token) bool {
	_, o := d.placeOrg(t)
	return o != 0
}

// fact reports whether the fact f (one bit) holds of token t.
func (d *document) fact(t *token, f uint8) bool {
	x := &d.lex[t.lex]
	learn := factLearn[f]
	if x.learnt&(learn|learntWord) == 0 && learn&(learntKnown|learntMayStart) != 0 {
		d.learnWord(x, d.str(t)) // learns it of most words
	}
	if x.learnt&learn == 0 {
		var ok bool
		switch f {
		case factKnown:
			ok = d.isKnownName(d.str(t))
		case factDemonym:
			ok = d.isDemonym(d.str(t))
		case factLowSeenLower:
			ok = d.seenLower(x.low)
		case factMayStart:
			ok = d.mayStartKnown(d.str(t))
		}
		if ok {
			x.facts |= f
		}
		x.learnt |= learn
	}
	return x.facts&f != 0
}

// factLearn maps each fact bit to its learn bit.
var factLearn = [...]uint8{
	factKnown:        learntKnown,
	factDemonym:      learntDemonym,
	factLowSeenLower: learntLowSeenLower,
	factMayStart:     learntMayStart,
}

// capCount returns how often the word w is capitalised where a capital
// means a name.
func (d *document) capCount(w string) int {
	if x := d.lexemeOf(w); x != nil {
		return int(x.capSeen)
	}
	return 0
}

// seenLower reports whether the word w is written in lower case.
func (d *document) seenLower(w string) bool {
	x := d.lexemeOf(w)
	return x != nil && x.facts&factLowSeen != 0
}

// str returns token t's text.
func (d *document) str(t *token) string { return d.text[t.s:t.e] }
