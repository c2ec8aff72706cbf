// Package entity finds named people, organisations, places and other
// named things in plain text and resolves their mentions into entities.
// It works on text and sentence spans only, never on a DOM.
package entity
