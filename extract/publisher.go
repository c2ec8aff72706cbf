package extract

import (
	"net/url"
	"strings"

	"github.com/newsparse/newsparse/article"
)

// publisher is what a page says of who publishes it, folded (see
// foldTitle): an author credit that names it is not a person.
type publisher struct {
	site   string   // the site name
	labels []string // the labels of the page's host name but the last ("www" left out)
}

// pagePublisher reads the publisher of a page from its site name and
// the host of its URL (a's, set by Metadata, else d's).
func pagePublisher(d *article.Doc, a *article.Article) publisher {
	p := publisher{site: foldTitle(siteName(d))}
	raw := a.URL
	if raw == "" {
		raw = d.URL
	}
	if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
		labels := strings.Split(strings.ToLower(u.Hostname()), ".")
		for _, l := range labels[:len(labels)-1] {
			if l != "www" && l != "" {
				p.labels = append(p.labels, l)
			}
		}
	}
	return p
}

// names reports whether the credit name names the publisher: it is the
// site name, holds it, or is both the start of the site name and a label
// of the host ("Business Insider" on businessinsider.de, whose site is
// "Business Insider Deutschland"; "CNN" on edition.cnn.com, site "CNN
// International"). A person's own site named after them ("Jane Doe
// Photography" on janedoe.com) is caught too; news sites are rarely such.
func (p publisher) names(name string) bool {
	if p.site == "" {
		return false
	}
	f := foldTitle(name)
	if f == p.site || strings.Contains(f, p.site) {
		return true
	}
	if f == "" || !strings.HasPrefix(p.site, f) {
		return false
	}
	for _, l := range p.labels {
		if l == f {
			return true
		}
	}
	return false
}
