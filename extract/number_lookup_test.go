package extract

import "testing"

// TestLookupBounds checks the bounds and shapes that spare map lookups
// against the maps' keys.
func TestLookupBounds(t *testing.T) {
	for w := range spacedScales {
		if len(w) > maxSpacedScale {
			t.Errorf("spacedScales key %q is longer than maxSpacedScale", w)
		}
	}
	for w := range numberLexicon {
		for _, v := range []string{w, string(w[0]-'a'+'A') + w[1:]} {
			if _, ok := lookupNumberWord(v); !ok {
				t.Errorf("lookupNumberWord(%q) finds nothing", v)
			}
		}
	}
	for r := range vulgarFractions {
		if !isVulgarFraction(r) {
			t.Errorf("isVulgarFraction(%q) = false", r)
		}
	}
}

// TestLexEntryValues checks that the compact entries give back the
// values of the vocabulary exactly.
func TestLexEntryValues(t *testing.T) {
	for w, want := range map[string]float64{"trillion": 1e12, "trillionth": 1e12, "crore": 1e7, "lakh": 1e5,
		"billions": 1e9, "ninety": 90, "nineteenth": 19, "minus": -1, "half": 2, "quarter": 4, "dozen": 12,
		"zero": 0, "a": 1} {
		e, ok := lookupNumberWord(w)
		if !ok || e.val() != want {
			t.Errorf("lookupNumberWord(%q).val() = %v, %v; want %v", w, e.val(), ok, want)
		}
	}
}
