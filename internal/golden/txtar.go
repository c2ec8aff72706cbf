package golden

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// Case is one input/expected pair of a txtar archive: the files
// NAME.in (or NAME.txt) and NAME.json.
type Case struct {
	Name  string
	Input string
	Want  []byte
}

// ReadCases reads a txtar archive of cases. Each case is a file whose name
// ends in ".txt" or ".in" followed by a file of the same stem ending in
// ".json" holding the expected JSON. The archive's comment says what the
// cases are for.
func ReadCases(t testing.TB, path string) (*txtar.Archive, []Case) {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []Case
	for i := 0; i < len(ar.Files); i++ {
		f := ar.Files[i]
		stem, ok := strings.CutSuffix(f.Name, ".txt")
		if !ok {
			stem, ok = strings.CutSuffix(f.Name, ".in")
		}
		if !ok {
			continue
		}
		c := Case{Name: stem, Input: strings.TrimSuffix(string(f.Data), "\n")}
		if i+1 < len(ar.Files) && ar.Files[i+1].Name == stem+".json" {
			c.Want = ar.Files[i+1].Data
		}
		cases = append(cases, c)
	}
	return ar, cases
}

// CheckCases compares every case's output with its expected JSON, in a
// subtest per case, where run turns a case's input into the value to
// compare. With -update it rewrites the archive's expected files.
func CheckCases(t *testing.T, path string, run func(t *testing.T, input string) any) {
	t.Helper()
	ar, cases := ReadCases(t, path)
	got := map[string][]byte{}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			out := Marshal(t, run(t, c.Input))
			got[c.Name] = out
			if !*Update {
				if c.Want == nil {
					t.Fatalf("no %s.json in %s (run with -update to create it)", c.Name, path)
				}
				CompareJSON(t, c.Name, c.Want, out)
			}
		})
	}
	if !*Update {
		return
	}
	var files []txtar.File
	for _, f := range ar.Files {
		if strings.HasSuffix(f.Name, ".json") {
			continue
		}
		files = append(files, f)
		stem := strings.TrimSuffix(strings.TrimSuffix(f.Name, ".txt"), ".in")
		if out, ok := got[stem]; ok {
			files = append(files, txtar.File{Name: stem + ".json", Data: out})
		}
	}
	ar.Files = files
	if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
