// Command evaluate-quotes scores newsparse's quote extraction against a
// hand-annotated set of articles.
//
// Usage:
//
//	evaluate-quotes [-v] [-name-entities] DIR
//
// DIR holds KEY.txt (a plain-text article: title line, blank line, body)
// and KEY.json (its annotations: {"quotes": [{"text", "start", "end",
// "kind", "speaker", "speaker_as_written", "cue"}]}, kind one of direct,
// partial, indirect, none; start and end are byte offsets into KEY.txt).
// Each article is parsed with newsparse.ParseText and its quotes are
// matched to the annotations by span overlap.
//
// It prints precision and recall per kind, for direct and partial
// quotations together (kind confusions between the two ignored), and
// speaker accuracy over the quotations found: a speaker is correct when
// its name, or the name of the entity it resolves to, equals the
// annotated speaker or shares its last word, case-insensitively. A
// quotation annotated "none" (scare quotes, titles) counts against
// precision only when it was given a speaker. With -v it lists every
// miss, false alarm and wrong speaker.
//
// With -name-entities, entities are filled before Quotes runs from the
// annotated speakers' names (whole-word mentions of each name and a
// person's surname): a stand-in for entity recognition that measures
// how well speakers, pronouns included, resolve once entities exist.
package main
