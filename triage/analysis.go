package triage

import "github.com/hoshyar/hoshyar/lang"

import (
	"slices"
	"strings"
)

// analysis is what the matchers found in one text, after exceptions,
// negations and overlaps were applied.
type analysis struct {
	text         string
	toks         []lang.Token
	hits         map[lang.Label][]lang.Hit // by label (kind and key), except phrases removed
	child        int                       // childAge: 0 not yet known, 1 no, 2 yes
	unitAgeKnown int                       // unitAge: the same, for an age with its unit or "umar"
	low          *string                   // lowered, once read (it is asked for several times an assessment)
	quotes       *[][2]int                 // lang.QuotedSpans of the text, once read (askedOutsideQuotes, pageNamedOfficial)
}

// has reports whether the cue, situation, country or payment was found.
func (a *analysis) has(kind, key string) bool {
	return len(a.hits[lang.Label{Kind: kind, Key: key}]) > 0
}

func (a *analysis) cue(key string) bool { return a.has(kindCue, key) }

// cueHits returns the hits of a cue in order.
func (a *analysis) cueHits(key string) []lang.Hit { return a.hits[lang.Label{Kind: kindCue, Key: key}] }

// quote returns the original text of the first hit of a cue, or "".
func (a *analysis) quote(key string) string {
	hs := a.cueHits(key)
	if len(hs) == 0 {
		return ""
	}
	return a.span(hs[0])
}

func (a *analysis) span(h lang.Hit) string {
	return a.text[a.toks[h.I].Start:a.toks[h.J-1].End]
}

// near reports whether a hit of cue key lies within dist tokens of [i, j).
func (a *analysis) near(key string, i, j, dist int) bool {
	_, ok := a.nearHit(key, i, j, dist)
	return ok
}

// nearHit returns the first hit of cue key within dist tokens of [i, j).
func (a *analysis) nearHit(key string, i, j, dist int) (lang.Hit, bool) {
	for _, h := range a.cueHits(key) {
		if h.J > i-dist && h.I < j+dist {
			return h, true
		}
	}
	return lang.Hit{}, false
}

// collect runs m over a.toks and files the hits that survive.
func (a *analysis) collect(m *lang.Matcher) {
	raw := m.Find(a.toks)
	excepts := map[lang.Label][]lang.Hit{}
	for _, h := range raw {
		l := m.Label(h.Label)
		if l.Except {
			l.Except = false
			excepts[l] = append(excepts[l], h)
		}
	}
	kept := make([]lang.Hit, 0, len(raw))
	var entities []lang.Hit
	for _, h := range raw {
		l := m.Label(h.Label)
		if l.Except || overlapsAny(h, excepts[l]) {
			continue
		}
		if (l.Kind == kindSit || (l.Kind == kindCue && lex.negatable[l.Key])) && a.negated(h) {
			continue
		}
		if l.Kind == kindCue && l.Key == "fee" && a.inLink(h) {
			continue // "oec-jobs-registration.com" names a site, asks no fee (blind13 EN-046)
		}
		if l.Kind == kindCue && h.J-h.I == 1 && a.dateMonth(h.I) {
			// "transferred … on 12-Mar-25", "3 Mar 2025": the month of a
			// date, not Roman Urdu "mar" (beaten, killed) (blind126 EN-039)
			continue
		}
		if l.Kind == kindCue && (a.countedMultiplier(h.I) || a.countedMultiplier(h.J-1)) {
			// "1 lakh free visa khol diye" (blind25 RU-038), "Japan wants 3
			// lakh Pakistanis": the "lakh" of a count is no money given or
			// asked ("@money ~ @diya", "want ~ lakh").
			continue
		}
		kept = append(kept, h)
		if l.Kind == kindCountry || l.Kind == kindPayment {
			entities = append(entities, h)
		}
	}
	for _, h := range kept {
		l := m.Label(h.Label)
		if (l.Kind == kindCountry || l.Kind == kindPayment) && containedInLonger(h, entities, m, l.Kind) {
			continue
		}
		a.hits[l] = append(a.hits[l], h)
	}
	a.dropReworded()
	a.dropAccidentInjury()
	a.dropCompoundExitPrice()
	a.dropSponsorRelease()
	a.dropPapersWithUs()
	a.dropHeldBackByUs()
	a.dropContractHold()
	a.dropPaperBound()
	a.dropGivenBack()
	a.dropThreatenedPeril()
}

// moveHits files the hits of situation from that overlap one of over
// under situation to instead (or drops them, when to is "").
func (a *analysis) moveHits(from, to string, over []lang.Hit) {
	fk, tk := lang.Label{Kind: kindSit, Key: from}, lang.Label{Kind: kindSit, Key: to}
	var kept []lang.Hit
	for _, h := range a.hits[fk] {
		if overlapsAny(h, over) {
			if to != "" {
				a.hits[tk] = append(a.hits[tk], h)
			}
		} else {
			kept = append(kept, h)
		}
	}
	if len(kept) == 0 {
		delete(a.hits, fk)
	} else {
		a.hits[fk] = kept
	}
}

// dropCompoundExitPrice reads a price to be let go ("کہتے ہیں ۵۰۰۰ ڈالر
// دو تو چھوڑیں گے", "pay and they will let him go", "if you want to
// leave pay 4000 dollars") told where scam work is named (forced_scam) as
// the compound's bondage, not a ransom: the domain's urgent debt to the
// employer (blind5 UR-044). Words of a kidnapping or a ransom of their own
// ("agwa", "taawan") stay.
func (a *analysis) dropCompoundExitPrice() {
	if !a.has(kindSit, "forced_scam") {
		return
	}
	a.moveHits("kidnap_ransom", "debt_bondage", a.cueHits("k_leave_price"))
}

// dropSponsorRelease reads a release priced by the worker's own sponsor,
// in the sentence that tells it, to one who wants to come home ("He wants
// to come back but kafeel says pay 10,000 riyal for release", B245-EN-011)
// as the price of leaving the sponsorship: the domain's urgent debt to the
// employer, no ransom for one taken. Held, locked in, harmed or threatened
// beside it, it stays a ransom.
func (a *analysis) dropSponsorRelease() {
	if !a.cue("k_go_home") || a.cue("k_held") || a.cue("k_locked") || a.cue("k_harm") || a.cue("k_threat") || a.cue("k_gone") {
		return
	}
	a.moveHits("kidnap_ransom", "debt_bondage", a.sitBeside("kidnap_ransom", "sponsor", nil))
}

// withUs are the words that end "it is with us" ("ہمارے پاس ہے").
var withUs = lang.MustClass("with_us")

// dropPapersWithUs reads "it is with us now" told in a sentence of a
// paper and of no one of the family ("پاسپورٹ دیا تھا ویزا لگوانے کے لیے،
// وہ اب ہمارے پاس ہے جعلی ویزے سمیت", C231-005) as the paper back in the
// family's hands, no captor's words: no ransom.
func (a *analysis) dropPapersWithUs() {
	if !a.cue("documents") {
		return
	}
	sent := a.sentences()
	a.moveHits("kidnap_ransom", "", a.sitBeside("kidnap_ransom", "documents", func(h lang.Hit) bool {
		with := withUs[a.toks[h.J-1].S] || h.J-h.I > 1 && withUs[a.toks[h.J-2].S]
		return with && !a.cueInSentence(sent, "k_relative", h) && !a.cueInSentence(sent, "ransom", h)
	}))
}

// dropHeldBackByUs reads one "kept back" by the writer's own side, told
// with "we" or "I" as its doer in the sentence ("ہم نے ابھی کچھ نہیں دیا،
// بھتیجے کو روک رکھا ہے", C326-008: the family holds the boy back from a
// smuggler's journey), as no one confined.
func (a *analysis) dropHeldBackByUs() {
	if !a.cue("k_we_did") {
		return
	}
	we := a.cueHits("k_we_did")
	a.moveHits("confined", "", a.sitBeside("confined", "k_we_did", func(h lang.Hit) bool {
		held := slices.ContainsFunc(a.toks[h.I:h.J], func(t lang.Token) bool {
			return strings.HasPrefix(t.S, "rok") || strings.HasPrefix(t.S, "روک")
		})
		// (the nearest doer before it: "hum ne paise diye, ab unhon ne
		// bhai ko rok rakha hai" is held by them)
		return held && slices.ContainsFunc(we, func(w lang.Hit) bool {
			return w.J <= h.I && !slices.ContainsFunc(a.toks[w.J:h.I], func(t lang.Token) bool { return ergative[t.S] })
		})
	}))
}

// dropContractHold reads a worker not let go home before the contract's
// term is done ("کمپنی واپس بھی نہیں آنے دے رہی، کہتے ہیں دو سال کا
// کنٹریکٹ پورا کرو", "wont let him go home until he finishes the
// contract") as held to the work, urgent, not locked in (C26-021): the
// hold is on going home, not on going out. A lock, a guard or being kept
// from going out stays confinement.
func (a *analysis) dropContractHold() {
	if !a.cue("k_contract_term") || a.cue("k_locked") {
		return
	}
	a.moveHits("confined", "forced_work", a.cueHits("k_go_home"))
}

// dropPaperBound reads "cannot go anywhere" told in the sentence of an
// expired iqama or visa ("my iqama expired in January and the company is
// not renewing it, so I cannot go anywhere for work", B207-EN-012,
// B211-EN-014) as the papers' bar on moving, a worker's distress, not a
// lock: nobody holds them in. Only the "anywhere" of it (k_nowhere) is so
// read; a lock, a guard or one who does not let them out ("kafeel dont
// let us go out of the camp") stays confinement.
func (a *analysis) dropPaperBound() {
	if a.cue("k_locked") {
		return
	}
	nowhere := a.cueHits("k_nowhere")
	a.moveHits("confined", "", a.sitBeside("confined", "k_expired", func(c lang.Hit) bool { return overlapsAny(c, nowhere) }))
}

// dropGivenBack reads a passport kept, then given back in the same
// sentence ("His original passport was with them 3 months, they gave it
// back with the papers", C234-004), as no document taken: it is in the
// person's hands again. Not given back ("didn't give it back") is still
// taken (k_given_back is negatable).
func (a *analysis) dropGivenBack() {
	a.moveHits("documents_taken", "", a.sitBeside("documents_taken", "k_given_back", nil))
}

// dropThreatenedPeril reads a border, a sea or a desert told after a
// threat's "otherwise" in its sentence ("Agent called today, wants 5 lakh
// more 'for next step' otherwise he says the boys will be left at the
// border", B217-EN-016) as a threat: what will be done if the money does
// not come, not where they are now.
func (a *analysis) dropThreatenedPeril() {
	threats := a.cueHits("k_otherwise")
	a.moveHits("at_sea_or_border", "threats", a.sitBeside("at_sea_or_border", "k_otherwise", func(h lang.Hit) bool {
		return slices.ContainsFunc(threats, func(t lang.Hit) bool { return t.J <= h.I })
	}))
}

// sitBeside returns the hits of situation sit told in a sentence with a
// hit of cue (and, when keep is given, that it keeps).
func (a *analysis) sitBeside(sit, cue string, keep func(lang.Hit) bool) []lang.Hit {
	if !a.cue(cue) {
		return nil
	}
	sent := a.sentences()
	var out []lang.Hit
	for _, h := range a.hits[lang.Label{Kind: kindSit, Key: sit}] {
		if (keep == nil || keep(h)) && a.cueInSentence(sent, cue, h) {
			out = append(out, h)
		}
	}
	return out
}

// cueInSentence reports a hit of cue in the sentence of h (sent is
// a.sentences()).
func (a *analysis) cueInSentence(sent []int, cue string, h lang.Hit) bool {
	return slices.ContainsFunc(a.cueHits(cue), func(c lang.Hit) bool { return sent[c.I] == sent[h.I] })
}

// lastEnd is the end of the last hit of cue, or -1.
func (a *analysis) lastEnd(cue string) int {
	last := -1
	for _, h := range a.cueHits(cue) {
		last = max(last, h.J)
	}
	return last
}

// dropAccidentInjury reads an injury told in a sentence with a fall or an
// accident ("fell from scaffolding in Sohar 3 weeks ago and broke his
// leg", B201-EN-043) as a medical need, not a beating: nothing there harms
// but the injury itself. A beating named beside it stays violence.
func (a *analysis) dropAccidentInjury() {
	falls := a.cueHits("k_fell")
	if len(falls) == 0 {
		return
	}
	sent := a.sentences()
	violence := a.hits[lang.Label{Kind: kindSit, Key: "violence"}]
	var accidents []lang.Hit
	for _, v := range violence {
		fell := slices.ContainsFunc(falls, func(f lang.Hit) bool { return sent[f.I] == sent[v.I] })
		harmed := slices.ContainsFunc(a.cueHits("k_harm"), func(h lang.Hit) bool {
			return sent[h.I] == sent[v.I] && !overlapsAny(h, violence)
		}) || slices.ContainsFunc(violence, func(o lang.Hit) bool {
			return sent[o.I] == sent[v.I] && !slices.ContainsFunc(a.cueHits("k_sick"), func(k lang.Hit) bool { return k.I < o.J && o.I < k.J })
		})
		if fell && !harmed {
			accidents = append(accidents, v)
		}
	}
	a.moveHits("violence", "medical", accidents)
}

// dropReworded drops a word of kidnapping that the writer goes on to put
// in other words ("اغوا ہو گیا ہے، یعنی ایجنٹ نے اسے ایک گھر میں رکھا ہوا
// ہے", "kidnap ho gaya hai, matlab company ne passport rakh liya", blind23
// UR-041, RU-043): the writer's term is not the situation; what follows
// it is read instead.
func (a *analysis) dropReworded() {
	for _, key := range []lang.Label{{Kind: kindSit, Key: "kidnap_ransom"}, {Kind: kindCue, Key: "ransom"}} {
		var kept []lang.Hit
		for _, h := range a.hits[key] {
			reworded := false
			for _, r := range a.cueHits("reworded") {
				if r.I >= h.J && r.I-h.J <= 4 {
					reworded = true
				}
			}
			if !reworded {
				kept = append(kept, h)
			}
		}
		if len(kept) == 0 {
			delete(a.hits, key)
		} else {
			a.hits[key] = kept
		}
	}
}

func overlapsAny(h lang.Hit, others []lang.Hit) bool {
	for _, o := range others {
		if o.I < h.J && h.I < o.J {
			return true
		}
	}
	return false
}

// containedInLonger reports whether another hit of the same kind covers h
// and is longer ("cash" inside "jazz cash").
func containedInLonger(h lang.Hit, all []lang.Hit, m *lang.Matcher, kind string) bool {
	for _, o := range all {
		if m.Label(o.Label).Kind == kind && o.I <= h.I && h.J <= o.J && o.J-o.I > h.J-h.I {
			return true
		}
	}
	return false
}

// negated reports whether a hit is negated (lang.Lexicon.Negated).
func (a *analysis) negated(h lang.Hit) bool {
	return lex.words.Negated(a.toks, h.I, h.J, h.GapNeg)
}

// newAnalysis tokenizes text and marks the tokens inside amounts (found by
// their text, in order) so the # pattern can match them.
func newAnalysis(text string, amounts []Amount) *analysis {
	a := &analysis{text: text, toks: lang.Tokenize(text), hits: map[lang.Label][]lang.Hit{}}
	lex.vocab.Assign(a.toks)
	from := 0
	for _, am := range amounts {
		if am.Text == "" {
			continue
		}
		k := indexFrom(text, am.Text, from)
		if k < 0 {
			k = indexFrom(text, am.Text, 0)
			if k < 0 {
				continue
			}
		}
		end := k + len(am.Text)
		for i := range a.toks {
			if a.toks[i].Digits && a.toks[i].Start >= k && a.toks[i].End <= end {
				a.toks[i].Amount = true
			}
		}
		from = end
	}
	return a
}

// dateMonth reports a month name at token i written inside a date: a
// number on both sides ("12-Mar-25", "3 Mar 2025") or two after it ("Mar
// 12, 2025"). "2 mar diye" (two killed) is no date.
func (a *analysis) dateMonth(i int) bool {
	if !lex.monthNames[a.toks[i].S] {
		return false
	}
	digit := func(k int) bool { return k >= 0 && k < len(a.toks) && a.toks[k].Digits }
	return digit(i+1) && (digit(i-1) || digit(i+2))
}

// countedMultiplier reports a multiplier ("lakh", "ہزار") at token i
// right after a number and before what it counts: people, jobs, visas
// ("3 lakh Pakistanis", "1 lakh free visa khol diye"), as the amounts read
// it (countAfter), not money.
func (a *analysis) countedMultiplier(i int) bool {
	if i <= 0 || i+1 >= len(a.toks) {
		return false
	}
	if _, ok := lex.multipliers[a.toks[i].S]; !ok {
		return false
	}
	if _, ok := lex.numberWords[a.toks[i-1].S]; !ok && !a.toks[i-1].Digits {
		return false
	}
	k := i + 1
	postposition := func(k int) bool { return k < len(a.toks) && lex.obliqueAfter[a.toks[k].S] }
	if lex.freeBefore[a.toks[k].S] && k+1 < len(a.toks) {
		k++
		if lex.freeCount[a.toks[k].S] && !postposition(k+1) {
			return true
		}
	}
	if lex.countKind[a.toks[k].S] && k+1 < len(a.toks) {
		k++ // "ستر ہزار ورک ویزے": so many visas of a kind
	}
	return lex.countNouns[a.toks[k].S] && !(lex.countOblique[a.toks[k].S] && postposition(k+1))
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}

// negatedCue reports whether every hit of a cue is negated ("abhi tak
// kisi ko chot nahi aayi", "we are not locked or beaten").
func (a *analysis) negatedCue(key string) bool {
	hs := a.cueHits(key)
	for _, h := range hs {
		if !a.negated(h) {
			return false
		}
	}
	return len(hs) > 0
}

// inLink reports whether a hit lies inside a link or an e-mail address: a
// whitespace-free run of text with "://", "@", "www." or a dot between
// letters and a known TLD after it ("oec-jobs-registration.com",
// "fee.refund@gmail.com").
func (a *analysis) inLink(h lang.Hit) bool {
	start, end := a.toks[h.I].Start, a.toks[h.J-1].End
	for start > 0 && !isSpace(a.text[start-1]) {
		start--
	}
	for end < len(a.text) && !isSpace(a.text[end]) {
		end++
	}
	field := strings.ToLower(a.text[start:end])
	if strings.Contains(field, "://") || strings.Contains(field, "@") || strings.HasPrefix(field, "www.") {
		return true
	}
	// a bare domain: its last label a known TLD ("...registration.com",
	// not "fees.ab" typed without a space)
	host, _, _ := strings.Cut(strings.TrimRight(field, ".,;:!?)'\""), "/")
	if dot := strings.LastIndexByte(host, '.'); dot > 0 && isLetter(host[dot-1]) {
		return lex.tlds[host[dot+1:]]
	}
	return false
}

func isSpace(c byte) bool  { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }
