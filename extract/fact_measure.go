package extract

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// This file reads what a number measures from the words after it:
// "27%", "15 per cent", "$5", "125 million australian dollars", "50
// cents", "ten miles", "188 miles an hour", "40C", "98.6 degrees
// fahrenheit", "three hours", "five years old", "a 23-year-old", "5 ft 2
// in".

// unitRead is the unit read after a number.
type unitRead struct {
	info      unitInfo
	end       int     // the token after the unit
	glued     bool    // the unit is glued to the digits: "180ml"
	age       bool    // an age: "years old", "-year-old", "yo"
	scale     float64 // a scale met with the unit: "75 USD million", "£3.4m"; 0 means none
	extra     float64 // an amount added in the same unit: "5 ft 2 in"
	unknown   bool    // an unknown suffix glued to the digits: the number is a code
	timeOfDay bool    // "6pm"
}

// unitAfter reads the unit that starts at token e, after numeral n.
// cur says a currency stands before the number, so that a glued "m" is
// a million ("£3.4m") and no second currency is read.
func (fr *factReader) unitAfter(e int, n numeral, cur bool) (unitRead, bool) {
	if e >= len(fr.toks) || fr.toks[e].skip {
		return unitRead{}, false
	}
	t := fr.toks[e]
	if t.glued {
		return fr.gluedUnit(e, n, cur)
	}
	if t.kind == tkPunct {
		return fr.punctUnit(e, n, cur)
	}
	if t.kind != tkWord {
		return unitRead{}, false
	}
	lw := fr.lower(e)
	// Percent.
	switch lw {
	case "percent", "percents", "pct":
		return unitRead{info: unitInfo{kind: article.FactPercent, unit: "%"}, end: e + 1}, true
	case "per":
		if fr.isWordAt(e+1, "cent") {
			return unitRead{info: unitInfo{kind: article.FactPercent, unit: "%"}, end: e + 2}, true
		}
	case "percentage":
		if fr.isWordAt(e+1, "points") || fr.isWordAt(e+1, "point") {
			return unitRead{info: unitInfo{kind: article.FactPercent, unit: "pp"}, end: e + 2}, true
		}
		return unitRead{info: unitInfo{kind: article.FactPercent, unit: "%"}, end: e + 1}, true
	case "basis":
		if fr.isWordAt(e+1, "points") || fr.isWordAt(e+1, "point") {
			return unitRead{info: unitInfo{kind: article.FactPercent, unit: "bp"}, end: e + 2}, true
		}
	case "bps", "bp":
		return unitRead{info: unitInfo{kind: article.FactPercent, unit: "bp"}, end: e + 1}, true
	case "yo", "y.o.", "y.o":
		return unitRead{info: dur("year"), end: e + 1, age: true}, true
	}
	if !cur {
		if u, ok := fr.moneyAfter(e, n); ok {
			return u, true
		}
	}
	if u, ok := fr.measureAfter(e, n); ok {
		return u, true
	}
	// "half an hour", "a quarter of an hour".
	if n.bareHalf || n.frac && n.article {
		k := e
		if fr.isWordAt(k, "of") {
			k++
		}
		if fr.isWordAt(k, "an") || fr.isWordAt(k, "a") {
			if u, ok := fr.measureAfter(k+1, n); ok {
				return u, true
			}
		}
	}
	return unitRead{}, false
}

// gluedUnit reads the letters glued to the digits of n at token e.
func (fr *factReader) gluedUnit(e int, n numeral, cur bool) (unitRead, bool) {
	w := fr.text(e)
	lw := fr.lower(e)
	switch {
	case meridiems[w] || lw == "am" || lw == "pm":
		return unitRead{end: e + 1, timeOfDay: true}, true
	case w == "s":
		return unitRead{}, false // "1990s": the caller's
	case cur && moneyScaleSuffixes[w] != 0:
		return unitRead{scale: moneyScaleSuffixes[w], end: e + 1, glued: true}, true
	case w == "m" && fr.currencyNameAt(e+1):
		return unitRead{scale: 1e6, end: e + 1, glued: true}, true // "1.8m dollars"
	case w == "m" && !cur && fr.countedAfter(e+1):
		return unitRead{scale: 1e6, end: e + 1, glued: true}, true // "12m people"
	}
	if lw == "pc" || lw == "pct" {
		return unitRead{info: unitInfo{kind: article.FactPercent, unit: "%"}, end: e + 1, glued: true}, true
	}
	if !cur {
		if code, mult, ok := codeOf(w); ok {
			u := unitRead{info: money(code), end: e + 1, glued: true, scale: mult}
			return fr.moneyScale(u), true
		}
		if code, ok := currencySymbols[w]; ok {
			return unitRead{info: money(code), end: e + 1, glued: true}, true
		}
		switch w {
		case "c":
			return unitRead{info: unitInfo{kind: article.FactMoney, unit: "USD", mult: 0.01}, end: e + 1, glued: true}, true
		case "p":
			return unitRead{info: unitInfo{kind: article.FactMoney, unit: "GBP", mult: 0.01}, end: e + 1, glued: true}, true
		}
	}
	switch w {
	case "C", "F":
		// "40C" in a sentence about heat; "13F filing" and "14.7C/" are no temperatures.
		if fr.punctAt(e+1, '/') || !fr.nearWord(n.t0, e+1, 12, heatWords) {
			return unitRead{end: e + 1, unknown: true}, true
		}
		return unitRead{info: unitInfo{kind: article.FactQuantity, unit: w, temp: true}, end: e + 1, glued: true}, true
	case "yo":
		return unitRead{info: dur("year"), end: e + 1, glued: true, age: true}, true
	}
	info, ok := unitSymbols[w]
	if !ok {
		info, ok = quantityWords[lw]
	}
	if !ok {
		info, ok = durationWords[lw]
	}
	if !ok {
		return unitRead{end: fr.skipGlued(e), unknown: true}, true
	}
	u := unitRead{info: info, end: e + 1, glued: true}
	return fr.compound(u, n), true
}

// moneyScale reads a scale after a currency code: "75 USD million".
func (fr *factReader) moneyScale(u unitRead) unitRead {
	if u.end < len(fr.toks) {
		t := fr.toks[u.end]
		if t.kind == tkWord && t.lex.kind == lxScale && !t.lex.plural {
			u.scale = orOne(u.scale) * t.lex.val()
			u.end++
		}
	}
	return u
}

// punctUnit reads a unit that starts with a sign at token e: "%", "°C",
// "10 $", "10 €", "6″", "(kg)", "3-inch", "23-year-old".
func (fr *factReader) punctUnit(e int, n numeral, cur bool) (unitRead, bool) {
	t := fr.toks[e]
	w := fr.text(e)
	switch {
	case w == "%" || w == "％":
		return unitRead{info: unitInfo{kind: article.FactPercent, unit: "%"}, end: e + 1, glued: !t.space}, true
	case w == "‰":
		return unitRead{info: unitInfo{kind: article.FactPercent, unit: "‰"}, end: e + 1, glued: !t.space}, true
	case w == "°" || w == "º":
		if e+1 < len(fr.toks) && !fr.toks[e+1].space {
			if s := fr.text(e + 1); s == "C" || s == "F" || s == "c" || s == "f" {
				return unitRead{info: unitInfo{kind: article.FactQuantity, unit: strings.ToUpper(s), temp: true}, end: e + 2}, true
			}
		}
		if info, end, ok := fr.tempScale(e + 1); ok {
			return unitRead{info: info, end: end}, true
		}
		return unitRead{info: unitSymbols["°"], end: e + 1, glued: !t.space}, true
	case w == "℃" || w == "℉":
		return unitRead{info: unitSymbols[w], end: e + 1}, true
	case w == "″" || w == "′":
		return unitRead{info: unitSymbols[w], end: e + 1, glued: !t.space}, true
	case w == "\"" && n.digits:
		// "a pen that is 10 \" long": inches only before a word of size.
		if e+1 < len(fr.toks) && sizeWords[fr.tokenText(e+1)] {
			return unitRead{info: qty("in", 'l'), end: e + 1}, true
		}
	case w == "(" || w == "[" || w == "{" || w == "<":
		// "20 (kg)"
		if e+2 < len(fr.toks) && fr.toks[e+1].kind == tkWord && fr.punctAt(e+2, closing(t.r)) {
			if info, ok := unitSymbols[fr.text(e+1)]; ok && info.kind == article.FactQuantity {
				return unitRead{info: info, end: e + 3}, true
			}
		}
	case isHyphen(t) && !t.space && e+1 < len(fr.toks) && fr.toks[e+1].kind == tkWord && !fr.toks[e+1].space:
		return fr.hyphenUnit(e+1, n, cur)
	}
	if !cur && (e+1 >= len(fr.toks) || fr.toks[e+1].space || fr.toks[e+1].kind != tkNum) {
		if code, ok := currencySymbols[w]; ok {
			return unitRead{info: money(code), end: e + 1, glued: !t.space}, true // "10 €"
		}
	}
	return unitRead{}, false
}

// sizeWords are the words after a size in inches written with '"'.
var sizeWords = map[string]bool{"long": true, "wide": true, "tall": true, "high": true, "thick": true,
	"deep": true, "across": true, "screen": true, "display": true, "x": true}

func closing(r rune) rune {
	switch r {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return '>'
}

// hyphenUnit reads a unit joined to its number by a hyphen, as an
// adjective: "3-inch", "six-mile", "12-cent", "one-yen", "three-day",
// "23-year-old". k is the token after the hyphen.
func (fr *factReader) hyphenUnit(k int, n numeral, cur bool) (unitRead, bool) {
	w := fr.text(k)
	lw := fr.lower(k)
	var u unitRead
	switch {
	case durationWords[lw].kind != "":
		u = unitRead{info: durationWords[lw], end: k + 1}
		// "-year-old", "-year-olds"
		if isHyphen(fr.toks[k+min(1, len(fr.toks)-k-1)]) && k+2 < len(fr.toks) && !fr.toks[k+1].space && !fr.toks[k+2].space {
			if o := fr.tokenText(k + 2); o == "old" || o == "olds" {
				u.end, u.age = k+3, true
			}
		}
	case quantityWords[lw].kind != "":
		u = unitRead{info: quantityWords[lw], end: k + 1}
	case unitSymbols[w].kind != "" && len(w) > 1:
		u = unitRead{info: unitSymbols[w], end: k + 1}
	case !cur && currencyNames[lw].kind != "":
		u = unitRead{info: currencyNames[lw], end: k + 1}
	case lw == "percent":
		u = unitRead{info: unitInfo{kind: article.FactPercent, unit: "%"}, end: k + 1}
	default:
		return unitRead{}, false
	}
	return u, true
}

// tempScale reads a temperature scale word at token k: "celsius",
// "fahrenheit", "C", "F" and misspellings.
func (fr *factReader) tempScale(k int) (unitInfo, int, bool) {
	if k >= len(fr.toks) || fr.toks[k].kind != tkWord || fr.toks[k].skip {
		return unitInfo{}, 0, false
	}
	w := fr.text(k)
	switch w {
	case "C", "c", "F", "f":
		return unitInfo{kind: article.FactQuantity, unit: strings.ToUpper(w), temp: true}, k + 1, true
	}
	if info, ok := lookupLower(quantityWords, w); ok && info.temp {
		return info, k + 1, true
	}
	return unitInfo{}, 0, false
}

// measureAfter reads a unit of measure or of time written as words or
// symbols at token e: "ten miles", "660 square meters", "98.6 degrees
// fahrenheit", "10 Kilometers per hour", "three hours", "five years
// old".
func (fr *factReader) measureAfter(e int, n numeral) (unitRead, bool) {
	if e >= len(fr.toks) || fr.toks[e].kind != tkWord || fr.toks[e].skip {
		return unitRead{}, false
	}
	w := fr.text(e)
	lw := fr.lower(e)
	// Degrees, with a scale or alone.
	if lw == "degree" || lw == "degrees" || lw == "deg" {
		k := e + 1
		if lw == "deg" && fr.punctAt(k, '.') && !fr.toks[k].space {
			k++
		}
		if info, end, ok := fr.tempScale(k); ok {
			return unitRead{info: info, end: end}, true
		}
		return unitRead{info: unitSymbols["°"], end: k}, true
	}
	switch lw {
	case "square", "sq", "cubic", "cu":
		k := e + 1
		if fr.punctAt(k, '.') && !fr.toks[k].space {
			k++
		}
		info, ok := fr.lengthAt(k)
		if !ok {
			return unitRead{}, false
		}
		sup := "²"
		if lw == "cubic" || lw == "cu" {
			sup = "³"
		}
		dim := byte('a')
		if sup == "³" {
			dim = 'v'
		}
		return fr.compound(unitRead{info: qty(info.unit+sup, dim), end: k + 1}, n), true
	case "metric", "long", "short":
		if w2 := fr.tokenText(e + 1); w2 == "ton" || w2 == "tons" || w2 == "tonne" || w2 == "tonnes" {
			unit := "t"
			if lw != "metric" {
				unit = "ton"
			}
			return unitRead{info: qty(unit, 'm'), end: e + 2}, true
		}
	case "nautical":
		if w2 := fr.tokenText(e + 1); w2 == "mile" || w2 == "miles" {
			return fr.compound(unitRead{info: qty("nmi", 'l'), end: e + 2}, n), true
		}
	case "fluid":
		if w2 := fr.tokenText(e + 1); w2 == "ounce" || w2 == "ounces" || w2 == "oz" {
			return unitRead{info: qty("fl oz", 'v'), end: e + 2}, true
		}
	case "troy":
		if w2 := fr.tokenText(e + 1); w2 == "ounce" || w2 == "ounces" || w2 == "oz" {
			return unitRead{info: qty("oz", 'm'), end: e + 2}, true
		}
	case "light":
		return unitRead{}, false
	}
	if info, ok := durationWords[lw]; ok {
		u := unitRead{info: info, end: e + 1}
		switch {
		case fr.isWordAt(e+1, "old"):
			u.end, u.age = e+2, true
		case fr.isWordAt(e+1, "of") && fr.isWordAt(e+2, "age"):
			u.end, u.age = e+3, true
		case isHyphen(fr.tokenAt(e+1)) && !fr.toks[e+1].space && fr.isWordAt(e+2, "old") && !fr.toks[e+2].space:
			u.end, u.age = e+3, true
		}
		return u, true
	}
	info, ok := quantityWords[lw]
	if !ok {
		info, ok = unitSymbols[w]
		if ok && (info.kind != article.FactQuantity || len(w) == 1 && w != "m") {
			return unitRead{}, false // spaced "5 g", "5 s": too loose
		}
	}
	if !ok {
		return unitRead{}, false
	}
	if info.temp && fr.toks[e].space && strings.ContainsRune("CFK", rune(w[0])) && len(w) == 1 {
		return unitRead{}, false
	}
	if lw == "pound" || lw == "pounds" {
		if fr.isWordAt(e+1, "sterling") {
			return unitRead{info: money("GBP"), end: e + 2}, true
		}
		if fr.poundIsMoney(e, n) {
			return unitRead{info: money("GBP"), end: e + 1}, true
		}
		info = qty("lb", 'm')
	}
	u := fr.compound(unitRead{info: info, end: e + 1}, n)
	if info.unit == "ft" {
		u = fr.feetInches(u)
	}
	return u, true
}

func (fr *factReader) tokenAt(i int) token {
	if i < 0 || i >= len(fr.toks) {
		return token{}
	}
	return fr.toks[i]
}

// lengthAt reads a unit of length at token k, for "square" and "cubic".
func (fr *factReader) lengthAt(k int) (unitInfo, bool) {
	if k >= len(fr.toks) || fr.toks[k].kind != tkWord {
		return unitInfo{}, false
	}
	w := fr.text(k)
	info, ok := quantityWords[fr.lower(k)]
	if !ok {
		info, ok = unitSymbols[w]
	}
	if !ok || info.dim != 'l' {
		return unitInfo{}, false
	}
	return info, true
}

// compound reads a rate after a unit: "miles an hour", "kilometres per
// hour", "km/hr", "centimeters/millisecond".
func (fr *factReader) compound(u unitRead, n numeral) unitRead {
	e := u.end
	if u.info.kind != article.FactQuantity || u.info.temp {
		return u
	}
	var den string
	end := 0
	switch {
	case fr.isWordAt(e, "per") && u.info.dim != 'd':
		if d, ok := fr.timeUnitAt(e + 1); ok {
			den, end = d, e+2
		}
	case isHyphen(fr.tokenAt(e)) && !fr.toks[e].space && fr.isWordAt(e+1, "per") && isHyphen(fr.tokenAt(e+2)):
		if d, ok := fr.timeUnitAt(e + 3); ok {
			den, end = d, e+4 // "gigabits-per-second"
		}
	case (fr.isWordAt(e, "an") || fr.isWordAt(e, "a")) && u.info.dim == 'l' && fr.isWordAt(e+1, "hour"):
		den, end = "h", e+2
	case fr.punctAt(e, '/') && !fr.toks[e].space && e+1 < len(fr.toks) && !fr.toks[e+1].space && fr.toks[e+1].kind == tkWord:
		if d, ok := fr.timeUnitAt(e + 1); ok {
			den, end = d, e+2
		} else if info, ok := unitSymbols[fr.text(e+1)]; ok && info.kind == article.FactQuantity {
			den, end = info.unit, e+2
		} else if info, ok := quantityWords[fr.lower(e+1)]; ok {
			den, end = info.unit, e+2
		}
	}
	if den == "" {
		return u
	}
	unit := u.info.unit + "/" + den
	switch unit {
	case "mi/h":
		unit = "mph"
	case "nmi/h":
		unit = "kn"
	}
	u.info = qty(unit, 's')
	u.end = end
	return u
}

// timeUnitAt reads a unit of time at token k and returns its symbol.
func (fr *factReader) timeUnitAt(k int) (string, bool) {
	if k >= len(fr.toks) || fr.toks[k].kind != tkWord {
		return "", false
	}
	w := fr.text(k)
	if info, ok := durationWords[fr.lower(k)]; ok {
		return timeSymbols[info.unit], timeSymbols[info.unit] != ""
	}
	if info, ok := unitSymbols[w]; ok && info.kind == article.FactDuration {
		return timeSymbols[info.unit], true
	}
	return "", false
}

// feetInches adds the inches after feet: "5 ft 2 in", "5 feet and 2
// inches".
func (fr *factReader) feetInches(u unitRead) unitRead {
	k := u.end
	if fr.isWordAt(k, "and") {
		k++
	}
	if k >= len(fr.toks) || fr.toks[k].kind != tkNum || fr.toks[k].skip {
		return u
	}
	v := fr.toks[k].num.val
	if v >= 12 || fr.toks[k].num.decimal && v >= 12 {
		return u
	}
	w := fr.tokenText(k + 1)
	if w == "in" || w == "inch" || w == "inches" || w == "″" || w == "\"" {
		u.extra += v / 12
		u.end = k + 2
	}
	return u
}

// moneyAfter reads a currency written after a number at token e: "200
// USD", "75 USD million", "420 million finnish markka", "50 cents",
// "361 million pounds".
func (fr *factReader) moneyAfter(e int, n numeral) (unitRead, bool) {
	w := fr.text(e)
	if code, mult, ok := codeOf(w); ok {
		if e+1 < len(fr.toks) && fr.toks[e+1].kind == tkNum && !fr.toks[e+1].space {
			return unitRead{}, false // "3 USD50 cards": the code is the next number's
		}
		return fr.moneyScale(unitRead{info: money(code), end: e + 1, scale: mult}), true
	}
	if code, ok := currencySymbols[w]; ok {
		return unitRead{info: money(code), end: e + 1}, true // "100,000 ரூ"
	}
	lw := fr.lower(e)
	// With a nationality: "swiss francs", "hong kong dollars".
	for adj := 0; adj < 2; adj++ {
		k := e + adj + 1
		if k >= len(fr.toks) || fr.toks[k].kind != tkWord {
			break
		}
		name := singularCurrency(fr.tokenText(k))
		if code, ok := currencyAdjectives[fr.tokenText(k-1)+" "+name]; ok {
			info := money(code)
			if name == "cent" {
				info.mult = 0.01
			}
			return unitRead{info: info, end: k + 1}, true
		}
	}
	info, ok := currencyNames[lw]
	if !ok {
		return unitRead{}, false
	}
	if lw == "won" && n.val < 1000 && n.scale == 0 {
		return unitRead{}, false
	}
	return unitRead{info: info, end: e + 1}, true
}

// singularCurrency returns the singular of a currency name.
func singularCurrency(w string) string {
	switch w {
	case "pence", "pennies":
		return "penny"
	case "lire":
		return "lira"
	case "kronor":
		return "krona"
	case "kroner":
		return "krone"
	case "reais":
		return "real"
	case "korun", "koruny":
		return "koruna"
	case "lei":
		return "leu"
	case "leva":
		return "lev"
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		return w[:len(w)-1]
	}
	return w
}

// currencyNameAt reports whether token k names a currency.
func (fr *factReader) currencyNameAt(k int) bool {
	if k >= len(fr.toks) || fr.toks[k].kind != tkWord {
		return false
	}
	w := fr.text(k)
	if _, _, ok := codeOf(w); ok {
		return true
	}
	_, ok := lookupLower(currencyNames, w)
	return ok
}

// countedAfter reports whether a plural noun follows at token k.
func (fr *factReader) countedAfter(k int) bool {
	_, _, ok := fr.countedNoun(k)
	return ok
}

// heatWords are words of weather and temperature, which make "40C" a
// temperature.
var heatWords = map[string]bool{"temperature": true, "temperatures": true, "temp": true, "temps": true,
	"degrees": true, "degree": true, "heat": true, "heatwave": true, "cold": true, "warm": true, "hot": true,
	"high": true, "highs": true, "low": true, "lows": true, "weather": true, "forecast": true, "celsius": true,
	"fahrenheit": true, "thermometer": true, "fever": true, "cool": true, "freezing": true, "mercury": true,
	"climate": true, "record": true, "summer": true, "winter": true, "reached": true, "hit": true,
	"soared": true, "peaked": true, "topped": true, "sweltering": true, "scorching": true, "frost": true,
	"chill": true, "warming": true, "heated": true, "oven": true, "boil": true, "boils": true, "freeze": true,
	"thermostat": true, "water": true, "sea": true, "ocean": true, "air": true}

// moneyWords are words around "pounds" that make them money.
var moneyWords = map[string]bool{"cost": true, "costs": true, "worth": true, "paid": true, "pay": true,
	"pays": true, "fined": true, "fine": true, "price": true, "priced": true, "spent": true, "spend": true,
	"raised": true, "budget": true, "fund": true, "funding": true, "salary": true, "wage": true, "wages": true,
	"bid": true, "offer": true, "sold": true, "bought": true, "loan": true, "debt": true, "profit": true,
	"revenue": true, "earn": true, "earned": true, "earns": true, "deal": true, "contract": true, "prize": true,
	"bill": true, "tax": true, "fee": true, "fees": true, "donation": true, "compensation": true,
	"damages": true, "bonus": true, "pension": true, "investment": true, "invest": true, "invested": true,
	"charge": true, "charged": true, "sterling": true, "£": true, "gbp": true, "money": true, "cash": true,
	"payment": true, "grant": true, "award": true, "awarded": true, "valued": true, "value": true}

// poundIsMoney reports whether "pounds" at token e, after numeral n,
// are money rather than weight: a scale ("361 million pounds") or a word
// of money nearby.
func (fr *factReader) poundIsMoney(e int, n numeral) bool {
	if n.scale >= 1e6 {
		return true
	}
	if fr.nearWord(n.t0, e+1, 6, weightWords) {
		return false
	}
	return fr.nearWord(n.t0, e+1, 6, moneyWords)
}

// weightWords are words around "pounds" that make them weight.
var weightWords = map[string]bool{"weigh": true, "weighs": true, "weighed": true, "weighing": true,
	"weight": true, "heavy": true, "heavier": true, "lose": true, "lost": true, "losing": true, "gain": true,
	"gained": true, "overweight": true, "baby": true, "fish": true, "pound-for-pound": true, "lbs": true}

// unitWordAt reports whether the word at token k is a unit, currency or
// percent word, which is never a counted noun.
func (fr *factReader) unitWordAt(k int) (unitInfo, bool) {
	w := fr.text(k)
	lw := fr.lower(k)
	if info, ok := quantityWords[lw]; ok {
		return info, true
	}
	if info, ok := durationWords[lw]; ok {
		return info, true
	}
	if info, ok := currencyNames[lw]; ok {
		return info, true
	}
	if _, ok := percentWords[lw]; ok {
		return unitInfo{kind: article.FactPercent}, true
	}
	if _, _, ok := codeOf(w); ok {
		return unitInfo{kind: article.FactMoney}, true
	}
	if info, ok := unitSymbols[w]; ok {
		return info, true
	}
	return unitInfo{}, false
}

// anyUnit reports whether token j is a unit or currency word.
func (fr *factReader) anyUnit(j int) bool {
	_, ok := fr.unitWordAt(j)
	return ok
}
