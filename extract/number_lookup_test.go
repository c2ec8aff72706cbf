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
