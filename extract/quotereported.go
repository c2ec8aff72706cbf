package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// This file finds reported speech: "X said (that) …", "X says …", "X
// warned that …", "X claimed it …", "according to X, …", "…, X said.",
// with the content clause as the quote's text.

// minReported is the fewest words a content clause may have.
const minReported = 3

// reported appends the reported speech of p to out.
func (p *para) reported(out []article.Quote, cues cueIndex) []article.Quote {
	for _, h := range p.hits {
		if h.cue.Report == ReportNone {
			continue
		}
		lo, hi := p.sentOf(h.tok)
		var s subject
		var content phrase
		if h.according(p) {
			s, content = p.accordingTo(h, lo, hi, cues)
		} else {
			s = p.subjectBefore(lo, h, cues)
			if s.ok() {
				content = p.contentAfter(h, hi, cues)
				switch {
				case content.ok():
				case p.relativeObject(s, h):
					// "the expansion, which the lawsuit claims could hurt
					// …": the content starts at the verb after the cue.
					content = p.clauseTo(h.tok+h.n, hi)
				case p.tailOnly(h, hi, cues):
					content = p.contentBefore(lo, p.subjectStart(s)-1)
					if q := p.subjectStart(s) - 1; !content.ok() && q > lo && p.quoteEndsComma(q) {
						// "That’s a strong reason why “you might …,” Koweek says."
						content = p.contentBefore(lo, q+1)
					}
				case p.parenthetical(s, h, hi, cues):
					// "Hacking, she argued, has enabled North Korea to …":
					// the content is the sentence around the attribution.
					if before := p.contentBefore(lo, p.subjectStart(s)-1); before.ok() {
						after := p.skipAdverbials(p.skipHearer(h, hi, cues), hi, h, cues) + 1
						content = phrase{before.s, p.clauseTo(after, hi).e}
					}
				}
			} else if p.isPunct(h.tok-1, ",") && !h.ing(p) {
				// "…, said Yuri Ushakov."
				s = p.inverted(h, hi, cues)
				if s.ok() && p.phraseTailOnly(s, hi) {
					content = p.contentBefore(lo, h.tok-1)
				}
			}
		}
		if !s.ok() || !content.ok() || p.onlyQuote(content) {
			continue
		}
		sp := p.span(content.s, content.e-1)
		if !wordsAtLeast(sp.Of(p.text), minReported) {
			continue
		}
		out = append(out, article.Quote{Text: sp.Of(p.text), Span: sp, Kind: article.QuoteIndirect,
			Cue: p.cueText(h), Speaker: p.speaker(s)})
	}
	return out
}

// relativeObject reports whether the cue h with subject s sits in a
// relative clause whose relative pronoun is the subject of what was said:
// "which the lawsuit claims could hurt …".
func (p *para) relativeObject(s subject, h cueHit) bool {
	k := p.subjectStart(s) - 1
	if !(p.is(k, "which") || p.is(k, "that") || p.is(k, "who")) {
		return false
	}
	i := h.tok + h.n
	return p.isWord(i) && finiteWords[p.lower(i)]
}

// subjectStart returns the first token of a subject, appositive included.
func (p *para) subjectStart(s subject) int {
	if s.appos.ok() && s.appos.s < s.np.s {
		return s.appos.s
	}
	return s.np.s
}

// phraseTailOnly reports whether only what closes an attribution
// follows the inverted subject s up to hi: punctuation, an adverbial ("in
// an email to staff"), a subordinate clause ("because …"), or words
// without a cue, quotation or verb ("a biogeochemist at the University
// of California, Santa Barbara").
func (p *para) phraseTailOnly(s subject, hi int) bool {
	e := s.np.e
	if s.appos.ok() {
		e = max(e, s.appos.e)
	}
	for e < hi && p.toks[e].kind == tPunct {
		e++
	}
	if e >= hi {
		return true
	}
	if p.isWord(e) && (adverbialPreps[p.lower(e)] || introClause[p.lower(e)]) {
		return true
	}
	for k := e; k < hi && k-e <= 2*maxPhrase; k++ {
		// ("one of the officials cited above": a participle, no cue)
		if p.toks[k].kind == tQuote || p.cueAt[k] >= 0 && !strings.HasSuffix(p.lower(k), "ed") || p.isWord(k) && finiteWords[p.lower(k)] {
			return false
		}
		if k == hi-1 {
			return true
		}
	}
	return false
}

// onlyQuote reports whether a content clause is nothing but a
// quotation: that is a direct quote, not reported speech. A clause with
// a quoted fragment in it ("it was “deeply disappointing”") is both.
func (p *para) onlyQuote(c phrase) bool {
	e := c.e
	for k := c.e - 1; k >= c.s; k-- {
		if p.toks[k].kind == tQuote {
			if p.skipTimes(k+1, c.e) == c.e {
				e = k // "“…” on Monday"
			}
			break
		}
	}
	for i := c.s; i < e; i++ {
		if p.toks[i].kind == tWord {
			return false
		}
	}
	return true
}

// contentAfter returns the content clause after the cue h: after its
// hearer, any adverbials and "that", to the end of the sentence or to a
// comma that brings another attribution ("…, adding that …").
func (p *para) contentAfter(h cueHit, hi int, cues cueIndex) phrase {
	i := p.skipHearer(h, hi, cues)
	heard := i > h.tok+h.n
	if h.cue.Infinitive && heard && p.is(i, "to") {
		return p.clauseTo(h.tok+h.n, hi) // "warned Russia to move toward peace"
	}
	if h.cue.Commits && !heard && p.is(i, "to") && p.isWord(i+1) && !p.capitalized(i+1) && !p.isDeterminer(i+1) && !p.possessive(i+1) {
		return p.clauseTo(i, hi) // "vowed to continue the war", not "requests to Amazon’s Alexa"
	}
	bare := p.skipTimes(i, hi)
	i = p.skipAdverbials(i, hi, h, cues)
	if heard && p.isPunct(i, ",") {
		// "told the South China Morning Post, the Hong Kong newspaper
		// owned by Alibaba, that …"
		k := i + 1
		for k < hi && k-i <= maxPhrase && !p.isPunct(k, ",") {
			k++
		}
		if p.isPunct(k, ",") && p.is(k+1, "that") {
			i = k + 1
		}
	}
	that := p.is(i, "that")
	if that {
		i++
		if p.isWord(i) && (finiteWords[p.lower(i)] || strings.HasSuffix(p.lower(i), "n’t") || strings.HasSuffix(p.lower(i), "n't")) {
			return phrase{} // "reports that had been …": a relative clause
		}
	} else if bare != i {
		return phrase{} // "said during a meeting to approve the action"
	}
	if i >= hi || p.toks[i].kind == tPunct || p.toks[i].kind == tQuote && i+1 >= hi {
		return phrase{}
	}
	if !that && p.cueTakesHearer(h) && !heard {
		return phrase{} // "told the tale of …" reports nobody's words
	}
	if !that {
		switch h.cue.Report {
		case ReportThat:
			if !p.pronounClause(i) && !p.nounClause(i, hi, cues) {
				return phrase{}
			}
		case ReportClause:
			if !p.clauseStart(i) {
				return phrase{}
			}
		}
	}
	c := p.clauseTo(i, hi)
	if !that && quantifiers[p.lower(i)] && !p.hasVerb(c) {
		return phrase{} // "said nothing about the plan"
	}
	return c
}

// clauseTo returns the clause from token i to the end of the sentence at
// hi, or to a comma that brings another attribution, without final
// punctuation.
func (p *para) clauseTo(i, hi int) phrase {
	e := i
	hi = min(hi, i+maxSentenceReach)
	for k := i; k < hi; k++ {
		if p.isPunct(k, ",;") && p.attributionAt(k+1, hi) {
			break
		}
		if p.toks[k].kind != tPunct || p.isPunct(k, "%$€£)]") {
			e = k + 1
		}
	}
	return phrase{i, e}
}

// quoteEndsComma reports whether token i is a quotation whose words end
// with a comma inside the closing mark: “…,”.
func (p *para) quoteEndsComma(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tQuote {
		return false
	}
	w := strings.TrimRightFunc(p.word(i), isQuoteMark)
	return strings.HasSuffix(w, ",")
}

// attributionAt reports whether a new attribution starts at token i,
// after a comma that ends a content clause: "…, adding that",
// "…, according to", "…, but he said that".
func (p *para) attributionAt(i, hi int) bool {
	if h, ok := p.hit(i); ok && (h.ing(p) || h.according(p)) {
		return true
	}
	if p.is(i, "but") || p.is(i, "and") {
		i++
	}
	for j := i; j < hi && j-i <= 4; j++ {
		h, ok := p.hit(j)
		if !ok {
			continue
		}
		return j > i && h.cue.Report != ReportNone && p.phraseBack(i, j-1, cueIndex{}) == i
	}
	return false
}

// contentBefore returns the clause that ends at the comma at token comma
// and starts the sentence (after an opening conjunction): the content
// of "…, X said." and "…, according to X.".
func (p *para) contentBefore(lo, comma int) phrase {
	if comma <= lo || !p.isPunct(comma, ",—–") && !(comma > 0 && p.quoteEndsComma(comma-1)) {
		return phrase{}
	}
	i := p.afterDateline(lo, comma)
	for i < comma && (p.toks[i].kind == tPunct || p.isWord(i) && (p.is(i, "but") || p.is(i, "and"))) {
		i++
	}
	e := comma
	for e > i && p.toks[e-1].kind == tPunct {
		e--
	}
	return phrase{i, e}
}

// accordingTo reads "according to X, …" and "…, according to X." with
// its content.
func (p *para) accordingTo(h cueHit, lo, hi int, cues cueIndex) (subject, phrase) {
	s := p.subjectAfter(h.tok+h.n, hi, cues)
	if !s.ok() {
		return subject{}, phrase{}
	}
	e := s.np.e
	if s.appos.ok() {
		e = max(e, s.appos.e)
	}
	if p.isPunct(e, ",") && (p.is(e+1, "who") || p.is(e+1, "which")) {
		// "According to the actor, who rose to stardom in …, he …"
		k := e + 2
		for k < hi && k-e <= maxIntro && !p.isPunct(k, ",") {
			k++
		}
		e = k
	}
	switch {
	case p.isPunct(e, ",") && p.clauseOpens(lo, h.tok):
		return s, p.clauseTo(e+1, hi)
	case p.isPunct(h.tok-1, ","):
		return s, p.contentBefore(lo, h.tok-1)
	case h.tok > lo && p.phraseTailOnly(s, hi):
		c := phrase{p.afterDateline(lo, h.tok), h.tok}
		for c.s < c.e && (p.toks[c.s].kind == tPunct || p.is(c.s, "but") || p.is(c.s, "and")) {
			c.s++
		}
		return s, c
	}
	return subject{}, phrase{}
}

// clauseOpens reports whether only an opening conjunction or
// introductory adverb stands between lo and token i.
func (p *para) clauseOpens(lo, i int) bool {
	if i-lo > maxIntro {
		return false
	}
	for k := lo; k < i; k++ {
		if !(p.isPunct(k, ",—–(") || p.isWord(k) && introWords[p.lower(k)] && !chainPreps[p.lower(k)]) {
			return false
		}
	}
	return true
}

// pronounStart reports whether token i is a subject pronoun, possibly
// contracted ("it’s", "they’re"), or "there".
func (p *para) pronounStart(i int) bool {
	if !p.isWord(i) {
		return false
	}
	w := p.lower(i)
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xe2 { // ' or the first byte of ’
			w = w[:k]
			break
		}
	}
	return subjectPronouns[w] || w == "there" || w == "this"
}

// pronounClause reports whether a clause starts at token i with a
// pronoun subject and its verb: "it was", "it’s", "they would"; not "it
// a victory".
func (p *para) pronounClause(i int) bool {
	if !p.pronounStart(i) {
		return false
	}
	if w := p.lower(i); !subjectPronouns[w] && w != "there" && w != "this" {
		return true // a contraction: "it’s", "they’re"
	}
	if !p.isWord(i + 1) {
		return false
	}
	w := p.lower(i + 1)
	return finiteWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "n’t") ||
		strings.HasSuffix(w, "n't") || p.lyAdverb(i+1) || w == "also" || w == "still" || w == "never" ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nounClause reports whether a clause starts at token i with a noun
// phrase subject and its verb ("the risk of famine is", "the raise was
// motivated"), not an object ("the lives of ten people").
func (p *para) nounClause(i, hi int, cues cueIndex) bool {
	e := p.phraseForward(i, hi, cues)
	if e == i || !p.isWord(e) {
		return false
	}
	w := p.lower(e)
	head := p.lower(e - 1)
	return finiteWords[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(head, "s") && !p.capitalized(e) || // "the bill goes"
		(p.is(e, "also") || p.is(e, "still") || p.lyAdverb(e)) && p.isWord(e+1) && finiteWords[p.lower(e+1)]
}

// skipTimes returns the index after the time expressions and adverbs
// from token i on ("on Monday", "last week", "repeatedly"): a bare
// content clause may follow them, not other adverbials.
func (p *para) skipTimes(i, hi int) int {
	for i < hi {
		switch {
		case p.isPunct(i, ","):
			return i
		case p.isWord(i) && (timeWords[p.word(i)] || p.lyAdverb(i)):
			i++
			if p.is(i-1, "last") || p.is(i-1, "this") || p.is(i-1, "next") || p.is(i-1, "earlier") {
				if p.isWord(i) && !p.is(i, "that") && !p.capitalized(i) {
					i++
				}
			}
			for i < hi && p.isWord(i) && timeNouns[p.lower(i)] {
				i++ // "Tuesday night"
			}
		case (p.is(i, "on") || p.is(i, "in") || p.is(i, "at")) && p.isWord(i+1) && timeWords[p.word(i+1)]:
			i += 2
		case p.is(i, "the") && (p.is(i+1, "next") || p.is(i+1, "following") || p.is(i+1, "same") || p.is(i+1, "previous")) && p.isWord(i+2) && timeNouns[p.lower(i+2)]:
			i += 3 // "the next day"
		default:
			return i
		}
	}
	return i
}

// clauseStart reports whether a bare content clause can start at token
// i: not with "to" (an infinitive), a preposition or a word that ends
// what was said ("said so", "said yes").
func (p *para) clauseStart(i int) bool {
	if p.toks[i].kind == tQuote {
		return true
	}
	if !p.isWord(i) {
		return false
	}
	if p.is(i, "at") && (p.is(i+1, "least") || p.is(i+1, "most")) {
		return true // "said at least 14 people were killed"
	}
	switch p.lower(i) {
	case "including", "regarding", "concerning", "following", "according", "despite",
		"to", "so", "yes", "no", "goodbye", "hello", "otherwise", "as", "of", "about", "for", "what", "why", "how",
		"when", "where", "whether", "if", "thanks", "sorry", "hi", "a", "an", "and", "but", "or":
		return false
	}
	return !adverbialPreps[p.lower(i)]
}

// quantifiers open a clause ("nothing short of a ceasefire will do") or
// stand for what was said ("said nothing about it").
var quantifiers = map[string]bool{
	"nothing": true, "anything": true, "something": true, "much": true, "little": true,
	"more": true, "less": true, "everything": true, "all": true,
}

// finiteWords are auxiliaries and modals: a clause holds one or a verb.
var finiteWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "can": true,
	"could": true, "must": true, "should": true, "may": true, "might": true, "has": true,
	"have": true, "had": true, "does": true, "did": true, "do": true, "shall": true,
}

// hasVerb reports whether a bare content clause holds a verb: an
// auxiliary or modal, a contraction, a past tense in -ed, or a present
// tense in -s after its subject.
func (p *para) hasVerb(c phrase) bool {
	for i := c.s; i < c.e; i++ {
		if p.toks[i].kind == tQuote && i > c.s {
			// 'said ministers "failed to consult anyone"': the quote
			// goes on with the sentence.
			inner := strings.TrimLeftFunc(p.word(i), isQuoteMark)
			if r, _ := utf8.DecodeRuneInString(inner); unicode.IsLower(r) {
				return true
			}
		}
		if !p.isWord(i) {
			continue
		}
		w := p.lower(i)
		if finiteWords[w] || strings.HasSuffix(w, "ed") || p.pronounStart(i) && strings.ContainsAny(w, "’'") ||
			strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") {
			return true
		}
		if i > c.s && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !p.capitalized(i) && (p.isContent(i-1, cueIndex{}) || p.isNameWord(i-1) || p.isPronoun(i-1)) {
			return true
		}
	}
	return false
}
