package lang

import "strings"

// Readings of what was asked for and what the person wants done with the
// report: a thing asked for that is no money, a request refused without
// a "but", a change wished before sending, a question about the words of
// the question itself.

// AskedOnlyPapers reports a request for papers and nothing else ("they
// only asked for my CV so far", "sirf passport ki copy mangi hai", "صرف
// سی وی مانگی ہے"): asked whether money was asked, it says none was. A
// word of money not denied, or a number, anywhere ("CV aur 50 hazar
// mange") makes it no such answer.
func (rd *Reading) AskedOnlyPapers() bool {
	if !rd.has(kindAnswer, "asked") || !rd.has(kindAnswer, "papers") || rd.SaysSum() {
		return false
	}
	money := rd.r.lex.Class("money")
	for k, t := range rd.toks {
		if (money[t.S] || money[rd.r.lex.Canon(t.S)]) && !rd.r.lex.Negated(rd.toks, k, k+1, false) {
			return false // "پیسے نہیں" denies money: still only papers
		}
	}
	return true
}

// refusedAfterAsked returns where a refusal to hand over begins that
// follows a thing asked for without a "but" ("شناختی کارڈ کی تصویر مانگ
// رہے تھے، نہیں بھیجی", "cnic ki photo mang rahe the, maine nahi bheji",
// "the form asks CNIC number and passport photo, i stopped before
// submit"): the index of the token before it, as askedBut returns the
// "but", or -1.
func (rd *Reading) refusedAfterAsked() int {
	asked := rd.firstAsked()
	if asked == nil {
		return -1
	}
	for _, h := range rd.refusals() {
		if h.i >= asked.j {
			return h.i - 1
		}
	}
	return -1
}

// refusedBeforeAsked reports a refusal told before the thing asked for
// ("nahi bheji, wo cnic ki photo mang rahe the", "I didn't send anything,
// the form was asking for my CNIC", "نہیں دیا، وہ پاسپورٹ مانگ رہے تھے"),
// with nothing of set named as given before it.
func (rd *Reading) refusedBeforeAsked(set string) bool {
	asked := rd.firstAsked()
	rs := rd.refusals()
	if asked == nil || len(rs) == 0 || rs[0].j > asked.i {
		return false
	}
	for _, h := range rd.pick([]string{optionPrefix + set}) {
		if h.i < rs[0].i && !h.neg && h.Key != "none" && !strings.HasPrefix(h.Key, "_") {
			return false // "passport di thi, cnic nahi di, wo bhi mang rahe the"
		}
	}
	return true
}

// refusedAfter reports a refusal to hand over after token c.
func (rd *Reading) refusedAfter(c int) bool {
	for _, h := range rd.refusals() {
		if h.i > c {
			return true
		}
	}
	return false
}

// firstAsked returns the first word of asking not negated, or nil.
func (rd *Reading) firstAsked() *found {
	for _, h := range rd.pick([]string{kindAnswer}, "asked") {
		if !h.neg {
			return &h
		}
	}
	return nil
}

// refusals are the words of a thing not handed over ("nahi bheji",
// "didn't send", "stopped before submit"), but not in a clause that
// tells of a thing not given back ("passport manga, ab wapas nahi de
// rahe"): that one was handed over.
func (rd *Reading) refusals() []found {
	clauseOf := rd.clauses()
	back := map[int]bool{}
	cls := rd.r.lex.Class("given_back")
	for k, t := range rd.toks {
		if cls[t.S] || cls[rd.r.lex.Canon(t.S)] {
			back[clauseOf[k]] = true
		}
	}
	var out []found
	for _, h := range rd.pick([]string{kindAnswer}, "not_given") {
		if !back[clauseOf[h.i]] {
			out = append(out, h)
		}
	}
	return out
}

// ChangeFirst reports a wish to change an answer said with a "don't send
// (yet)" ("abhi nahi bhejna, pehle agent ka naam theek karna hai", "don't
// send it yet, the amount is wrong", "ابھی مت بھیجیں، پہلے ملک درست کرنا
// ہے"): the report is held back to be changed, not thrown away. The
// change must name an answer, or the sending be held back only for now.
func (rd *Reading) ChangeFirst() bool {
	field, ok := rd.Change()
	if !ok {
		return false
	}
	return field != "" || rd.has(kindAnswer, "hold_back")
}

// AsksMeaning reports a question about the words of the question itself
// ("ye Send Change kya hai? samjha nahi", "what does change mean?", "بدلیں
// کا کیا مطلب ہے؟"): an aside, not the wish its words name.
func (rd *Reading) AsksMeaning() bool {
	return rd.Question() && rd.has(kindAnswer, "asks_meaning") && rd.Field() == ""
}

// PaidBeforeSkip reports an answer whose first clause says money was paid
// and a later one declines to say more ("جی دیے تھے، رقم نہیں بتانا
// چاہتا", "yes paid, dont want to tell how much", A9-0151): paid, the sum
// not told.
func (rd *Reading) PaidBeforeSkip() bool {
	cs := rd.clauseTexts()
	if len(cs) < 2 {
		return false
	}
	first := rd.r.Read(cs[0])
	return !first.Skip() && (first.PaidDone() == PolarYes || first.Lead() == PolarYes && first.Paid() == PolarYes)
}

// AnswerBeforeSkip reports a yes or no standing as the first clause, with a
// wish to put off after it ("abhi nahi, baad me dekhenge", "no, maybe
// later", "نہیں، بعد میں دیکھیں گے"): the yes or no answers; the rest puts
// off only what comes after. A skip that holds its own negation ("prefer
// not to answer", "ye nahi batana") is no such answer.
func (rd *Reading) AnswerBeforeSkip() bool {
	if !rd.LeadAlone() {
		return false
	}
	_, end := rd.lead()
	for _, h := range rd.pick([]string{kindAnswer}, "skip") {
		if !h.neg {
			return end <= h.i
		}
	}
	return false
}
