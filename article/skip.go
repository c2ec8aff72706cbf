package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipAlways reports whether an element never holds article text: code,
// styling, media, navigation, forms and hidden elements.
func skipAlways(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer,
		atom.Aside, atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Input,
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
			case "navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "search":
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// boilerWords are class and id fragments that mark page furniture inside
// an article container.
var boilerWords = []string{
	"share", "social", "related", "newsletter", "subscribe", "comment", "advert",
	"promo", "cookie", "breadcrumb", "sidebar", "recommend", "popup", "modal",
	"signup", "sign-up", "paywall", "outbrain", "taboola", "read-more", "readmore",
	"more-stories", "author-bio", "byline", "toolbar", "sponsor",
}

// isBoilerplate reports whether an element inside the content area is
// page furniture by its class or id.
func isBoilerplate(n *html.Node) bool {
	if n.DataAtom == atom.Header {
		return true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range boilerWords {
			if strings.Contains(v, w) {
				return true
			}
		}
		if hasToken(v, "ad") || hasToken(v, "ads") {
			return true
		}
	}
	return false
}

// hasToken reports whether w is one of the space- or dash-separated words
// of v.
func hasToken(v, w string) bool {
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == w {
			return true
		}
	}
	return false
}
