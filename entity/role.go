package entity

import "strings"

// leadDeterminers open a role phrase but are not part of the role.
var leadDeterminers = setOf(`a an the one another`)

// notRoleWords end or break a role phrase: verbs and words that start a
// clause.
var notRoleWords = setOf(`who whom which that where when while said says is was are were has
	have had will would can could may might do does did and but or if as because
	although though after before since until`)

// appositionRole returns the role phrase set off by commas after the
// candidate ("Yuri Ushakov, one of Putin’s top aides, said"), or "".
func (d *document) appositionRole(c *cand) string {
	q := c.last
	if q >= len(d.toks) || d.str(&d.toks[q]) != "," {
		return ""
	}
	start := q + 1
	end := start
	for end < len(d.toks) && end-start <= 12 && d.sameSentence(start, end) {
		t := d.str(&d.toks[end])
		if t == "," || t == "." || t == ";" || t == "—" || t == "–" || t == ")" || t == ":" {
			break
		}
		end++
	}
	if end == start || end-start > 12 {
		return ""
	}
	if end < len(d.toks) && d.sameSentence(start, end) {
		if t := d.str(&d.toks[end]); t == ":" {
			return ""
		}
	}
	return d.rolePhrase(start, end)
}

// preRole returns the role phrase that stands before the candidate and a
// comma at the start of a clause ("One Russian official, Kirill
// Dmitriev"), or "".
func (d *document) preRole(c *cand) string {
	k := c.first - 1
	if k < 1 || d.str(&d.toks[k]) != "," {
		return ""
	}
	start := k
	for start > 0 && d.sameSentence(start-1, k) && k-start < 8 {
		t := d.str(&d.toks[start-1])
		if t == "," || t == ":" || t == "—" || t == "–" || t == ";" || t == "(" || t == "“" || t == "\"" {
			break
		}
		start--
	}
	if start > 0 && d.sameSentence(start-1, k) {
		if t := d.str(&d.toks[start-1]); t != "," && t != ":" && t != "—" && t != "–" && t != ";" && t != "(" && t != "“" && t != "\"" {
			return "" // the phrase runs further back than a role does
		}
	}
	return d.rolePhrase(start, k)
}

// rolePhrase returns the text of tokens [start, end) without a leading
// determiner when it is a role: it holds a role noun, which either ends
// it or is followed by "of", "at", "for" or "to" and a complement, and no
// word that breaks a noun phrase. It returns "" otherwise.
func (d *document) rolePhrase(start, end int) string {
	if start >= end {
		return ""
	}
	if d.is(&d.toks[start], cNotRole|cSayVerb) {
		return ""
	}
	role := -1
	for k := start; k < end; k++ {
		t := &d.toks[k]
		cls := d.lists(t)
		if cls&(cNotRole|cSayVerb) != 0 {
			return ""
		}
		if role < 0 && t.word() && (cls&cRoleNoun != 0 || cls&cTitle != 0 && cls&cHonorific == 0) {
			role = k
			// A role noun that ends the phrase or is followed by a complement.
			if k+1 < end {
				switch d.str(&d.toks[k+1]) {
				case "of", "at", "for", "to", "from", "with", "in":
				default:
					if !d.is(&d.toks[k+1], cRoleNoun|cTitle) && k+1 != end {
						role = -1
					}
				}
			}
		}
	}
	if role < 0 {
		return ""
	}
	for start < end && d.is(&d.toks[start], cLeadDeterminer) && !(start+1 < end && d.str(&d.toks[start+1]) == "of") {
		start++
	}
	if start >= end {
		return ""
	}
	return d.text[d.toks[start].s:d.toks[end-1].e]
}

// orgNouns head a noun phrase that describes an organisation in an
// apposition ("Ad Astra, a small experimental school"), besides the words
// that end organisation names.
var orgNouns = setOf(`firm startup start-up charity nonprofit non-profit carrier retailer
	manufacturer maker chain brand developer lender insurer broker operator provider
	conglomerate subsidiary automaker carmaker publisher outlet broadcaster newspaper
	website platform app charity`)

// appositionOrg reports whether an indefinite noun phrase headed by a
// word for an organisation follows the candidate after a comma: "Ad
// Astra, a small experimental school", "Brightwell, an Ohio-based firm".
// A role noun before the head ("a member of the party") or a noun after
// it ("a school teacher") makes it a person's role instead.
func (d *document) appositionOrg(c *cand) bool {
	q := c.last
	if c.poss || q+2 >= len(d.toks) || d.str(&d.toks[q]) != "," || !d.sameSentence(q, q+2) {
		return false
	}
	if w := d.low(&d.toks[q+1]); w != "a" && w != "an" {
		return false
	}
	for k := q + 2; k < len(d.toks) && k < q+8 && d.sameSentence(q, k); k++ {
		t := &d.toks[k]
		if !t.word() || d.is(t, cRoleNoun|cTitle|cFunction) {
			return false // "a biogeochemist at the University of California"
		}
		if !t.cap() && d.is(t, cOrgWord|cOrgNoun) {
			if k+1 >= len(d.toks) || !d.sameSentence(k, k+1) {
				return true
			}
			n := &d.toks[k+1]
			return !n.word() || n.cap() || d.is(n, cFunction|cNotRole) || strings.HasSuffix(d.low(n), "ed")
		}
		if t.cap() && !strings.Contains(d.str(t), "-") {
			return false
		}
	}
	return false
}
