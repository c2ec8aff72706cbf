package article

// An Extractor adds what it finds in d to a. It must not modify d or
// anything d points to, and it must be safe to call from several
// goroutines at once on different Docs. Missing content is not an error:
// the field stays empty. An error means the extractor could not go on;
// the Parser then stops and returns the partial record with the error.
type Extractor func(d *Doc, a *Article) error
