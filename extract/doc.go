// Package extract holds newsparse's extractors: small functions of type
// article.Extractor, one capability per file, composed by their order in
// a slice. Default returns the standard slice.
//
// Every extractor reads the shared article.Doc and fills its own fields
// of the article.Article; missing content leaves a field empty rather
// than failing.
package extract
