// Package crawltest writes small WARC files for tests, with the same WARC
// library that package crawl reads them with.
package crawltest
