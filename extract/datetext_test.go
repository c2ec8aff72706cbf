package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLabelledDays(t *testing.T) {
	for _, c := range []struct {
		before, text string
		pub, upd     []string
	}{
		{"", "Dec 18, 2023", []string{"2023-12-18"}, nil},
		{"", "Updated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 12:16PM EST", []string{"2023-12-22"}, []string{"2023-12-23"}},
		{"Last updated:", "9 January 2024", nil, []string{"2024-01-09"}},
		{"Published 8 Jan 2024, updated", "9 January 2024", nil, []string{"2024-01-09"}},
		{"Updated 9 Jan 2024. Published", "8 January 2024", []string{"2024-01-08"}, nil},
		{"", "2023-12-21 and 12/22/2023", []string{"2023-12-21", "2023-12-22"}, nil},
		{"", "February 30, 2023", nil, nil},
	} {
		pub, upd := labelledDays(c.before, c.text)
		if diff := cmp.Diff(c.pub, pub); diff != "" {
			t.Errorf("labelledDays(%q, %q) published (-want +got):\n%s", c.before, c.text, diff)
		}
		if diff := cmp.Diff(c.upd, upd); diff != "" {
			t.Errorf("labelledDays(%q, %q) updated (-want +got):\n%s", c.before, c.text, diff)
		}
	}
}

func TestOpensWithDate(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Dec 18, 2023", true},
		{"Dec 18, 2023 3 min read", true},
		{"Published: Feb. 12, 2024, 7:00 p.m.", true},
		{"Posted on March 3, 2021 at 10:20 PM EST", true},
		{"Tuesday 19 December 2023 09:14", true},
		{"On December 12, 2023, the council voted.", false},
		{"December 12, 2023 was a cold day for the city", false},
		{"Photo taken December 12, 2023", false},
		{"No date here", false},
	} {
		if got := opensWithDate(c.text); got != c.want {
			t.Errorf("opensWithDate(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
