package newsparse

import (
	"context"
	"io"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/extract"
)

// NewParser returns a Parser that runs extract.Default(). Set its URL,
// ContentType or MaxBytes before the first call; afterwards it may be used
// from many goroutines at once.
func NewParser() *article.Parser {
	return &article.Parser{Extractors: extract.Default()}
}

// Parse reads one article, HTML or plain text (told apart by its first
// bytes), and returns its record with every default extractor applied.
func Parse(r io.Reader) (*article.Article, error) {
	return NewParser().Parse(r)
}

// ParseHTML reads one HTML page and returns its record.
func ParseHTML(r io.Reader) (*article.Article, error) {
	return NewParser().ParseHTML(r)
}

// ParseText reads one plain-text article and returns its record.
func ParseText(r io.Reader) (*article.Article, error) {
	return NewParser().ParseText(r)
}

// ParseContext is Parse with a context and an explicit format.
func ParseContext(ctx context.Context, r io.Reader, f article.Format) (*article.Article, error) {
	return NewParser().ParseContext(ctx, r, f)
}
