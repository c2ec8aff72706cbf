package extract

import (
	"strings"
	"unicode"

	"github.com/newsparse/newsparse/article"
)

// This file finds who said a quotation: the patterns of news writing
// around a cue ("X said", "said X", "X, a spokesman, said", "X posted on
// social media:", "according to X", "X called the attacks “…”").

// cueHit is a cue found in a paragraph: tokens [tok, tok+n).
type cueHit struct {
	tok, n int
	cue    *Cue
}

// ing reports whether the cue is a participle ("saying", "noting").
func (h cueHit) ing(p *para) bool { return strings.HasSuffix(p.lower(h.tok), "ing") }

// according reports whether the cue is "according to".
func (h cueHit) according(p *para) bool { return h.n == 2 && p.is(h.tok, "according") }

// findCues lists the cues of p in order. A cue is a lower-case word, or
// the first word of a sentence, that begins a form of cues; the longest
// form wins. It fills p.cueAt.
func (p *para) findCues(cues cueIndex) {
	p.hits = p.hits[:0]
	p.cueAt = p.cueAt[:0]
	for range p.toks {
		p.cueAt = append(p.cueAt, -1)
	}
	for i := 0; i < len(p.toks); i++ {
		if !p.isWord(i) {
			continue
		}
		if p.capitalized(i) && (i > 0 && p.toks[i-1].sent == p.toks[i].sent && !p.isPunct(i-1, "(—–:") || strings.HasSuffix(p.word(i), "ing") && p.lower(i) != "according") {
			continue // only a sentence's first word may be capitalized, and not "Promising review:"
		}
		forms := cues[p.lower(i)]
		best := -1
		for k, f := range forms {
			if len(f.words) > 1 && !p.matchWords(i+1, f.words[1:]) {
				continue
			}
			if best < 0 || len(f.words) > len(forms[best].words) {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		n := len(forms[best].words)
		p.cueAt[i] = len(p.hits)
		p.hits = append(p.hits, cueHit{tok: i, n: n, cue: forms[best].cue})
		i += n - 1
	}
}

// matchWords reports whether the tokens from i on are the lower-case
// words ws.
func (p *para) matchWords(i int, ws []string) bool {
	for k, w := range ws {
		if !p.isWord(i+k) || p.lower(i+k) != w {
			return false
		}
	}
	return true
}

// hit returns the cue that starts at token i, if any.
func (p *para) hit(i int) (cueHit, bool) {
	if i < 0 || i >= len(p.cueAt) || p.cueAt[i] < 0 {
		return cueHit{}, false
	}
	return p.hits[p.cueAt[i]], true
}

// phrase is a run of tokens [s, e); e == s means none.
type phrase struct{ s, e int }

func (ph phrase) ok() bool { return ph.e > ph.s }

// subject is a speaker found in a paragraph: the phrase that names it
// and an appositive describing it ("Yuri Ushakov, one of Putin’s top
// aides,"), or the reverse ("One Russian official, Kirill Dmitriev,").
type subject struct {
	np, appos phrase
}

func (s subject) ok() bool { return s.np.ok() }

// preCueWords may stand between a speaker and the cue: "has said",
// "later told", "would say".
var preCueWords = map[string]bool{
	"has": true, "have": true, "had": true, "would": true, "will": true, "also": true,
	"later": true, "then": true, "again": true, "further": true, "already": true, "just": true,
	"once": true, "first": true, "earlier": true, "often": true, "always": true, "since": true,
	"now": true, "still": true, "previously": true, "recently": true, "reportedly": true,
}

// negators before a cue mean nothing was said: "did not say", "declined
// to say".
func (p *para) negated(j int) bool {
	if !p.isWord(j) {
		return false
	}
	w := p.lower(j)
	return w == "not" || w == "never" || w == "to" || w == "cannot" || w == "nor" || w == "worth" ||
		strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") || w == "without" ||
		w == "be" || w == "been" || w == "being" || w == "is" || w == "was" || w == "were" || w == "are"
}

// subjectBefore finds the speaker of the cue h in the tokens [lo, h.tok):
// the phrase just before it (skipping auxiliaries and adverbs), with an
// appositive between commas, or the subject of the clause when the cue
// follows "and" or is a participle after a comma ("…, noting that").
func (p *para) subjectBefore(lo int, h cueHit, cues cueIndex) subject {
	j := h.tok - 1
	for j >= lo && p.isWord(j) {
		switch {
		case preCueWords[p.lower(j)] || p.lyAdverb(j):
			j--
			continue
		case timeWords[p.word(j)] || timeNouns[p.lower(j)] && p.isWord(j-1) && timeWords[p.word(j-1)]:
			// "Trump on Friday said", "the minister last week said"
			k := j
			for k >= lo && p.isWord(k) && (timeWords[p.word(k)] || timeNouns[p.lower(k)]) {
				k--
			}
			if p.is(k, "on") || p.is(k, "in") || p.is(k, "at") || p.is(k, "this") {
				k--
			}
			if k < j && k >= lo && p.isWord(k) {
				j = k
				continue
			}
		}
		break
	}
	if h.ing(p) && p.is(j, "as") && p.is(j-1, "quoted") {
		j -= 2 // "was quoted as saying"
		for j >= lo && (p.is(j, "was") || p.is(j, "is") || p.is(j, "been") || p.is(j, "has") || p.is(j, "had") || p.is(j, "were") || p.is(j, "being")) {
			j--
		}
	}
	if j < lo || p.negated(j) {
		return subject{}
	}
	switch {
	case h.ing(p) && p.isPunct(j, ","):
		// "…, Wild coach Bruce Boudreau expressed confidence in the
		// winger, saying …": the subject of the clause before the comma.
		seg := max(j-1, lo)
		for seg > lo && !p.isPunct(seg-1, ",;—–") && j-seg <= maxIntro {
			seg--
		}
		if s := p.clauseSubject(seg, j, cues); s.ok() && seg > lo {
			return s
		}
		return p.clauseSubject(lo, j, cues)
	case p.is(j, "and") || p.is(j, "but"):
		// "has dismissed those threats as illegal and says"
		return p.clauseSubject(lo, j, cues)
	case p.is(j, "who") || p.is(j, "which") || p.is(j, "that") && p.isWord(j-1) && !p.isStop(j-1):
		j--
		if p.isPunct(j, ",") {
			j--
		}
		k := p.phraseBack(lo, j, cues)
		if k < 0 {
			return subject{}
		}
		return subject{np: phrase{k, j + 1}}
	case p.isPunct(j, ",—–"):
		return p.appositiveSubject(lo, j, cues)
	}
	if k := p.phraseBack(lo, j, cues); h.ing(p) && k > lo && p.is(k-1, "with") {
		return subject{np: phrase{k, j + 1}} // "with a source close to him saying"
	}
	s := p.subjectEndingAt(lo, j, cues)
	if s.ok() && !s.appos.ok() && p.nounBeforeVerb(s.np, h) {
		return subject{}
	}
	return s
}

// nounBeforeVerb reports whether the cue h is a noun after the phrase np
// rather than its verb: "an investor conference call". A plain form
// ("call", "say") needs a plural or pronoun subject.
func (p *para) nounBeforeVerb(np phrase, h cueHit) bool {
	w := p.lower(h.tok)
	if h.n > 1 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "said" || w == "told" || w == "wrote" || w == "read" || w == "sang" {
		return false
	}
	if strings.HasSuffix(w, "s") {
		return false
	}
	head := np.e - 1
	if p.isPronoun(head) || p.capitalized(head) {
		return false
	}
	hw := p.lower(head)
	return !strings.HasSuffix(hw, "s") && !collectiveNouns[hw]
}

// collectiveNouns take a plain verb without ending in -s: "people say".
var collectiveNouns = map[string]bool{
	"people": true, "police": true, "staff": true, "public": true, "media": true, "crew": true,
	"team": true, "family": true, "government": true, "committee": true, "board": true,
	"children": true, "men": true, "women": true, "folks": true, "personnel": true, "clergy": true,
}

// lyAdverb reports whether token i is a lower-case adverb in -ly.
func (p *para) lyAdverb(i int) bool {
	w := p.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w] && !p.capitalized(i)
}

// subjectEndingAt reads the speaker phrase whose last token is j, with
// "X and Y" coordination.
func (p *para) subjectEndingAt(lo, j int, cues cueIndex) subject {
	k := p.phraseBack(lo, j, cues)
	if k < 0 || !p.subjectBoundary(lo, k-1) {
		return subject{}
	}
	np := phrase{k, j + 1}
	if (p.is(k, "a") || p.is(k, "an")) && p.isPunct(k-1, ",") {
		// "Jonathan Gullis, a Conservative former minister wrote":
		// the appositive's closing comma is missing.
		if k2 := p.phraseBack(lo, k-2, cues); k2 >= 0 && p.subjectBoundary(lo, k2-1) {
			if _, _, proper := p.nameAndRole(phrase{k2, k - 1}); proper {
				return subject{np: phrase{k2, k - 1}, appos: np}
			}
		}
	}
	if p.is(k-1, "and") {
		if k2 := p.phraseBack(lo, k-2, cues); k2 >= 0 && p.subjectBoundary(lo, k2-1) {
			first := phrase{k2, k - 1}
			if p.hasName(first) && !p.hasName(np) {
				return subject{np: first} // "Volodymyr Zelenskiy and his team say"
			}
			return subject{np: phrase{k2, j + 1}} // "supporters and opponents say"
		}
	}
	// An appositive before the phrase: "…, a spokesman, X said" is rare;
	// "X, a spokesman, said" is handled by appositiveSubject.
	return subject{np: np}
}

// subjectBoundary reports whether token i, just before a subject, can
// end what comes before a clause: the sentence start, punctuation, a
// conjunction or relative word, or an opening adverb. A phrase after a
// preposition or a verb is an object, not a speaker ("a script called
// “Wild Rose”", "highly critical reports that …").
func (p *para) subjectBoundary(lo, i int) bool {
	if i < lo {
		return true
	}
	switch p.toks[i].kind {
	case tPunct, tQuote:
		return true
	}
	w := p.lower(i)
	return boundaryWords[w] || timeWords[p.word(i)] || i == lo && introWords[w]
}

// boundaryWords may stand right before the subject of a clause.
var boundaryWords = map[string]bool{
	"and": true, "but": true, "or": true, "nor": true, "yet": true, "so": true, "that": true,
	"which": true, "who": true, "what": true, "as": true, "while": true, "when": true,
	"whereas": true, "because": true, "although": true, "though": true, "if": true, "after": true,
	"before": true, "since": true, "until": true, "once": true, "where": true, "however": true,
	"meanwhile": true, "now": true, "then": true, "also": true, "still": true, "instead": true,
	"earlier": true, "later": true, "separately": true, "today": true, "yesterday": true,
	"unless": true, "whether": true, "why": true, "how": true, "than": true,
}

// appositiveSubject reads "X, APPOSITIVE, CUE", where j is the comma (or
// dash) before the cue.
func (p *para) appositiveSubject(lo, j int, cues cueIndex) subject {
	mark := p.word(j)
	a := j - 1
	for a >= lo && j-a <= maxPhrase && !(p.isPunct(a, mark) || mark == "," && p.isPunct(a, ",")) {
		if p.toks[a].kind == tQuote || p.isPunct(a, ".;:!?") {
			return subject{}
		}
		a--
	}
	if a < lo || a == j-1 {
		return subject{}
	}
	appos := phrase{a + 1, j}
	if p.parenthesis(appos, cues) {
		// "Emirates President Tim Clark, meanwhile, told reporters"
		return p.subjectEndingAt(lo, a-1, cues)
	}
	if !p.appositive(appos, cues) {
		return subject{}
	}
	s := p.subjectEndingAt(lo, a-1, cues)
	if !s.ok() {
		return subject{}
	}
	s.appos = appos
	// "Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the
	// U.S. military operation against Islamic State, told …": the phrase
	// found is itself an appositive of a name before it.
	if _, _, proper := p.nameAndRole(s.np); !proper && p.isPunct(s.np.s-1, ",") {
		if s2 := p.subjectEndingAt(lo, s.np.s-2, cues); s2.ok() && p.hasName(s2.np) && !s2.appos.ok() {
			if _, _, proper2 := p.nameAndRole(s2.np); proper2 {
				s2.appos = s.np
				return s2
			}
		}
	}
	return s
}

// appositive reports whether ph describes or names a speaker: a noun
// phrase ("a spokesman for the ministry", "Kirill Dmitriev", "Disney’s
// chairman of direct-to-consumer and international"), an age, or a
// relative clause ("who leads the group"); not an adverbial ("for its
// part", "in a statement") nor a clause.
func (p *para) appositive(ph phrase, cues cueIndex) bool {
	if p.is(ph.s, "who") || p.is(ph.s, "whose") {
		return true
	}
	if ph.e-ph.s == 1 && p.isWord(ph.s) && isDigit(rune(p.word(ph.s)[0])) {
		return true // "Smith, 52, said"
	}
	if !p.isWord(ph.s) || p.lyAdverb(ph.s) || adverbialPreps[p.lower(ph.s)] || ph.e-ph.s == 1 && introWords[p.lower(ph.s)] || p.phraseForward(ph.s, ph.e, cues) == ph.s {
		return false
	}
	for i := ph.s; i < ph.e; i++ {
		if p.toks[i].kind == tQuote || p.cueAt[i] >= 0 || p.isWord(i) && finiteWords[p.lower(i)] || p.isPunct(i, ".;:!?") {
			return false
		}
	}
	return true
}

// parenthesis reports whether ph is an aside between a speaker and the
// cue: an opening adverb ("meanwhile", "however", "too") or a short
// prepositional phrase ("for his part", "in turn").
func (p *para) parenthesis(ph phrase, cues cueIndex) bool {
	if !p.isWord(ph.s) {
		return false
	}
	w := p.lower(ph.s)
	if ph.e-ph.s == 1 {
		return introWords[w] || boundaryWords[w] || p.lyAdverb(ph.s) || w == "too"
	}
	if h, ok := p.hit(ph.e - 1); ok && h.tok+h.n == ph.e && p.phraseForward(ph.s, ph.e, cues) == h.tok {
		return true // "Carter, Wolff wrote, argued that …"
	}
	return ph.e-ph.s <= 8 && (w == "for" || w == "in" || w == "at" || w == "on" || w == "during" || w == "after")
}

// clauseSubject returns the subject that opens the clause [lo, hi): the
// first noun phrase after any opening conjunction, adverb or
// introductory phrase ("In a statement, the ministry …").
func (p *para) clauseSubject(lo, hi int, cues cueIndex) subject {
	i := p.afterDateline(lo, hi)
	for i < hi {
		if p.isPunct(i, ",—–(") || p.toks[i].kind == tQuote {
			i++ // "“…,” Nakajima said, noting that …"
			continue
		}
		if !p.isWord(i) || !introWords[p.lower(i)] {
			break
		}
		if w := p.lower(i); chainPreps[w] || introClause[w] {
			// An introductory phrase runs to its comma, or is a
			// prepositional phrase: "on Thursday night the Home Office".
			k := i + 1
			for k < hi && !p.isPunct(k, ",") && k-i <= maxIntro {
				k++
			}
			if k < hi && p.isPunct(k, ",") {
				i = k + 1
				continue
			}
			if e := p.prepPhrase(i, hi, cues); chainPreps[w] && e > i+1 {
				i = e
				continue
			}
			if introClause[w] && !chainPreps[w] {
				i++ // "While she has stepped up her criticisms …, saying": her clause's subject
				break
			}
			return subject{}
		}
		i++
	}
	e := p.phraseForward(i, hi, cues)
	if e == i {
		return subject{}
	}
	s := subject{np: phrase{i, e}}
	// "The Kremlin, for its part, has …"; "Smith, a spokesman, …"
	if p.isPunct(e, ",") {
		k := e + 1
		for k < hi && !p.isPunct(k, ",") && k-e <= maxPhrase {
			k++
		}
		if k < hi && p.appositive(phrase{e + 1, k}, cues) && !p.is(e+1, "who") {
			s.appos = phrase{e + 1, k}
		}
	}
	return s
}

// afterDateline returns the index after a dateline that opens the
// sentence at lo ("(Reuters) —", "WASHINGTON —", "KYIV (AP) —"), or lo.
func (p *para) afterDateline(lo, hi int) int {
	for k := lo; k < hi && k-lo <= 8; k++ {
		if !p.isPunct(k, "—–-") {
			continue
		}
		if k > lo && (p.isPunct(k-1, ")") || p.allCaps(k-1) || p.allCaps(lo)) {
			return k + 1
		}
		return lo
	}
	return lo
}

// allCaps reports whether token i is a word of two or more letters, all
// upper case.
func (p *para) allCaps(i int) bool {
	if !p.isWord(i) {
		return false
	}
	w := p.word(i)
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// introClause words open an introductory clause or phrase that runs to a
// comma: "While no agreements were announced, …".
var introClause = map[string]bool{
	"after": true, "before": true, "during": true, "while": true, "when": true, "although": true,
	"though": true, "despite": true, "as": true, "since": true, "if": true, "because": true,
	"asked": true, "speaking": true, "writing": true, "responding": true, "according": true,
	"without": true,
}

// timeWords are not speakers when they follow a cue: "said Monday".
var timeWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "today": true, "yesterday": true,
	"tonight": true, "last": true, "this": true, "next": true, "earlier": true, "later": true,
	"recently": true, "repeatedly": true, "previously": true,
}

// inverted reads the speaker after the cue h ("said Yuri Ushakov"), up
// to hi; a "tell" cue is never inverted (what follows it is the
// hearer), nor is a participle.
func (p *para) inverted(h cueHit, hi int, cues cueIndex) subject {
	if p.cueTakesHearer(h) || h.ing(p) || h.according(p) {
		return subject{} // "describing the aftermath as …" names no speaker
	}
	return p.subjectAfter(h.tok+h.n, hi, cues)
}

// number reports whether a phrase is a single number, such as an age.
func (p *para) number(ph phrase) bool {
	return ph.e-ph.s == 1 && p.isWord(ph.s) && isDigit(rune(p.word(ph.s)[0]))
}

// subjectAfter reads an inverted speaker after a cue ending at token i:
// "said Yuri Ushakov, one of Putin’s top aides", not past hi.
func (p *para) subjectAfter(i, hi int, cues cueIndex) subject {
	if i >= hi || !p.isWord(i) || timeWords[p.word(i)] || p.is(i, "it") {
		return subject{}
	}
	e := p.phraseForward(i, hi, cues)
	if e == i {
		return subject{}
	}
	s := subject{np: phrase{i, e}}
	if p.isPunct(e, ",") && e+1 < hi {
		k := e + 1
		for k < hi && !p.isPunct(k, ",.;") && k-e <= maxPhrase {
			k++
		}
		if p.appositive(phrase{e + 1, k}, cues) && !p.is(e+1, "who") {
			s.appos = phrase{e + 1, k}
		}
	}
	return s
}

// hasTitle reports whether the phrase holds a title word, in any case:
// "China’s ambassador to Britain".
func (p *para) hasTitle(ph phrase) bool {
	for i := ph.s; i < ph.e; i++ {
		if p.isWord(i) && lowerTitles()[strings.TrimSuffix(p.lower(i), ".")] {
			return true
		}
	}
	return false
}

// hasName reports whether the phrase holds a proper name.
func (p *para) hasName(ph phrase) bool {
	for i := ph.s; i < ph.e; i++ {
		if p.isNameWord(i) {
			return true
		}
	}
	return false
}

// sourceNouns before "from", "by" or "of" name a channel, not a source:
// "according to reports from Bloomberg".
var sourceNouns = map[string]bool{
	"report": true, "reports": true, "statement": true, "statements": true, "data": true,
	"figures": true, "documents": true, "estimates": true, "analysis": true, "survey": true,
	"study": true, "poll": true, "records": true, "filings": true, "filing": true,
	"reporting": true, "research": true, "calculations": true, "a": true, "the": true, "an": true,
	"new": true, "recent": true, "footage": true, "post": true, "posts": true,
}

// speaker turns a subject into the record's speaker: the name as
// written, its span, and a role from a title ("Foreign Minister"), a
// descriptive phrase before the name ("U.S. envoy"), or an appositive.
func (p *para) speaker(s subject) *article.Speaker {
	np := s.np
	// "a spot by SFA": the author of an unnamed work is the source.
	for k := np.s + 1; k < np.e-1; k++ {
		if p.is(k, "by") && !p.hasName(phrase{np.s, k}) && p.isNameWord(k+1) {
			np.s = k + 1
			break
		}
	}
	// "reports from Bloomberg": the source is after the channel.
	for k := np.s; k < np.e-1 && k-np.s < 5; k++ {
		if !p.isWord(k) || !sourceNouns[p.lower(k)] && !timeWords[p.word(k)] {
			break
		}
		if w := p.lower(k + 1); (w == "from" || w == "by" || w == "in") && (p.isNameWord(k+2) || p.is(k+2, "the") && p.isNameWord(k+3)) {
			np.s = k + 2
			break
		}
	}
	name, role, proper := p.nameAndRole(np)
	for k := np.s + 1; k < np.e-1; k++ {
		if p.is(k, "and") && p.isNameWord(k-1) && p.hasName(phrase{k + 1, np.e}) {
			name, role = np, phrase{} // "Bloomberg and Russian outlet The Bell"
			break
		}
	}
	if s.appos.ok() {
		aname, arole, aproper := p.nameAndRole(s.appos)
		switch {
		case !proper && aproper && arole == (phrase{}):
			// "One Russian official, Kirill Dmitriev, posted"
			role, name = np, aname
		case proper && !p.is(s.appos.s, "who") && !p.is(s.appos.s, "whose") && !(s.appos.e-s.appos.s == 1 && isDigit(rune(p.word(s.appos.s)[0]))):
			role = s.appos
		}
	}
	sp := &article.Speaker{Name: p.text[p.toks[name.s].start:p.toks[name.e-1].end], Span: p.span(name.s, name.e-1)}
	if role.ok() {
		sp.Role = p.text[p.toks[role.s].start:p.toks[role.e-1].end]
	}
	return sp
}

// nameAndRole splits a speaker phrase into the name and a role before
// it. proper is set when the name is a proper name.
func (p *para) nameAndRole(np phrase) (name, role phrase, proper bool) {
	if np.e-np.s == 1 && p.isPronoun(np.s) {
		return np, phrase{}, false
	}
	r := p.nameRun(np.s, np.e)
	if r == np.e {
		return np, phrase{}, false
	}
	if r-1 > np.s && p.isWord(r-1) && chainPreps[p.lower(r-1)] || r-2 > np.s && p.is(r-1, "the") && chainPreps[p.lower(r-2)] {
		// "a spokesperson for Inherent Resolve" names no person; "US
		// Ambassador to the UN Linda Thomas-Greenfield" ends with one
		// after an organisation.
		if np.e-r < 3 || !p.hasTitle(phrase{np.s, r}) {
			return np, phrase{}, false
		}
		start := np.e - 2
		if p.isWord(start-1) && (nameParticles[p.lower(start-1)] || len(p.word(start-1)) <= 2 && strings.HasSuffix(p.word(start-1), ".")) && start-1 > r {
			start-- // "Ursula von der Leyen", "George W. Bush"
		}
		return phrase{start, np.e}, phrase{np.s, start}, true
	}
	t := p.titleEnd(r, np.e)
	if t >= np.e {
		return np, phrase{}, false // "the Prime Minister"
	}
	start := t
	if t == r && r-1 >= np.s && (p.is(r-1, "the") && (r-1 == np.s || p.capitalized(r-1))) {
		start = r - 1 // "the Kremlin", "Russian outlet The Bell"
	}
	name = phrase{start, np.e}
	if start > np.s && !(start-np.s == 1 && p.isDeterminer(np.s)) {
		role = phrase{np.s, start}
	}
	return name, role, true
}

// attribute finds the speaker and cue of the quotation at token t, of
// the given kind, in its sentence: after it ("“…,” she said", "“…,”
// said X", "“…,” X, a spokesman, said"), else before it ("X said: “…”",
// "X posted on social media: “…”", "According to X, “…”", and for a
// partial quote any cue earlier in the sentence: "X called the attacks
// “disgusting”").
func (p *para) attribute(t int, kind, inner string, cues cueIndex) (subject, cueHit, bool) {
	lo, hi := p.sentOf(t)
	if s, h, ok := p.attributeAfter(t, hi, kind, cues); ok {
		return s, h, true
	}
	// “Stop!” Smith said. — the sentence splitter ends the sentence at
	// the quote; the next one is only the attribution.
	if last := lastRune(inner); (last == '!' || last == '?') && p.onlyPunctAfter(t, hi) && hi < len(p.toks) {
		_, hi2 := p.sentOf(hi)
		if s, h, ok := p.attributeAfter(hi-1, hi2, kind, cues); ok && p.tailOnly(h, hi2, cues) {
			return s, h, true
		}
	}
	return p.attributeBefore(t, lo, kind, cues)
}

// onlyPunctAfter reports whether nothing but punctuation follows token t
// in [t+1, hi).
func (p *para) onlyPunctAfter(t, hi int) bool {
	for i := t + 1; i < hi; i++ {
		if p.toks[i].kind != tPunct {
			return false
		}
	}
	return true
}

// attributeAfter reads an attribution that follows the quotation at
// token t: the speaker right after it, then the cue, or the cue then the
// speaker. A partial quote may also take the attribution that closes its
// sentence ("… “a disaster” for the region, Smith said.").
func (p *para) attributeAfter(t, hi int, kind string, cues cueIndex) (subject, cueHit, bool) {
	i := t + 1
	if p.isPunct(i, ",—–") {
		i++
	}
	if i >= hi {
		return subject{}, cueHit{}, false
	}
	for j := i; j < hi && j-i <= 2*maxPhrase; j++ {
		if p.toks[j].kind == tQuote {
			break
		}
		h, ok := p.hit(j)
		if !ok {
			continue
		}
		if h.according(p) {
			if s := p.subjectAfter(j+h.n, hi, cues); s.ok() && (j == i || kind == article.QuotePartial) {
				return s, h, true
			}
			break
		}
		if j == i {
			// "“…,” said Yuri Ushakov"
			if s := p.inverted(h, hi, cues); s.ok() {
				return s, h, true
			}
			continue
		}
		s := p.subjectBefore(i, h, cues)
		if e := p.phraseForward(i, j, cues); (!s.ok() || p.subjectStart(s) != i) && kind == article.QuoteDirect && e > i && p.isPunct(e, ",") && p.hasName(phrase{i, e}) {
			// "“…,” Kurinji Selvaraj, a research analyst at the
			// Council on Energy, Environment and Water told CBS News."
			s = subject{np: phrase{i, e}}
			a := e + 1
			for a < j && !p.isPunct(a, ",") {
				a++
			}
			if ap := (phrase{e + 1, a}); p.appositive(ap, cues) && !p.number(ap) {
				s.appos = ap
			}
			return s, h, true
		}
		if !s.ok() {
			// "“…” announced in October, said Derek Scissors, a China
			// scholar."
			if p.isPunct(j-1, ",") {
				if s := p.inverted(h, hi, cues); s.ok() && p.phraseTailOnly(s, hi) {
					return s, h, true
				}
			}
			continue
		}
		start := p.subjectStart(s)
		if start == i && (kind == article.QuoteDirect || p.tailOnly(h, hi, cues)) {
			return s, h, true
		}
		if kind == article.QuotePartial && p.isPunct(start-1, ",") && p.tailOnly(h, hi, cues) {
			return s, h, true
		}
		break
	}
	return subject{}, cueHit{}, false
}

// maxIntro bounds the tokens of an introductory phrase before a
// subject ("While no firm agreements were announced, …").
const maxIntro = 30

// maxSentenceReach bounds how far (in tokens) a partial quote looks back
// for its cue, and how long a content clause may be; it keeps the work
// on one pathological sentence linear.
const maxSentenceReach = 80

// maxCueGap bounds the tokens between a cue and the direct quotation it
// introduces: "posted optimistically on social media: “…”".
const maxCueGap = 12

// attributeBefore reads an attribution before the quotation at token t,
// in the sentence that starts at token lo.
func (p *para) attributeBefore(t, lo int, kind string, cues cueIndex) (subject, cueHit, bool) {
	j := t - 1
	if p.isPunct(j, ":,—–") {
		j--
	}
	if p.is(j, "that") {
		j--
	}
	for k := j; k >= lo && j-k <= maxSentenceReach; k-- {
		if kind == article.QuoteDirect && j-k > maxCueGap {
			break
		}
		if p.toks[k].kind == tQuote && kind == article.QuoteDirect || p.isPunct(k, ";") {
			break
		}
		h, ok := p.hit(k)
		if !ok {
			continue
		}
		if h.according(p) {
			if s := p.subjectAfter(k+h.n, t, cues); s.ok() {
				return s, h, true
			}
			return subject{}, cueHit{}, false
		}
		s := p.subjectBefore(lo, h, cues)
		if s.ok() && h.cue.Partial && h.tok+h.n == t && !p.namesSpeaker(s) {
			// "a film called “Wild Rose”" names a thing; "what the
			// Kremlin called “useful”" quotes a speaker.
			return subject{}, cueHit{}, false
		}
		if s.ok() && kind == article.QuotePartial && !h.cue.Partial {
			// The quote must lie in what the cue reports ("X said the
			// plan was “a disaster”", not "X agreed to return the
			// “We”"), or the attribution is a parenthesis that covers
			// the sentence ("…, Mayer said, and “patched” the software").
			_, hi := p.sentOf(t)
			if c := p.contentAfter(h, hi, cues); !(c.s <= t && t < c.e) && !p.parenthetical(s, h, hi, cues) && !p.introduces(h, t, hi, cues) {
				return subject{}, cueHit{}, false
			}
		}
		if s.ok() {
			return s, h, true
		}
		if s := p.invertedBefore(h, t, cues); s.ok() {
			return s, h, true
		}
		// A cue word with no speaker is a noun ("a report of “…”"):
		// look further back.
	}
	return subject{}, cueHit{}, false
}

// invertedBefore reads "Said X: “…”" and "…, says X, “…”": a speaker
// between the cue and the quotation at token t.
func (p *para) invertedBefore(h cueHit, t int, cues cueIndex) subject {
	s := p.inverted(h, t, cues)
	if !s.ok() {
		return subject{}
	}
	e := s.np.e
	if s.appos.ok() {
		e = s.appos.e
	}
	if e < t && p.isPunct(e, ":,") && e+1 == t {
		return s
	}
	return subject{}
}

// tailOnly reports whether nothing but a hearer and adverbials follow
// the cue h up to hi: "said in a statement on Monday.", "told
// reporters.", "said.".
func (p *para) tailOnly(h cueHit, hi int, cues cueIndex) bool {
	i := p.skipAdverbials(p.skipHearer(h, hi, cues), hi, h, cues)
	for i < hi && p.toks[i].kind == tPunct && !p.isPunct(i, ":") {
		i++
	}
	return i >= hi
}

// skipHearer returns the index after the cue h and the hearer it names,
// if any: "told reporters", "warned Russia (to …)", "told him".
func (p *para) skipHearer(h cueHit, hi int, cues cueIndex) int {
	i := h.tok + h.n
	if !h.cue.Hearer || i >= hi {
		return i
	}
	if p.isWord(i) && hearerPronouns[p.lower(i)] {
		return i + 1
	}
	if p.is(i, "that") || p.isPronoun(i) || !p.isWord(i) || timeWords[p.word(i)] {
		return i
	}
	if e := p.phraseForward(i, hi, cues); e > i && e-i <= 5 && (p.cueTakesHearer(h) || p.is(e, "to") || p.is(e, "that")) {
		return e
	}
	return i
}

// skipAdverbials returns the index after the adverbials from token i on
// that may follow the cue h: "on social media", "in a statement on Monday",
// "optimistically", "last week".
func (p *para) skipAdverbials(i, hi int, h cueHit, cues cueIndex) int {
	start := i
	for i < hi && i-start <= maxCueGap {
		if t := p.skipTimes(i, hi); t > i {
			i = t // "on Monday", "the next day"
			continue
		}
		switch {
		case p.isPunct(i, ","):
			// "said, however, that": only a comma that a skipped word follows
			if i+1 < hi && p.isWord(i+1) && (p.lyAdverb(i+1) || p.is(i+1, "however")) {
				i += 2
				continue
			}
			return i
		case !p.isWord(i):
			return i
		case p.lyAdverb(i) || timeWords[p.word(i)] || p.is(i, "again") || p.is(i, "also") || p.is(i, "once") || p.is(i, "too"):
			i++
			if p.is(i-1, "last") || p.is(i-1, "this") || p.is(i-1, "next") || p.is(i-1, "earlier") {
				if p.isWord(i) && !p.is(i, "that") && !p.capitalized(i) {
					i++ // "last week", "earlier this month"
				}
			}
		case (p.is(i, "at") || p.is(i, "up")) && (p.is(i+1, "least") || p.is(i+1, "most") || p.is(i+1, "to")):
			return i // "at least 14 people"
		case p.isWord(i) && !p.capitalized(i) && p.is(i+1, "by") && i > start && (strings.HasSuffix(p.word(i), "ed") || strings.HasSuffix(p.word(i), "en")):
			// "in a comment seen by CNN", "in a letter obtained by …"
			e := p.phraseForward(i+2, hi, cues)
			if e == i+2 {
				return i
			}
			i = e
		case adverbialPreps[p.lower(i)] && (!p.is(i, "to") || h.cue.Report == ReportClause || h.cue.Hearer):
			// "adding to a mounting series of problems that …" is no
			// attribution.
			e := p.prepPhrase(i, hi, cues)
			if e == i+1 {
				return i
			}
			i = e
		default:
			return i
		}
	}
	return i
}

// prepPhrase returns the end of the prepositional phrase that starts at
// token i ("on Thursday night", "in a statement"), or i+1 when no phrase
// follows the preposition.
func (p *para) prepPhrase(i, hi int, cues cueIndex) int {
	j := i + 1
	if j < hi && p.toks[j].kind == tQuote {
		return j + 1 // "in “Mein Kampf”"
	}
	for j < hi && p.isWord(j) && (timeWords[p.word(j)] || timeNouns[p.lower(j)]) {
		j++
	}
	if j > i+1 {
		return j // "on Thursday night"
	}
	return p.phraseForward(j, hi, cues)
}

// timeNouns follow a day in a time expression: "Thursday night".
var timeNouns = map[string]bool{
	"night": true, "morning": true, "afternoon": true, "evening": true, "week": true,
	"month": true, "year": true, "weekend": true, "day": true,
}

// adverbialPreps open an adverbial between a cue and what was said: "in
// a statement", "on social media", "at a news conference".
var adverbialPreps = map[string]bool{
	"following": true, "in": true, "on": true, "at": true, "during": true, "via": true, "through": true,
	"after": true, "before": true, "from": true, "with": true, "to": true, "over": true,
	"while": true, "by": true,
}

// colonIntro reads a speaker from a paragraph that ends with a cue and a
// colon ("X said in a statement:"), introducing a quotation that fills
// the next paragraph.
func (p *para) colonIntro(cues cueIndex) (subject, cueHit, bool) {
	n := len(p.toks)
	if n < 2 || !p.isPunct(n-1, ":") {
		return subject{}, cueHit{}, false
	}
	lo, _ := p.sentOf(n - 1)
	return p.cueSubjectBefore(n-1, lo, cues)
}

// colonBefore reads a speaker from the sentence before token lo when it
// ends with a colon: "She added: “…”" split from its quote.
func (p *para) colonBefore(lo int, cues cueIndex) (subject, cueHit, bool) {
	if !p.isPunct(lo-1, ":") {
		return subject{}, cueHit{}, false
	}
	plo, _ := p.sentOf(lo - 1)
	return p.cueSubjectBefore(lo-1, plo, cues)
}

// cueSubjectBefore finds the nearest cue before token end (within
// maxCueGap tokens, in the sentence that starts at lo) and its speaker.
func (p *para) cueSubjectBefore(end, lo int, cues cueIndex) (subject, cueHit, bool) {
	for k := end - 1; k >= lo && end-k <= maxCueGap; k-- {
		if p.toks[k].kind == tQuote {
			break
		}
		h, ok := p.hit(k)
		if !ok {
			continue
		}
		if h.according(p) {
			if s := p.subjectAfter(k+h.n, end, cues); s.ok() {
				return s, h, true
			}
			break
		}
		if s := p.subjectBefore(lo, h, cues); s.ok() {
			return s, h, true
		}
		break
	}
	return subject{}, cueHit{}, false
}

// trimPunctEnd returns the end of ph without its final punctuation.
func trimPunctEnd(p *para, ph phrase) int {
	e := ph.e
	for e > ph.s && p.toks[e-1].kind == tPunct {
		e--
	}
	return e
}

// parenthetical reports whether the attribution "s h" stands between
// commas inside its sentence: "…, Mayer said, and …".
func (p *para) parenthetical(s subject, h cueHit, hi int, cues cueIndex) bool {
	e := p.skipAdverbials(p.skipHearer(h, hi, cues), hi, h, cues)
	return p.isPunct(p.subjectStart(s)-1, ",") && p.isPunct(e, ",") && e+1 < hi && p.toks[e+1].kind != tQuote
}

// introduces reports whether the cue h leads straight to the quotation
// at token t, across its hearer, adverbials and "that": "said in an
// email that “…”".
func (p *para) introduces(h cueHit, t, hi int, cues cueIndex) bool {
	heard := p.skipHearer(h, hi, cues)
	i := p.skipAdverbials(heard, hi, h, cues)
	if p.is(i, "that") || p.isPunct(i, ":,") {
		return i+1 == t
	}
	// Without "that" or a colon, only right after the cue: not "wrote in
	// her book “Confidence Man”".
	return heard == t
}

// namesSpeaker reports whether a subject is a name or pronoun, or opens
// a relative clause ("what the experts called").
func (p *para) namesSpeaker(s subject) bool {
	if _, _, proper := p.nameAndRole(s.np); proper || p.isPronoun(s.np.s) {
		return true
	}
	k := p.subjectStart(s) - 1
	return p.is(k, "what") || p.is(k, "which") || p.is(k, "that") || p.is(k, "who")
}
