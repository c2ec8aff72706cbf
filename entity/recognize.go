package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// document is the per-call state of Analyze: the tokens of one text, what
// the text as a whole says about its words, and the mentions found.
type document struct {
	text      string
	sentences []article.Span
	toks      []token
	g         *gazetteer
	// ids and single index the lexemes lex of the text's words: single
	// holds 1 + the index for a word of one ASCII byte, ids the index for
	// any other.
	ids    lexTable
	single [utf8.RuneSelf]int32
	lex    []lexeme
	// gazEnds caches gazPrefix: gazEnds[i] is 1 + the end of the longest
	// known name that starts at token i, 0 when not yet computed.
	gazEnds []int32
	// evidence, for a headline, is the body it belongs to.
	evidence *document
	// sports is true when the text reports on sport, where a state's
	// name before "State" names a university and conferences are leagues.
	sports bool

	cands []*cand
	// slab is the block the next candidates are taken from.
	slab []cand
	res  *Resolution
	// scratch holds the key of the last gazetteer lookup, so that lookups
	// allocate nothing.
	scratch []byte
	// folds and translits remember fold and translit of the strings
	// that they change, so each distinct name is built once.
	folds, translits map[string]string
}

// cand is a mention candidate: a run of name tokens.
type cand struct {
	first, last int // token range [first, last)
	span        article.Span
	key         string // folded name
	role        string
	score       [numKinds]float64
	gazPlace    *place // the known place it names, in the gazetteer: read only
	gazOrg      string
	group       int
	the         bool // preceded by a lower-case "the"
	poss        bool // followed by a possessive ending
	title       bool // a title stood before the name inside its run
	acro        bool // an all-capital abbreviation
	nested      bool // inside another candidate's span
	strong      bool // a title, role, given name or personal verb marks a person
}

// newDocument returns the document of text, its words told apart and
// their lexemes found. evidence is the body a headline belongs to, or nil.
func newDocument(text string, sentences []article.Span, evidence *document) *document {
	if len(sentences) == 0 {
		sentences = lines(text)
	}
	d := &document{text: text, sentences: sentences, toks: tokenize(text, sentences), g: gaz(), evidence: evidence}
	d.assignLexemes()
	if evidence != nil {
		d.learnFrom(evidence)
	}
	d.markAmbiguous()
	return d
}

// index records what the text as a whole says about its words: which it
// capitalises where a capital counts, which it writes in lower case, and
// which follow a given name.
func (d *document) index() {
	// Distinct words grow far slower than a text (Heaps' law): beyond a
	// short article's count, let the maps grow as they need.
	for i := range d.toks {
		t := &d.toks[i]
		if !t.word() {
			continue
		}
		if i > 0 && t.cap() && d.toks[i-1].cap() && d.toks[i-1].e+1 == t.s && d.sex(&d.toks[i-1]) != 0 {
			d.lex[t.lex].facts |= factSurname
		}
		if t.cap() && !t.amb() {
			d.lex[t.lex].capSeen++
		} else if !t.cap() && !t.upper() {
			d.lex[t.lex].facts |= factLowSeen
		}
	}
	n := 0
	for _, w := range sportsWords {
		if d.seenLower(w) {
			n++
		}
	}
	d.sports = n >= 2
	if d.evidence != nil {
		d.sports = d.evidence.sports
	}
}

// sportsWords are words that only sports reports use often; two of them
// make a text a sports report.
var sportsWords = []string{"football", "basketball", "baseball", "soccer", "hockey", "rugby",
	"cricket", "coach", "playoff", "playoffs", "quarterback", "athletic", "athletics",
	"touchdown", "goalkeeper", "striker", "midfielder", "championship", "tournament"}

// english reports whether text reads as English: short texts always do;
// longer ones need English function words ("the", "of", "and") for at
// least one word in eight of their first 3,000, as English prose has for
// about one in two (decided on the first 200 when they have one in four,
// or fewer than one in thirty-two). Capitals mean little in German nouns or Cyrillic
// script, so the rules would find names everywhere there. It reads words
// without building tokens, so other languages cost little.
func english(text string) bool {
	words, function := 0, 0
	for i := 0; i < len(text) && words < 3000; {
		letter, size := letterAt(text, i)
		if !letter {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			letter, size2 := letterAt(text, j)
			if !letter {
				break
			}
			j += size2
		}
		words++
		if w := text[i:j]; len(w) <= 10 && isFunctionWord(w) {
			function++
		}
		i = j
		// Clear cases are clear early: prose with a function word in
		// four is English, with fewer than one in thirty-two it is not.
		if words == 200 && (function*4 >= words || function*32 < words) {
			break
		}
	}
	return words < 40 || function*8 >= words
}

// letterAt reports whether a letter starts at text[i:], and the length of
// the rune there; ASCII costs no decoding.
func letterAt(text string, i int) (bool, int) {
	if c := text[i] | 0x20; text[i] < utf8.RuneSelf {
		return 'a' <= c && c <= 'z', 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return isLetter(r), size
}

// isFunctionWord reports whether w, lower-cased, is one of
// functionWords. An ASCII word is lowered on the stack, without
// allocating, and most other words are told apart by their shape alone.
func isFunctionWord(w string) bool {
	var b [16]byte
	if len(w) > len(b) || w == "" {
		return functionWords[lowerASCIIFast(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return functionWords[lowerASCIIFast(w)] // strings.ToLower's rules
		}
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	low := b[:len(w)]
	if s := shape(low); functionShapes[s/64]&(1<<(s%64)) == 0 {
		return false
	}
	if frequentFunctionWord(string(low)) {
		return true
	}
	return functionWords[string(low)]
}

// frequentFunctionWord reports whether low is one of the function words
// that make up most of those in English prose. It answers from code,
// where functionWords (which holds them all) is a map that other work
// has often pushed out of the processor's cache by the time english
// reads a text.
func frequentFunctionWord(low string) bool {
	switch low {
	case "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was",
		"with", "he", "as", "at", "by", "this", "be", "from", "his", "said", "have",
		"are", "has", "but", "not", "an", "they", "were", "will", "who", "or", "had":
		return true
	}
	return false
}

// functionShapes holds the shapes of functionWords.
var functionShapes = shapesOf(functionWords)

// seenCapitalTok reports whether token t's word is written with a capital
// where a capital means a name, in this text or in the body a headline
// belongs to.
func (d *document) seenCapitalTok(t *token) bool {
	if d.lex[t.lex].capSeen > 0 {
		return true
	}
	return d.evidence != nil && d.evidence.capCount(d.str(t)) > 0
}

// word returns token i's text, or "" out of range.
func (d *document) word(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.str(&d.toks[i])
}

// lower returns token i's text in lower case, or "" out of range.
func (d *document) lower(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.low(&d.toks[i])
}

// sameSentence reports whether tokens i and j lie in one sentence and no
// line break falls between them.
func (d *document) sameSentence(i, j int) bool {
	if i < 0 || j >= len(d.toks) || d.toks[i].f&tNoSent != 0 {
		return false
	}
	for k := min(i, j) + 1; k <= max(i, j); k++ {
		if d.toks[k].f&tSentStart != 0 || k <= j && d.toks[k].gapNL() {
			return false
		}
	}
	return true
}

// isDemonym reports whether w is a demonym or an adjective of nationality
// ("Russian", "Belarusian").
func (d *document) isDemonym(w string) bool {
	_, ok := d.g.demonyms[w]
	return ok
}

// nameTok reports whether token i can be part of a name.
func (d *document) nameTok(i int) bool {
	t := &d.toks[i]
	if !t.word() || !(t.cap() || t.upper()) {
		return false
	}
	// A common word before a colon is a label: "Image: ...", "Update: ...".
	if i+1 < len(d.toks) && d.str(&d.toks[i+1]) == ":" && d.is(t, cCommon) {
		return false
	}
	if t.amb() {
		return d.ambiguousName(i)
	}
	if d.is(t, cFunction) && d.str(t) != "I" && !t.upper() {
		// "The" inside a name is handled by the chunker; other function
		// words mid-sentence with a capital are kept ("Of Mice and Men" aside).
		return d.str(t) == "The"
	}
	return true
}

// ambiguousName decides whether a capitalised word whose capital says
// nothing (sentence-initial, quote-initial or in a title-case line) is a
// name.
func (d *document) ambiguousName(i int) bool {
	t := &d.toks[i]
	w := d.str(t)
	cls := d.cls(t)
	if t.upper() && utf8.RuneCountInString(w) <= 6 {
		if d.fact(t, factKnown) {
			return true
		}
		return cls&(cCommon|cFunction|cNonName) == 0
	}
	if cls&cFunction != 0 {
		// "The Bell", and given names that are also function words ("Will
		// Smith").
		return (d.str(t) == "The" || d.sex(t) != 0) && i+1 < len(d.toks) && d.sameSentence(i, i+1) && d.nameTokStrict(i+1)
	}
	if cls&cNonName != 0 {
		// Unless the text writes it with a capital inside a sentence too,
		// where it opens a name: "Ad Astra" after "reflected in Ad Astra".
		return d.lex[t.lex].capSeen > 0 && cls&cCalendar == 0 && i+1 < len(d.toks) && d.sameSentence(i, i+1) && d.nameTokStrict(i+1)
	}
	if cls&(cTitle|cTitleQualifier) != 0 || d.fact(t, factDemonym) {
		// A title or demonym opening a name: "President Trump", "Russian
		// President Vladimir Putin"; alone it is a common word.
		if i+1 >= len(d.toks) || !d.sameSentence(i, i+1) {
			return false
		}
		if n := d.str(&d.toks[i+1]); (n == "of" || n == "for") && i+2 < len(d.toks) && d.sameSentence(i, i+2) {
			return cls&cTitle != 0 && d.toks[i+2].cap() // "Secretary of State ..."
		}
		return d.toks[i+1].cap()
	}
	if cls&cCommon == 0 && !d.fact(t, factLowSeenLower) {
		return true
	}
	if d.seenCapitalTok(t) {
		return true
	}
	if l := d.placeLevel(t); l != 0 && l <= levelRegion {
		return true
	}
	if d.isOrg(t) {
		return true
	}
	// A given name that is also a common word ("Mark", "Will") is a name
	// when a name follows it.
	if d.sex(t) != 0 && i+1 < len(d.toks) && d.sameSentence(i, i+1) && d.nameTokStrict(i+1) {
		return true
	}
	return false
}

// nameTokStrict is nameTok for a token right after an ambiguous one: it
// must be capitalised where the capital counts, or an unknown word.
func (d *document) nameTokStrict(i int) bool {
	t := &d.toks[i]
	if !t.word() || !(t.cap() || t.upper()) || d.is(t, cFunction|cNonName) {
		return false
	}
	if !t.amb() {
		return true
	}
	return !d.is(t, cCommon) || d.seenCapitalTok(t)
}

// particles join the parts of a person's name in lower case ("Ludwig van
// Beethoven", "Osama bin Laden").
var particles = setOf(`de del della di da das dos du van von der den ter la le al el bin ibn`)

// recognize finds the mention candidates of the text.
func (d *document) recognize() {
	n := len(d.toks)
	for i := 0; i < n; {
		if !d.nameTok(i) {
			i++
			continue
		}
		start := i
		end := d.extend(i)
		// A model number before a word that alone would be a given name
		// or a common word belongs to the name: "737 Max".
		if end == i+1 && d.modelNumber(i-1) && (d.sex(&d.toks[i]) != 0 || d.is(&d.toks[i], cCommon)) {
			start = i - 1
		}
		d.addRun(start, end)
		i = end
	}
}

// maxRun bounds the words of one name, which keeps the work per name
// constant whatever the input (the longest names, such as "National
// Museum of the U.S. Air Force", have about ten).
const maxRun = 14

// extend returns the end of the run of name tokens that starts at i,
// crossing the connectors that names contain.
func (d *document) extend(i int) int {
	n := min(len(d.toks), i+maxRun)
	end := i + 1
	for end < n && d.sameSentence(end-1, end) {
		t := &d.toks[end]
		switch {
		case t.upper() && d.is(t, cNonName):
			// "Museum of Flight CEO": an abbreviation that names nothing ends
			// the name.
		case d.nameTok(end) && !d.toks[end].amb() || d.nameTok(end) && d.toks[end-1].amb():
			if d.str(t) == "The" && end > i {
				return end
			}
			end++
			continue
		case end == i+1 && t.cap() && !t.amb() && d.is(t, cFunction) && d.str(t) != "I" && d.str(&d.toks[i]) == "The" && !d.toks[i].amb() &&
			end+1 < n && d.sameSentence(end, end+1) && d.nameTok(end+1) && !d.toks[end+1].amb():
			end += 2 // "The We Company", "The Who"
			continue
		case d.nameNumber(end):
			return end + 1 // "Big 12", "Windows 11"
		case t.cap() && !t.amb() && d.is(t, cNumberWord) && !d.toks[end-1].digit():
			end++ // "Big Ten", "Formula One"
			continue
		case t.word() && particles[d.str(t)] && end+1 < n && d.sameSentence(end, end+1) && d.nameTok(end+1) && !d.toks[end+1].amb():
			end += 2
			continue
		case (d.str(t) == "of" || d.str(t) == "for" || d.str(t) == "on" && d.clsAt(end-1)&cOnHead != 0) && d.connects(i, end):
			j := end + 1
			if d.word(j) == "the" {
				j++
			}
			if j < n && d.sameSentence(end, j) && d.nameTok(j) && d.clsAt(j)&cNonName == 0 {
				end = j + 1
				continue
			}
		case d.str(t) == "&" && end+1 < n && d.sameSentence(end, end+1) && d.nameTok(end+1):
			end += 2
			continue
		case d.str(t) == "and" && d.andJoins(i, end):
			end += 2
			continue
		case t.poss() && end+1 < n && d.sameSentence(end, end+1) && d.nameTok(end+1) && !d.toks[end+1].amb() &&
			d.is(&d.toks[end-1], cCommon) && !d.nameHead(i, end) && d.keywordRun(end+1):
			end += 2 // "Korean People's Army"
			continue
		}
		break
	}
	return end
}

// onHeads are the words that take "on" inside a name ("Council on
// Foreign Relations").
var onHeads = setOf(`council committee commission conference panel board forum institute`)

// regionalDemonym reports whether the run is a demonym after compass
// words ("North American", "Latin American"), or the plural of a known
// place's people ("South Dakotans").
func (d *document) regionalDemonym(start, end int) bool {
	if end-start >= 2 && d.fact(&d.toks[end-1], factDemonym) {
		for k := start; k < end-1; k++ {
			if !d.is(&d.toks[k], cCompass) {
				return false
			}
		}
		return true
	}
	for _, suf := range []string{"ns", "s"} {
		if stem, ok := strings.CutSuffix(d.text[d.toks[start].s:d.toks[end-1].e], suf); ok && end-start >= 2 {
			if d.knownPlace(stem) || d.knownPlace(stem+"a") {
				return true // "South Dakotans", "North Carolinians" aside
			}
		}
	}
	return false
}

// compass words qualify regions and their demonyms.
var compass = setOf(`north south east west northern southern eastern western central latin
	northeast northwest southeast southwest`)

// orgish reports whether tokens [start, end) hold a word that heads
// organisation or place names.
func (d *document) orgish(start, end int) bool {
	for k := start; k < end; k++ {
		if d.is(&d.toks[k], cOrgWord|cPlaceWord) {
			return true
		}
	}
	return false
}

// keywordRun reports whether the name tokens from i on end in a word that
// heads organisation, place or event names.
func (d *document) keywordRun(i int) bool {
	j := i
	for j < len(d.toks) && j < i+maxRun && d.sameSentence(i, j) && d.nameTok(j) {
		j++
	}
	return j > i && d.clsAt(j-1)&(cOrgWord|cPlaceWord|cEventWord) != 0
}

// nameHead reports whether the run [i, end) already names something the
// gazetteers know, so a possessive after it ends it.
func (d *document) nameHead(i, end int) bool {
	return d.isKnownName(d.text[d.toks[i].s:d.toks[end-1].e])
}

// connects reports whether "of", "for" or "on" at token c continues the
// run that starts at i: the run holds a word that heads organisation,
// place or event names ("University of ...", "Museum of Flight") or is a
// title ("Secretary of State").
func (d *document) connects(i, c int) bool {
	for k := i; k < c; k++ {
		if d.is(&d.toks[k], cOrgWord|cPlaceWord|cEventWord|cTitle) {
			return true
		}
	}
	return false
}

// andJoins reports whether "and" at token c joins two parts of one name,
// as in "National Air and Space Museum" or "Securities and Exchange
// Commission": the words after it run to a word that heads organisation
// names, and the few words before it hold no "of" and name nothing known
// on their own.
func (d *document) andJoins(i, c int) bool {
	n := min(len(d.toks), i+maxRun)
	if c+1 >= n || !d.sameSentence(c, c+1) || !d.nameTok(c+1) {
		return false
	}
	if c-i > 3 || d.nameHead(i, c) {
		return false
	}
	for k := i; k < c; k++ {
		if d.str(&d.toks[k]) == "of" {
			return false // "University of X and Y College" is two names
		}
	}
	j := c + 1
	for j < n && d.sameSentence(c, j) && d.nameTok(j) {
		j++
	}
	if d.gazPrefix(c+1, j) == j {
		return false // "... and United States": a name of its own
	}
	return j-(c+1) >= 1 && d.clsAt(j-1)&(cOrgWord|cPlaceWord) != 0
}

// addRun splits the run [start, end) into its mentions: a title or role
// before a name becomes the name's role, and a known place or
// organisation before a title becomes a mention of its own.
func (d *document) addRun(start, end int) {
	// A lower-case "the" (or a sentence-initial "The") before the run.
	if d.str(&d.toks[start]) == "The" && d.toks[start].amb() {
		start++
		if start >= end {
			return
		}
	}
	if d.isDemonym(d.text[d.toks[start].s:d.toks[end-1].e]) || d.regionalDemonym(start, end) {
		return // "South Korean", "North American", "South Dakotans"
	}
	// A generic noun with a capital refers back to a name: "the Company",
	// "The Foundation".
	if k := start; end-k <= 2 && (end-k == 1 || d.str(&d.toks[k]) == "The") && d.is(&d.toks[end-1], cGenericOrg) {
		return
	}
	// A hyphenated adjective at the end: "World Cup-style".
	if end-start > 1 {
		if w := d.str(&d.toks[end-1]); strings.Contains(w, "-") {
			rest := w[strings.LastIndexByte(w, '-')+1:]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) && d.common(rest) {
				end--
			}
		}
	}
	// An organisation's name run into a person's, at a given name or after
	// a place: "University of Texas Arlington Amneh Jafari".
	for k := end - 2; k >= start+2; k-- {
		afterPlace := d.placeLevel(&d.toks[k-1]) != 0
		named := d.sex(&d.toks[k]) != 0 && !d.is(&d.toks[k], cCommon) || afterPlace
		if named && d.personShape(d.toks[k:end]) && d.orgish(start, k) && !d.is(&d.toks[start], cTitle) {
			d.addRun(start, k)
			if c := d.addCand(k, end); c != nil {
				c.title = true
			}
			return
		}
	}
	// Demonyms and titles at the front.
	j := d.titleEnd(start, end)
	if j > start && j < end {
		// A title word that opens the name of an organisation or a place is
		// part of it: "Duke University", "Governor Cuomo Bridge".
		if d.is(&d.toks[end-1], cOrgWord|cPlaceWord) {
			j = start
		}
	}
	if j == start {
		// A qualifier that opens a sentence without a title after it:
		// "Former U.K. ministers" names the U.K.
		for j < end-1 && d.toks[j].amb() && d.is(&d.toks[j], cLeadAdjective) {
			j++
		}
		if j > start {
			d.addRun(j, end)
			return
		}
	}
	if j > start {
		role := d.text[d.toks[start].s:d.toks[j-1].e]
		d.addPrefixEntities(start, j)
		if j == end {
			return // only a title, with the names inside it
		}
		c := d.addCand(j, end)
		if c != nil {
			c.title = true
			c.role = strings.TrimSpace(d.leftRole(start, true) + role)
			if honorifics[strings.ToLower(role)] {
				c.role = ""
			}
		}
		return
	}
	// A demonym or a follower's name before a personal name: "Scientologist
	// Tom Cruise".
	if end-start >= 3 && (d.demonymLike(start) || d.groupWord(start)) &&
		(d.personShape(d.toks[start+1:end]) || d.givenNameShape(d.toks[start+1:end])) {
		if c := d.addCand(start+1, end); c != nil {
			c.title = true
			c.role = d.str(&d.toks[start])
		}
		return
	}
	// A country, region or organisation followed by a personal name:
	// split ("United States Hamdullah Mohib").
	if k := d.gazPrefix(start, end); k > start && end-k >= 2 && d.sex(&d.toks[start]) == 0 {
		if pl, ok := d.placeOf(d.text[d.toks[start].s:d.toks[k-1].e]); (!ok || pl.level <= levelRegion) && !d.is(&d.toks[end-1], cOrgWord|cPlaceWord|cEventWord) && d.personShape(d.toks[k:end]) {
			d.addCand(start, k)
			d.addRun(k, end)
			return
		}
	}
	if c := d.addCand(start, end); c != nil {
		if role := d.leftRole(start, false); role != "" {
			c.title = true
			c.role = strings.TrimSpace(role)
		}
	}
}

// titleEnd returns the end of the title at the front of [start, end): a
// run of demonyms, known places and organisations, qualifiers and title
// words that ends in a title word, with a name after it. It returns start
// when there is none.
func (d *document) titleEnd(start, end int) int {
	last := start
	for k := start; k < end; k++ {
		t := &d.toks[k]
		lw, cls := d.low(t), d.lists(t)
		switch {
		case cls&cTitle != 0 && !t.upper() || lw == "ceo" || lw == "mp":
			last = k + 1
			// "Secretary of State", "Governor of Washington": the title
			// runs on over "of" while two names' worth of words remain.
			if k+1 < end && (d.word(k+1) == "of" || d.word(k+1) == "for") {
				m := k + 2
				for m < end && end-m > 2 && d.sex(&d.toks[m]) == 0 {
					m++
				}
				if m > k+2 && m < end {
					last, k = m, m-1
				} else {
					// "Co-founder of Google": a role of an organisation, no name.
					return end
				}
			}
		case cls&cTitleQualifier != 0 || d.fact(t, factDemonym) || t.poss() || lw == "the" || lw == "of":
		case k == start || d.gazPrefix(k, end) > k:
			// a leading name: "NASA Administrator", "U.S. Senator"
			if d.gazPrefix(k, end) > k {
				k = d.gazPrefix(k, end) - 1
			}
		default:
			if m := d.titleResumes(k, end); last > start && m > k {
				k = m - 1 // "Chief People Officer": the title goes on
				continue
			}
			if last > start {
				return last
			}
			return start
		}
	}
	if last >= end {
		// Only title words: keep a trailing name if the last word is not a
		// title ("President" alone is no name).
		return end
	}
	return last
}

// titleResumes returns the index of the title word that ends a title
// of several capitalised words after its first title word ("People" in
// "Chief People Officer Jane Jiang Fang"), when at most two such words,
// none a given name, stand at k and a name follows; else k.
func (d *document) titleResumes(k, end int) int {
	for m := k; m < end-1 && m-k < 2; m++ {
		t := &d.toks[m]
		if !t.word() || !t.cap() || t.upper() || d.sex(t) != 0 {
			return k
		}
		if n := &d.toks[m+1]; d.is(n, cTitle) && !n.upper() && m+2 < end {
			return m + 1
		}
	}
	return k
}

// leftRole returns the words before token start that belong to a role
// before a name ("U.S. envoy" in "U.S. envoy Steve Witkoff", "Ukraine’s"
// in "Ukraine’s President Volodymyr Zelenskiy"), with a trailing space, or
// "". Unless hasTitle, the words must hold a lower-case title.
func (d *document) leftRole(start int, hasTitle bool) string {
	k := start - 1
	for k >= 0 && d.sameSentence(k, start) && start-k <= 6 {
		t := &d.toks[k]
		cls := d.lists(t)
		switch {
		case t.word() && !t.cap() && cls&(cTitle|cTitleQualifier) != 0 && cls&(cAdjectiveTitle|cHonorific) == 0:
			hasTitle = hasTitle || cls&cTitle != 0
		case t.word() && (t.cap() || t.upper()) && cls&cFunction == 0:
		case t.poss():
		default:
			goto done
		}
		k--
	}
done:
	k++
	if k >= start || !hasTitle {
		return ""
	}
	// Drop leading capitalised words that are not part of the role: keep
	// from the first demonym, name or title.
	return d.text[d.toks[k].s:d.toks[start-1].e] + " "
}

// leadAdjectives qualify a title or a name but are part of neither when
// they open a sentence ("Former U.K. ministers").
var leadAdjectives = setOf(`former acting interim late current incoming outgoing ex`)

// adjectiveTitles are titles only when capitalised; in lower case they
// are adjectives or common nouns ("a major donor").
var adjectiveTitles = setOf(`major general count marshal dean principal chief head lead`)

// addPrefixEntities adds the known places and organisations inside a
// title ("NASA" in "NASA Administrator Charles Bolden").
func (d *document) addPrefixEntities(start, end int) {
	for k := start; k < end; k++ {
		t := &d.toks[k]
		if !t.word() || d.is(t, cTitle|cTitleQualifier) || d.fact(t, factDemonym) || d.is(t, cFunction) && !t.upper() {
			continue
		}
		m := k + 1
		for m < end && d.toks[m].word() && !d.is(&d.toks[m], cTitle|cTitleQualifier) {
			m++
		}
		d.addCand(k, m)
		k = m - 1
	}
}

// gazPrefix returns the end of the longest known place or organisation
// name that starts the run at start (at most five words), or start.
func (d *document) gazPrefix(start, end int) int {
	if d.gazEnds == nil {
		d.gazEnds = make([]int32, len(d.toks))
	}
	if best := d.longestKnown(start); best <= end {
		return best
	}
	// The longest known name runs past the run: find the longest inside.
	best := start
	if !d.fact(&d.toks[start], factMayStart) {
		return best
	}
	for k := start + 1; k <= end && k <= start+5; k++ {
		if d.isKnownName(d.text[d.toks[start].s:d.toks[k-1].e]) {
			best = k
		}
	}
	return best
}

// longestKnown returns the end of the longest known place or
// organisation name (at most five tokens) that starts at token start, or
// start, and caches it.
func (d *document) longestKnown(start int) int {
	if e := d.gazEnds[start] - 1; e >= 0 {
		return int(e)
	}
	best := start
	if start >= len(d.toks) || !d.fact(&d.toks[start], factMayStart) {
		d.gazEnds[start] = int32(best + 1)
		return best
	}
	// Fold word by word; stop where no known name can go on.
	f := folder{buf: d.scratch[:0]}
	from := d.toks[start].s
	for k := start + 1; k <= len(d.toks) && k <= start+5; k++ {
		t := &d.toks[k-1]
		if !t.word() && d.str(t) != "&" {
			break
		}
		f.add(d.text[from:t.e])
		from = t.e
		// The first word's lexeme often knows its names bits already (a
		// word folded and its key are one: a word ends in no apostrophe);
		// else the gazetteer tells them.
		x := &d.lex[t.lex]
		ofLexeme := k == start+1 && x.learnt&learntPlace != 0
		name := x.name
		if !ofLexeme {
			name = d.g.words.getBytes(f.key()).name
		}
		if name&nameKnown != 0 {
			best = k
		}
		// A longer known name would start with the text so far and a
		// space, which a space-only gap before the next word gives.
		if k < len(d.toks) && len(f.buf) > 0 && spaceOnly(d.text[t.e:d.toks[k].s]) {
			if !ofLexeme {
				name = d.g.words.getBytes(f.buf).name
			}
			if name&namePrefix == 0 {
				break
			}
		}
	}
	d.scratch = f.buf
	d.gazEnds[start] = int32(best + 1)
	return best
}

// addCand adds the mention candidate [start, end) and returns it, or nil
// when the words are no name.
func (d *document) addCand(start, end int) *cand {
	for start < end && !d.toks[start].word() {
		start++
	}
	for end > start && !d.toks[end-1].word() {
		end--
	}
	if start >= end {
		return nil
	}
	first := &d.toks[start]
	if end-start == 1 {
		w := d.str(first)
		known := d.fact(first, factKnown)
		if d.is(first, cNonName) && !known || d.is(first, cFunction) && !(first.upper() && known) {
			return nil
		}
		if d.demonymLike(start) || d.groupWord(start) || contraction(d.low(first)) {
			return nil
		}
		// A hyphenated adjective such as "Russian-speaking" or "Kremlin-backed".
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) {
			rest := w[h+1:]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) && d.common(rest) {
				return nil
			}
		}
	}
	c := d.newCand()
	*c = cand{first: start, last: end, span: article.Span{int(d.toks[start].s), int(d.toks[end-1].e)}}
	if end-start == 1 {
		c.key = d.foldTok(first)
	} else {
		c.key = d.fold(c.span.Of(d.text))
	}
	c.the = start > 0 && (d.str(&d.toks[start-1]) == "the" || d.str(&d.toks[start-1]) == "The" && d.toks[start-1].amb())
	c.poss = end < len(d.toks) && d.toks[end].poss()
	c.acro = end-start == 1 && first.upper() && !first.digit()
	var f wordFacts
	if end-start == 1 {
		// The key is the word folded, of which the lexeme knows.
		f.place, f.org = d.placeOrg(first)
	} else {
		f = d.g.words.get(c.key)
	}
	c.gazPlace = d.g.placeRef(f)
	c.gazOrg = d.g.orgIn(f)
	c.group = -1
	d.cands = append(d.cands, c)
	return c
}

// newCand returns a zero candidate, taken from a block of sixteen or, once
// a text has had that many, of as many as it has had (up to 512), so that
// a text's candidates cost few allocations and little spare room.
func (d *document) newCand() *cand {
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]cand, 0, min(max(16, len(d.cands)), 512))
	}
	d.slab = d.slab[:len(d.slab)+1]
	return &d.slab[len(d.slab)-1]
}

// demonymLike reports whether token i is a demonym or language of the
// gazetteer ("Russian", "English"), or its plural ("Afghans").
func (d *document) demonymLike(i int) bool {
	t := &d.toks[i]
	if d.fact(t, factDemonym) {
		return true
	}
	// Plural demonyms: "Afghans", "Belgians".
	if s, ok := strings.CutSuffix(d.str(t), "s"); ok && d.isDemonym(s) {
		return true
	}
	return false
}

// contraction reports whether low, a word in lower case, is a contraction
// such as "i’m" or "theres".
func contraction(low string) bool {
	for _, suf := range []string{"m", "ve", "ll", "re", "d"} {
		if rest, ok := strings.CutSuffix(low, suf); ok {
			if _, ok := cutApos(rest); ok {
				return true
			}
		}
	}
	if rest, ok := strings.CutSuffix(low, "t"); ok {
		if rest, ok := cutApos(rest); ok && strings.HasSuffix(rest, "n") {
			return true // "n't"
		}
	}
	return low == "theres" || low == "im" || low == "ive"
}

// cutApos returns s without a final straight or curly apostrophe, and
// whether it had one.
func cutApos(s string) (string, bool) {
	if rest, ok := strings.CutSuffix(s, "'"); ok {
		return rest, true
	}
	return strings.CutSuffix(s, "’")
}

// groupWord reports whether the single word at i names a group of people
// or an adjective of belonging rather than an entity: a plural whose
// singular the text capitalises too ("Polaroids", "Muslims"), or a word
// with the ending of a demonym or a follower ("Brazilian", "Buddhist",
// "Texans") that is not a known name.
func (d *document) groupWord(i int) bool {
	w := d.str(&d.toks[i])
	t := &d.toks[i]
	if d.sex(t) != 0 && d.personAround(i) || d.fact(t, factKnown) || d.lex[t.lex].facts&factSurname != 0 {
		return false
	}
	lw := d.low(t)
	if d.is(t, cBeliever) {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "u") && !strings.HasSuffix(s, "i") {
		// The token's lower-case form less its "s": lower-casing maps
		// rune by rune.
		ls := lw[:len(lw)-1]
		if d.capCount(s) > 0 || d.isDemonym(s) || believers[ls] || strings.HasSuffix(s, "an") {
			return true
		}
		lw = ls
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ist", "ists", "ans", "ite", "ites"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 && !d.personAround(i) {
			return true
		}
	}
	return false
}

// personAround reports whether a capitalised word follows token i, so it
// may be a first name ("Christian Bale").
func (d *document) personAround(i int) bool {
	return i+1 < len(d.toks) && d.sameSentence(i, i+1) && d.toks[i+1].cap()
}
