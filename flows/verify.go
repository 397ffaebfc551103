package flows

import (
	"slices"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// The verify flow: the person asks whether an offer or recruiter is
// genuine. What the red flags already say is said at once ("an advance of
// Rs 2 lakh before any contract is a warning sign"). A check needs
// something to check: the agent's name, number, licence or the advert; if
// the question gave none, they are asked for first; given only a licence, a
// name, a page or a site, they are asked once for a number; an answer
// with nothing to check by (where it was seen, what it asks) is kept and
// the question asked once more. Then the person is told
// what the OEP registry and earlier reports say, and a verification request
// goes to OEC, whose answer comes back to them later.

// startVerify begins a check; withThis takes the current message as what
// to check.
func (st *step) startVerify(withThis bool) {
	st.begin(KindVerify)
	if !withThis {
		st.askNode(NodeVerify)
		return
	}
	st.keep()
	sig := st.signals()
	st.warnSigns(sig)
	st.checkOrAsk(sig, st.text())
}

// checkOrAsk checks what the person sent (text, read as sig), or first
// asks for what to check it by: a number when only a licence, a name, a
// page or an advert came, the agent's details when nothing did.
func (st *step) checkOrAsk(sig Signals, text string) {
	if checkableText(sig, text) {
		if len(sig.Phones) == 0 && !st.settled("verify_phone") {
			// A licence or a name is checked against the registry; a number
			// is what matches other people's reports best. A social media
			// page is renamed overnight and its posts say "WhatsApp us";
			// a look-alike site moves to a new address and keeps its
			// "WhatsApp helpline": given only a link, the number is asked
			// for once too ("is koreajobs-eps-pk.com a real govt site?",
			// C67-029, C56-032; no script of the corpus is the worse).
			st.draft().Settled = append(st.draft().Settled, "verify_phone")
			q := "verify_phone_q"
			if len(sig.URLs) > 0 {
				q = "verify_number_q"
			}
			st.askVerify(q, false)
			return
		}
		if len(sig.Phones) == 0 && len(sig.URLs) == 0 && st.settled("verify_phone") && !st.settled("verify_phone_again") {
			// Asked for their number, the answer told more about them but
			// no number ("Al Rehman Overseas, license 1987/PSH, office in
			// Khyber Bazar", C78-027, C77-027, C77-029): the number is
			// asked for once more, in other words.
			st.settle("verify_phone_again")
			st.askVerify("verify_number_again_q", false)
			return
		}
		if st.askMore(sig, text) {
			return
		}
		st.check()
		return
	}
	st.settle(slotVerifyAsked)
	st.askVerify("verify_details_q", true)
}

// askVerify asks the check's question id (with the menu beside Skip
// where the check has nothing yet), and keeps it: after an aside ("is
// this service free?") the same question comes again.
func (st *step) askVerify(id string, withMenu bool) {
	opts := []option{{ChoiceSkip, "btn_skip"}}
	if withMenu {
		opts = append(opts, option{ChoiceMenu, "btn_menu"})
	}
	if d := st.draft(); d != nil {
		d.Asked = id
	}
	st.askWith(st.t(id, nil), NodeVerify, opts)
}

// slotVerifyAsked marks a check whose details were asked for (the
// verify button's question, or "send their name, number or licence").
const slotVerifyAsked = "verify_asked"

// sharedAdvert reports a message that is an advert passed on, sent after
// a word that something shared is coming: a whole advert (pastedAdvert),
// or a shorter one that names a country, a number, a link or a red flag,
// with no question about it and no licence to look up.
func sharedAdvert(text string, rd *lang.Reading, sig Signals) bool {
	if pastedAdvert(text, rd, sig) {
		return true
	}
	if rd.Question() || rd.AsksGenuine() || len(sig.Licences) > 0 || rd.Words() < 20 {
		return false
	}
	return len(sig.Countries) > 0 || len(sig.Phones) > 0 || len(sig.URLs) > 0 || len(sig.Flags) > 0
}

// slotSharedToCheck marks a check asked for something shared with the
// person ("group me aya hai, check kro"), not whether it is genuine.
const slotSharedToCheck = "shared_to_check"

// saidInThisStep reports whether a reply of this step already says line.
func (st *step) saidInThisStep(line string) bool {
	for _, r := range st.res.Replies {
		if strings.Contains(r.Text, line) {
			return true
		}
	}
	return false
}

// onlySite reports links of which one at least is a site of its own, not a
// page on a social network ("facebook.com/SaudiVisaOfficialPK").
func onlySite(urls []string) bool {
	for _, u := range urls {
		if !socialPage(u) {
			return true
		}
	}
	return false
}

// socialHosts are the networks whose pages advertise jobs.
var socialHosts = []string{"facebook.com", "fb.com", "fb.me", "instagram.com", "tiktok.com", "youtube.com", "youtu.be", "t.me", "x.com", "twitter.com", "linkedin.com"}

// socialPage reports a link to a page on a social network.
func socialPage(link string) bool {
	host := siteName(link)
	for _, h := range socialHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// checkable reports whether there is something to look up in the current
// message: a number, a link, a licence, or an advert's worth of text.
func (st *step) checkable(sig Signals) bool { return checkableText(sig, st.text()) }

// tellsOffer reports a message that names a sum, or a country in more
// than a short question: an offer told, not a question about the service
// ("does the government really have a Japan quota?", C41-011, is one).
func tellsOffer(sig Signals, rd *lang.Reading) bool {
	return len(sig.Amounts) > 0 || len(sig.Countries) > 0 && rd.Words() > offerToldWords
}

// toldAlready reports a message whose amounts and countries were all in
// what was sent before ("maine to kabhi japan k liye apply hi nahi kiya,
// mera naam kahan se aya?" after the offer for Japan, C128-007): it tells
// no offer of its own.
func (st *step) toldAlready(sig Signals) bool {
	d := st.draft()
	if len(d.Texts) == 0 {
		return false
	}
	before := st.e.opts.Triage(strings.Join(d.Texts, "\n"))
	for _, a := range sig.Amounts {
		// "Is 95k normal for a Qatar visa or too much?" after the offer
		// that asked 95k (C462-026 checked the question): the sum told
		// before, asked about
		if !slices.ContainsFunc(before.Amounts, func(b Amount) bool { return b.Value == a.Value && b.Currency == a.Currency }) {
			return false
		}
	}
	for _, c := range sig.Countries {
		if !slices.Contains(before.Countries, c) {
			return false
		}
	}
	return true
}

// offerToldWords is how many words a question naming a country must
// have to tell an offer.
const offerToldWords = 12

// checkableText reports whether text (read as sig) has something to look
// up.
func checkableText(sig Signals, text string) bool {
	return len(sig.Phones) > 0 || len(sig.URLs) > 0 || len(sig.Licences) > 0 || companyName(text) != "" ||
		len([]rune(text)) >= advertRunes
}

// advertRunes is how long a message must be to be an advert's worth of
// text.
const advertRunes = 120

// warnSigns says at once what the red flags of the offer mean, each once
// in a conversation: a sum asked in a later message is warned of then.
func (st *step) warnSigns(sig Signals) {
	var flags []string
	for _, f := range sig.Flags {
		if !st.settled("warned_" + f) {
			flags = append(flags, f)
			st.settle("warned_" + f)
		}
	}
	var lines []string
	if contains(flags, "fee_before_contract") {
		if fee := sig.Fee; fee != nil {
			lines = append(lines, st.t("verify_fee_warning", map[string]any{"Amount": ltr(formatAmount(*fee))}))
		} else {
			lines = append(lines, st.t("verify_fee_warning_plain", nil))
		}
	}
	for _, a := range st.advice(flags, false) {
		if a != st.t("advice_receipt", nil) {
			lines = append(lines, a)
		}
	}
	if len(lines) > 0 {
		st.sayText(strings.Join(lines, "\n"))
	}
}

// checkToReport turns the check under way into a report: the message is
// kept as its evidence, the facts read from text, and more of the offer
// asked for.
func (st *step) checkToReport(text string) {
	st.draft().Kind = KindReport
	st.keep()
	st.inferFrom(text, true)
	st.askWith(st.t(st.moreText(), nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
}

// sumPaid reports a sum named and told as paid in one clause, in words
// triage reads as money lost to a recruiter ("میں اسے ڈیڑھ لاکھ دے چکا
// ہوں", C367-032): not "they want 50,000 now" after numbers "given", nor
// "a receipt will be given" for the 2 lakh they ask, nor "200 people
// already sent". A fee paid to a false site is lost to it too ("ye link
// sahi h ya fraud? oec-japan-jobs.online …", then "maine fees b de di h
// 1850", C382-006).
func (st *step) sumPaid(rd *lang.Reading) bool {
	sig := st.signals()
	if sig.CaseType != "job_scam_paid" && sig.CaseType != "unlicensed_recruiter" && sig.CaseType != "phishing_site" {
		return false
	}
	paid := paidAmount(rd, sig)
	return paid != nil && slices.Contains(sig.Amounts, *paid) && strings.Contains(rd.PaidClause(), paid.Text)
}

func (st *step) verify(choice string) {
	d := st.draft()
	rd := st.read()
	switch {
	case choice == ChoiceSkip || choice == "" && (rd.Skip() || rd.Unknown() && rd.Words() <= 6):
		if len(d.Texts) == 0 && len(d.Evidence) == 0 {
			st.say("verify_nothing_to_check", nil)
			st.leaveFlow()
			st.menu("menu_prompt")
			return
		}
		st.check()
	case choice != "":
		st.reask()
	case st.text() == "" && st.in.Media == "":
		st.reask()
	case len(d.Texts) > 0 && st.bare() && rd.Aside() == "" && !rd.Question() && !st.checkable(st.signals()):
		// "theek hai", "no", "ok" asked for a number behind what was sent:
		// nothing more to send, so what was sent is checked (a thanks is
		// answered, and the question stands)
		st.check()
	case rd.Aside() != "" && (rd.Words() <= 8 || rd.Question()) && !st.checkable(st.signals()) && (!tellsOffer(st.signals(), rd) || st.toldAlready(st.signals())):
		// "is this service free or do I have to pay something?": a question
		// about the service, not something to check; "a man in Taunsa
		// sends people to Japan for 3 lakh 40 hazar. ye sach h?" (C77-028)
		// tells the offer to check, and is kept.
		st.aside(rd.Aside())
		st.reask()
	case rd.PaidDone() == lang.PolarYes && (rd.SuspectsFake() || rd.Intent() == "report" || st.sumPaid(rd)) && !rd.Question():
		// "I paid for a UK care worker visa through an Instagram consultant
		// and now I think it's fake" (C224-013), asked what to check: money
		// lost is a report, as it is said at the menu; so is a sum told
		// paid ("کمپنی کہتی ہے ہم اس بندے کو نہیں جانتے۔ میں اسے ڈیڑھ لاکھ
		// دے چکا ہوں", C367-032)
		st.checkToReport(strings.Join(d.Texts, "\n"))
	case len(d.Texts) <= 1 && st.in.Media == "" && st.settled(slotSharedToCheck) && !st.settled("verify_more") && !st.settled("verify_phone") && !st.settled("verify_again") &&
		sharedAdvert(st.text(), rd, st.signals()):
		// (not an answer to "do you know their name?": that is the agent's
		// details, C42-009)
		// "ye msg telegram group me aya hai check kro", then the whole
		// advert (C17-027): as when both come in one message, the advert
		// is brought to us, a report; so too after a first message that
		// told where it was seen and gave nothing to check by (C28-027).
		st.checkToReport(st.text())
	default:
		st.keep()
		st.warnSigns(st.e.opts.Triage(strings.Join(d.Texts, "\n")))
		if st.in.Media == "" && !st.checkable(st.signals()) && !st.draftPhone() && !st.settled("verify_again") {
			// "saw their post on facebook", "newspaper ad, 1.8 lakh
			// maang rahe": where it was seen or what it asks, nothing to
			// check by; kept, and what to check by is asked for once more.
			d.Settled = append(d.Settled, "verify_again")
			q := "verify_again_q"
			if st.settled("verify_phone") {
				q = "verify_again_number_q" // a name or a licence was given: its number
			}
			st.askVerify(q, false)
			return
		}
		// what was sent, all of it, is checked, or what it lacks asked
		// for once: a firm's advert with no number (C39-022), a number
		// with no name
		all := strings.Join(d.Texts, "\n")
		st.checkOrAsk(st.e.opts.Triage(all), all)
	}
}

// askMore asks once, when what was sent to check gives a number, a page or
// an advert but nothing that names who they are (a name, a firm or a
// licence), for who they are, and what they ask to be paid when that is not
// known either (or, when who they are and their number are known but
// nothing of the offer, for the offer): "is this agent genuine?
// 0315-4482710" gives OEC a number to match and no name to look up, and
// a sum asked gets its warning. Not after
// the number was asked for (a name was given then) or something to check
// by asked for again, nor for a site of its own, which is the thing to
// check. The answer, or a skip, goes to the check. It reports whether it
// asked.
func (st *step) askMore(sig Signals, text string) bool {
	if st.settled("verify_phone") || st.settled("verify_again") || st.settled("verify_more") || onlySite(sig.URLs) {
		return false
	}
	rd := st.e.reader.Read(text)
	q := "verify_more_q"
	switch {
	case len(sig.Licences) > 0 || rd.NamedIn() != "" || rd.FirmNamed(): // FirmNamed reads companyName's firms too
		// who they are is known: the registry and the reports can be
		// searched. What they offer is asked once when nothing of it
		// was said, or no sum ("can you check Gulf Star Manpower, licence
		// 1876/KHI, 021-34987215?", C229-027; "he says he is a Bureau
		// officer, will get an Italy seasonal visa", C232-027): the
		// country and the sum give OEC more to match and the person the
		// warning a sum asked deserves.
		// Not when they were asked for what to check and sent just that
		// (a licence and a number): that was the question answered. An
		// advert sent then tells an offer, and what it asks is wanted
		// (C100-027, C217-033).
		if len(sig.Amounts) > 0 || sig.Fee != nil || len(sig.Phones) == 0 ||
			st.settled(slotVerifyAsked) && len([]rune(st.text())) < advertRunes {
			return false
		}
		q = "verify_offer_q"
		if len(sig.Countries) > 0 {
			q = "verify_sum_q" // the country is known: what they ask
		}
	case sig.Fee != nil || len(sig.Amounts) > 0:
		q = "verify_name_q"
	}
	st.settle("verify_more")
	st.askVerify(q, false)
	return true
}

// draftPhone reports a phone number in what the person already sent.
func (st *step) draftPhone() bool {
	for _, t := range st.draft().Texts {
		if len(st.e.opts.Triage(t).Phones) > 0 {
			return true
		}
	}
	return false
}

// check tells what is known and sends the request.
func (st *step) check() {
	var lines []string
	if l := st.in.Lookup; l != nil {
		for _, lic := range l.Licences {
			data := map[string]any{"Licence": ltr(lic.Licence), "Name": lic.Name, "City": lic.City, "Status": lic.Status}
			switch {
			case lic.Found && lic.Status == "active":
				lines = append(lines, st.t("verify_licence_found", data))
			case lic.Found:
				lines = append(lines, st.t("verify_licence_inactive", data))
			default:
				lines = append(lines, st.t("verify_licence_unknown", data))
			}
		}
		for _, s := range l.Seen {
			if s.Count > 0 {
				lines = append(lines, st.t("verify_reports_seen", map[string]any{"Count": s.Count, "Thing": ltr(s.Thing)}))
			}
		}
	}
	if len(lines) == 0 {
		lines = append(lines, st.t("verify_nothing_known", nil))
	}
	if advice := st.t("advice_licence", nil); !st.saidInThisStep(advice) {
		lines = append(lines, advice) // not twice, when the warning signs said it
	}
	st.sayText(strings.Join(lines, "\n"))
	ref := st.create()
	st.say("verify_done", map[string]any{"Reference": ltr(ref)})
	d := st.draft()
	st.menu("menu_after")
	st.res.State.Checked = &Checked{Reference: ref, Texts: d.Texts, Evidence: d.Evidence}
}

// afterCheck answers a message typed at the menu right after a check: one
// who says they have paid already, or asks to report it, is taken into a
// report that starts from what was checked; "what should I do now?" gets
// what to do while the check is under way. It reports whether it answered.
func (st *step) afterCheck() bool {
	c := st.res.State.Checked
	st.res.State.Checked = nil
	if c == nil {
		return false
	}
	rd := st.read()
	intent := rd.Intent()
	switch {
	case rd.PaidDone() == lang.PolarYes && intent != "erase" && intent != "status" && intent != "human":
		st.say("paid_after_check", nil)
	case intent == "report" && !rd.Question():
		st.say("report_after_check", nil)
	case intent == "help" && rd.AtALoss():
		st.say("after_check_advice", nil)
		st.res.State.Checked = c
		st.menu("menu_prompt")
		return true
	default:
		return false
	}
	d := st.begin(KindReport)
	d.Texts = append(append([]string(nil), c.Texts...), st.text())
	d.Evidence = append([]int64(nil), c.Evidence...)
	if st.in.MessageID != 0 {
		d.Evidence = append(d.Evidence, st.in.MessageID)
	}
	st.inferFrom(strings.Join(d.Texts, "\n"), true)
	st.nextReport()
	return true
}
