// Package entity finds named people, organisations, places and other
// named things (events, laws, works, products) in plain text and resolves
// their mentions into entities. It works on text and sentence spans only,
// never on a DOM; Analyze is the entry point and the extract package's
// Entities extractor is its usual caller.
//
// # Recognition
//
// A name is a run of capitalised words, with the connectors that names
// hold ("University of Texas", "Mary & Leigh Block", "Ludwig van
// Beethoven", "Korean People's Army"). A capital at the start of a
// sentence or quotation, or in a title-case heading, says nothing: such a
// word counts only when it is no common English word, when the text
// capitalises it elsewhere, or when the gazetteers know it. Titles before
// a name ("Russian President", "U.S. envoy", "Secretary of State") and
// appositions around it ("Yuri Ushakov, one of Putin’s top aides", "One
// Russian official, Kirill Dmitriev") are cut off the name and kept as the
// person's roles. Demonyms ("Russian"), group words ("Muslims"), days,
// months, contractions and label words ("Image:") give no entity.
//
// Each mention is scored for each kind from its words (gazetteers of
// countries, regions, cities, given names and international bodies; words
// that end organisation, place and event names) and its context (titles,
// verbs of saying, prepositions of place, "the", a role noun after it).
// Mentions with the same name, and surnames and given names used alone,
// are pooled, so the evidence of every mention decides the kind of all.
//
// # Resolution
//
// A surname ("Putin", "Putin’s") joins the person of that full name
// mentioned last before it; an abbreviation joins the name whose initials
// it spells or that it follows in brackets ("Korean Central News Agency
// (KCNA)"); gazetteer aliases join ("U.S.", "US", "United States");
// transliteration variants meet ("Zelenskiy", "Zelensky"). A person whose
// name opens another name ("Andy Warhol" in "the Andy Warhol Foundation"),
// and a known place that opens or closes one ("New Zealand Herald"), get a
// mention of their own inside the longer one, so mentions of different
// entities may overlap.
//
// Ids are the kind and a slug of the name ("person:vladimir-putin");
// countries and known organisations take the gazetteer's name ("United
// States", "North Atlantic Treaty Organization") so their ids are the same
// across articles, and every other entity the fullest name the text uses.
// A country stays a place when it acts as a state or a team; Mention.Acts
// says Organization for those mentions.
//
// # The headline
//
// The headline is not part of the text, so spans cannot point into it and
// its mentions are not listed in Entities. It is read as evidence (a name
// capitalised in a sentence-case headline) and its own mentions come back
// in Resolution.Headline, linked to the body's entities where they match.
//
// # Pronouns
//
// Resolution.Antecedent tells which person "he", "she" or "they" at a
// position most likely refers to, with a confidence, for the quotes pass;
// Rebuild makes a Resolution from an Article's entities for that use.
//
// # Limits
//
// Analyze takes time and memory linear in the length of the text; it
// never fails and never panics, whatever the input. The gazetteers
// (data/, see data/PROVENANCE.md) are read once, on first use, and never
// change; everything is safe for concurrent use.
package entity
