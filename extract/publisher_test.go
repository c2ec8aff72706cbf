package extract

import "testing"

func TestPublisherNames(t *testing.T) {
	bi := publisher{site: foldTitle("Business Insider Deutschland"), labels: []string{"businessinsider"}}
	cnn := publisher{site: foldTitle("CNN International"), labels: []string{"edition", "cnn"}}
	noHost := publisher{site: foldTitle("Business Insider Deutschland")}
	for _, c := range []struct {
		p    publisher
		name string
		want bool
	}{
		{bi, "Business Insider", true},                      // start of the site name and the host's label
		{bi, "Business Insider Deutschland", true},          // the site name
		{bi, "Charlie Wood", false},                         // a person
		{bi, "Business", false},                             // start of the site name, not the host's label
		{cnn, "CNN", true},                                  // a label of a host with a subdomain
		{cnn, "Edition", false},                             // a label, but not the start of the site name
		{noHost, "Business Insider", false},                 // no host to confirm it
		{publisher{}, "Business Insider", false},            // no site name
		{bi, "Staff of Business Insider Deutschland", true}, // holds the site name
	} {
		if got := c.p.names(c.name); got != c.want {
			t.Errorf("%+v names %q = %v, want %v", c.p, c.name, got, c.want)
		}
	}
}
