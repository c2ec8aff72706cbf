// Package quoteeval loads the hand-annotated quote evaluation set kept in
// testdata/quotes-eval: real news articles as plain text, each with every
// quoted stretch and every reported-speech attribution marked by a reader,
// with its kind, speaker and cue. It is the ground truth that quote
// extraction is scored against; see testdata/quotes-eval/README.md for the
// annotation guidelines.
package quoteeval
