package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block filter limits.
const (
	// shortBlock is the most runes a block may have to be judged
	// furniture by its words alone.
	shortBlock = 160
)

// furniturePrefixes open short blocks that are page furniture, not
// article text (compared lower-case).
var furniturePrefixes = []string{
	"advertisement", "advertising", "advert", "sponsored", "read more", "read next", "read also",
	"also read", "see also", "related:", "related articles", "related stories", "related content",
	"related coverage", "related news", "more from", "share this", "share on", "share:", "share via",
	"sign up", "subscribe", "follow us", "follow me", "click here", "©", "(c) ", "copyright",
	"loading", "image:", "image credit", "photo:", "photo credit", "photograph:", "credit:",
	"tags:", "tagged:", "filed under", "posted in", "topics:", "continue reading",
	"don't miss", "don’t miss", "most read", "most popular", "trending", "leave a comment",
	"recommended", "you may also like", "you might also like", "we recommend", "get the latest",
	"download the", "listen to this", "skip advertisement", "story continues", "article continues",
	"this article was", "caption:", "editor's note:", "editor’s note:", "source:", "sources:", "more great", "want more stories",
	"like this story", "also on ", "view gallery", "view all", "see all", "open gallery", "back to gallery",
	"to read the full story", "to read the full article", "to continue reading", "read the full story",
	// "read also" and "see also" in other languages
	"leggi anche", "lesen sie auch", "lesen sie mehr", "lire aussi", "à lire aussi", "a lire aussi",
	"voir aussi", "lee también", "lea también", "leia também", "leia mais", "veja também",
	"читайте также", "смотрите также", "см. также",
}

// furnitureExact are whole short blocks that are furniture.
var furnitureExact = map[string]bool{
	"share": true, "tweet": true, "email": true, "print": true, "facebook": true, "twitter": true,
	"whatsapp": true, "linkedin": true, "pinterest": true, "reddit": true, "comments": true,
	"comment": true, "close": true, "menu": true, "search": true, "more": true, "next": true,
	"previous": true, "back to top": true, "top": true, "ad": true, "video": true, "gallery": true,
	"play": true, "watch": true, "listen": true, "reply": true, "save": true, "copy link": true,
	"link copied": true, "x": true, "show caption": true, "hide caption": true, "expand": true,
	"other news": true, "more news": true, "related news": true, "latest news": true, "related": true,
	"related stories": true, "related articles": true, "more stories": true, "top stories": true,
	"editors' recommendations": true, "editors’ recommendations": true, "advertisement - scroll to continue": true,
}

// furniturePhrases mark a block of up to maxPhraseBlock runes as page
// furniture wherever it stands: affiliate and cookie notices, ad-blocker
// and donation appeals, syndication notices (compared lower-case).
var furniturePhrases = newPhraseSet(
	"we may receive compensation", "we may earn a commission", "we may earn an affiliate commission",
	"may earn a small commission", "earn a commission from", "earn an affiliate", "this material may not be published",
	"all rights reserved", "our journalism needs your support", "you're using an ad blocker",
	"you’re using an ad blocker", "using an ad-blocker", "please turn off your ad blocker", "disable your ad blocker",
	"by using this site, you consent", "by using this site you consent", "we use cookies",
	"this copy is for your personal, non-commercial use", "this article is more than",
	"uses cookies", "use of cookies", "affiliate links", "affiliate link", "referral links",
	"support our journalism", "support independent journalism", "support quality journalism",
	"consider making a contribution", "make a contribution", "make a donation", "become a supporter",
)

// shortFurniturePhrases mark short blocks (shortBlock runes or fewer) as
// furniture: in a longer paragraph they may close the writer's own text.
var shortFurniturePhrases = newPhraseSet(
	"sign up for our newsletter", "sign up for the newsletter", "subscribe to our newsletter",
	"get the latest news delivered", "become a member",
	"click here to subscribe", "already a subscriber", "already have an account",
	"delivered to your inbox", "straight to your inbox",
)

// maxPhraseBlock is the longest block that furniturePhrases may remove.
const maxPhraseBlock = 600

// contactRE matches the closing lines that tell how to reach the writer.
var contactRE = regexp.MustCompile(`(?i)[\w.+-]+@[\w-]+\.[\w.]+|(?:reached at|contact (?:him|her|them|the writer|the reporter)|email (?:him|her|them)|follow (?:him|her|them|us) on|can be reached|write to)`)

// tagListRE matches the label that opens a list of tag or topic links.
var tagListRE = regexp.MustCompile(`^(?:tags|tagged|topics|keywords|related topics|more on)\b\s*:?`)

// galleryRE matches the counters of picture galleries ("Image 1 of 5").
var galleryRE = regexp.MustCompile(`(?i)^(?:image|photo|picture|slide|foto|bild)\s*\d+\s*(?:of|/|von|de|sur)\s*\d+`)

// metaRE matches what bylines and date lines hold: "By ...", a date, a
// time, "Updated", "Published", "min read".
var metaRE = regexp.MustCompile(`(?i)^(by|from|von|par|por|di)\s|\b(updated|published|posted|last modified|min read|minute read|mins read|reading time)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b`)

// tailRE matches what closes pages after the article: tag lists, contact
// lines, copyright notices, the publisher's address with its phone and
// fax numbers.
var tailRE = regexp.MustCompile(`(?i)@|https?://|www\.|\b(tags?|topics?|follow|twitter|facebook|instagram|newsletter|copyright|all rights reserved|reporting by|editing by|contact)\b|©|` + addressPattern)

// addressPattern matches a phone or fax number labelled as such, as in
// the publisher's address that closes pages ("202-628-8500 tel").
const addressPattern = `\b(?:tel|fax|phone)\b[.:]?\s*\+?[\d(][\d ()./-]{6,}\d|\d[\d ()./-]{6,}\d\s*(?:tel|fax)\b`

// addressRE matches addressPattern.
var addressRE = regexp.MustCompile(`(?i)` + addressPattern)

// filterBlocks removes the furniture that survives the DOM rules: the
// headline when the content repeats it, repeated blocks, short blocks of
// share, "read more" and advertising words, byline and date lines before
// the first paragraph of prose, contact, tag and copyright lines after
// the last, notices (affiliate, ad blocker, newsletter) anywhere, and the
// contact lines and empty headings that close the text. It returns the headline it removed, if any.
func filterBlocks(raw []rawBlock) (string, []rawBlock) {
	var headline string
	if len(raw) > 0 && raw[0].kind == BlockHeading && raw[0].level == 1 {
		headline, raw = raw[0].text, raw[1:]
	}
	keys, runes := lowerKeys(raw)
	first, last := -1, -1
	for i, b := range raw {
		if isProse(b) && !isClosingNotice(b.text, keys[i], runes[i]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	seen := make(map[string]bool, len(raw))
	out := raw[:0:0]
	for i, b := range raw {
		key, n := keys[i], runes[i]
		if seen[key] || headline != "" && b.kind == BlockHeading && b.text == headline {
			continue
		}
		if !strings.ContainsFunc(b.text, isWordRune) {
			continue // a separator such as "___" or "* * *"
		}
		if isProse(b) {
			// A repeated paragraph (a pull quote, a caption shown twice) goes;
			// short lines may repeat on purpose (labels in recipes and lists).
			seen[key] = true
		}
		short := n <= shortBlock
		switch {
		case short && isFurnitureText(key), mayBeGallery(b.text) && galleryRE.MatchString(b.text):
			continue
		case n <= maxPhraseBlock && hasCopyrightYear(key):
			continue
		case mayBeTagList(key) && tagListRE.MatchString(key) && b.link*3 > len(b.text):
			continue // "Tags: a, b, c" of any length
		case short && first >= 0 && i < first && b.kind != BlockHeading && metaRE.MatchString(b.text):
			continue
		case last >= 0 && i > last && (short && tailHints.in(key) && tailRE.MatchString(b.text) || b.link*2 > len(b.text)):
			continue
		}
		if n <= maxPhraseBlock && furniturePhrases.in(key) ||
			short && shortFurniturePhrases.in(key) {
			continue
		}
		out = append(out, b)
	}
	// Contact lines close many articles: drop them from the end, and the
	// headings left with nothing under them (the title of a video or a
	// teaser box after the article).
	for len(out) > 1 {
		b := out[len(out)-1]
		if b.kind != BlockHeading && (utf8.RuneCountInString(b.text) > 2*shortBlock || !mayBeContact(b.text) || !contactRE.MatchString(b.text)) {
			break
		}
		out = out[:len(out)-1]
	}
	return headline, out
}

// lowerKeys returns each block's text lower-cased, as strings.ToLower
// would, and its length in runes. The keys share one allocation.
func lowerKeys(raw []rawBlock) ([]string, []int) {
	size := 0
	for _, b := range raw {
		size += len(b.text)
	}
	var lower strings.Builder
	lower.Grow(size)
	ends := make([]int, len(raw))
	runes := make([]int, len(raw))
	for i, b := range raw {
		s := b.text
		n := 0
		for j := 0; j < len(s); {
			k := j + plainPrefix(s[j:]) // copied whole
			lower.WriteString(s[j:k])
			n += k - j
			if j = k; j == len(s) {
				break
			}
			if c := s[j]; c < utf8.RuneSelf {
				lower.WriteByte(c + 'a' - 'A')
				j++
			} else {
				r, size := utf8.DecodeRuneInString(s[j:])
				if caseless(r) {
					lower.WriteString(s[j : j+size])
				} else {
					lower.WriteRune(unicode.ToLower(r)) // an invalid byte becomes U+FFFD, as in strings.ToLower
				}
				j += size
			}
			n++
		}
		ends[i], runes[i] = lower.Len(), n
	}
	all := lower.String()
	keys := make([]string, len(raw))
	start := 0
	for i, end := range ends {
		keys[i], start = all[start:end], end
	}
	return keys, runes
}

// plainPrefix returns the length of the longest prefix of s that
// lower-casing leaves as it is because it is all ASCII without capital
// letters.
func plainPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word(s, i)
		if (w|atLeast(w, 'A')&^atLeast(w, 'Z'+1))&topBits != 0 {
			break // a byte of non-ASCII or a capital
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	return i
}

// caseless reports whether r lies in a block that unicode.ToLower leaves
// as it is, so that lower-casing it needs no table search: punctuation
// such as curly quotes and dashes, and the CJK and Hangul blocks.
func caseless(r rune) bool {
	return 0x2000 <= r && r < 0x2100 || 0x3000 <= r && r < 0xa000 || 0xac00 <= r && r < 0xd800
}

// isClosingNotice reports whether a prose-sized block is a notice that
// closes pages, a copyright line or the publisher's address: it does not
// mark where the article's prose ends. lower is s in lower case and runes
// its length in runes.
func isClosingNotice(s, lower string, runes int) bool {
	return runes <= maxPhraseBlock && hasCopyrightYear(lower) || runes <= shortBlock && mayBeAddress(lower) && addressRE.MatchString(s)
}

// The cheap tests below rule out most blocks before a regular expression
// runs on them. Each is a necessary condition of its expression's match:
// a literal the expression needs, found in the lower-cased text. (Under
// (?i) only "k" and "s" also match non-ASCII letters: the Kelvin sign,
// which strings.ToLower turns into "k", and "ſ", which it keeps; so no
// literal below holds an "s".)

// mayBeAddress reports whether addressRE may match a block whose
// lower-cased text is lower: it needs a digit and "tel", "fax" or
// "phone".
func mayBeAddress(lower string) bool {
	return (strings.Contains(lower, "tel") || strings.Contains(lower, "fax") || strings.Contains(lower, "phone")) &&
		strings.ContainsAny(lower, "0123456789")
}

// mayBeContact reports whether contactRE may match s: it needs an "@" or
// one of the words of its phrases.
func mayBeContact(s string) bool {
	return strings.IndexByte(s, '@') >= 0 || containsFold(s, "reached") || containsFold(s, "contact ") ||
		containsFold(s, "email ") || containsFold(s, "follow ") || containsFold(s, "write to")
}

// mayBeGallery reports whether galleryRE may match s: it needs s to open
// with the first letter of one of its words ("ſ" for "s" included).
func mayBeGallery(s string) bool {
	return s != "" && (strings.IndexByte("ipsfbIPSFB", s[0]) >= 0 || s[0] >= utf8.RuneSelf)
}

// mayBeTagList reports whether tagListRE may match the lower-cased key:
// it needs key to open with the first letter of one of its labels.
func mayBeTagList(key string) bool {
	return key != "" && strings.IndexByte("tkrm", key[0]) >= 0
}

// tailHints holds a literal of each alternative of tailRE, lower-cased
// ("tagram" for "instagram", "letter" for "newsletter", "all right" for
// "all rights reserved": no "s"); a text without any of them does not
// match tailRE.
var tailHints = newPhraseSet("@", "http", "www.", "tag", "topic", "follow", "twitter", "facebook", "tagram",
	"letter", "copyright", "all right", "reporting by", "editing by", "contact", "©", "tel", "fax", "phone")

// isProse reports whether a block reads like article prose: long enough,
// few links.
func isProse(b rawBlock) bool {
	n := len(b.text) - strings.Count(b.text, " ")
	return n-b.link >= goodBlockMin && b.link*3 <= len(b.text)
}

// isFurnitureText reports whether a short block's lower-cased text is
// furniture by its words.
func isFurnitureText(s string) bool {
	s = strings.Trim(s, " :|•·-–—»›>")
	if furnitureExact[s] {
		return true
	}
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hasCopyrightYear reports whether a lower-cased block holds a copyright
// notice: "©", "(c)" or "copyright", then optional ASCII white space, then
// a year 19xx or 20xx. A search for each mark in turn: blocks are many
// and a case-folding regular expression without a literal prefix is slow
// on them.
func hasCopyrightYear(s string) bool {
	for _, mark := range [...]string{"©", "(c)", "copyright"} {
		for rest := s; ; {
			i := strings.Index(rest, mark)
			if i < 0 {
				break
			}
			rest = rest[i+len(mark):]
			j := 0
			for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t' || rest[j] == '\n' || rest[j] == '\r' || rest[j] == '\f') {
				j++
			}
			if y := rest[j:]; len(y) >= 4 && (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) {
				return true
			}
		}
	}
	return false
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
