package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// field is a set of labelled fields a data set provides.
type field uint8

const (
	fieldBody field = 1 << iota
	fieldTitle
	fieldAuthors
	fieldDate
)

// page is one labelled page of a data set.
type page struct {
	ID   string
	Path string // the HTML file, maybe gzipped
	URL  string // the page's address, given to the parser

	Body    string
	Title   string
	Authors []string
	Date    string // YYYY-MM-DD, "" when unlabelled
}

// dataset is a folder of labelled pages.
type dataset struct {
	Layout  string
	Fields  field  // the fields its labels cover
	Pages   []page // sorted by ID
	Missing int    // labelled pages without an HTML file
}

// layout is one way of laying out a data set on disk. Detect reports
// whether a folder is in this layout; load reads it.
type layout struct {
	name   string
	detect func(dir string) bool
	load   func(dir string) (*dataset, error)
}

// layouts returns the known layouts, tried in order. A new layout is one
// more entry here.
func layouts() []layout {
	return []layout{
		{"article-extraction-benchmark", hasFiles("ground-truth.json", "html"), loadAEB},
		{"naeb-newspaper4k", hasFiles("articles.json", "html"), loadNAEB},
	}
}

// hasFiles returns a detector for folders that hold every named entry.
func hasFiles(names ...string) func(string) bool {
	return func(dir string) bool {
		for _, n := range names {
			if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
				return false
			}
		}
		return true
	}
}

// loadDataset reads the data set in dir, in whichever layout it is.
func loadDataset(dir string) (*dataset, error) {
	for _, l := range layouts() {
		if l.detect(dir) {
			ds, err := l.load(dir)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.name, err)
			}
			ds.Layout = l.name
			slices.SortFunc(ds.Pages, func(a, b page) int { return strings.Compare(a.ID, b.ID) })
			return ds, nil
		}
	}
	var names []string
	for _, l := range layouts() {
		names = append(names, l.name)
	}
	return nil, fmt.Errorf("%s: not a known data set layout (%s)", dir, strings.Join(names, ", "))
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// htmlFile returns the page file html/<id>.html or html/<id>.html.gz,
// or "" when neither exists.
func htmlFile(dir, id string) string {
	for _, ext := range []string{".html", ".html.gz"} {
		p := filepath.Join(dir, "html", id+ext)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// loadAEB reads the article-extraction-benchmark layout: html/<id>.html
// and ground-truth.json, {id: {"articleBody", "url"}}.
func loadAEB(dir string) (*dataset, error) {
	var gt map[string]struct {
		Body string `json:"articleBody"`
		URL  string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return nil, err
	}
	ds := &dataset{Fields: fieldBody}
	for id, g := range gt {
		p := htmlFile(dir, id)
		if p == "" {
			ds.Missing++
			continue
		}
		ds.Pages = append(ds.Pages, page{ID: id, Path: p, URL: g.URL, Body: g.Body})
	}
	return ds, nil
}

// loadNAEB reads the newspaper4k layout: html/<key>.html.gz and
// articles.json, {key: {"title", "authors" (comma-separated), "date",
// "articleBody", "url"}}. A date that is not YYYY-MM-DD (such as "NaT")
// leaves the page out of the date score.
func loadNAEB(dir string) (*dataset, error) {
	var gt map[string]struct {
		Title   string `json:"title"`
		Authors string `json:"authors"`
		Date    string `json:"date"`
		Body    string `json:"articleBody"`
		URL     string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "articles.json"), &gt); err != nil {
		return nil, err
	}
	ds := &dataset{Fields: fieldBody | fieldTitle | fieldAuthors | fieldDate}
	for id, g := range gt {
		p := htmlFile(dir, id)
		if p == "" {
			ds.Missing++
			continue
		}
		var authors []string
		for _, a := range strings.Split(g.Authors, ",") {
			if a = strings.TrimSpace(a); a != "" {
				authors = append(authors, a)
			}
		}
		ds.Pages = append(ds.Pages, page{ID: id, Path: p, URL: g.URL, Body: g.Body,
			Title: g.Title, Authors: authors, Date: day(g.Date)})
	}
	return ds, nil
}
