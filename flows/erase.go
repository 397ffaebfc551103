package flows

import (
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// Delete my data: after a yes, the caller erases the person's contact
// details and transcripts, keeping only the anonymised facts of reports
// agencies already hold.

func (st *step) erase(choice string) {
	kept := "erase_kept"
	if choice == "" {
		rd := st.read()
		if after := afterLastQuestion(st.text()); after != "" {
			// "pehle ye btao mitane k baad koi rabta to nai krega na?..
			// chalo thk h mita do" (C115-036 kept the data): a question,
			// then the answer settled on; the question's "nai" says no to
			// nothing
			if ra := st.e.reader.Read(after); !ra.Question() && (ra.YesNo() == lang.PolarYes || ra.YesNo() == lang.PolarNone && ra.Intent() == ChoiceErase) {
				rd = ra
			}
		}
		if after := rd.AfterCorrection(); after != "" && !rd.AsksMeaning() && !st.e.reader.Read(after).Question() {
			// (not "مٹا دیں لیکن پہلے بتائیں کہ ایجنٹ کے خلاف کارروائی تو ہو گی
			// نا؟", A39-0359: a question asked first, whose "نا" takes
			// nothing back; it is answered below and the erasing asked again)
			// "delete... actually no, leave it" (A6-0343): the answer they
			// settled on. A no after it keeps the data; a yes after it is
			// read alone; nothing is erased on words taken back.
			ra := st.e.reader.Read(after)
			if ra.KeepsData() && !ra.IntentFirst(ChoiceErase) {
				// "na na rakho, shikayat to zaroor krni h" (A114-0358 was
				// erased): keep it; the "zaroor" is for the complaint
				st.erase(ChoiceNo)
				return
			}
			switch ra.YesNo() {
			case lang.PolarNo, lang.PolarNotYet:
				st.erase(ChoiceNo)
				return
			case lang.PolarYes:
				rd = ra
			default:
				if ra.Intent() == ChoiceErase && !rd.KeepsData() {
					// "pehle socha sirf mera number hata do... nahi, sab
					// kuch mita do, report bhi" (C369-024): the wish they
					// settled on is to erase (not "رپورٹ رہنے دیں، بس میرا
					// نمبر ہٹا دیں", A48-0350: the report kept)
					rd = ra
				} else if rd.YesNo() == lang.PolarYes || rd.Intent() == ChoiceErase {
					// the yes, or the wish to delete, was taken back
					st.erase(ChoiceNo)
					return
				}
			}
		}
		// "report b khatam ho jayegi?", "what happens to my complaint?":
		// what erasing does to the reports, told truly ("report bhi
		// delete kar do" is a yes).
		reports := rd.ReportAsked() && (rd.Question() || rd.Intent() != ChoiceErase)
		yn := rd.YesNo()
		// "ڈیٹا ڈیلیٹ کرنے کے پیسے تو نہیں لگیں گے؟" (A9-0352): its "نہیں"
		// asks about the cost, it says no to nothing
		told := rd.AsksMeaning() || // "delete mtlb kya?" (A21-0358): what the word means, no answer
			(rd.Question() || reports) && (yn == lang.PolarNone || yn == lang.PolarUnknown) ||
			rd.Question() && yn == lang.PolarNo && rd.Lead() != lang.PolarNo && questionAside(rd.Aside()) && rd.Aside() != "question"
		// "کیا یہ بعد میں واپس آ سکتا ہے؟" (can it come back later?): its
		// "later" answers nothing
		// "delete krne se pehle meri complaint ka status bta do": something
		// asked first, no yes to erasing yet (A24-0351 erased)
		// "ڈیلیٹ کرنے کے بعد واپس تو نہیں آئے گا؟" (A160-0351, kept as a
		// no): a question whose "no" is its own, not opening the answer,
		// says no to nothing
		// ("will it delete the report too? then no", A41-0343: a no after
		// the question answers it)
		told = told || rd.Question() && strings.ContainsAny(rd.Text, "?؟") && afterLastQuestion(rd.Text) == "" && yn == lang.PolarNo &&
			rd.Lead() != lang.PolarNo && !rd.KeepsData() && !rd.ChangedMind()
		told = told || rd.AsksFirst() && yn != lang.PolarNo ||
			// "delete hone me kitna time lgega" (A36-0358, erased): how long
			// the erasing takes, asked with no question mark, is no yes
			// ("lagta" there is "takes", no hedge: A44-0358)
			(yn == lang.PolarNone || yn == lang.PolarUnknown && !rd.Unknown()) && questionAside(rd.Aside()) && rd.Aside() != "question" &&
				// "ڈیلیٹ کر دو، کسی کو پتہ نہ چلے" (A46-0359): the wish that
				// no one know is why they erase, no question
				!(rd.Aside() == "privacy" && rd.Intent() == ChoiceErase && !rd.Question())
		if asking := rd.Asking() && (yn != lang.PolarNo && yn != lang.PolarNotYet || rd.QuestionFirst()); told || asking {
			// "who are you guys exactly", "kya pakka delete ho jaye ga ya
			// FIA ke pas copy rahe gi?": a question erases nothing; it is
			// answered and the question asked again
			if !told || rd.AsksMeaning() || rd.NamesIntent(ChoiceErase) && (rd.Aside() == "question" || rd.Aside() == "unclear") {
				// (so is a question of its own about deleting: "ڈیلیٹ
				// کرنے کے بعد واپس تو نہیں آئے گا؟", "delete krne ka kya
				// faida hoga", A160-0351, A160-0358)
				// "what exactly gets deleted?": a question of no other kind
				// asked here is about the erasing; what is erased and what
				// is kept is the true answer
				reports = rd.ReportAsked() || rd.Aside() == "question" || rd.Aside() == "unclear" || rd.AsksMeaning()
			}
			if rd.AsksFirst() && rd.Mentions(ChoiceStatus) {
				st.say("erase_status_first", nil)
			} else if reports {
				st.say("erase_reports", nil)
			} else if rd.Aside() == "time" {
				st.say("erase_time", nil) // how long the erasing takes, not a report's reply
			} else {
				st.aside(rd.Aside())
			}
			st.ask("erase_retry", NodeErase, yesNo)
			return
		}
		if rd.YesNo() == lang.PolarYes && rd.KeepsAfterContrast() {
			// "yes but keep my report", "haan lekin report rehne do": a
			// yes with something held back. What is erased and what is
			// kept is told, and the question asked again; nothing is
			// erased on a half yes.
			st.say("erase_reports", nil)
			st.ask("erase_retry", NodeErase, yesNo)
			return
		}
		switch yn := rd.YesNo(); {
		case yn == lang.PolarNo && rd.IntentFirst(ChoiceErase) && rd.NoOnlyInIntent(ChoiceErase) && !rd.Question() && !rd.AfterDone():
			choice = ChoiceYes // "mat rakho kuch bhi, sab mita do": its "mat" is of keeping, the wish is to erase
		case yn == lang.PolarUnknown && rd.IntentFirst(ChoiceErase) && rd.Words() >= 6 && !rd.Question() && !rd.AfterDone():
			// "delete kr do bas, agent ko shayd pata chal gya h" (A114-0357):
			// the wish, then why; a doubt said alone after it ("mita do,
			// shayad") doubts the wish
			choice = ChoiceYes
		case rd.AfterDone() && yn != lang.PolarNo && !rd.Question():
			// "yes but only after my report has gone through" (A55-0343
			// erased at once): a yes for later is no yes now. Nothing is
			// erased; they are told how to ask when the time comes.
			choice, kept = ChoiceNo, "erase_after_done"
		case rd.DataMistake() && yn != lang.PolarNo && !rd.Question():
			// "ghalti se bhai ka naam aur number daal diya tha, wo naraz h"
			// (C186-027): why they erase, a yes
			choice = ChoiceYes
		case rd.WishSaidNegated(ChoiceErase) && !rd.Question() && rd.Lead() != lang.PolarNo:
			// "kuch bhi na rahe mera aapke pas" (A84-0341): nothing of
			// theirs to remain, a yes
			choice = ChoiceYes
		case rd.NoLongerWanted() && !rd.Question():
			// "dost k kehne pe report kr di thi, ab nai chahiye" (C289-036
			// kept all): not wanted any more, a yes
			choice = ChoiceYes
		case rd.KeepsData() && !rd.Question() && !rd.IntentFirst(ChoiceErase):
			choice = ChoiceNo // "na na rakho, shikayat to zaroor krni h" (A114-0358 was erased)
		case rd.ByMistake() && yn != lang.PolarNo && !rd.Question() && (rd.Field() == "documents" || rd.Field() == "phones"):
			// "غلطی سے بھیج دی تھیں، شناختی کارڈ نمبر بھی لکھ دیا تھا"
			// (C458-036 kept all): papers or numbers sent by mistake are
			// why they erase, a yes (at the menu, "sent this by mistake"
			// alone is a message sent in error, A5-0006)
			choice = ChoiceYes
		case rd.ByMistake() && yn != lang.PolarYes:
			choice = ChoiceNo // "nai nai galti se dab gaya": the delete was pressed by mistake (A12-0351)
		case rd.ConsultsFirst() && yn != lang.PolarYes && !rd.Question() && rd.Intent() != ChoiceErase:
			// "ruko pehle bhai se puch lun" (A171-0357): not decided yet;
			// nothing is erased, and they can ask again at any time
			choice = ChoiceNo
		case yn == lang.PolarYes || yn == lang.PolarNone && (rd.Intent() == ChoiceErase || rd.PleaFirst()) ||
			yn == lang.PolarUnknown && rd.WishAfterDoubt(ChoiceErase) && !rd.Question():
			// ("ab lagta h agent ko pata chal gaya h. sab mita do": the
			// doubt is why, the wish to erase ends it, C193-025)
			// "dlt krdo", "سب ختم کر دیں"; "please, my husband checks my
			// phone" (A55-0345)
			choice = ChoiceYes
		case (yn == lang.PolarUnknown || rd.Unknown()) && !rd.Question():
			// "pata nai", "hmm i dont know", "سوچ کر بتاؤں گا": not decided.
			// Nothing is erased without a yes; the flow goes on, and the
			// person can ask again at any time (A10-0347, A10-0359).
			choice = ChoiceNo
		case yn == lang.PolarNo && !rd.NoToErase() && !rd.Skip() && rd.Lead() != lang.PolarNo:
			// "میں شکایت آگے نہیں بڑھانا چاہتی", "I don't want to take
			// the complaint further": a "no" inside a sentence about
			// something else answers nothing; asked again. "اس کا جواب نہیں
			// دینا" skips it: nothing is erased (A6-0351).
		case yn == lang.PolarNo || yn == lang.PolarNotYet || rd.Skip() || rd.OnlyLater():
			choice = ChoiceNo // ("baad me": not now; nothing is erased, A44-0360)
		}
	}
	switch choice {
	case ChoiceYes:
		st.res.Effects = append(st.res.Effects, Effect{Kind: EffectErase})
		st.say("erase_done", nil)
		st.res.State = State{Locale: st.res.State.Locale, LocaleChosen: st.res.State.LocaleChosen}
	case ChoiceNo:
		st.say(kept, nil)
		if !st.takeBack() { // asked in the middle of a flow: it goes on
			st.menu("menu_prompt")
		}
	default:
		if a := st.read().Aside(); a != "" {
			st.aside(a)
		}
		st.ask("erase_retry", NodeErase, yesNo)
	}
}

// afterLastQuestion returns what follows the last question mark of text,
// when words follow it ("… rabta to nai krega na?.. chalo thk h mita do"),
// or "".
func afterLastQuestion(text string) string {
	k := strings.LastIndexAny(text, "?؟")
	if k < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(text[k:], "?؟.! "))
}
