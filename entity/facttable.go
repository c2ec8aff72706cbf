package entity

import "hash/maphash"

// factTable holds the gazetteer's wordFacts under their keys. It is a
// hash table with open addressing whose slots hold the facts themselves,
// with the key's length and some bits of its hash, and whose keys lie
// side by side in one string: a lookup of a word the table lacks touches
// one slot's cache line, and one it has touches also its key, where a
// map of strings reads its control word, its slot and its key. It is
// built once and only read after, so it is safe for concurrent use.
type factTable struct {
	seed  maphash.Seed
	slots []factSlot
	keys  string // the keys one after another, after a first unused byte
}

// factSlot is one slot of a factTable.
type factSlot struct {
	tag   uint16 // the high bits of the key's hash, to skip most mismatches
	n     uint16 // the key's length
	off   uint32 // where the key starts in factTable.keys, 0 for an empty slot
	facts wordFacts
}

// newFactTable returns a table of the facts under their keys. Every key
// is shorter than 64 KiB.
func newFactTable(facts map[string]*wordFacts) *factTable {
	// At most three quarters full: the embedded lists fill about half of
	// their table, 3 MB, where one twice the entries would double the
	// memory that lookups spread over for probes a little shorter.
	size := 64
	for 3*size < 4*len(facts) {
		size *= 2
	}
	t := &factTable{seed: maphash.MakeSeed(), slots: make([]factSlot, size)}
	n := 1
	for k := range facts {
		n += len(k)
	}
	keys := make([]byte, 1, n)
	mask := size - 1
	for k, f := range facts {
		if len(k) > 0xffff {
			panic("entity: gazetteer key too long: " + k[:64])
		}
		h := maphash.String(t.seed, k)
		i := int(h) & mask
		for t.slots[i].off != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = factSlot{tag: uint16(h >> 48), n: uint16(len(k)), off: uint32(len(keys)), facts: *f}
		keys = append(keys, k...)
	}
	t.keys = string(keys)
	return t
}

// get returns the facts of the key w, or none.
func (t *factTable) get(w string) wordFacts { return probe(t, maphash.String(t.seed, w), w) }

// getBytes returns the facts of the key b, or none, without copying b.
func (t *factTable) getBytes(b []byte) wordFacts { return probe(t, maphash.Bytes(t.seed, b), b) }

// probe returns the facts of the key w, whose hash is h, or none.
func probe[K string | []byte](t *factTable, h uint64, w K) wordFacts {
	tag, mask := uint16(h>>48), len(t.slots)-1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.off == 0 {
			return wordFacts{}
		}
		if s.tag == tag && int(s.n) == len(w) && t.keys[s.off:int(s.off)+len(w)] == string(w) {
			return s.facts
		}
	}
}
