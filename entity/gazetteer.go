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
	// words holds, under one key, the classes of every listed lower-case
	// word (cCommon for the common English words), the sex of every given
	// name written in title case ("Mary"), under its lower-case form, and
	// the places, organisations and names bits of every folded name.
	words *factTable
	// lists holds the classes but cCommon of the words on the short
	// lists: a map small enough to stay in the processor's cache.
	lists     *wordLists
	placeList []place  // the places that words indexes
	orgNames  []string // the canonical organisation names that words indexes
	// givenOther holds the given names not written in title case, with
	// their sex letters: none in the embedded data.
	givenOther map[string]byte
	rank       map[string]int    // given name -> rank by frequency, from 1
	demonyms   map[string]string // demonym ("Russian") -> country code
	country    map[string]string // country code -> common name
}

// gazLoad holds the word lists while loadGazetteer reads them.
type gazLoad struct {
	classes map[string]class  // lower-case word -> its classes
	given   map[string]byte   // given name -> 'M', 'F' or 'U'
	places  map[string]place  // folded name -> place
	orgs    map[string]string // folded name or acronym -> canonical name
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
		rank:     map[string]int{},
		demonyms: map[string]string{},
		country:  map[string]string{},
	}
	l := &gazLoad{
		given:  map[string]byte{},
		places: map[string]place{},
		orgs:   map[string]string{},
	}
	var common []string
	eachLine("data/words.txt", func(f []string) { common = append(common, f[0]) })
	l.classes = wordClasses(common)
	eachLine("data/givennames.tsv", func(f []string) {
		if len(f) > 1 && f[1] != "" {
			l.given[f[0]] = f[1][0]
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
		l.addPlace(name, p)
		for _, a := range split(f[2]) {
			l.addPlace(a, p)
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
			l.addPlace(f[1], place{name: name, country: f[0], level: levelCountry})
		} else {
			l.addPlace(f[1], place{name: f[1], country: f[0], level: levelRegion})
		}
	})
	eachLine("data/regions.tsv", func(f []string) {
		if len(f) >= 2 {
			l.addPlace(f[0], place{name: f[0], country: f[1], level: levelRegion})
		}
	})
	for _, f := range regionAliases {
		if p, ok := l.places[fold(f[2])]; ok && p.level == levelRegion {
			l.addPlace(f[1], p)
		}
	}
	eachLine("data/cities.tsv", func(f []string) {
		if len(f) < 3 {
			return
		}
		pop, _ := strconv.Atoi(f[2])
		l.addPlace(f[0], place{name: f[0], country: f[1], level: levelCity, pop: pop})
	})
	eachLine("data/organizations.tsv", func(f []string) {
		if f[0] == "" {
			return // no canonical name
		}
		l.orgs[fold(f[0])] = f[0]
		if len(f) > 1 {
			for _, a := range split(f[1]) {
				l.orgs[fold(a)] = f[0]
			}
		}
	})
	l.names = make(map[string]uint8, 2*(len(l.places)+len(l.orgs)))
	for k := range l.places {
		l.addName(k)
	}
	for k := range l.orgs {
		l.addName(k)
	}
	g.fill(l)
	return g
}

// fill builds g's word table from the lists l read.
func (g *gazetteer) fill(l *gazLoad) {
	facts := make(map[string]*wordFacts, len(l.classes)+len(l.given)+len(l.names))
	at := func(k string) *wordFacts {
		f := facts[k]
		if f == nil {
			f = new(wordFacts)
			facts[k] = f
		}
		return f
	}
	g.lists = newWordLists(l.classes)
	for k, c := range l.classes {
		at(k).cls = c
	}
	for k, s := range l.given {
		if titleASCII(k) {
			f := at(strings.ToLower(k))
			f.sex, f.rank = s, rankOf(g.rank[k])
		} else {
			if g.givenOther == nil {
				g.givenOther = map[string]byte{}
			}
			g.givenOther[k] = s
		}
	}
	for k, p := range l.places {
		g.placeList = append(g.placeList, p)
		at(k).place = int32(len(g.placeList))
	}
	orgIndex := map[string]uint16{}
	for k, o := range l.orgs {
		i, ok := orgIndex[o]
		if !ok {
			g.orgNames = append(g.orgNames, o)
			i = uint16(len(g.orgNames))
			orgIndex[o] = i
		}
		at(k).org = i
	}
	for k, b := range l.names {
		at(k).name = b
	}
	g.words = newFactTable(facts)
}

// The bits of gazLoad.names and wordFacts.name.
const (
	nameKnown  uint8 = 1 << iota // a place's or organisation's name
	namePrefix                   // the first words of one, before a space
)

// addName adds the folded name k to names.
func (l *gazLoad) addName(k string) {
	l.names[k] |= nameKnown
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			l.names[k[:i]] |= namePrefix
		}
	}
}

// addPlace adds a place under name unless a more prominent place (or, for
// two cities, a larger one) already has that name. A region whose name is
// a common English word ("North"), or a smaller city's ("Mobile"), is
// left out: its capital says too little.
func (l *gazLoad) addPlace(name string, p place) {
	k := fold(name)
	isWord := l.classes[k]&cCommon != 0
	if k == "" || p.level == levelRegion && isWord || p.level == levelCity && isWord && p.pop < 250000 {
		return
	}
	if old, ok := l.places[k]; ok && (old.level < p.level || old.level == p.level && old.pop >= p.pop) {
		return
	}
	l.places[k] = p
}

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
