package extract

import (
	"strings"
	"sync"

	"github.com/newsparse/newsparse/article"
)

// This file turns a speaker phrase into the record's speaker: the name
// as written, split from a title before it ("Foreign Minister | Sergei
// Lavrov") or an appositive beside it ("One Russian official, | Kirill
// Dmitriev"), which become the role.

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

// documentNouns name documents that speak for their authors.
var documentNouns = map[string]bool{
	"statement": true, "report": true, "letter": true, "post": true, "email": true, "memo": true,
	"release": true, "filing": true, "complaint": true, "lawsuit": true, "suit": true, "tweet": true,
	"message": true, "decision": true, "ruling": true, "announcement": true, "notice": true,
	"order": true, "motion": true, "petition": true, "website": true, "book": true, "essay": true,
	"column": true, "op-ed": true, "blog": true, "affidavit": true, "testimony": true,
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
	// "Wolff’s nine-page decision said", "their statement said": a
	// document speaks for its author.
	if head := np.e - 1; head > np.s && p.isWord(head) && documentNouns[p.lower(head)] {
		for k := np.s; k < head; k++ {
			if w := p.lower(k); w == "his" || w == "her" || w == "their" || w == "its" {
				np = phrase{k, k + 1}
				break
			}
			if p.possessive(k) && p.capitalized(k) && !timeWords[strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(p.word(k), "’s"), "'s"), "’'")] {
				start := k
				for start-1 >= np.s && p.isNameWord(start-1) {
					start--
				}
				np = phrase{start, k + 1}
				break
			}
		}
	}
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
		case proper && !p.is(s.appos.s, "who") && !p.is(s.appos.s, "whose") && !(s.appos.e-s.appos.s == 1 && isDigitRune(rune(p.word(s.appos.s)[0]))):
			role = s.appos
		}
	}
	sp := &article.Speaker{Span: p.span(name.s, name.e-1)}
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if w := p.word(name.e - 1); strings.HasSuffix(w, suf) && len(w) > len(suf) {
			sp.Span[1] -= len(suf) // "Trump’s “disgusting” remark": the speaker is Trump
			break
		}
	}
	sp.Name = sp.Span.Of(p.text)
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
		if p.isWord(start-1) && (speakerNameParticles[p.lower(start-1)] || len(p.word(start-1)) <= 2 && strings.HasSuffix(p.word(start-1), ".")) && start-1 > r {
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

// Titles are capitalized words of a title before a name: "Foreign
// Minister Sergei Lavrov". A weak title is also an ordinary word of names
// ("General Motors"), so it is split off only when at least two name
// words follow it.
var (
	titleWords = map[string]bool{
		"President": true, "Minister": true, "Secretary": true, "Senator": true, "Sen.": true,
		"Rep.": true, "Representative": true, "Gov.": true, "Governor": true, "Mayor": true,
		"Chancellor": true, "Ambassador": true, "Envoy": true, "Spokesman": true,
		"Spokeswoman": true, "Spokesperson": true, "Premier": true, "Pope": true, "Sheikh": true,
		"Gen.": true, "Lt.": true, "Col.": true, "Sgt.": true, "Capt.": true, "Cmdr.": true,
		"Adm.": true, "Maj.": true, "Prof.": true, "Professor": true, "Judge": true, "CEO": true,
		"Chairman": true, "Chairwoman": true, "Chairperson": true, "Commissioner": true,
		"Director": true, "Coach": true, "Lieutenant": true, "Sergeant": true, "Captain": true,
		"Colonel": true, "Admiral": true, "Detective": true, "Officer": true, "Superintendent": true,
		"Inspector": true, "Constable": true, "Rabbi": true, "Imam": true, "Bishop": true,
		"Archbishop": true, "Cardinal": true, "Ayatollah": true, "Councillor": true,
		"Councilman": true, "Councilwoman": true, "Councilmember": true, "Assemblyman": true,
		"Assemblywoman": true, "Congressman": true, "Congresswoman": true, "Attorney": true,
		"Prosecutor": true, "Sheriff": true, "Chief": true, "Speaker": true, "Leader": true,
		"Editor": true, "Founder": true, "Co-founder": true,
		"Vice-President": true, "Secretary-General": true, "Deputy": true, "MP": true,
		"Executive": true, "Analyst": true, "Economist": true, "Manager": true, "Dean": true,
		"Principal": true, "Superintendant": true, "Trustee": true, "Aide": true, "Adviser": true,
		"Advisor": true, "Strategist": true, "Pastor": true, "Father": true, "Reverend": true,
		"Rev.": true, "King": true, "Queen": true, "Prince": true, "Princess": true,
		"Emir": true, "Crown": true, "Administrator": true, "Justice": true, "General": true, "Major": true,
	}
	weakTitles = map[string]bool{
		"Chief": true, "Speaker": true, "Leader": true, "Executive": true, "Justice": true,
		"General": true, "Major": true, "Crown": true, "Principal": true, "Father": true,
		"Founder": true, "Director": true, "Manager": true, "Officer": true, "Dean": true,
		"King": true, "Queen": true, "Prince": true, "Princess": true, "Judge": true,
	}
)

// honorifics stay part of a name as written: "Mr. Trump".
var honorifics = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true,
	"Dr": true, "Miss": true, "Sir": true, "Dame": true, "Lord": true, "Lady": true, "Mx.": true,
}

// titleEnd returns the index after the last title word of the proper
// name run [s, e), or s when there is none: the words before it are the
// speaker's title ("Foreign Minister", "Secretary of State"), the words
// after it the name.
func (p *para) titleEnd(s, e int) int {
	t := s
	for i := s; i < e; i++ {
		w := p.word(i)
		if !titleWords[w] {
			if k := strings.LastIndexAny(w, "-‑"); k > 0 && titleWords[w[k+1:]] {
				w = w[k+1:] // "Secretary-General", "Vice-President"
			} else {
				continue
			}
		}
		if weakTitles[w] && e-(i+1) < 2 {
			continue
		}
		if e-(i+1) >= 1 {
			t = i + 1
		}
	}
	// "Secretary of State Marco Rubio", "Minister for Foreign Affairs …"
	if t > s && t < e && (p.is(t, "of") || p.is(t, "for")) {
		k := t + 1
		for k < e-1 && (titleComplements[p.word(k)] || p.is(k, "the")) {
			k++
		}
		if k > t+1 {
			t = k
		}
	}
	return t
}

// titleComplements complete a title after "of" or "for": "Secretary of
// State", "Minister for Foreign Affairs".
var titleComplements = map[string]bool{
	"State": true, "Defense": true, "Defence": true, "Foreign": true, "Affairs": true,
	"Homeland": true, "Security": true, "Health": true, "Finance": true, "Interior": true,
	"Justice": true, "Staff": true, "Education": true, "Labor": true, "Labour": true,
	"Transport": true, "Transportation": true, "Agriculture": true, "Commerce": true,
	"Energy": true, "Treasury": true, "Trade": true, "Economy": true, "Police": true,
	"Home": true, "Culture": true, "Environment": true, "Housing": true, "Veterans": true,
	"Human": true, "Services": true, "Public": true, "Works": true, "Industry": true,
	"Communications": true, "Information": true, "Immigration": true, "Development": true,
}

// nameRun returns the start of the run of name words that ends at e-1
// (exclusive end e), not before s: capitalized words, initials, particles
// and the inner words of organisation names.
func (p *para) nameRun(s, e int) int {
	k := e
	for k-1 >= s {
		t := k - 1
		switch {
		case p.isNameWord(t) && !p.isDeterminer(t) || p.isWord(t) && honorifics[p.word(t)]:
			k = t
		case p.isWord(t) && (speakerNameParticles[p.lower(t)] || innerNameWords[p.lower(t)]) && k < e && t-1 >= s && p.isNameWord(t-1) && p.lower(t) != "the":
			k = t
		default:
			return k
		}
	}
	return k
}

// lowerTitles is titleWords in lower case, without periods.
var lowerTitles = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range titleWords {
		m[strings.ToLower(strings.TrimSuffix(w, "."))] = true
	}
	for _, w := range []string{"spokesman", "spokeswoman", "spokesperson", "official", "envoy", "aide", "adviser", "advisor", "chief", "head", "leader", "premier"} {
		m[w] = true
	}
	return m
})
