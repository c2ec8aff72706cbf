package extract

import (
	"sort"
	"strings"

	"github.com/newsparse/newsparse/article"
	"github.com/newsparse/newsparse/entity"
)

// This file resolves speakers that refer back without a name: a title or
// role noun ("the prime minister", "the executive"), an organisation noun
// ("the company", "the union"), and the sex and number that a pronoun
// speaker must agree with ("she" is not the man named last; "their
// statement" is the pair just named).

// orgNouns name an organisation by what it is: "the company said".
var orgNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "union": true, "agency": true, "ministry": true,
	"department": true, "council": true, "board": true, "club": true, "team": true,
	"university": true, "school": true, "college": true, "bank": true, "lender": true,
	"airline": true, "carmaker": true, "automaker": true, "startup": true, "start-up": true,
	"nonprofit": true, "charity": true, "organization": true, "organisation": true,
	"party": true, "network": true, "broadcaster": true, "newspaper": true, "league": true,
	"conference": true, "retailer": true, "insurer": true, "regulator": true, "watchdog": true,
	"manufacturer": true, "developer": true, "publisher": true, "association": true,
	"federation": true, "institute": true, "foundation": true, "campaign": true,
}

// genericTitles name a person by a kind of office that covers many
// titles: "the executive" may be the company's chief people officer,
// "the official" any office-holder, so a title of the person does not
// rule them out.
var genericTitles = map[string]bool{
	"executive": true, "official": true, "officer": true, "leader": true, "lawmaker": true,
	"legislator": true, "aide": true, "politician": true, "diplomat": true, "boss": true,
}

// description reads a speaker named by a definite description: "the"
// and at most two more words ending in a title ("the prime minister") or
// an organisation noun ("the company"). It returns the entity kind the
// description names and its head noun, or "" when it is none.
func description(name string) (kind, head string) {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'")))
	if len(f) < 2 || len(f) > 3 || f[0] != "the" {
		return "", ""
	}
	head = f[len(f)-1]
	for _, w := range f[1 : len(f)-1] {
		if strings.HasSuffix(w, "'s") {
			return "", "" // "the company's chief executive": titled's job
		}
	}
	switch {
	case orgNouns[head]:
		return article.EntityOrganization, head
	case lowerTitles()[head]:
		return article.EntityPerson, head
	}
	return "", ""
}

// described returns the entity a speaker named by a description refers
// to, or -1. An organisation noun takes the organisation last named with
// that word in its name ("the union" after "the Graduate Students
// Union"); else, like a title, the speaker of that kind last named in
// this paragraph or the one before, or failing that the entity of that
// kind that last opened a sentence there ("Acme Corp. said …. The
// company also said"). A title other than a generic one ("the
// executive") passes over people given another title.
func (r *resolver) described(sp *article.Speaker) int {
	kind, head := description(sp.Name)
	if kind == "" || sp.Role != "" {
		return -1 // an apposition introduces a new referent: "The Foundation, one of Musk’s charities"
	}
	at := sp.Span[0]
	if kind == article.EntityOrganization {
		if e := r.orgNamed(head, at); e >= 0 {
			return e
		}
	}
	fits := func(e int) bool {
		x := r.a.Entities[e]
		if x.Kind != kind && !(kind == article.EntityOrganization && x.Kind == article.EntityOther) {
			return false // (a company is often taken for "other")
		}
		return kind != article.EntityPerson || genericTitles[head] || !r.otherTitle(e, head)
	}
	if kind == article.EntityOrganization || genericTitles[head] {
		n := sort.Search(len(r.speakers), func(i int) bool { return r.speakers[i].span[0] >= at })
		for k := n - 1; k >= 0 && n-k <= maxPronounReach; k-- {
			s := r.speakers[k]
			if !r.near(s.span[1], at) {
				break
			}
			if fits(s.ent) {
				return s.ent
			}
		}
	}
	end := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span[0] >= at })
	for k := end - 1; k >= 0 && end-k <= maxPronounReach; k-- {
		m := r.ms[k]
		if !r.near(m.span[1], at) {
			break
		}
		if fits(m.ent) && r.opensSentence(m.span) && !inQuotation(r.qs, m.span) {
			return m.ent
		}
	}
	return -1
}

// orgNamed returns the organisation with the word noun in its name
// mentioned last before offset at, or -1.
func (r *resolver) orgNamed(noun string, at int) int {
	end := sort.Search(len(r.ms), func(i int) bool { return r.ms[i].span[0] >= at })
	for k := end - 1; k >= 0 && end-k <= maxPronounReach; k-- {
		m := r.ms[k]
		if r.a.Entities[m.ent].Kind != article.EntityOrganization {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(r.a.Entities[m.ent].Name), notLetter) {
			if w == noun {
				return m.ent
			}
		}
	}
	return -1
}

func notLetter(c rune) bool { return !('a' <= c && c <= 'z') && c < 0x80 }

// otherTitle reports whether person e holds a title whose head is not
// head: "Home Secretary James Cleverly" is not "the prime minister".
func (r *resolver) otherTitle(e int, head string) bool {
	r.index()
	for _, ro := range r.roles {
		if ro.ent == e && lowerTitles()[lastWord(ro.role)] && lastWord(ro.role) != head {
			return true
		}
	}
	return false
}

// near reports whether offset from lies in the paragraph of offset at or
// the one before it.
func (r *resolver) near(from, at int) bool {
	if from > at || at-from > 2*maxParagraphBytes {
		return false
	}
	return strings.Count(r.a.Text[from:at], "\n\n") <= 1
}

// opensSentence reports whether the mention at s opens its sentence or
// clause, where subjects stand: nothing before it in the sentence but
// capitalised words (a title: "Prime Minister", "Alibaba’s") or a phrase
// closed by a comma ("Last summer, Running Tide sold").
func (r *resolver) opensSentence(s article.Span) bool {
	i := sort.Search(len(r.sentences), func(i int) bool { return r.sentences[i][0] > s[0] }) - 1
	start := 0
	if i >= 0 {
		start = r.sentences[i][0]
	}
	if s[0]-start > maxParagraphBytes {
		return false
	}
	before := strings.TrimSpace(r.a.Text[start:s[0]])
	if before == "" || strings.HasSuffix(before, ",") {
		return true
	}
	for _, w := range strings.Fields(before) {
		if w != "of" && w != "the" && w != "for" && !titleLike(w) {
			return false
		}
	}
	return true
}

// pronounSex returns 'M' for "he" forms, 'F' for "she" forms, else 0.
func pronounSex(p string) byte {
	switch strings.ToLower(p) {
	case "he", "his", "him":
		return 'M'
	case "she", "her", "hers":
		return 'F'
	}
	return 0
}

// sexOf returns 'M', 'F' or 0 for entity e: what the text said of it
// before (an honorific, a pronoun resolved to it), else its given name
// or roles.
func (r *resolver) sexOf(e int) byte {
	if r.sex == nil {
		r.sex = make([]byte, len(r.a.Entities))
		for i, x := range r.a.Entities {
			r.sex[i] = entity.Sex(x)
		}
		// The text's own words win over the name list: an honorific
		// ("Ms Nandy"), else the pronouns that follow the person's
		// mentions ("Hawk Sawyer said she …"), when they all agree.
		said := make([]byte, len(r.a.Entities))
		for k, m := range r.ms {
			if r.a.Entities[m.ent].Kind != article.EntityPerson {
				continue
			}
			if s := honorificSex(r.a.Text[max(0, m.span[0]-6):m.span[0]]); s != 0 {
				r.sex[m.ent] = s
				said[m.ent] = 'H'
				continue
			}
			next := len(r.a.Text)
			if k+1 < len(r.ms) {
				next = r.ms[k+1].span[0]
			}
			if s := r.pronounAfter(m.span[1], next); s != 0 && said[m.ent] != 'H' {
				if said[m.ent] == 0 || said[m.ent] == s {
					said[m.ent] = s
				} else {
					said[m.ent] = 'X' // both: the pronouns refer to others
				}
			}
		}
		for i, s := range said {
			if s == 'M' || s == 'F' {
				r.sex[i] = s
			}
		}
	}
	return r.sex[e]
}

// maxPronounGap bounds the bytes after a mention searched for the
// pronoun that refers back to it.
const maxPronounGap = 120

// pronounAfter returns the sex that the first personal pronoun after
// offset from says, when it stands in the same sentence before offset
// next and within maxPronounGap bytes: 'M' for "he", "his", "him", 'F'
// for "she", "her", or 0.
func (r *resolver) pronounAfter(from, next int) byte {
	end := min(next, from+maxPronounGap, len(r.a.Text))
	i := sort.Search(len(r.sentences), func(i int) bool { return r.sentences[i][1] > from })
	if i < len(r.sentences) {
		end = min(end, r.sentences[i][1])
	}
	for _, w := range strings.FieldsFunc(r.a.Text[min(from, end):end], notLetter) {
		switch w {
		case "he", "his", "him", "himself":
			return 'M'
		case "she", "her", "hers", "herself":
			return 'F'
		}
	}
	return 0
}

// honorificSex returns the sex that an honorific ending before says:
// "Mr ", "Mrs. ", "Ms ", or 0.
func honorificSex(before string) byte {
	f := strings.Fields(before)
	if len(f) == 0 || !strings.HasSuffix(before, " ") {
		return 0
	}
	switch strings.TrimSuffix(f[len(f)-1], ".") {
	case "Mr", "Sir", "Lord":
		return 'M'
	case "Mrs", "Ms", "Miss", "Dame", "Lady":
		return 'F'
	}
	return 0
}

// agrees reports whether entity e can be referred to by a pronoun of
// sex want ('M', 'F' or 0 for any).
func (r *resolver) agrees(e int, want byte) bool {
	if want == 0 || r.a.Entities[e].Kind != article.EntityPerson {
		return true
	}
	s := r.sexOf(e)
	return s == 0 || s == want
}

// learnSex records the sex that a pronoun resolved to person e says.
func (r *resolver) learnSex(e int, pronoun string) {
	if s := pronounSex(pronoun); s != 0 && r.a.Entities[e].Kind == article.EntityPerson && r.sexOf(e) == 0 {
		r.sex[e] = s
	}
}

// plural returns the entity of the coordinated speaker ("Jim Phillips
// and Jim Ryan said") that "they" or "their" at sp refers to: the last
// one named in this paragraph or the one before, with no other speaker
// between. It returns -1 when there is none.
func (r *resolver) plural(sp *article.Speaker) int {
	at := sp.Span[0]
	n := sort.Search(len(r.speakers), func(i int) bool { return r.speakers[i].span[0] >= at })
	if n == 0 {
		return -1
	}
	s := r.speakers[n-1]
	if !r.near(s.span[1], at) || !coordinated(s.span.Of(r.a.Text)) {
		return -1
	}
	return s.ent
}

// coordinated reports whether a speaker's name joins two or more names:
// "Jim Phillips and Jim Ryan".
func coordinated(name string) bool {
	return strings.Contains(name, " and ") || strings.Contains(name, " & ")
}
