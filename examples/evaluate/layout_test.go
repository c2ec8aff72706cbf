package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDataset(t *testing.T) {
	aeb := t.TempDir()
	write(t, filepath.Join(aeb, "ground-truth.json"), `{"b": {"articleBody": "B", "url": "u2"}, "a": {"articleBody": "A", "url": "u1"}, "gone": {}}`)
	write(t, filepath.Join(aeb, "html", "a.html"), "<p>A</p>")
	write(t, filepath.Join(aeb, "html", "b.html"), "<p>B</p>")
	ds, err := loadDataset(aeb)
	if err != nil {
		t.Fatal(err)
	}
	want := &dataset{Layout: "article-extraction-benchmark", Fields: fieldBody, Missing: 1, Pages: []page{
		{ID: "a", Path: filepath.Join(aeb, "html", "a.html"), URL: "u1", Body: "A"},
		{ID: "b", Path: filepath.Join(aeb, "html", "b.html"), URL: "u2", Body: "B"},
	}}
	if d := cmp.Diff(want, ds, cmp.AllowUnexported(dataset{}, page{})); d != "" {
		t.Errorf("article-extraction-benchmark (-want +got):\n%s", d)
	}

	naeb := t.TempDir()
	write(t, filepath.Join(naeb, "articles.json"), `{"k": {"title": "T", "authors": "A B,  C D ", "date": "NaT", "articleBody": "X", "url": "u"}}`)
	write(t, filepath.Join(naeb, "html", "k.html.gz"), "")
	ds, err = loadDataset(naeb)
	if err != nil {
		t.Fatal(err)
	}
	want = &dataset{Layout: "naeb-newspaper4k", Fields: fieldBody | fieldTitle | fieldAuthors | fieldDate, Pages: []page{
		{ID: "k", Path: filepath.Join(naeb, "html", "k.html.gz"), URL: "u", Body: "X", Title: "T", Authors: []string{"A B", "C D"}},
	}}
	if d := cmp.Diff(want, ds); d != "" {
		t.Errorf("naeb-newspaper4k (-want +got):\n%s", d)
	}

	if _, err := loadDataset(t.TempDir()); err == nil {
		t.Error("empty folder: no error")
	}
}
