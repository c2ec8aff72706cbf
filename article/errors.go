package article

import "errors"

// ErrTooLarge is returned (wrapped) when an input, before or after gzip
// decompression, is larger than the Parser's size limit.
var ErrTooLarge = errors.New("article: input too large")
