package entity

// The gazetteer's answers about a word depend on its text alone, so a
// headline can take them from the body's lexeme of the same word rather
// than ask the gazetteer again: its words are mostly the body's.

// learntOfWord are the learn bits of what a word's text alone decides,
// and factsOfWord the fact bits they cover. What depends on the text
// around the word (factLowSeenLower, factLowSeen, factSurname, capSeen)
// is the document's own.
const (
	learntOfWord = learntLists | learntWord | learntPlace | learntKnown | learntDemonym | learntMayStart
	factsOfWord  = factKnown | factDemonym | factMayStart
)

// learnFrom copies into d's lexemes what body has learnt of the same
// words from the gazetteer.
func (d *document) learnFrom(body *document) {
	for i := range d.lex {
		x := &d.lex[i]
		b := body.lexemeOf(d.lexWord(int32(i)))
		if b == nil || b.learnt&learntOfWord == 0 {
			continue
		}
		x.cls, x.place, x.org, x.sex, x.rank, x.name = b.cls, b.place, b.org, b.sex, b.rank, b.name
		x.learnt |= b.learnt & learntOfWord
		x.facts |= b.facts & factsOfWord
	}
}
