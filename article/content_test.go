package article

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/golden"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// contentResult is what the content cases compare: the headline and the
// body blocks, each as "kind: text".
type contentResult struct {
	Headline string   `json:"headline"`
	Blocks   []string `json:"blocks"`
}

func TestContentCases(t *testing.T) {
	golden.CheckCases(t, "testdata/content.txtar", func(t *testing.T, input string) any {
		var p Parser
		d, err := p.ReadDoc(context.Background(), strings.NewReader(input), FormatHTML)
		if err != nil {
			t.Fatal(err)
		}
		r := contentResult{Headline: d.Headline, Blocks: []string{}}
		for _, b := range d.Blocks {
			r.Blocks = append(r.Blocks, b.Kind.String()+": "+d.BlockText(b))
		}
		return r
	})
}

// TestDeepPage checks that a page nesting more elements than x/net/html
// accepts (thousands of unclosed tags) still yields its text.
func TestDeepPage(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div><font>", 400) +
		"<p>The council approved the budget on Tuesday after a long debate that lasted into the night.</p>"
	var p Parser
	d, err := p.ReadDoc(context.Background(), strings.NewReader(page), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "approved the budget") {
		t.Errorf("text = %q, want the paragraph", d.Text)
	}
}

// TestEmptyBody checks pages whose <body> holds nothing.
func TestEmptyBody(t *testing.T) {
	for _, page := range []string{"", "<html><body></body></html>", "<body><br></body>", "<script>x</script>"} {
		var p Parser
		d, err := p.ReadDoc(context.Background(), strings.NewReader(page), FormatHTML)
		if err != nil || d.Text != "" {
			t.Errorf("%q: text %q, error %v; want no text, no error", page, d.Text, err)
		}
	}
}

// TestScanPagePrunes checks that scanPage cuts the tree below MaxDepth and
// counts the elements with children, on a chain deeper than MaxDepth with a text
// and an empty element beside each element.
func TestScanPagePrunes(t *testing.T) {
	root := &html.Node{Type: html.DocumentNode}
	n := root
	for range MaxDepth + 40 {
		c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		n.AppendChild(c)
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "x"})
		n.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
		n = c
	}
	// Elements at depth 1 to MaxDepth-1 keep children; the one at
	// MaxDepth loses them.
	if _, _, got := scanPage(root); got != MaxDepth-1 {
		t.Errorf("scanPage counted %d elements with children, want %d", got, MaxDepth-1)
	}
	deepest := 0
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		deepest = max(deepest, d)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(root, 0)
	if deepest != MaxDepth {
		t.Errorf("deepest node at %d after scanPage, want %d", deepest, MaxDepth)
	}
}

// TestScanPageInfo checks that scanPage reads <meta>, <link> and <title>
// in document order, before and after the subtrees it does not look into
// (<svg>, <template>), and not inside them.
func TestScanPageInfo(t *testing.T) {
	page := `<html lang=" de "><head><title> A  title </title><meta name="A" content="1">
<template><meta name="hidden" content="x"></template><link rel="Canonical" href="/a"></head>
<body><svg><title>icon</title><link rel="svg" href="/x"/></svg><p>text</p><meta property="B" content=" 2 "></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	info, body, _ := scanPage(root)
	if body == nil || body.DataAtom != atom.Body || body.FirstChild == nil {
		t.Errorf("scanPage found body %v", body)
	}
	if want := []Meta{{"a", "1"}, {"b", "2"}}; !slices.Equal(info.meta, want) {
		t.Errorf("meta = %v, want %v", info.meta, want)
	}
	if want := []Link{{"canonical", "/a"}}; !slices.Equal(info.links, want) {
		t.Errorf("links = %v, want %v", info.links, want)
	}
	if info.title != "A title" || info.lang != "de" {
		t.Errorf("title %q, lang %q; want %q, %q", info.title, info.lang, "A title", "de")
	}
}

// FuzzVisibleBytes checks visibleBytes, which reads eight bytes at a
// time, against a count byte by byte.
func FuzzVisibleBytes(f *testing.F) {
	for _, s := range []string{"", " ", "a b\tc\nd\re\ff\vg\x00h", "\n\t\t\t\t  <div> text, more text ", "héllo wörld — “quoted” \x1f\x7f\x80\xff  spaced  out  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := int32(0)
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case ' ', '\t', '\n', '\r', '\f':
			default:
				want++
			}
		}
		if got := visibleBytes(s); got != want {
			t.Fatalf("visibleBytes(%q) = %d, want %d", s, got, want)
		}
	})
}
