package lang

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
// رہے تھے، میں نے نہیں بھیجی", "cnic ki photo mang rahe the, maine nahi
// bheji", "they asked for my CNIC, I did not send it"): the index of the
// token before it, as askedBut returns the "but", or -1.
func (rd *Reading) refusedAfterAsked() int {
	asked := -1
	for _, h := range rd.pick([]string{kindAnswer}, "asked") {
		if !h.neg {
			asked = h.j
			break
		}
	}
	if asked < 0 {
		return -1
	}
	for _, h := range rd.pick([]string{kindAnswer}, "not_given") {
		if h.i >= asked {
			return h.i - 1
		}
	}
	return -1
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
