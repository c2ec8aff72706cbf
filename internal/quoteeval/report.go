package quoteeval

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsparse/newsparse"
)

// Report scores newsparse's quotes on every annotated article of dir
// and writes the report to w: precision and recall per kind, for direct
// and partial quotations together, and speaker accuracy over the
// quotations found (a speaker is right when its name, or its entity's
// name, equals the annotated speaker or shares its last word,
// case-insensitively). verbose lists every miss, false alarm and wrong
// speaker. standIn fills the entities from the annotated speakers' names
// before Quotes runs, to measure speaker resolution apart from entity
// recognition.
func Report(w io.Writer, dir string, verbose, standIn bool) error {
	arts, err := Load(dir)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("no annotated articles (KEY.json with KEY.txt) in %s", dir)
	}
	var total score
	for _, ea := range arts {
		p := newsparse.NewParser()
		if standIn {
			// Entities go just before the last extractor, Quotes.
			n := len(p.Extractors)
			p.Extractors = append(p.Extractors[:n-1:n-1], nameEntities(ea), p.Extractors[n-1])
		}
		a, err := p.ParseText(strings.NewReader(ea.Text))
		if err != nil {
			return fmt.Errorf("%s: %w", ea.Key, err)
		}
		s := scoreArticle(ea, a)
		if verbose {
			s.writeDetails(w, ea.Key)
		}
		total.add(s)
	}
	if standIn {
		fmt.Fprintln(w, "entities: stand-in from the annotated speakers' names")
	}
	total.write(w, len(arts))
	return nil
}
