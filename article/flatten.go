package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxStandfirst is the most prose, in bytes, that the block around the
// headline may hold to be taken for the article's header: a standfirst,
// not a story.
const maxStandfirst = 400

// rawBlock is a block as the flattener first finds it, before the
// boilerplate filter (filterBlocks) decides whether it stays.
type rawBlock struct {
	kind  BlockKind
	level int
	text  string
	link  int // visible bytes of text inside links
}

// flattener turns a DOM subtree into blocks of text. Whitespace is
// collapsed; a <br> becomes "\n" and two or more in a row end the block.
// With an analysis it also leaves out the page furniture the analysis
// marked and the figures, headers and link lists inside the content.
type flattener struct {
	an       *analysis // nil: keep every visible element
	root     int32     // the index of the subtree's root in an
	blocks   []rawBlock
	line     []byte
	link     int // visible bytes of the current line inside links
	inLink   int // depth of enclosing <a> elements
	kind     BlockKind
	level    int
	space    bool // a space is owed before the next word
	newlines int  // <br>s owed before the next word
	h1Seen   bool // an <h1> was met: later ones are subheadings, never the header
}

// flatten returns the blocks of the subtree under n, the element with
// index i in the analysis an; with a nil an (and an i of -1), the blocks
// of all its visible text.
func flatten(an *analysis, n *html.Node, i int32) []rawBlock {
	f := flattener{an: an, root: i}
	f.walk(n, i, BlockParagraph, 0)
	f.flush()
	return f.blocks
}

// walk adds the text under n, whose index is i (-1 when n was not
// analysed). kind and level describe the innermost enclosing block.
func (f *flattener) walk(n *html.Node, i int32, kind BlockKind, level int) {
	kids := f.an.children(i)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			f.addText(c.Data)
		case html.ElementNode:
			f.element(c, kids.index(c), kind, level)
		}
	}
}

// element adds the text of the element n, whose index is i.
func (f *flattener) element(n *html.Node, i int32, kind BlockKind, level int) {
	switch n.DataAtom {
	case atom.Br:
		f.newlines++
		if f.newlines >= 2 && len(f.line) > 0 {
			f.flush()
		}
		return
	case atom.Img, atom.Picture, atom.Source, atom.Wbr, atom.Hr:
		return
	}
	if n.FirstChild == nil || skipAlways(n) || f.an != nil && (f.furniture(n, i) || f.an.isHoverCard(n, i)) {
		return
	}
	switch n.DataAtom {
	case atom.Td, atom.Th:
		if f.an != nil && i >= 0 && f.an.stats[i].good > 0 {
			break // a layout cell holding prose: a block of its own
		}
		if len(f.line) > 0 {
			f.line = append(f.line, " |"...)
			f.space = true
		}
		f.walk(n, i, kind, level)
		return
	case atom.A:
		f.inLink++
		f.walk(n, i, kind, level)
		f.inLink--
		return
	}
	k, lvl, block := blockKind(n, kind, level)
	if !block {
		f.walk(n, i, kind, level)
		return
	}
	f.flush()
	saveKind, saveLevel := f.kind, f.level
	f.kind, f.level = k, lvl
	f.walk(n, i, k, lvl)
	f.flush()
	f.kind, f.level = saveKind, saveLevel
}

// furniture reports whether an element inside the content, n with index
// i, is to be left out: not analysed or marked by the analysis, a figure
// or caption, a header without prose, a list of teaser cards, or a link
// list.
func (f *flattener) furniture(n *html.Node, i int32) bool {
	if i < 0 {
		return true
	}
	if i == f.root {
		return false
	}
	s := &f.an.stats[i]
	if s.dropped || s.hidden && s.good < minContent {
		return true
	}
	switch n.DataAtom {
	case atom.Figcaption:
		return true
	case atom.Figure:
		// A figure is an image with its caption unless it holds prose or a
		// table (a schedule, a results table).
		return s.blocks < 2 && findFirst(n, atom.Table) == nil
	case atom.Header:
		return true
	}
	// The block around the headline, with at most one paragraph of prose
	// (the standfirst), is the article's header even when not marked up as
	// <header>, as long as the body has prose of its own. Only the first
	// <h1> can be the headline: later ones are the body's subheadings.
	laterH1 := n.DataAtom == atom.H1 && f.h1Seen
	if n.DataAtom == atom.H1 {
		f.h1Seen = true
	}
	if !laterH1 && s.has&hasH1 != 0 && s.blocks <= 1 && s.good <= maxStandfirst && isBlockElement(n) && f.an.stats[f.root].blocks-s.blocks >= 2 {
		return true
	}
	if isBlockElement(n) && f.an.isCardList(i) {
		return true
	}
	if isBlockElement(n) && s.good == 0 && s.link*2 > s.text {
		// A link-heavy item belongs to a list that is mostly plain text (an
		// ingredient linking to a recipe) or mostly prose (a digest of
		// linked headlines, each with its summary).
		if n.DataAtom == atom.Li && f.inTextList(n.Parent, s.parent, s.link) {
			return false
		}
		return true
	}
	return false
}

// blockKind says whether n starts a block and of which kind, given the
// kind of the block around it.
func blockKind(n *html.Node, outer BlockKind, outerLevel int) (BlockKind, int, bool) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return BlockHeading, int(n.Data[1] - '0'), true
	case atom.Li, atom.Dt, atom.Dd:
		if outer == BlockQuote {
			return outer, 0, true
		}
		return BlockListItem, 0, true
	case atom.Blockquote:
		return BlockQuote, 0, true
	case atom.Figcaption, atom.Caption:
		return BlockCaption, 0, true
	case atom.Tr:
		return BlockTableRow, 0, true
	case atom.Pre:
		return BlockPre, 0, true
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header,
		atom.Address, atom.Details, atom.Summary, atom.Dl, atom.Ol, atom.Ul,
		atom.Figure, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Fieldset,
		atom.Center, atom.Body, atom.Html, atom.Hgroup, atom.Form, atom.Td, atom.Th:
		if outer == BlockHeading {
			return outer, outerLevel, true
		}
		if outer == BlockParagraph || outer == BlockTableRow {
			return BlockParagraph, 0, true
		}
		return outer, outerLevel, true
	}
	return outer, outerLevel, false
}

// addText appends a text node's words to the current line. Runs of
// printable ASCII, most of any page, are copied whole; other runes one by
// one.
func (f *flattener) addText(s string) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) || c == 0 {
				f.space = true
				i++
				continue
			}
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < utf8.RuneSelf {
				j++
			}
			f.startWord()
			f.line = append(f.line, s[i:j]...)
			if f.inLink > 0 {
				f.link += j - i
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\ufeff' || r == '\u200e' || r == '\u200f':
			continue
		case unicode.IsSpace(r):
			f.space = true
			continue
		}
		f.startWord()
		f.line = utf8.AppendRune(f.line, r)
		if f.inLink > 0 {
			f.link += size
		}
	}
}

// startWord appends the space or line break owed before the next word of
// the current line.
func (f *flattener) startWord() {
	if len(f.line) > 0 {
		if f.newlines > 0 {
			f.line = append(f.line, '\n')
		} else if f.space {
			f.line = append(f.line, ' ')
		}
	}
	f.space, f.newlines = false, 0
}

// isASCIISpace reports whether c is white space to unicode.IsSpace.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// flush ends the current block, if it has text.
func (f *flattener) flush() {
	line := strings.TrimSpace(string(f.line))
	link := f.link
	f.line, f.space, f.newlines, f.link = f.line[:0], false, 0, 0
	if line == "" {
		return
	}
	f.blocks = append(f.blocks, rawBlock{kind: f.kind, level: f.level, text: line, link: link})
}

// join lays blocks out as body text: the blocks joined by "\n\n", with
// their spans.
func join(raw []rawBlock) (string, []Block) {
	size := 0
	for _, r := range raw {
		size += len(r.text) + len("\n\n")
	}
	var b strings.Builder
	b.Grow(size)
	blocks := make([]Block, 0, len(raw))
	for _, r := range raw {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(r.text)
		blocks = append(blocks, Block{Kind: r.kind, Level: r.level, Span: Span{start, b.Len()}})
	}
	return b.String(), blocks
}

// inTextList reports whether list, with index li, the parent of a
// link-heavy item with link bytes of text in links, is a list of text
// rather than of links: three quarters or more of its text outside links,
// no links in its other two or more items, or prose in at least half its
// items.
func (f *flattener) inTextList(list *html.Node, li int32, link int32) bool {
	ls := &f.an.stats[li]
	if ls.link*4 <= ls.text {
		return true
	}
	items := int32(0)
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			items++
		}
	}
	return ls.link == link && items >= 3 || ls.blocks*2 >= items
}
