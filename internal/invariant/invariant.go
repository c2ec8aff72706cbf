package invariant

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// Check returns every violation of the record invariants in a, or nil.
func Check(a *article.Article) []error {
	c := checker{text: a.Text}
	if !utf8.ValidString(a.Text) {
		c.fail("text is not valid UTF-8")
	}
	prev := -1
	for i, s := range a.Sections {
		c.span(fmt.Sprintf("sections[%d]", i), s.Span)
		if s.Span[0] < prev {
			c.fail("sections[%d] starts at %d, before the previous section", i, s.Span[0])
		}
		prev = s.Span[1]
		if s.Heading != "" && !strings.HasPrefix(s.Span.Of(a.Text), s.Heading) {
			c.fail("sections[%d]: span does not start with heading %q", i, s.Heading)
		}
		for j, p := range s.Paragraphs {
			c.slice(fmt.Sprintf("sections[%d].paragraphs[%d]", i, j), p.Span, p.Text)
			if p.Span[0] < s.Span[0] || p.Span[1] > s.Span[1] {
				c.fail("sections[%d].paragraphs[%d] lies outside its section", i, j)
			}
		}
	}
	ids := map[string]bool{}
	for i, e := range a.Entities {
		ids[e.ID] = true
		for j, m := range e.Mentions {
			c.span(fmt.Sprintf("entities[%d].mentions[%d]", i, j), m)
			if j > 0 && m[0] < e.Mentions[j-1][0] {
				c.fail("entities[%d].mentions are not sorted", i)
			}
		}
		if i > 0 && len(e.Mentions) > 0 && len(a.Entities[i-1].Mentions) > 0 && e.Mentions[0][0] < a.Entities[i-1].Mentions[0][0] {
			c.fail("entities[%d] is mentioned first before entities[%d]", i, i-1)
		}
	}
	prev = -1
	for i, q := range a.Quotes {
		name := fmt.Sprintf("quotes[%d]", i)
		c.slice(name, q.Span, q.Text)
		if q.Span[0] < prev {
			c.fail("%s is not sorted by start", name)
		}
		prev = q.Span[0]
		if s := q.Speaker; s != nil {
			if s.Span != (article.Span{}) {
				c.slice(name+".speaker", s.Span, s.Name)
			}
			if s.Entity != "" && !ids[s.Entity] {
				c.fail("%s.speaker.entity %q is not an entity of the record", name, s.Entity)
			}
		}
	}
	prev = -1
	for i, f := range a.Facts {
		name := fmt.Sprintf("facts[%d]", i)
		c.slice(name, f.Span, f.Text)
		if f.Span[0] < prev {
			c.fail("%s is not sorted by start", name)
		}
		prev = f.Span[0]
	}
	for field, tags := range map[string][]article.Tag{"hashtags": a.Hashtags, "mentions": a.Mentions, "cashtags": a.Cashtags} {
		prev = -1
		for i, t := range tags {
			if t.Span == (article.Span{}) {
				continue
			}
			name := fmt.Sprintf("%s[%d]", field, i)
			c.span(name, t.Span)
			if !strings.HasSuffix(t.Span.Of(a.Text), t.Tag) {
				c.fail("%s: span covers %q, not the tag %q", name, t.Span.Of(a.Text), t.Tag)
			}
			if t.Span[0] < prev {
				c.fail("%s is not sorted by start", name)
			}
			prev = t.Span[0]
		}
	}
	for i, d := range a.Diagnostics {
		if d.Span != (article.Span{}) {
			c.span(fmt.Sprintf("diagnostics[%d]", i), d.Span)
		}
	}
	return c.errs
}

type checker struct {
	text string
	errs []error
}

func (c *checker) fail(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf(format, args...))
}

func (c *checker) span(name string, s article.Span) {
	if !s.In(len(c.text)) {
		c.fail("%s: span %v does not lie in text of %d bytes", name, s, len(c.text))
		return
	}
	if !utf8.ValidString(s.Of(c.text)) {
		c.fail("%s: span %v cuts a UTF-8 sequence", name, s)
	}
}

func (c *checker) slice(name string, s article.Span, want string) {
	c.span(name, s)
	if got := s.Of(c.text); s.In(len(c.text)) && got != want {
		c.fail("%s: span %v slices to %q, not %q", name, s, got, want)
	}
}
