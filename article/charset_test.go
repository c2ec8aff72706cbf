package article

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCharsets reads built pages in legacy encodings, declared by <meta
// charset>, by http-equiv, or not at all, and checks that headline and
// body come out as the UTF-8 text they were written from.
func TestCharsets(t *testing.T) {
	files, err := filepath.Glob("testdata/charset/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := readWant(t, strings.TrimSuffix(f, ".html")+".txt")
			checkDecoded(t, Parser{}, page, want)
		})
	}
}

// TestCharsetFromContentType checks that the HTTP Content-Type names the
// encoding of a page that declares none.
func TestCharsetFromContentType(t *testing.T) {
	page, err := os.ReadFile("testdata/charset/windows-1251.html")
	if err != nil {
		t.Fatal(err)
	}
	page = bytes.Replace(page, []byte(`<meta charset="windows-1251">`), nil, 1)
	want := readWant(t, "testdata/charset/windows-1251.txt")
	checkDecoded(t, Parser{ContentType: "text/html; charset=windows-1251"}, page, want)
}

func readWant(t *testing.T, path string) [2]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(strings.TrimSpace(string(b)), "\n", 2)
	if len(lines) != 2 {
		t.Fatalf("%s: want a headline line and a paragraph line", path)
	}
	return [2]string{lines[0], lines[1]}
}

func checkDecoded(t *testing.T, p Parser, page []byte, want [2]string) {
	t.Helper()
	d, err := p.ReadDoc(context.Background(), bytes.NewReader(page), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, [2]string{d.Headline, d.Text}); d != "" {
		t.Errorf("headline and text (-want +got):\n%s", d)
	}
}

// TestCharsetLateMeta checks a declaration that comes after a long head,
// past the 1024 bytes of the standard prescan.
func TestCharsetLateMeta(t *testing.T) {
	page, err := os.ReadFile("testdata/charset/windows-1251.html")
	if err != nil {
		t.Fatal(err)
	}
	page = bytes.Replace(page, []byte("<head>"), []byte("<head><script>"+strings.Repeat("var x = 1;\n", 300)+"</script>"), 1)
	want := readWant(t, "testdata/charset/windows-1251.txt")
	checkDecoded(t, Parser{}, page, want)
}
