package article

import "testing"

// FuzzLDTextBound checks that ldTextBound bounds the text of ldBlocks,
// on bodies of HTML and of plain text with character references that
// grow when decoded and NUL bytes.
func FuzzLDTextBound(f *testing.F) {
	for _, s := range []string{
		"<p>a &nGt; b</p>", "&nGt;&nLt;&fjlig;&#x1D504;", "<p>x\x00y</p><table><td>\x00<td>\x00</table>",
		"<p>one<br>two<br><br>three</p>", "plain &amp; simple\nsecond &#039;line&#039;", "<svg><p>\x00</svg>",
		"<table>\x00<tr><td>a</td><td>b</td></tr></table>", "<select>\x00</select><p>&notin;&NotEqualTilde;</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		n := 0
		for _, b := range ldBlocks(body) {
			n += len(b.text)
		}
		if n > ldTextBound(body) {
			t.Fatalf("ldBlocks(%q) holds %d bytes of text, over the bound %d", body, n, ldTextBound(body))
		}
	})
}
