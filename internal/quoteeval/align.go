package quoteeval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// align maps every byte offset of text (an article body as newsparse
// normalized it: blocks joined by blank lines, white space collapsed)
// to an offset of raw (the annotated file: title line, blank line,
// body). Runs of white space may differ; text that raw lacks maps to the
// current raw offset; raw text that text lacks (dropped lines) is skipped
// by searching for the next stretch of text.
func align(raw, text string) []int {
	m := make([]int, len(text)+1)
	j := 0
	if _, body, ok := strings.Cut(raw, "\n"); ok {
		j = len(raw) - len(body)
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := range size {
			m[i+k] = j
		}
		switch {
		case j < len(raw) && strings.HasPrefix(raw[j:], text[i:i+size]):
			for k := range size {
				m[i+k] = j + k
			}
			i += size
			j += size
		case j < len(raw) && unicode.IsSpace(rune(raw[j])):
			j++
		case unicode.IsSpace(r):
			i += size
		default:
			// Resynchronize on the next stretch of text.
			probe := text[i:min(len(text), i+24)]
			if k := strings.Index(raw[j:], probe); k >= 0 {
				j += k
			} else {
				i += size
			}
		}
	}
	m[len(text)] = j
	return m
}
