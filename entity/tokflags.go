package entity

// tokFlags are the yes-or-no facts of a token, one bit each, so that a
// token takes 16 bytes.
type tokFlags uint16

const (
	tWord  tokFlags = 1 << iota // letters or digits (else punctuation or possessive)
	tPoss                       // a possessive ending: "'s", "’s" or a lone apostrophe after "s"
	tCap                        // a word whose first letter is upper case
	tUpper                      // a word of two or more letters, all upper case ("NATO", "U.S.")
	tDigit                      // a word that holds a digit
	// tAmb marks a capitalised word whose capital says nothing: the
	// first word of a sentence or of a quotation, or a word of a
	// title-case line.
	tAmb
	// tCamel marks a capitalised word with a capital inside it after a
	// lower-case letter, past any particle of a surname: "SoftBank",
	// "SpaceX", not "McCullough" or "DeSantis".
	tCamel
	// tGapNL marks a token that a line break separates from the one
	// before it.
	tGapNL
	// tSentStart marks the first token of a run of tokens in one
	// sentence, or of a run outside every sentence.
	tSentStart
	// tNoSent marks a token outside every sentence.
	tNoSent
)

// set turns the flags f on when on is true.
func (t *token) set(f tokFlags, on bool) {
	if on {
		t.f |= f
	}
}

func (t *token) word() bool  { return t.f&tWord != 0 }
func (t *token) poss() bool  { return t.f&tPoss != 0 }
func (t *token) cap() bool   { return t.f&tCap != 0 }
func (t *token) upper() bool { return t.f&tUpper != 0 }
func (t *token) digit() bool { return t.f&tDigit != 0 }
func (t *token) amb() bool   { return t.f&tAmb != 0 }
func (t *token) camel() bool { return t.f&tCamel != 0 }
func (t *token) gapNL() bool { return t.f&tGapNL != 0 }
