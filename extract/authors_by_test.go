package extract

import "testing"

// TestMayOpenWithBy checks that the pre-check never hides a byline byRE
// matches.
func TestMayOpenWithBy(t *testing.T) {
	for _, s := range []string{
		"By Jane Doe", "by: Jane Doe", "Written by Jane Doe", "Story and photos BY Jane", "Von Max Muster",
		"Par Jean Dupont", "Por Ana Pérez", "di Mario Rossi", "Door Jan Jansen", "Av Kari Nordmann",
		"Af Lars Hansen", "Jane Doe", "Byline", "Reporting\tby Jane", "Écrit par Jean", "", "by",
	} {
		if byRE.MatchString(s) && !mayOpenWithBy(s) {
			t.Errorf("mayOpenWithBy(%q) = false, but byRE matches", s)
		}
	}
	if mayOpenWithBy("Jane Doe, Staff Writer") {
		t.Error(`mayOpenWithBy("Jane Doe, Staff Writer") = true`)
	}
}
