package extract

import "math"

// This file holds the English number vocabulary: cardinal, ordinal and
// fraction words, scale words and the little words that join them, each
// with its class and value.

// lexKind is the class of a number word.
type lexKind uint8

const (
	lxNone     lexKind = iota
	lxZero             // zero, nought, naught
	lxUnit             // one .. nine
	lxTeen             // ten .. nineteen
	lxTens             // twenty .. ninety
	lxHundred          // hundred
	lxScale            // thousand, million, billion, trillion, lakh, crore
	lxScaleAbr         // k, bn, mn, mln, ...: a scale written short, only after digits
	lxDozen            // dozen, dozens, dz
	lxOrdUnit          // first .. ninth
	lxOrdTeen          // tenth .. nineteenth
	lxOrdTens          // twentieth .. ninetieth
	lxOrdHund          // hundredth
	lxOrdScale         // thousandth, millionth, ...
	lxHalf             // half, halves
	lxQuarter          // quarter, quarters
	lxArticle          // a, an
	lxAnd              // and
	lxPoint            // point (a spoken decimal point)
	lxNeg              // minus, negative
	lxDigits           // not a word: a digit numeral token
	lxHyphen           // not a word: a hyphen or dash between number words
	lxOf               // of, in "two thirds of a million"
)

// lexEntry is what the number vocabulary knows about a word.
type lexEntry struct {
	kind   lexKind
	plural bool  // a plural form: "fifths", "dozens", "quarters"
	pow    int8  // the value is m times ten to the pow
	m      int32 // (eight bytes in all, so that tokens stay small)
}

// val returns the entry's value, exactly: m is an integer and 10^pow a
// power of ten that float64 holds exactly.
func (e lexEntry) val() float64 { return float64(e.m) * pow10s[e.pow] }

// pow10s are the powers of ten up to 10^22, all exact in float64.
var pow10s = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// newLexEntry returns the entry of class k and value v, which must be
// an integer times a power of ten that the entry can hold exactly.
func newLexEntry(k lexKind, v float64, plural bool) lexEntry {
	e := lexEntry{kind: k, plural: plural}
	for v != 0 && math.Abs(v) >= 1<<31 && math.Mod(v, 10) == 0 && int(e.pow) < len(pow10s)-1 {
		v /= 10
		e.pow++
	}
	e.m = int32(v)
	if float64(e.m) != v { // a programming error in the vocabulary below
		panic("extract: number word value not representable")
	}
	return e
}

// isOrdinal reports whether k is an ordinal class (fractions' denominators
// included: half and quarter).
func (k lexKind) isOrdinal() bool {
	return k >= lxOrdUnit && k <= lxQuarter
}

// numberLexicon maps a lower-case word to its number class and value.
var numberLexicon = buildNumberLexicon()

// numberWords holds numberLexicon's words by their first two letters.
var numberWords = func() *foldedTable[lexEntry] {
	t := new(foldedTable[lexEntry])
	for w, e := range numberLexicon {
		t.add(w, e)
	}
	return t
}()

// lookupNumberWord looks w up in numberLexicon as if it were lower-case.
func lookupNumberWord(w string) (lexEntry, bool) {
	return numberWords.lookup(w)
}

func buildNumberLexicon() map[string]lexEntry {
	m := map[string]lexEntry{}
	add := func(k lexKind, v float64, words ...string) {
		for _, w := range words {
			m[w] = newLexEntry(k, v, false)
		}
	}
	addPl := func(k lexKind, v float64, words ...string) {
		for _, w := range words {
			m[w] = newLexEntry(k, v, true)
		}
	}
	add(lxZero, 0, "zero", "nought", "naught")
	units := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		add(lxUnit, float64(i+1), w)
	}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		add(lxTeen, float64(i+10), w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(lxTens, float64(20+10*i), w)
	}
	add(lxTens, 40, "fourty") // a common misspelling
	add(lxHundred, 100, "hundred")
	addPl(lxHundred, 100, "hundreds")
	for w, v := range map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lac": 1e5, "crore": 1e7} {
		add(lxScale, v, w)
		addPl(lxScale, v, w+"s")
	}
	add(lxDozen, 12, "dozen", "dz", "doz")
	addPl(lxDozen, 12, "dozens", "dzs", "dozs")

	ordUnits := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	for i, w := range ordUnits {
		add(lxOrdUnit, float64(i+1), w)
		addPl(lxOrdUnit, float64(i+1), w+"s")
	}
	add(lxOrdUnit, 9, "nineth") // a common misspelling
	addPl(lxOrdUnit, 9, "nineths")
	ordTeens := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth"}
	for i, w := range ordTeens {
		add(lxOrdTeen, float64(i+10), w)
		addPl(lxOrdTeen, float64(i+10), w+"s")
	}
	ordTens := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range ordTens {
		add(lxOrdTens, float64(20+10*i), w)
		addPl(lxOrdTens, float64(20+10*i), w+"s")
	}
	add(lxOrdHund, 100, "hundredth")
	addPl(lxOrdHund, 100, "hundredths")
	for w, v := range map[string]float64{"thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12} {
		add(lxOrdScale, v, w)
		addPl(lxOrdScale, v, w+"s")
	}
	add(lxHalf, 2, "half")
	addPl(lxHalf, 2, "halves")
	add(lxQuarter, 4, "quarter")
	addPl(lxQuarter, 4, "quarters")
	add(lxArticle, 1, "a", "an")
	add(lxAnd, 0, "and")
	add(lxPoint, 0, "point")
	add(lxNeg, -1, "minus", "negative")
	add(lxOf, 0, "of")
	return m
}

// scaleSuffixes are scales written short after digits, glued or spaced
// ("10k", "$5bn", "2.33 k", "10 bln"). The keys are case-sensitive: "M"
// and "MM" are millions, while a lower-case "m" is a metre and is read as
// a million only where money is meant (see moneyScaleSuffix).
var scaleSuffixes = map[string]float64{
	"k": 1e3,
	"M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "Mn": 1e6, "mil": 1e6, "mio": 1e6,
	"b": 1e9, "B": 1e9, "bn": 1e9, "Bn": 1e9, "bln": 1e9, "BN": 1e9,
	"tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// moneyScaleSuffixes are the short scales that need money around them to
// be read as scales: "£3.4m" is 3.4 million pounds, "3.4m" alone is a
// length, and "4K" alone is a screen resolution.
var moneyScaleSuffixes = map[string]float64{"m": 1e6, "K": 1e3, "T": 1e12}

// ordinalSuffixes are the endings of ordinals written in digits.
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "ST": true, "ND": true, "RD": true, "TH": true}

// vulgarFractions maps the Unicode vulgar fraction characters to values.
var vulgarFractions = map[rune]float64{
	'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4,
	'⅕': 1.0 / 5, '⅖': 2.0 / 5, '⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6, '⅚': 5.0 / 6,
	'⅐': 1.0 / 7, '⅛': 1.0 / 8, '⅜': 3.0 / 8, '⅝': 5.0 / 8, '⅞': 7.0 / 8, '⅑': 1.0 / 9, '⅒': 1.0 / 10,
}

// isVulgarFraction reports whether r is a key of vulgarFractions, looking
// the map up only for runes in the ranges of its keys.
func isVulgarFraction(r rune) bool {
	return ('¼' <= r && r <= '¾' || '⅐' <= r && r <= '⅞') && vulgarFractions[r] != 0
}

// lookupLower looks s up in m as if s were lower-case, without allocating
// for ASCII words up to 48 bytes.
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [48]byte
	if len(s) > len(buf) {
		var zero V
		return zero, false
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)]
	return v, ok
}
