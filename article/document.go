package article

import (
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// BlockKind says what a body block is.
type BlockKind uint8

// The kinds of body block.
const (
	BlockParagraph BlockKind = iota
	BlockHeading
	BlockListItem
	BlockQuote // a block quotation (<blockquote>, or "> " in plain text)
	BlockCaption
	BlockTableRow
	BlockPre // preformatted text
)

var blockKindNames = [...]string{"paragraph", "heading", "list-item", "quote", "caption", "table-row", "pre"}

// String returns the lower-case name of k, such as "list-item".
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// Block is one block of body text. Level is the heading level (1-6) of a
// heading block and 0 otherwise. Span locates the block in Doc.Text.
type Block struct {
	Kind  BlockKind
	Level int
	Span  Span
}

// Doc is an input parsed once: the normalized body text with its block
// and sentence boundaries, and, for HTML input, the page's DOM and
// JSON-LD. Every extractor reads the same Doc; none may modify it or
// anything it points to.
type Doc struct {
	// Text is the body: blocks joined by "\n\n", whitespace inside a block
	// collapsed to single spaces (a line break inside a block is "\n").
	// It is valid UTF-8.
	Text string
	// Blocks are the body blocks in order; their spans do not overlap.
	Blocks []Block
	// Sentences are the sentence spans of the body in order; no sentence
	// crosses a block boundary.
	Sentences []Span

	// Headline is the headline as the input shows it: the first line of
	// plain text, or the page's main <h1>. It is not part of Text.
	Headline string
	// TagLines are lines of plain text that hold only hashtags (such as the
	// line that closes many posts); they are kept out of Text.
	TagLines []string

	// URL is the page's address as the caller gave it (Parser.URL).
	URL string

	// HTML is the root of the parsed page, nil for plain text input.
	// Subtrees deeper than MaxDepth are cut off.
	HTML *html.Node
	// Page wraps HTML for selector queries; nil for plain text input.
	Page *goquery.Document
	// Content is the element chosen as the article body, nil for plain
	// text input or when the body came from elsewhere (JSON-LD).
	Content *html.Node
	// Meta lists the page's <meta> elements in document order.
	Meta []Meta
	// Links lists the page's <link> elements in document order.
	Links []Link
	// Title is the text of the page's <title>.
	Title string
	// Lang is the page's <html lang> attribute as written.
	Lang string
	// LD holds the page's JSON-LD objects, with @graph members and arrays
	// flattened into one list in document order.
	LD []map[string]any
}

// IsHTML reports whether d was parsed from an HTML page.
func (d *Doc) IsHTML() bool { return d.HTML != nil }

// BlockText returns the text of block b.
func (d *Doc) BlockText(b Block) string { return b.Span.Of(d.Text) }

// MetaContent returns the content of the first <meta> whose key is one of
// keys (lower-case), trying the keys in order, or "".
func (d *Doc) MetaContent(keys ...string) string {
	for _, k := range keys {
		for _, m := range d.Meta {
			if m.Key == k {
				return m.Content
			}
		}
	}
	return ""
}

// MetaAll returns the contents of every <meta> whose key is key
// (lower-case), in document order.
func (d *Doc) MetaAll(key string) []string {
	var out []string
	for _, m := range d.Meta {
		if m.Key == key {
			out = append(out, m.Content)
		}
	}
	return out
}

// LinkHref returns the href of the first <link> whose rel is rel
// (lower-case), or "".
func (d *Doc) LinkHref(rel string) string {
	for _, l := range d.Links {
		if l.Rel == rel {
			return l.Href
		}
	}
	return ""
}
