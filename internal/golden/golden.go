package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Update, set by the -update test flag, makes golden checks rewrite their
// files instead of comparing.
var Update = flag.Bool("update", false, "rewrite golden files with the current output")

// Marshal encodes v as the indented JSON that golden files hold, with a
// final newline.
func Marshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return append(b, '\n')
}

// CheckJSON compares v, encoded as JSON, with the JSON in the golden file
// path, and reports a mismatch as cmp.Diff(want, got) over the decoded
// values. With -update it rewrites the file instead.
func CheckJSON(t testing.TB, path string, v any) {
	t.Helper()
	got := Marshal(t, v)
	if *Update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	CompareJSON(t, path, want, got)
}

// CompareJSON reports a difference between two JSON texts as
// cmp.Diff(want, got) over their decoded values.
func CompareJSON(t testing.TB, name string, want, got []byte) {
	t.Helper()
	if bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
		return
	}
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: golden JSON: %v", name, err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: output JSON: %v", name, err)
	}
	if d := cmp.Diff(w, g); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, d)
	}
}
