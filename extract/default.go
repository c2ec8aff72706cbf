package extract

import "github.com/newsparse/newsparse/article"

// Default returns a new slice of the standard extractors in the order
// they must run:
//
//  1. Metadata: description, site, language, url, image, section, tags,
//     paywalled (the url comes first, since Dates reads it)
//  2. Headline
//  3. Authors
//  4. Dates
//  5. Sections
//  6. Hashtags: hashtags, mentions and cashtags
//  7. Facts: numeric facts of the body
//  8. Entities (before any pass that resolves speakers to entities)
//  9. Quotes (last: it resolves speakers to the entities found before it)
//
// Callers may append, drop or reorder entries of the returned slice; it
// is theirs.
func Default() []article.Extractor {
	return []article.Extractor{
		Metadata,
		Headline,
		Authors,
		Dates,
		Sections,
		Hashtags,
		Facts,
		Entities,
		Quotes,
	}
}
