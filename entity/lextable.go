package entity

import "hash/maphash"

// lexTable finds a document's lexemes by their text. It is a hash table
// with open addressing over lexeme indexes, lighter than a map of
// strings: a slot is eight bytes, and the lexeme holds the key. Its seed
// is its own, so no text can choose words whose probes run long.
type lexTable struct {
	seed  maphash.Seed
	slots []lexSlot
	n     int // the lexemes held
}

// lexSlot is one slot of a lexTable.
type lexSlot struct {
	tag uint32 // the high bits of the word's hash, to skip most mismatches
	id  int32  // 1 + the lexeme's index, 0 for an empty slot
}

// newLexTable returns a table sized for about n words.
func newLexTable(n int) lexTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return lexTable{seed: maphash.MakeSeed(), slots: make([]lexSlot, size)}
}

// find returns the index of the lexeme of the word w in d.lex, or -1 for
// none, and the slot where the lexeme is or would go and its tag.
func (lt *lexTable) find(d *document, w string) (id int32, slot int, tag uint32) {
	h := maphash.String(lt.seed, w)
	tag = uint32(h >> 32)
	mask := len(lt.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := lt.slots[i]
		if s.id == 0 {
			return -1, i, tag
		}
		if s.tag == tag && d.lexWord(s.id-1) == w {
			return s.id - 1, i, tag
		}
	}
}

// add records at slot, which find returned for the word of lexeme id,
// that lexeme, and grows the table when it is half full.
func (lt *lexTable) add(d *document, id int32, slot int, tag uint32) {
	lt.slots[slot] = lexSlot{tag: tag, id: id + 1}
	lt.n++
	if 2*lt.n <= len(lt.slots) {
		return
	}
	old := lt.slots
	lt.slots = make([]lexSlot, 2*len(old))
	mask := len(lt.slots) - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := int(maphash.String(lt.seed, d.lexWord(s.id-1))) & mask
		for lt.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		lt.slots[i] = s
	}
}

// lexWord returns the text of lexeme id.
func (d *document) lexWord(id int32) string { return d.str(&d.toks[d.lex[id].first]) }
