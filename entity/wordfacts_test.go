package entity

import "testing"

// TestWordFacts checks the gazetteer's facts of words read in each way:
// the classes of lower-case words, with the short lists beside them,
// given names in their own case only, and folded names of places.
func TestWordFacts(t *testing.T) {
	g := gaz()
	for _, c := range []struct {
		word string
		want class
	}{{"the", cFunction | cCommon}, {"president", cTitle | cRoleNoun | cCommon}, {"zzzyx", 0}} {
		if got := g.words.get(c.word).cls; got&c.want != c.want || c.want == 0 && got != 0 {
			t.Errorf("classes of %q = %b, want %b", c.word, got, c.want)
		}
		if got, all := g.lists.get(c.word), g.words.get(c.word).cls; got != all&^cCommon {
			t.Errorf("lists of %q = %b, classes %b", c.word, got, all)
		}
	}
	for w, want := range map[string]byte{"Mary": 'F', "James": 'M', "MARY": 0, "mary": 0, "Zzzyx": 0, "": 0} {
		if got := g.givenSex(w); got != want {
			t.Errorf("givenSex(%q) = %q, want %q", w, got, want)
		}
	}
	if got, want := g.words.get("mary").rank, rankOf(g.rank["Mary"]); got != want || got == 0 {
		t.Errorf(`rank of "mary" = %d, want %d`, got, want)
	}
	if p, ok := g.placeIn(g.words.get("united states")); !ok || p.level != levelCountry || p.name != "United States" {
		t.Errorf(`place of "united states" = %+v, %v`, p, ok)
	}
	if g.words.get("new").name&namePrefix == 0 {
		t.Error(`"new" opens no known name`)
	}
	if g.orgIn(g.words.get("nato")) == "" {
		t.Error(`"nato" names no organisation`)
	}
}
