package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// readInput reads all of r, up to limit bytes, gunzips it when it starts
// with the gzip magic number (the decompressed size is limited too), and
// calls use with the bytes read, which use must neither change nor keep.
// The bytes of a *bytes.Reader are used where they are, not copied (see
// pageWriter).
func readInput(ctx context.Context, r io.Reader, limit int64, use func(raw []byte) error) error {
	if br, ok := r.(*bytes.Reader); ok {
		if int64(br.Len()) > limit {
			return fmt.Errorf("%w (limit %d bytes)", ErrTooLarge, limit)
		}
		w := &pageWriter{size: br.Len(), use: func(b []byte) error { return gunzip(ctx, b, limit, use) }}
		if _, err := br.WriteTo(w); err != nil {
			return fmt.Errorf("article: read: %w", err)
		}
		if w.used {
			return w.err
		}
		return gunzip(ctx, w.buf, limit, use)
	}
	b, err := readLimited(ctx, r, limit)
	if err != nil {
		return err
	}
	return gunzip(ctx, b, limit, use)
}

// gunzip calls use with b, decompressed first when it starts with the
// gzip magic number.
func gunzip(ctx context.Context, b []byte, limit int64, use func(raw []byte) error) error {
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("article: gzip: %w", err)
		}
		b, err = readLimited(ctx, zr, limit)
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return err
			}
			return fmt.Errorf("article: gzip: %w", err)
		}
	}
	return use(b)
}

// pageWriter takes the bytes of an in-memory reader from its WriteTo. A
// Write that brings the whole input, size bytes, at once (as
// bytes.Reader's does) runs use on them before it returns, as the
// io.Writer contract allows, and keeps its result in err; other writes are
// copied into buf, for use after WriteTo.
type pageWriter struct {
	size int
	use  func(raw []byte) error
	used bool // use ran in Write
	err  error
	buf  []byte
}

func (w *pageWriter) Write(p []byte) (int, error) {
	if !w.used && w.buf == nil && len(p) == w.size {
		w.used = true
		w.err = w.use(p)
		return len(p), nil
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// ctxReader fails reads once its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// readLimited reads all of r, failing with ErrTooLarge past limit bytes.
// A reader that tells its size (see sizeHint) is read into one chunk of
// that size and a byte more, to see its end; any other into chunks that
// double from firstChunk.
func readLimited(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	first := int64(firstChunk)
	if n := sizeHint(r); n > 0 {
		first = min(n, limit) + 1
	}
	return readChunks(ctxReader{ctx, r}, limit, first)
}

// firstChunk is the size of readChunks' first chunk for a reader of
// unknown length.
const firstChunk = 32 << 10

// readChunks reads all of r, failing with ErrTooLarge past limit bytes,
// into chunks that double from first bytes, then joins them once: a page
// of unknown length (a network or WARC body) is copied once, where a
// buffer that doubles copies it at every growth; an input that fits the
// first chunk is returned in it, uncopied.
func readChunks(r io.Reader, limit, first int64) ([]byte, error) {
	var chunks [][]byte
	var total int64
	for size := first; ; size *= 2 {
		if left := limit - total; left < size {
			size = left + 1 // one byte more than the limit allows tells a longer input
		}
		c := make([]byte, size)
		n, err := io.ReadFull(r, c)
		total += int64(n)
		if n > 0 {
			chunks = append(chunks, c[:n])
		}
		if total > limit {
			return nil, fmt.Errorf("%w (limit %d bytes)", ErrTooLarge, limit)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("article: read: %w", err)
		}
	}
	switch len(chunks) {
	case 0:
		return nil, nil
	case 1:
		return chunks[0], nil
	}
	out := make([]byte, 0, total)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out, nil
}

// sizeHint returns how many bytes r will yield when r can tell (an
// in-memory reader, or a regular file), else 0.
func sizeHint(r io.Reader) int64 {
	switch t := r.(type) {
	case interface{ Len() int }:
		return int64(t.Len())
	case *os.File:
		if st, err := t.Stat(); err == nil && st.Mode().IsRegular() {
			if off, err := t.Seek(0, io.SeekCurrent); err == nil {
				return st.Size() - off
			}
		}
	}
	return 0
}

// decodeHTML converts a page to UTF-8. The encoding comes, in order of
// precedence, from a byte order mark, the caller's Content-Type, the
// page's <meta charset> or http-equiv declaration, and then detection:
// UTF-8 when the whole page is valid UTF-8, else a declaration past the
// first 1024 bytes that the standard prescan reads, else windows-1252.
// Invalid sequences become U+FFFD, so the result is always valid UTF-8.
func decodeHTML(b []byte, contentType string) []byte {
	head := b[:min(len(b), 8192)]
	enc, name, certain := charset.DetermineEncoding(head, contentType)
	if name == "utf-8" {
		enc = unicode.UTF8 // charset wraps it; the plain one lets decode skip the copy
	}
	if !certain && (name == "utf-8" || name == "windows-1252") {
		if utf8.Valid(b) {
			return b
		}
		if e, late := lateMetaCharset(b); e != nil {
			if late == "utf-8" {
				return decode(b, unicode.UTF8) // declared UTF-8 with stray bytes: U+FFFD, as browsers do
			}
			return decode(b, e)
		}
		enc = detectUTF8(b)
	}
	return decode(b, enc)
}

// lateMetaCharsetBytes is how far into a page lateMetaCharset looks.
const lateMetaCharsetBytes = 64 << 10

// metaCharsetRE finds a charset declared in a <meta> element.
var metaCharsetRE = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// lateMetaCharset returns the encoding, and its name, that a <meta>
// element declares beyond the 1024 bytes that the standard prescan reads
// (pages with long heads of scripts and styles), or nil. Browsers honour
// such a declaration by re-decoding the page when the parser reaches it.
func lateMetaCharset(b []byte) (encoding.Encoding, string) {
	m := metaCharsetRE.FindSubmatch(b[:min(len(b), lateMetaCharsetBytes)])
	if m == nil {
		return nil, ""
	}
	return charset.Lookup(string(m[1]))
}

// decodeText converts plain text to UTF-8: a byte order mark or else the
// caller's Content-Type charset decide, else UTF-8 when the text is valid
// UTF-8, else windows-1252.
func decodeText(b []byte, contentType string) []byte {
	if e := bomEncoding(b); e != nil {
		return decode(b, e)
	}
	if e, _ := charset.Lookup(contentTypeCharset(contentType)); e != nil {
		return decode(b, e)
	}
	return decode(b, detectUTF8(b))
}

func detectUTF8(b []byte) encoding.Encoding {
	if utf8.Valid(b) {
		return unicode.UTF8
	}
	e, _ := charset.Lookup("windows-1252")
	return e
}

func bomEncoding(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		return unicode.UTF8BOM
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	}
	return nil
}

func decode(b []byte, enc encoding.Encoding) []byte {
	if enc == unicode.UTF8 {
		if utf8.Valid(b) {
			return b // the common case: nothing to convert or copy
		}
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if enc == unicode.UTF8BOM {
		return bytes.ToValidUTF8(bytes.TrimPrefix(b, []byte{0xef, 0xbb, 0xbf}), []byte("\uFFFD"))
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}

// contentTypeCharset returns the charset parameter of a Content-Type.
func contentTypeCharset(ct string) string {
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return params["charset"]
}
