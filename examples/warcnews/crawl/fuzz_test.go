package crawl_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsparse/newsparse/examples/warcnews/crawl"
	"github.com/newsparse/newsparse/examples/warcnews/crawl/crawltest"
)

// FuzzReader feeds the Reader arbitrary bytes, seeded with small plain and
// gzipped crawls: it must never panic or hang, must end with io.EOF or an
// error, and every record it returns is a page, skipped or broken.
func FuzzReader(f *testing.F) {
	dir := f.TempDir()
	recs := []crawltest.Record{
		crawltest.Request("https://example.com/a"),
		crawltest.Response("https://example.com/a", 200, []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, []byte("5\r\n<p>hi\r\n0\r\n\r\n")),
		crawltest.Metadata("https://example.com/a"),
	}
	for _, name := range []string{"s.warc", "s.warc.gz"} {
		path := filepath.Join(dir, name)
		if _, err := crawltest.Write(path, filepath.Ext(name) == ".gz", recs...); err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rd, err := crawl.NewReader(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		defer rd.Close()
		for n := 0; ; n++ {
			if n > len(b)+1 {
				t.Fatalf("%d records from %d bytes", n, len(b))
			}
			r, err := rd.Next()
			if err != nil {
				if _, again := rd.Next(); again != io.EOF {
					t.Fatalf("Next after %v: %v", err, again)
				}
				return
			}
			if r.Page() {
				if body, err := r.Body(); err == nil {
					io.Copy(io.Discard, io.LimitReader(body, 1<<20))
				}
			}
			r.Close()
		}
	})
}
