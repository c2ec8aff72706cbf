package extract

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// checkNamedDates compares namedDateMatches with the regexps on s.
func checkNamedDates(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		dayFirst bool
		re       interface {
			FindAllStringSubmatchIndex(string, int) [][]int
		}
	}{{false, monthDayYearRE}, {true, dayMonthYearRE}} {
		got, want := namedDateMatches(s, c.dayFirst), c.re.FindAllStringSubmatchIndex(s, -1)
		if len(got) != 0 || len(want) != 0 {
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("namedDateMatches(%q, %v) = %v, the regexp finds %v", s, c.dayFirst, got, want)
			}
		}
	}
}

func TestNamedDateMatches(t *testing.T) {
	for _, s := range []string{
		"Dec 21, 2023", "December 21st, 2023", "Dec. 21 2023", "21 Dec 2023", "21st of December, 2023",
		"the 5th OF june  2020 and 6 July 2021", "SEPT. 3rd,\t2021", "xDec 21, 2023", "Dec 212 2023",
		"Dec 21, 20234", "Dec 21, 2023x", "Dec 21,2023", "Dec21, 2023", "1 of  of Dec 2020", "12 ofDec 2020",
		"Sep 5, 2023 ſep 6, 2023", "Decembe\u212a 5, 2020", "3 Mayday 1999", "Jan 1 1900 Feb 2 2099",
		"05 Dec. , 2020", "05 Dec., 2020", "1st\nJan\r\n2001", "_Jan 1 2001", "2Jan 1 2001", "é1 Jan 2001",
	} {
		checkNamedDates(t, s)
	}
	pieces := []string{"Dec", "dec", "DECEMBER", "Sept", "may", "of", "OF", "1", "21", "3rd", "st", "TH", ".", ",",
		" ", "  ", "\t", "\v", "\u00a0", "2023", "1999", "1899", "20", "x", "_", "é", "ſ", "-", "/"}
	rng := rand.New(rand.NewPCG(7, 8))
	for round := 0; round < 20000; round++ {
		checkNamedDates(t, randomText(rng, pieces, 10))
	}
}

// FuzzNamedDateMatches compares namedDateMatches with the regexps.
func FuzzNamedDateMatches(f *testing.F) {
	for _, s := range []string{"Dec 21, 2023", "21st of December, 2023", "SEPT. 3rd,\t2021", "1 of  of Dec 2020"} {
		f.Add(s)
	}
	f.Fuzz(checkNamedDates)
}
