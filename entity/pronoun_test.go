package entity_test

import (
	"strings"
	"testing"

	"github.com/newsparse/newsparse/entity"
)

// TestAntecedent checks the pronoun helper on the sample article: each
// pronoun, found by the text before it, must point to the expected
// person.
func TestAntecedent(t *testing.T) {
	input := readFile(t, "testdata/witkoff-moscow.txt")
	d, r := analyze(t, input)
	for _, tc := range []struct {
		before  string // text that ends right before the pronoun
		pronoun string
		want    string
	}{
		{"However, ", "he", "person:yuri-ushakov"},
		{"Volodymyr Zelenskiy and ", "his", "person:volodymyr-zelenskiy"},
		{"believing ", "his", "person:vladimir-putin"},
		{"Trump brought ", "him", "person:donald-trump"},
	} {
		i := strings.Index(d.Text, tc.before+tc.pronoun)
		if i < 0 {
			t.Fatalf("%q not in the text", tc.before+tc.pronoun)
		}
		id, conf := r.Antecedent(i+len(tc.before), tc.pronoun)
		if id != tc.want || conf <= 0 || conf > 1 {
			t.Errorf("%q %s: got %q (%.2f), want %q", tc.before, tc.pronoun, id, conf, tc.want)
		}
	}
	if id, _ := r.Antecedent(0, "he"); id != "" {
		t.Errorf("pronoun before any person: got %q", id)
	}
	if id, _ := r.Antecedent(len(d.Text), "it"); id != "" {
		t.Errorf("\"it\" is not a personal pronoun: got %q", id)
	}
}

// TestAntecedentGender checks that "she" skips a man named just before.
func TestAntecedentGender(t *testing.T) {
	d, r := analyze(t, "Talks\nMaria Lopez met John Smith in Madrid. She said the talks went well.")
	i := strings.Index(d.Text, "She")
	id, conf := r.Antecedent(i, "She")
	if id != "person:maria-lopez" {
		t.Errorf("she: got %q (%.2f), want person:maria-lopez", id, conf)
	}
	id, _ = r.Antecedent(i, "he")
	if id != "person:john-smith" {
		t.Errorf("he: got %q, want person:john-smith", id)
	}
}

// TestRebuild checks that a Resolution rebuilt from the record's entities
// answers like the original.
func TestRebuild(t *testing.T) {
	input := readFile(t, "testdata/witkoff-moscow.txt")
	d, r := analyze(t, input)
	rb := entity.Rebuild(d.Text, d.Sentences, r.Entities)
	for _, w := range []string{"However, he", "Zelenskiy and his", "Trump brought him"} {
		i := strings.Index(d.Text, w) + strings.LastIndexByte(w, ' ') + 1
		p := w[strings.LastIndexByte(w, ' ')+1:]
		id1, _ := r.Antecedent(i, p)
		id2, _ := rb.Antecedent(i, p)
		if id1 != id2 {
			t.Errorf("%q: rebuilt gives %q, original %q", w, id2, id1)
		}
	}
}
