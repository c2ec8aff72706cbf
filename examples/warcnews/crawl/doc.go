// Package crawl reads the HTML pages out of WARC crawl files (WARC/1.0 and
// WARC/1.1, plain or gzipped record by record as Common Crawl's CC-NEWS
// is) and turns each into one JSON line with the newsparse record.
//
// A Reader streams a file record by record and never holds more than one
// record: each record's content is kept in memory up to 1 MiB and spills
// to a temporary file beyond that, until the record is closed. Every
// record is a page, skipped with a reason, or broken (truncated, or its
// digest does not match) with its error, so a caller can account for all
// of them.
package crawl
