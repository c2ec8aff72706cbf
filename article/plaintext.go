package article

import (
	"slices"
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
// line without final punctuation, or a title-case question, that sits
// between paragraphs is a level-2 heading; "- ", "* " and "• " lines are
// list items and "> " lines block quotes; lines that hold only hashtags go
// to TagLines. Hard-wrapped text (blank lines between paragraphs, lines
// that mostly break mid-sentence) has the lines of a paragraph joined with
// spaces; otherwise every line is its own paragraph.
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
	wrapped := isHardWrapped(lines)

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
	add := func(kind BlockKind, l string) {
		if paraKind != kind {
			endPara()
		}
		paraKind = kind
		para = append(para, l)
		if !wrapped {
			endPara()
		}
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
			add(BlockListItem, strings.TrimSpace(l[listMarker(l):]))
		case strings.HasPrefix(l, "> ") || l == ">":
			add(BlockQuote, strings.TrimSpace(l[1:]))
		case len(para) == 0 && len(d.Blocks) > 0 && isHeadingLine(l) &&
			(!wrapped || j+1 < len(lines) && lines[j+1] == "") && followedByParagraph(lines[j+1:]):
			emit(BlockHeading, 2, l)
		default:
			add(BlockParagraph, l)
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

// isHardWrapped reports whether the text wraps paragraphs over several
// lines: it has blank lines, and most lines that are followed by another
// line of the same paragraph end without sentence punctuation.
func isHardWrapped(lines []string) bool {
	inner, open := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		l, next := lines[i], lines[i+1]
		if l == "" || next == "" || markdownLevel(l) > 0 || isTagLine(l) || listMarker(next) > 0 {
			continue
		}
		inner++
		if !endsSentence(l) {
			open++
		}
	}
	return inner > 0 && open*2 > inner && slices.Contains(lines, "")
}

// endsSentence reports whether l ends with sentence punctuation, closing
// quotes and brackets aside.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’»)]")
	last, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?…:;", last)
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

// isTagLine reports whether l is a line of hashtags: every word starts
// with "#" or "＃", and at least one names a tag with a letter in it (so
// "#1 #16" is not a tag line, but "#Weather #16 #Storm" is).
func isTagLine(l string) bool {
	letters := false
	for _, w := range strings.Fields(l) {
		name, ok := strings.CutPrefix(w, "#")
		if !ok {
			name, ok = strings.CutPrefix(w, "＃")
		}
		if !ok || name == "" || strings.ContainsAny(name[:1], "#＃") {
			return false
		}
		letters = letters || strings.ContainsFunc(name, unicode.IsLetter)
	}
	return letters
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
		return !strings.ContainsAny(l, "\"“”«»") && isTitleCase(l)
	}
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

// isTitleCase reports whether most words of l longer than three letters
// start with a capital, as in "Can a Deal Be Reached?".
func isTitleCase(l string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(l) {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return long == 0 || upper*3 >= long*2
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
