package extract

import "github.com/newsparse/newsparse/article"

// tagScan is what scanTags finds in a text: its hashtags, mentions,
// cashtags and URLs, each list in text order, no two items overlapping.
// spans holds the spans of all of them, list references ("@name/list",
// which are not mentions) included, in text order. Unless asked for, the
// URLs of a text without tags are left out, with their spans: no tag is
// dropped for them.
type tagScan struct {
	hashtags, mentions, cashtags []article.Tag
	urls                         []article.Span
	spans                        []article.Span
}

// scanTags runs the URL, mention, hashtag and cashtag scanners on s and,
// as twitter-text does, drops every match that overlaps an earlier one
// (of two that start at the same place, a URL wins over a mention, a
// mention over a hashtag, a hashtag over a cashtag): a hashtag inside a
// URL ("example.com/#about") is not a hashtag.
// needURLs asks for the URLs of a text without tags too.
func scanTags(s string, needURLs bool) tagScan {
	mentions, lists := scanMentions(s)
	hashtags := scanHashtags(s)
	cashtags := scanCashtags(s)
	if !needURLs && len(mentions) == 0 && len(hashtags) == 0 && len(cashtags) == 0 {
		return tagScan{}
	}
	urls := scanURLs(s)
	t := tagScan{spans: make([]article.Span, 0, len(urls)+len(mentions)+len(hashtags)+len(cashtags))}
	const (
		none = iota
		url
		mention
		hashtag
		cashtag
	)
	var iu, im, ih, ic int
	end := 0
	for {
		// Merge the four sorted lists: take the match that starts first.
		next, start := none, len(s)+1
		if iu < len(urls) && urls[iu][0] < start {
			next, start = url, urls[iu][0]
		}
		if im < len(mentions) && mentions[im].Span[0] < start {
			next, start = mention, mentions[im].Span[0]
		}
		if ih < len(hashtags) && hashtags[ih].Span[0] < start {
			next, start = hashtag, hashtags[ih].Span[0]
		}
		if ic < len(cashtags) && cashtags[ic].Span[0] < start {
			next, start = cashtag, cashtags[ic].Span[0]
		}
		keep := start >= end
		var sp article.Span
		switch next {
		case none:
			return t
		case url:
			sp = urls[iu]
			if keep {
				t.urls = append(t.urls, sp)
			}
			iu++
		case mention:
			sp = mentions[im].Span
			if keep && !lists[im] {
				t.mentions = append(t.mentions, mentions[im])
			}
			im++
		case hashtag:
			sp = hashtags[ih].Span
			if keep {
				t.hashtags = append(t.hashtags, hashtags[ih])
			}
			ih++
		case cashtag:
			sp = cashtags[ic].Span
			if keep {
				t.cashtags = append(t.cashtags, cashtags[ic])
			}
			ic++
		}
		if keep {
			t.spans = append(t.spans, sp)
			end = sp[1]
		}
	}
}

// FindHashtags returns the hashtags of s in order, by the rules of
// twitter-text: "#" or "＃" and a name of letters, marks, decimal digits,
// "_" and a few joiners of other scripts, with at least one letter or
// mark, at the start of s or after a character that can be neither part
// of a name nor "&" ("#1" and "C#x" hold none), and not followed by
// another sign or "://". A hashtag inside a URL is not one. Tag is the
// name without its sign; Span covers the sign and the name, in byte
// offsets into s.
func FindHashtags(s string) []article.Tag { return scanTags(s, false).hashtags }

// FindMentions returns the mentions of s in order, by the rules of
// twitter-text: "@" or "＠" and a name of up to 20 ASCII letters, digits
// and "_", not after an ASCII letter or digit or one of "_!#$%&*@"
// (except "RT@name"), and not followed by another at sign, an accented
// Latin letter or "://" ("a@b.com" holds none). A list reference
// ("@name/list") is not a mention. Tag and Span are as in FindHashtags.
func FindMentions(s string) []article.Tag { return scanTags(s, false).mentions }

// FindCashtags returns the cashtags (stock symbols) of s in order, by the
// rules of twitter-text: "$" and one to six ASCII letters with an
// optional "." or "_" suffix of one or two letters ("$BRK.B"), at the
// start of s or after white space, followed by the end, white space or
// punctuation ("$5" and "$US5" hold none; "$TSLA’s" holds "TSLA", where
// twitter-text takes only ASCII punctuation). Tag and Span are as in
// FindHashtags.
func FindCashtags(s string) []article.Tag { return scanTags(s, false).cashtags }

// urlSpans returns the spans of the URLs of text, in order.
func urlSpans(text string) []article.Span { return scanTags(text, true).urls }
