package quoteeval

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsparse/newsparse/article"
)

// Kinds scored, in report order.
var kinds = []string{article.QuoteDirect, article.QuotePartial, article.QuoteIndirect}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c *prf) add(o prf) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// tally counts right answers out of n.
type tally struct{ ok, n int }

func (t *tally) add(o tally)  { t.ok += o.ok; t.n += o.n }
func (t tally) rate() float64 { return ratio(t.ok, t.n) }

// score is what scoring one or more articles found.
type score struct {
	byKind   map[string]*prf
	quoted   prf   // direct and partial together, kind confusions ignored
	speaker  tally // quotations found: resolved speaker right
	written  tally // quotations found: speaker as written right
	indirect tally // reported speech found: resolved speaker right
	none     tally // "none" annotations left without a speaker
	details  []string
}

func newScore() score {
	s := score{byKind: map[string]*prf{}}
	for _, k := range kinds {
		s.byKind[k] = &prf{}
	}
	return s
}

func (s *score) add(o score) {
	if s.byKind == nil {
		*s = newScore()
	}
	for k, c := range o.byKind {
		s.byKind[k].add(*c)
	}
	s.quoted.add(o.quoted)
	s.speaker.add(o.speaker)
	s.written.add(o.written)
	s.indirect.add(o.indirect)
	s.none.add(o.none)
}

// predicted is one extracted quote placed in the annotated text.
type predicted struct {
	q    article.Quote
	span [2]int // in the annotated text
	who  []string
}

func quotation(kind string) bool { return kind == article.QuoteDirect || kind == article.QuotePartial }

// overlaps reports whether two spans share at least half of the shorter.
func overlaps(a, b [2]int) bool {
	ov := min(a[1], b[1]) - max(a[0], b[0])
	short := min(a[1]-a[0], b[1]-b[0])
	return ov > 0 && 2*ov >= short
}

func overlap(a, b [2]int) int { return max(0, min(a[1], b[1])-max(a[0], b[0])) }

// scoreArticle matches the quotes of the parsed article a to the
// annotations of ea.
func scoreArticle(ea Article, a *article.Article) score {
	s := newScore()
	m := align(ea.Text, a.Text)
	names := map[string][]string{}
	for _, e := range a.Entities {
		names[e.ID] = append([]string{e.Name}, e.Aliases...)
	}
	var preds []predicted
	for _, q := range a.Quotes {
		p := predicted{q: q, span: [2]int{m[q.Span[0]], m[q.Span[1]]}}
		if sp := q.Speaker; sp != nil {
			p.who = append([]string{sp.Name}, names[sp.Entity]...)
		}
		preds = append(preds, p)
	}
	ann := ea.Quotes
	span := func(q Quote) [2]int { return [2]int{q.Start, q.End} }

	// Per kind, kind for kind.
	for _, k := range kinds {
		c := s.byKind[k]
		for _, q := range ann {
			if string(q.Kind) != k {
				continue
			}
			found := false
			for _, p := range preds {
				if p.q.Kind == k && overlaps(span(q), p.span) {
					found = true
					break
				}
			}
			if !found {
				c.fn++
			}
		}
		for _, p := range preds {
			if p.q.Kind != k {
				continue
			}
			switch match(ann, p, func(kind string) bool { return kind == k }) {
			case matched:
				c.tp++
			case unmatched:
				c.fp++
			}
		}
	}

	// Quotations together, with speakers.
	for _, q := range ann {
		switch {
		case quotation(string(q.Kind)):
			best := bestMatch(preds, span(q), quotation)
			if best == nil {
				s.quoted.fn++
				s.detail("MISS %-8s %q (%s)", q.Kind, clip(q.Text), q.Speaker)
				continue
			}
			s.judge(&s.speaker, &s.written, q, best)
		case q.Kind == article.QuoteIndirect:
			if best := bestMatch(preds, span(q), func(k string) bool { return k == article.QuoteIndirect }); best != nil {
				s.judge(&s.indirect, nil, q, best)
			} else {
				s.detail("MISS indirect %q (%s, %q)", clip(q.Text), q.Speaker, q.Cue)
			}
		case q.Kind == "none":
			s.none.n++
			// Only a prediction of about the annotation's size: a quote
			// nested in a direct quote is not predicted on its own.
			if best := bestMatch(preds, span(q), quotation); best == nil || best.q.Speaker == nil || best.span[1]-best.span[0] > 2*(q.End-q.Start)+4 {
				s.none.ok++
			} else {
				s.detail("FORCED none %q onto %s", clip(q.Text), best.q.Speaker.Name)
			}
		}
	}
	for _, p := range preds {
		if !quotation(p.q.Kind) {
			if match(ann, p, func(k string) bool { return k == p.q.Kind }) == unmatched {
				s.detail("FALSE %-8s %q (%s, %q)", p.q.Kind, clip(p.q.Text), who(p), p.q.Cue)
			}
			continue
		}
		switch match(ann, p, quotation) {
		case matched:
			s.quoted.tp++
		case unmatched:
			s.quoted.fp++
			s.detail("FALSE %-8s %q (%s)", p.q.Kind, clip(p.q.Text), who(p))
		}
	}
	return s
}

// judge scores the speaker of the prediction that best matches the
// annotation q.
func (s *score) judge(resolved, written *tally, q Quote, p *predicted) {
	resolved.n++
	if sameSpeaker(p.who, q.Speaker) {
		resolved.ok++
	} else {
		s.detail("SPEAKER %-8s %q: got %s, want %s", q.Kind, clip(q.Text), who(*p), q.Speaker)
	}
	if written != nil {
		written.n++
		as := q.SpeakerAsWritten
		if as == "" {
			as = q.Speaker
		}
		if p.q.Speaker != nil && sameSpeaker([]string{p.q.Speaker.Name}, as) || sameSpeaker(p.who, q.Speaker) {
			written.ok++
		}
	}
}

func who(p predicted) string {
	if len(p.who) == 0 {
		return "no speaker"
	}
	return strings.Join(p.who, " = ")
}

type matchResult int

const (
	matched matchResult = iota
	unmatched
	ignored // a speakerless quotation over a "none" annotation
)

// match tells whether prediction p matches an annotation whose kind ok
// accepts.
func match(ann []Quote, p predicted, ok func(string) bool) matchResult {
	for _, q := range ann {
		if ok(string(q.Kind)) && overlaps([2]int{q.Start, q.End}, p.span) {
			return matched
		}
	}
	if quotation(p.q.Kind) && p.q.Speaker == nil {
		for _, q := range ann {
			if q.Kind == "none" && overlaps([2]int{q.Start, q.End}, p.span) {
				return ignored
			}
		}
	}
	return unmatched
}

// bestMatch returns the prediction of an accepted kind that overlaps sp
// best (largest share of the two spans' union), or nil.
func bestMatch(preds []predicted, sp [2]int, ok func(string) bool) *predicted {
	var best *predicted
	bestScore := 0.0
	for i := range preds {
		p := &preds[i]
		if !ok(p.q.Kind) || !overlaps(sp, p.span) {
			continue
		}
		union := max(sp[1], p.span[1]) - min(sp[0], p.span[0])
		if score := float64(overlap(sp, p.span)) / float64(max(union, 1)); best == nil || score > bestScore {
			best, bestScore = p, score
		}
	}
	return best
}

// sameSpeaker reports whether one of the names equals want, or shares
// its last word, after folding case, apostrophes, a leading "the" and
// honorifics.
func sameSpeaker(names []string, want string) bool {
	w := fold(want)
	if w == "" {
		return false
	}
	for _, n := range names {
		f := fold(n)
		if f == "" {
			continue
		}
		if f == w || lastWord(f) == lastWord(w) {
			return true
		}
	}
	return false
}

func fold(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.TrimSuffix(s, "'s")
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	for len(f) > 1 {
		switch strings.TrimSuffix(f[0], ".") {
		case "the", "mr", "mrs", "ms", "dr", "sir", "dame":
			f = f[1:]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 70 {
		return s
	}
	r := []rune(s)
	return string(r[:67]) + "..."
}

func (s *score) detail(format string, args ...any) {
	s.details = append(s.details, fmt.Sprintf(format, args...))
}

func (s score) writeDetails(w io.Writer, key string) {
	if len(s.details) == 0 {
		return
	}
	fmt.Fprintf(w, "== %s\n", key)
	for _, d := range s.details {
		fmt.Fprintln(w, "  "+d)
	}
}

func (s score) write(w io.Writer, articles int) {
	fmt.Fprintf(w, "articles: %d\n\n", articles)
	fmt.Fprintf(w, "%-18s %9s %9s %5s %5s %5s\n", "kind", "precision", "recall", "tp", "fp", "fn")
	row := func(name string, c prf) {
		fmt.Fprintf(w, "%-18s %9.3f %9.3f %5d %5d %5d\n", name, c.precision(), c.recall(), c.tp, c.fp, c.fn)
	}
	for _, k := range kinds {
		row(k, *s.byKind[k])
	}
	row("direct+partial", s.quoted)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "speaker (resolved), quotations found:   %.3f (%d/%d)\n", s.speaker.rate(), s.speaker.ok, s.speaker.n)
	fmt.Fprintf(w, "speaker (as written), quotations found: %.3f (%d/%d)\n", s.written.rate(), s.written.ok, s.written.n)
	fmt.Fprintf(w, "speaker (resolved), reported found:     %.3f (%d/%d)\n", s.indirect.rate(), s.indirect.ok, s.indirect.n)
	fmt.Fprintf(w, "none left without speaker:              %.3f (%d/%d)\n", s.none.rate(), s.none.ok, s.none.n)
}
