package main

import (
	"os"
	"strings"
	"testing"
)

// TestMeasure runs every tool on one real page for one round and checks
// that each found text, that the floor's ratio is 1, and that the report
// names the machine and every tool.
func TestMeasure(t *testing.T) {
	page, err := os.ReadFile("../../testdata/nypost-taliban.html")
	if err != nil {
		t.Fatal(err)
	}
	tools := Tools()
	res := Measure([][]byte{page}, tools, 2, 0)
	if len(res) != len(tools) {
		t.Fatalf("%d results for %d tools", len(res), len(tools))
	}
	for _, r := range res {
		if r.Empty != 0 {
			t.Errorf("%s found no text", r.Tool.Name)
		}
		if len(r.Rounds) != 2 || len(r.Ratios) != 2 || len(r.Wall) != 2 {
			t.Errorf("%s: %d rounds, %d ratios, %d wall times; want 2 each", r.Tool.Name, len(r.Rounds), len(r.Ratios), len(r.Wall))
		}
	}
	if mid, lo, hi := res[0].Ratio(); mid != 1 || lo != 1 || hi != 1 {
		t.Errorf("floor ratio %v (%v-%v), want 1", mid, lo, hi)
	}
	rep := Report("testdata", []string{"p.html"}, [][]byte{page}, res, 2)
	for _, w := range append([]string{"machine:", "CPUs", "x floor"}, names(tools)...) {
		if !strings.Contains(rep, w) {
			t.Errorf("report lacks %q:\n%s", w, rep)
		}
	}
}

func names(tools []Tool) []string {
	var out []string
	for _, t := range tools {
		out = append(out, t.Name)
	}
	return out
}

// TestPick checks that -only keeps the floor and the named tools.
func TestPick(t *testing.T) {
	got := names(pick(Tools(), []string{"newsparse", " Go-Readability "}))
	if strings.Join(got, ",") != "html.Parse,newsparse,go-readability" {
		t.Errorf("pick: %v", got)
	}
}
