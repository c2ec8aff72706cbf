package article

import "math/bits"

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

// visibleBytes counts the bytes of s that are not ASCII white space. It
// reads s eight bytes at a time: a word without control bytes (below
// 0x20) holds no white space but spaces, and its bytes above 0x20 are
// counted at once; only the words with control bytes (line breaks, tabs)
// are counted byte by byte.
func visibleBytes(s string) int32 {
	n := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word(s, i)
		if atLeast(w, 0x20)|w&topBits != topBits {
			n += visibleBytesSlow(s[i : i+8]) // a control byte
			continue
		}
		n += bits.OnesCount64((atLeast(w, 0x21) | w) & topBits)
	}
	return int32(n + visibleBytesSlow(s[i:]))
}

// visibleBytesSlow is visibleBytes a byte at a time.
func visibleBytesSlow(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		n -= int(asciiWhite >> s[i] & 1) // no branch: a shift by 64 or more is 0
	}
	return n
}

// asciiWhite is the set of the ASCII white space bytes, bit c for byte c.
const asciiWhite uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<'\f'
