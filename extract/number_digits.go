package extract

import (
	"math"
	"unicode/utf8"
)

// This file reads numbers written in digits: thousands separators
// (commas, thin or plain spaces, Indian lakh grouping, European dots with a
// decimal comma), decimals, exponents and a vulgar fraction glued on.

// digitNum is a numeral in digits as readDigits found it.
type digitNum struct {
	val      float64 // its value
	end      int32   // byte offset just past the numeral
	intLen   int16   // digits in the integer part, separators left out
	decimal  bool    // it has a decimal part
	grouped  bool    // it uses thousands separators
	leadZero bool    // its integer part starts with 0 and has more digits ("01")
	dotted   bool    // three or more dot-separated groups: an address or version, not a number
	exp      bool    // it has an exponent ("1e10", "1.3x10^6", "1.1^23")
}

// mantissa accumulates decimal digits into an exact integer with a power
// of ten, so that values such as 1234567.89 come out correctly rounded.
type mantissa struct {
	m   uint64
	exp int // power of ten to apply
	n   int // significant digits kept
}

func (t *mantissa) digit(c byte, afterPoint bool) {
	if t.n < 19 {
		if t.m != 0 || c != '0' {
			t.n++
		}
		t.m = t.m*10 + uint64(c-'0')
		if afterPoint {
			t.exp--
		}
		return
	}
	if !afterPoint {
		t.exp++
	}
}

func (t *mantissa) value() float64 {
	v := float64(t.m)
	switch {
	case t.exp == 0:
		return v
	case t.exp < 0 && t.exp >= -22:
		return v / pow10(-t.exp)
	case t.exp > 0 && t.exp <= 22:
		return v * pow10(t.exp)
	}
	return v * math.Pow(10, float64(t.exp))
}

var exactPow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func pow10(n int) float64 {
	if n >= 0 && n < len(exactPow10) {
		return exactPow10[n]
	}
	return math.Pow(10, float64(n))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitRun returns the end of the run of ASCII digits starting at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// groupSpace returns the byte length of a thousands separator written as a
// space at s[i] (a plain, no-break, narrow no-break or thin space), or 0.
func groupSpace(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == ' ' {
		return 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u00a0', '\u202f', '\u2009':
		return n
	}
	return 0
}

// threeDigits reports whether s[i:] starts with exactly three digits.
func threeDigits(s string, i int) bool {
	return i+3 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3]))
}

// readDigits reads the numeral in digits that starts at s[i], which is a
// digit or a '.' before a digit. It never reads past a letter: what
// follows the numeral is the caller's to judge.
func readDigits(s string, i int) digitNum {
	var t mantissa
	n := digitNum{}
	j := i
	if s[j] != '.' {
		k := digitRun(s, j)
		for p := j; p < k; p++ {
			t.digit(s[p], false)
		}
		n.intLen = int16(k - j)
		n.leadZero = k-j > 1 && s[j] == '0'
		j = k
		j = readGroups(s, j, &t, &n)
	}
	// Decimal part, with a point.
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && !(n.grouped && n.decimal) {
		k := digitRun(s, j+1)
		if k < len(s)-1 && s[k] == '.' && isDigit(s[k+1]) && n.intLen > 0 {
			// 192.168.1.2, 1.2.3: an address or a version.
			for k < len(s)-1 && s[k] == '.' && isDigit(s[k+1]) {
				k = digitRun(s, k+1)
			}
			n.dotted = true
			n.end = int32(k)
			return n
		}
		for p := j + 1; p < k; p++ {
			t.digit(s[p], true)
		}
		n.decimal = true
		j = k
	}
	// Decimal comma: "5,00", "1,3", not "22,24,26" (a list).
	inList := i >= 2 && s[i-1] == ',' && isDigit(s[i-2])
	if !n.grouped && !n.decimal && !inList && n.intLen > 0 && j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) {
		k := digitRun(s, j+1)
		if d := k - (j + 1); d <= 2 && !(k+1 < len(s) && s[k] == ',' && isDigit(s[k+1])) {
			for p := j + 1; p < k; p++ {
				t.digit(s[p], true)
			}
			n.decimal = true
			j = k
		}
	}
	n.val = t.value()
	j = readExponent(s, j, &n)
	// A vulgar fraction glued on: "2½".
	if j < len(s) && s[j] >= 0xc2 && !n.decimal {
		r, size := utf8.DecodeRuneInString(s[j:])
		if f, ok := vulgarFractions[r]; ok {
			n.val += f
			n.decimal = true
			j += size
		}
	}
	n.end = int32(j)
	return n
}

// readGroups reads thousands groups after the first run of digits, which
// ends at j, and returns the new end.
func readGroups(s string, j int, t *mantissa, n *digitNum) int {
	switch {
	case j < len(s) && s[j] == ',' && n.intLen <= 3 && threeDigits(s, j+1):
		// 1,234,567
		for j < len(s) && s[j] == ',' && threeDigits(s, j+1) {
			for p := j + 1; p < j+4; p++ {
				t.digit(s[p], false)
			}
			n.intLen += 3
			j += 4
		}
		n.grouped = true
	case j < len(s) && s[j] == ',' && n.intLen <= 2 && indianGroups(s, j):
		// 12,34,567: lakh grouping.
		for j < len(s) && s[j] == ',' && j+2 < len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) {
			k := digitRun(s, j+1)
			for p := j + 1; p < k; p++ {
				t.digit(s[p], false)
			}
			n.intLen += int16(k - (j + 1))
			j = k
		}
		n.grouped = true
	case j < len(s) && s[j] == '.' && n.intLen <= 3 && threeDigits(s, j+1) && europeanGroups(s, j):
		// 1.234.567 or 1.111,11: dots group thousands, a comma is the point.
		for j < len(s) && s[j] == '.' && threeDigits(s, j+1) {
			for p := j + 1; p < j+4; p++ {
				t.digit(s[p], false)
			}
			n.intLen += 3
			j += 4
		}
		n.grouped = true
		if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) {
			k := digitRun(s, j+1)
			for p := j + 1; p < k; p++ {
				t.digit(s[p], true)
			}
			n.decimal = true
			j = k
		}
	case n.intLen <= 3:
		// 1 234 567, 40 000: groups of exactly three digits after spaces. A
		// plain space groups only round thousands or two groups and more,
		// so that "400 737 Max jets" stays two numbers.
		k, groups, plain, round := j, 0, false, true
		for {
			w := groupSpace(s, k)
			if w == 0 || !threeDigits(s, k+w) {
				break
			}
			plain = plain || w == 1
			round = round && s[k+w:k+w+3] == "000"
			k += w + 3
			groups++
		}
		if groups == 0 || plain && groups == 1 && !round {
			break
		}
		for g := 0; g < groups; g++ {
			w := groupSpace(s, j)
			for p := j + w; p < j+w+3; p++ {
				t.digit(s[p], false)
			}
			n.intLen += 3
			j += w + 3
		}
		n.grouped = true
	}
	return j
}

// indianGroups reports whether s[j:] continues a numeral in lakh grouping:
// one or more ",dd" groups then a final ",ddd".
func indianGroups(s string, j int) bool {
	pairs := 0
	for j+3 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) {
		if j+3 < len(s) && isDigit(s[j+3]) {
			return pairs > 0 && threeDigits(s, j+1)
		}
		pairs++
		j += 3
	}
	return false
}

// europeanGroups reports whether the dot at s[j] separates thousands:
// more than one dot group follows, or one and then a decimal comma.
func europeanGroups(s string, j int) bool {
	k := j + 4
	if k < len(s)-3 && s[k] == '.' && threeDigits(s, k+1) {
		return true
	}
	return k+1 < len(s) && s[k] == ',' && isDigit(s[k+1])
}

// readExponent reads an exponent after a numeral ending at j: "e10",
// "e+14", "x10^6", "×10^-4", "^23", "^--23". A letter right after the
// digits of an exponent makes it no exponent.
func readExponent(s string, j int, n *digitNum) int {
	if j >= len(s) {
		return j
	}
	switch c := s[j]; {
	case c == 'e' || c == 'E':
		k := j + 1
		neg := false
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			neg = s[k] == '-'
			k++
		}
		e := digitRun(s, k)
		if e == k || e-k > 3 || wordAt(s, e) {
			return j
		}
		p := atoiSmall(s[k:e])
		if neg {
			p = -p
		}
		n.val *= pow10(p)
		n.exp = true
		return e
	case c == 'x' || (c == 0xc3 && j+1 < len(s) && s[j+1] == 0x97): // x or ×
		k := j + 1
		if c == 0xc3 {
			k++
		}
		if k+3 < len(s) && s[k] == '1' && s[k+1] == '0' && s[k+2] == '^' {
			if p, e, ok := readPower(s, k+3); ok {
				n.val *= pow10(p)
				n.exp = true
				return e
			}
		}
	case c == '^':
		if p, e, ok := readPower(s, j+1); ok {
			n.val = math.Pow(n.val, float64(p))
			n.exp = true
			return e
		}
	}
	return j
}

// readPower reads a signed integer power at s[k:]; a run of signs counts
// as minus when it holds an odd number of minus signs.
func readPower(s string, k int) (p, end int, ok bool) {
	neg := false
	for k < len(s) && (s[k] == '+' || s[k] == '-') {
		if s[k] == '-' {
			neg = !neg
		}
		k++
	}
	e := digitRun(s, k)
	if e == k || e-k > 3 || wordAt(s, e) {
		return 0, 0, false
	}
	p = atoiSmall(s[k:e])
	if neg {
		p = -p
	}
	return p, e, true
}

func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// wordAt reports whether s[i:] starts with a letter or a digit.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}
