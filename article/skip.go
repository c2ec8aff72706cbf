package article

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipAlways reports whether an element never holds article text: code,
// styling, media, navigation, controls and elements hidden by attribute.
// (Elements hidden by an inline style are not skipped: paywalled pages
// hide the rest of the article that way; see analysis.visit.)
func skipAlways(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer,
		atom.Aside, atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Label,
		atom.Iframe, atom.Svg, atom.Math, atom.Canvas, atom.Video, atom.Audio,
		atom.Object, atom.Embed, atom.Head, atom.Title, atom.Dialog, atom.Menu:
		return true
	}
	if n.DataAtom == 0 && (n.Data == "svg" || n.Data == "math") {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			switch a.Val {
			case "navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "search", "alert":
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides its element.
func hiddenStyle(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= utf8.RuneSelf {
			// Unicode lower-casing may make ASCII letters ("İ" to "i").
			v = strings.ReplaceAll(strings.ToLower(v), " ", "")
			return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
		}
	}
	return v != "" && (hasDeclaration(v, "display:none") || hasDeclaration(v, "visibility:hidden"))
}

// hasDeclaration reports whether style holds decl (lower-case ASCII, no
// spaces) when its spaces are dropped and its ASCII letters lower-cased,
// without building that string.
func hasDeclaration(style, decl string) bool {
	for i := 0; i < len(style); i++ {
		if style[i] == ' ' {
			continue
		}
		j, k := i, 0
		for j < len(style) && k < len(decl) {
			c := style[j]
			if c == ' ' {
				j++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != decl[k] {
				break
			}
			j++
			k++
		}
		if k == len(decl) {
			return true
		}
	}
	return false
}

// boilerKind says how surely a class or id marks page furniture.
type boilerKind uint8

const (
	boilerNone boilerKind = iota
	// boilerWeak names furniture that sits around articles (share bars,
	// related links, cookie boxes, bylines, captions), but also appears in
	// the class lists of article containers ("has-share-bar"); it is
	// ignored on a subtree holding the article's landmarks or most of the
	// page's prose (see analysis.dropFurniture).
	boilerWeak
	// boilerStrong names furniture that is never the article however much
	// prose it holds: comment threads. It is ignored only on a subtree
	// holding the headline or a declared body.
	boilerStrong
)

// strongWords and weakWords are class and id fragments (lower case) that
// mark page furniture; strongTokens and weakTokens must be whole words of
// the class or id (split at spaces, "-" and "_").
var (
	strongWords  = []string{"disqus", "livefyre", "openweb"}
	strongTokens = []string{"comment", "comments", "commentlist", "respond", "replies"}
	weakWords    = []string{
		"cookie", "consent", "gdpr", "newsletter", "outbrain", "taboola", "popup", "modal", "recirc",
		"share", "sharing", "social", "related", "subscribe", "promo", "breadcrumb", "sidebar",
		"recommend", "signup", "sign-up", "read-more", "readmore", "more-stories", "author-bio",
		"authorbio", "author-box", "byline", "toolbar", "sponsor", "advert",
		"trending", "most-popular", "mostpopular", "most-read", "mostread", "paid-content",
		"follow-us", "print-only", "inline-ad", "ad-container", "ad-slot", "adslot", "adunit",
		"dfp", "tags", "tag-list", "taglist", "post-meta", "entry-meta", "article-meta", "caption",
		"credit", "timestamp", "dateline", "pagination", "pager", "next-article", "prev-next",
		"widget", "footer", "bottom-of-article", "skip-link", "visually-hidden", "sr-only", "screen-reader",
	}
	weakTokens = []string{
		"ad", "ads", "banner", "tag", "meta", "date", "time", "author", "rail", "print", "support",
		"donate", "donation", "contribute", "contribution", "membership", "dek", "abstract", "excerpt",
		"subtitle", "standfirst", "strapline", "kicker",
	}
)

// boilerplateKind reads an element's class, id and type of element,
// looking attribute values up in cache first (pages repeat their class
// names, so each distinct value is judged once).
func boilerplateKind(n *html.Node, cache map[string]boilerKind) boilerKind {
	kind := boilerNone
	if n.DataAtom == atom.Form {
		kind = boilerWeak
	}
	for _, a := range n.Attr {
		if a.Val == "" || a.Key != "class" && a.Key != "id" && a.Key != "data-component" && a.Key != "data-testid" {
			continue
		}
		k, ok := cache[a.Val]
		if !ok {
			k = classKind(a.Val)
			cache[a.Val] = k
		}
		kind = max(kind, k)
	}
	return kind
}

// The word lists as sets, built once: classKind runs on every distinct
// class and id of a page.
var (
	weakWordSet  = newPhraseSet(weakWords...)
	classWordSet = newPhraseSet(append(slices.Clone(strongWords), weakWords...)...)
	tokenKinds   = newTokenTable()
)

// tokenTable maps a whole class word of strongTokens or weakTokens to its
// kind: an open-addressed table probed from a hash of the word's length
// and end bytes, cheaper than a map for the many class words of a page
// that are none of them. It is built once and never changed.
type tokenTable struct {
	words [128]string
	kinds [128]boilerKind
}

// newTokenTable returns the table of strongTokens and weakTokens.
func newTokenTable() *tokenTable {
	t := &tokenTable{}
	add := func(w string, k boilerKind) {
		i := tokenSlot(w)
		for t.words[i] != "" && t.words[i] != w {
			i = (i + 1) % len(t.words)
		}
		t.words[i], t.kinds[i] = w, k
	}
	for _, w := range weakTokens {
		add(w, boilerWeak)
	}
	for _, w := range strongTokens {
		add(w, boilerStrong)
	}
	return t
}

// tokenSlot is where w's probe starts; w is not empty.
func tokenSlot(w string) int {
	return int(uint(len(w))*0x9E3779B1^uint(w[0])*31^uint(w[len(w)-1])*7) % 128
}

// kind returns the kind of the class word w (not empty), boilerNone for a
// word of neither list.
func (t *tokenTable) kind(w string) boilerKind {
	for i := tokenSlot(w); t.words[i] != ""; i = (i + 1) % len(t.words) {
		if t.words[i] == w {
			return t.kinds[i]
		}
	}
	return boilerNone
}

// classKind judges one class, id or component name.
func classKind(v string) boilerKind {
	v = strings.ToLower(v)
	// One scan finds the strong and the weak words.
	var strong, weakWord bool
	classWordSet.each(v, func(p string) bool {
		if slices.Contains(strongWords, p) {
			strong = true
			return false
		}
		weakWord = true
		return true
	})
	if strong {
		return boilerStrong
	}
	var weak bool
	for start, i := 0, 0; i <= len(v); i++ {
		if i < len(v) && !isClassSep(rune(v[i])) {
			continue
		}
		if i > start {
			switch tokenKinds.kind(v[start:i]) {
			case boilerStrong:
				return boilerStrong
			case boilerWeak:
				weak = true
			}
		}
		start = i + 1
	}
	if weak {
		return boilerWeak
	}
	// "subscriber-only" and "subscriber-preview" hold the article of
	// paywalled pages; "subscribe" boxes are furniture.
	if strings.Contains(v, "subscriber") {
		weakWord = weakWordSet.in(strings.ReplaceAll(v, "subscriber", ""))
	}
	if weakWord {
		return boilerWeak
	}
	return boilerNone
}

func isClassSep(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' }

// containsFold reports whether s contains the lower-case ASCII string sub,
// ignoring ASCII case.
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
