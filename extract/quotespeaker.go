package extract

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// This file finds who said a quotation: the patterns of news writing
// that place a cue and its speaker after the quotation ("“…,” X said",
// "“…,” said X", "“…,” X, a spokesman, said") or before it ("X posted on
// social media: “…”", "according to X, “…”", "X called the attacks
// “…”"), or in the sentence before it ("She added:").

// attribute finds the speaker and cue of the quotation at token t, of
// the given kind, in its sentence: after it ("“…,” she said", "“…,”
// said X", "“…,” X, a spokesman, said"), else before it ("X said: “…”",
// "X posted on social media: “…”", "According to X, “…”", and for a
// partial quote any cue earlier in the sentence: "X called the attacks
// “disgusting”").
func (p *para) attribute(t int, kind, inner string, cues cueIndex) (subject, cueHit, bool) {
	lo, hi := p.sentOf(t)
	if s, ok := p.label(t, kind); ok {
		return s, cueHit{}, true
	}
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
	if s := p.signature(t, hi, cues); s.ok() {
		return s, cueHit{}, true
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

// label reads the speaker of a partial quote that labels the speaker's
// own words: "his “poisoning the blood” comments", "Trump’s “disgusting”
// remark". The possessor is the speaker; there is no cue.
func (p *para) label(t int, kind string) (subject, bool) {
	if kind != article.QuotePartial || !p.isWord(t-1) || !p.isWord(t+1) || !speechNouns[p.lower(t+1)] {
		return subject{}, false
	}
	switch w := p.lower(t - 1); {
	case w == "his" || w == "her" || w == "their" || w == "its":
		return subject{np: phrase{t - 1, t}}, true
	case p.possessive(t-1) && p.capitalized(t-1):
		k := t - 1
		for k-1 >= 0 && p.isNameWord(k-1) && t-1-k < 3 {
			k--
		}
		return subject{np: phrase{k, t}}, true
	}
	return subject{}, false
}

// speechNouns name what someone said: "his “…” comments".
var speechNouns = map[string]bool{
	"comments": true, "comment": true, "remarks": true, "remark": true, "words": true,
	"statement": true, "claim": true, "claims": true, "phrase": true, "rhetoric": true,
	"description": true, "language": true, "slogan": true, "warning": true, "pledge": true,
	"promise": true, "assertion": true, "characterization": true, "characterisation": true,
	"quip": true, "jibe": true, "insult": true, "speech": true, "tweet": true, "post": true,
}

// signature reads a speaker signed after a quotation with a dash, at the
// end of its paragraph: "“…” —Robert Pliska, president, Sperry
// Commercial".
func (p *para) signature(t, hi int, cues cueIndex) subject {
	if !p.isPunct(t+1, "—–-") || hi != len(p.toks) {
		return subject{}
	}
	e := p.phraseForward(t+2, hi, cues)
	if e == t+2 || !p.hasName(phrase{t + 2, e}) {
		return subject{}
	}
	for k := e; k < hi; k++ {
		if p.cueAt[k] >= 0 || p.toks[k].kind == tQuote || p.isWord(k) && finiteWords[p.lower(k)] {
			return subject{}
		}
	}
	s := subject{np: phrase{t + 2, e}}
	if ap := (phrase{e + 1, trimPunctEnd(p, phrase{e + 1, hi})}); p.isPunct(e, ",") && ap.ok() && p.isWord(ap.s) {
		s.appos = ap // "president, Sperry Commercial Global Affiliates"
	}
	return s
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
		if s.ok() && h.cue.Partial && h.tok+h.n == t && t+1 < len(p.toks) && p.toks[t+1].kind == tQuote {
			// "Valve called ‘Half Life: Alyx’ “a flagship VR game”": the
			// first quotation is the thing named, the second the label.
			return subject{}, cueHit{}, false
		}
		if s.ok() && h.cue.Partial && h.tok+h.n == t && !p.namesSpeaker(s, h) {
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
				if !p.namesSpeaker(s, h) {
					// A cue word after a common noun is likely a noun
					// itself, inside what an earlier cue reports: "X said
					// the evidence included police reports that had been
					// “…”".
					continue
				}
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
	// "A local newspaper rhapsodized: “…”": a past tense before the
	// colon that opens a direct quotation is its cue.
	if kind == article.QuoteDirect && p.isPunct(t-1, ":") && t-2 > lo && p.isWord(t-2) && !p.capitalized(t-2) &&
		strings.HasSuffix(p.word(t-2), "ed") && p.cueAt[t-2] < 0 {
		h := cueHit{tok: t - 2, n: 1, cue: &colonCue}
		if s := p.subjectBefore(lo, h, cues); s.ok() {
			return s, h, true
		}
	}
	return subject{}, cueHit{}, false
}

// colonCue stands for a verb that introduces a quotation with a colon
// without being a cue of the rules; it is never changed.
var colonCue = Cue{Report: ReportNone}

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
	if h.cue == nil || !h.cue.Hearer || i >= hi {
		return i
	}
	if p.isWord(i) && hearerPronouns[p.lower(i)] {
		return i + 1
	}
	if p.is(i, "that") || p.isPronoun(i) || !p.isWord(i) || timeWords[p.word(i)] {
		return i
	}
	if e := p.phraseForward(i, hi, cues); e > i && e-i <= 5 && (p.cueTakesHearer(h) || p.is(e, "to") || p.is(e, "that") || p.pronounClause(e)) {
		return e // "warned Mr Sunak he risks …"
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
		case adverbialPreps[p.lower(i)] && (!p.is(i, "to") || h.cue != nil && (h.cue.Report == ReportClause || h.cue.Hearer)):
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
	// Without "that" or a colon, only right after the cue, and not as an
	// adjective: not "wrote in her book “Confidence Man”", not "denied
	// “sensational” claims".
	return heard == t && !(p.isWord(t+1) && (p.isContent(t+1, cues) || p.cueNoun(t+1, t+1, cues)))
}

// namesSpeaker reports whether a subject is a name or pronoun, or opens
// a relative clause ("what the experts called").
func (p *para) namesSpeaker(s subject, h cueHit) bool {
	if _, _, proper := p.nameAndRole(s.np); proper || p.isPronoun(s.np.s) {
		return true
	}
	if p.is(h.tok-1, "that") || p.is(h.tok-1, "which") || p.is(h.tok-1, "who") {
		return true // "a resolution that calls for “…”"
	}
	k := p.subjectStart(s) - 1
	return p.is(k, "what") || p.is(k, "which") || p.is(k, "that") || p.is(k, "who")
}

// cueText returns the cue as written, with the hearer of a cue that
// needs one ("told reporters", "told the crowd").
func (p *para) cueText(h cueHit) string {
	if h.cue == nil {
		return "" // a signature: "—Robert Pliska"
	}
	end := h.tok + h.n - 1
	if h.cue.Hearer && p.hearerInCue(h) {
		i := h.tok + h.n
		switch {
		case p.isWord(i) && hearerPronouns[p.lower(i)]:
			end = i
		case p.isWord(i) && !p.is(i, "that") && !timeWords[p.word(i)] && !p.isPronoun(i):
			k := i
			if p.isDeterminer(k) || p.possessive(k) {
				k++
			}
			for k < len(p.toks) && k-i < 5 && (p.isNameWord(k) || p.isContent(k, cueIndex{})) {
				k++
			}
			if k > i && !p.isDeterminer(k-1) {
				end = k - 1
			}
		}
	}
	return p.text[p.toks[h.tok].start:p.toks[end].end]
}

// cueTakesHearer reports whether the cue h cannot go without its hearer,
// which then belongs in the cue text: "told reporters".
func (p *para) cueTakesHearer(h cueHit) bool {
	w := p.lower(h.tok)
	return strings.HasPrefix(w, "tell") || w == "told"
}

// hearerInCue reports whether the hearer after the cue h belongs in the
// cue text: always for "told", and for other cues before a clause
// ("warned Mr Sunak he risks …"), not before an infinitive ("urged
// employees to …", where the hearer is part of what was said).
func (p *para) hearerInCue(h cueHit) bool {
	if p.cueTakesHearer(h) {
		return true
	}
	_, hi := p.sentOf(h.tok)
	e := p.skipHearer(h, hi, cueIndex{})
	return e > h.tok+h.n && !p.is(e, "to") && e < hi && p.isWord(e)
}

// hearerPronouns name a hearer: "told him".
var hearerPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}
