package flows

import (
	"cmp"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/lang"
)

// reply is what the reader made of an answer to a question.
type reply struct {
	ok    bool              // an answer: store value under the question's slot
	skip  bool              // skipped, or "don't know": go on without an answer
	value string            // the answer
	more  map[string]string // other answers it gives ("haan, 50 hazar jazzcash se" → paid_amount, paid_how)
	fix   map[string]string // earlier answers it corrects ("I didn't pay anything" after a yes)
	aside string            // not an answer: an aside of this kind (thanks, time, who…)
	note  bool              // the words describe the offer or the account: keep them for triage
}

func answer(v string) reply { return reply{ok: true, value: v} }

var skipped = reply{skip: true}

// take reads an answer to q and acts on it: stores it and moves on, answers
// an aside and asks again, or asks again differently when it is not
// understood (see miss).
func (st *step) take(q *question, choice string) {
	switch q.expect {
	case expectMore:
		st.offer(choice)
		return
	case expectInferred:
		st.checkInferred(q, choice)
		return
	case expectSummary:
		st.atSummary(choice)
		return
	case expectField:
		st.pickField(choice)
		return
	}
	if choice == "" && st.changeMidway() {
		return
	}
	if choice == "" && st.emailToReach(q) {
		return
	}
	if choice == "" && !st.attachment() && st.alreadyTold(q) {
		return
	}
	r := st.readReply(q, choice)
	switch {
	case r.ok || r.skip:
		if r.aside != "" {
			st.aside(r.aside)
		}
		st.accept(q, r)
		st.advance()
	case r.aside != "":
		if len(st.signals().Countries) > 0 {
			// "Italy wale coast guard ko kaun batayega??" asked while on a
			// boat from Libya: the country a question names is part of
			// the account, kept for triage as an answer's words are.
			st.note()
		}
		st.aside(r.aside)
		st.askQuestion(q, st.draft().Misses > 0 || r.aside == "unclear")
	case st.answersElsewhere(q):
		// Another question's answer ("0301 2233445" asked where the offer
		// was seen): kept there, and this one asked again in other words.
		st.say("noted_other", nil)
		st.missing(q, false)
	default:
		st.miss(q)
	}
}

// accept stores an answer (or a skip) and what else it said.
func (st *step) accept(q *question, r reply) {
	d := st.draft()
	if q.node == NodeHelpWhat {
		st.settle(slotWhatAsked) // answered, however it was reached: not asked again for more
	}
	switch {
	case st.attachment():
		st.keep() // a photo whose caption answers is still evidence
	case r.note:
		st.note()
	}
	if q.node == NodeReportPhones && r.ok && r.value == "" {
		// Not the agent's numbers: ask for them.
		st.settle("phones_confirm")
		return
	}
	if r.ok && q.slot != "" && !(st.settled(slotWhatMore) && q.node == NodeHelpWhat && d.Answers[q.slot] != "" && d.Answers[q.slot] != "other") {
		// Asked for more of what is happening, the situation confirmed
		// stands: the account adds to it ("bahir nikalne ni dete … 2 din
		// se sirf roti" of people locked in a room).
		st.setAnswer(q.slot, r.value)
	}
	for _, k := range slices.Sorted(maps.Keys(r.more)) { // in one order, as everywhere
		v := r.more[k]
		if _, given := d.Answers[k]; !given {
			st.setAnswer(k, v)
			st.settle(k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(r.fix)) {
		v := r.fix[k]
		st.setAnswer(k, v)
		st.settle(k)
	}
	st.settle(q.slot)
	st.inferFrom(st.text(), false)
	if (q.node == NodeHelpWhere || q.node == NodeHelpPlace) && len(d.Inferred) > 0 {
		// "my son is in Qatar, his salary is not paid" asked where: the
		// place answered is shown with the rest it told (not left out of
		// "is this right?"), and stays answered: a correction of it there
		// replaces it, a plain no drops only what was read besides.
		for _, k := range []string{"where", "place"} {
			if v := d.Answers[k]; v != "" {
				d.Inferred[k] = v
			}
		}
	}
	if q.node == NodeHelpWhat && st.settled(slotWhatMore) {
		// More of an account whose reading was confirmed, asked for: what
		// it tells (the sum paid, the agent) is taken as told, not shown
		// for one more "is this right?".
		st.adoptInferred("")
	}
}

// settle marks an answer given or skipped: it is not asked again.
func (st *step) settle(slot string) {
	d := st.draft()
	if slot != "" && !contains(d.Settled, slot) {
		d.Settled = append(d.Settled, slot)
	}
}

func (st *step) settled(slot string) bool { return contains(st.draft().Settled, slot) }

// miss handles an answer that was not understood: the first time the
// question is asked again in other, shorter words that say what works; the
// second time the words are kept as they are (where a free answer makes
// sense) or the question is left, and the flow moves on. The same text is
// never sent twice in a row.
func (st *step) miss(q *question) { st.missing(q, true) }

// missing counts an answer that did not answer q; keep says whether its
// words may stand as q's free answer at the second.
func (st *step) missing(q *question, keep bool) {
	d := st.draft()
	d.Misses++
	if d.Misses < 2 {
		st.askQuestion(q, true)
		return
	}
	if t := strings.TrimSpace(st.in.Text); keep && q.free && t != "" && !st.bare() && st.read().Lead() != lang.PolarNo && !st.read().OpensWithNothing() &&
		!st.otherKind(q, st.read()) {
		st.note()
		st.setAnswer(q.slot, t)
		st.say("kept_as_written", nil)
	} else {
		st.say("moving_on", nil)
	}
	st.settle(q.slot)
	st.advance()
}

// bare says whether the message says nothing a free answer could keep:
// a yes, a no, an "ok" or a thanks, or only a number ("yes" kept as where
// the offer was seen is a fact stored wrongly).
func (st *step) bare() bool {
	rd := st.read()
	if rd.Words() <= 3 && (rd.YesNo() != lang.PolarNone || rd.Aside() != "" || rd.AnswerShare() >= 0.5) {
		return true
	}
	return st.onlyNumber()
}

// onlyNumber says whether the message is a number and nothing else
// ("0345 9988776", "۰۳۴۵۷۷۸۸۹۹۰").
func (st *step) onlyNumber() bool {
	return strings.Trim(st.in.Text, "0123456789۰۱۲۳۴۵۶۷۸۹+-() ") == ""
}

// askQuestion asks q, or its shorter re-ask.
func (st *step) askQuestion(q *question, retry bool) {
	id := q.text
	if retry && q.retry != "" {
		id = q.retry
	}
	switch q.node {
	case NodeReportPhones:
		st.askWith(st.t(id, map[string]any{"Phones": ltrList(st.foundPhones())}), q.node, q.options)
	case NodeReportCheck, NodeHelpCheck:
		st.askWith(st.t(id, map[string]any{"Facts": st.inferredLines()}), q.node, q.options)
	case NodeReportSummary:
		st.askWith(st.t(id, map[string]any{"Summary": st.summary()}), q.node, q.options)
	case NodeReportFix:
		st.askFix(id)
	case NodeReportRecruiter:
		if st.personOpen() {
			st.settle(slotPersonAsked) // asked once, not again
			st.ask("report_person_q", q.node, skipOnly)
			return
		}
		st.ask(id, q.node, q.options)
	case NodeReportPaid:
		if st.sumOpen() {
			st.settle("paid_amount_again") // asked once, not again
			st.ask("report_paid_amount_q", q.node, skipOnly)
			return
		}
		if !retry && st.answered("paid") && st.settled("paid_amount_again") && st.draft().Answers["paid_amount"] == "" {
			// the sum still awaited after an aside's answer ("can jazzcash
			// reverse it?", C555-002 was asked whether it had paid at all)
			st.ask("report_paid_amount_q", q.node, skipOnly)
			return
		}
		st.ask(id, q.node, q.options)
	case NodeReportPaidHow:
		if paid := st.draft().Answers["paid_amount"]; paid != "" {
			// the sum is known: only how, and to whom
			id = "report_paid_how_known_q"
			if retry {
				id = "report_paid_how_known_retry"
			}
			st.askWith(st.t(id, map[string]any{"Amount": ltr(paid)}), q.node, q.options)
			return
		}
		st.ask(id, q.node, q.options)
	case NodeHelpWhat:
		if st.settled(slotWhatMore) {
			// what is happening was read and confirmed: more of it, not
			// the same question again
			id = "help_what_more_q"
			if retry {
				id = "help_what_more_retry"
			}
		}
		st.ask(id, q.node, q.options)
	case NodeHelpPlace:
		if id == q.text && st.settled(slotCityAsked) && st.draft().Answers["place"] != "" {
			// the country is known: its city is asked
			st.askWith(st.t("help_city_in_q", map[string]any{"Country": st.draft().Answers["place"]}), q.node, q.options)
			return
		}
		if id == q.text && st.draft().Answers["where"] == "abroad" {
			id = "help_country_q"
		}
		st.ask(id, q.node, q.options)
	default:
		st.ask(id, q.node, q.options)
	}
}

// advance goes to the next question of the flow under way.
func (st *step) advance() {
	switch st.draft().Kind {
	case KindReport:
		st.nextReport()
	case KindHelp:
		st.nextHelp()
	default:
		st.menu("menu_prompt")
	}
}

// askedBeforeSkip reports a question asked before words of not knowing
// that explain it ("اس کو اپنا پتا کیسے معلوم ہو؟ وہ بتا نہیں سکتی",
// C191-007): an aside, nothing skipped. A skip said after it ("ye zaroori
// h kya? chor do", A8-0079) still skips.
func (st *step) askedBeforeSkip(rd *lang.Reading) bool {
	return rd.AskedBeforeSkip() && !st.e.reader.Read(afterLastQuestion(rd.Text)).SkipOnly()
}

// readReply reads an answer to q by the kind of answer q expects.
func (st *step) readReply(q *question, choice string) reply {
	if choice == ChoiceSkip {
		return skipped
	}
	if choice != "" {
		if choice == ChoiceUnknown {
			return reply{ok: true, value: ChoiceUnknown}
		}
		if hasOption(q.options, choice) {
			return st.fromChoice(q, choice)
		}
		return reply{} // a button of another question: ask again
	}
	rd := st.read()
	if rd.Empty() && st.in.Media == "" {
		if a := rd.Aside(); a != "" {
			return reply{aside: a}
		}
		return reply{}
	}
	if !st.askedBeforeSkip(rd) && (rd.SkipOnly() || rd.OnlyLater() || rd.Skip() && !st.named(q, rd) && !(rd.AnswerBeforeSkip() && answersNo(q)) && !(q.expect == expectPaid && rd.PaidBeforeSkip())) && !(q.set == "consent" && (rd.RefusesOutright() || rd.Aside() == "privacy" && rd.YesNo() == lang.PolarNo)) {
		// "abhi nahi, baad me dekhenge" asked for consent: the "no" that
		// opens it answers; what follows puts off only the rest. "kisi ko
		// na batana plz" (A53-0196) tells no one, no skip: anonymous.
		return skipped
	}
	if a := rd.Aside(); a == "question" && rd.UnknownFirst() && q.expect == expectPaid && !st.answered("paid") {
		// "Honestly not sure. … then I think it came back? I have to check
		// the statement", "پتا نہیں، کیا واپس مل سکتے ہیں؟" (C208-005 was
		// asked again twice): not known, and the question beside it
		// answered
		if r := st.readPaid(rd); r.ok && r.value == ChoiceUnknown {
			r.aside = a
			return r
		}
		return reply{ok: true, value: ChoiceUnknown, aside: a}
	}
	if a := rd.Aside(); (a == "unclear" || a == "pay_more" || a != "" && a != "thanks" && a != "greeting" && rd.Question() && !st.askedWithContent(q)) &&
		!(a == "question" && rd.UnknownFirst() && q.expect == expectName) {
		// ("naam yaad nai aa rha, kal bata dun?", A10-0080: not known, and
		// an offer to tell it later, asked: the "don't know" answers.)
		// "should I pay the 2 lakh instalment?": its sum is no answer
		if told := rd.Told(); told != "" && q.expect == expectOption && q.set != "" {
			// "I typed my CNIC number in the form, is that a problem?": an
			// answer, then a question about it; both are answered. (Not an
			// account of what is happening: "agent said pay 5 lakh more at
			// Italy, should we?", C34-025, asks about the money.)
			tr := st.e.reader.Read(told)
			if r := st.readOption(q, tr); r.ok && (q.set != "docs" || tr.NamesOption(q.set) || tr.Lead() != lang.PolarNone || tr.OpensWithNothing()) {
				// (not "ایپ تو میں نے ڈاؤن لوڈ کر لی تھی، کھولی نہیں۔ کوئی
				// خطرہ تو نہیں؟", C215-009: its "نہیں" is of opening an
				// app, nothing of papers given)
				r.aside = a
				return r
			}
		}
		if told := rd.Told(); told != "" && q.expect == expectPaid && !st.answered("paid") {
			// "haan 1 lakh de chuka hu, wapis mil sakte hain?" (A36-0156):
			// paid, and a question about getting it back; the yes or no
			// opens it ("Two other boys also paid him, should they message
			// here too?", C77-015, tells of others; "سمجھ نہیں آیا، کون سے
			// پیسے؟", A14-0160: its "no" is of understanding, nothing of
			// paying)
			tr := st.e.reader.Read(told)
			if tr.Lead() == lang.PolarYes || tr.Lead() == lang.PolarNo && tr.PaidDone() == lang.PolarNo {
				if r := st.readPaid(tr); r.ok {
					r.aside = a
					return r
				}
			}
		}
		return reply{aside: a} // "kitna time lagega?", "is this FIA?": answered, then asked again
	}
	if rd.OnlyThanks() {
		return reply{aside: "thanks"} // "thanks bhai" asked about whom: thanked, and asked again
	}
	if st.correctsCountry(q, rd) {
		// "actually its Qatar not Saudi" asked whether money was paid: the
		// country set right (answersElsewhere), not a "no" to this question
		return reply{}
	}
	if q.node == NodeHelpWhat && st.settled(slotWhatMore) && st.nothingMore(rd) {
		// "anything more the officer should know?" answered "no", "bas",
		// "kuch nahi", "that's all", "ok": the situation confirmed stands
		// and the flow goes on; it is no miss of "what is happening?".
		return skipped
	}
	if q.node == NodeHelpWhat && st.settled(slotWhatMore) {
		if oq, r := st.contactNamed(q); oq != nil && r.value == "number" && len(st.signals().Phones) > 0 {
			st.note() // what else it tells ("agent Rashid, 3 lakh in 2024") goes to the officer
			// "mere number pe call karein 0300…" asked for anything more:
			// a number to be called on, kept for that question
			// (answersElsewhere), not more of the account, and not asked
			// again later. Other words of calls or phones are the account's.
			return reply{}
		}
	}
	if rd.WillCheck() && !st.hasContent(q) && len(st.signals().Payments) == 0 && rd.Words() <= 8 {
		// "ruko rasid dekh ke batata hun", "let me check the receipt": the
		// answer is on its way, not given; the question stands (C25-029).
		return reply{}
	}
	if c := rd.Concluded(); c != "" && (q.expect == expectOption || q.expect == expectSituation || q.expect == expectPaid) &&
		// (one that opens with its answer, "No. I know the real OEC fee
		// goes through a bank challan, so I stopped", C190-004, or hedges,
		// "I don't know exactly ... so maybe they paid the first half",
		// C92-007, is read whole)
		rd.Lead() == lang.PolarNone && !rd.Unknown() && !rd.Hedged() &&
		// (a sum settled on is concludedSum's: "… to 1 lakh 35 hazar", C42-033)
		!(q.expect == expectPaid && len(st.e.opts.Triage(c).Amounts) > 0) {
		// "he started typing his cnic then closed the tab, didnt submit.
		// so nothing went", "my brother almost paid, i stopped him. so no"
		// (C265-005): the account, then what it comes to; the conclusion
		// answers when it answers alone
		if r := st.readKind(q, st.e.reader.Read(c)); r.ok {
			return r
		}
	}
	r := st.readKind(q, rd)
	if r.ok || r.skip {
		return r
	}
	if a := rd.Aside(); a != "" {
		return reply{aside: a}
	}
	if st.attachment() {
		st.keep() // a screenshot or a photo is evidence, answer or not
		if st.draft().Kind == KindReport {
			return skipped // a screenshot as an answer to an offer's question
		}
	}
	return reply{}
}

// readKind reads rd by the kind of answer q expects.
func (st *step) readKind(q *question, rd *lang.Reading) reply {
	var r reply
	switch q.expect {
	case expectOption, expectSituation:
		r = st.readOption(q, rd)
		if !r.ok && !r.skip && q.node == NodeHelpWhat && st.settled(slotWhatMore) && rd.Words() >= 5 && rd.Aside() == "" {
			// More of an account asked for, told in words no option names
			// ("He said beautician job in a resort spa in Maldives … now
			// his phone is off and his office is locked", C15-008): the
			// officer's to read; the situation confirmed stands
			r = reply{ok: true, value: cmp.Or(st.draft().Answers[q.slot], "other"), note: true}
		}
	case expectName, expectPlace:
		r = st.readFree(q, rd)
	case expectPhones:
		r = st.readPhones(rd)
	case expectPhone:
		r = st.readPhone(q, rd)
	case expectCountry:
		r = st.readCountry(rd)
	case expectAmount:
		st.carrySums()
		if c := st.restated(rd); c != st {
			r = c.readAmount(c.read())
		} else {
			r = st.readAmount(rd)
		}
		if r.ok && rd.Question() && rd.Aside() == "legal_fee" {
			r.aside = "legal_fee" // "they asked 2 lakh, is that too much?": kept, and answered
		}
	case expectPaid:
		st.carrySums()
		if st.answered("paid") && st.settled("paid_amount_again") {
			r = st.readPaidSum(rd)
			break
		}
		r = st.readPaid(rd)
	case expectPaidHow:
		st.carrySums()
		r = st.readPaidHow(rd)
	}
	return r
}

// correctsCountry reports a report's answer, typed where another question
// was asked, that sets the country right ("actually its Qatar not Saudi",
// "sorry mulk Oman hai", "Qatar, Saudi nahi"): a country named, a
// correction, or a "no" between two countries, and no sum or payment told.
func (st *step) correctsCountry(q *question, rd *lang.Reading) bool {
	if d := st.draft(); d == nil || d.Kind != KindReport || q.expect == expectCountry || q.expect == expectPlace || q.set == "where" {
		return false
	}
	sig := st.signals()
	if len(sig.Countries) == 0 || len(sig.Payments) > 0 || len(sig.Amounts) > 0 || rd.SaysSum() || rd.Words() > 10 {
		return false
	}
	return rd.CorrectedAt() >= 0 || len(sig.Countries) > 1 && rd.YesNo() == lang.PolarNo
}

// answersNo reports a question that a plain "no" answers (consent, paid,
// money asked), not one whose answer is a name or a place.
func answersNo(q *question) bool {
	switch q.expect {
	case expectYesNo, expectPaid, expectAmount:
		return true
	}
	return hasOption(q.options, ChoiceNo)
}

// hasContent reports whether the message carries what q asks for (a
// country, an amount, a number), so a doubtful "Dubai?" is still an answer.
func (st *step) hasContent(q *question) bool {
	sig := st.signals()
	switch q.expect {
	case expectCountry, expectPlace:
		return len(sig.Countries) > 0
	case expectAmount, expectPaidHow:
		// "can i get my 35k back??" (C39-001) asks about a refund: a
		// question, whatever sum it names
		rd := st.read()
		return len(sig.Amounts) > 0 && !(rd.Question() && rd.MoneyBack() && !rd.Asked())
	case expectPhones, expectPhone:
		return len(sig.Phones) > 0
	case expectOption:
		return q.set == "contact" && len(sig.Phones) > 0 // "can you call me instead on 0321 4567890"
	}
	return false
}

// askedWithContent reports a question that carries an answer to q all the
// same ("can you call me instead on 0321 4567890"). Asked how they paid, a
// sum alone in a question is no answer ("can u get my 25k back or not",
// C33-002): only a way of paying is.
func (st *step) askedWithContent(q *question) bool {
	if rd := st.read(); rd.Rumour() && rd.AsksGenuine() {
		// "log kehte hain Thailand se Myanmar le jaate hain border par,
		// sach h?" (C223-033): whether what people say is true, asked;
		// its places are the rumour's, no answer
		return false
	}
	if q.expect == expectCountry && st.read().AsksMission() {
		// "Is there even a Pakistan embassy in Myanmar?" asked which
		// country the job is in: the embassy's country is asked about; a
		// country told before the question is the answer
		told := st.read().Told()
		return told != "" && len(st.e.opts.Triage(told).Countries) > 0
	}
	if rd := st.read(); q.expect == expectAmount && rd.Aside() == "legal_fee" && !rd.Asked() {
		// "ye 2.5 lakh zyada nai? kitni fees banti h asal me?" (C249-004)
		// asked how much they asked: whether the sum is fair is asked,
		// and answered; the sum asked is asked again ("they asked 2.5
		// lakh, too much?" tells it)
		return false
	}
	if q.expect == expectPaidHow {
		// (a question that names the bank, "Will the bank be able to
		// reverse the transfer?", C125-013, asks; it tells nothing)
		return len(st.signals().Payments) > 0 && !st.read().OpensWithQuestion()
	}
	return st.hasContent(q)
}

// named reports whether the message names one of q's options ("rather not,
// keep it anonymous" is an answer, not a skip).
func (st *step) named(q *question, rd *lang.Reading) bool {
	if q.set != "" {
		if _, ok := rd.Option(q.set, q.prefer...); ok {
			return true
		}
	}
	return st.hasContent(q)
}

// fromChoice is a pressed (or numbered) option.
func (st *step) fromChoice(q *question, choice string) reply {
	switch {
	case q.expect == expectPhones && choice == ChoiceYes:
		return answer(strings.Join(st.foundPhones(), ", "))
	case q.expect == expectPhones && choice == ChoiceNo:
		return reply{ok: true, value: ""}
	case q.expect == expectAmount && choice == ChoiceNo:
		return answer("none")
	}
	return answer(choice)
}

// readOption reads an option named in words ("fb pe dekha", "dono diye",
// "isi chat pe", "gumnaam rakhein"), or a yes or no where the question
// allows one.
func (st *step) readOption(q *question, rd *lang.Reading) reply {
	if q.set == "consent" && rd.NameOutContactIn() {
		// "نام نہ لکھیں لیکن فون کر سکتے ہیں" (A112-0200): the name kept
		// out, contact allowed
		return answer(ChoiceYes)
	}
	if rest, ok := rd.WithoutNot(q.set); ok && q.set == "consent" {
		// "کزن کا نام نہ آئے۔ مجھ سے رابطہ ٹھیک ہے" (C195-012): a wish
		// about another's name says nothing of one's own; the rest answers
		rd = st.e.reader.Read(rest)
	}
	if after := rd.AfterCorrection(); after != "" {
		// "haan rabta kar lein... nahi ruko, gumnaam rakhein", "nahi kuch
		// nahi bheja... ruko, bhai keh raha hai passport ki photo bhej di
		// thi" (C18-028): the answer they settled on.
		if r := st.readOption(q, st.e.reader.Read(after)); r.ok {
			if q.set == "docs" && (r.value == "passport" || r.value == "cnic") && st.e.reader.Read(after).Also() {
				// "Only a copy of his passport. No wait, he sent the CNIC
				// also" (C19-001): added to the one before, not instead
				before := strings.TrimSuffix(rd.Text, after)
				if b, ok := st.e.reader.Read(before).Option(q.set); ok && b != r.value && (b == "passport" || b == "cnic") {
					r.value = "both"
				}
			}
			return r
		}
	}
	if q.set == "consent" && rd.NotMeButOther() {
		// "mujhe nahi, mere bhai ko call kar lena": the writer's own
		// contact is not to be shared
		return answer(ChoiceNo)
	}
	if q.set == "consent" && rd.DoubtOver(q.set) {
		// "I'm not sure I want them to contact me": no consent given,
		// unless they go on to keep it anonymous
		if rd.Marks(q.set, ChoiceNo) {
			return answer(ChoiceNo)
		}
		return skipped
	}
	if rd.UnknownWhether(q.set) {
		return skipped // "pata nahi passport diya ya nahi": not known
	}
	sig := st.signals()
	if q.set == "docs" {
		// "passport ki photo mang raha tha lekin maine nahi di": asked for
		// and refused; "asked for the passport but I gave my CNIC": what
		// came after the "but" was given.
		if rd.AskedNotGiven(q.set) {
			if v, ok := rd.GivenBeforeAsked(q.set); ok {
				return answer(v) // "Only his passport copy. They asked CNIC also but … not sent it"
			}
			return answer("none")
		}
		if v, ok := rd.GivenInstead(q.set); ok {
			return reply{ok: true, value: v, note: true}
		}
		if _, named := rd.Option(q.set, q.prefer...); !named && len(sig.Amounts) > 0 &&
			(rd.Field() == "paid" || rd.Field() == "money_asked") {
			// "nahi 4 nai 5 lac diye the": a word on the money, whose
			// "nahi" says nothing of the papers
			return reply{}
		}
	}
	if _, named := rd.Option(q.set, q.prefer...); !named && q.set == "what" && len(st.signals().Situations) == 0 {
		if v, ok := rd.Option("contact"); ok && v == "discreet" && rd.Words() <= 8 {
			// "they check phones at night" asked what is happening
			// (C28-007): how to be reached, kept for that question
			// (answersElsewhere), not what is happening
			return reply{}
		}
	}
	if _, named := rd.Option(q.set, q.prefer...); !named && st.otherKind(q, rd) {
		// "cash, no receipt" asked for consent: its "no" is the receipt's;
		// "ملک غلط ہے، قطر تھا" asked for the papers is about the country
		return reply{}
	}
	switch lead := rd.Lead(); {
	case q.set == "consent" && turnedTo(rd) != "":
		// "mera naam na aaye, gaon me pata chal gaya to masla hoga...
		// haan rabta kar lo lekin chupke se" (C41-028): after the
		// hesitation, the answer they settle on
		return answer(turnedTo(rd))
	case q.set == "consent" && lead != lang.PolarNone && rd.Contrast():
		// "haan, magar agent ko mera naam na batana": the answer comes first.
		if lead == lang.PolarYes {
			return answer(ChoiceYes)
		}
		return answer(ChoiceNo)
	case q.set == "seen" && rd.BeforeContrast() != "":
		// "A link in a facebook post, but the offer itself is on the
		// website" (C29-005): the place named after the "but" is where it
		// was seen, when the two differ
		before := rd.BeforeContrast()
		after := st.e.reader.Read(strings.TrimSpace(strings.TrimPrefix(rd.Text, before)))
		b, okB := st.e.reader.Read(before).Option(q.set, q.prefer...)
		if a, okA := after.Option(q.set, q.prefer...); okA && okB && a != b && after.Lead() != lang.PolarNo {
			return reply{ok: true, value: a, note: true}
		}
	case q.set == "seen" && rd.BeforeThen() != "":
		// "website, a jobs portal, after that only email n whatsapp"
		// (C514-002 stored "somewhere else"): where it was seen first is
		// where the offer was; what came after is how they talked
		if b, ok := st.e.reader.Read(rd.BeforeThen()).Option(q.set, q.prefer...); ok && b != "other" {
			return answer(b)
		}
	case q.set == "consent" && rd.BeforeContrast() != "":
		// "ji rabta kar lein, lekin gaon mein kisi ko pata na chale": what
		// comes before the "but" is the answer; the rest is a wish.
		first := st.e.reader.Read(rd.BeforeContrast())
		if v, ok := first.Option(q.set, q.prefer...); ok {
			return answer(v)
		}
		switch first.YesNo() {
		case lang.PolarYes:
			return answer(ChoiceYes)
		case lang.PolarNo:
			return answer(ChoiceNo)
		}
	case q.set == "docs" && (lead == lang.PolarNo || rd.Shared(q.set)) && rd.AllDenied(q.set):
		// "no he has not sent passport or CNIC to them": each one named is
		// denied.
		return answer("none")
	case q.set == "docs" && rd.OpensNotMine():
		// "Not mine. The boys gave him passports" (C220-010): asked for
		// their own papers, the writer gave none; the others' are told.
		return answer("none")
	case q.set == "docs" && lead == lang.PolarNo && rd.LeadAlone():
		// "nahi, passport cousin ke paas hai": the "no" answers; the rest
		// says where the papers are.
		return answer("none")
	case q.set == "contact" && len(sig.Phones) > 0:
		v := "number"
		if first, ok := rd.FirstOfTwo(q.set); ok && first == "here" {
			v = first // "Here on telegram, or my number 0331…" (C291-022): here first, the number kept
		}
		return reply{ok: true, value: v, more: map[string]string{"contact_number": strings.Join(sig.Phones, ", ")}}
	}
	if q.set == "where" && rd.Marks(q.set, "_border") && st.townInPakistan(rd) && !rd.PlaceIsOrigin() && !namesPakistan(rd) && !rd.PlaceIsWriters() {
		// "iran border k paas, taftan ki taraf" (A117-0235): the country
		// named is the border's; the town is on this side of it
		return reply{ok: true, value: "pakistan", note: true, more: map[string]string{"place": strings.TrimSpace(st.in.Text)}}
	}
	if q.set == "where" && len(sig.Countries) == 0 && !rd.Unknown() && rd.Lead() == lang.PolarNone {
		if _, ok := rd.Option(q.set, q.prefer...); !ok && rd.PakistanPlace() != "" && !rd.PlaceIsOrigin() {
			// "قصور کے پاس، چونیاں روڈ پر بھٹہ ہے": a town in Pakistan
			return reply{ok: true, value: "pakistan", note: true, more: map[string]string{"place": strings.TrimSpace(st.in.Text)}}
		}
	}
	if q.set == "what" && (forcedMarriage(st.signals().Situations) || heldOnTheWay(st.signals().Situations)) {
		// "baap ne rishta karwane wale se 5 lakh liye, zabardasti shadi kr
		// k le ja rahe hain" (C22-030): a marriage forced or bought is
		// none of the options (the money is a bride price, not a job's),
		// unless a harm named is one.
		return reply{ok: true, value: "other", note: true}
	}
	if q.set == "contact" && rd.HereNotThem() {
		// "Here on this WhatsApp is fine. Just please don't message him
		// directly, they check the phones" (C226-010): the phones
		// checked are his; the writer is reached here
		return answer("here")
	}
	// "abroad, i cant say exactly where" (A7-0224): the first clause
	// answers; what is not known is the place within it.
	if v, ok := rd.Option(q.set, q.prefer...); ok && (q.set != "where" || (!rd.Unknown() || rd.UnknownLater()) && !(v == "pakistan" && rd.PlaceIsOrigin())) &&
		!(q.set == "contact" && v == "number" && rd.RefusesCallsToMe()) {
		// (not "مجھے فون نہ کریں، یہ فون باورچی کا ہے", C168-014: the
		// phone named is whose it is, and calls are refused; read below)
		if q.set == "what" && v == "money_taken" && (rd.Marks(q.set, "_plight") || len(st.signals().Situations) > 0) &&
			(st.draft().Answers["where"] == "abroad" || st.signals().Abroad) {
			// (or a danger triage reads: "agent ne 24 lakh liye the …
			// pani andar aa raha h", C184-009)
			// "ایجنٹ نے پیسے لے لیے۔ اب ان کو پہاڑ میں چھوڑ دیا، کھانا پانی
			// ختم": abroad, the money taken is how they got there; the
			// plight told now (left in the mountains, no food) is what is
			// happening (C21-020).
			v = "other"
		}
		if q.set == "where" && v == "pakistan" && (len(sig.Located) > 0 && (rd.PlaceHere() == "" || kinTold(rd) && rd.PlaceIsWriters()) ||
			// "کویت میں کفیل کے گھر" (A42-0231): a house abroad, no Pakistan
			// named; "I'm in Pakistan but my son is stuck in Erbil, it's
			// for him" (A41-0223): the one asked about is there
			st.inForeignPlace(rd) && !rd.Returned() && (!namesPakistan(rd) || kinTold(rd)) ||
			// "میں تو پاکستان میں ہوں، بیٹا باہر پھنسا ہوا ہے" (A85-0228):
			// the writer here, the one asked about abroad
			(kinTold(rd) || rd.Marks("whom", "other")) && rd.Marks(q.set, "abroad") && !rd.Returned() ||
			// "yahan sab arabi bolte hain, shayad saudi hai" (A85-0240):
			// "here" is where they are, a country abroad named and no
			// place in Pakistan; or the writer's town, then where the one
			// asked about is ("I'm in Lahore but it's my son who needs
			// help, he's in Kuala Lumpur", A148-0223)
			len(sig.Countries) > 0 && !rd.Returned() &&
				(!namesPakistan(rd) && rd.PakistanPlace() == "" && !rd.PlaceIsOrigin() || kinTold(rd) && rd.PlaceIsWriters())) {
			// "my son is in Libya, in a house near Tripoli. we are in
			// Gujrat" (A15-0223): the writer's town is not where he is
			// "عمان میں ہے، مسقط میں ایک گھر میں کام کرتی ہے": the house
			// she works in abroad is no home in Pakistan
			v = "abroad"
		}
		r := answer(v)
		switch q.set {
		case "where":
			r.note = true // "at sea near Greece" says more than "abroad"
			if v == "abroad" {
				if names := st.countryNames(st.located(rd, st.signals())); names != "" {
					r.more = map[string]string{"place": names}
				}
			}
			if here := rd.PlaceHere(); v == "pakistan" && here != "" {
				r.more = map[string]string{"place": here} // "gujrat me hun": the city is told
			} else if town := rd.TownNamed(); v == "pakistan" && town != "" && rd.Words() <= shortPlaceWords && !rd.PlaceIsOrigin() && !kinTold(rd) {
				// "pakistan, sargodha" (C552-032): the town beside the
				// country is where they are, not asked again
				r.more = map[string]string{"place": town}
			}
		case "seen":
			// "insta pe dekha tha", "youtube ad": the place named says more
			// than "somewhere else", for the officer and for what triage
			// reads (an offer online)
			r.note = v == "other"
		case "what", "docs":
			r.note = true // "passport unke paas hai" says more than "passport"
			if q.set == "docs" && v == "cnic" && rd.Denied(q.set, "passport") {
				// "cnic ki copy bheji thi bas, passport nai diya": the
				// passport not handed over, no account of one kept
				r.note = false
			}
		}
		return r
	}
	yn := rd.YesNo()
	switch q.set {
	case "consent":
		if rd.Marks("contact", "_only_msg") {
			return answer(ChoiceYes) // "only whatsapp msg pls no calls" (A28-0184): contact, by message
		}
		switch {
		case yn == lang.PolarYes:
			return answer(ChoiceYes)
		case yn == lang.PolarNo, yn == lang.PolarNotYet, yn == lang.PolarNone && rd.WishesSecrecy():
			// (a wish that no one know who told, and nothing else, asks
			// to stay anonymous: A41-0190)
			return answer(ChoiceNo)
		}
	case "docs":
		if yn == lang.PolarNo || yn == lang.PolarNotYet {
			return answer("none")
		}
	case "contact":
		if rd.NotThem() {
			// "behan ko phone mat krna warna wo log usko aur marenge"
			// (C53-031): the one in danger is not to be called; how the
			// writer is reached is still to be told, unless it is ("اسے
			// فون مت کرنا، مجھے اسی نمبر پر فون کریں")
			if v, ok := rd.Option(q.set, q.prefer...); ok {
				return answer(v)
			}
			return reply{aside: "not_them"}
		}
		if never, not := rd.Marks(q.set, "_never"), rd.Marks(q.set, "_not"); never || not {
			never = never || rd.Marks(q.set, "_at_all")
			// "call nahi", "just text me, no calls": calls refused, not
			// contact; written to here, or here with care. Refused
			// outright with nothing else asked for ("koi call nahi,
			// bilkul nahi", "کال بالکل نہ کریں", "don't call at all"):
			// no contact.
			switch {
			case rd.Marks(q.set, "_self"):
				return answer("none") // "call na karen … main khud rabta karunga" (C37-023): they will write to us
			case rd.Marks(q.set, "_care"), rd.Marks(q.set, "_overhear"):
				// "صرف خاموش میسج، کال بالکل نہیں" (A12-0313), "sirf msg
				// karna, call bilkul nai, yahan log sunte hain" (A14-0308)
				return answer("discreet")
			case rd.Marks(q.set, "_message"):
				return answer("here")
			case never:
				return answer("none")
			}
			return answer("discreet")
		}
		if rd.Unknown() && !rd.Question() {
			if _, named := rd.Option(q.set, q.prefer...); !named {
				return skipped // "pata nai, sochta hun" (A12-0318): not decided, no refusal
			}
		}
		if yn == lang.PolarNo && !(len(st.signals().Situations) > 0 && rd.Lead() != lang.PolarNo) && !rd.Marks(q.set, "_nophone") {
			// (but "band rakha hai, bahar nahi jane dete … mujhe yahan se
			// nikalo" asked how to be reached, C31-030, tells what is
			// happening: its "nahi" refuses no contact; nor does "larki
			// ke paas to phone hi nahi hai", whose phone is someone else's)
			return answer("none")
		}
		if yn == lang.PolarYes && rd.Words() <= 3 {
			return answer("here")
		}
		if rd.Marks(q.set, "_message") && !rd.Question() {
			// "whatsapp pe msg karein", "text me", "میسج کر دیں": written
			// to, on the number they write from: here
			return answer("here")
		}
	case "where":
		if sig := st.signals(); len(sig.Countries) > 0 && (len(sig.Located) > 0 || !rd.PlacesOnlyVisa()) {
			// (not "dubai ka visa dena tha", C484-030: where the visa was
			// for, not where they are)
			r := answer("abroad")
			r.note = true
			r.more = map[string]string{"place": st.countryNames(st.located(rd, sig))}
			return r
		}
	case "what":
		if v := situationOf(st.signals().Situations); v != "" {
			return reply{ok: true, value: v, note: true}
		}
		abroad := st.draft().Answers["where"] == "abroad" || st.signals().Abroad
		if (rd.PaidDone() == lang.PolarYes || len(st.signals().Amounts) > 0) && !abroad {
			// "3 lakh diye, job fake nikli"; abroad, the money paid is how
			// they got there ("agent ko 28 lakh diye the" of a boat gone
			// silent), as when it is inferred, unless more is asked now ("اور
			// پیسے مانگ رہا ہے"): their own words tell the rest.
			return reply{ok: true, value: "money_taken", note: true}
		}
		// Told in their own words: the account is the answer, also after
		// what they do not know ("no problem told yet, we are just
		// afraid, we want him back").
		if rd.Words() >= 4 && rd.Aside() == "" && !rd.Skip() && (!rd.Unknown() || rd.TellsBeyondUnknown()) {
			return reply{ok: true, value: "other", note: true}
		}
	}
	if rd.Unknown() || yn == lang.PolarUnknown {
		return skipped
	}
	return reply{}
}

// nothingMore reports an answer to "anything more?" that adds nothing: a
// no or a yes alone, "nothing", "that's all" ("nahi bas yehi hai").
func (st *step) nothingMore(rd *lang.Reading) bool {
	if rd.Done() || rd.OpensWithNothing() && rd.Words() <= 4 {
		return true
	}
	yn := rd.YesNo()
	// "abhi nahi", "not yet": nothing more now
	return (yn == lang.PolarNo || yn == lang.PolarYes || yn == lang.PolarNotYet) && rd.Words() <= 3 && len(st.signals().Phones) == 0
}

// thisNumber reports words that name the number being written from ("isi
// number pe", "this same number", "اسی نمبر پر") and no other one.
func thisNumber(rd *lang.Reading) bool {
	if !rd.Marks("contact", "_this_number") || rd.Contrast() {
		return false
	}
	v, ok := rd.Option("contact")
	return !ok || v == "here" || v == "number"
}

// readFree reads a free answer (a name, a place): anything but an aside,
// a skip or "don't know", with the words that introduce it dropped.
func (st *step) readFree(q *question, rd *lang.Reading) reply {
	// "don't know the exact place, somewhere in Myanmar near the Thai
	// border", "I think he last called from Tripoli" (A32-0245, A31-0246):
	// not known exactly, but a place is told
	placeTold := q.expect == expectPlace && len(st.signals().Countries) > 0
	if rd.Unknown() && !placeTold && (rd.Words() <= 6 || rd.UnknownFirst() || q.expect == expectName && rd.NameNotKnown()) && !(q.expect == expectName && (rd.UnknownLater() || rd.NameAfterNone() || rd.Contrast() || len(lang.FirmNames(rd.Text)) > 0)) {
		// (a firm's name guessed after the doubt is kept: "not sure,
		// something like Gulf Star Travels", A171-0064)
		return skipped
	}
	if rd.Aside() != "" && rd.Words() <= 8 || rd.Question() {
		return reply{}
	}
	if q.expect == expectPlace && rd.FearsFoundOut() && rd.PakistanPlace() == "" && len(rd.PlacesAbroad()) == 0 {
		// "جگہ بتاؤں گا اور ان کو پتہ چل گیا تو وہ مجھے ماریں گے" (A169-0252):
		// a fear of telling, no place
		return reply{}
	}
	if yn := rd.YesNo(); (yn == lang.PolarNo || yn == lang.PolarNotYet) && rd.Words() <= 3 && rd.AnswerShare() >= 0.5 {
		return skipped // "no", "nahi": they do not know it (but "Bilal, no company" is a name)
	}
	if st.onlyNumber() || q.expect == expectPlace && st.otherKind(q, rd) || q.expect == expectName && moneyTalk(rd) {
		return reply{} // a number alone names no one and no place ("0345 9988776"); "call me on 0321…" is no city
	}
	if q.expect == expectName && rd.SeenOn() != "" && rd.Unknown() && len(lang.FirmNames(rd.Text)) == 0 && st.draft().Answers["seen"] == "" {
		// "فیس بک پر دیکھا تھا، نام کا نہیں پتہ" (A9-0071): where it was
		// seen, kept there, and the name not known
		return reply{skip: true, more: map[string]string{"seen": rd.SeenOn()}}
	}
	if q.expect == expectName && (rd.SeenOn() != "" && rd.Field() != q.slot && len(lang.FirmNames(rd.Text)) == 0 && rd.NamedIn() == "" || rd.OnlyPlatform()) {
		// "facebook pe dekha tha", "I saw it on tiktok": where the offer
		// was seen, not who made it (answersElsewhere keeps it there);
		// "… واٹس ایپ پر اپنا نام عمران بتایا" names him too (C224-002)
		return reply{}
	}
	if q.expect == expectPlace && rd.PlaceUnknown() && len(st.signals().Countries) == 0 && rd.PakistanPlace() == "" {
		// "they moved us at night, I don't know where we are": the rest
		// tells how, not where
		return skipped
	}
	if rd.OnlyLater() {
		return skipped // "baad me" (A17-0080): put off, no name
	}
	if sig := st.signals(); q.slot == "recruiter" && len(sig.URLs) > 0 && rd.Unknown() {
		// "No name, it just pretends to be OEC. the site is
		// oec-gov-pk.online" (C41-004): the site is what it goes by
		return reply{ok: true, value: siteName(sig.URLs[0]), note: true}
	}
	if q.expect == expectName && rd.UnknownFirst() && rd.NamedIn() == "" && !rd.FirmNamed() && !rd.NameGuessedAfterNone() && (noCapitals(st.in.Text) || st.predicateAfterUnknown(rd)) {
		// "dont know his name, only talked on whatsapp", "pata nai yar, har
		// dafa naya naam batata hai" (A19-0063, A19-0076): no name after
		// the "don't know"
		return skipped
	}
	if q.node == NodeHelpPlace && st.settled(slotCityAsked) && len(rd.PlacesAbroad()) == 0 && rd.PakistanPlace() == "" &&
		(len(st.signals().Situations) > 0 || rd.Words() > cityAccountWords) {
		// the city asked for, an account told instead ("his company
		// closed, no salary, visa expired"): kept for the officer, and the
		// country stands
		return reply{skip: true, note: true}
	}
	name, also := rd.NameParts()
	// (a role alone beside a name is no other name: "'Ms. Olivia Grant,
	// HR Manager'", C307-009)
	also = slices.DeleteFunc(also, func(a string) bool { return st.e.reader.Read(a).OnlyTitles() })
	if q.expect == expectPlace {
		name, also = rd.Place(), nil
	}
	if nr := st.e.reader.Read(name); q.expect == expectName && name != "" && nr.Described() && strings.IndexFunc(name, unicode.IsUpper) < 0 {
		// "ہم نے تو کبھی اسے دیکھا بھی نہیں، بس فون پر بات ہوتی تھی", "اس کا
		// نام نہیں لکھوانا، وہ بڑا اثر رسوخ والا بندہ ہے" (A121-0070, -0071):
		// words about him, no name
		return skipped
	}
	if nr := st.e.reader.Read(name); name == "" || nr.YesNo() != lang.PolarNone && nr.AnswerShare() >= 0.99 ||
		q.expect == expectName && nr.OnlyThings() {
		// "no", "nahi ji" is no name, nor "number" ("نام نہیں معلوم، بس
		// نمبر ہے"): a "don't know" when the answer says so
		if (name != "" || q.expect == expectName) && rd.Unknown() {
			return skipped
		}
		return reply{}
	}
	if nr := st.e.reader.Read(name); q.expect == expectName && rd.Unknown() && (nr.Unknown() || nr.AnyNegation() || nr.OnlyTitles()) {
		// "pta ni bhai, bas number tha" (A8-0077): the "don't know" is no
		// name; nor is what follows it with a "not" ("usne kabhi apna naam
		// nai bataya, hum bhi nahi puchte the", A57-0077) or a role and a
		// form of address ("sab use bas bhai jaan kehte the", "sirf 'HR
		// Manager' likha tha", A56-0069, A56-0076)
		return skipped
	}
	r := reply{ok: true, value: name, note: true}
	if firm := st.draft().Answers["recruiter"]; q.slot == "recruiter" && st.settled(slotPersonAsked) && firm != "" {
		// the person behind the firm, asked for: kept beside it, the firm
		// stays the recruiter ("Rana Shahid"; "Euro Link Consultants,
		// banda Rana Shahid" names the firm again first; the firm alone
		// again names no one)
		r.value = firm
		people := also
		if !sameName(name, firm) {
			people = append([]string{name}, also...)
		}
		if len(people) == 0 {
			// "the consultant is Ms Sana Rehman", "ek Mr Kevin baat krta h",
			// "wahan Naeem sahab hain": the person asked for, however said
			for _, n := range []string{rd.TitledName(), rd.NamedIn(), rd.ManBeside(firm), rd.PersonBeside(name)} {
				if n != "" && !sameName(n, firm) {
					people = []string{n}
					break
				}
			}
		}
		r.fix = nil
		if len(people) > 0 {
			r.fix = map[string]string{SlotRecruiterAlso: strings.Join(people, listSep(rd.Text))}
		}
		return r
	}
	if q.slot == "recruiter" {
		if full := st.fullerFirm(name); full != "" {
			r.value = full // "الفلاح اوورسیز" of "الفلاح اوورسیز ایمپلائمنٹ پرموٹرز" sent before (C228-005)
		}
		// "Imran Butt, shop is called Butt Travel & Tours": the recruiter
		// is the name given first; the others (his shop, its owner, what
		// people call him) are kept beside it for the staff, and an answer
		// given again replaces them.
		if len(also) == 0 {
			// "Malik Bashir Lashari. us da bhatija Irfan wi naal hunda
			// ae", "CareWay UK Visas. guy on call is Hamza" (C89-C92): the
			// man named beside him by a role, a kinship or a title
			if p := rd.PersonBeside(name); p != "" {
				also = []string{p}
			}
		}
		r.fix = map[string]string{SlotRecruiterAlso: strings.Join(also, listSep(rd.Text))}
	}
	if q.expect == expectPlace {
		if sig := st.signals(); len(sig.Countries) > 0 && st.draft().Answers["where"] == "" {
			r.more = map[string]string{"where": "abroad"}
		}
		if country := st.draft().Answers["place"]; st.settled(slotCityAsked) && country != "" &&
			!strings.Contains(strings.ToLower(name), strings.ToLower(country)) && sameCountries(st.e.opts.Triage(name).Countries, st.e.opts.Triage(country).Countries) {
			// the city asked for in the country read: "Sihanoukville" is
			// kept as "Sihanoukville, Cambodia" (a place in another
			// country is where they are now, told as it is)
			r.value = name + st.sep() + country
		}
	}
	return r
}

// sameCountries reports a place whose countries are none, or those of
// the country it is in.
func sameCountries(place, country []string) bool {
	for _, c := range place {
		if !slices.Contains(country, c) {
			return false
		}
	}
	return true
}

// readPhones reads the answer to "are these the agent's numbers?": yes
// keeps them ("yes that's his number"), no asks for them, other numbers
// typed replace them, or add to them after a yes ("haan, aur 0321… bhi"),
// and "that's my own number" drops them.
func (st *step) readPhones(rd *lang.Reading) reply {
	shown := st.foundPhones()
	var typed []string
	for _, p := range st.signals().Phones {
		if !contains(shown, p) {
			typed = append(typed, p)
		}
	}
	typed = st.kept(rd, typed, func(s Signals) []string { return s.Phones }) // "0301… nahi 0302… hai uska"
	yn := rd.YesNo()
	switch {
	case rd.OwnNumber():
		if len(typed) > 0 {
			return answer(strings.Join(typed, ", "))
		}
		return reply{ok: true, value: ""}
	case len(typed) > 0 && rd.PhoneInstead():
		// "ye wala ab band ho gya h, naya 0333…", "nai ye galat likha
		// gaya, sahi 0301…" (A34-0097, A32-0095): the shown one replaced
		return answer(strings.Join(typed, ", "))
	case len(typed) > 0 && (yn == lang.PolarYes || rd.More() && yn != lang.PolarNo):
		// "haan, aur 0321… bhi": added; "not those. he uses 0333… and
		// 0300…" (A8-0085), "یہ غلط ہے، صحیح نمبر … اور … ہیں": the "and"
		// joins the numbers that replace them
		return answer(strings.Join(append(append([]string(nil), shown...), typed...), ", "))
	case len(typed) > 0:
		return answer(strings.Join(typed, ", "))
	case yn == lang.PolarYes:
		return answer(strings.Join(shown, ", "))
	case yn == lang.PolarNo || yn == lang.PolarNotYet:
		return reply{ok: true, value: ""}
	case yn == lang.PolarNone && rd.Marks("contact", "_this_number") && !rd.AnyNegation() && !rd.Unknown():
		// "اسی نمبر پر تو پیسوں کی ساری بات ہوئی تھی" (A120-0088): the
		// number shown is the one they dealt on
		return answer(strings.Join(shown, ", "))
	case yn == lang.PolarUnknown || yn == lang.PolarNone && rd.Unknown():
		// "uska number to maine delete kr diya tha" (A116-0099): no way to
		// tell
		return skipped
	}
	return reply{}
}

// readPhone reads phone numbers typed out.
func (st *step) readPhone(q *question, rd *lang.Reading) reply {
	phones := st.signals().Phones
	if len(phones) == 0 {
		phones = st.withoutPlus(st.in.Text)
	}
	if len(phones) > 0 {
		phones = st.kept(rd, phones, func(s Signals) []string { return s.Phones })
		if q.node != NodeHelpNumber {
			// "unka number 0345-9016632 tha. mera number 0300 4471298 h agar
			// call krni ho" (C85-008): the agent's numbers, not the writer's
			if theirs := notOwn(rd, phones); len(theirs) > 0 {
				phones = theirs
			}
			if d := st.draft(); d.Answers[SlotRecruiterAlso] == "" && d.Inferred[SlotRecruiterAlso] == "" {
				for _, n := range []string{rd.TitledName(), rd.RoleThenAddress()} {
					if n != "" && !st.isRecruiter(n) && !st.isPlace(n) {
						st.keepAlso(n) // "office landline 051-…, and manager Zahid mobile 0301-…" (C260-005)
						break
					}
				}
			}
		}
		return answer(strings.Join(phones, ", "))
	}
	if q.node == NodeHelpNumber {
		if thisNumber(rd) {
			// "isi number pe", "this same number": the number they write
			// from; contact is here, no other number
			return reply{ok: true, value: "", fix: map[string]string{"contact": "here"}}
		}
		if rd.Marks("contact", "_not") || rd.Marks("contact", "_never") || rd.Marks("contact", "_nophone") || rd.NoNumberOfMine() {
			// "کال نہ کریں", "call mat karo, yahin msg karo", "میرا کوئی
			// نمبر نہیں" (C168-014) asked for the
			// number to call (C165-017): no call at all; they are written
			// to here, with care
			return reply{ok: true, value: "", fix: map[string]string{"contact": "discreet"}}
		}
		if v, ok := rd.Option("contact"); ok && v == "here" && rd.Words() <= 8 {
			// "chat pe hi rabta karo": this chat it is; not the "yahan" of
			// "mai yahan mar jaungi" (C72-020)
			return reply{ok: true, value: "", fix: map[string]string{"contact": "here"}}
		}
	}
	if rd.Unknown() || rd.YesNo() == lang.PolarNo || rd.YesNo() == lang.PolarNotYet || rd.Skip() {
		return skipped // "ابھی نہیں", "not yet", "i dont want to give" (A28-0325): no number to give now
	}
	return reply{}
}

// withoutPlus reads a number abroad written without its "+" ("971 52 118
// 4406 (whatsapp only)", "974 3344 1209 qatar wala", A12-0327), asked for
// a number: the digits of the answer's first run of digits and spaces,
// read with a "+" by triage, which knows the country codes and lengths. A
// Pakistani number or a sum is never read so: one starting 0 or 92, or
// shorter than ten digits; ten digits from 3 are a Pakistani mobile
// without its 0.
func (st *step) withoutPlus(text string) []string {
	var digits []rune
	started := false
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			digits = append(digits, r)
			started = true
		case started && (r == ' ' || r == '-'):
		case started:
			goto done
		}
	}
done:
	d := lang.Digits(string(digits))
	if len(d) == 10 && d[0] == '3' {
		// "3025567139" (A38-0333): a Pakistani mobile typed without its 0
		return st.e.opts.Triage("0" + d).Phones
	}
	if len(d) < 10 || len(d) > 13 || d[0] == '0' || strings.HasPrefix(d, "92") {
		return nil
	}
	return st.e.opts.Triage("+" + d).Phones
}

// kept drops from the values of one kind an answer names (countries,
// phone numbers) those it takes back ("pehle Qatar keh raha tha... nahi
// Bahrain", "Qatar, sorry I mean Oman"; lang.Reading.Retracted). Each is
// placed at the word where it is first named, by reading ever longer
// beginnings of the answer; only an answer naming several is read so.
func (st *step) kept(rd *lang.Reading, values []string, of func(Signals) []string) []string {
	if len(values) < 2 {
		return values
	}
	spans := make([][2]int, len(values))
	placed := 0
	for _, w := range rd.WordSpans() {
		for _, v := range of(st.e.opts.Triage(rd.Text[:w[1]])) {
			if i := slices.Index(values, v); i >= 0 && spans[i] == [2]int{} {
				spans[i] = w
				placed++
			}
		}
		if placed == len(values) {
			break
		}
	}
	if placed < len(values) {
		return values
	}
	st.wholeNames(rd, spans, values, of)
	repl := rd.Retracted(spans)
	var out []string
	for i, v := range values {
		if _, ok := repl[i]; !ok {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return values
	}
	return out
}

// wholeNames widens each span placed at the first word that names its
// value over the words that go on with the name: "سعودی" names Saudi
// Arabia, and so does "سعودی عرب", whose "نہیں" then follows the name
// ("سعودی عرب نہیں کویت"). A word that names nothing alone, in the same
// clause, that is no common word nor an answer word ("sorry", "nahi"),
// over which the span still names its value, at most two.
func (st *step) wholeNames(rd *lang.Reading, spans [][2]int, values []string, of func(Signals) []string) {
	words := rd.WordSpans()
	for i, sp := range spans {
		for n := 0; n < 2; n++ {
			k := slices.IndexFunc(words, func(w [2]int) bool { return w[0] >= sp[1] })
			if k < 0 || strings.ContainsAny(rd.Text[sp[1]:words[k][0]], ",.;:!?،۔") {
				break
			}
			w := rd.Text[words[k][0]:words[k][1]]
			if wr := st.e.reader.Read(w); wr.AnswerShare() > 0 || wr.Common() || len(of(st.e.opts.Triage(w))) > 0 ||
				!slices.Equal(of(st.e.opts.Triage(rd.Text[sp[0]:words[k][1]])), values[i:i+1]) {
				break
			}
			sp[1] = words[k][1]
		}
		spans[i] = sp
	}
}

// CountryPakistan is the country answer of a job in Pakistan ("yahin
// Pakistan mein", "a job here").
const CountryPakistan = "Pakistan"

// readCountry reads a country ("Dubai", "saudia", "قطر"); a question in its
// place ("kitna time lagega?") is not one. Of a route ("pehle Dubai, phir
// wahan se Azerbaijan"), the job is at the end.
func (st *step) readCountry(rd *lang.Reading) reply {
	if cs := st.signals().Countries; len(cs) > 0 {
		// a route is kept whole ("pehle Iran phir Turkey, wahan se Greece"):
		// the officer needs the way as well as the end of it (as 38 of 43
		// blind answers label it), unless the last is marked as the job's
		// place or the first was taken back ("pehle bola greece phir bola
		// nai portugal")
		cs = st.kept(rd, cs, countriesOf)
		if len(cs) > 1 && rd.Route() && (rd.JobThere() || rd.Revised()) {
			cs = cs[len(cs)-1:]
		}
		return reply{ok: true, value: st.countryNames(cs), note: true}
	}
	if v, ok := rd.Option("where"); ok && v == "pakistan" && !rd.Question() {
		return answer(CountryPakistan)
	}
	if rd.Unknown() || rd.YesNo() == lang.PolarNo && rd.Words() <= 3 {
		return skipped
	}
	return reply{}
}

// readAmount reads money asked: an amount (with what it is for kept as
// the person wrote it), no money asked, or don't know.
func (st *step) readAmount(rd *lang.Reading) reply {
	sig := st.signals()
	if rd.LawQuestion() && rd.Question() && !rd.Asked() {
		// "kya 15 hazar se zyada lena allowed h licensed walon ko?"
		// (C233-004 stored Rs 15,000 as the sum asked): a question of
		// the law, whatever sum it names; answered, and asked again
		return reply{aside: "question"}
	}
	if rd.SumRange() && !rd.Revised() {
		// "something like 3 or 4 lakh", "1 ya dairh lakh": money was asked,
		// how much is not known; no one sum of the two is stored
		return reply{ok: true, value: ChoiceYes, note: true}
	}
	if len(sig.Amounts) == 0 {
		if bare := corrected(rd, bareAmounts(st.in.Text, sig.Salaries)); len(bare) > 0 {
			sig.Amounts = bare[:1] // "150000 no sorry 180000": the number given again
		}
	}
	if len(sig.Amounts) > 0 && !slices.ContainsFunc(sig.Amounts, func(a Amount) bool { return a.Currency != "PKR" }) {
		// "pehle 45000 offer letter k, phir medical k 30000 aur" (C563-004
		// stored 30,000): a number written alone beside a sum triage read
		// is a sum too, asked about money
		sig.Amounts = withBare(st.in.Text, sig)
	}
	if c := corrected(rd, unitCarried(rd.Text, sig.Amounts)); len(sig.Amounts) == 1 && len(c) == 1 && c[0] != sig.Amounts[0] {
		// "25 lakh ek banda. nahi, ab 27 bol raha h" (C253-010): the bare
		// number given instead is in the unit of the sum it corrects
		sig.Amounts, sig.Fee = c, &c[0]
	}
	if kept := notDiscounts(rd, sig.Amounts); len(kept) > 0 && len(kept) < len(sig.Amounts) {
		// "11.5 lakh, he gave 50k discount" (C313-003): the sum taken off
		// is neither asked nor paid
		sig.Amounts = kept
		if sig.Fee != nil && !slices.Contains(kept, *sig.Fee) {
			sig.Fee = &kept[0]
		}
	}
	told := sig.Amounts // before the corrections
	if c := corrected(rd, sig.Amounts); len(c) < len(sig.Amounts) {
		// "2 lakh bola, sorry I mean 2.5 lakh": the sum given again
		sig.Amounts = c
		if sig.Fee != nil && !slices.ContainsFunc(c, func(a Amount) bool { return a == *sig.Fee }) {
			sig.Fee = &c[0]
		}
	}
	if a := askedAmount(sig, rd); a != nil || bareAmount(st.in.Text, sig) != nil {
		if a == nil {
			a = bareAmount(st.in.Text, sig)
		}
		said := inOrder(rd.Text, sig.Amounts)
		revised := len(said) == 2 && (rd.Revised() || rd.RevisedBetween(said[0].k+len(said[0].a.Text), said[1].k))
		if y := correctedWithExtra(rd, told); y != nil {
			// "total 1 lakh 20 hazar bola tha.. nahi nahi 1 lakh 40 tha, 20
			// hazar medical k alag se the" (C510-001): the sum given again
			// is the first with the part it left out
			a = y
		} else if t := wholeThenParts(said); t != nil {
			// "3 lakh per head. 2 lakh before and 1 lakh when visa comes. my
			// brother gave the 2 lakh" (C563-008 stored the 1 lakh still
			// due): the first sum, and after it parts that make it up
			a = t
		} else if revised && rd.TotalBetween(said[0].k, said[1].k+len(said[1].a.Text)) {
			// "They said 1.8 lakh total at first, now it has become 2.5
			// lakh total" (C464-008 stored the first): each a total, the
			// later one replaces the first
			a = &said[1].a
		} else if t := totalAmount(rd, withBare(rd.Text, sig), false); t != nil {
			a = t // "kul 3 lakh", "total 75 hzr, 45 visa ka 30 medical ka", "25 thousand then 40 thousand, so 65000 altogether"
		} else if t := totalThenStory(rd.Text, said); t != nil {
			a = t // "ساڑھے سات ہزار پاؤنڈ۔ پہلے سات بتائے تھے پھر پانچ سو اور جوڑ دیے" (C250-036)
		} else if t := partNowAfterTotal(rd.Text, said); t != nil {
			a = t // "25 lakh, 12.5 abhi dene hain" (C84-014): the whole, and the part due now
		} else if revised || len(said) >= 2 && rd.Reduced() {
			a = &said[len(said)-1].a // "pehle 6 lakh bola phir kam kr k 5 lakh 20 hazar pe aa gaya", "pehle 80 hazar kaha phir bola 1 lakh 20 hazar"
			for k := len(said) - 1; k > 0 && rd.ReducedBy(said[k].k+len(said[k].a.Text)); k-- {
				a = &said[k-1].a // not the sum it came down by ("… nahi 13.5, 50 hazar kam kiye", C538-008)
			}
		} else if t := plusSum(rd.Text, said); t != nil {
			a = t // "1.8 lac + 40k for medical and protector"
		} else if t := partAndRest(rd, said); t != nil {
			a = t // "50 hazar registration, baqi 4 lakh permit pe" (C494-014)
		} else if t := instalments(rd, sig.Amounts); t != nil {
			a = t // "pehle 15000 registration, phir 40000 visa file, phir 30000 medical"
		} else if t := listedFees(rd, sig.Amounts); t != nil {
			a = t // "25k registration or 18k medical bola tha", "visa ke 2 lakh aur ticket ke 50 hazar"
		} else if t := addedUp(said, rd.NowBetween); t != nil {
			a = t // "2,500 registration, and now 4,000 more for medical slot" (C68-009, C67-006)
		} else if t := moreAsked(rd.Text, said); t != nil {
			a = t // "پہلے 45 ہزار کہا، وہ بھیجے تو بولا میڈیکل کے 30 ہزار اور بھیجو" (C224-002)
		} else if t := totalAmount(rd, sig.Amounts, true); t != nil {
			a = t // "5000 euro total, 2 lakh file charges pehle"
		}
		r := reply{ok: true, value: formatAmount(*a), note: true}
		if rd.PaidDone() == lang.PolarYes {
			// Said in words ("2 lakh mange, 50 hazar de diye"); a yes here
			// says money was asked, not paid.
			r.more = st.paidFacts(rd, sig)
			if paid := r.more["paid_amount"]; paid == r.value {
				// the sum taken for the one asked is the one paid, and a
				// larger one is told beside it: that one was asked ("Full
				// fee was 14 lakh rupees … He's paid 7 lakh of it",
				// C437-002; "18 lakh bola tha, 10 diye", C439-025)
				if big := largerThan(said, *a); big != nil {
					r.value = formatAmount(*big)
				} else if part := paidAmount(rd, withCarried(rd, sig)); part != nil && part.Currency == a.Currency && part.Value < a.Value &&
					rd.TotalBetween(0, len(rd.Text)) {
					// the total asked, called so, taken for paid, and a
					// part told with its verb of paying: that part was paid
					// ("16 lakh total, 8 to de diye dost k bhai ne, 8
					// Turkey ja k", C437-028); a part of the sum told
					// without a total is what the sum is made of ("4.5
					// lakh, 50 hazar protector aur medical k alag diye the",
					// C132-014)
					r.more["paid_amount"] = formatAmount(*part)
				}
			}
		}
		return r
	}
	switch yn := rd.YesNo(); {
	case rd.AskedOnlyPapers() && rd.Lead() != lang.PolarYes:
		return answer("none") // "not yet, they only asked for my CV so far"
	case rd.ToldOthers():
		return skipped // "پتا نہیں کتنے، ابو کو بتایا تھا": not known to them (A7-0132)
	case rd.Unknown() && rd.Hedged() && rd.Lead() != lang.PolarYes:
		return skipped // "شاید مانگے تھے، مجھے ٹھیک سے یاد نہیں" (A85-0133): a guess, not remembered
	case rd.OpensWithNothing() && rd.Lead() != lang.PolarYes:
		return answer("none") // "nothing, he said the company pays everything" (A8-0123)
	case rd.PutOff():
		return answer("none") // "not yet, he said the fee comes after the interview" (A55-0124, A58-0127, A59-0132)
	case rd.Unknown() && !rd.Asked() && !rd.NoMoney() && yn != lang.PolarNo && !(rd.Lead() == lang.PolarYes && (rd.LeadAlone() || rd.Words() > 4 && rd.OpensWithYes())):
		// ("haan bohat paise bol raha tha, exact yaad nai", A96-0136: a
		// yes first, the sum not remembered)
		// "صحیح رقم یاد نہیں" (A9-0132): its "صحیح" is the exact sum, no
		// yes; "yes, but they didn't say how much yet" (A88-0126) is one
		return skipped
	case rd.Lead() == lang.PolarYes || rd.Asked() && !rd.NoMoney():
		return reply{ok: true, value: ChoiceYes, note: true} // "haan paise mange the, amount nahi bataya"
	case rd.NoMoney() || yn == lang.PolarNo || yn == lang.PolarNotYet:
		return answer("none")
	case rd.Unknown() || yn == lang.PolarUnknown:
		return skipped
	case yn == lang.PolarYes:
		return reply{ok: true, value: ChoiceYes, note: true}
	}
	return reply{}
}

// withCarried is sig with its amounts read with their unit carried to the
// bare numbers after them ("16 lakh total, 8 to de diye": 8 lakh).
func withCarried(rd *lang.Reading, sig Signals) Signals {
	sig.Amounts = unitCarried(rd.Text, sig.Amounts)
	return sig
}

// largerThan is the largest of the sums said in a's currency, when it is
// larger than a.
func largerThan(said []placedAmount, a Amount) *Amount {
	var big *Amount
	for i := range said {
		if s := said[i].a; s.Currency == a.Currency && s.Value > a.Value && (big == nil || s.Value > big.Value) {
			big = &said[i].a
		}
	}
	return big
}

// notDiscounts returns the amounts that are not a discount's size
// (lang.Reading.DiscountAt), in the order given.
func notDiscounts(rd *lang.Reading, amounts []Amount) []Amount {
	var kept []Amount
	for _, p := range inOrder(rd.Text, amounts) {
		if !rd.DiscountAt(p.k, p.k+len(p.a.Text)) && !slices.Contains(kept, p.a) {
			kept = append(kept, p.a)
		}
	}
	return kept
}

// instalments is the sum of amounts asked or paid one after another ("pehle 15000
// registration, phir 40000 visa, phir 30000 medical", "first 50,000 then
// 30,000 more", "1 lac then 1 lac after a month"): every sum after the
// first follows a word of sequence, all in one currency, none called the
// total. The money asked is all of them. A sum named twice is two sums
// (triage reads "1 lac" once).
func instalments(rd *lang.Reading, amounts []Amount) *Amount {
	if t := addedUp(inOrder(rd.Text, amounts), rd.ThenBetween); t != nil {
		return t
	}
	if t := addedUp(inOrder(rd.Text, amounts), rd.DatedBetween); t != nil {
		return t // "1 lakh on 4th and 1 lakh on 9th"
	}
	if rd.InstalmentsSaid() {
		// "cash, three times at their office, 2 lakh, 1.5 lakh, 1 lakh"
		// (C56-009 kept only the first part)
		if t := addedUp(inOrder(rd.Text, amounts), rd.ListedBetween); t != nil {
			return t
		}
		// "cash, 2 dafa. 3 lakh Shahid ko uske ghar pe, 2.5 lakh Kaka ko"
		// (C220-003 kept 3 lakh): each part in its own clause, to whom
		// it went beside it
		// (not "yes 2 lakh, two installments of 1 lakh", C52-006: the
		// count told after the whole is how the whole went)
		said := inOrder(rd.Text, amounts)
		if len(said) == 0 || !rd.InstalmentsBefore(said[0].k) {
			return nil
		}
		return addedUp(said, func(a, b int) bool {
			return a <= b && strings.ContainsAny(rd.Text[a:b], ",،.;۔") && !rd.TotalBetween(a, b)
		})
	}
	if said := inOrder(rd.Text, amounts); len(said) > 1 {
		// each sum with its own verb of paying: "۳ لاکھ بھائی نے دیے اور ۵۰
		// ہزار میں نے بعد میں دیے" (C176-011), "bhai ne 2 lakh diye, maine
		// 50 hazar bheje"
		last := said[len(said)-1]
		if rd.PaidBetween(last.k+len(last.a.Text), len(rd.Text)) {
			return addedUp(said, rd.PaidBetween)
		}
	}
	return nil
}

// addedUp is the sum of amounts said, all in one currency, each after the
// first joined to the one before by joined (given the byte where the one
// before ends and where this one starts), or nil.
func addedUp(said []placedAmount, joined func(end, at int) bool) *Amount {
	if len(said) < 2 {
		return nil
	}
	total := Amount{Currency: said[0].a.Currency}
	for i, p := range said {
		if p.a.Currency != total.Currency || i > 0 && !joined(said[i-1].k+len(said[i-1].a.Text), p.k) {
			return nil
		}
		total.Value += p.a.Value
	}
	total.Text = formatAmount(total)
	return &total
}

// plusSum is the sum of amounts written with a plus between each ("1.8
// lac + 40k for medical", "3 lakh plus 50 hazar", A12-0132), all in one
// currency.
func plusSum(text string, said []placedAmount) *Amount {
	return addedUp(said, func(end, at int) bool {
		if end > at {
			return false
		}
		between := strings.ToLower(strings.TrimSpace(text[end:at]))
		if strings.HasPrefix(between, "+") || strings.HasPrefix(between, "plus ") || between == "plus" || strings.HasPrefix(between, "پلس") {
			return true
		}
		// "28 hzar medical + 15 hzar file" (C492-030): what the first is
		// for, then the plus
		k := strings.Index(between, "+")
		return k > 0 && k <= 30 && !strings.ContainsAny(between, ".;:\n۔") && strings.TrimSpace(between[k+1:]) == ""
	})
}

// partAndRest is the whole of two sums asked, the second called the rest
// ("50 hazar registration, baqi 4 lakh permit pe", "۵۰ ہزار ابھی، باقی
// چار لاکھ ویزا پر"): a part and what is left make the whole asked. nil
// otherwise.
func partAndRest(rd *lang.Reading, said []placedAmount) *Amount {
	if len(said) != 2 || said[0].a.Currency != said[1].a.Currency || rd.RestAt(said[0].k) || !rd.RestAt(said[1].k) {
		return nil
	}
	whole := Amount{Value: said[0].a.Value + said[1].a.Value, Currency: said[0].a.Currency}
	whole.Text = formatAmount(whole)
	return &whole
}

// listedFees is the sum of fees listed for different purposes ("25k
// registration or 18k medical", lang.Reading.ListedFees), all in one
// currency and none said to be paid: the money asked is all of them.
func listedFees(rd *lang.Reading, amounts []Amount) *Amount {
	said := inOrder(rd.Text, amounts)
	if len(said) < 2 || rd.PaidDone() == lang.PolarYes {
		return nil
	}
	total := Amount{Currency: said[0].a.Currency}
	spans := make([][2]int, len(said))
	for i, p := range said {
		if p.a.Currency != total.Currency {
			return nil
		}
		total.Value += p.a.Value
		spans[i] = [2]int{p.k, p.k + len(p.a.Text)}
	}
	if !rd.ListedFees(spans) {
		return nil
	}
	total.Text = formatAmount(total)
	return &total
}

// totalThenStory is a sum said alone in the answer's first sentence when
// the sentences after it tell how it came to be, with a word of "first"
// and only smaller sums of its currency ("ساڑھے سات ہزار پاؤنڈ۔ پہلے سات
// بتائے تھے پھر پانچ سو اور جوڑ دیے", C250-036): the answer, the rest its
// history; nil otherwise.
func totalThenStory(text string, said []placedAmount) *Amount {
	if len(said) < 2 {
		return nil
	}
	end := said[0].k + len(said[0].a.Text)
	between := text[end:said[1].k]
	stop := strings.IndexAny(between, ".۔\n")
	if stop < 0 || strings.TrimSpace(text[:said[0].k]) != "" || strings.TrimSpace(strings.Trim(between[:stop], " ")) != "" {
		return nil
	}
	for _, p := range said[1:] {
		if p.a.Currency != said[0].a.Currency || p.a.Value >= said[0].a.Value {
			return nil
		}
	}
	for _, w := range strings.Fields(strings.ToLower(text[end:])) {
		if storyFirstWords[strings.Trim(w, ".,،۔")] {
			return &said[0].a
		}
	}
	return nil
}

// storyFirstWords open the history of a sum ("pehle 7 bataye the").
var storyFirstWords = lang.MustClass("story_first")

// placedAmount is a sum where it is said.
// partNowAfterTotal is the first of two sums when the second, smaller and
// in the same currency, is marked as the part due now or first ("25 lakh,
// 12.5 abhi dene hain", "3 lakh, 1 lakh advance"); nil otherwise.
func partNowAfterTotal(text string, said []placedAmount) *Amount {
	if len(said) != 2 || said[1].a.Value >= said[0].a.Value || said[1].a.Currency != said[0].a.Currency {
		return nil
	}
	after := strings.Fields(strings.ToLower(text[min(len(text), said[1].k+len(said[1].a.Text)):]))
	for i, w := range after {
		if i >= 2 {
			break
		}
		if partNowWords[strings.Trim(w, ".,،")] {
			return &said[0].a
		}
	}
	return nil
}

// partNowWords mark a sum as the part paid now or first.
var partNowWords = lang.MustClass("part_now_words")

type placedAmount struct {
	a Amount
	k int
}

// inOrder places every saying of amounts in text, in the order written;
// longer texts are placed first, so "تین لاکھ" is not found inside
// "ساڑھے تین لاکھ".
func inOrder(text string, amounts []Amount) []placedAmount {
	order := slices.Clone(amounts)
	slices.SortStableFunc(order, func(x, y Amount) int { return len(y.Text) - len(x.Text) })
	var out []placedAmount
	for _, a := range order {
		for from := 0; a.Text != "" && from < len(text); {
			i := strings.Index(text[from:], a.Text)
			if i < 0 {
				break
			}
			i += from
			from = i + len(a.Text)
			if !slices.ContainsFunc(out, func(p placedAmount) bool { return i < p.k+len(p.a.Text) && p.k < i+len(a.Text) }) {
				out = append(out, placedAmount{a, i})
			}
		}
	}
	slices.SortFunc(out, func(x, y placedAmount) int { return x.k - y.k })
	return out
}

// totalAmount is the amount the text calls the total ("5000 euro total",
// "kul 3 lakh"), when it names several.
func totalAmount(rd *lang.Reading, amounts []Amount, parts bool) *Amount {
	if len(amounts) < 2 {
		return nil
	}
	if said := inOrder(rd.Text, amounts); len(said) >= 3 {
		// "25000 + 20000 medical so 45000", "30,000 for the visa and
		// 18,000 for the medical, 48 thousand" (C30-002): the last sum is
		// the others added up, the total however it is worded.
		last, sum := said[len(said)-1].a, 0.0
		for _, p := range said[:len(said)-1] {
			if p.a.Currency != last.Currency {
				sum = -1
				break
			}
			sum += p.a.Value
		}
		if sum == last.Value {
			return &last
		}
	}
	best, bestGap := -1, 0
	for i := range amounts {
		k := strings.Index(rd.Text, amounts[i].Text)
		if k < 0 {
			continue
		}
		if g := rd.TotalGap(k, k+len(amounts[i].Text)); g >= 0 && (best < 0 || g < bestGap) {
			best, bestGap = i, g // the sum nearest the word of totals
		}
	}
	if best >= 0 {
		return &amounts[best]
	}
	if !parts {
		return nil
	}
	// "12 lakh, 3 lakh advance": the sums called a part (advance, first,
	// half, the rest) are parts of the one that is not. Only in an answer
	// about money asked, where every sum is a fee: an advert's salary is
	// no whole.
	// Each part word belongs to the sum nearest it.
	at := make([]int, len(amounts))
	isPart := make([]bool, len(amounts))
	for i := range amounts {
		at[i] = strings.Index(rd.Text, amounts[i].Text)
	}
	for _, p := range rd.PartSpans() {
		best, bestD := -1, 0
		for i := range amounts {
			if at[i] < 0 {
				continue
			}
			if d := nearest(at[i], [][2]int{p}) + nearest(at[i]+len(amounts[i].Text), [][2]int{p}); best < 0 || d < bestD {
				best, bestD = i, d
			}
		}
		if best >= 0 {
			isPart[best] = true
		}
	}
	var whole *Amount
	for i := range amounts {
		if at[i] < 0 || isPart[i] {
			continue
		}
		if whole != nil && (whole.Value != amounts[i].Value || whole.Currency != amounts[i].Currency) {
			return nil // two sums that are no part: no telling which is asked
		}
		whole = &amounts[i]
	}
	if whole == nil {
		return nil
	}
	for _, a := range amounts {
		if a.Currency == whole.Currency && a.Value > whole.Value {
			return nil // a part larger than the whole: not what it seemed
		}
	}
	return whole
}

// askedAmount is the sum asked for: the fee triage found, or the one
// amount named.
func askedAmount(sig Signals, rd *lang.Reading) *Amount {
	if sig.Fee != nil {
		return sig.Fee
	}
	if len(sig.Amounts) > 0 {
		return &sig.Amounts[0]
	}
	return nil
}

// paidOverKnown is the fix that sets the sum paid to v, when v is a sum
// of its own and another was read before from the money asked: asked
// whether they paid, the sum they answer with is what was paid ("total 1
// lakh 60 hazar ... 25 aur 35 diye", then "ji 60 hazar", C69-032). nil
// otherwise.
func (st *step) paidOverKnown(v string) map[string]string {
	if known := st.draft().Answers["paid_amount"]; v != "" && known != "" && v != known && bigSum(v) {
		return map[string]string{"paid_amount": v}
	}
	return nil
}

// readPaid reads "have you paid them?" (lang.Reading.Paid): yes with how
// much and how when said, no (also "not yet", "they asked but I didn't
// pay"), or don't know. A sum and a way of paying with no verb ("Western
// Union se 400 dollar") is a yes.
func (st *step) readPaid(rd *lang.Reading) reply {
	sig := st.signals()
	if rd.Field() == "consent" && rd.Paid() == lang.PolarYes && rd.PaidDone() == lang.PolarNone && len(sig.Amounts) == 0 && len(sig.Payments) == 0 {
		return reply{} // "ok u can call me": a yes to being contacted, not to paying
	}
	if first, outright, ok := rd.SureThenDoubted(); ok && (rd.Paid() != lang.PolarYes || outright) {
		// "yes 2.5 lakh. actually my brother in law also sent 50k … I'm not
		// sure if that was to the same people" (C310-011): what is sure is
		// paid; the doubtful rest is kept with the account. So beside a
		// second payment said outright to be in doubt ("60 hazar to pakka
		// diye hain... bhai kehta h 20 hazar … alag bhi diye the …, mujhe
		// confirm nai", C540-009); a sum only guessed at after the first
		// ("han 2 lakh de diye... shayad 2 lakh 10 hazar", C306-015) may
		// set it right, and the whole answer is read
		r := reply{ok: true, value: ChoiceYes, more: st.paidFacts(st.e.reader.Read(first), st.e.opts.Triage(first)), note: true}
		r.fix = st.paidOverKnown(r.more["paid_amount"]) // (C242-018)
		return r
	}
	p := rd.Paid()
	if p == lang.PolarNone && !rd.Asked() && (len(sig.Amounts) > 0 || len(sig.Payments) > 0 || bareAmount(st.in.Text, sig) != nil) {
		p = lang.PolarYes
	}
	if a := concludedSum(rd, sig); a != nil && rd.CorrectedAt() >= 0 {
		// "Paid all of it. Wait no, last 50k I didn't give, he said give
		// after landing. So 5 lakh" (C261-004, stored as no): a sum the
		// writer settles on after correcting themself is what was paid
		r := reply{ok: true, value: ChoiceYes, more: map[string]string{"paid_amount": formatAmount(st.inAskedCurrency(*a))}}
		if how := st.payment(rd, sig); how != "" {
			r.more["paid_how"] = how
		}
		return r
	}
	if p == lang.PolarNo && len(sig.Amounts) > 0 && rd.OtherPaidInstead() {
		p = lang.PolarYes // "Not me. My nephew Asad gave him 3 lakh" (C527-007): paid, by another
	}
	switch p {
	case lang.PolarYes:
		more := st.paidFacts(rd, sig)
		if more["paid_amount"] == "" && (rd.Lead() == lang.PolarYes || rd.OpensFirstOnly()) {
			if a := sumBeforeAsking(rd, sig); a != nil {
				// "yes but only 20 thousand, he was asking much more"
				// (A9-0144): the sum the yes gives, before what was asked
				more["paid_amount"] = formatAmount(*a)
			}
		}
		return reply{ok: true, value: ChoiceYes, more: more, fix: st.paidOverKnown(more["paid_amount"])}
	case lang.PolarNo, lang.PolarNotYet:
		r := answer(ChoiceNo)
		a := askedAmount(sig, rd)
		if a == nil {
			a = bareAmount(st.in.Text, sig)
		}
		if a != nil && !st.answered("money_asked") {
			r.more = map[string]string{"money_asked": formatAmount(*a)} // "they asked 150000, I have not paid"
		}
		if rd.PayPending() && st.draft().Kind == KindReport {
			// "abhi nahi, kal dene hain", "not yet, paying tomorrow": not
			// to pay is said before the next question.
			r.aside = "pay_hold"
		}
		return r
	case lang.PolarUnknown:
		r := answer(ChoiceUnknown)
		if how := st.payment(rd, sig); how != "" {
			// "pta nai. abu ne 20 hazar jazzcash kiye the dukan se, … agent
			// kehta pese nai mile" (C217-024): whether it reached them is not
			// known; how it was sent is
			r.more = map[string]string{"paid_how": how}
		}
		return r
	}
	return reply{}
}

// sumBeforeAsking is the first sum said before any word of asking, in an
// answer that opens with a yes to "have you paid?"; nil when there is none.
func sumBeforeAsking(rd *lang.Reading, sig Signals) *Amount {
	_, owed := rd.PaymentSpans()
	end := len(rd.Text)
	for _, o := range owed {
		end = min(end, o[0])
	}
	var first *Amount
	at := end
	for _, a := range withBare(rd.Text, sig) {
		if k := strings.Index(rd.Text, a.Text); k >= 0 && k < at {
			first, at = &a, k
		}
	}
	return first
}

// readPaidSum reads the sum paid, asked once more after a payment told
// with no sum (see sumOpen): a sum, or all that was asked ("jee poore"),
// is the sum paid; nothing paid after all ("kuch nahi diya") corrects the
// payment; any other answer ("pata nahi", "cash", a bare "no") leaves the
// payment as it was, with no sum, and the flow goes on.
func (st *step) readPaidSum(rd *lang.Reading) reply {
	if p := rd.PaidDone(); (p == lang.PolarNo || p == lang.PolarNotYet) && rd.Paid() != lang.PolarYes {
		// (not "میں نے تو نہیں دیے، سالے نے دو لاکھ دے دیے ہیں", C218-011:
		// paid, by one of the family)
		return reply{ok: true, value: ChoiceNo, fix: map[string]string{"paid": ChoiceNo}}
	}
	if r := st.readPaid(rd); r.ok && r.value == ChoiceYes && r.more["paid_amount"] != "" {
		r.note = true
		return r
	}
	if a := totalLast(rd, st.signals()); a != nil {
		// "تین قسطیں۔ تیس، تیس اور... نہیں آخری تیس نہیں پینتیس ہزار تھی۔ کل
		// پچانوے ہزار" (C527-008): asked the sum in all, the total it ends
		// on is the sum, whatever "no" corrected a part before it
		return reply{ok: true, value: ChoiceYes, more: map[string]string{"paid_amount": formatAmount(st.inAskedCurrency(*a))}, note: true}
	}
	if rd.Paid() == lang.PolarUnknown {
		// "pehli qist 3 lakh maine khud bank se bheji thi. dusri ka pata
		// nai" (C254-009): the part they know they paid is the sum, the
		// doubt is of the rest
		if e := sentenceEnd.FindStringIndex(rd.Text); e != nil && e[0] > 0 {
			first := st.e.reader.Read(rd.Text[:e[0]]) // (not the "1." of "1.5 lakh")
			if p := first.Paid(); p == lang.PolarYes || p == lang.PolarNone && !first.Asked() {
				if more := st.paidFacts(first, st.e.opts.Triage(first.Text)); more["paid_amount"] != "" {
					return reply{ok: true, value: ChoiceYes, more: more, note: true}
				}
			}
		}
	}
	if d := st.draft(); rd.YesNo() == lang.PolarYes && st.bare() {
		// "yes" to how much in all: the sum asked, the one the talk has
		// named (C335-008 "جی" of a Rs 3,500 fee, C337-004 "yes" of Rs 4,500)
		if asked := cmp.Or(d.Answers["money_asked"], d.Inferred["money_asked"]); askedSum(asked) {
			return reply{ok: true, value: ChoiceYes, more: map[string]string{"paid_amount": asked}, note: true}
		}
	}
	return skipped
}

// firstAfterCorrection is the first sum said after the writer corrects
// themself ("… No wait, 4.2 lakh"), or nil.
func firstAfterCorrection(rd *lang.Reading, said []Amount) *Amount {
	at := rd.CorrectedAt()
	if at < 0 {
		return nil
	}
	for _, p := range inOrder(rd.Text, said) {
		if p.k >= at {
			return &p.a
		}
	}
	return nil
}

// totalLast is the last sum of an answer when a word of totals stands
// beside it ("… کل پچانوے ہزار", "… total 95k"); nil otherwise.
func totalLast(rd *lang.Reading, sig Signals) *Amount {
	said := inOrder(rd.Text, sig.Amounts)
	if len(said) == 0 {
		return nil
	}
	last := said[len(said)-1]
	if rd.TotalGap(last.k, last.k+len(last.a.Text)) < 0 {
		return nil
	}
	if _, owed := rd.PaymentSpans(); slices.ContainsFunc(owed, func(o [2]int) bool { return o[0] >= last.k }) {
		return nil // "total 95 hazar mange the": the sum asked
	}
	return &last.a
}

// correctedWithExtra is the sum said again after a correction when a sum
// told after it is what makes the difference: "yes 5 lakh.. no wait, 6
// lakh. my father gave him 1 lakh extra" (C41-001), "۲۵ ہزار... نہیں معاف
// کریں ۳۰ ہزار، ۵ ہزار بعد میں فائل چارج کے نام پر بھی دیے تھے"
// (C41-016): the 6 lakh and the 30,000 are the sums, the 1 lakh and the
// 5,000 their explanation. nil when no sums fit so.
func correctedWithExtra(rd *lang.Reading, amounts []Amount) *Amount {
	at := rd.CorrectedAt()
	if at < 0 || len(amounts) < 3 {
		return nil
	}
	said := inOrder(rd.Text, amounts)
	for i := 0; i < len(said); i++ {
		for j := i + 1; j < len(said); j++ {
			if said[i].k >= at || said[j].k < at {
				continue // the first before the correction, the second after it
			}
			for k := j + 1; k < len(said); k++ {
				x, y, z := said[i].a, said[j].a, said[k].a
				if x.Currency == y.Currency && y.Currency == z.Currency && math.Abs(x.Value+z.Value-y.Value) < 0.5 {
					return &y
				}
			}
		}
	}
	return nil
}

// lakhsAsAsked reads a bare number of lakhs ("yes all 3.2", "2.5 diye")
// when the sum asked was told in lakhs (Rs 1,00,000 or more): the one bare
// number, no more than what was asked. nil otherwise.
func lakhsAsAsked(text, asked string) *Amount {
	cur, v, ok := ReadAmount(asked)
	if !ok || cur != "Rs" || v < 100000 {
		return nil
	}
	nums := bareDecimal.FindAllString(lang.Fold(text).S, -1)
	if len(nums) != 1 {
		return nil
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(nums[0], ",", ""), 64)
	if err != nil || n <= 0 || n >= 100 || n*100000 > float64(v) {
		return nil
	}
	return &Amount{Value: math.Round(n * 100000), Currency: "PKR", Text: nums[0]}
}

// spokenLakhs reads a number said in words with no unit ("ji sadhe teen
// de chuke", C291-005) when the sum asked was told in lakhs: so many lakhs,
// read as triage reads "sadhe teen lakh", and no more than was asked.
func (st *step) spokenLakhs(rd *lang.Reading, asked string) *Amount {
	cur, v, ok := ReadAmount(asked)
	k := rd.SpokenNumberEnd()
	if !ok || cur != "Rs" || v < 100000 || k < 0 {
		return nil
	}
	got := st.e.opts.Triage(rd.Text[:k] + " lakh" + rd.Text[k:]).Amounts
	if len(got) != 1 || got[0].Currency != "PKR" || got[0].Value > float64(v) {
		return nil
	}
	a := got[0]
	a.Text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(a.Text), "lakh"))
	return &a
}

// turnedTo is the yes or no an answer settles on after a turn ("... haan
// rabta kar lo"), when it opens the part after the turn; "" otherwise.
func turnedTo(rd *lang.Reading) string {
	p, ok := rd.Settled()
	if !ok {
		return ""
	}
	switch p {
	case lang.PolarYes:
		return ChoiceYes
	case lang.PolarNo, lang.PolarNotYet:
		return ChoiceNo
	}
	return ""
}

// noCapitals reports a text in Latin letters with no capital letter: a
// name typed after "don't know" is mostly capitalised ("pata nahi, shayad
// Imran"); words in Urdu script have no case and are not judged by this.
// sameName reports two names that are one (case and spacing aside, or one
// inside the other: "Euro Link Consultants" and "Euro Link").
func sameName(a, b string) bool {
	n := func(s string) string { return strings.Join(lang.Words(s), " ") } // "Ltd." is "Ltd"
	x, y := n(a), n(b)
	return x == y || x != "" && y != "" && (strings.Contains(x, y) || strings.Contains(y, x))
}

// predicateAfterUnknown reports, in Urdu script (no capitals to tell a
// name), a "don't know" followed by a clause that ends in a verb ("نام نہیں
// معلوم، بس فون پر بات ہوتی تھی", A25-0069): how they dealt, no name.
func (st *step) predicateAfterUnknown(rd *lang.Reading) bool {
	if !lang.HasUrduScript(rd.Text) {
		return false
	}
	name, _ := rd.NameParts()
	k := strings.Index(rd.Text, name)
	if name == "" || k < 0 {
		return false
	}
	rest := st.e.reader.Read(rd.Text[k+len(name):])
	return rest.Words() > 0 && rest.Words() <= 2 && rest.Copula()
}

func noCapitals(text string) bool {
	latin := false
	for _, r := range text {
		if unicode.IsUpper(r) {
			return false
		}
		latin = latin || r < 0x250 && unicode.IsLetter(r)
	}
	return latin
}

// siteName is a link's host, without its scheme and "www." ("oec-gov-pk.online").
func siteName(link string) string {
	h := strings.ToLower(link)
	h = strings.TrimPrefix(strings.TrimPrefix(h, "https://"), "http://")
	if i := strings.IndexAny(h, "/?#"); i >= 0 {
		h = h[:i]
	}
	return strings.TrimPrefix(h, "www.")
}

// partsMake reports sums said (two or more, in one currency) that add up
// to the amount asked, as formatAmount wrote it.
func partsMake(said []Amount, asked string) bool {
	cur, v, ok := ReadAmount(asked)
	if !ok || len(said) < 2 {
		return false
	}
	if cur == "Rs" {
		cur = "PKR"
	}
	total := 0.0
	for _, a := range said {
		if a.Currency != cur {
			return false
		}
		total += a.Value
	}
	return math.Abs(total-float64(v)) < 1
}

// bareDecimal is a number as typed, with its decimals ("3.2", "2,50,000").
var bareDecimal = regexp.MustCompile(`[0-9][0-9,]*(?:\.[0-9]+)?`)

// paidFacts are the sum paid (an amount in a clause that says it was paid,
// "maine 50 hazar de diye", or the only amount) and how.
func (st *step) paidFacts(rd *lang.Reading, sig Signals) map[string]string {
	out := map[string]string{}
	set := func(a Amount) { out["paid_amount"] = formatAmount(st.inAskedCurrency(a)) }
	said := withBare(rd.Text, sig)
	if y := correctedWithExtra(rd, said); y != nil {
		set(*y)
	} else if t := totalAmount(rd, said, false); t != nil && !rd.Owes() {
		// "pehle 3.5 lakh phir 4 lakh... 7 lakh 50 hazar total", "3 lakh +
		// 3.5 lakh = 6.5 lakh" (C36-003, C36-016): the total paid
		set(*t)
	} else if t := plusSum(rd.Text, inOrder(rd.Text, said)); t != nil {
		set(*t) // "yes 2500 plus 18000 they took" (C58-003)
	} else if asked := st.draft().Answers["money_asked"]; rd.PaidAll() && partsMake(said, asked) && !rd.Owes() && rd.CorrectedAt() < 0 {
		// (not "پورے دے دیے، بلکہ نہیں، تین لاکھ پچاس دیے ہیں، تیس ہزار
		// ٹکٹ کے وقت دینے تھے", C172-006: a part still to pay)
		out["paid_amount"] = asked // "yes full, 2 lakh in june, 1.2 lakh in august" (C43-003): the parts of all that was asked
	} else if asked := st.draft().Answers["money_asked"]; rd.PaidAll() && askedSum(asked) && len(said) > 0 && !slices.ContainsFunc(inOrder(rd.Text, said), func(p placedAmount) bool { return !rd.SelfBoughtAt(p.k) }) {
		// "g sab de diya. ticket b khud li thi 85 hazar ki wo alag"
		// (C563-034 stored the ticket): all that was asked, and a sum of
		// their own beside it
		out["paid_amount"] = asked
	} else if a := paidAmount(rd, sig); a != nil {
		set(st.repeated(rd, *a, sig.Amounts))
	} else if a := firstAfterCorrection(rd, said); a != nil && rd.PaidAll() {
		set(*a) // "Yes, all of it. No wait, 4.2 lakh. The last 30 thousand we have not given" (C531-004)
	} else if asked := st.draft().Answers["money_asked"]; rd.PaidAll() && askedSum(asked) {
		out["paid_amount"] = asked // "jee poore", "Yes, all of it" (C216-005, of GBP 7,000): all that was asked
	} else if a := lakhsAsAsked(rd.Text, asked); a != nil {
		set(*a)
	} else if a := st.spokenLakhs(rd, asked); a != nil {
		set(*a)
	}
	if how := st.payment(rd, sig); how != "" {
		out["paid_how"] = how
	}
	return out
}

// inAskedCurrency is a sum paid written as a bare number ("3,000 not
// 3,500") in the currency of the sum asked, when that was a foreign one
// and the number is no more than it: "GBP 7,000" asked, "3,000" paid is
// GBP 3,000, not Rs 3,000 (C168-013). A larger number stays rupees
// ("7000 pound mange, 9 lakh ban gaye" is said with its words anyway).
func (st *step) inAskedCurrency(a Amount) Amount {
	if a.Currency != "PKR" || !bareDigits(a.Text) {
		return a
	}
	d := st.draft()
	asked := d.Answers["money_asked"]
	if asked == "" {
		asked = d.Inferred["money_asked"]
	}
	cur, v, ok := ReadAmount(asked)
	if !ok || cur == "Rs" || a.Value > float64(v) {
		return a
	}
	a.Currency = cur
	return a
}

// bareDigits reports a sum written in digits alone ("3,000", "۲۵۰۰").
func bareDigits(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '٬' {
			return false
		}
	}
	return true
}

// payment is how the money was paid: the way named, the main one where
// several are ("mostly cash at the office, a little by bank", C35-008),
// or the one settled on after a correction ("ek dafa jazzcash se bhi...
// nahi nahi wo bhi easypaisa tha, sab easypaisa", C18-029).
func (st *step) payment(rd *lang.Reading, sig Signals) string {
	how := paymentOf(sig.Payments)
	if h := st.largestPart(rd.Text); h != "" {
		how = h
	}
	if part := rd.MostlyPart(); part != "" {
		if h := paymentOf(st.e.opts.Triage(part).Payments); h != "" {
			how = h
		}
	}
	after := rd.AfterCorrection()
	if after == "" {
		if _, turned, ok := rd.Turned(); ok {
			after = turned // "آدھے نقد آدھے جاز کیش... نہیں سارے نقد تھے"
		}
	}
	if after != "" {
		// "آدھے نقد آدھے جاز کیش... نہیں سارے نقد تھے، جاز کیش والا دوسرا
		// بندہ تھا" (C41-018): the way said right after the correction; a
		// later clause tells about something else
		first := after
		if i := strings.IndexAny(after, ",،.\n"); i > 0 {
			first = after[:i]
		}
		if h := paymentOf(st.e.opts.Triage(first).Payments); h != "" {
			how = h
		} else if h := paymentOf(st.e.opts.Triage(after).Payments); h != "" {
			how = h
		}
	}
	return how
}

// largestPart returns the way most of the money went when parts of it went
// different ways, each with its sum in a clause of its own ("1 lakh
// company ke account me bank se dala, baqi 2 lakh 20 hazar cash diya",
// C222-012: cash), or "".
func (st *step) largestPart(text string) string {
	sums := map[string]float64{}
	currency := ""
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return lang.ClauseBreak(r) || r == '.' || r == '۔' }) {
		sig := st.e.opts.Triage(c)
		ways := slices.Compact(slices.Sorted(slices.Values(sig.Payments)))
		if len(ways) != 1 || len(sig.Amounts) == 0 {
			continue
		}
		for _, a := range sig.Amounts {
			if currency != "" && a.Currency != currency {
				return "" // sums in two currencies are not weighed
			}
			currency = a.Currency
			sums[ways[0]] += a.Value
		}
	}
	if len(sums) < 2 {
		return ""
	}
	best, top, tie := "", 0.0, false
	for way, v := range sums {
		switch {
		case v > top:
			best, top, tie = way, v, false
		case v == top:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// repeated is a sum paid as many times as the answer says beside it ("60
// hazar do dafa", "twice 60k": 1,20,000, C25-029), when it is the only sum
// told; instalments of one sum ("do dafa mein") stay the sum.
func (st *step) repeated(rd *lang.Reading, a Amount, all []Amount) Amount {
	k := strings.Index(rd.Text, a.Text)
	if k < 0 || len(all) > 1 {
		return a
	}
	own := st.e.opts.Triage(a.Text).Amounts
	if len(own) == 0 {
		own = bareAmounts(a.Text, nil) // "60,000" of "60,000 twice"
	}
	if len(own) != 1 || own[0].Value != a.Value || joinedParts.MatchString(a.Text) {
		// counted already ("چالیس چالیس ہزار تین دفعہ": 1,20,000, C24-016),
		// or the parts' total ("two transfers of 2 lakh and 1.6 lakh",
		// C554-031: the two are the parts)
		return a
	}
	if n := rd.TimesNear(k, k+len(a.Text)); n > 1 {
		a.Value *= float64(n)
	}
	return a
}

// joinedParts matches a sum written as parts joined ("2 lakh and 1.6
// lakh", "50k + 30k", "دو لاکھ اور ایک لاکھ").
var joinedParts = regexp.MustCompile(`[0-9۰-۹][^0-9۰-۹]*(?:\s(?:and|aur|or|plus|اور)\s|[+&])[^0-9۰-۹]*[0-9۰-۹]|\p{L}+\s(?:aur|اور|and)\s\p{L}+\s(?:lakh|لاکھ|hazar|ہزار|thousand)`)

// notReceipts drops the sums a receipt was written for ("cash diye
// office me, raseed 15000 ki", C17-028): the receipt's sum is not the sum
// paid.
func notReceipts(rd *lang.Reading, amounts []Amount) []Amount {
	var out []Amount
	for _, a := range amounts {
		if k := strings.Index(rd.Text, a.Text); k >= 0 && rd.ForReceipt(k) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// largerAfter reports a sum larger than a told after it.
func largerAfter(text string, amounts []Amount, a Amount) bool {
	placed := inOrder(text, amounts)
	at := slices.IndexFunc(placed, func(p placedAmount) bool { return p.a == a })
	return at >= 0 && slices.ContainsFunc(placed[at+1:], func(p placedAmount) bool { return p.a.Currency == a.Currency && p.a.Value > a.Value })
}

// onlySum reports a sum said with "only" before it ("sirf 50 hazar
// jazzcash se diye"): the sum paid, said against the one known.
func onlySum(text string, amounts []Amount) bool {
	for _, a := range amounts {
		k := strings.Index(text, a.Text)
		if k <= 0 || a.Text == "" {
			continue
		}
		if toks := lang.Tokenize(text[:k]); len(toks) > 0 && onlyWords[toks[len(toks)-1].S] {
			return true
		}
	}
	return false
}

var onlyWords = lang.MustClass("only_words")

// sameSum reports two sums written the same, and not empty.
func sameSum(a, b string) bool {
	c, ok := compareSums(a, b)
	return ok && c == 0
}

// compareSums compares two written sums of one currency (cmp.Compare of
// their values); ok is false when either is no sum or the currencies differ.
func compareSums(a, b string) (c int, ok bool) {
	ca, va, okA := ReadAmount(a)
	cb, vb, okB := ReadAmount(b)
	if !okA || !okB || ca != cb {
		return 0, false
	}
	return cmp.Compare(va, vb), true
}

// receiptSum reports a receipt's sum told in the answer that is the sum
// read, or that the sum read adds up to.
func receiptSum(rd *lang.Reading, amounts []Amount, read string) bool {
	_, v, ok := ReadAmount(read)
	if !ok {
		return false
	}
	for _, a := range amounts {
		if k := strings.Index(rd.Text, a.Text); k >= 0 && rd.ForReceipt(k) && int64(a.Value) == v {
			return true
		}
	}
	return false
}

// notDoubted drops the sums told with a guess or a doubt when others are
// told plainly ("yes 18k. my bro may hv sent the 45k also yesterday, i m
// not sure", C163-008: 18k is what is known to be paid).
func notDoubted(rd *lang.Reading, amounts []Amount) []Amount {
	var out []Amount
	for _, a := range amounts {
		if k := strings.Index(rd.Text, a.Text); k < 0 || !rd.DoubtedAt(k) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return amounts // "shayad 2 lakh diye the": the only sum told
	}
	return out
}

func paidAmount(rd *lang.Reading, sig Signals) *Amount {
	if a := paidAmountOf(rd, sig); a != nil && a.Value > 0 {
		return a
	}
	return nil // (a sum denied with nothing said instead is none: never "Rs 0")
}

func paidAmountOf(rd *lang.Reading, sig Signals) *Amount {
	amounts := withBare(rd.Text, sig)
	// A sum taken back by a "no" ("ساڑھے تین لاکھ۔ نہیں بیٹا، تین لاکھ",
	// "2 lakh nahi 2 lakh 20 hazar diye the") stands where it was said, for
	// the words of paying around it, and gives way to the sum said for it.
	repl := denials(rd, amounts)
	if len(repl) == 0 {
		return paidAmountIn(rd, sig, amounts)
	}
	if t := partsOfCorrected(rd.Text, amounts, repl); t != nil {
		return t
	}
	var base []Amount
	for _, a := range amounts {
		if r, ok := repl[a]; ok && r == (Amount{}) {
			continue // "not 3 lakh": denied, nothing said instead
		}
		if !slices.Contains(slices.Collect(maps.Values(repl)), a) {
			base = append(base, a)
		}
	}
	a := paidAmountIn(rd, sig, base)
	if r := insteadOfDropped(amounts, repl); r != nil && a != nil && toldAsked(rd, *a) {
		// "4 lakh bola tha pura. 2 pehle diye... nai 2 nai 2.5 lakh diye"
		// (C503-002 stored the 4 lakh): the correction dropped the 2, and
		// what is left names as paid only the sum told as asked; the sum
		// said instead is the one paid
		return r
	}
	if a == nil {
		// nothing else says which: the sum said instead is the answer
		// ("۸۵ ہزار۔ نہیں رکیں بیٹے سے پوچھا ہے، ۹۵ ہزار، آخری دفعہ دس ہزار
		// … کے اور گئے تھے", C335-010: 95,000, its last part told after)
		var said []Amount
		for _, r := range repl {
			if r != (Amount{}) && !slices.Contains(said, r) {
				said = append(said, r)
			}
		}
		if len(said) == 1 && !largerAfter(rd.Text, amounts, said[0]) {
			// (not when a larger sum follows: "first 35,000 then 50,000...
			// sorry no, second one was 45,000. so 80k total", C266-001)
			return &said[0]
		}
	}
	for seen := 0; a != nil && seen < len(amounts); seen++ {
		r, ok := repl[*a]
		if !ok {
			break
		}
		a = &r
	}
	if a != nil && !slices.Contains(slices.Collect(maps.Values(repl)), *a) {
		// "۲ نہیں، ڈھائی لاکھ، آخری پچاس ہزار ایمبیسی فیس کے بھی تو دیے
		// تھے" (C216-014 stored 50,000): a smaller sum told after the one
		// said instead is a part of it, said to explain it
		// (placed as written, a sum inside another's words apart: the "5
		// hazar" of "45 hazar... nai 50 hazar, 5 hazar baad me 'courier
		// charges' de v bheje", C267-026)
		placed := inOrder(rd.Text, amounts)
		where := func(x Amount) int {
			if i := slices.IndexFunc(placed, func(p placedAmount) bool { return p.a == x }); i >= 0 {
				return placed[i].k
			}
			return -1
		}
		at := where(*a)
		for _, r := range repl {
			if k := where(r); r != (Amount{}) && r.Currency == a.Currency && r.Value > a.Value && k >= 0 && k < at {
				return &r
			}
		}
	}
	return a
}

// partsOfCorrected returns the sum said instead of one taken back, when
// the sums told after it add up to it: "1.8 lakh nakad... nai nai 2.2 lakh.
// 1.8 pehle ditte, 40 hazar baad ch" (C90-006) paid 2.2 lakh, in two parts;
// a bare "1.8" there is the 1.8 lakh said before.
func partsOfCorrected(text string, amounts []Amount, repl map[Amount]Amount) *Amount {
	placed := inOrder(text, amounts)
	for _, t := range repl {
		at := slices.IndexFunc(placed, func(p placedAmount) bool { return p.a == t })
		if t == (Amount{}) || at < 0 {
			continue
		}
		end := placed[at].k + len(t.Text)
		sum, parts := 0.0, 0
		for _, p := range placed[at+1:] {
			if p.a.Currency != t.Currency {
				parts = -100
			}
			sum += p.a.Value
			parts++
		}
		for _, m := range partNumber.FindAllStringIndex(text[end:], -1) {
			k := end + m[0]
			if slices.ContainsFunc(placed, func(p placedAmount) bool { return k >= p.k && k < p.k+len(p.a.Text) }) {
				continue
			}
			v, err := strconv.ParseFloat(text[k:end+m[1]], 64)
			if err != nil {
				continue
			}
			for _, q := range placed[:at] {
				if q.a.Value == v*1e5 || q.a.Value == v*1e3 {
					sum += q.a.Value
					parts++
					break
				}
			}
		}
		if parts >= 2 && sum == t.Value {
			return &t
		}
	}
	return nil
}

var partNumber = regexp.MustCompile(`\b\d+(\.\d+)?\b`)

func paidAmountIn(rd *lang.Reading, sig Signals, amounts []Amount) *Amount {
	amounts = notDoubted(rd, notReceipts(rd, amounts))
	paid, owed := rd.PaymentSpans()
	if rd.Owes() {
		// "پہلے تین لاکھ دیے پھر ڈیڑھ لاکھ، باقی ایک لاکھ ویزا آنے پر دینا
		// تھا" (C35-013): the sums paid one after another, without the rest
		// still to pay
		var given []Amount
		for _, p := range inOrder(rd.Text, amounts) {
			if !rd.RestAt(p.k) {
				given = append(given, p.a)
			}
		}
		if len(given) < len(amounts) {
			if t := instalments(rd, given); t != nil {
				return t
			}
		}
	} else {
		if t := instalments(rd, amounts); t != nil {
			return t // "pehle 50 hazar jazzcash kiye, phir 30 hazar": paid in all
		}
		if len(sig.Amounts) == 0 {
			if t := instalments(rd, bareAmounts(rd.Text, sig.Salaries)); t != nil {
				return t // "easypaisa, 35000 first then 30000 after 2 days"
			}
		}
	}
	if len(paid) == 0 {
		if oneSum(amounts) && (len(owed) == 0 || restOwedAfter(rd, amounts[0], owed)) {
			// "1500 riyal cash": triage's amount and the bare number are
			// one sum; "half. 2 lakh. the rest was due after the visa"
			// (A117-0147): what is owed after it is the rest
			return &amounts[0]
		}
		if t := totalThenParts(rd.Text, amounts); t != nil && len(owed) == 0 {
			return t // "6 lakh by bank transfer, two transfers of 3 lakh each" (C282-007)
		}
		return nil
	}
	if t := eachPaid(rd, amounts, paid); t != nil {
		return t
	}
	if a := paidInSentence(rd, amounts, paid, owed); a != nil {
		return a
	}
	var best *Amount
	bestD := -1
	for i := range amounts {
		k := strings.Index(rd.Text, amounts[i].Text)
		if k < 0 {
			continue
		}
		dp, do := nearest(k, paid), nearest(k, owed)
		if do >= 0 && do < dp {
			continue // nearer to "they want", "not paid": asked, not paid
		}
		if len(owed) > 0 && moreAfter.MatchString(rd.Text[k+len(amounts[i].Text):]) {
			continue // "ab 12 lakh aur mang rahe", "12 lakh more": asked on top
		}
		if best == nil || dp < bestD {
			best, bestD = &amounts[i], dp
		}
	}
	return best
}

// townInPakistan reports a town in Pakistan named, not a home ("ghar",
// "gaon", "watan": home may be anywhere).
func (st *step) townInPakistan(rd *lang.Reading) bool {
	p := rd.PakistanPlace()
	toks := lang.Tokenize(p)
	return len(toks) > 0 && !homePlaces[toks[0].S]
}

var homePlaces = lang.MustClass("home_places")

// restOwedAfter reports owed spans that all come after the sum a, where
// the rest of a sum is named and a is not it: the rest is what is owed.
func restOwedAfter(rd *lang.Reading, a Amount, owed [][2]int) bool {
	k := strings.Index(rd.Text, a.Text)
	if k < 0 || !rd.PaidRest() || rd.RestAt(k) {
		return false
	}
	return !slices.ContainsFunc(owed, func(s [2]int) bool { return s[0] < k+len(a.Text) })
}

// totalThenParts is the first sum told when every sum after it, in its
// currency, is a smaller part that goes into it a whole number of times:
// the total, then how it was paid ("6 lakh by bank transfer, two
// transfers of 3 lakh each", C282-007).
func totalThenParts(text string, amounts []Amount) *Amount {
	placed := inOrder(text, amounts)
	if len(placed) < 2 {
		return nil
	}
	first := placed[0].a
	for _, p := range placed[1:] {
		if p.a.Currency != first.Currency || p.a.Value <= 0 || p.a.Value >= first.Value || math.Mod(first.Value, p.a.Value) != 0 {
			return nil
		}
	}
	return &first
}

// eachPaid adds up sums each told with a payment verb of its own after it
// and before the next sum: "۲۵ ہزار میڈیکل کے دے چکا ہوں اور ۶۰ ہزار ویزا
// کے لیے بھیج دیے" (C163-012) paid 85,000, the 3,80,000 "مانگے" before
// them left out. The words of asking here are owed's, less the "and"
// that joins the sums.
func eachPaid(rd *lang.Reading, amounts []Amount, paid [][2]int) *Amount {
	placed := inOrder(rd.Text, amounts)
	asking := rd.AskingSpans()
	var said []placedAmount
	for i, p := range placed {
		from, to := p.k+len(p.a.Text), len(rd.Text)
		if i+1 < len(placed) {
			to = placed[i+1].k
		}
		in := func(s [2]int) bool { return s[0] >= from && s[1] <= to }
		// (a verb phrase that opens with the sum's own money word, "تین
		// لاکھ عمران گھر سے لے گیا", C221-003, is its verb too)
		verb := func(s [2]int) bool { return s[0] >= p.k && s[1] > from && s[1] <= to && !givenBack(rd.Text[from:to]) }
		if slices.ContainsFunc(paid, verb) && !slices.ContainsFunc(asking, in) {
			said = append(said, p)
		}
	}
	return addedUp(said, func(int, int) bool { return true }) // each joined by its own verb
}

// wholeThenParts is the first sum said when two or more sums right after
// it, in its currency, add up to it: the whole, told then in its parts.
func wholeThenParts(said []placedAmount) *Amount {
	if len(said) < 3 {
		return nil
	}
	whole, sum := said[0].a, 0.0
	for k, p := range said[1:] {
		if p.a.Currency != whole.Currency {
			return nil
		}
		sum += p.a.Value
		if k >= 1 && sum == whole.Value {
			return &whole
		}
		if sum > whole.Value {
			return nil
		}
	}
	return nil
}

// moreAsked adds up sums asked one after another when each after the
// first is asked as more ("30 ہزار اور بھیجو", "then 30k more"), in one
// currency: what was asked in all.
func moreAsked(text string, said []placedAmount) *Amount {
	if len(said) < 2 {
		return nil
	}
	total := said[0].a
	for _, p := range said[1:] {
		if p.a.Currency != total.Currency || !moreAfter.MatchString(text[p.k+len(p.a.Text):]) {
			return nil
		}
		total.Value += p.a.Value
	}
	total.Text = ""
	return &total
}

// givenBack reports words of money given back ("50 hazar wapis kar
// diye"): a sum returned, not paid.
func givenBack(text string) bool {
	return slices.ContainsFunc(lang.Tokenize(text), func(t lang.Token) bool { return returnWords[t.S] })
}

var returnWords = lang.MustClass("return_words")

// moreAfter is "more" said right after a sum, not joining another sum
// ("12 lakh aur mang rahe", "بارہ لاکھ اور مانگ رہے", "12 lakh more"; not
// "2 lakh aur 50 hazar").
var moreAfter = regexp.MustCompile(`^\s*(?:aur|or|اور|more|mazeed|مزید)(?:\s+[^\s\d۰-۹]|\s*$|[.,،۔])`)

// corrected drops the amounts the answer takes back ("9 lakh, sorry I
// mean 9.5 lakh", "22 lakh... no, he said 25 lakh", "4 nai 5 lac diye
// the", "not 3 lakh but 4 lakh"; lang.Reading.Retracted), unless it would
// take back every one.
func corrected(rd *lang.Reading, amounts []Amount) []Amount {
	repl := denials(rd, amounts)
	var out []Amount
	for _, a := range amounts {
		if _, ok := repl[a]; !ok {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return amounts
	}
	return out
}

// denials maps each sum the answer takes back to the sum said instead, or
// to the zero Amount when none is.
func denials(rd *lang.Reading, amounts []Amount) map[Amount]Amount {
	if len(amounts) == 0 {
		return nil
	}
	type placed struct {
		a    Amount
		k, e int
	}
	// Longer sums are placed first, so "تین لاکھ" is found after
	// "ساڑھے تین لاکھ", not inside it.
	order := slices.Clone(amounts)
	slices.SortStableFunc(order, func(x, y Amount) int { return len(y.Text) - len(x.Text) })
	var ps []placed
	for _, a := range order {
		k, from := -1, 0
		for from <= len(rd.Text) {
			i := strings.Index(rd.Text[from:], a.Text)
			if i < 0 {
				break
			}
			i += from
			if !slices.ContainsFunc(ps, func(p placed) bool { return i < p.e && p.k < i+len(a.Text) }) {
				k = i
				break
			}
			from = i + 1
		}
		if k < 0 {
			return nil
		}
		ps = append(ps, placed{a, k, k + len(a.Text)})
	}
	repl := map[Amount]Amount{}
	nums, after := rd.DeniedNumbers()
	for i, n := range nums {
		// "nahi 4 nai 5 lac diye the": the 4 is lakhs too
		for _, q := range ps {
			if q.k != after[i] {
				continue
			}
			if d, ok := inUnitOf(n, q.a); ok {
				repl[d] = q.a
			}
		}
	}
	nums, at := rd.DeniedAfterSum()
	for i, n := range nums {
		// "۷۰ ہزار ہیں ۷۵ نہیں": the number is in the unit of the last
		// sum before it
		var q *placed
		for k := range ps {
			if ps[k].e <= at[i] && (q == nil || ps[k].e > q.e) {
				q = &ps[k]
			}
		}
		if q == nil {
			continue
		}
		if d, ok := inUnitOf(n, q.a); ok {
			repl[d] = q.a
		}
	}
	spans := make([][2]int, len(ps))
	for i, p := range ps {
		spans[i] = [2]int{p.k, p.e}
	}
	for i, n := range rd.Retracted(spans) {
		switch {
		case n == lang.Dropped:
			repl[ps[i].a] = Amount{}
		case ps[n].a != ps[i].a:
			repl[ps[i].a] = ps[n].a
		}
	}
	return repl
}

// restated is the step of what follows a correction that takes the whole
// answer back and tells it anew, every sum before the correction said
// again after it ("20 lakh total. No wait, it was 20 lakh and then 1.5
// lakh more", C554-013: the first "20 lakh" is no sum of its own); else
// the step itself.
func (st *step) restated(rd *lang.Reading) *step {
	at := rd.CorrectedAt()
	if at <= 0 || strings.TrimSpace(st.in.MediaText) != "" {
		return st
	}
	amounts := st.signals().Amounts
	var longer [][2]int // "۲۴ لاکھ" in "ساڑھے ۲۴ لاکھ" is no sum said again (C455-008)
	for _, b := range amounts {
		for k := at; b.Text != ""; {
			i := strings.Index(rd.Text[k:], b.Text)
			if i < 0 {
				break
			}
			longer = append(longer, [2]int{k + i, k + i + len(b.Text)})
			k += i + len(b.Text)
		}
	}
	before := 0
	for _, a := range amounts {
		if k := strings.Index(rd.Text, a.Text); k < 0 || k >= at {
			continue
		}
		others := slices.DeleteFunc(slices.Clone(longer), func(s [2]int) bool { return rd.Text[s[0]:s[1]] == a.Text })
		if !saidAgain(rd.Text, a.Text, at, others) {
			return st
		}
		before++
	}
	if before == 0 {
		return st
	}
	c := *st
	c.in.Text, c.sig, c.rd = rd.Text[at:], nil, nil
	return &c
}

// inUnitOf is the bare number n (a denied "4" of "4 nai 5 lac") read in the
// unit of the sum a it stands beside: 4 lakh when a is "5 lac"; false when
// a's lead number cannot be read or is n itself. A lead number may be a
// word ("نہیں ساٹھ نہیں پینسٹھ ہزار", C531-007).
func inUnitOf(n string, a Amount) (Amount, bool) {
	l, ok := lang.LeadNumber(a.Text)
	if lead := leadNumber.FindStringSubmatch(lang.Fold(a.Text).S); lead != nil {
		l, _ = strconv.ParseFloat(lead[1], 64)
		ok = true
	}
	v, _ := strconv.ParseFloat(n, 64)
	if !ok || l <= 0 || v <= 0 || v == l {
		return Amount{}, false
	}
	return Amount{Value: v * a.Value / l, Currency: a.Currency, Text: n}, true
}

// saidAgain reports the sum's words told again after byte offset from, as
// a sum of their own: not inside another sum placed ("2 lakh" in "12
// lakh"), nor run on from a digit or letter.
func saidAgain(text, sum string, from int, spans [][2]int) bool {
	for from < len(text) {
		i := strings.Index(text[from:], sum)
		if i < 0 {
			return false
		}
		i += from
		inside := slices.ContainsFunc(spans, func(s [2]int) bool { return i >= s[0] && i < s[1] })
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if !inside && (i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ',') {
			return true
		}
		from = i + 1
	}
	return false
}

// restDenied reports an answer to how a payment was made that tells how
// and denies paying only another sum than the one paid ("بینک سے ٹرانسفر
// کیے تھے … ڈیڑھ لاکھ ابھی نہیں دیے" after 45,000 paid, C506-014 stored
// "not paid"): the rest still to pay, the payment stands.
func (st *step) restDenied(rd *lang.Reading) bool {
	known := st.draft().Answers["paid_amount"]
	sig := st.signals()
	if known == "" || len(sig.Amounts) == 0 || st.payment(rd, sig) == "" {
		return false
	}
	return !slices.ContainsFunc(sig.Amounts, func(a Amount) bool { return formatAmount(a) == known })
}

// insteadOfDropped is the one sum said instead of a sum that is no longer
// among amounts (a correction dropped it), or nil.
func insteadOfDropped(amounts []Amount, repl map[Amount]Amount) *Amount {
	var out *Amount
	for d, r := range repl {
		if r == (Amount{}) || slices.Contains(amounts, d) || !slices.Contains(amounts, r) {
			continue
		}
		if out != nil && *out != r {
			return nil
		}
		out = &r
	}
	return out
}

// toldAsked reports a sum whose nearest words are of asking, not of paying
// ("4 lakh bola tha").
func toldAsked(rd *lang.Reading, a Amount) bool {
	k := strings.Index(rd.Text, a.Text)
	if k < 0 || a.Text == "" {
		return false
	}
	paid, _ := rd.PaymentSpans()
	ask := nearest(k, rd.AskingSpans())
	pay := nearest(k, paid)
	return ask >= 0 && (pay < 0 || ask < pay)
}

// clauseAfter is where the clause that goes on at k ends.
func clauseAfter(text string, k int) int {
	if e := clauseEnd.FindStringIndex(text[k:]); e != nil {
		return k + e[0]
	}
	return len(text)
}

// sumIn reports whether one of the amounts is said in s.
func sumIn(s string, amounts []Amount) bool {
	return slices.ContainsFunc(amounts, func(a Amount) bool { return a.Text != "" && strings.Contains(s, a.Text) })
}

// leadNumber is the number a sum's text opens with ("5 lac" → 5).
var leadNumber = regexp.MustCompile(`^\D{0,4}?(\d+(?:\.\d+)?)`)

// paidInSentence is the amount a payment's sentence names, or, when it
// names none ("wo de diya easypaisa se"), the last one of the sentence
// before ("pehle 25 hazar medical ka."). An amount with words of asking in
// its clause ("total 1 lakh 75 hazar bola") is not a payment.
// gapTo is how far a sum said at k, n bytes long, stands from the words
// of paying at p: from its end when it comes before them ("1.5 lac de
// chuka, 50 hazar pehle": the 1.5 lac is the one paid), from its start
// after them.
func gapTo(k, n int, p [2]int) int {
	if k+n <= p[0] {
		return p[0] - (k + n)
	}
	return nearest(k, [][2]int{p})
}

func paidInSentence(rd *lang.Reading, amounts []Amount, paid, owed [][2]int) *Amount {
	text := rd.Text
	count := func(re *regexp.Regexp, k int) int { return len(re.FindAllStringIndex(text[:k], -1)) }
	asked := func(k, n int) bool {
		for _, p := range paid {
			if p[0] <= k && (k < p[1] || strings.TrimSpace(text[p[1]:k]) == "") || k < p[0] && p[0] < k+n ||
				k+n <= p[0] && strings.TrimSpace(text[k+n:p[0]]) == "" {
				// or the payment's words begin inside the sum ("advance 50
				// hazar lye baki visa ke baad": "hazar lye" is paid), or
				// right after it ("g 1.5 lac de chuka, 50 hazar pehle 1
				// lakh baad me", C27-025)
				// "the agent took 3 lakh 20 thousand and said there is
				// job in a restaurant, 800 dollars" (C25-008): the sum the
				// payment's words hold, whatever is said after it
				return false
			}
			if k+n <= p[0] && count(clauseEnd, p[0]) == count(clauseEnd, k) && !sumIn(text[k+n:p[0]], amounts) &&
				!partialPayment.MatchString(text[k+n:clauseAfter(text, p[1])]) && !rd.LaterBetween(k+n, p[0]) {
				// "پہلے ۳۵ ہزار مانگے وہ دے دیے، اب ۸۰ ہزار اور مانگ رہے
				// ہیں" (C241-002): asked, and paid in the same clause, no
				// other sum, part or "later" between ("پچاس ہزار بعد میں
				// ... لیے تھے", C40-025, is a part of a sum said before)
				return false
			}
		}
		for _, o := range owed {
			if count(clauseEnd, o[0]) == count(clauseEnd, k) {
				return true
			}
		}
		return false
	}
	type placed struct {
		a    *Amount
		k, s int
	}
	var ps []placed
	for i := range amounts {
		// every place the sum is said: "3 lakh pehle aur baki visa ane pe,
		// maine bhi usko 3 lakh diye the" (the agent's terms, then the
		// payment) names 3 lakh twice
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], amounts[i].Text)
			if k < 0 || amounts[i].Text == "" {
				break
			}
			k += from
			if !asked(k, len(amounts[i].Text)) {
				ps = append(ps, placed{&amounts[i], k, count(sentenceEnd, k)})
			}
			from = k + len(amounts[i].Text)
		}
	}
	for _, p := range paid {
		s := count(sentenceEnd, p[0])
		var best *placed
		for i := range ps {
			if ps[i].s == s && (best == nil || gapTo(ps[i].k, len(ps[i].a.Text), p) < gapTo(best.k, len(best.a.Text), p)) {
				best = &ps[i]
			}
		}
		if best != nil {
			return best.a
		}
		for i := len(ps) - 1; i >= 0; i-- {
			if ps[i].s == s-1 {
				return ps[i].a
			}
		}
	}
	// One sum, asked, and a payment that names none and no part of it:
	// "12000 mang rahe easypaisa pe. maine bhi de diye the" paid what was
	// asked.
	if len(ps) == 0 && oneSum(amounts) && !partialPayment.MatchString(text) {
		return &amounts[0]
	}
	return nil
}

// oneSum reports amounts that are one sum, however often it is named.
func oneSum(amounts []Amount) bool {
	for _, a := range amounts {
		if a.Value != amounts[0].Value || a.Currency != amounts[0].Currency {
			return false
		}
	}
	return len(amounts) > 0
}

// partialPayment words say only part of a sum was paid ("kuch diye",
// "aadhe de diye", "paid some").
var partialPayment = regexp.MustCompile(`(?i)\b(kuch|kuchh|thode|thore|thora|aadhe|adhe|aadha|half|some|part|partly|hissa)\b|کچھ|آدھے|آدھا|تھوڑے|تھوڑا|حصہ`)

// sentenceEnd ends a sentence; clauseEnd a clause.
var (
	sentenceEnd = regexp.MustCompile(`[.!?\n۔؟]+\s`)
	clauseEnd   = regexp.MustCompile(`[,;:.!?\n،۔؟]+\s`)
)

// nearest is the distance in bytes from k to the nearest span, or -1.
func nearest(k int, spans [][2]int) int {
	best := -1
	for _, s := range spans {
		d := 0
		switch {
		case k < s[0]:
			d = s[0] - k
		case k > s[1]:
			d = k - s[1]
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

// lessThan reports whether the formatted sum a is smaller than b, in the
// same currency.
func lessThan(a, b string) bool {
	c, ok := compareSums(a, b)
	return ok && c < 0
}

// bigSum reports a sum written by FormatAmount of a thousand or more (no
// "ji 10" read as ten rupees).
func bigSum(s string) bool {
	_, v, ok := ReadAmount(s)
	return ok && v >= 1000
}

// paymentOf names how money was paid, the remote channels first.
func paymentOf(payments []string) string {
	for _, p := range []string{"jazzcash", "easypaisa", "bank", "western_union", "hawala", "cash"} {
		if contains(payments, p) {
			return p
		}
	}
	if len(payments) > 0 {
		return payments[0]
	}
	return ""
}

// readPaidHow reads how much was paid, how and to whom.
func (st *step) readPaidHow(rd *lang.Reading) reply {
	p := rd.PaidDone()
	rest := (p == lang.PolarNo || p == lang.PolarNotYet) && st.restDenied(rd)
	if (p == lang.PolarNo || p == lang.PolarNotYet) && !rest {
		// "nothing paid", "I didn't pay anything": the earlier yes was wrong
		return reply{ok: true, fix: map[string]string{"paid": ChoiceNo}}
	}
	if rd.Lead() == lang.PolarNo && rd.Paid() != lang.PolarYes && !(rd.NegatesOnlySums() && len(st.signals().Amounts) > 0) {
		// (a "no" of a sum taken back is none: "nahi 80 nahi, 85 hazar.
		// 80 pehle bheje the phr 5 hazar …", C447-001; "nahi 35 nahi, 45
		// hazar. … dono jazzcash", C461-001, with no word of paying)
		if rd.Words() <= 2 && len(st.signals().Amounts) == 0 {
			// A bare "na", "nai", "no": asked how a payment already said
			// was made, it will not say how; the payment stands.
			return skipped
		}
		return reply{ok: true, fix: map[string]string{"paid": ChoiceNo}} // "nahi bhai, koi paisa nahi"
	}
	sig := st.signals()
	r := reply{ok: true, note: true, more: map[string]string{}, fix: map[string]string{}}
	// The sum typed in answer to "how much did you pay?" is the sum paid,
	// over one read earlier ("dus lakh naqd" after an advert's 25 lakh).
	if rest {
		// the sums told are the rest still to pay (restDenied): the sum
		// paid stands
	} else if t := totalAmount(rd, sig.Amounts, false); t != nil {
		r.fix["paid_amount"] = formatAmount(*t) // "35000 then 60000, total 95000"
	} else if known := st.draft().Answers["paid_amount"]; known != "" && (partsMake(sig.Amounts, known) || partsMake(unitCarried(rd.Text, sig.Amounts), known)) {
		// "پہلے تین لاکھ پھر ڈیڑھ لاکھ", "۲ لاکھ پہلے ۲ لاکھ بعد میں" after
		// "all of it" (C75-002, C76-006): the parts of the sum paid, which
		// stands
	} else if a := paidAmount(rd, sig); a != nil {
		r.fix["paid_amount"] = formatAmount(st.inAskedCurrency(st.repeated(rd, *a, sig.Amounts)))
	} else if sums := notReceipts(rd, sig.Amounts); len(sums) > 0 {
		r.fix["paid_amount"] = formatAmount(st.inAskedCurrency(st.repeated(rd, sums[0], sig.Amounts)))
	}
	if known := st.draft().Answers["paid_amount"]; known != "" && r.fix["paid_amount"] != "" && rd.CorrectedAt() < 0 {
		// "بینک سے ... تقریباً نو لاکھ روپے بنے تھے" after "ڈھائی ہزار
		// پاؤنڈ" (C169-022): the sum paid in a foreign currency, told again
		// in rupees, is the same payment; the sum said first stands.
		kc, _, _ := ReadAmount(known)
		nc, _, _ := ReadAmount(r.fix["paid_amount"])
		if kc != nc && kc != "Rs" {
			delete(r.fix, "paid_amount")
		}
	}
	if mp := rd.MostlyPart(); mp != "" && r.fix["paid_amount"] != "" && !sumIn(mp, sig.Amounts) {
		// "Mostly bank transfer to Faizan's personal Meezan account, 4
		// transfers. The last 40k cash" (C270-001 stored Rs 40,000): the
		// sum told is the smaller part, beside the main way of paying; no
		// sum is stored rather than a wrong one (the sum itself is not asked
		// again here)
		delete(r.fix, "paid_amount")
	}
	if known := st.draft().Answers["paid_amount"]; known != "" && lessThan(r.fix["paid_amount"], known) &&
		(rd.PaidRest() || rd.PaidAll() && rd.CorrectedAt() < 0 || receiptSum(rd, sig.Amounts, r.fix["paid_amount"]) ||
			rd.CorrectedAt() < 0 && len(slices.Compact(slices.Sorted(slices.Values(sig.Payments)))) >= 2 ||
			rd.CorrectedAt() < 0 && len(denials(rd, sig.Amounts)) == 0 && !sameSum(known, st.draft().Answers["money_asked"]) && !onlySum(rd.Text, sig.Amounts)) {
		// "50 hazar jazzcash se, baki cash": the sum named is a part of
		// the one paid, which stands; the answer tells how. So is one
		// beside "all" ("sab bank transfer, 3 lakh unke company account
		// me, medical wala lab k account me" of Rs 3,18,000, C250-031).
		// Nor is what a receipt says, or its parts ("in two instalments.
		// The receipt they gave is for Rs 21,000 only — 15,000 and 6,000"
		// of Rs 4,00,000, C339-004); nor, with no word that corrects it,
		// any smaller sum told of a sum paid that is not all that was
		// asked (that one may have been the total asked taken for paid:
		// "5 dafa me 50-50 hazar" of the 3,20,000 asked, C189-010). Nor a
		// sum paid one way beside another part paid another ("2.5 lakh by
		// bank transfer …, the lab fee in cash at the lab" of Rs 2,72,000,
		// C536-028).
		delete(r.fix, "paid_amount")
	}
	if asked := st.draft().Answers["money_asked"]; r.fix["paid_amount"] == "" && st.draft().Answers["paid_amount"] == "" && rd.PaidAll() && askedSum(asked) && !rd.Owes() {
		// "all cash in his office" of Rs 3,20,000 asked "all inclusive"
		// (C338-005): all that was asked was paid
		r.fix["paid_amount"] = asked
	}
	if len(r.fix) == 0 && st.draft().Answers["paid_amount"] == "" {
		// "jazzcash to his number": the sum paid is the one the offer's
		// account said was paid ("he took 1.5 lac from me through JazzCash").
		// The sum and the payment are told in one message: "ایک ایجنٹ
		// نے پیسے لے لیے" and, answered later, "چار لاکھ کا کہا تھا" are
		// no sum paid (C19-013); the amount is asked.
		for _, t := range st.draft().Texts {
			told := st.e.reader.Read(t)
			if told.PaidDone() != lang.PolarYes {
				continue
			}
			if a := paidAmount(told, st.e.opts.Triage(t)); a != nil {
				r.more["paid_amount"] = formatAmount(*a)
				break
			}
		}
		if asked := st.draft().Answers["money_asked"]; len(r.more) == 0 && rd.PaidAll() && strings.HasPrefix(asked, "Rs ") {
			r.more["paid_amount"] = asked // "saare paise bank mein bheje": all that was asked
		}
	}
	how := st.payment(rd, sig)
	if how != "" {
		r.value = how
	} else if rd.Aside() == "" && !rd.Unknown() && !(rd.YesNo() != lang.PolarNone && rd.Words() <= 3) && !st.otherKind(questions[NodeReportPaidHow], rd) &&
		!(rd.Receipt() && len(r.fix) == 0 && rd.Words() <= 5) && !(rd.SaysSum() && rd.Words() <= 4 && len(sig.Payments) == 0 && rd.Paid() == lang.PolarNone) {
		// "رسید ہے میرے پاس", "I have the receipt" (C19-014) tell of a
		// receipt, not how the money went: the question is asked again
		// a bare "han" says nothing of how: the question is asked again;
		// nor does a sum alone ("12 lakh total"), kept as how it was paid
		// (a sum paid, "تین لاکھ نقد دیے", is still kept)
		r.value = strings.TrimSpace(st.in.Text)
	}
	if r.value == "" && len(r.more) == 0 && len(r.fix) == 0 {
		if rd.Unknown() {
			return skipped
		}
		return reply{}
	}
	// (a number of the account paid into is no sum: "JazzCash to
	// 0302-8841657, account name M. Arif", C90-013)
	noSum := !rd.SaysSum() || len(sig.Amounts) == 0 && len(sig.Phones) > 0
	// (whom it was paid to, told with how, is no sum: "easypaisa se 3
	// dafa bheje, account kisi Abdul Wahid k naam pe tha", C259-021)
	// (a receipt's sum is no sum paid either: "Cash, in two instalments
	// at their office. Receipt given for only Rs 15,000", C418-004)
	if r.fix["paid_amount"] == "" && r.more["paid_amount"] == "" && st.draft().Answers["paid_amount"] == "" && (noSum || rd.Receipt()) && !rd.Unknown() {
		st.settle("paid_amount_open") // how, with no sum at all: the sum is asked once more
	}
	return r
}

// otherKind reports a short answer whose content is of another question's
// kind, with none of q's own: a way of paying asked for consent ("cash, no
// receipt"), a country asked how it was paid ("qatar"). Its yes or no (or
// its words as a free answer) would be a fact stored wrongly.
func (st *step) otherKind(q *question, rd *lang.Reading) bool {
	sig := st.signals()
	switch {
	case len(sig.Payments) > 0:
		return q.expect != expectPaidHow && q.expect != expectPaid && q.expect != expectAmount
	case len(sig.Countries) > 0 && (rd.Words() <= 3 || rd.Field() == "country"):
		return q.expect != expectCountry && q.expect != expectPlace && q.set != "where"
	case len(sig.Phones) > 0 && len(sig.Countries) == 0:
		return q.expect == expectPlace // "meray number pe call kar lein 0321…" asked which city: no place
	case q.expect == expectName && moneyTalk(rd):
		return true
	case q.expect == expectPaidHow && len(sig.Amounts) == 0:
		// "passport diya tha", "پاسپورٹ دیا تھا" asked how the money
		// went: the documents given, no way of paying
		v, ok := rd.Option("docs")
		return ok && v != "none"
	}
	return false
}

// moneyTalk reports an answer that tells of money asked or paid and names
// no one ("95000 mang rahe the", "they were asking 1.5 lakh", "ڈیڑھ لاکھ
// مانگے"): typed where a name is asked, it is no name. A name given
// beside the sum ("Bilal, he took 80000", "naam Bilal hai, 50 hazar
// liye") still is one.
func moneyTalk(rd *lang.Reading) bool {
	if !rd.SaysSum() || !(rd.Asked() || rd.PaidDone() == lang.PolarYes || rd.Field() == "money_asked" || rd.Field() == "paid") {
		return false
	}
	if rd.NamedIn() != "" || len(lang.FirmNames(rd.Text)) > 0 {
		return false
	}
	name, _ := rd.NameParts()
	return name == "" || rd.Reader().Read(name).SaysSum()
}

// forcedMarriage reports a marriage forced or bought among triage's
// situations, with no situation the help flow has an option for.
func forcedMarriage(sits []string) bool {
	return contains(sits, "forced_marriage") && situationOf(sits) == ""
}

// kinTold reports an answer about someone of the writer's ("my son", "beta").
// inForeignPlace reports a place abroad the answer puts someone in ("in
// Erbil", "کویت میں"); not one come from ("dubai se").
func (st *step) inForeignPlace(rd *lang.Reading) bool {
	for _, w := range rd.Locatives() {
		if slices.ContainsFunc(st.e.opts.Triage(w).Countries, func(c string) bool { return c != "PK" }) {
			return true
		}
	}
	return false
}

// shortPlaceWords is the most words an answer of where may have for a
// town beside the country to be where they are ("pakistan me hun,
// sargodha"), not a town told of in an account.
const shortPlaceWords = 6

// namesPakistan reports Pakistan named in the answer.
func namesPakistan(rd *lang.Reading) bool {
	for _, w := range strings.Fields(strings.ToLower(rd.Text)) {
		if strings.HasPrefix(strings.Trim(w, ".,!?،۔"), "pak") || strings.Contains(w, "پاکستان") {
			return true
		}
	}
	return false
}

func kinTold(rd *lang.Reading) bool {
	whom, _ := rd.WhomTold()
	return rd.OpensWithKin() || whom == "other"
}

// heldOnTheWay reports a plight on a smuggler's road that no option names:
// held in a "safe house", no news of them. It is "other", the words go to
// the officer. (More money demanded mid-journey stays money taken, as
// C7-019 and C9-023 label it.)
func heldOnTheWay(sits []string) bool {
	return situationOf(sits) == "" && (contains(sits, "safe_house") || contains(sits, "lost_contact"))
}

// situationOf maps triage's situations to the help flow's options. When
// several are told, the first in this order names the plight: a beating
// or forced work told beside a locked door is what the writers of the
// conversations name (violence before locked_in: 42 conversations right
// that were not, 21 lost, across all splits; the recent writers' splits
// +17 of it), debt before both as before.
func situationOf(sits []string) string {
	for _, m := range []struct{ sit, opt string }{
		{"sexual_abuse", "sexual_abuse"}, {"debt_bondage", "debt"}, {"violence", "violence"}, {"threat_to_life", "violence"},
		{"forced_scam", "forced_work"}, {"forced_work", "forced_work"}, {"confined", "locked_in"}, {"documents_taken", "passport_taken"},
		{"phone_taken", "passport_taken"}, {"wages_withheld", "unpaid"},
	} {
		if contains(sits, m.sit) {
			return m.opt
		}
	}
	return ""
}

// SituationTold reports a situation answer that the person's own words
// already tell (the option their account is read as): triage reads those
// words, with their tense, and the code beside them would say it anew
// ("… raat ko kamre me band krte the … wapis aaya. ab theek hun" answered
// locked_in, C490-028: the code "locked_in" read as locked in now).
func SituationTold(sits []string, answer string) bool {
	return answer != "" && situationOf(sits) == answer
}

// partOfAmount reports a bare number that is the number of an amount
// triage read ("1500" of "1500 riyal").
func partOfAmount(b *Amount, amounts []Amount) bool {
	for _, a := range amounts {
		if a.Value == b.Value || strings.Contains(lang.Fold(a.Text).S, lang.Fold(b.Text).S) {
			return true
		}
	}
	return false
}

// withBare adds to the amounts triage read the numbers written alone
// beside them ("25 thousand first then 40 thousand, so 65000 altogether":
// the 65000), in the order written.
func withBare(text string, sig Signals) []Amount {
	out := slices.Clone(sig.Amounts)
	for _, b := range bareAmounts(text, sig.Salaries) {
		if !partOfAmount(&b, sig.Amounts) {
			out = append(out, b)
		}
	}
	return out
}

// countedNouns are what a number counts that is no sum: people ("400
// people", "300 bande") and times ("3 dafa").
var countedNouns = func() map[string]bool {
	out := maps.Clone(lang.MustClass("people_nouns"))
	maps.Copy(out, lang.MustClass("count_nouns"))
	return out
}()

// bareNumber is a number written alone ("180000", "50,000", "1,50,000").
var bareNumber = regexp.MustCompile(`(?:^|[^\d+\-/])(\d{1,3}(?:,\d{2,3})+|\d{3,8})(?:$|[^\d/\-])`)

// bareAmount reads a number with no currency as rupees, where the question
// is about money ("registration fee, 5000 on jazzcash"); numbers that are
// phone numbers are not sums.
func bareAmount(text string, sig Signals) *Amount {
	if all := bareAmounts(text, sig.Salaries); len(all) > 0 {
		return &all[0]
	}
	return nil
}

// bareAmounts are all the numbers with no currency that read as rupees, in
// the order written ("35000 first then 30000 after 2 days"), but the
// numbers of a salary ("salary 3000, fee 80000").
func bareAmounts(text string, salaries []Amount) []Amount {
	var out []Amount
	f := lang.Fold(text)
	folded := f.S
	var phones [][]int
	for _, r := range lang.DigitRun.FindAllStringIndex(folded, -1) {
		if len(lang.Digits(folded[r[0]:r[1]])) >= 10 {
			phones = append(phones, r)
		}
	}
	inPhone := func(at int) bool {
		for _, r := range phones {
			if at >= r[0] && at < r[1] {
				return true
			}
		}
		return false
	}
	for _, loc := range bareNumber.FindAllStringSubmatchIndex(folded, -1) {
		m := []string{folded[loc[0]:loc[1]], folded[loc[2]:loc[3]]}
		digits := strings.ReplaceAll(m[1], ",", "")
		if len(digits) >= 10 || strings.HasPrefix(digits, "03") || inPhone(loc[2]) {
			continue // a phone number, or a group of one ("+44 7700 900412")
		}
		v, err := strconv.ParseFloat(digits, 64)
		if err != nil || v < 100 {
			continue
		}
		if rest := strings.TrimLeft(folded[loc[3]:], " "); strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "٪") ||
			strings.HasPrefix(rest, "percent") || strings.HasPrefix(rest, "فیصد") || strings.HasPrefix(rest, "fisad") {
			continue // "100% safe route" (C75-007): a share, no sum (5 lakh was read as Rs 5,00,100)
		}
		if next := lang.Words(folded[loc[3]:min(len(folded), loc[3]+60)]); len(next) > 0 && countedNouns[next[0]] {
			continue // "around 400 people on a fishing boat" (C490-012 read Rs 24,00,400): a count, no sum
		}
		b := Amount{Value: v, Currency: "PKR", Text: f.Orig(text, loc[2], loc[3])} // as written: "۱۵۰۰۰۰"
		if partOfAmount(&b, salaries) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// askedSum reports a money-asked answer that is a sum ("Rs 2,00,000",
// "GBP 7,000"), not "yes" or "none".
func askedSum(asked string) bool {
	_, _, ok := ReadAmount(asked)
	return ok
}

// fullerFirm returns the whole name of a firm the person sent before of
// which name is the first words ("Al Falah Overseas" of "Al Falah
// Overseas Employment Promoters"), or "".
func (st *step) fullerFirm(name string) string {
	short := strings.ToLower(strings.TrimSpace(name))
	if short == "" {
		return ""
	}
	for _, t := range st.draft().Texts {
		// the firms found in it, or a clause that opens with the name,
		// is short and names a firm ("الفلاح اوورسیز ایمپلائمنٹ پرموٹرز،
		// کمیٹی چوک", which FirmNames does not read in Urdu script)
		clauses := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune(",،۔.\n", r) })
		for _, f := range append(lang.FirmNames(t), clauses...) {
			f = strings.TrimSpace(f)
			if strings.HasPrefix(strings.ToLower(f), short+" ") && len(strings.Fields(f)) <= firmWords && !strings.ContainsFunc(f, unicode.IsDigit) &&
				st.e.reader.Read(f).FirmNamed() && !lang.StartsWithPlace(f[len(short):]) {
				// (not "Star Link Travels on Murree Road", C530-005: where it is)
				return f
			}
		}
		// a name sent in quotes, whatever its words ("ek tiktok account h
		// 'Europe Road Safar'", C510-016 kept "Europe": a street word ends
		// a name read in an answer's words)
		for _, q := range lang.QuotedSpans(t) {
			f := strings.TrimSpace(t[q[0]:q[1]])
			if strings.HasPrefix(strings.ToLower(f), short+" ") && len(strings.Fields(f)) <= firmWords && !strings.ContainsFunc(f, unicode.IsDigit) &&
				!strings.ContainsAny(f, "-–|:") {
				// (not a name with what it offers after a dash: "'OEC
				// Pakistan Official - Korea Jobs'", C178-004)
				return f
			}
		}
	}
	return ""
}

// firmWords is the most words a firm's name sent before may have.
const firmWords = 6

// unitCarried is amounts with the numbers written after one of them with
// no unit, read in its unit ("pehle 3 lakh phir 2.5", C228-006: 2.5
// lakh), in the order written.
func unitCarried(text string, amounts []Amount) []Amount {
	out := slices.Clone(amounts)
	for _, a := range amounts {
		unit := magnitude(a)
		k := strings.Index(text, a.Text)
		if unit == 0 || k < 0 {
			continue
		}
		rest := text[k+len(a.Text):]
		for _, b := range leadNumbers.FindAllStringSubmatch(rest, -1) {
			if v, err := strconv.ParseFloat(b[1], 64); err == nil && v > 0 && v < 100 {
				out = append(out, Amount{Value: v * unit, Currency: a.Currency, Text: b[1]})
			}
		}
		break
	}
	return out
}

// leadNumbers are the short numbers of a text standing alone ("phir 2.5").
var leadNumbers = regexp.MustCompile(`(?:^|\s)(\d{1,2}(?:\.\d+)?)(?:$|[\s,.;])`)

// concludedSum is the sum an answer ends on, in a clause of its own opened
// by a word that concludes ("So 5 lakh", "matlab 45 hazar", "یعنی تین
// لاکھ": Reading.Concluded, the sum and nothing more), or nil.
func concludedSum(rd *lang.Reading, sig Signals) *Amount {
	c := strings.Trim(rd.Concluded(), " .!،۔")
	if c == "" {
		return nil
	}
	for _, p := range inOrder(rd.Text, sig.Amounts) {
		if p.a.Text == c && p.k+len(p.a.Text) == len(strings.TrimRight(rd.Text, " .!،۔")) {
			return &p.a
		}
	}
	if bare := bareAmounts(c, nil); bareDigits(c) && len(bare) == 1 {
		// "Two transfers, 1 lakh and 75 thousand. So 1,75,000" (C283-013):
		// the sum concluded in digits, read once with the words that gave
		// it (triage keeps one amount of a value)
		for _, a := range sig.Amounts {
			if a.Currency == "PKR" && a.Value == bare[0].Value {
				return &a
			}
		}
	}
	return nil
}
