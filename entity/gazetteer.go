package entity

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"
)

// The gazetteers (see data/PROVENANCE.md for their sources and licenses).
//
//go:embed data/words.txt data/givennames.tsv data/countries.tsv data/cities.tsv
//go:embed data/regions.tsv data/aliases.tsv data/organizations.tsv
var dataFS embed.FS

// Place levels, from the most to the least prominent.
const (
	levelCountry = iota + 1
	levelRegion
	levelCity
)

// place is a gazetteer entry for a named place.
type place struct {
	name    string // canonical name, such as "United States"
	country string // ISO 3166-1 alpha-2 code
	level   int
	pop     int // population of a city, 0 when unknown
}

// gazetteer holds the embedded word lists, read once and never changed.
type gazetteer struct {
	// classes holds the word lists of each listed lower-case word,
	// cCommon for the common English words.
	classes  map[string]class
	given    map[string]byte   // given name -> 'M', 'F' or 'U'
	rank     map[string]int    // given name -> rank by frequency, from 1
	places   map[string]place  // folded name -> place
	demonyms map[string]string // demonym ("Russian") -> country code
	orgs     map[string]string // folded name or acronym -> canonical name
	country  map[string]string // country code -> common name
	// names holds nameKnown for every folded place and organisation
	// name, and namePrefix for its first words before each space ("new"
	// and "new york" for "new york city"): a run whose first word is not
	// here names nothing known, nor does a run that goes on after a
	// space from words not here.
	names map[string]uint8
}

// gaz returns the gazetteer, loading it on first use.
var gaz = sync.OnceValue(loadGazetteer)

func loadGazetteer() *gazetteer {
	g := &gazetteer{
		given:    map[string]byte{},
		rank:     map[string]int{},
		places:   map[string]place{},
		demonyms: map[string]string{},
		orgs:     map[string]string{},
		country:  map[string]string{},
	}
	var common []string
	eachLine("data/words.txt", func(f []string) { common = append(common, f[0]) })
	g.classes = wordClasses(common)
	eachLine("data/givennames.tsv", func(f []string) {
		if len(f) > 1 && f[1] != "" {
			g.given[f[0]] = f[1][0]
			g.rank[f[0]] = len(g.rank) + 1
		}
	})
	eachLine("data/countries.tsv", func(f []string) {
		if len(f) < 5 {
			return
		}
		cc, name := f[0], f[1]
		g.country[cc] = name
		p := place{name: name, country: cc, level: levelCountry}
		g.addPlace(name, p)
		for _, a := range split(f[2]) {
			g.addPlace(a, p)
		}
		for _, d := range split(f[3]) {
			g.demonyms[d] = cc
		}
		// Language names double as adjectives of nationality ("English").
		if len(f) > 5 {
			for _, l := range split(f[5]) {
				if _, ok := g.demonyms[l]; !ok && !strings.Contains(l, " ") {
					g.demonyms[l] = cc
				}
			}
		}
	})
	var regionAliases [][]string
	eachLine("data/aliases.tsv", func(f []string) {
		if len(f) < 2 {
			return
		}
		if len(f) > 2 {
			regionAliases = append(regionAliases, f) // after the regions
			return
		}
		if name, ok := g.country[f[0]]; ok {
			g.addPlace(f[1], place{name: name, country: f[0], level: levelCountry})
		} else {
			g.addPlace(f[1], place{name: f[1], country: f[0], level: levelRegion})
		}
	})
	eachLine("data/regions.tsv", func(f []string) {
		if len(f) >= 2 {
			g.addPlace(f[0], place{name: f[0], country: f[1], level: levelRegion})
		}
	})
	for _, f := range regionAliases {
		if p, ok := g.places[fold(f[2])]; ok && p.level == levelRegion {
			g.addPlace(f[1], p)
		}
	}
	eachLine("data/cities.tsv", func(f []string) {
		if len(f) < 3 {
			return
		}
		pop, _ := strconv.Atoi(f[2])
		g.addPlace(f[0], place{name: f[0], country: f[1], level: levelCity, pop: pop})
	})
	eachLine("data/organizations.tsv", func(f []string) {
		if f[0] == "" {
			return // no canonical name
		}
		g.orgs[fold(f[0])] = f[0]
		if len(f) > 1 {
			for _, a := range split(f[1]) {
				g.orgs[fold(a)] = f[0]
			}
		}
	})
	g.names = make(map[string]uint8, 2*(len(g.places)+len(g.orgs)))
	for k := range g.places {
		g.addName(k)
	}
	for k := range g.orgs {
		g.addName(k)
	}
	return g
}

// The bits of gazetteer.names.
const (
	nameKnown  uint8 = 1 << iota // a place's or organisation's name
	namePrefix                   // the first words of one, before a space
)

// addName adds the folded name k to names.
func (g *gazetteer) addName(k string) {
	g.names[k] |= nameKnown
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			g.names[k[:i]] |= namePrefix
		}
	}
}

// addPlace adds a place under name unless a more prominent place (or, for
// two cities, a larger one) already has that name. A region whose name is
// a common English word ("North"), or a smaller city's ("Mobile"), is
// left out: its capital says too little.
func (g *gazetteer) addPlace(name string, p place) {
	k := fold(name)
	if k == "" || p.level == levelRegion && g.isWord(k) || p.level == levelCity && g.isWord(k) && p.pop < 250000 {
		return
	}
	if old, ok := g.places[k]; ok && (old.level < p.level || old.level == p.level && old.pop >= p.pop) {
		return
	}
	g.places[k] = p
}

// common reports whether w, lower-cased, is a common English word.
func (g *gazetteer) common(w string) bool { return g.isWord(strings.ToLower(w)) }

// isWord reports whether the lower-case w is a common English word.
func (g *gazetteer) isWord(w string) bool { return g.classes[w]&cCommon != 0 }

// eachLine calls f with the tab-separated fields of every line of an
// embedded file, skipping blank lines and "#" comments.
func eachLine(name string, f func([]string)) {
	file, err := dataFS.Open(name)
	if err != nil {
		panic("entity: missing embedded file " + name) // a build error, not input
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f(strings.Split(l, "\t"))
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
