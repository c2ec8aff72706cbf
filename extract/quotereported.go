package extract

import (
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
				if !content.ok() && (p.tailOnly(h, hi, cues) || p.parenthetical(s, h, hi, cues)) {
					content = p.contentBefore(lo, p.subjectStart(s)-1)
				}
			} else if p.isPunct(h.tok-1, ",") && !h.ing(p) {
				// "…, said Yuri Ushakov."
				s = p.subjectAfter(h.tok+h.n, hi, cues)
				if s.ok() && p.phraseTailOnly(s, hi) {
					content = p.contentBefore(lo, h.tok-1)
				}
			}
		}
		if !s.ok() || !content.ok() || p.onlyQuote(content) {
			continue
		}
		sp := p.span(content.s, content.e-1)
		if wordCount(sp.Of(p.text)) < minReported {
			continue
		}
		out = append(out, article.Quote{Text: sp.Of(p.text), Span: sp, Kind: article.QuoteIndirect,
			Cue: p.cueText(h), Speaker: p.speaker(s)})
	}
	return out
}

// subjectStart returns the first token of a subject, appositive included.
func (p *para) subjectStart(s subject) int {
	if s.appos.ok() && s.appos.s < s.np.s {
		return s.appos.s
	}
	return s.np.s
}

// phraseTailOnly reports whether only punctuation, or an adverbial
// ("in an email to staff"), follows the inverted subject s up to hi.
func (p *para) phraseTailOnly(s subject, hi int) bool {
	e := s.np.e
	if s.appos.ok() {
		e = max(e, s.appos.e)
	}
	if e < hi && p.isWord(e) && adverbialPreps[p.lower(e)] {
		return true
	}
	for e < hi && p.toks[e].kind == tPunct {
		e++
	}
	return e >= hi
}

// onlyQuote reports whether a content clause is mostly a quotation: that
// is a direct quote, not reported speech.
func (p *para) onlyQuote(c phrase) bool {
	quoted := 0
	for i := c.s; i < c.e; i++ {
		if p.toks[i].kind == tQuote {
			quoted += p.toks[i].end - p.toks[i].start
		}
	}
	return 2*quoted > p.toks[c.e-1].end-p.toks[c.s].start
}

// contentAfter returns the content clause after the cue h: after its
// hearer, any adverbials and "that", to the end of the sentence or to a
// comma that brings another attribution ("…, adding that …").
func (p *para) contentAfter(h cueHit, hi int, cues cueIndex) phrase {
	i := p.skipHearer(h, hi, cues)
	heard := i > h.tok+h.n
	if h.cue.Infinitive && heard && p.is(i, "to") {
		return p.clauseTo(i+1, hi) // "warned Russia to move toward peace"
	}
	i = p.skipAdverbials(i, hi, h, cues)
	that := p.is(i, "that")
	if that {
		i++
	}
	if i >= hi || p.toks[i].kind == tPunct || p.toks[i].kind == tQuote && i+1 >= hi {
		return phrase{}
	}
	if !that {
		switch h.cue.Report {
		case ReportThat:
			if !p.pronounStart(i) {
				return phrase{}
			}
		case ReportClause:
			if !p.clauseStart(i) {
				return phrase{}
			}
		}
	}
	c := p.clauseTo(i, hi)
	if !that && quantifiers[p.lower(i)] && !p.hasFinite(c) {
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
		return j > i && h.cue.Report != ReportNone && p.phraseBack(i, j-1, nil) == i
	}
	return false
}

// contentBefore returns the clause that ends at the comma at token comma
// and starts the sentence (after an opening conjunction): the content
// of "…, X said." and "…, according to X.".
func (p *para) contentBefore(lo, comma int) phrase {
	if comma <= lo || !p.isPunct(comma, ",—–") {
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
	switch {
	case p.isPunct(e, ",") && p.clauseOpens(lo, h.tok):
		return s, p.clauseTo(e+1, hi)
	case p.isPunct(h.tok-1, ","):
		return s, p.contentBefore(lo, h.tok-1)
	case h.tok > lo && p.phraseTailOnly(s, hi):
		return s, phrase{lo, h.tok}
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
	switch p.lower(i) {
	case "to", "so", "yes", "no", "goodbye", "hello", "otherwise", "as", "of", "about", "for", "what", "why", "how",
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

// hasFinite reports whether the phrase holds an auxiliary or modal verb.
func (p *para) hasFinite(c phrase) bool {
	for i := c.s; i < c.e; i++ {
		if p.isWord(i) && finiteWords[p.lower(i)] {
			return true
		}
	}
	return false
}
