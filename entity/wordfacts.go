package entity

// The gazetteers answer several questions of one word: its word lists
// (as a lower-case word), its sex as a given name, and whether it is, as
// a folded name, a known place or organisation, or the start of one. The
// gazetteer keeps all those answers under one key, in one map, so that a
// word costs one lookup: the lists are far larger than a processor's
// cache, and a lookup's cache misses cost more than the rest of it.

// wordFacts are the gazetteers' answers for one string. Each field holds
// an answer for the string read in one way; zero means none.
type wordFacts struct {
	cls   class  // as a lower-case word: its word lists
	place int32  // as a folded name: 1 + the index of its place in gazetteer.placeList
	org   uint16 // as a folded name: 1 + the index of its organisation in gazetteer.orgNames
	sex   byte   // as the lower-case form of a title-case given name: its sex letter
	name  uint8  // as a folded name: its names bits (nameKnown, namePrefix)
	rank  uint16 // as the lower-case form of a title-case given name: its rank (see rankOf)
}

// rankOf returns a given name's rank by frequency, from 1, as a lexeme
// and wordFacts keep it: at most 65535, which the rules read as rare.
func rankOf(rank int) uint16 { return uint16(min(rank, 65535)) }
