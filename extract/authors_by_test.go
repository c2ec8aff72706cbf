package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestMayOpenWithBy checks that the pre-check never hides a byline byRE
// matches.
func TestMayOpenWithBy(t *testing.T) {
	for _, s := range []string{
		"By Jane Doe", "by: Jane Doe", "Written by Jane Doe", "Story and photos BY Jane", "Von Max Muster",
		"Par Jean Dupont", "Por Ana Pérez", "di Mario Rossi", "Door Jan Jansen", "Av Kari Nordmann",
		"Af Lars Hansen", "Jane Doe", "Byline", "Reporting\tby Jane", "Écrit par Jean", "", "by",
	} {
		if byRE.MatchString(s) && !mayOpenWithBy(s) {
			t.Errorf("mayOpenWithBy(%q) = false, but byRE matches", s)
		}
	}
	if mayOpenWithBy("Jane Doe, Staff Writer") {
		t.Error(`mayOpenWithBy("Jane Doe, Staff Writer") = true`)
	}
}

// TestNamesAuthor checks namesAuthor against lower-casing ASCII letters
// and searching for each word, on random class values.
func TestNamesAuthor(t *testing.T) {
	lowerASCII := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	pieces := []string{"a", "A", "au", "thor", "AUTHOR", "by", "Line", "byline", "b", "-", " ", "İ", "\u212a", "\xff", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 5000; round++ {
		v := randomText(rng, pieces, 6)
		lv := lowerASCII(v)
		if want := strings.Contains(lv, "author") || strings.Contains(lv, "byline"); namesAuthor(v) != want {
			t.Fatalf("namesAuthor(%q) = %v, want %v", v, !want, want)
		}
	}
}

// findBylinesRecursive is the walk of bylineWalk written as a recursion
// over the whole page, for comparison.
func findBylinesRecursive(root *html.Node) []byline {
	var out []byline
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if len(out) >= maxBylines {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Footer, atom.Head, atom.Noscript, atom.Template, atom.Svg:
				return
			}
			if isBylineElement(n) {
				if t := firstLine(n); t != "" && utf8.RuneCountInString(t) <= 200 {
					rest, by := cutBy(t)
					out = append(out, byline{node: n, text: rest, by: by})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return out
}

// TestBylineWalk checks that the walk, filled step by step, finds the
// bylines of the recursion on the test pages and on pages built to have
// many.
func TestBylineWalk(t *testing.T) {
	var pages []string
	files, _ := filepath.Glob("../testdata/*.html")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	pages = append(pages,
		strings.Repeat(`<div class="byline">By A</div><nav><p class="author">X</p></nav><p rel="author">B</p>`, 30),
		`<div class="author"><span class="byline">By C</span><span class="byline">By D</span></div><p class="author-bio">E</p>`,
		``)
	for i, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		want := findBylinesRecursive(root)
		w := bylineWalk{root: root, next: root}
		for n := 1; w.fill(n); n++ {
		}
		if !reflect.DeepEqual(w.found, want) {
			t.Errorf("page %d: the walk finds %d bylines, the recursion %d", i, len(w.found), len(want))
		}
	}
}
