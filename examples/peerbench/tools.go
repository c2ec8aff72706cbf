package main

import (
	"bytes"
	"io"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"github.com/newsparse/newsparse"
	"golang.org/x/net/html"
)

// Tool is one thing timed: Run parses one page and returns the length of
// the text it found (0 with an error or nothing found).
type Tool struct {
	Name string
	// What says what the tool does with a page.
	What string
	Run  func(page []byte) (int, error)
}

// Tools returns the tools, the floor first. Each peer is called through
// its documented entry point, with default options, as a user calls it.
func Tools() []Tool {
	return []Tool{
		{"html.Parse", "x/net/html DOM only (the floor)", parseDOM},
		{"newsparse", "whole default pipeline", parseNewsparse},
		// ParseHTML uses the bytes of a *bytes.Reader where they are; any
		// other io.Reader is copied into memory first. This row pays that.
		{"newsparse-copy", "same, input through a plain io.Reader", parseNewsparseCopy},
		{"go-trafilatura", "v1.12.2 Extract: body + metadata", parseTrafilatura},
		{"go-readability", "readeck v2.1.3 Parse: body + metadata", parseReadability},
		// The peers' Parse and Extract first detect the charset and
		// normalize the text to NFC over the whole page (go-shiori/dom's
		// Parse). These two skip that: html.Parse, then their DOM entry
		// point, which is their cost over the floor alone.
		{"trafilatura-dom", "html.Parse + ExtractDocument", domTrafilatura},
		{"readability-dom", "html.Parse + ParseAndMutate", domReadability},
	}
}

func parseDOM(page []byte) (int, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil || doc.FirstChild == nil {
		return 0, err
	}
	return len(page), nil
}

func parseNewsparse(page []byte) (int, error) {
	a, err := newsparse.ParseHTML(bytes.NewReader(page))
	if err != nil {
		return 0, err
	}
	return len(a.Text), nil
}

// plainReader hides the *bytes.Reader it wraps from type switches.
type plainReader struct{ r io.Reader }

func (p plainReader) Read(b []byte) (int, error) { return p.r.Read(b) }

func parseNewsparseCopy(page []byte) (int, error) {
	a, err := newsparse.ParseHTML(plainReader{bytes.NewReader(page)})
	if err != nil {
		return 0, err
	}
	return len(a.Text), nil
}

func parseTrafilatura(page []byte) (int, error) {
	r, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{})
	if err != nil || r == nil {
		return 0, err
	}
	return len(r.ContentText), nil
}

func parseReadability(page []byte) (int, error) {
	p := readability.NewParser()
	a, err := p.Parse(bytes.NewReader(page), nil)
	if err != nil {
		return 0, err
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return 0, err
	}
	return b.Len(), nil
}

func domTrafilatura(page []byte) (int, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return 0, err
	}
	r, err := trafilatura.ExtractDocument(doc, trafilatura.Options{})
	if err != nil || r == nil {
		return 0, err
	}
	return len(r.ContentText), nil
}

func domReadability(page []byte) (int, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return 0, err
	}
	p := readability.NewParser()
	a, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return 0, err
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return 0, err
	}
	return b.Len(), nil
}
