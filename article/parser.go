package article

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
)

// DefaultMaxBytes is the size limit of a Parser whose MaxBytes is zero.
const DefaultMaxBytes = 32 << 20

// Format says how to read an input.
type Format uint8

// Input formats.
const (
	FormatAuto Format = iota // sniff: HTML when the input looks like markup, else text
	FormatHTML
	FormatText
)

// Parser turns one input into an Article by reading it into a Doc once and
// running its Extractors in order. The zero value is ready to use; it runs
// no extractor, so its records hold only URL and Text. A Parser is safe for
// concurrent use as long as its fields are not changed meanwhile.
type Parser struct {
	// Extractors run in order on every input. See extract.Default for the
	// standard set.
	Extractors []Extractor
	// MaxBytes limits the input size, before and after gzip decompression.
	// Zero means DefaultMaxBytes; a negative value means no limit.
	MaxBytes int64
	// URL is the page's original address, copied to the record and used to
	// resolve relative links.
	URL string
	// ContentType is the HTTP Content-Type the page was served with, if
	// known; its charset parameter takes precedence over the page's own
	// declaration.
	ContentType string
}

// ParseHTML reads an HTML page from r and returns its record.
func (p *Parser) ParseHTML(r io.Reader) (*Article, error) {
	return p.ParseContext(context.Background(), r, FormatHTML)
}

// ParseText reads a plain-text article from r and returns its record.
func (p *Parser) ParseText(r io.Reader) (*Article, error) {
	return p.ParseContext(context.Background(), r, FormatText)
}

// Parse reads an input of either format from r, telling HTML from text by
// its first bytes, and returns its record.
func (p *Parser) Parse(r io.Reader) (*Article, error) {
	return p.ParseContext(context.Background(), r, FormatAuto)
}

// ParseContext is Parse with a context and an explicit format. It stops
// with ctx.Err() (wrapped) when ctx is cancelled, returning the partial
// record. On any error the record returned holds what was found before it.
func (p *Parser) ParseContext(ctx context.Context, r io.Reader, f Format) (*Article, error) {
	a := &Article{URL: p.URL}
	d, err := p.ReadDoc(ctx, r, f)
	if err != nil {
		return a, err
	}
	return a, p.Run(ctx, d, a)
}

// Run runs p's extractors on an already read Doc, filling a. It sets
// a.Text from d when a.Text is empty.
func (p *Parser) Run(ctx context.Context, d *Doc, a *Article) error {
	if a.Text == "" {
		a.Text = d.Text
	}
	if a.URL == "" {
		a.URL = d.URL
	}
	for _, x := range p.Extractors {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("article: %w", err)
		}
		if err := x(d, a); err != nil {
			return err
		}
	}
	return nil
}

// ReadDoc reads an input into a Doc without running any extractor. It is
// the one place input is read: size limit, gzip, charset, DOM parse and
// flattening into body text.
func (p *Parser) ReadDoc(ctx context.Context, r io.Reader, f Format) (*Doc, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	var d *Doc
	err := readInput(ctx, r, p.limit(), func(raw []byte) (err error) {
		d, err = p.readRaw(ctx, raw, f)
		return err
	})
	if err != nil {
		return nil, err
	}
	d.URL = p.URL
	d.Sentences = sentences(d.Text, d.Blocks)
	return d, nil
}

// readRaw reads the bytes of an input into a Doc that does not refer to
// them.
func (p *Parser) readRaw(ctx context.Context, raw []byte, f Format) (*Doc, error) {
	if f == FormatAuto {
		f = sniff(raw)
	}
	if f == FormatHTML {
		return readHTML(ctx, raw, p.ContentType)
	}
	return readText(decodeText(raw, p.ContentType)), nil
}

// noLimit is the limit of a Parser with a negative MaxBytes: more than any
// memory holds, and low enough that limit+1 does not overflow.
const noLimit = 1 << 62

func (p *Parser) limit() int64 {
	switch {
	case p.MaxBytes == 0:
		return DefaultMaxBytes
	case p.MaxBytes < 0:
		return noLimit
	}
	return p.MaxBytes
}

// sniff tells HTML from text: a document whose first non-space bytes
// open a tag, a comment or a doctype is HTML, and so is one that has an
// <html>, <body>, <p> or <div> tag in its first 1024 bytes.
func sniff(b []byte) Format {
	b = bytes.TrimLeft(b, "\ufeff \t\r\n")
	if len(b) > 1 && b[0] == '<' && (b[1] == '!' || b[1] == '?' || isASCIILetter(b[1])) {
		return FormatHTML
	}
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	for _, t := range []string{"<html", "<body", "<p>", "<div", "<head"} {
		if strings.Contains(head, t) {
			return FormatHTML
		}
	}
	return FormatText
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
