package quoteeval

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeCase writes one annotated article into dir.
func writeCase(t *testing.T, dir, key, text, annotations string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, key+".txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, key+".json"), []byte(annotations), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRun scores one small article whose annotations hold a direct
// quote with a pronoun speaker, a partial quote, a scare quote, reported
// speech, and one reported statement the extractor cannot find.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	text := "Title line\n\n" +
		"Mayor Anna Kowalski opened the bridge on Monday.  Critics called it a “vanity project.”\n\n" +
		"“It is safe,” she said. The city said the work cost $4 million. Engineers believe it will last.\n\n" +
		"Both sides exchanged “signals.”\n"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	q := func(s, kind, speaker, written string) string {
		i, j := at(s)
		return `{"text":"` + s + `","start":` + itoa(i) + `,"end":` + itoa(j) + `,"kind":"` + kind +
			`","speaker":"` + speaker + `","speaker_as_written":"` + written + `"}`
	}
	writeCase(t, dir, "a", text, `{"source":"test","key":"a","title":"Title line","quotes":[`+strings.Join([]string{
		q("vanity project", "partial", "Critics", "Critics"),
		q("It is safe", "direct", "Anna Kowalski", "she"),
		q("the work cost $4 million", "indirect", "The city", "The city"),
		q("it will last", "indirect", "Engineers", "Engineers"),
		`{"text":"signals","start":` + itoa(strings.Index(text, "signals")) + `,"end":` + itoa(strings.Index(text, "signals")+7) + `,"kind":"none"}`,
	}, ",")+`]}`)

	var out strings.Builder
	if err := Report(&out, dir, false, false); err != nil {
		t.Fatal(err)
	}
	want := `articles: 1

kind               precision    recall    tp    fp    fn
direct                 1.000     1.000     1     0     0
partial                1.000     1.000     1     0     0
indirect               1.000     0.500     1     0     1
direct+partial         1.000     1.000     2     0     0

speaker (resolved), quotations found:   1.000 (2/2)
speaker (as written), quotations found: 1.000 (2/2)
speaker (resolved), reported found:     1.000 (1/1)
none left without speaker:              1.000 (1/1)
`
	if d := cmp.Diff(want, out.String()); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}

	// With entities standing in from the annotated names, "she"
	// resolves to the mayor.
	out.Reset()
	if err := Report(&out, dir, false, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "speaker (resolved), quotations found:   1.000 (2/2)") {
		t.Errorf("with -name-entities:\n%s", out.String())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestAlign checks the offset map from newsparse's normalized body text
// back to the annotated file.
func TestAlign(t *testing.T) {
	raw := "Title\n\nFirst  paragraph here.\n\n\nSecond one.\n"
	text := "First paragraph here.\n\nSecond one."
	m := align(raw, text)
	for _, w := range []string{"paragraph", "Second one", "First"} {
		i := strings.Index(text, w)
		j := m[i]
		if got := raw[j : j+len(w)]; got != w {
			t.Errorf("%q maps to %q", w, got)
		}
	}
	if m[len(text)] > len(raw) {
		t.Errorf("end maps past the file: %d", m[len(text)])
	}
}

func TestEmptyDir(t *testing.T) {
	var out strings.Builder
	if err := Report(&out, t.TempDir(), false, false); err == nil {
		t.Error("a folder without annotated articles gave no error")
	}
}
