package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the noun phrases that name speakers ("Yuri Ushakov",
// "the Kremlin", "a spokesman for the ministry", "Zelenskiy’s chief of
// staff") from a paragraph's tokens, forwards from where one starts or
// backwards from its last word. There is no part-of-speech tagger: small
// closed word classes mark where a phrase cannot go on.

// maxPhrase bounds the tokens of one speaker phrase.
const maxPhrase = 14

// subjectPronouns can name a speaker.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "several": true,
	"some": true, "many": true, "other": true, "another": true, "both": true, "each": true,
	"every": true, "all": true, "most": true, "few": true, "any": true, "no": true,
}

// chainPreps join a noun to a phrase that describes it: "a spokesman for
// the ministry", "one of Putin’s top aides", "ambassador to the UN".
var chainPreps = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true, "to": true, "in": true, "on": true}

// speakerNameParticles are lower-case words inside a name: "Ursula von der Leyen".
var speakerNameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "das": true, "do": true,
	"dos": true, "du": true, "del": true, "della": true, "di": true, "la": true, "le": true, "bin": true,
	"ibn": true, "al": true, "el": true, "ter": true, "ten": true, "y": true, "zu": true, "bint": true,
}

// innerNameWords are lower-case words inside an organisation's name when
// capitalized words stand on both sides: "Ministry of Defence".
var innerNameWords = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "&": true}

// stopWords end a noun phrase: verbs that are never nouns, conjunctions,
// relative and subordinating words, and prepositions that do not chain.
var stopWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"shall": true, "should": true, "not": true, "never": true, "also": true,
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "what": true, "when": true,
	"where": true, "while": true, "why": true, "how": true, "as": true, "because": true,
	"if": true, "since": true, "although": true, "though": true, "after": true, "before": true,
	"until": true, "than": true, "then": true, "there": true, "here": true, "by": true,
	"into": true, "onto": true, "over": true, "under": true, "about": true, "during": true,
	"without": true, "within": true, "through": true, "against": true, "between": true,
	"among": true, "amid": true, "despite": true, "toward": true, "towards": true, "upon": true,
	"per": true, "via": true, "like": true, "unlike": true, "whether": true, "just": true,
	"only": true, "even": true, "still": true, "now": true, "again": true, "too": true,
	"very": true, "more": true, "less": true, "later": true, "earlier": true, "already": true,
	"however": true, "says": true, "said": true, "say": true, "him": true, "them": true, "us": true,
	"me": true, "he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true,
	"this": true, "these": true, "those": true, "last": true, "next": true, "ago": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "up": true, "out": true,
	"off": true, "down": true, "away": true, "back": true, "else": true, "something": true,
	"nothing": true, "everything": true, "anything": true, "everyone": true, "someone": true,
	"anyone": true, "nobody": true, "whatever": true, "whoever": true, "let": true, "get": true,
	"got": true, "make": true, "made": true, "take": true, "took": true, "give": true, "gave": true,
	"see": true, "saw": true, "seen": true, "go": true, "went": true, "gone": true, "come": true,
	"came": true, "know": true, "knew": true, "think": true, "thought": true, "want": true,
	"wanted": true, "need": true, "needs": true, "needed": true, "keep": true, "kept": true,
	"put": true, "set": true, "according": true, "himself": true, "herself": true, "itself": true,
	"themselves": true, "ourselves": true, "myself": true, "yourself": true, "following": true,
	"including": true,
}

// introWords open a sentence before its subject: "But", "However,".
var introWords = map[string]bool{
	"but": true, "and": true, "yet": true, "so": true, "however": true, "meanwhile": true,
	"still": true, "now": true, "also": true, "earlier": true, "later": true, "separately": true,
	"instead": true, "indeed": true, "then": true, "moreover": true, "furthermore": true,
	"nevertheless": true, "nonetheless": true, "similarly": true, "likewise": true, "finally": true,
	"first": true, "second": true, "third": true, "previously": true, "recently": true, "today": true,
	"yesterday": true, "last": true, "ultimately": true, "overall": true, "specifically": true,
	"or": true, "thus": true, "hence": true, "therefore": true, "additionally": true, "plus": true,
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "while": true,
	"when": true, "although": true, "though": true, "despite": true, "as": true, "since": true,
	"with": true, "without": true, "for": true, "from": true, "if": true, "because": true,
	"asked": true, "speaking": true, "writing": true, "responding": true, "according": true,
}

// isPronoun reports whether token i is a subject pronoun.
func (p *para) isPronoun(i int) bool {
	return p.isWord(i) && subjectPronouns[p.lower(i)]
}

// isDeterminer reports whether token i opens a noun phrase.
func (p *para) isDeterminer(i int) bool {
	return p.isWord(i) && determiners[p.lower(i)]
}

// isStop reports whether token i cannot be part of a noun phrase.
func (p *para) isStop(i int) bool {
	if !p.isWord(i) {
		return true
	}
	w := p.lower(i)
	return stopWords[w] || p.pronounStart(i) || auxContraction(w)
}

// auxContraction reports whether w ends in a contracted auxiliary:
// "didn’t", "would’ve", "we’ll", "she’d".
func auxContraction(w string) bool {
	if !strings.ContainsAny(w, "'’") {
		return false
	}
	for _, suf := range []string{"n’t", "n't", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "’re", "'re", "’m", "'m"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isContent reports whether token i may be a word of a common noun
// phrase: a lower-case word that is no stop word, no adverb in -ly, no
// cue form and no preposition, or a number.
func (p *para) isContent(i int, cues cueIndex) bool {
	if !p.isWord(i) || p.isStop(i) || p.isDeterminer(i) || p.possessive(i) || timeWords[p.word(i)] {
		return false
	}
	w := p.lower(i)
	if chainPreps[w] || cues.starts(w) {
		return false
	}
	if strings.HasSuffix(w, "ly") && len(w) > 4 && !lyNouns[w] {
		return false
	}
	return true
}

// lyNouns end in -ly but are nouns or adjectives of speaker phrases.
var lyNouns = map[string]bool{"family": true, "ally": true, "italy": true, "assembly": true, "deputy": true, "supply": true, "daily": true, "weekly": true, "monthly": true, "elderly": true}

// isNameWord reports whether token i can be part of a proper name: a
// capitalized word that is not a possessive, nor a function word
// capitalized only because it opens the sentence ("But", "The").
func (p *para) isNameWord(i int) bool {
	if !p.capitalized(i) || p.possessive(i) || timeWords[p.word(i)] && p.word(i) != "May" {
		return false
	}
	if (i == 0 || p.toks[i-1].sent != p.toks[i].sent || p.isPunct(i-1, "(—–-:")) && !p.allCaps(i) {
		w := p.lower(i)
		return !stopWords[w] && !introWords[w] && !determiners[w] && !chainPreps[w] && !subjectPronouns[w]
	}
	return true
}

// starts reports whether some cue form begins with word w.
func (ix cueIndex) starts(w string) bool { _, ok := ix.forms[w]; return ok }

// phraseBack returns the first token of the noun phrase whose last token
// is j, not before lo, or -1 when token j cannot end a speaker phrase.
// The phrase is a pronoun, or words back to a determiner, across
// possessives ("Zelenskiy’s chief of staff") and chaining prepositions
// ("one of Putin’s top aides").
func (p *para) phraseBack(lo, j int, cues cueIndex) int {
	if j < lo || !p.isWord(j) {
		return -1
	}
	if p.isPronoun(j) {
		return j
	}
	objectEnd := hearerPronouns[p.lower(j)] && j-2 >= lo && chainPreps[p.lower(j-1)] && p.isContent(j-2, cues)
	cueNoun := j-1 >= lo && (p.isDeterminer(j-1) || p.possessive(j-1)) && p.cueNoun(j, j-1, cues) // "Thursday’s report"
	if !p.isNameWord(j) && !p.isContent(j, cues) && !objectEnd && !cueNoun {
		return -1 // ("a source close to him" ends in a pronoun)
	}
	if timeNouns[p.lower(j)] && p.isWord(j-1) && (timeWords[p.word(j-1)] || p.is(j-1, "that")) {
		return -1 // "Thursday night", "this year" are times, not speakers
	}
	if !p.isNameWord(j) && strings.HasSuffix(p.lower(j), "ed") && !p.isDeterminer(j-1) && !p.possessive(j-1) {
		return -1 // a verb in the past tense, most likely
	}
	k := j
	for k-1 >= lo && j-k < maxPhrase {
		t := k - 1
		switch {
		case p.isDeterminer(t):
			k = t
			if p.isWord(t-1) && chainPreps[p.lower(t-1)] && t-2 >= lo && (p.isContent(t-2, cues) || p.isNameWord(t-2) || p.isDeterminer(t-2)) {
				k = t - 1
				continue
			}
			if p.isWord(t-1) && strings.HasSuffix(p.lower(t-1), "ing") && t-2 >= lo && (p.isContent(t-2, cues) || p.isNameWord(t-2)) && !p.isStop(t-1) {
				k = t - 1 // "Indian officials monitoring the situation"
				continue
			}
			return k
		case p.possessive(t), p.isNameWord(t):
			k = t
		case p.isWord(t) && innerNameWords[p.lower(t)] && p.isNameWord(k) && p.isNameWord(t-1) && t-1 >= lo && p.lower(t) != "and":
			k = t
		case p.isWord(t) && speakerNameParticles[p.lower(t)] && p.isNameWord(k) && p.isNameWord(t-1):
			k = t
		case p.isContent(t, cues):
			if strings.HasSuffix(p.lower(t), "ed") && !p.isDeterminer(t-1) && !p.possessive(t-1) && !(p.isContent(t-1, cues) && !p.capitalized(t-1)) {
				return k // "… officials briefed reporters", "Cooperman blasted on"
			}
			k = t
		case p.isWord(t) && chainPreps[p.lower(t)] && t-1 >= lo && (p.isContent(t-1, cues) || p.isDeterminer(t-1)):
			k = t // "a spokesman for", "one of"
		default:
			return k
		}
	}
	if p.isWord(k) && chainPreps[p.lower(k)] {
		k++
	}
	return k
}

// phraseForward returns the end (exclusive) of the noun phrase that
// starts at token i, not reaching hi, or i when none starts there.
func (p *para) phraseForward(i, hi int, cues cueIndex) int {
	if i >= hi || !p.isWord(i) {
		return i
	}
	if p.isPronoun(i) {
		return i + 1
	}
	start := i
	last := -1 // the last token that can end the phrase
	if p.isDeterminer(i) {
		i++
		if p.is(i, "of") {
			last = i // "one of Putin’s top aides", "some of the officials"
		}
	}
	for i < hi && i-start < maxPhrase {
		switch {
		case p.possessive(i):
			i++
		case p.isNameWord(i):
			i++
			last = i
		case p.isWord(i) && (speakerNameParticles[p.lower(i)] || innerNameWords[p.lower(i)]) && last == i && p.isNameWord(i+1) && p.lower(i) != "and":
			i++
		case p.is(i, "and") && last == i && p.isNameWord(i+1):
			i++ // "Bloomberg and Russian outlet The Bell"
		case p.isContent(i, cues) || p.cueNoun(i, start, cues):
			if last == i && strings.HasSuffix(p.lower(i), "ed") && !p.lyAdverb(i-1) {
				goto done // "Benioff weighed in", "Boudreau expressed confidence"
			}
			if last == i && p.isDeterminer(i+1) && !p.capitalized(i+1) && !p.is(i+1, "one") && !p.is(i+1, "all") {
				goto done // "Other countries support a stronger text": a verb
			}
			i++
			last = i
		case p.isWord(i) && timeWords[p.word(i)] && last == i && i+1 < hi && p.isWord(i+1) && (chainPreps[p.lower(i+1)] || p.is(i+1, "by")):
			i++ // "a report Thursday from the United Nations"
			last = i
		case p.isWord(i) && timeWords[p.word(i)] && i > start && p.isDeterminer(i-1) && (p.isContent(i+1, cues) || p.cueNoun(i+1, i-1, cues)):
			i++ // "a Wednesday post from …"
		case p.is(i, "by") && last == i && !p.isNameWord(i-1) && i+1 < hi && (p.isNameWord(i+1) || p.isDeterminer(i+1)):
			i++ // "a spot by SFA", "a report by the ministry"
		case p.isPunct(i, "(") && p.isWord(i+1) && p.isPunct(i+2, ")") && last == i:
			i += 3 // "Alibaba (BABA) Chief People Officer"
		case p.lyAdverb(i) && i > start && (p.isDeterminer(i-1) || p.possessive(i-1)) && (p.isContent(i+1, cues) || p.isNameWord(i+1)):
			i++ // "the company’s recently named executive chair"
		case p.isWord(i) && chainPreps[p.lower(i)] && last == i && i+1 < hi && (p.isDeterminer(i+1) || p.possessive(i+1) || p.isNameWord(i+1) || p.isContent(i+1, cues)) && !p.isNameWord(i-1):
			i++
			if p.isDeterminer(i) {
				i++
			}
		default:
			goto done
		}
	}
done:
	if last < 0 {
		return start
	}
	return last
}

// cueNoun reports whether token i, in a phrase that starts at start, is
// a cue form used as a noun: "reports from Bloomberg", "the claims".
func (p *para) cueNoun(i, start int, cues cueIndex) bool {
	if !p.isWord(i) || p.capitalized(i) || p.isStop(i) || !cues.starts(p.lower(i)) {
		return false
	}
	if w := p.lower(i); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return i == start && p.isWord(i+1) && chainPreps[p.lower(i+1)] || i > start && (p.isDeterminer(i-1) || p.possessive(i-1)) ||
		i > start && p.isDeterminer(start) && (p.isContent(i-1, cues) || timeWords[p.word(i-1)]) // "a conference call", "a Wednesday post"
}

// startsUpper reports whether s begins, after any opening punctuation,
// with an upper-case letter or a digit.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || !unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
		if !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return false
}

// wordCount counts the words of s.
func wordCount(s string) int {
	return countWords(s, len(s)) // s holds no more words than bytes
}

// wordsAtLeast reports whether s holds n words or more, reading s only
// as far as its n-th word.
func wordsAtLeast(s string, n int) bool {
	return countWords(s, n) >= n
}

// countWords counts the words of s up to limit: it returns the smaller of
// their number and limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if n >= limit {
			break
		}
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '’' || r == '\'' || r == '-'))
	}
	return n
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// phrase is a run of tokens [s, e); e == s means none.
type phrase struct{ s, e int }

func (ph phrase) ok() bool { return ph.e > ph.s }
