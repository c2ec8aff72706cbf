package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Report says whether and how a cue verb introduces reported speech.
type Report uint8

// The ways a cue introduces reported speech.
const (
	// ReportNone: the cue attributes quotations only ("called", "posted").
	ReportNone Report = iota
	// ReportThat: the content clause must open with "that" ("noted
	// that …"), or with a pronoun subject ("claimed it was …").
	ReportThat
	// ReportClause: any clause may follow, with or without "that" ("said
	// the talks were useful").
	ReportClause
)

// Cue is a verb or phrase of attribution with every written form that
// attributes speech: "say", "says", "said", "saying".
type Cue struct {
	// Forms are the lower-case forms as written; a form may be several
	// words ("according to", "pointed out").
	Forms []string
	// Report says how the cue introduces reported speech.
	Report Report
	// Hearer is set when the cue may name its hearer before the quote
	// or clause: "told reporters", "warned Russia to …".
	Hearer bool
	// Infinitive is set when hearer plus "to" carries reported speech:
	// "warned Russia to move", "urged them to leave".
	Infinitive bool
	// Commits is set when "to" right after the cue carries reported
	// speech, a promise or request: "vowed to continue the war".
	Commits bool
	// Partial is set when the cue frames a quoted fragment as what the
	// speaker called something: "called the attacks “disgusting”".
	Partial bool
}

// DefaultCues returns a new slice of the cue verbs of English news
// writing. Callers may append to it or edit it and set it as
// QuoteRules.Cues.
func DefaultCues() []Cue {
	v := func(report Report, forms ...string) Cue { return Cue{Forms: forms, Report: report} }
	hearer := func(c Cue, inf bool) Cue { c.Hearer, c.Infinitive = true, inf; return c }
	partial := func(c Cue) Cue { c.Partial = true; return c }
	commits := func(c Cue) Cue { c.Commits = true; return c }
	return []Cue{
		v(ReportClause, "say", "says", "said", "saying"),
		hearer(v(ReportClause, "tell", "tells", "told", "telling"), true),
		hearer(v(ReportThat, "warn", "warns", "warned", "warning"), true),
		hearer(v(ReportThat, "urge", "urges", "urged", "urging"), true),
		hearer(v(ReportThat, "ask", "asks", "asked", "asking"), true),
		hearer(v(ReportThat, "assure", "assures", "assured", "assuring"), false),
		hearer(v(ReportThat, "remind", "reminds", "reminded", "reminding"), false),
		hearer(v(ReportThat, "inform", "informs", "informed", "informing"), false),
		v(ReportThat, "add", "adds", "added", "adding"),
		v(ReportThat, "claim", "claims", "claimed", "claiming"),
		v(ReportThat, "argue", "argues", "argued", "arguing"),
		v(ReportThat, "insist", "insists", "insisted", "insisting"),
		v(ReportThat, "note", "notes", "noted", "noting"),
		v(ReportThat, "explain", "explains", "explained", "explaining"),
		v(ReportThat, "acknowledge", "acknowledges", "acknowledged", "acknowledging"),
		v(ReportThat, "admit", "admits", "admitted", "admitting"),
		v(ReportThat, "allege", "alleges", "alleged", "alleging"),
		v(ReportThat, "announce", "announces", "announced", "announcing"),
		v(ReportThat, "assert", "asserts", "asserted", "asserting"),
		v(ReportThat, "concede", "concedes", "conceded", "conceding"),
		v(ReportThat, "confirm", "confirms", "confirmed", "confirming"),
		v(ReportThat, "contend", "contends", "contended", "contending"),
		v(ReportThat, "declare", "declares", "declared", "declaring"),
		v(ReportThat, "deny", "denies", "denied", "denying"),
		v(ReportThat, "emphasize", "emphasizes", "emphasized", "emphasizing",
			"emphasise", "emphasises", "emphasised", "emphasising"),
		v(ReportThat, "stress", "stresses", "stressed", "stressing"),
		v(ReportThat, "maintain", "maintains", "maintained", "maintaining"),
		v(ReportThat, "predict", "predicts", "predicted", "predicting"),
		commits(v(ReportThat, "promise", "promises", "promised", "promising")),
		v(ReportThat, "reiterate", "reiterates", "reiterated", "reiterating"),
		v(ReportThat, "report", "reports", "reported", "reporting"),
		v(ReportThat, "state", "states", "stated", "stating"),
		v(ReportThat, "suggest", "suggests", "suggested", "suggesting"),
		v(ReportThat, "testify", "testifies", "testified", "testifying"),
		v(ReportThat, "complain", "complains", "complained", "complaining"),
		v(ReportThat, "lament", "laments", "lamented", "lamenting"),
		v(ReportThat, "recall", "recalls", "recalled", "recalling"),
		commits(v(ReportThat, "vow", "vows", "vowed", "vowing")),
		commits(v(ReportThat, "pledge", "pledges", "pledged", "pledging")),
		commits(v(ReportThat, "request", "requests", "requested", "requesting")),
		commits(v(ReportThat, "demand", "demands", "demanded", "demanding")),
		hearer(v(ReportThat, "call on", "calls on", "called on", "calling on", "call upon", "calls upon", "called upon"), true),
		v(ReportThat, "estimate", "estimates", "estimated", "estimating"),
		v(ReportThat, "assess", "assesses", "assessed", "assessing"),
		v(ReportThat, "rule", "rules", "ruled", "ruling"),
		v(ReportThat, "caution", "cautions", "cautioned", "cautioning"),
		v(ReportThat, "boast", "boasts", "boasted", "boasting"),
		v(ReportThat, "indicate", "indicates", "indicated", "indicating"),
		v(ReportThat, "conclude", "concludes", "concluded", "concluding"),
		v(ReportThat, "write", "writes", "wrote", "writing"),
		v(ReportThat, "post", "posts", "posted", "posting"),
		v(ReportThat, "tweet", "tweets", "tweeted", "tweeting"),
		v(ReportThat, "point out", "points out", "pointed out", "pointing out"),
		v(ReportThat, "according to"),
		v(ReportNone, "reply", "replies", "replied", "replying"),
		v(ReportNone, "respond", "responds", "responded", "responding"),
		v(ReportNone, "answer", "answers", "answered", "answering"),
		v(ReportNone, "continue", "continues", "continued"),
		v(ReportNone, "remark", "remarks", "remarked"),
		v(ReportNone, "comment", "comments", "commented"),
		v(ReportNone, "joke", "jokes", "joked", "joking"),
		v(ReportNone, "quip", "quips", "quipped"),
		v(ReportNone, "exclaim", "exclaims", "exclaimed"),
		v(ReportNone, "shout", "shouts", "shouted", "shouting"),
		v(ReportNone, "yell", "yells", "yelled", "yelling"),
		v(ReportNone, "whisper", "whispers", "whispered"),
		v(ReportNone, "scream", "screams", "screamed"),
		v(ReportNone, "sing", "sings", "sang"),
		v(ReportNone, "chant", "chants", "chanted", "chanting"),
		v(ReportNone, "read", "reads"),
		v(ReportNone, "caption", "captions", "captioned", "captioning"),
		v(ReportNone, "put it", "puts it"),
		v(ReportNone, "go on", "goes on", "went on"),
		partial(v(ReportNone, "call", "calls", "called", "calling")),
		partial(v(ReportNone, "describe", "describes", "described", "describing")),
		partial(v(ReportNone, "dismiss", "dismisses", "dismissed", "dismissing")),
		partial(v(ReportNone, "label", "labels", "labeled", "labelled", "labeling", "labelling")),
		partial(v(ReportNone, "branded", "branding")),
		partial(v(ReportNone, "dub", "dubs", "dubbed", "dubbing")),
		partial(v(ReportNone, "termed", "terming")),
		partial(v(ReportNone, "hail", "hails", "hailed", "hailing")),
		partial(v(ReportNone, "denounce", "denounces", "denounced", "denouncing")),
		partial(v(ReportNone, "condemn", "condemns", "condemned", "condemning")),
		partial(v(ReportNone, "praise", "praises", "praised", "praising")),
		partial(v(ReportNone, "criticize", "criticizes", "criticized", "criticizing",
			"criticise", "criticises", "criticised", "criticising")),
		partial(v(ReportNone, "characterize", "characterizes", "characterized", "characterizing",
			"characterise", "characterises", "characterised", "characterising")),
		partial(v(ReportNone, "refer", "refers", "referred", "referring")),
		partial(v(ReportNone, "accuse", "accuses", "accused", "accusing")),
		partial(v(ReportNone, "call for", "calls for", "called for", "calling for")),
		partial(v(ReportNone, "cite", "cites", "cited", "citing")),
		partial(v(ReportNone, "thank", "thanks", "thanked", "thanking")),
	}
}

// cueForm is one written form of a cue in a cueIndex.
type cueForm struct {
	words []string // the form split into words
	cue   *Cue
}

// cueIndex finds cue forms by their first word (in lower case).
type cueIndex struct {
	forms  map[string][]cueForm
	shapes *wordShapes // of the first words
	// firsts holds the forms by first word too, for words of ASCII
	// letters; nil when a first word is not all ASCII lower-case letters.
	firsts *foldedTable[cueFirst]
	// reporters holds the first words of firsts that open a form of a
	// cue that reports speech, alone, so that mayMatter searches shorter
	// lists; nil when firsts is.
	reporters *foldedTable[struct{}]
}

// cueFirst is the entry of a first word in cueIndex.firsts.
type cueFirst struct {
	forms []cueForm
}

// newCueIndex indexes cues by the first word of each form.
func newCueIndex(cues []Cue) cueIndex {
	ix := cueIndex{forms: map[string][]cueForm{}, shapes: new(wordShapes), firsts: new(foldedTable[cueFirst])}
	for i := range cues {
		c := &cues[i]
		for _, f := range c.Forms {
			w := strings.Fields(strings.ToLower(f))
			if len(w) == 0 {
				continue
			}
			ix.forms[w[0]] = append(ix.forms[w[0]], cueForm{words: w, cue: c})
			ix.shapes.add(w[0])
			if !asciiLower(w[0]) {
				ix.firsts = nil
			}
		}
	}
	if ix.firsts != nil {
		ix.reporters = new(foldedTable[struct{}])
		for w, forms := range ix.forms {
			ix.firsts.add(w, cueFirst{forms: forms})
			if reportsSpeech(forms) {
				ix.reporters.add(w, struct{}{})
			}
		}
	}
	return ix
}

// asciiLower reports whether w is all ASCII lower-case letters.
func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// mayMatter reports whether cues may make something of a block of text
// s in which no quotation starts: reported speech, when reported is set,
// which needs a cue that reports speech, or the introduction of a
// quotation that opens the next block, which needs a cue and a colon
// ending s. False means the block yields nothing and introduces nothing.
func (ix cueIndex) mayMatter(s string, reported bool) bool {
	colon := strings.IndexByte(s, ':') >= 0
	switch {
	case ix.firsts == nil:
		return true
	case colon:
		return ix.mayHoldCue(s, false)
	case reported:
		return ix.mayHoldCue(s, true)
	}
	return false
}

// mayHoldCue reports whether a word of s may be the first word of a cue
// form (of a cue that reports speech, if reports is set): false means
// none is. A word that is one, in lower case, is a whole run of ASCII
// letters of s, unless it holds "İ" or the Kelvin sign, the only other
// letters that lower-case to ASCII.
func (ix cueIndex) mayHoldCue(s string, reports bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			j := asciiLettersEnd(s, i+1)
			if reports {
				if _, ok := ix.reporters.lookup(s[i:j]); ok {
					return true
				}
			} else if _, ok := ix.firsts.lookup(s[i:j]); ok {
				return true
			}
			i = j
		case c == 0xC4 && strings.HasPrefix(s[i:], "İ") || c == 0xE2 && strings.HasPrefix(s[i:], "\u212A"):
			return true
		default:
			i++
		}
	}
	return false
}

// reportsSpeech reports whether one of forms is of a cue that reports
// speech.
func reportsSpeech(forms []cueForm) bool {
	for _, f := range forms {
		if f.cue.Report != ReportNone {
			return true
		}
	}
	return false
}

// formsAt returns the forms whose first word is token i of p in lower
// case: for a word of ASCII bytes, found in firsts without lowering it.
// When firsts holds every first word, another word may be one only if
// it lowers to ASCII letters, which needs "İ" or the Kelvin sign, the
// only other letters that lower-case to ASCII (curly apostrophes and
// accented letters make most words that are not ASCII).
func (ix cueIndex) formsAt(p *para, i int) []cueForm {
	if w := p.word(i); ix.firsts != nil {
		if isASCII(w) {
			fw, _ := ix.firsts.lookup(w)
			return fw.forms
		}
		if !strings.Contains(w, "İ") && !strings.Contains(w, "\u212A") {
			return nil
		}
	}
	return ix.lookup(p.lower(i))
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lookup returns the forms whose first word is w, in lower case.
func (ix cueIndex) lookup(w string) []cueForm {
	if ix.shapes == nil || !ix.shapes.may(w) {
		return nil
	}
	return ix.forms[w]
}

// cannotStart reports whether token i of p is certainly no first word of
// a cue, judging by its shape alone when it is ASCII: lower-casing keeps
// an ASCII word's length and lower-cases its first byte. It spares
// lower-casing and looking up most words.
func (ix cueIndex) cannotStart(p *para, i int) bool {
	if ix.shapes == nil {
		return true
	}
	w := p.word(i)
	c := w[0]
	if c >= utf8.RuneSelf {
		return false
	}
	for j := 1; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf {
			return false
		}
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return ix.shapes[c]&(1<<min(len(w), 63)) == 0
}

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
	p.cueAt = slices.Grow(p.cueAt[:0], len(p.toks))
	for range p.toks {
		p.cueAt = append(p.cueAt, -1)
	}
	for i := 0; i < len(p.toks); i++ {
		if !p.isWord(i) {
			continue
		}
		if cues.cannotStart(p, i) {
			continue
		}
		if p.capitalized(i) && (i > 0 && p.toks[i-1].sent == p.toks[i].sent && !p.isPunct(i-1, "(—–:") || strings.HasSuffix(p.word(i), "ing") && p.lower(i) != "according") {
			continue // only a sentence's first word may be capitalized, and not "Promising review:"
		}
		forms := cues.formsAt(p, i)
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
