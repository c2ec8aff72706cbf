package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattener turns a DOM subtree into body text and blocks. Whitespace is
// collapsed; a <br> becomes "\n" and two or more in a row end the block.
type flattener struct {
	text     []byte
	blocks   []Block
	line     []byte
	kind     BlockKind
	level    int
	space    bool // a space is owed before the next word
	newlines int  // <br>s owed before the next word
	headline string
}

// walk adds the text under n. kind and level describe the innermost
// enclosing block; depth is n's depth below the starting node.
func (f *flattener) walk(n *html.Node, kind BlockKind, level, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			f.addText(c.Data)
		case html.ElementNode:
			f.element(c, kind, level, depth+1)
		}
	}
}

func (f *flattener) element(n *html.Node, kind BlockKind, level, depth int) {
	if skipAlways(n) || depth > 1 && isBoilerplate(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		f.newlines++
		if f.newlines >= 2 && len(f.line) > 0 {
			f.flush()
		}
		return
	case atom.Img, atom.Picture, atom.Source, atom.Wbr, atom.Hr:
		return
	case atom.Td, atom.Th:
		if len(f.line) > 0 {
			f.line = append(f.line, " |"...)
			f.space = true
		}
		f.walk(n, kind, level, depth)
		return
	}
	k, lvl, block := blockKind(n, kind, level)
	if !block {
		f.walk(n, kind, level, depth)
		return
	}
	f.flush()
	saveKind, saveLevel := f.kind, f.level
	f.kind, f.level = k, lvl
	f.walk(n, k, lvl, depth)
	f.flush()
	f.kind, f.level = saveKind, saveLevel
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
		atom.Center, atom.Body, atom.Html, atom.Hgroup:
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

// addText appends a text node's words to the current line.
func (f *flattener) addText(s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\ufeff' || r == '\u200e' || r == '\u200f':
			continue
		case unicode.IsSpace(r) || r == 0:
			f.space = true
			continue
		}
		if len(f.line) > 0 {
			if f.newlines > 0 {
				f.line = append(f.line, '\n')
			} else if f.space {
				f.line = append(f.line, ' ')
			}
		}
		f.space, f.newlines = false, 0
		f.line = utf8.AppendRune(f.line, r)
	}
}

// flush ends the current block, if it has text.
func (f *flattener) flush() {
	line := strings.TrimSpace(string(f.line))
	f.line, f.space, f.newlines = f.line[:0], false, 0
	if line == "" {
		return
	}
	if f.kind == BlockHeading && f.level == 1 && f.headline == "" && len(f.blocks) == 0 {
		f.headline = line
		return
	}
	if len(f.text) > 0 {
		f.text = append(f.text, "\n\n"...)
	}
	start := len(f.text)
	f.text = append(f.text, line...)
	f.blocks = append(f.blocks, Block{Kind: f.kind, Level: f.level, Span: Span{start, len(f.text)}})
}
