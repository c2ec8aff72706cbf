package extract

import (
	"strings"

	"github.com/newsparse/newsparse/article"
)

// This file holds the tables of what a number measures: currencies
// (symbols, ISO 4217 codes, names), percent words, units of time and
// units of measure, each with the normalized unit a fact carries.

// unitInfo is what a unit word or symbol means.
type unitInfo struct {
	kind string  // article.FactMoney, FactPercent, FactDuration or FactQuantity
	unit string  // the normalized unit: "USD", "%", "hour", "km"
	mult float64 // multiplies the value (0.01 for cents); 0 means 1
	temp bool    // a temperature
	dim  byte    // for quantities: 'l' length, 't' time, others as needed
}

func money(code string) unitInfo { return unitInfo{kind: article.FactMoney, unit: code} }

func qty(unit string, dim byte) unitInfo {
	return unitInfo{kind: article.FactQuantity, unit: unit, dim: dim}
}

func dur(unit string) unitInfo { return unitInfo{kind: article.FactDuration, unit: unit, dim: 't'} }

// currencySymbols are currency signs written before or after a number.
var currencySymbols = map[string]string{
	"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
	"₺": "TRY", "₴": "UAH", "₪": "ILS", "₫": "VND", "₱": "PHP", "₦": "NGN", "₡": "CRC", "₾": "GEL",
	"₭": "LAK", "₿": "BTC", "元": "CNY", "ரூ": "LKR", "₨": "INR", "฿": "THB", "₸": "KZT", "₼": "AZN",
	"₵": "GHS", "₲": "PYG", "₮": "MNT", "₠": "EUR", "€.": "EUR",
}

// dollarPrefixes are the letters before "$" that name a dollar (or, for
// R$ and Mex$, a real and a peso), lower-case. spacedOK says whether they
// may stand apart from the "$" ("c $ 16.4 million").
var dollarPrefixes = map[string]struct {
	code     string
	spacedOK bool
}{
	"us": {"USD", true}, "u.s": {"USD", true}, "u.s.": {"USD", true}, "usd": {"USD", true},
	"c": {"CAD", true}, "ca": {"CAD", true}, "can": {"CAD", true}, "cad": {"CAD", true},
	"a": {"AUD", false}, "au": {"AUD", true}, "aud": {"AUD", true},
	"nz": {"NZD", true}, "nzd": {"NZD", true}, "hk": {"HKD", true}, "hkd": {"HKD", true},
	"s": {"SGD", false}, "sg": {"SGD", true}, "sgd": {"SGD", true},
	"mex": {"MXN", true}, "mx": {"MXN", true}, "mxn": {"MXN", true},
	"r": {"BRL", false}, "nt": {"TWD", true}, "twd": {"TWD", true}, "z": {"ZWL", false}, "j": {"JMD", false},
}

// currencyCodes are ISO 4217 codes (and RMB), written in capitals. Codes
// that are also English words (ALL, CUP, TOP, BOB, GEL, PEN, SOS, MOP)
// are left out: "All 70 of us" is no money.
var currencyCodes = buildCurrencyCodes()

func buildCurrencyCodes() map[string]string {
	m := map[string]string{"RMB": "CNY"}
	for _, c := range strings.Fields(`USD EUR GBP JPY CNY INR RUB CAD AUD NZD CHF HKD SGD SEK NOK DKK ISK PLN CZK
		HUF RON BGN HRK RSD TRY UAH BYN MDL GEL AMD AZN KZT UZS KGS TJS ILS SAR AED QAR KWD BHD OMR JOD LBP SYP
		IQD IRR EGP MAD TND DZD LYD NGN GHS KES UGX TZS ETB ZAR ZMW MWK BWP NAD MZN AOA XOF XAF BRL MXN ARS CLP
		COP VES UYU PYG DOP CRC GTQ HNL NIO JMD TTD KRW KPW TWD THB VND IDR MYR PHP PKR BDT LKR NPR AFN MMK KHR
		LAK MNT BTC ETH XAU XAG FIM NLG DEM FRF ITL ESP PTE GRD BEF ATS IEP`) {
		m[c] = c
	}
	return m
}

// lowerCodes are the codes also read in lower case ("10 rmb 20 usd"):
// the major ones, none of them an English word.
var lowerCodes = map[string]bool{"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "rmb": true,
	"inr": true, "rub": true, "chf": true, "cad": true, "aud": true, "nzd": true, "hkd": true, "sek": true,
	"nok": true, "dkk": true, "btc": true, "mxn": true, "brl": true, "zar": true, "krw": true, "sgd": true,
	"pln": true, "uah": true, "ils": true, "aed": true, "sar": true, "twd": true, "thb": true, "idr": true}

// codeOf returns the ISO code that w (a word) names, and the scale its
// prefix gives ("MUSD" is millions of dollars).
func codeOf(w string) (string, float64, bool) {
	if c, ok := currencyCodes[w]; ok {
		return c, 1, true
	}
	if len(w) <= 4 && lowerCodes[strings.ToLower(w)] && (strings.ToLower(w) == w) {
		c := strings.ToUpper(w)
		if c == "RMB" {
			c = "CNY"
		}
		return c, 1, true
	}
	if len(w) == 4 && (w[0] == 'M' || w[0] == 'm') {
		if c, ok := currencyCodes[strings.ToUpper(w[1:])]; ok && w[1:] == strings.ToUpper(w[1:]) {
			return c, 1e6, true
		}
	}
	return "", 0, false
}

// currencyGlued reports whether w, glued to the digits after it, is a
// currency code or sign rather than part of a code ("USD115", "Rs500").
func currencyGlued(w string) bool {
	if _, _, ok := codeOf(w); ok {
		return true
	}
	switch w {
	case "Rs", "RS", "rs", "Rp", "Mex", "mex", "Ksh", "KSh", "Sh", "Tk", "Rs.":
		return true
	}
	return false
}

// currencyWords are currency abbreviations written before a number, as
// in "Rs 500 crore", "Rp 10,000".
var currencyWords = map[string]string{"Rs": "INR", "Rs.": "INR", "rs": "INR", "RS": "INR", "Rp": "IDR",
	"Ksh": "KES", "KSh": "KES", "Tk": "BDT", "R": "ZAR"}

// currencyNames are currency names written after a number, lower-case,
// singular and plural.
var currencyNames = buildCurrencyNames()

func buildCurrencyNames() map[string]unitInfo {
	m := map[string]unitInfo{}
	add := func(code string, names ...string) {
		for _, n := range names {
			m[n] = money(code)
		}
	}
	add("USD", "dollar", "dollars", "buck", "bucks")
	add("EUR", "euro", "euros")
	add("GBP", "sterling", "quid")
	add("JPY", "yen")
	add("CNY", "yuan", "renminbi")
	add("INR", "rupee", "rupees")
	add("IDR", "rupiah", "rupiahs")
	add("RUB", "rouble", "roubles", "ruble", "rubles")
	add("UAH", "hryvnia", "hryvnias", "hryvnas", "hryvnya", "hryvnyas")
	add("TRY", "lira", "liras")
	add("ITL", "lire")
	add("ILS", "shekel", "shekels", "shekalim")
	add("SAR", "riyal", "riyals")
	add("IRR", "rial", "rials")
	add("AED", "dirham", "dirhams")
	add("CHF", "franc", "francs")
	add("MXN", "peso", "pesos")
	add("BRL", "reais", "reals")
	add("ZAR", "rand", "rands")
	add("NGN", "naira", "nairas")
	add("GHS", "cedi", "cedis")
	add("KES", "shilling", "shillings")
	add("ETB", "birr", "birrs")
	add("ZMW", "kwacha", "kwachas")
	add("THB", "baht")
	add("VND", "dong")
	add("MYR", "ringgit", "ringgits")
	add("BDT", "taka")
	add("PLN", "zloty", "zlotys", "zlotych", "zlote")
	add("HUF", "forint", "forints")
	add("CZK", "koruna", "korunas", "korun", "koruny")
	add("RON", "leu", "lei")
	add("BGN", "lev", "leva")
	add("KZT", "tenge")
	add("SEK", "krona", "kronor")
	add("FIM", "markka", "markkaa")
	add("NLG", "guilder", "guilders")
	add("ESP", "peseta", "pesetas")
	add("PTE", "escudo", "escudos")
	add("GRD", "drachma", "drachmas", "drachmae")
	add("DEM", "deutschmark", "deutschmarks", "deutschemark", "deutschemarks")
	add("BTC", "bitcoin", "bitcoins")
	for _, n := range []string{"cent", "cents"} {
		m[n] = unitInfo{kind: article.FactMoney, unit: "USD", mult: 0.01}
	}
	for _, n := range []string{"penny", "pence", "pennies"} {
		m[n] = unitInfo{kind: article.FactMoney, unit: "GBP", mult: 0.01}
	}
	for _, n := range []string{"satoshi", "satoshis"} {
		m[n] = unitInfo{kind: article.FactMoney, unit: "BTC", mult: 1e-8}
	}
	return m
}

// currencyAdjectives name the currency of a name after them: "swiss
// francs", "us dollars", "hong kong dollars". Keys are the lower-case
// adjective and the singular name.
var currencyAdjectives = map[string]string{
	"us dollar": "USD", "u.s. dollar": "USD", "u.s dollar": "USD", "american dollar": "USD",
	"canadian dollar": "CAD", "australian dollar": "AUD", "zealand dollar": "NZD", "kong dollar": "HKD",
	"singapore dollar": "SGD", "taiwan dollar": "TWD", "jamaican dollar": "JMD", "zimbabwean dollar": "ZWL",
	"zimbabwe dollar": "ZWL", "caribbean dollar": "XCD", "fijian dollar": "FJD", "namibian dollar": "NAD",
	"swiss franc": "CHF", "french franc": "FRF", "belgian franc": "BEF", "cfa franc": "XOF", "congolese franc": "CDF",
	"rwandan franc": "RWF", "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupee": "INR",
	"pakistani rupee": "PKR", "lankan rupee": "LKR", "nepalese rupee": "NPR", "nepali rupee": "NPR",
	"mauritian rupee": "MUR", "indonesian rupiah": "IDR", "russian rouble": "RUB", "russian ruble": "RUB",
	"belarusian rouble": "BYN", "belarusian ruble": "BYN", "turkish lira": "TRY", "italian lira": "ITL",
	"lebanese lira": "LBP", "mexican peso": "MXN", "argentine peso": "ARS", "argentinian peso": "ARS",
	"philippine peso": "PHP", "colombian peso": "COP", "chilean peso": "CLP", "cuban peso": "CUP",
	"dominican peso": "DOP", "uruguayan peso": "UYU", "brazilian real": "BRL", "african rand": "ZAR",
	"egyptian pound": "EGP", "lebanese pound": "LBP", "syrian pound": "SYP", "sudanese pound": "SDG",
	"british pound": "GBP", "irish pound": "IEP", "danish krone": "DKK", "norwegian krone": "NOK",
	"swedish krona": "SEK", "icelandic krona": "ISK", "czech koruna": "CZK", "polish zloty": "PLN",
	"hungarian forint": "HUF", "romanian leu": "RON", "bulgarian lev": "BGN", "ukrainian hryvnia": "UAH",
	"kazakh tenge": "KZT", "israeli shekel": "ILS", "saudi riyal": "SAR", "qatari riyal": "QAR",
	"iranian rial": "IRR", "omani rial": "OMR", "yemeni rial": "YER", "uae dirham": "AED", "emirati dirham": "AED",
	"moroccan dirham": "MAD", "kuwaiti dinar": "KWD", "iraqi dinar": "IQD", "jordanian dinar": "JOD",
	"bahraini dinar": "BHD", "libyan dinar": "LYD", "tunisian dinar": "TND", "algerian dinar": "DZD",
	"serbian dinar": "RSD", "nigerian naira": "NGN", "ghanaian cedi": "GHS", "kenyan shilling": "KES",
	"ugandan shilling": "UGX", "tanzanian shilling": "TZS", "somali shilling": "SOS", "austrian schilling": "ATS",
	"ethiopian birr": "ETB", "zambian kwacha": "ZMW", "malawian kwacha": "MWK", "thai baht": "THB",
	"vietnamese dong": "VND", "malaysian ringgit": "MYR", "korean won": "KRW", "bangladeshi taka": "BDT",
	"finnish markka": "FIM", "dutch guilder": "NLG", "german mark": "DEM", "deutsche mark": "DEM",
	"spanish peseta": "ESP", "portuguese escudo": "PTE", "greek drachma": "GRD", "venezuelan bolivar": "VES",
	"afghan afghani": "AFN", "turkish pound": "TRY", "euro cent": "EUR", "us cent": "USD",
}

// percentWords are the words and signs of a percentage after a number.
var percentWords = map[string]string{
	"%": "%", "percent": "%", "percents": "%", "percentage": "%", "pct": "%", "pc": "%", "％": "%", "‰": "‰",
}

// durationWords are units of time, lower-case, singular and plural,
// with their normalized unit.
var durationWords = map[string]unitInfo{}

// quantityWords are units of measure written as words, lower-case.
var quantityWords = map[string]unitInfo{}

// unitSymbols are units of measure written as symbols; case matters.
var unitSymbols = map[string]unitInfo{}

func init() {
	for unit, words := range map[string][]string{
		"second": {"second", "seconds", "sec", "secs"}, "minute": {"minute", "minutes", "min", "mins"},
		"hour": {"hour", "hours", "hr", "hrs"}, "day": {"day", "days"}, "week": {"week", "weeks", "wk", "wks"},
		"fortnight": {"fortnight", "fortnights"}, "month": {"month", "months"},
		"year": {"year", "years", "yr", "yrs"}, "decade": {"decade", "decades"},
		"century": {"century", "centuries"}, "millennium": {"millennium", "millennia", "millenniums"},
		"millisecond": {"millisecond", "milliseconds"}, "microsecond": {"microsecond", "microseconds"},
		"nanosecond": {"nanosecond", "nanoseconds"},
	} {
		for _, w := range words {
			durationWords[w] = dur(unit)
		}
	}
	words := func(unit string, dim byte, ws ...string) {
		for _, w := range ws {
			quantityWords[w] = qty(unit, dim)
		}
	}
	words("mm", 'l', "millimetre", "millimetres", "millimeter", "millimeters")
	words("cm", 'l', "centimetre", "centimetres", "centimeter", "centimeters")
	words("dm", 'l', "decimetre", "decimetres", "decimeter", "decimeters")
	words("m", 'l', "metre", "metres", "meter", "meters")
	words("km", 'l', "kilometre", "kilometres", "kilometer", "kilometers", "klick", "klicks")
	words("µm", 'l', "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns")
	words("nm", 'l', "nanometre", "nanometres", "nanometer", "nanometers")
	words("pm", 'l', "picometre", "picometres", "picometer", "picometers")
	words("in", 'l', "inch", "inches")
	words("ft", 'l', "foot", "feet")
	words("yd", 'l', "yard", "yards")
	words("mi", 'l', "mile", "miles")
	words("ha", 'a', "hectare", "hectares")
	words("acre", 'a', "acre", "acres")
	words("l", 'v', "litre", "litres", "liter", "liters")
	words("ml", 'v', "millilitre", "millilitres", "milliliter", "milliliters")
	words("cl", 'v', "centilitre", "centilitres", "centiliter", "centiliters")
	words("gal", 'v', "gallon", "gallons")
	words("bbl", 'v', "barrel", "barrels")
	words("pt", 'v', "pint", "pints")
	words("qt", 'v', "quart", "quarts")
	words("cup", 'v', "cup", "cups")
	words("tbsp", 'v', "tablespoon", "tablespoons", "tbsp", "tbs")
	words("tsp", 'v', "teaspoon", "teaspoons", "tsp")
	words("cc", 'v', "cc")
	words("µg", 'm', "microgram", "micrograms", "microgramme", "microgrammes")
	words("mg", 'm', "milligram", "milligrams", "milligramme", "milligrammes")
	words("g", 'm', "gram", "grams", "gramme", "grammes")
	words("kg", 'm', "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos")
	words("t", 'm', "tonne", "tonnes")
	words("ton", 'm', "ton", "tons")
	words("lb", 'm', "lb", "lbs", "pound", "pounds")
	words("oz", 'm', "ounce", "ounces", "oz")
	words("st", 'm', "stone")
	words("ct", 'm', "carat", "carats")
	words("dram", 'm', "dram", "drams")
	words("kn", 's', "knot", "knots")
	words("mph", 's', "mph")
	words("km/h", 's', "kph", "kmh", "kmph")
	words("°", 'd', "degree", "degrees", "deg")
	words("rad", 'd', "radian", "radians")
	words("bit", 'b', "bit", "bits")
	words("B", 'b', "byte", "bytes")
	words("kB", 'b', "kilobyte", "kilobytes")
	words("MB", 'b', "megabyte", "megabytes")
	words("GB", 'b', "gigabyte", "gigabytes")
	words("TB", 'b', "terabyte", "terabytes")
	words("PB", 'b', "petabyte", "petabytes")
	words("kb", 'b', "kilobit", "kilobits")
	words("Mb", 'b', "megabit", "megabits")
	words("Gb", 'b', "gigabit", "gigabits")
	words("W", 'p', "watt", "watts")
	words("kW", 'p', "kilowatt", "kilowatts")
	words("MW", 'p', "megawatt", "megawatts")
	words("GW", 'p', "gigawatt", "gigawatts")
	words("TW", 'p', "terawatt", "terawatts")
	words("kWh", 'e', "kilowatt-hour", "kilowatt-hours")
	words("MWh", 'e', "megawatt-hour", "megawatt-hours")
	words("GWh", 'e', "gigawatt-hour", "gigawatt-hours")
	words("TWh", 'e', "terawatt-hour", "terawatt-hours")
	words("J", 'e', "joule", "joules")
	words("cal", 'e', "calorie", "calories")
	words("kcal", 'e', "kilocalorie", "kilocalories", "kcal")
	words("hp", 'p', "horsepower", "hp", "bhp")
	words("V", 'x', "volt", "volts")
	words("kV", 'x', "kilovolt", "kilovolts")
	words("Hz", 'f', "hertz")
	words("kHz", 'f', "kilohertz")
	words("MHz", 'f', "megahertz")
	words("GHz", 'f', "gigahertz")
	words("dB", 'x', "decibel", "decibels")
	words("mSv", 'x', "millisievert", "millisieverts")
	words("psi", 'x', "psi")
	for _, w := range []string{"celsius", "centigrade", "celcius", "centigrate", "celsuis"} {
		quantityWords[w] = unitInfo{kind: article.FactQuantity, unit: "C", temp: true}
	}
	for _, w := range []string{"fahrenheit", "farenheit", "fahrenheight", "farenhiet", "fahrenhiet"} {
		quantityWords[w] = unitInfo{kind: article.FactQuantity, unit: "F", temp: true}
	}
	quantityWords["kelvin"] = unitInfo{kind: article.FactQuantity, unit: "K", temp: true}

	syms := func(unit string, dim byte, ss ...string) {
		for _, s := range ss {
			unitSymbols[s] = qty(unit, dim)
		}
	}
	syms("mm", 'l', "mm")
	syms("cm", 'l', "cm")
	syms("dm", 'l', "dm")
	syms("m", 'l', "m")
	syms("km", 'l', "km", "Km", "KM")
	syms("µm", 'l', "µm", "μm")
	syms("ft", 'l', "ft", "′")
	syms("in", 'l', "″")
	syms("yd", 'l', "yd", "yds")
	syms("mi", 'l', "mi")
	syms("nmi", 'l', "nmi")
	syms("mm²", 'a', "mm2", "mm²")
	syms("cm²", 'a', "cm2", "cm²")
	syms("m²", 'a', "m2", "m²", "sqm")
	syms("km²", 'a', "km2", "km²", "sqkm")
	syms("ft²", 'a', "ft2", "ft²", "sqft")
	syms("mi²", 'a', "mi2", "mi²")
	syms("m³", 'v', "m3", "m³")
	syms("cm³", 'v', "cm3", "cm³")
	syms("ft³", 'v', "ft3", "ft³")
	syms("ml", 'v', "ml", "mL")
	syms("cl", 'v', "cl", "cL")
	syms("l", 'v', "l", "L")
	syms("gal", 'v', "gal")
	syms("bbl", 'v', "bbl", "bpd")
	syms("µg", 'm', "µg", "μg", "mcg", "ug")
	syms("mg", 'm', "mg")
	syms("g", 'm', "g", "gr")
	syms("kg", 'm', "kg", "Kg", "KG", "kgs")
	syms("t", 'm', "t")
	syms("lb", 'm', "lb", "lbs", "Lbs")
	syms("oz", 'm', "oz")
	syms("km/h", 's', "kph", "kmh", "kmph", "km/h", "km/hr")
	syms("mph", 's', "mph", "MPH")
	syms("m/s", 's', "m/s")
	syms("kn", 's', "kn", "kt", "kts")
	syms("rad", 'd', "rad")
	syms("B", 'b', "B")
	syms("kB", 'b', "kB", "KB")
	syms("MB", 'b', "MB")
	syms("GB", 'b', "GB")
	syms("TB", 'b', "TB")
	syms("PB", 'b', "PB")
	syms("kb", 'b', "kb", "Kb")
	syms("Mb", 'b', "Mb", "mb")
	syms("Gb", 'b', "Gb", "gb")
	syms("Tb", 'b', "Tb")
	syms("kbps", 'b', "kbps", "Kbps")
	syms("Mbps", 'b', "Mbps", "mbps")
	syms("Gbps", 'b', "Gbps", "gbps")
	syms("W", 'p', "W")
	syms("kW", 'p', "kW", "KW")
	syms("MW", 'p', "MW")
	syms("GW", 'p', "GW")
	syms("TW", 'p', "TW")
	syms("kWh", 'e', "kWh", "KWh", "kwh")
	syms("MWh", 'e', "MWh", "mwh")
	syms("GWh", 'e', "GWh")
	syms("TWh", 'e', "TWh")
	syms("kcal", 'e', "kcal")
	syms("hp", 'p', "hp", "bhp")
	syms("V", 'x', "V")
	syms("kV", 'x', "kV")
	syms("mAh", 'x', "mAh")
	syms("Hz", 'f', "Hz")
	syms("kHz", 'f', "kHz")
	syms("MHz", 'f', "MHz")
	syms("GHz", 'f', "GHz")
	syms("dB", 'x', "dB")
	syms("mSv", 'x', "mSv")
	syms("µSv", 'x', "µSv", "μSv")
	syms("psi", 'x', "psi")
	syms("hPa", 'x', "hPa")
	syms("rpm", 'f', "rpm", "RPM")
	syms("°", 'd', "°", "º")
	for s, u := range map[string]string{"°C": "C", "ºC": "C", "℃": "C", "°F": "F", "ºF": "F", "℉": "F"} {
		unitSymbols[s] = unitInfo{kind: article.FactQuantity, unit: u, temp: true}
	}
	for s, u := range map[string]string{"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
		"s": "second", "sec": "second", "secs": "second", "ms": "millisecond", "yr": "year", "yrs": "year", "wk": "week"} {
		unitSymbols[s] = dur(u)
	}
}

// timeSymbols shorten units of time in compound units: "km/h", "m/ms".
var timeSymbols = map[string]string{"hour": "h", "minute": "min", "second": "s", "millisecond": "ms",
	"microsecond": "µs", "nanosecond": "ns", "day": "d", "week": "wk", "month": "mo", "year": "yr"}

// meridiems are the words after a clock time: "6 pm", "10 a.m.".
var meridiems = map[string]bool{"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true,
	"AM": true, "PM": true, "A.M.": true, "P.M.": true, "Am": true, "Pm": true}
