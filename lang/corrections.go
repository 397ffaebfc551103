package lang

import (
	"slices"
	"sort"
	"strings"
)

// Dropped is what Retracted maps an item to when it is taken back with
// nothing said instead ("3 lakh, not 4 lakh": the 4 lakh).
const Dropped = -1

// Retracted reads the self-corrections of an answer over the items of one
// kind it names (sums, countries, phone numbers), given as byte spans of
// Text in any order. It maps the index of each item taken back to the
// index of the item said instead, or to Dropped. The last value said wins:
//
//   - a correction word between two items ("4 lakh, sorry 4.5 lakh",
//     "Qatar, I mean Bahrain", "تین لاکھ، غلط لکھا، ساڑھے تین لاکھ", "50 hazar
//     nahi balke 60") takes back the last item before it for the first
//     after it;
//   - a "no" right after an item, or over a few filler words ("pehle Qatar
//     keh raha tha... nahi Bahrain"), or opening the clause after the one
//     the item stands in ("1.8 lakh cash diye... nahi 1.8 nahi, 2 lakh"),
//     takes it back for the item that follows the "no" over at most four
//     filler words or numbers ("22 lakh... no, he said 25 lakh");
//   - a "no" that ends the answer right after an item, with another named
//     before it, drops that item ("Kuwait hai, Saudi nahi");
//   - an English "not" right before an item denies that item ("not 3 lakh
//     but 4 lakh", "they asked 3 lakh, not 4 lakh"): it is dropped.
//
// An item is never taken back for one equal to it in place.
func (rd *Reading) Retracted(spans [][2]int) map[int]int {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return spans[order[x]][0] < spans[order[y]][0] })
	lastBefore := func(at int) int {
		p := -1
		for _, i := range order {
			if spans[i][1] <= at {
				p = i
			}
		}
		return p
	}
	firstFrom := func(at int) int {
		for _, i := range order {
			if spans[i][0] >= at {
				return i
			}
		}
		return -1
	}
	repl := map[int]int{}
	take := func(p, n int) {
		if p >= 0 && n >= 0 && p != n {
			repl[p] = n
		}
	}
	for _, h := range rd.pick([]string{kindAnswer}, "correction") {
		if h.j < len(rd.toks) {
			take(lastBefore(rd.toks[h.i].Start), firstFrom(rd.toks[h.j-1].End))
		}
	}
	for k, t := range rd.toks {
		if !rd.sumNo(t.S) && !wrongWords[t.S] {
			continue // "pehle 0301 5566 718 likha tha ghalat, sahi 0301 5566 781 hai" (A12-0328): called wrong
		}
		if n := firstFrom(t.End); t.S == "not" && k+1 < len(rd.toks) && n >= 0 && spans[n][0] == rd.toks[k+1].Start {
			continue // "paid was 60000 not 50000": the English "not" denies the item after it (below)
		}
		p := rd.itemBeforeNo(k, spans, lastBefore)
		if p < 0 {
			continue
		}
		n := firstFrom(t.End)
		switch {
		case n >= 0 && rd.fillersOnly(k+1, spans[n][0], true):
			take(p, n)
		case n < 0 && len(spans) > 1 && rd.fillersOnly(k+1, len(rd.Text), false) && rd.fillersOnly(rd.firstTokenFrom(spans[p][1]), t.Start, false):
			// "Kuwait hai, Saudi nahi", "کویت ہے سعودی نہیں": a "no" that
			// ends the answer right after an item, another named before it
			if _, ok := repl[p]; !ok {
				repl[p] = Dropped
			}
		}
	}
	for k, t := range rd.toks {
		if t.S != "not" || k+1 >= len(rd.toks) {
			continue
		}
		if n := firstFrom(t.End); n >= 0 && spans[n][0] == rd.toks[k+1].Start && len(spans) > 1 {
			if _, ok := repl[n]; !ok {
				repl[n] = Dropped
			}
		}
	}
	return repl
}

// wrongWords call the item before them wrong, as a "no" after it does.
var wrongWords = mustClass("wrong_words")

// itemBeforeNo is the item a "no" at token k takes back: one it follows
// over at most three filler words, or the last of the clause before when
// the "no" opens its own clause; -1 when none is.
func (rd *Reading) itemBeforeNo(k int, spans [][2]int, lastBefore func(int) int) int {
	p := lastBefore(rd.toks[k].Start)
	if p < 0 {
		return -1
	}
	if rd.fillersOnly(rd.firstTokenFrom(spans[p][1]), rd.toks[k].Start, false) {
		return p
	}
	if !rd.toks[k].Brk {
		return -1
	}
	// the "no" opens a clause: the item must stand in the clause before it
	for m := k - 1; m >= 0 && rd.toks[m].Start >= spans[p][1]; m-- {
		if rd.toks[m].Brk && rd.toks[m].Start > spans[p][1] {
			return -1
		}
	}
	return p
}

// firstTokenFrom is the index of the first token that starts at or after
// byte at.
func (rd *Reading) firstTokenFrom(at int) int {
	k := 0
	for k < len(rd.toks) && rd.toks[k].Start < at {
		k++
	}
	return k
}

// fillersOnly reports that the tokens from k up to byte b are at most
// three filler words (four, numbers and "no"s among them, after the "no":
// "nahi 1.8 nahi, 2 lakh").
func (rd *Reading) fillersOnly(k, b int, after bool) bool {
	n := 0
	for m := k; m < len(rd.toks) && rd.toks[m].Start < b; m++ {
		t := rd.toks[m]
		// (a number said in words between the "no"s: "نہیں سات نہیں، ساڑھے
		// سات", C517-003, as "nahi 7 nahi" is read)
		if !sumNoFillers[t.S] && !(after && (t.Digits || rd.sumNo(t.S) || sumWords[t.S] && !sumUnits[t.S])) {
			return false
		}
		n++
	}
	return n <= 3 || after && n <= 4
}

// WordSpans are the byte spans of the words of Text, in order: where a
// reader that finds items by itself (a country, a phone number) places
// them for Retracted.
func (rd *Reading) WordSpans() [][2]int {
	out := make([][2]int, len(rd.toks))
	for i, t := range rd.toks {
		out[i] = [2]int{t.Start, t.End}
	}
	return out
}

// turn reads where an answer changes its mind: the last correction
// phrase that does not open the answer ("Dubai, Al Quoz... no sorry, Al
// Qusais", "report krni hai.. nai ruko pehle check krna hai"), or a "no"
// or "wrong" opening a clause after the first ("whatsapp pe dekha tha...
// nahi ghalat, facebook pe", "Raza Manpower... nahi Raza Overseas"), with
// more said after it, or, when ending, also one that ends the answer
// ("haan... nahi nahi") (A7). It returns the token where the turn begins and
// the one where what is said instead begins, past the turn's own words
// ("nahi nahi", "no actually", "nahi ghalat"; to is past the last token
// when it ends the answer); -1, -1 when the answer
// does not turn. firm reports a turn whose words take back what came
// before by themselves (a correction phrase, or a "no" closed by a break
// or a correction word), not a "no" that may open an account ("yes, no
// problem").
func (rd *Reading) turn(ending bool) (at, to int, firm bool) {
	at, to = -1, -1
	hs := rd.pick([]string{kindAnswer})
	noWord := func(h found) bool {
		return h.Key == "no" && h.j-h.i == 1 && rd.sumNo(rd.toks[h.i].S) || h.Key == "wrong"
	}
	for k, h := range hs {
		corr := h.Key == "correction"
		// a "no" word, not a phrase that denies a thing ("here only. dont
		// call. they check phone")
		no := noWord(h) && rd.toks[h.i].Brk
		if h.i == 0 || !ending && h.j >= len(rd.toks) || !corr && !no || h.i < to {
			continue
		}
		a, t, f := h.i, h.j, corr
		// the turn's own words: "nahi nahi", "no sorry", "nahi ghalat"
		for m := k + 1; m < len(hs) && hs[m].i == t && (hs[m].Key == "correction" || noWord(hs[m])); m++ {
			t, f = hs[m].j, true
		}
		if t < len(rd.toks) && rd.toks[t].Brk || t >= len(rd.toks) {
			f = true // "nahi, facebook pe", "no... keep it", "haan... nahi nahi"
		}
		if !f && (h.Key != "no" || englishNo[rd.toks[h.i].S]) {
			// "CNIC number in the form, no passport", "no wages": an English
			// "no" before a word denies it; an Urdu "nahi" follows what it
			// denies, so one before a word turns to it ("nahi Raza Overseas")
			continue
		}
		if t >= len(rd.toks) && !ending {
			continue
		}
		at, to, firm = a, t, f
	}
	return at, to, firm
}

// englishNo are the English words of "no", which deny the word after them.
var englishNo = mustClass("english_no")

// Turned splits an answer that changes its mind (turn) into what it
// said first and what it said instead; ok is false when it does not turn.
func (rd *Reading) Turned() (before, after string, ok bool) {
	if rd.plain {
		return "", "", false
	}
	at, to, _ := rd.turn(false)
	if at < 0 {
		return "", "", false
	}
	before = strings.TrimRight(rd.Text[:rd.toks[at].Start], " ,،;.-…")
	after = strings.TrimLeft(rd.Text[rd.toks[to].Start:], " ,،;.-…")
	return before, after, before != "" && after != ""
}

// Settled is the yes or no an answer settles on after changing its mind
// (settledPolarity); ok is false when it does not change its mind.
func (rd *Reading) Settled() (Polarity, bool) { return rd.settledPolarity() }

// settledPolarity reads a yes or no that an answer changes ("haan...
// nahi rehne do, dar lagta hai", "yes... no actually, don't", "hmm not
// sure... ok yes delete"): the last said wins. A firm turn gives the
// clear yes or no said after it, or no when the turn's own words are a
// "no" (A7-0198, A7-0345, A7-0357); a doubt ("not sure") is settled by a
// yes or a no that opens a later clause (A7-0344). ok is false when the
// answer does not change its mind.
func (rd *Reading) settledPolarity() (Polarity, bool) {
	if rd.plain {
		return PolarNone, false
	}
	if rd.noAfterBut() {
		// "I was going to say yes but no, keep the report", "pehle han
		// socha tha, lekin nahi, rehne do", "مگر نہیں، رابطہ نہ کریں"
		// (answers21): a "no" standing alone after a "but" is the answer,
		// whatever was thought or wished before it
		return PolarNo, true
	}
	if p, ok := rd.polarityTurned(true); ok {
		return p, true
	}
	if p, ok := rd.polarityTurned(false); ok {
		// "haan... nahi ruko, report to rehne do": the turn before the
		// one that ends the answer
		return p, true
	}
	for k := 1; k < len(rd.toks); k++ {
		if !rd.toks[k].Brk {
			continue
		}
		first := rd.r.readPlain(rd.Text[:rd.toks[k].Start]).YesNo()
		if first != PolarUnknown {
			return PolarNone, false
		}
		rest := rd.r.readPlain(rd.Text[rd.toks[k].Start:])
		if p, _ := rest.lead(); p == PolarYes || p == PolarNo {
			return p, true
		}
		if len(rest.toks) > 1 && weakYes[rest.toks[0].S] {
			// "ok yes delete": an "ok" before the yes
			if p, _ := rd.r.readPlain(rd.Text[rest.toks[1].Start+rd.toks[k].Start:]).lead(); p == PolarYes || p == PolarNo {
				return p, true
			}
		}
	}
	return PolarNone, false
}

// polarityTurned reads the yes or no of the last turn (one that may end
// the answer when ending): the clear yes or no said after it, or no when
// the turn's own words are a "no" said of a yes or no right before it.
func (rd *Reading) polarityTurned(ending bool) (Polarity, bool) {
	at, to, firm := rd.turn(ending)
	if at < 0 || !firm {
		return PolarNone, false
	}
	first := rd.r.readPlain(rd.Text[:rd.toks[at].Start]).YesNo()
	if first == PolarNone {
		return PolarNone, false
	}
	p := PolarNone
	if to < len(rd.toks) {
		p = rd.r.readPlain(rd.Text[rd.toks[to].Start:]).YesNo()
	}
	if p != PolarYes && p != PolarNo && p != PolarNotYet {
		p = PolarNone
		if rd.negative(at, to) && rd.polarBefore(at) {
			p = PolarNo
		}
	}
	return p, p != PolarNone && p != first
}

// polarBefore reports a yes or no word right before token at, over at
// most three words and no number ("ji kar lein... nai nai"): what a "no"
// there takes back ("haan... nahi rehne do"), not a sum between ("yes
// 150000 no sorry 180000": the sum).
func (rd *Reading) polarBefore(at int) bool {
	for _, h := range rd.pick([]string{kindAnswer}) {
		switch h.Key {
		case "yes", "no", "wrong", "unknown", "not_yet", "hedge":
			if h.j <= at && at-h.j <= 3 && !slices.ContainsFunc(rd.toks[h.j:at], func(t Token) bool { return t.Digits }) {
				return true
			}
		}
	}
	return false
}

// ChangedMind reports an answer whose yes or no is changed by a later one
// (settledPolarity): the "no" it settles on answers the question.
func (rd *Reading) ChangedMind() bool {
	_, ok := rd.settledPolarity()
	return ok
}

// noAfterBut reports a "but" ("lekin", "magar", "مگر") followed by a "no"
// that stands alone, ending the answer or its clause ("… but no, keep the
// report"); "but no receipt" or "lekin nahi pata" is no such "no".
func (rd *Reading) noAfterBut() bool {
	for i, t := range rd.toks {
		if i == 0 || !butWords[t.S] || i+1 >= len(rd.toks) || t.S == "پر" && !t.Brk {
			// (a "پر" after its noun is "on": "رابطہ کریں مگر گھر پر نہیں"
			// is not at home, C359-016)
			continue
		}
		rest := rd.r.readPlain(rd.Text[rd.toks[i+1].Start:])
		// the "no" alone: one negation word ("no", "nahi", "نہیں"), not
		// a wish said in the negative ("… but don't call")
		if p, end := rest.lead(); p == PolarNo && end == 1 && rd.r.lex.IsNegation(rest.toks[0].S) && (end >= len(rest.toks) || rest.toks[end].Brk) {
			return true
		}
	}
	return false
}

// TurnsWithBut reports a "but" ("lekin", "magar", "مگر") inside the
// answer with more than two words after it (Contrast without "bas", which
// is also "only", and "پر", also "on"): what follows turns what came
// before.
func (rd *Reading) TurnsWithBut() bool { return rd.turnsOn(refuseContrast) }

// butWords turn an answer ("but", "lekin", "magar").
var butWords = mustClass("but_words")

var conclusionWords = mustClass("conclusion_words")

// concludedMax is the most words a concluding clause may have: a settled
// answer ("so no", "matlab kuch nahi diya"), not another account.
const concludedMax = 6

// Concluded returns the words of a last clause opened by a word that
// concludes ("… closed the tab, didnt submit. so nothing went", "… i
// stopped him. so no", "… phir delete kr di, matlab kuch nahi diya"),
// without that word: what the answer settles on after the account before
// it. It is "" when the answer has no such clause.
func (rd *Reading) Concluded() string {
	for i := len(rd.toks) - 1; i > 0; i-- {
		if !rd.toks[i].Brk {
			continue
		}
		if n := len(rd.toks) - i - 1; n == 0 || n > concludedMax || !conclusionWords[rd.toks[i].S] {
			return ""
		}
		if rd.toks[i].S == "to" && Detect(rd.Text).Lang == "en" {
			return "" // English "to": "… 9.5 lakh, 950,000, to a Meezan account"
		}
		return strings.TrimSpace(rd.Text[rd.toks[i+1].Start:])
	}
	return ""
}
