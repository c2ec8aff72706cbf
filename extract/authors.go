package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Authors sets a.Authors to the people who wrote the article. The visible
// byline ("By A and B", near the headline) comes first, since it names the
// writers and not the photographers or contributors that the JSON-LD
// author list may add; then the JSON-LD article author (a name, a Person
// object, a reference to a Person elsewhere in the page's graph, or a list
// of these), then author <meta> elements, then other byline markup.
// A byline that shares no name with the JSON-LD authors belongs to
// another story and is passed over.
// Names are cleaned of "By", roles, dates and e-mail addresses, split at
// "and" and commas, and organisations, staff credits and the site name
// (or the publisher's short name, see publisher.names) are left out. On
// plain text it does nothing.
func Authors(d *article.Doc, a *article.Article) error {
	if !d.IsHTML() {
		return nil
	}
	site := pagePublisher(d, a)
	// The page is walked for bylines only as far as needed: most pages
	// name their writers in the first "By" byline.
	w := bylineWalk{root: d.HTML, next: d.HTML}
	var ld []string
	if art := ldArticle(d); art != nil {
		ld = cleanAuthors(ldPeople(d, art["author"], 0), site)
	}
	for i := 0; w.fill(i + 1); i++ {
		b := w.found[i]
		if !b.by {
			continue
		}
		// The bylines of a story's co-authors often stand side by side,
		// one "By" each. (The walk leaves b's parent for good at the
		// first byline outside it.)
		raw := splitNames(b.text)
		for j := i + 1; w.fill(j+1) && within(w.found[j].node, b.node.Parent); j++ {
			if o := w.found[j]; o.by {
				raw = append(raw, splitNames(o.text)...)
			}
		}
		names := cleanAuthors(raw, site)
		if len(ld) > 0 && len(common(names, ld)) == 0 {
			continue // another story's byline
		}
		if len(names) > 0 {
			a.Authors = names
			return nil
		}
	}
	if len(ld) > 0 {
		a.Authors = ld
		return nil
	}
	for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"} {
		var raw []string
		for _, v := range d.MetaAll(k) {
			raw = append(raw, splitNames(v)...)
		}
		if names := cleanAuthors(raw, site); len(names) > 0 {
			a.Authors = names
			return nil
		}
	}
	w.fill(maxBylines)
	for _, b := range w.found {
		if names := cleanAuthors(splitNames(b.text), site); len(names) > 0 {
			a.Authors = names
			return nil
		}
	}
	return nil
}

// common returns the names of a that are also in b (compared folded), in
// a's order and b's spelling.
func common(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if foldTitle(x) == foldTitle(y) {
				out = append(out, y)
				break
			}
		}
	}
	return out
}

// ldPeople returns the names in a JSON-LD author value, following @id
// references into the page's other JSON-LD objects and skipping
// organisations.
func ldPeople(d *article.Doc, v any, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldPeople(d, e, depth+1)...)
		}
		return out
	case map[string]any:
		if ts := ldTypes(t); len(ts) > 0 && !slices.ContainsFunc(ts, func(ty string) bool { return strings.EqualFold(ty, "person") }) {
			return nil
		}
		if _, ok := t["name"]; !ok {
			if id, ok := t["@id"].(string); ok {
				if o := ldByID(d, id); o != nil {
					return ldPeople(d, o, depth+1)
				}
			}
			return nil
		}
		return ldStrings(t["name"])
	case string:
		return splitNames(t)
	}
	return nil
}

// ldByID returns the page's JSON-LD object with the given @id that has a
// name, or nil.
func ldByID(d *article.Doc, id string) map[string]any {
	for _, o := range d.LD {
		if s, ok := o["@id"].(string); ok && s == id {
			if _, ok := o["name"]; ok {
				return o
			}
		}
	}
	return nil
}

// byline is the text of an element marked as a byline or author credit;
// by is set when it reads "By ...".
type byline struct {
	node *html.Node
	text string
	by   bool
}

// within reports whether n is p or lies under it.
func within(n, p *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == p {
			return true
		}
	}
	return false
}

// maxBylines bounds the byline candidates kept from one page.
const maxBylines = 20

// bylineWalk finds, in document order and only as far as asked, the
// first line of text of the elements whose class, id, itemprop or rel
// name an author or byline (up to maxBylines of them), leaving out author
// biographies and anything in navigation, asides and footers.
type bylineWalk struct {
	root, next *html.Node // next is the next node to visit, nil at the end
	found      []byline
}

// fill walks on until w.found holds n bylines, or the page or maxBylines
// is reached, and reports whether it holds n.
func (w *bylineWalk) fill(n int) bool {
	for len(w.found) < n && len(w.found) < maxBylines && w.next != nil {
		c := w.next
		descend := true
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Footer, atom.Head, atom.Noscript, atom.Template, atom.Svg:
				descend = false
			default:
				if isBylineElement(c) {
					if t := firstLine(c); t != "" && utf8.RuneCountInString(t) <= 200 {
						rest, by := cutBy(t)
						w.found = append(w.found, byline{node: c, text: rest, by: by})
					}
				}
			}
		}
		w.next = w.after(c, descend)
	}
	return len(w.found) >= n
}

// after returns the node visited after c in document order, c's
// children first if descend, or nil when the walk leaves w.root.
func (w *bylineWalk) after(c *html.Node, descend bool) *html.Node {
	if descend && c.FirstChild != nil {
		return c.FirstChild
	}
	for ; c != w.root; c = c.Parent {
		if c.NextSibling != nil {
			return c.NextSibling
		}
	}
	return nil
}

// isBylineElement reports whether n is marked as a byline or an author
// credit, and not as an author biography.
func isBylineElement(n *html.Node) bool {
	var marked bool
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			marked = marked || strings.EqualFold(a.Val, "author") || strings.EqualFold(a.Val, "creator")
		case "rel":
			marked = marked || strings.EqualFold(a.Val, "author")
		case "class", "id":
			if !namesAuthor(a.Val) {
				continue
			}
			for _, w := range []string{"bio", "about", "avatar", "image", "img", "photo"} {
				if containsFold(a.Val, w) {
					return false
				}
			}
			marked = true
		}
	}
	return marked
}

// namesAuthor reports whether v contains "author" or "byline", ignoring
// ASCII case, in one pass without allocating: most bytes are passed over
// by two lookups in authorPairs.
func namesAuthor(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if authorPairs.at(v, i) && (hasFoldAt(v, i, "author") || hasFoldAt(v, i, "byline")) {
			return true
		}
	}
	return false
}

// authorPairs holds the first two letters of "author" and "byline".
var authorPairs = newLetterPairs("author", "byline")

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case, without allocating.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	lo, up := sub[0], sub[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		// Only where the first letter matches: a match of the same byte
		// length with an ASCII sub must be ASCII there.
		if (s[i] == lo || s[i] == up) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// firstLine returns the first line of n's visible text: text up to the
// first block element boundary or <br> that follows some text, with white
// space collapsed.
func firstLine(n *html.Node) string {
	var b strings.Builder
	done := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Svg, atom.Button, atom.Noscript, atom.Template:
					continue
				case atom.Br, atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Time, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
					if strings.TrimSpace(b.String()) != "" && !endsWithBy(b.String()) {
						done = true
						return
					}
				}
				b.WriteByte(' ')
				visit(c)
				b.WriteByte(' ')
			}
		}
	}
	visit(n)
	return cleanSpace(b.String())
}

// endsWithBy reports whether s so far is only a "By" lead-in, whose name
// follows in the next element.
func endsWithBy(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "by" || s == "by:" || strings.HasSuffix(s, " by") || strings.HasSuffix(s, " by:")
}

// byRE matches the "By" that opens a byline, after an optional label such
// as "News" or "Opinion".
var byRE = regexp.MustCompile(`(?i)^(?:[\p{L}]+\s+){0,2}?(?:by|von|par|por|di|door|av|af)\s*:?\s+`)

// cutBy removes the "By" lead-in of a byline and reports whether there was
// one.
func cutBy(s string) (string, bool) {
	if !mayOpenWithBy(s) {
		return s, false
	}
	loc := byRE.FindStringIndex(s)
	if loc == nil {
		return s, false
	}
	lead := strings.ToLower(s[:loc[1]])
	for _, w := range creditWords {
		if strings.Contains(lead, w) {
			return s, false // "Photography by ...": a credit, not a byline
		}
	}
	return s[loc[1]:], true
}

// byWords are the words byRE takes for "by".
var byWords = []string{"by", "von", "par", "por", "di", "door", "av", "af"}

// mayOpenWithBy reports whether byRE may match s: one of byWords must
// start s or follow white space, in any ASCII case (no other letter
// folds to theirs). False spares the regexp.
func mayOpenWithBy(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && !(s[i-1] == ' ' || '\t' <= s[i-1] && s[i-1] <= '\r') {
			continue
		}
		for _, w := range byWords {
			if hasFoldAt(s, i, w) {
				return true
			}
		}
	}
	return false
}

// creditWords name the contributions that are not writing.
var creditWords = []string{"photo", "illustrat", "styl", "video", "edit", "review", "fact", "produc", "graphic", "art", "design", "translat", "interview"}

// bylineStops end the names part of a byline.
var bylineStops = regexp.MustCompile(`(?i)\s+(?:\||·|•|—|–|-|/)\s+|\s*\|\s*|\b(?:contributions? from|photograph(?:y|s)? by|photos? by|styled by|illustrations? by|edited by|additional reporting|published|updated|posted|last updated|last modified|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|link copied|follow)\b|\s+\d|\n`)

// splitNames cuts a byline or author string at the first role, date or
// separator and splits the rest into names at commas, semicolons and
// "and".
func splitNames(s string) []string {
	if loc := bylineStops.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	return strings.Split(nameJoins.Replace(s), ",")
}

// nameJoins turns the words and marks that join names into commas.
var nameJoins = strings.NewReplacer(" and ", ",", " And ", ",", " AND ", ",", " & ", ",", ";", ",", " with ", ",", " und ", ",", " et ", ",", " y ", ",")

// cleanAuthors turns raw names into a de-duplicated list of person
// names.
func cleanAuthors(raw []string, site publisher) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, r := range raw {
		name := cleanName(r)
		key := strings.ToLower(name)
		if name == "" || seen[key] || site.names(name) {
			continue
		}
		seen[key] = true
		out = append(out, name)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// notNameWords are words that mark a credit as an organisation, a staff
// credit or a role rather than a person (compared lower-case).
var notNameWords = map[string]bool{
	"staff": true, "reporter": true, "reporters": true, "writer": true, "writers": true, "correspondent": true,
	"editor": true, "editors": true, "editorial": true, "contributor": true, "contributing": true, "columnist": true,
	"officer": true, "director": true, "head": true, "team": true, "desk": true, "newsroom": true, "news": true,
	"daily": true, "journal": true, "gazette": true, "telegram": true, "tribune": true, "times": true, "post": true,
	"press": true, "media": true, "magazine": true, "today": true, "network": true, "radio": true, "tv": true,
	"television": true, "online": true, "agency": true, "agencies": true, "wire": true, "service": true,
	"university": true, "institute": true, "school": true, "college": true, "inc": true, "llc": true, "ltd": true,
	"group": true, "company": true, "associated": true, "reuters": true, "afp": true, "ap": true, "bureau": true,
	"sponsored": true, "partner": true, "admin": true, "administrator": true, "guest": true, "image": true,
	"images": true, "photo": true, "photos": true, "getty": true, "shutterstock": true, "courtesy": true,
	"comments": true, "comment": true, "share": true, "updated": true, "published": true, "posted": true,
	"journalist": true, "about": true, "by": true, "author": true, "authors": true, "social": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"oct": true, "nov": true, "dec": true,
}

// cleanName strips "By", a leading "@", trailing credits and surrounding
// punctuation from a name and title-cases an all-capitals one; it returns
// "" when what is left is not a person's name.
func cleanName(s string) string {
	s = cleanSpace(s)
	s, _ = cutBy(s)
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if i := strings.Index(s, " The "); i > 0 {
		s = s[:i] // "Jane Doe The Associated Press"
	}
	if s == "" || strings.ContainsAny(s, "@:/\\()[]{}#") || strings.ContainsFunc(s, unicode.IsDigit) || utf8.RuneCountInString(s) > 60 {
		return ""
	}
	words := strings.Fields(s)
	for i, w := range words {
		if notNameWords[strings.ToLower(strings.Trim(w, ".,"))] || strings.Contains(strings.ToLower(w), ".com") {
			// "Adam Sennott Globe Staff", "Jane Doe USA TODAY": a name
			// of two or more words, then a credit of two.
			if i < 3 {
				return ""
			}
			words = words[:i-1]
			break
		}
	}
	for i, w := range words {
		if i > 0 && endsName(w, i == len(words)-1) {
			words = words[:i]
			break
		}
	}
	s = strings.TrimRight(strings.Join(words, " "), ",;-")
	if len(words) > 5 || len(words) == 1 && (!strings.ContainsFunc(s, unicode.IsUpper) || utf8.RuneCountInString(s) < 3) {
		return ""
	}
	if len(words) == 1 && strings.Count(s, ".") > 0 {
		return "" // a user name such as "jane.doe"
	}
	if !strings.ContainsFunc(s, unicode.IsLower) {
		s = titleCase(s)
	}
	return s
}

// nameParticles are the lower-case words that may stand inside a name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "bin": true, "binti": true,
	"al": true, "el": true, "la": true, "le": true, "y": true, "e": true, "ibn": true, "zu": true,
}

// nameEnders are capitalised words that end the name part of a credit
// ("Jane Doe For The Daily Mail").
var nameEnders = map[string]bool{
	"for": true, "from": true, "in": true, "at": true, "on": true, "of": true, "is": true, "the": true,
}

// monthNames end a credit when they are its last word ("Jane Doe
// December"); elsewhere they may be names ("Laura May Randell").
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// endsName reports whether the word w, after the first word of a credit,
// is no longer part of the name: a lower-case word other than a particle,
// a word such as "For", or a month closing the credit.
func endsName(w string, last bool) bool {
	lw := strings.ToLower(strings.Trim(w, ".,"))
	if nameEnders[lw] || last && monthNames[lw] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !nameParticles[lw]
}

// titleCase turns "RALPH D. RUSSO" into "Ralph D. Russo".
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}
