package extract

import (
	"strings"
	"unicode"
)

// This file finds the subject of a cue, the speaker: the phrase before
// it ("Yuri Ushakov, one of Putin’s top aides, said"), the subject of its
// clause ("The Kremlin … has dismissed … and says", "…, noting that"),
// or the phrase after it ("said Yuri Ushakov").

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
	"himself": true, "herself": true, "itself": true, "themselves": true, // "Oppenheimer himself said"
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
	quotedAs := h.ing(p) && p.is(j, "as") && p.is(j-1, "quoted")
	if quotedAs {
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
		if r := p.nameRun(k, j+1); r > k && r <= j && (p.is(r-1, "with") || p.is(r-1, "to") || p.is(r-1, "by") || p.is(r-1, "like")) {
			// "comparisons drawn with Orwell, who wrote": Orwell; but
			// "researchers at the Observatory, who warned": researchers.
			k = r
		}
		return subject{np: phrase{k, j + 1}}
	case p.isPunct(j, ",—–"):
		return p.appositiveSubject(lo, j, cues)
	}
	if k := p.phraseBack(lo, j, cues); h.ing(p) && k > lo && p.is(k-1, "with") {
		return subject{np: phrase{k, j + 1}} // "with a source close to him saying"
	}
	if h.ing(p) && !quotedAs {
		return subject{} // "studies found maintaining a pattern …": a gerund
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
	hw := p.lower(head)
	if p.isPronoun(head) {
		return hw == "he" || hw == "she" || hw == "it" // "they say", not "he say"
	}
	for i := np.s; i <= np.e; i++ {
		if p.is(i, "and") {
			return false // "Smith and Brown say", "Zelenskiy and his team say"
		}
	}
	return !strings.HasSuffix(hw, "s") && !collectiveNouns[hw] // "the New York state attorney"
}

// collectiveNouns take a plain verb without ending in -s: "people say".
var collectiveNouns = map[string]bool{
	"people": true, "police": true, "staff": true, "public": true, "media": true, "crew": true,
	"team": true, "family": true, "government": true, "committee": true, "board": true,
	"children": true, "men": true, "women": true, "folks": true, "personnel": true, "clergy": true,
}

// lyAdverb reports whether token i is a lower-case adverb in -ly.
func (p *para) lyAdverb(i int) bool {
	if !p.isWord(i) {
		return false
	}
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
	if ph.e-ph.s == 1 && p.isWord(ph.s) && isDigitRune(rune(p.word(ph.s)[0])) {
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
	if strings.HasSuffix(w, "ing") && !p.capitalized(ph.s) && ph.e-ph.s <= 8 {
		return true // "Israel, citing security grounds, insists …"
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
		if t := p.skipTimes(i, hi); t > i {
			i = t // "But last week, Alibaba said"
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
	return ph.e-ph.s == 1 && p.isWord(ph.s) && isDigitRune(rune(p.word(ph.s)[0]))
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
