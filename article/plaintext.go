package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain text limits for telling a heading line from a paragraph.
const (
	maxHeadingBytes = 120
	maxHeadingWords = 14
)

// readText turns a plain-text article into a Doc. The first non-empty line
// is the headline. Markdown "#" lines are headings of their level; a short
// line without final punctuation (or ending in "?") that sits between
// paragraphs is a level-2 heading; "- ", "* " and "• " lines are list
// items and "> " lines block quotes; lines that hold only hashtags go to
// TagLines. When the text separates paragraphs with blank lines, the lines
// of one paragraph are joined with spaces (hard wrapping); otherwise every
// line is its own paragraph.
func readText(b []byte) *Doc {
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = collapseSpace(l)
	}
	d := &Doc{}
	i := 0
	for i < len(lines) && lines[i] == "" {
		i++
	}
	if i < len(lines) {
		d.Headline = strings.TrimSpace(strings.TrimLeft(lines[i], "#"))
		i++
	}
	lines = lines[i:]
	wrapped := hasBlankSeparatedParagraphs(lines)

	var text strings.Builder
	var para []string
	paraKind := BlockParagraph
	emit := func(kind BlockKind, level int, t string) {
		if t == "" {
			return
		}
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		text.WriteString(t)
		d.Blocks = append(d.Blocks, Block{Kind: kind, Level: level, Span: Span{start, text.Len()}})
	}
	endPara := func() {
		emit(paraKind, 0, strings.Join(para, " "))
		para, paraKind = para[:0], BlockParagraph
	}
	for j, l := range lines {
		switch {
		case l == "":
			endPara()
		case isTagLine(l):
			endPara()
			d.TagLines = append(d.TagLines, l)
		case markdownLevel(l) > 0:
			endPara()
			emit(BlockHeading, markdownLevel(l), strings.TrimSpace(strings.TrimLeft(l, "#")))
		case listMarker(l) > 0:
			endPara()
			paraKind = BlockListItem
			para = append(para, strings.TrimSpace(l[listMarker(l):]))
			if !wrapped {
				endPara()
			}
		case strings.HasPrefix(l, "> ") || l == ">":
			if paraKind != BlockQuote {
				endPara()
			}
			paraKind = BlockQuote
			para = append(para, strings.TrimSpace(l[1:]))
			if !wrapped {
				endPara()
			}
		case len(para) == 0 && isHeadingLine(l) && len(d.Blocks) > 0 && followedByParagraph(lines[j+1:]):
			emit(BlockHeading, 2, l)
		default:
			if paraKind != BlockParagraph {
				endPara()
			}
			para = append(para, l)
			if !wrapped {
				endPara()
			}
		}
	}
	endPara()
	d.Text = text.String()
	return d
}

// collapseSpace trims a line and collapses its runs of white space to one
// space, dropping invisible format characters.
func collapseSpace(l string) string {
	var b strings.Builder
	space := false
	for _, r := range l {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			continue
		case unicode.IsSpace(r) || r == 0:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// hasBlankSeparatedParagraphs reports whether some paragraph of the text
// runs over several lines between blank lines, which means the text is
// hard-wrapped.
func hasBlankSeparatedParagraphs(lines []string) bool {
	blank, run := false, 0
	for _, l := range lines {
		if l == "" {
			blank = true
			run = 0
			continue
		}
		if markdownLevel(l) > 0 || isTagLine(l) {
			run = 0
			continue
		}
		run++
		if blank && run >= 2 {
			return true
		}
	}
	return false
}

// markdownLevel returns n for a line that starts with n (1-6) "#" signs
// and a space, else 0.
func markdownLevel(l string) int {
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(l) || l[n] != ' ' {
		return 0
	}
	return n
}

// listMarker returns the length of a list marker ("- ", "* ", "• ",
// "1. ", "2) ") that starts l, or 0.
func listMarker(l string) int {
	for _, m := range []string{"- ", "* ", "• ", "– "} {
		if strings.HasPrefix(l, m) {
			return len(m)
		}
	}
	i := 0
	for i < len(l) && i < 3 && '0' <= l[i] && l[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// isTagLine reports whether every word of l is a hashtag.
func isTagLine(l string) bool {
	words := strings.Fields(l)
	for _, w := range words {
		if !(strings.HasPrefix(w, "#") || strings.HasPrefix(w, "＃")) || len(w) < 2 || w[1] == '#' || w[1] == ' ' {
			return false
		}
	}
	return len(words) > 0
}

// isHeadingLine reports whether l looks like a subheading: short, starting
// with a capital or digit, and ending without sentence punctuation (a
// question mark is allowed).
func isHeadingLine(l string) bool {
	if len(l) > maxHeadingBytes || len(strings.Fields(l)) > maxHeadingWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if last == '?' {
		return !strings.ContainsAny(l, "\"“”«»")
	}
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

// followedByParagraph reports whether the next non-empty line is body
// text rather than another heading or the end.
func followedByParagraph(rest []string) bool {
	for _, l := range rest {
		if l == "" {
			continue
		}
		return !isTagLine(l) && markdownLevel(l) == 0 && !isHeadingLine(l)
	}
	return false
}
