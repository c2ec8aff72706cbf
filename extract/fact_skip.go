package extract

import "strings"

// This file tells numbers that are no facts: clock times ("10:30",
// "6 pm"), calendar dates ("Aug. 6", "6 August", "May 8, 1945"), model
// names and codes ("Boeing 737", "Chapter 11", "No. 1", "737 Max", "the
// 777 program"), numbers inside titles ("Two and a Half Men"), list
// numbers, short phone codes ("call 311") and leading-zero codes.

// dayNames are the days of the week, lower-case.
var dayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

func isMonthOrDay(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "s"))
	return monthNames[strings.ToLower(w)] || dayNames[lw]
}

// isMonth reports whether token i is a month name: capitalized (or a
// full name other than "may" and "march" in lower case).
func (fr *factReader) isMonth(i int) bool {
	if i < 0 || i >= len(fr.toks) || fr.toks[i].kind != tkWord || fr.toks[i].skip {
		return false
	}
	w := fr.s[fr.toks[i].s:fr.toks[i].e]
	lw := fr.lower(i)
	if !monthNames[lw] {
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return len(lw) > 3 && lw != "march" && lw != "may"
}

// dayOfMonth reports whether n could be a day of a month.
func dayOfMonth(n numeral) bool {
	return !n.frac && !n.neg && n.val >= 1 && n.val <= 31 && isInt(n.val) && (n.digits || n.ord) && n.scale == 0
}

// dateNumbers reports the tokens [t0, t1) of the calendar date that
// numeral n belongs to, if it belongs to one: "Aug. 6", "August 6, 2025",
// "6 August", "the 4th of July", "May 2025".
func (fr *factReader) dateAround(n numeral) (int, int, bool) {
	t0, t1 := n.t0, n.t1
	// Month before: "Aug. 6", "August 6th", "May 2025".
	m := t0 - 1
	if m >= 0 && fr.punctAt(m, '.') && !fr.toks[m].space {
		m--
	}
	if fr.isMonth(m) && (dayOfMonth(n) || fr.yearShape(n)) {
		end := t1
		// "April 6 and 7", "May 4-5"
		if dayOfMonth(n) && (fr.isWordAt(end, "and") || fr.isWordAt(end, "to") || end < len(fr.toks) && isDash(fr.toks[end])) &&
			end+1 < len(fr.toks) && fr.toks[end+1].kind == tkNum && fr.toks[end+1].num.val <= 31 && fr.toks[end+1].num.intLen <= 2 {
			end += 2
		}
		if dayOfMonth(n) && fr.punctAt(end, ',') && end+1 < len(fr.toks) && fr.toks[end+1].kind == tkNum &&
			fr.toks[end+1].num.intLen == 4 && !fr.toks[end+1].num.grouped {
			end += 2 // "May 8, 1945"
		}
		return m, end, true
	}
	// Month after: "6 August", "4th of July".
	a := t1
	if fr.isWordAt(a, "of") {
		a++
	}
	if dayOfMonth(n) && fr.isMonth(a) {
		end := a + 1
		if end < len(fr.toks) && fr.toks[end].kind == tkNum && fr.toks[end].num.intLen == 4 && !fr.toks[end].num.grouped {
			end++ // "6 August 2025"
		} else if fr.punctAt(end, ',') && end+1 < len(fr.toks) && fr.toks[end+1].kind == tkNum && fr.toks[end+1].num.intLen == 4 {
			end += 2
		}
		return t0, end, true
	}
	return 0, 0, false
}

// clockTime reports whether numeral n is a time of day: "10:30",
// "6 pm", "6pm", "10 a.m.", "5 o'clock".
func (fr *factReader) clockTime(n numeral) (int, bool) {
	e := n.t1
	if e < len(fr.toks) && fr.punctAt(e, ':') && !fr.toks[e].space && e+1 < len(fr.toks) &&
		fr.toks[e+1].kind == tkNum && !fr.toks[e+1].space {
		end := e + 2
		if end < len(fr.toks) && fr.toks[end].glued && meridiems[fr.text(end)] {
			end++
		} else if end < len(fr.toks) && fr.toks[end].kind == tkWord && meridiems[fr.text(end)] {
			end++
		}
		return end, true
	}
	if n.t0 > 1 && fr.punctAt(n.t0-1, ':') && !fr.toks[n.t0].space && !fr.toks[n.t0-1].space && fr.toks[n.t0-2].kind == tkNum {
		return e, true
	}
	if e < len(fr.toks) && fr.toks[e].kind == tkWord && meridiems[fr.text(e)] && n.val <= 12 && n.val >= 0 {
		return e + 1, true
	}
	if e < len(fr.toks) && fr.toks[e].kind == tkWord && strings.EqualFold(fr.text(e), "o'clock") {
		return e + 1, true
	}
	return 0, false
}

// notCodeWords are capitalized words that may stand right before a
// number without making it a name or code ("In 2025", "Some 300").
var notCodeWords = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "since": true, "from": true, "to": true, "for": true,
	"of": true, "about": true, "around": true, "nearly": true, "over": true, "under": true, "some": true,
	"all": true, "the": true, "these": true, "those": true, "another": true, "only": true, "just": true,
	"almost": true, "roughly": true, "approximately": true, "more": true, "less": true, "fewer": true,
	"than": true, "between": true, "and": true, "or": true, "but": true, "with": true, "without": true,
	"within": true, "during": true, "after": true, "before": true, "until": true, "till": true,
	"through": true, "last": true, "next": true, "past": true, "every": true, "each": true, "exactly": true,
	"up": true, "down": true, "among": true, "even": true, "still": true, "also": true, "then": true,
	"now": true, "so": true, "if": true, "when": true, "while": true, "as": true, "plus": true, "minus": true,
	"negative": true, "per": true, "circa": true, "estimated": true, "an": true, "a": true,
	"least": true, "most": true, "above": true, "below": true, "beyond": true, "like": true, "top": true,
	"first": true, "total": true,
	"approx": true, "aged": true, "age": true, "ages": true, "we": true,
	"they": true, "he": true, "she": true, "it": true, "i": true, "you": true, "there": true, "here": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "had": true, "has": true,
	"have": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "did": true, "does": true, "do": true, "not": true, "no": true,
	"yes": true, "what": true, "which": true, "who": true, "how": true, "why": true, "where": true,
	"this": true, "that": true, "both": true, "either": true, "neither": true, "nor": true, "yet": true,
	"once": true, "twice": true, "again": true, "already": true, "exceeding": true,
	"upwards": true, "toward": true, "towards": true, "against": true, "versus": true, "vs": true,
	"say": true, "says": true, "said": true, "reported": true, "additional": true,
	"extra": true, "latest": true, "further": true, "many": true, "several": true,
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
}

// codeBefore reports whether numeral n, in digits, follows a capitalized
// word that makes it a name or code: "Boeing 737", "Chapter 11",
// "Windows 11", "No. 1". Function words, months, units and currencies
// do not.
func (fr *factReader) codeBefore(n numeral) bool {
	if !n.digits || n.neg {
		return false
	}
	j := n.t0 - 1
	if j < 0 || !fr.toks[n.t0].space {
		// "No.1": "No" and "." glued.
		return j >= 1 && fr.punctAt(j, '.') && fr.isNo(j-1)
	}
	if fr.punctAt(j, '.') && j >= 1 && fr.isNo(j-1) && !fr.toks[j].space {
		return true // "No. 1"
	}
	t := fr.toks[j]
	if t.kind != tkWord || t.skip || t.glued {
		return false
	}
	w := fr.s[t.s:t.e]
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lw := fr.lower(j)
	if notCodeWords[lw] || t.lex.kind != lxNone || monthNames[lw] || dayNames[lw] {
		return false
	}
	if strings.ContainsAny(lw, "'’") || lw == "i" {
		return false // possessives and contractions: "Russia's 3,500 troops", "I'm 1.8m tall"
	}
	if _, _, ok := codeOf(w); ok {
		return false
	}
	if _, ok := currencyWords[w]; ok {
		return false
	}
	if fr.anyUnit(j) {
		return false
	}
	return true
}

// modelAfter reports whether numeral n, in digits, is a model number
// because a name follows it: "737 Max jet", "its 787 Dreamliner", or
// "400 737 Max jets" (a count does not follow a count).
func (fr *factReader) modelAfter(n numeral) bool {
	if !n.digits || n.neg || n.val < 100 || !isInt(n.val) || fr.toks[n.t0].num.grouped {
		return false
	}
	e := n.t1
	if e >= len(fr.toks) || fr.toks[e].kind != tkWord || fr.toks[e].skip || !fr.toks[e].space {
		return false
	}
	w := fr.text(e)
	lw := fr.lower(e)
	if w[0] >= 'a' && w[0] <= 'z' && fr.tokenText(n.t0-1) == "the" && !fr.yearLike(n) && fr.labelNoun(e) {
		return true // "the 777 program", "the 405 freeway"
	}
	if w[0] < 'A' || w[0] > 'Z' || monthNames[lw] || dayNames[lw] || notCodeWords[lw] || fr.anyUnit(e) ||
		fr.toks[e].lex.kind != lxNone {
		return false
	}
	if n.t0 > 0 && fr.toks[n.t0].space && fr.numeralEndsAt(n.t0) {
		return true
	}
	if _, ok := plainPlural(w); ok {
		return false // "150 Palestinians"
	}
	_, _, counted := fr.countedNoun(e)
	return !counted
}

// labelNoun reports whether the word at token e, after "the" and a
// number, is a singular noun the number names ("the 777 program") rather
// than the start of what it counts ("the 10 best films").
func (fr *factReader) labelNoun(e int) bool {
	lw := fr.lower(e)
	if notModifier[lw] || notCodeWords[lw] || fr.anyUnit(e) || fr.toks[e].lex.kind != lxNone || len(lw) < 3 {
		return false
	}
	if _, ok := plainPlural(lw); ok {
		return false
	}
	for _, end := range []string{"est", "er", "ly", "ing", "ed", "most", "other"} {
		if strings.HasSuffix(lw, end) {
			return false
		}
	}
	_, _, counted := fr.countedNoun(e)
	return !counted
}

// isNo reports whether token i is "No" or "Nos", the number sign.
func (fr *factReader) isNo(i int) bool {
	if i < 0 || fr.toks[i].kind != tkWord {
		return false
	}
	w := fr.text(i)
	return w == "No" || w == "no" || w == "Nos" || w == "nos" || w == "NO"
}

// sportsWords mark a sentence about a match, where "3-1" is a score.
var sportsWords = map[string]bool{"win": true, "won": true, "wins": true, "beat": true, "beats": true,
	"defeat": true, "defeated": true, "victory": true, "lost": true, "lose": true, "loss": true, "draw": true,
	"drew": true, "score": true, "scored": true, "scoreline": true, "lead": true, "led": true, "trail": true,
	"trailed": true, "goal": true, "goals": true, "match": true, "game": true, "final": true, "set": true,
	"sets": true, "innings": true, "thrashed": true, "edged": true, "routed": true, "tie": true, "tied": true,
	"triumph": true, "rout": true, "penalties": true, "half-time": true, "halftime": true, "winner": true}

// nearWord reports whether a word of set occurs within dist tokens of
// [t0, t1), without crossing a sentence end.
func (fr *factReader) nearWord(t0, t1, dist int, set map[string]bool) bool {
	for k := t0 - 1; k >= 0 && k >= t0-dist; k-- {
		if fr.sentenceEnd(k) {
			break
		}
		if fr.toks[k].kind == tkWord && set[fr.tokenText(k)] {
			return true
		}
	}
	for k := t1; k < len(fr.toks) && k < t1+dist; k++ {
		if fr.sentenceEnd(k) {
			break
		}
		if fr.toks[k].kind == tkWord && set[fr.tokenText(k)] {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether token k ends a sentence or a clause that
// context should not cross.
func (fr *factReader) sentenceEnd(k int) bool {
	t := fr.toks[k]
	if t.kind != tkPunct {
		return false
	}
	switch t.r {
	case '!', '?', ';':
		return true
	case '.':
		return k+1 >= len(fr.toks) || fr.toks[k+1].space
	}
	return false
}

// inTitle reports whether numeral n, in words and capitalized inside a
// sentence, is part of a name or title: "“Two and a Half Men”", "The
// Three Musketeers", "the Helly Hansen Seven rain pant".
func (fr *factReader) inTitle(n numeral) bool {
	t := fr.toks[n.t0]
	if t.kind != tkWord || !n.words {
		return false
	}
	w := fr.text(n.t0)
	if w[0] < 'A' || w[0] > 'Z' || fr.sentenceStart(n.t0) {
		return false
	}
	p := fr.toks[n.t0-1]
	if p.kind == tkWord && !p.skip && (fr.text(n.t0 - 1)[0] >= 'A' && fr.text(n.t0 - 1)[0] <= 'Z') && !notCodeWords[fr.tokenText(n.t0-1)] {
		return true // "Hansen Seven", "Eddie Bauer’s First Ascent" aside
	}
	// The next word is capitalized too: "The Three Musketeers", "First Ascent".
	e := n.t1
	if e < len(fr.toks) && fr.toks[e].kind == tkWord && !fr.toks[e].skip {
		nw := fr.text(e)
		return nw[0] >= 'A' && nw[0] <= 'Z' && (p.kind != tkWord || fr.tokenText(n.t0-1) == "the" || fr.text(n.t0 - 1)[0] >= 'A' && fr.text(n.t0 - 1)[0] <= 'Z' || p.kind == tkWord && strings.ContainsAny(fr.text(n.t0-1), "'’"))
	}
	return false
}

// sentenceStart reports whether token k opens a sentence, perhaps after
// an opening quote or bracket.
func (fr *factReader) sentenceStart(k int) bool {
	for k > 0 {
		p := fr.toks[k-1]
		if fr.sentenceEnd(k - 1) {
			return true
		}
		if p.kind != tkPunct || !strings.ContainsRune("“\"'‘([«—–-:", p.r) {
			return false
		}
		k--
	}
	return true
}

// phoneWord reports whether numeral n follows a word that makes it a
// phone number or a short code: "call 311", "text 741741", "dial 999".
func (fr *factReader) phoneWord(n numeral) bool {
	if !n.digits {
		return false
	}
	switch fr.tokenText(n.t0 - 1) {
	case "call", "text", "dial", "phone", "fax", "hotline", "calling", "dialing", "dialling", "texting":
		return true
	}
	return false
}

// leadZero reports whether numeral n is digits with a leading zero, a
// code such as "017" or "02139".
func (fr *factReader) leadZero(n numeral) bool {
	if !n.digits {
		return false
	}
	if fr.toks[n.t0].num.leadZero && n.val != 0 {
		return true
	}
	// "’98 World Cup": a year cut short; "401(k)": a code.
	if n.t0 > 0 && !fr.toks[n.t0].space && fr.toks[n.t0-1].kind == tkPunct && strings.ContainsRune("'‘’", fr.toks[n.t0-1].r) &&
		fr.toks[n.t0].num.intLen == 2 {
		return true
	}
	return n.t1+2 < len(fr.toks) && fr.punctAt(n.t1, '(') && !fr.toks[n.t1].space && fr.toks[n.t1+1].kind == tkWord &&
		fr.punctAt(n.t1+2, ')')
}

// listMarker reports whether numeral n numbers an item at the start of
// the text: "1. Welcome to Vault 33", "2) Leaving".
func (fr *factReader) listMarker(n numeral) bool {
	if n.t0 != 0 || !n.digits || n.val > 999 || !isInt(n.val) {
		return false
	}
	e := n.t1
	return e+1 < len(fr.toks) && (fr.punctAt(e, '.') || fr.punctAt(e, ')')) && !fr.toks[e].space && fr.toks[e+1].space
}
