package article

// Span is a half-open range [Start, End) of UTF-8 byte offsets into a
// text. It encodes in JSON as a two-element array.
type Span [2]int

// Start returns the offset of the first byte the span covers.
func (s Span) Start() int { return s[0] }

// End returns the offset just past the last byte the span covers.
func (s Span) End() int { return s[1] }

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s[1] - s[0] }

// In reports whether s lies within a text of n bytes and is well formed.
func (s Span) In(n int) bool { return 0 <= s[0] && s[0] <= s[1] && s[1] <= n }

// Of returns the part of text that s covers, or "" when s does not lie in
// text.
func (s Span) Of(text string) string {
	if !s.In(len(text)) {
		return ""
	}
	return text[s[0]:s[1]]
}
