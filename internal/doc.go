// Package internal is the root of newsparse's internal packages: test
// plumbing (golden) and nothing the public API exposes.
package internal
