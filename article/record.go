package article

// Article is the structured record of one news article. Its JSON encoding
// is the contract described in DESIGN.md: absent values are omitted and
// lists are never null.
//
// Every Span in an Article is a half-open range of UTF-8 byte offsets into
// Text, so a[s[0]:s[1]] is the text the span covers.
type Article struct {
	URL         string `json:"url,omitempty"`
	Headline    string `json:"headline,omitempty"`
	Description string `json:"description,omitempty"`
	Site        string `json:"site,omitempty"`
	Section     string `json:"section,omitempty"`
	Language    string `json:"language,omitempty"`
	Image       string `json:"image,omitempty"`

	Authors []string `json:"authors,omitempty"`
	Tags    []string `json:"tags,omitempty"`

	// Published and Modified are ISO 8601: a calendar date such as
	// "2025-08-06" when the page gives only a day, else RFC 3339 with the
	// zone the page gives.
	Published string `json:"published,omitempty"`
	Modified  string `json:"modified,omitempty"`

	// Paywalled is true when the page declares that its content is not
	// freely accessible.
	Paywalled bool `json:"paywalled,omitempty"`

	// Text is the body only, its blocks (headings, paragraphs, list items,
	// block quotes, captions) joined by "\n\n". The headline is not part of
	// it.
	Text string `json:"text,omitempty"`

	Sections    []Section    `json:"sections,omitempty"`
	Quotes      []Quote      `json:"quotes,omitempty"`
	Facts       []Fact       `json:"facts,omitempty"`
	Hashtags    []Tag        `json:"hashtags,omitempty"`
	Mentions    []Tag        `json:"mentions,omitempty"`
	Cashtags    []Tag        `json:"cashtags,omitempty"`
	Entities    []Entity     `json:"entities,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// Section is a run of body blocks under one heading. The lead section, the
// blocks before the first heading, has an empty Heading and Level 0. Span
// covers the heading (when there is one) and every paragraph.
type Section struct {
	Heading    string      `json:"heading,omitempty"`
	Level      int         `json:"level,omitempty"`
	Span       Span        `json:"span"`
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
}

// Paragraph is one non-heading body block: a paragraph, list item, block
// quote or caption. Text equals the article text at Span.
type Paragraph struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"   // a full quoted sentence or more
	QuotePartial  = "partial"  // a quoted fragment inside the writer's sentence
	QuoteIndirect = "indirect" // reported speech
)

// Quote is a stretch of speech attributed (or not) to a speaker. Text is
// the quoted words without the quotation marks; for reported speech it is
// the content clause.
type Quote struct {
	Text    string   `json:"text"`
	Span    Span     `json:"span"`
	Kind    string   `json:"kind"`
	Cue     string   `json:"cue,omitempty"`
	Speaker *Speaker `json:"speaker,omitempty"`
}

// Speaker is the source of a quote as written in the text. Entity is the
// id of the resolved entity in Article.Entities, empty when unresolved.
type Speaker struct {
	Name   string `json:"name"`
	Span   Span   `json:"span,omitzero"`
	Role   string `json:"role,omitempty"`
	Entity string `json:"entity,omitempty"`
}

// Fact kinds.
const (
	FactNumber   = "number"
	FactOrdinal  = "ordinal"
	FactPercent  = "percent"
	FactMoney    = "money"
	FactQuantity = "quantity"
	FactDuration = "duration"
	FactCount    = "count"
	FactYear     = "year"
)

// Fact bounds: how the stated value relates to the true one.
const (
	BoundExact    = "exact"
	BoundApprox   = "approx"
	BoundAtLeast  = "at-least"
	BoundMoreThan = "more-than"
	BoundAtMost   = "at-most"
	BoundLessThan = "less-than"
)

// Fact is a number read from the text with its meaning. Text is the whole
// phrase, qualifier and noun included ("at least 72 people"). Max is set
// for ranges; Unit is normalized (an ISO 4217 code for money, a symbol or
// singular unit word for quantities and durations, "%" for percent);
// Counted is the singular noun a count counts.
type Fact struct {
	Text    string   `json:"text"`
	Span    Span     `json:"span"`
	Kind    string   `json:"kind"`
	Value   float64  `json:"value"`
	Max     *float64 `json:"max,omitempty"`
	Unit    string   `json:"unit,omitempty"`
	Bound   string   `json:"bound,omitempty"`
	Counted string   `json:"counted,omitempty"`
}

// Tag is a hashtag, mention or cashtag: Tag holds the name without its
// sign ("#", "@" or "$"); Span covers the sign and the name. Span is
// absent (zero) for tags found outside Text, such as the tag line that
// closes many plain-text articles.
type Tag struct {
	Tag  string `json:"tag"`
	Span Span   `json:"span,omitzero"`
}

// Entity kinds.
const (
	EntityPerson       = "person"
	EntityOrganization = "organization"
	EntityPlace        = "place"
	EntityOther        = "other"
)

// Entity is a named person, organisation, place or other thing, with every
// mention of it in Text. ID is stable across runs, such as
// "person:vladimir-putin".
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases,omitempty"`
	Roles    []string `json:"roles,omitempty"`
	Mentions []Span   `json:"mentions,omitempty"`
}

// Diagnostic is a soft problem met while extracting, such as an unbalanced
// quotation mark. Source names the extractor; Span, when set, locates the
// problem in Text.
type Diagnostic struct {
	Source  string `json:"source"`
	Span    Span   `json:"span,omitzero"`
	Message string `json:"message"`
}
