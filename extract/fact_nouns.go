package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the noun a count counts ("72 people", "3,500 US
// troops") and gives its singular form.

// irregularPlurals maps plural nouns that do not end in a plain "s" to
// their singular; nouns that are their own plural map to themselves.
var irregularPlurals = map[string]string{
	"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
	"policemen": "policeman", "policewomen": "policewoman", "firemen": "fireman", "gunmen": "gunman",
	"servicemen": "serviceman", "businessmen": "businessman", "congressmen": "congressman",
	"fishermen": "fisherman", "spokesmen": "spokesman", "horsemen": "horseman", "chairmen": "chairman",
	"teeth": "tooth", "feet": "foot", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
	"knives": "knife", "leaves": "leaf", "thieves": "thief", "wolves": "wolf", "shelves": "shelf",
	"calves": "calf", "loaves": "loaf", "halves": "half", "selves": "self",
	"police": "police", "personnel": "personnel", "staff": "staff", "cattle": "cattle", "livestock": "livestock",
	"sheep": "sheep", "deer": "deer", "fish": "fish", "aircraft": "aircraft", "spacecraft": "spacecraft",
	"crew": "crew", "militia": "militia", "offspring": "offspring", "species": "species", "series": "series",
	"data": "data", "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis", "diagnoses": "diagnosis",
	"bases": "base", "indices": "index", "vertebrae": "vertebra", "alumni": "alumnus", "cacti": "cactus",
	"fungi": "fungus", "nuclei": "nucleus", "stimuli": "stimulus", "bacteria": "bacterium",
	"movies": "movie", "cookies": "cookie", "rookies": "rookie", "zombies": "zombie", "pies": "pie",
	"ties": "tie", "lies": "lie", "calories": "calorie", "brownies": "brownie", "selfies": "selfie",
	"hippies": "hippie", "goalies": "goalie", "aunties": "auntie", "prairies": "prairie", "cabbies": "cabbie",
	"shoes": "shoe", "toes": "toe", "canoes": "canoe", "oboes": "oboe", "foes": "foe", "hoes": "hoe",
	"houses": "house", "horses": "horse", "courses": "course", "nurses": "nurse", "purses": "purse",
	"causes": "cause", "clauses": "clause", "pauses": "pause", "doses": "dose", "noses": "nose",
	"roses": "rose", "poses": "pose", "cases": "case", "phases": "phase", "vases": "vase", "releases": "release",
	"responses": "response", "licenses": "license", "expenses": "expense", "defenses": "defense",
	"offenses": "offense", "senses": "sense", "franchises": "franchise", "enterprises": "enterprise",
	"premises": "premises", "exercises": "exercise", "promises": "promise", "purchases": "purchase",
	"databases": "database", "increases": "increase", "decreases": "decrease", "diseases": "disease",
	"uses": "use", "abuses": "abuse", "excuses": "excuse", "fuses": "fuse", "muses": "muse",
	"ounces": "ounce", "prices": "price", "sources": "source", "forces": "force", "pieces": "piece",
	"places": "place", "races": "race", "faces": "face", "spaces": "space", "offices": "office",
	"services": "service", "devices": "device", "voices": "voice", "choices": "choice", "resources": "resource",
	"surfaces": "surface", "sentences": "sentence", "evidences": "evidence", "differences": "difference",
	"conferences": "conference", "references": "reference", "preferences": "preference",
	"headquarters": "headquarters", "barracks": "barracks",
	"heroes": "hero", "tomatoes": "tomato", "potatoes": "potato", "vetoes": "veto", "echoes": "echo",
	"torpedoes": "torpedo", "volcanoes": "volcano", "tornadoes": "tornado", "mosquitoes": "mosquito",
	"dominoes": "domino", "embargoes": "embargo", "cargoes": "cargo",
}

// invariantPlural are nouns that are their own plural and often stand
// before another noun: "25 crew members", "200 police officers".
var invariantPlural = map[string]bool{"police": true, "staff": true, "crew": true, "personnel": true,
	"militia": true, "security": true, "army": true, "navy": true, "aircraft": true, "cattle": true}

// notCounted are words ending in "s" that never name what a number
// counts: verbs, pronouns, adverbs and function words.
var notCounted = map[string]bool{
	"is": true, "was": true, "has": true, "does": true, "goes": true, "says": true, "this": true, "thus": true,
	"its": true, "his": true, "hers": true, "ours": true, "yours": true, "theirs": true, "us": true, "as": true,
	"yes": true, "plus": true, "minus": true, "less": true, "unless": true, "across": true, "always": true,
	"perhaps": true, "besides": true, "towards": true, "afterwards": true, "whereas": true, "times": true,
	"sometimes": true, "nevertheless": true, "nonetheless": true, "regardless": true, "whereabouts": true,
	"upwards": true, "downwards": true, "backwards": true, "forwards": true, "onwards": true, "outwards": true,
	"inwards": true, "nowadays": true, "lets": true, "seems": true, "remains": true,
	"includes": true, "comes": true, "becomes": true, "makes": true, "takes": true, "gives": true,
	"shows": true, "odds": true, "thanks": true, "overseas": true, "alias": true,
	"gas": true, "bus": true, "bonus": true, "status": true, "virus": true, "focus": true, "census": true,
	"campus": true, "consensus": true, "stimulus": true, "surplus": true, "chaos": true, "ethos": true,
	"atlas": true, "canvas": true, "lens": true, "olds": true, "vs": true, "means": true, "news": true,
	"ones": true, "others": true, "trans": true, "mins": true, "secs": true, "hrs": true, "yrs": true, "lbs": true, "kgs": true,
}

// notModifier are words that cannot stand between a number and its noun
// ("72 were killed", "3 of the", "5 and").
var notModifier = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "but": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true,
	"have": true, "has": true, "had": true, "will": true, "would": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "can": true, "shall": true, "do": true, "did": true,
	"said": true, "says": true, "say": true, "that": true, "which": true, "who": true, "whom": true,
	"than": true, "then": true, "more": true, "less": true, "fewer": true, "per": true, "each": true,
	"out": true, "up": true, "down": true, "off": true, "over": true, "under": true, "into": true,
	"their": true, "his": true, "her": true, "its": true, "our": true, "your": true, "my": true, "it": true,
	"they": true, "we": true, "he": true, "she": true, "you": true, "i": true, "this": true, "these": true,
	"those": true, "there": true, "here": true, "not": true, "no": true, "all": true, "only": true, "just": true,
	"also": true, "still": true, "even": true, "about": true, "if": true, "when": true, "after": true,
	"before": true, "since": true, "until": true, "while": true, "where": true, "because": true, "so": true,
	"percent": true, "per-cent": true, "times": true, "year": true, "years": true, "old": true,
	"saw": true, "made": true, "took": true, "gave": true, "came": true, "went": true, "got": true,
	"left": true, "won": true, "lost": true, "ran": true, "fled": true, "fell": true, "rose": true,
	"sent": true, "told": true, "met": true, "kept": true, "held": true, "brought": true, "bought": true,
	"sold": true, "paid": true, "put": true, "became": true, "began": true, "does": true,
	"get": true, "make": true, "take": true, "see": true, "go": true,
}

// plainPlural reports whether w looks like a noun's plural: it ends in "s"
// or is an irregular plural, and is no function word.
func plainPlural(w string) (string, bool) {
	lw := strings.ToLower(w)
	if s, ok := irregularPlurals[lw]; ok {
		return s, true
	}
	if len(lw) < 3 || lw[len(lw)-1] != 's' || notCounted[lw] {
		return "", false
	}
	switch {
	case strings.HasSuffix(lw, "ss"), strings.HasSuffix(lw, "us"), strings.HasSuffix(lw, "is"),
		strings.HasSuffix(lw, "'s"), strings.HasSuffix(lw, "’s"), strings.HasSuffix(lw, "ous"):
		return "", false
	}
	if !isLetters(lw) {
		return "", false
	}
	return keepCase(w, singular(lw)), true
}

// keepCase gives the singular sing of w the capitals of w where they
// belong to the word rather than to a title: acronyms ("NGOs") and
// peoples ("Ukrainians", "Israelis").
func keepCase(w, sing string) string {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return sing
	}
	if strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1] && len(w) <= 6 {
		return strings.ToUpper(sing) // "NGOs", "MPs"
	}
	for _, end := range []string{"an", "ese", "i", "ch", "sh"} {
		if strings.HasSuffix(sing, end) && len(sing) > 4 {
			return strings.ToUpper(sing[:1]) + sing[1:]
		}
	}
	return sing
}

// singular returns the singular of the regular plural noun w.
func singular(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	case strings.HasSuffix(w, "uses") && n > 5 && !isVowel(w[n-5]):
		return w[:n-2] // buses, viruses, bonuses
	case strings.HasSuffix(w, "ves") && n > 4 && (w[n-4] == 'l' || w[n-4] == 'r'):
		return w[:n-3] + "f" // wolves, scarves (the common irregulars are listed)
	case strings.HasSuffix(w, "oes") && n > 4:
		return w[:n-2]
	}
	return w[:n-1]
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// countedNoun finds the noun counted by a number whose tokens end before
// token j: the next word if it is a plural noun, or the noun after one or
// two modifiers ("72 Ukrainian civilians", "3,500 US troops"). It returns
// the singular noun and the token just past it.
func (fr *factReader) countedNoun(j int) (string, int, bool) {
	for k, mods := j, 0; mods < 3 && k < len(fr.toks); k, mods = k+1, mods+1 {
		t := fr.toks[k]
		if t.kind != tkWord || t.skip || !t.space || t.lex.kind != lxNone {
			return "", 0, false
		}
		w := fr.s[t.s:t.e]
		if _, unit := fr.unitWordAt(k); unit {
			return "", 0, false
		}
		if s, ok := plainPlural(w); ok && !isMonthOrDay(w) {
			if _, ok := percentWords[fr.lower(k)]; ok {
				return "", 0, false
			}
			// "25 crew members", "200 police officers": the last noun counts.
			if invariantPlural[fr.lower(k)] && k+1 < len(fr.toks) && fr.toks[k+1].kind == tkWord && fr.toks[k+1].space {
				if s2, ok := plainPlural(fr.text(k + 1)); ok && !invariantPlural[fr.lower(k+1)] {
					return s2, k + 2, true
				}
			}
			if w[0] >= 'A' && w[0] <= 'Z' && s == strings.ToLower(s) && !fr.capitalAt(k+1) && irregularPlurals[fr.lower(k)] == "" {
				s = strings.ToUpper(s[:1]) + s[1:] // "20,000 New Yorkers so far"
			}
			return s, k + 1, true
		}
		lw := fr.lower(k)
		if notModifier[lw] || strings.HasSuffix(lw, "ly") || !modifierShape(w) {
			return "", 0, false
		}
		if k > j && strings.HasSuffix(lw, "ed") {
			return "", 0, false // "two Pokémon traded blows": a verb, not a modifier
		}
		// A hyphenated modifier: "three high-ranking insurgents".
		for k+2 < len(fr.toks) && isHyphen(fr.toks[k+1]) && !fr.toks[k+1].space && !fr.toks[k+2].space &&
			fr.toks[k+2].kind == tkWord && !fr.toks[k+2].skip {
			k += 2
		}
	}
	return "", 0, false
}

// capitalAt reports whether token k is a capitalized word.
func (fr *factReader) capitalAt(k int) bool {
	if k >= len(fr.toks) || fr.toks[k].kind != tkWord {
		return false
	}
	w := fr.text(k)
	return w[0] >= 'A' && w[0] <= 'Z'
}

// modifierShape reports whether w may be an adjective or a noun used as
// one before the counted noun: letters only, and either capitalized
// ("Ukrainian", "US") or lower-case.
func modifierShape(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && isLetters(strings.ReplaceAll(w, ".", ""))
}
