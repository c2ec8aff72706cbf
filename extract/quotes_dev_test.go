package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/article"
)

func TestQuotesDev(t *testing.T) {
	for _, path := range strings.Fields(os.Getenv("QDEV")) {
		devOne(t, path)
	}
}

func devOne(t *testing.T, path string) {
	fmt.Println("=====", path)
	b, _ := os.ReadFile(path)
	if strings.HasSuffix(path, ".gz") {
		zr, _ := gzip.NewReader(bytes.NewReader(b))
		b, _ = io.ReadAll(zr)
	}
	p := article.Parser{Extractors: []article.Extractor{Quotes}}
	f := article.FormatText
	if strings.Contains(path, ".html") {
		f = article.FormatHTML
	}
	a, err := p.ParseContext(context.Background(), strings.NewReader(string(b)), f)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("QTEXT") != "" {
		fmt.Println(a.Text)
	}
	for _, q := range a.Quotes {
		sp := ""
		if q.Speaker != nil {
			sp = fmt.Sprintf("%s [%s] {%s}", q.Speaker.Name, q.Speaker.Role, q.Speaker.Entity)
		}
		fmt.Printf("%-8s %-14q %-40s | %s\n", q.Kind, q.Cue, sp, q.Text)
	}
	for _, d := range a.Diagnostics {
		fmt.Println("DIAG", d)
	}
}
