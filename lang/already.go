package lang

import "strings"

// alreadyToldRest is the most words an answer may have beside "already
// told" for the phrase to be read as pointing back at what was sent
// ("Already told. Falcon Guard Services.", "Dubai. I mentioned it."),
// not as part of an account ("maine usko bata diya tha ke paise nahi
// dunga, phir bhi ...").
const alreadyToldRest = 8

// alreadyToldSpan is the longest phrase read as pointing back: a gap
// over names ("upar [Gulf Star Manpower] likha tha") is an account.
const alreadyToldSpan = 5

// AlreadyTold reports an answer that points back at what the person sent
// before ("already told", "as I said", "bata diya tha", "اوپر لکھا ہے"):
// the phrase opens or closes the message, and little else is said.
func (rd *Reading) AlreadyTold() bool {
	_, _, ok := rd.alreadyToldSpan()
	return ok
}

// WithoutAlreadyTold returns the text with the words that point back
// removed ("Already told. Falcon Guard Services." is "Falcon Guard
// Services."), or "" when they were all there was.
// WithoutNot returns the text without the phrases of set's "_not" list
// ("کزن کا نام نہ آئے" asked for consent: a wish about another's name),
// and whether there were any and words are left.
func (rd *Reading) WithoutNot(set string) (string, bool) {
	hs := rd.pick([]string{optionPrefix + set}, "_not")
	if len(hs) == 0 {
		return "", false
	}
	var b strings.Builder
	at := 0
	for _, h := range hs {
		b.WriteString(rd.Text[at:rd.toks[h.i].Start])
		b.WriteString(" ")
		at = rd.toks[h.j-1].End
	}
	b.WriteString(rd.Text[at:])
	rest := strings.Trim(b.String(), " \t\n.,;:!-،۔")
	return rest, len(rd.r.Read(rest).toks) > 0
}

func (rd *Reading) WithoutAlreadyTold() string {
	i, j, ok := rd.alreadyToldSpan()
	if !ok {
		return rd.Text
	}
	rest := rd.Text[:rd.toks[i].Start] + " " + rd.Text[rd.toks[j-1].End:]
	rest = strings.Trim(rest, " \t\n.,;:!-،۔")
	for _, t := range rd.r.Read(rest).toks {
		if !addressTerms[t.S] && !pointerFillers[t.S] {
			return rest
		}
	}
	return "" // nothing, or only "brother", "ji", "sir", or "ہے", "وہی جو" ("اوپر لکھا تو ہے", C165-014)
}

// pointerFillers are the words said around a pointer that add nothing to
// it ("اوپر لکھا تو ہے", "وہی جو پہلے لکھا", "the same one I wrote";
// lexicon pointer_fillers).
var pointerFillers = mustClass("pointer_fillers")

// addressTerms are the words of address said beside an answer ("Already
// written, brother."; lexicon address_terms).
var addressTerms = mustClass("address_terms")

// alreadyToldSpan returns the token range of the "already told" phrase
// that opens or closes the message.
func (rd *Reading) alreadyToldSpan() (i, j int, ok bool) {
	for _, h := range rd.pick([]string{kindAnswer}, "already_told") {
		if h.neg {
			continue
		}
		edge := h.i == 0 || h.j == len(rd.toks) || rd.toks[h.i].Brk || h.j < len(rd.toks) && rd.toks[h.j].Brk
		if edge && h.j-h.i <= alreadyToldSpan && len(rd.toks)-(h.j-h.i) <= alreadyToldRest {
			// with the pointers that overlap or touch it ("I already
			// told" + "told you above")
			i, j = h.i, h.j
			for _, g := range rd.hits {
				if l := rd.r.m.Label(g.Label); l.Kind == kindAnswer && l.Key == "already_told" && g.I <= j && g.J >= i && g.J-g.I <= alreadyToldSpan {
					i, j = min(i, g.I), max(j, g.J)
				}
			}
			return i, j, true
		}
	}
	return 0, 0, false
}

// AddsNote reports a wish to add something to the report in words
// ("please also mention they're still messaging me", "ye bhi likh dein
// ke …", "یہ بھی شامل کر دیں"), beside or instead of a yes.
func (rd *Reading) AddsNote() bool { return rd.has(kindAnswer, "add_note") }

// NamesEvidence reports a message that names a thing sent or to be sent
// (an ad, a message, a screenshot, a photo, a link; lexicon
// evidence_words): "ad wala msg bhi add krna h" adds to the offer, not a
// note.
func (rd *Reading) NamesEvidence() bool {
	for _, t := range rd.toks {
		if evidenceWords[t.S] {
			return true
		}
	}
	return false
}

var evidenceWords = mustClass("evidence_words")

// WishesToAdd reports a wish to add something that does not say it yet
// ("ek baat reh gayi", "kuch aur add karna hai", "I want to add
// something", "ad me ek line aur thi jo reh gayi, wo add krni h"): the
// wish fills the message but for a few words before it and its "wo add
// krni h" after.
func (rd *Reading) WishesToAdd() bool {
	first, last := len(rd.toks), -1
	for _, f := range rd.pick([]string{kindAnswer}, "add_wish") {
		first, last = min(first, f.i), max(last, f.j)
	}
	if last < 0 || first > addWishBefore {
		return false
	}
	after := len(rd.toks) - last
	for _, f := range rd.pick([]string{kindAnswer}, "add_note") {
		after -= max(0, f.j-max(f.i, last))
	}
	return after <= addWishAfter
}

// addWishBefore and addWishAfter are how many words a wish to add may
// have before it ("mujhe", "I want to") and after it ("karna hai"),
// beyond which the message says what it adds.
const addWishBefore, addWishAfter = 3, 2

// PutsAside reports an answer that only leaves it for later ("rehne do,
// baad me dekhunga", "not now, later", "چھوڑیں"): not a "skip", which
// passes a question by.
func (rd *Reading) PutsAside() bool {
	return rd.SkipOnly() && rd.has(kindAnswer, "put_aside")
}

// ConsultsFirst reports a wish to ask someone before answering ("ruko
// pehle bhai se puch lun", "let me ask my brother first", A171-0357): not
// decided yet.
func (rd *Reading) ConsultsFirst() bool { return rd.has(kindAnswer, "consult_first") }
