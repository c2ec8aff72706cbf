// Package invariant checks the properties every record must have whatever
// its input: spans lie in the text and slice to their item's text, lists
// are sorted, speakers point to existing entities. Golden and fuzz tests
// run it on every record they see.
package invariant
