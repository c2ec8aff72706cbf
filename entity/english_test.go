package entity

import (
	"strings"
	"testing"
)

func TestEnglish(t *testing.T) {
	en := "The minister said on Monday that the plan would go ahead in the spring. "
	de := "Der Minister sagte am Montag, dass der Plan im Frühjahr umgesetzt werde. "
	ru := "Министр заявил в понедельник, что план будет реализован весной. "
	cases := []struct {
		name string
		text string
		want bool
	}{
		{"short", "Berlin Mitte", true},
		{"english", strings.Repeat(en, 60), true},
		{"german", strings.Repeat(de, 60), false},
		{"russian", strings.Repeat(ru, 60), false},
		// A German text that quotes English at length at its start is still
		// decided on its first 3,000 words when the first 200 are mixed.
		{"mixed start", strings.Repeat(en, 2) + strings.Repeat(de, 400), false},
		// Names and numbers only: no function words.
		{"list", strings.Repeat("Anna Smith 12 Bob Jones 13 ", 100), false},
	}
	for _, c := range cases {
		if got := english(c.text); got != c.want {
			t.Errorf("%s: english = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFrequentFunctionWords checks that the function words english
// answers from code are all function words.
func TestFrequentFunctionWords(t *testing.T) {
	n := 0
	for w := range functionWords {
		if frequentFunctionWord(w) {
			n++
		}
	}
	if n != 34 {
		t.Errorf("%d of the frequent function words are function words, want all 34", n)
	}
}
