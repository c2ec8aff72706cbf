package article

// Some scans read text eight bytes at a time, as one word (visibleBytes,
// plainPrefix), and test all eight bytes with a few operations.

// topBits has the top bit of every byte of a word set.
const topBits = 0x8080808080808080

// word returns the eight bytes of s from i, the first in the low byte.
func word(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// atLeast returns the bytes of w whose low seven bits are c (below 0x80)
// or more, as the top bit of each byte: adding 0x80-c to the low seven
// bits carries into the top bit then, and never into the next byte.
func atLeast(w uint64, c byte) uint64 {
	const low, ones = 0x7f7f7f7f7f7f7f7f, 0x0101010101010101
	return (w&low + uint64(0x80-c)*ones) & topBits
}
