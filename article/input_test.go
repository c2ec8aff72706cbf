package article_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsparse/newsparse/article"
)

func readDoc(t *testing.T, p *article.Parser, in []byte, f article.Format) *article.Doc {
	t.Helper()
	d, err := p.ReadDoc(context.Background(), bytes.NewReader(in), f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCharsets(t *testing.T) {
	const word = "Ещё café 日本"
	cp1251 := func(s string) []byte { b, _ := charmap.Windows1251.NewEncoder().String(s); return []byte(b) }
	sjis := func(s string) []byte { b, _ := japanese.ShiftJIS.NewEncoder().String(s); return []byte(b) }
	latin1 := func(s string) []byte { b, _ := charmap.ISO8859_1.NewEncoder().String(s); return []byte(b) }
	utf16 := func(s string) []byte {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		return []byte(b)
	}
	tests := []struct {
		name        string
		in          []byte
		contentType string
		want        string
	}{
		{"meta charset", append([]byte(`<html><head><meta charset="windows-1251"></head><body><p>`), append(cp1251("Ещё раз"), "</p></body></html>"...)...), "", "Ещё раз"},
		{"http-equiv", append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>`), append(sjis("日本語の記事"), "</p>"...)...), "", "日本語の記事"},
		{"content type wins over meta", append([]byte(`<meta charset="utf-8"><p>`), append(latin1("café crème"), "</p>"...)...), "text/html; charset=ISO-8859-1", "café crème"},
		{"undeclared latin1 detected", append([]byte(`<p>`), append(latin1("déjà vu"), "</p>"...)...), "", "déjà vu"},
		{"utf-16 bom", utf16(`<p>` + word + `</p>`), "", word},
		{"unknown charset name", []byte("<meta charset=\"x-none\"><p>" + word + "</p>"), "", word},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &article.Parser{ContentType: tc.contentType}
			d := readDoc(t, p, tc.in, article.FormatHTML)
			if d.Text != tc.want {
				t.Errorf("text = %q, want %q", d.Text, tc.want)
			}
		})
	}
	t.Run("plain text in windows-1251 by content type", func(t *testing.T) {
		p := &article.Parser{ContentType: "text/plain; charset=windows-1251"}
		d := readDoc(t, p, cp1251("Заголовок\n\nТекст статьи."), article.FormatText)
		if d.Headline != "Заголовок" || d.Text != "Текст статьи." {
			t.Errorf("headline %q text %q", d.Headline, d.Text)
		}
	})
	t.Run("invalid utf-8 in a declared utf-8 page becomes U+FFFD", func(t *testing.T) {
		d := readDoc(t, &article.Parser{}, []byte("<meta charset=utf-8><p>naïve \xff text</p>"), article.FormatHTML)
		if d.Text != "naïve \uFFFD text" {
			t.Errorf("text = %q", d.Text)
		}
	})
}

func TestGzipAndLimits(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>" + strings.Repeat("word ", 1000) + "</p>"))
	zw.Close()
	d := readDoc(t, &article.Parser{}, gz.Bytes(), article.FormatAuto)
	if !strings.HasPrefix(d.Text, "word word") || !d.IsHTML() {
		t.Errorf("gzip input not read as HTML: %.30q", d.Text)
	}
	_, err := (&article.Parser{MaxBytes: 1000}).ReadDoc(context.Background(), bytes.NewReader(gz.Bytes()), article.FormatAuto)
	if !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("decompressed size over the limit: err = %v, want ErrTooLarge", err)
	}
	_, err = (&article.Parser{MaxBytes: 10}).ReadDoc(context.Background(), strings.NewReader("<p>more than ten bytes</p>"), article.FormatAuto)
	if !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("raw size over the limit: err = %v, want ErrTooLarge", err)
	}
	_, err = (&article.Parser{}).ReadDoc(context.Background(), bytes.NewReader([]byte{0x1f, 0x8b, 1, 2, 3}), article.FormatAuto)
	if err == nil || !strings.HasPrefix(err.Error(), "article: gzip") {
		t.Errorf("broken gzip: err = %v", err)
	}
}

func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	p := &article.Parser{Extractors: []article.Extractor{func(*article.Doc, *article.Article) error { ran = true; return nil }}}
	a, err := p.ParseContext(ctx, strings.NewReader("H\n\nBody."), article.FormatText)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if a == nil || ran {
		t.Errorf("record %v, extractor ran %v", a, ran)
	}
}

func TestExtractorErrorStops(t *testing.T) {
	boom := errors.New("extract: test: cannot go on")
	second := false
	p := &article.Parser{Extractors: []article.Extractor{
		func(d *article.Doc, a *article.Article) error { a.Headline = "partial"; return boom },
		func(*article.Doc, *article.Article) error { second = true; return nil },
	}}
	a, err := p.ParseText(strings.NewReader("H\n\nBody."))
	if !errors.Is(err, boom) || a.Headline != "partial" || second {
		t.Errorf("err %v, headline %q, second ran %v", err, a.Headline, second)
	}
}

func TestSniff(t *testing.T) {
	for in, html := range map[string]bool{
		"<!DOCTYPE html><p>x</p>":       true,
		"  \n<html><body>x":             true,
		"Headline\n\n<p>inline tag</p>": true,
		"Headline\n\nPlain body 3 < 4.": false,
		"<3 love\n\nbody":               false,
	} {
		d := readDoc(t, &article.Parser{}, []byte(in), article.FormatAuto)
		if d.IsHTML() != html {
			t.Errorf("%q: IsHTML = %v, want %v", in, d.IsHTML(), html)
		}
	}
}

// TestInputNotKept checks that a Doc read from a *bytes.Reader, whose
// bytes are read where they are, does not refer to them: overwriting the
// input afterwards changes nothing.
func TestInputNotKept(t *testing.T) {
	for _, f := range []article.Format{article.FormatHTML, article.FormatText} {
		in := []byte("<html lang=en><head><title>Title</title><meta name=author content=\"Jane Doe\"></head>" +
			"<body><h1>Headline</h1><p>" + strings.Repeat("A sentence of the body. ", 10) + "</p></body></html>")
		d := readDoc(t, &article.Parser{}, in, f)
		text, headline, meta := d.Text, d.Headline, d.MetaContent("author")
		for i := range in {
			in[i] = 'x'
		}
		if d.Text != text || d.Headline != headline || d.MetaContent("author") != meta {
			t.Errorf("format %d: the Doc changed with its input: %.40q, %q, %q", f, d.Text, d.Headline, d.MetaContent("author"))
		}
	}
}

// TestNoLimit checks that a negative MaxBytes reads the whole input, from
// a reader that tells its size and from one that does not.
func TestNoLimit(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "Paragraph %d of the article says something new.\n\n", i)
	}
	text := b.String()
	p := &article.Parser{MaxBytes: -1}
	for _, r := range []io.Reader{strings.NewReader(text), struct{ io.Reader }{strings.NewReader(text)}, bytes.NewReader([]byte(text))} {
		d, err := p.ReadDoc(context.Background(), r, article.FormatText)
		if err != nil || !strings.HasSuffix(d.Text, "Paragraph 2999 of the article says something new.") {
			t.Errorf("%T: %d paragraphs, err %v; want all 3000", r, len(d.Blocks), err)
		}
	}
}
