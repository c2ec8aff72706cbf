// Package article defines the record newsparse produces (Article and its
// parts), the parsed input every extractor reads (Doc), the Extractor
// contract, and the Parser that reads an input once and runs extractors
// over it.
//
// A Doc is built once per input: the bytes are read with a size limit,
// gunzipped when they start with the gzip magic, decoded to UTF-8, parsed
// into a DOM (HTML) or split into lines (text), and flattened into
// normalized body text with block and sentence boundaries. Extractors
// read the Doc and add to the Article; they never change the Doc.
//
// All spans are half-open ranges of UTF-8 byte offsets into the body text
// (Doc.Text, copied to Article.Text).
package article
