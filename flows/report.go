package flows

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// The report flow: the offer (several messages, then done), then only what
// the offer did not already say: where it was seen, the recruiter, their
// numbers, the country, money asked and paid, documents handed over,
// consent; then a summary to send, change one answer of, or cancel.
// What the offer says (an advert's country, fee, numbers, agency) is
// confirmed in one line instead of asked question by question.

// reportOrder is the order of the report's questions after the offer.
var reportOrder = []string{
	NodeReportSeen, NodeReportRecruiter, NodeReportPhones, NodeReportPhonesAsk, NodeReportCountry, NodeReportMoney,
	NodeReportPaid, NodeReportPaidHow, NodeReportDocs, NodeReportConsent,
}

// startReport begins a report; withThis keeps the current message as the
// first piece of the offer (a pasted advert, a screenshot).
func (st *step) startReport(withThis bool) {
	st.begin(KindReport)
	if withThis {
		st.keep()
		st.inferFrom(st.text(), true)
		if st.kinLeaving() {
			// "my brother is going to Libya next week to take a boat. How
			// do I stop him?": the danger told and what to do, before the
			// report about the agent
			st.say("report_kin_leaving", nil)
		}
		if st.read().LawQuestion() {
			// "… charging 3.2 lakh, no receipt. is that legal?": what the
			// red flags say is the answer, before the report
			st.warnSigns(st.signals())
		}
		st.askWith(st.t(st.moreText(), nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
		return
	}
	if st.in.Text != "" && st.read().ReportAsked() {
		// "… کمپنی کے خلاف شکایت درج کروانی ہے" (C228-005): the wish is
		// remembered, though the words are no part of the offer; a
		// licence sent next is the one complained of, not a check (a
		// question whether it is real still asks for one)
		st.settle(slotReportAsked)
	}
	st.askNode(NodeReportOffer)
}

// moreText asks for more of the offer; an image gets a word on what was
// read from it (or nothing, when nothing was).
func (st *step) moreText() string {
	if st.in.Media != "" && st.in.MediaText != "" {
		if facts := st.readFacts(); facts != "" {
			st.say("read_from_media", map[string]any{"Facts": facts})
		}
	}
	if st.in.Media == "voice" || st.in.Media == "audio" {
		st.say("voice_noted", nil)
	}
	if d := st.draft(); d != nil && len(d.Evidence)%2 == 0 {
		return "report_more_again" // the two take turns: never the same words twice in a row
	}
	return "report_more"
}

// offer takes the offer, a message at a time, until the person is done.
func (st *step) offer(choice string) {
	d := st.draft()
	rd := st.read()
	switch {
	case choice == "" && st.in.Media == "" && rd.EndsDone():
		// "link tha oec-jobs.online, bas": the last of the offer, and done
		st.keep()
		st.inferFrom(st.text(), true)
		st.nextReport()
	case choice == ChoiceDone || choice == "" && st.in.Media == "" && rd.Done():
		if len(d.Evidence) == 0 && len(d.Texts) == 0 && !st.settled("offer_needed") {
			st.settle("offer_needed") // said once: a second "done" goes on without it, never the same text again
			st.askWith(st.t("report_offer_needed", nil), NodeReportOffer, []option{{ChoiceSkip, "btn_skip"}})
			return
		}
		st.nextReport()
	case choice == ChoiceSkip || choice == "" && st.in.Media == "" && (rd.Skip() || rd.OnlyLater()):
		st.nextReport() // "baad me" (A25-0037): put off, nothing more now
	case choice == "" && st.in.Media == "" && rd.EraseAsked():
		// "wo sab delete kr do please, poori report hi mita do" (C309-035):
		// no more of an offer; asked whether to delete, the report set
		// aside until they answer
		st.setAside()
		st.ask("erase_q", NodeErase, yesNo)
	case choice == "" && st.in.Media == "" && rd.NoAdvert() && !rd.Question() && !rd.TurnsWithBut():
		// "اشتہار میرے پاس نہیں، اس نے زبانی بتایا تھا", "screenshot nai mil
		// raha, chhoro isko" (A55-A59, seven answers): no advert to send;
		// what else the words tell is kept, and the questions begin. One
		// with a "but" goes on to tell the offer ("screenshot to nai hai
		// mere pas but banda bol raha tha …", A31-0038): it is the offer.
		if sig := st.signals(); len(sig.Amounts) > 0 || len(sig.Countries) > 0 || len(sig.Phones) > 0 {
			st.keep()
			st.inferFrom(st.text(), true)
		}
		st.nextReport()
	case choice == "" && st.in.Media == "" && len(d.Texts) > 0 && contains(d.Texts, strings.TrimSpace(st.in.Text)):
		// The same words sent again ("saudi driving visa, 8 mahine se latka
		// raha h", twice, C76-004): nothing more to add; the questions
		// begin, not "got that too" once more.
		st.nextReport()
	case choice == "" && st.in.Media == "" && len(d.Texts) > 0 && rd.Intent() == ChoiceVerify && rd.Question() && rd.Words() <= paidAskWords &&
		d.Inferred["paid"] == ChoiceYes:
		// "maine 1 lakh jazzcash kiya ab aur maang raha h", then "ye fraud
		// h na?" (C104-014): money already lost is the report it began
		// as; the question is answered, not turned into a check
		all := strings.Join(d.Texts, "\n")
		st.warnSigns(st.e.opts.Triage(all))
		st.say("report_paid_fraud_question", nil)
		st.askWith(st.t("report_more_aside", nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
	case choice == "" && st.in.Media == "" && len(d.Texts) > 0 && rd.Intent() == ChoiceVerify && rd.Question() && !rd.ChangedMind() &&
		!rd.NamesIntent("verify_ask") && rd.Words() <= genuineAskWords && (st.reportAsked() || st.suspected()):
		// "مجھے تو دھوکہ لگتا ہے، شکایت درج کرانی ہے", then "کیا واقعی جاپان
		// نے ایسا کوئی کوٹہ دیا ہے؟" (C119-012): a report asked for in words,
		// or an offer called a fraud, then whether it is real: answered
		// (what the red flags say, and that the report is how it is
		// checked), and the report goes on
		st.warnSigns(st.e.opts.Triage(strings.Join(d.Texts, "\n")))
		st.askWith(st.t("report_genuine_question", nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
	case choice == "" && rd.Intent() == ChoiceVerify && (rd.Question() || rd.Words() <= 15 && !st.reportAsked() && !st.settled(slotReportAsked) ||
		len(d.Texts)+len(d.Evidence) == 0 && (rd.AsksGenuine() || rd.ChangedMind() || rd.CorrectedAt() >= 0)) && rd.Aside() != "time" && rd.Aside() != "privacy" && rd.Aside() != "official_site" &&
		(!rd.AsksIfOfficial() || rd.ClaimsOfficial() && st.sentSays((*lang.Reading).ClaimsOfficial)) &&
		// (whether "it" is the government's, after a page or an advert
		// that says so, asks about the page, C458-031)
		// (the advert sent, then more of it, with its sums or numbers, and
		// a question to look into: "yehi ad h jo upar bheja. whatsapp kia
		// to bole … 1 lakh 20 hazar visa fee. apka koi banda check kr
		// sakta h kia …?", C194-012; the question goes with the report to
		// the officer; so after a report asked for in words, a long
		// account with a question told in it, "maine pucha license h? hans
		// k bola …", C383-003)
		!(len(d.Texts) > 0 && rd.Words() > genuineAskWords && !rd.ChangedMind() && (st.addsToOffer() || st.reportAsked())):
		// ("bhai ap log asli FIA ho?", A13-0036, asks who we are: below)
		// "I want to report an agent", then "wait actually I haven't paid
		// him anything. I just want to check first if he is real" (C29-010):
		// nothing sent yet, the wish changed to a check.
		// An advert that names a licence ("driving licence holders") is the
		// offer; a question about it is a wish to have it checked.
		// "ye asli hai ya nahi?" after the advert: they want it checked.
		// Told only of an offer ("an offer of a care worker visa … they ask
		// 7,500 pounds, is it real?", C17-022), what to check it by is
		// asked for first, as when a check begins.
		// "kitne din me pata chalega k ye fraud hai ya nahi?" asks when
		// the offer sent is told of: a question kept with it (A7-0039);
		// "is it safe to send u the pic? he will not know?" asks whether
		// sending it is safe (A11-0026): answered, the offer still awaited.
		d.Kind = KindVerify
		st.note()
		all := strings.Join(d.Texts, "\n")
		sig := st.e.opts.Triage(all)
		st.warnSigns(sig)
		st.checkOrAsk(sig, all)
	case choice == "" && st.in.Media == "" && len(d.Texts)+len(d.Evidence) > 0 && rd.Words() <= 2 && rd.YesNo() == lang.PolarNo:
		st.nextReport() // "no", "nahi" to "anything more?" (A28-0027): nothing more
	case choice == "" && st.in.Media == "" && len(d.Texts)+len(d.Evidence) > 0 && rd.Words() <= 4 &&
		(rd.YesNo() == lang.PolarYes || rd.Confirm()):
		// "ji", "ha bhej do" to "send more, or press Done": nothing more to
		// send; a yes is no part of the offer.
		st.nextReport()
	case choice == "" && st.in.Media == "" && rd.Aside() != "" && (rd.Words() <= 8 || rd.Aside() == "privacy" && rd.Question() && rd.Words() <= 15 &&
		len(st.signals().Phones)+len(st.signals().Amounts)+len(st.signals().URLs) == 0 || rd.Aside() == "own_risk" && rd.Words() <= ownRiskWords):
		if rd.Aside() == "own_risk" {
			// "The airport officer said I could be charged as well. Is that
			// true?" (C516-027): the fear answered; what it tells is kept
			// for the officer
			st.note()
		}
		// (a question whether sending is safe, "is it safe to send u the
		// pic? he will not know?", carries nothing of the offer: answered)
		// "FIA ko jayegi?": answered, and no part of the offer; nothing
		// sent yet, the offer is asked for again, not acknowledged.
		st.aside(rd.Aside())
		if len(d.Texts)+len(d.Evidence) == 0 {
			st.askQuestion(questions[NodeReportOffer], true)
			return
		}
		st.askWith(st.t("report_more_aside", nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
	case st.text() != "" || st.in.Media != "":
		st.keep()
		if st.offerTurnsPlea() {
			st.pleaFromOffer()
			return
		}
		st.inferFrom(st.text(), true)
		if st.in.Media == "" && len(d.Texts) > offerShortTurns && rd.Words() <= 8 {
			// A few short messages after the offer ("greece", "3 lakh",
			// "cash diye thy"): answers to questions not yet asked, from
			// someone who does not know to press Done. Ask them.
			st.nextReport()
			return
		}
		st.askWith(st.t(st.moreText(), nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
	default:
		st.askQuestion(questions[NodeReportOffer], true)
	}
}

// genuineAskWords is the longest question whether an offer is real
// answered as an aside of a report asked for in words.
const genuineAskWords = 20

// suspected reports an offer the person called a fraud in what they sent
// ("mujhe to dhoka lagta hai", "ye to fraud h na?").
func (st *step) suspected() bool { return st.sentSays((*lang.Reading).SuspectsFake) }

// paidAskWords is the longest question about an offer already paid for
// ("ye fraud h na?") answered as an aside of the report.
const paidAskWords = 10

// offerTurnsPlea reports an account begun as a report about an agent
// that, told further, is a person's own plight: "an agent has kept my
// passport", then "now that I refused he threatens me". The message just
// sent tells of something done to a person now (threats, confinement,
// violence, forced work: more than a passport held, which is the agent's
// report), and the whole account reads as trafficking, forced labour or
// ransom, urgent or in danger. A person who asked in words to report keeps
// the report.
func (st *step) offerTurnsPlea() bool {
	d := st.draft()
	if d.Kind != KindReport || d.Reference != "" || st.in.Media != "" || len(d.Answers) > 0 || len(d.Texts) < 2 {
		return false
	}
	if rd := st.read(); rd.Mentions("help_return") && rd.Intent() == KindHelp && !st.reportAsked() {
		// "… ab wo embassy k shelter me h, Alhamdulillah mehfooz h", then
		// "bs ye poochna tha k ab wapis kaise aaye" (C518-029 went on as
		// the report): how to bring someone home is a plea
		return true
	}
	now := st.signals()
	if !slices.ContainsFunc(now.Situations, func(s string) bool { return s != "documents_taken" && (s != "child" || now.Danger) }) && !now.Danger {
		// a danger read without a situation named counts too: "ab karachi
		// me kisi ghar me rakha h, beti ne chupke se call ki" (C23-032);
		// a minor read with no danger is one an agent means to send ("umar
		// 14 tuun 17. agle mahine ghinsi", C369-032): his report goes on
		return false
	}
	agentGone := false
	for _, t := range d.Texts {
		rd := st.e.reader.Read(t)
		if rd.ReportAsked() || rd.Intent() == KindReport || rd.Intent() == KindVerify {
			return false
		}
		agentGone = agentGone || rd.AgentGone()
	}
	all := st.e.opts.Triage(strings.Join(d.Texts, "\n"))
	switch all.CaseType {
	case "trafficking", "forced_labour", "ransom_extortion":
		return all.Danger || all.Urgent
	case "smuggling":
		// "bhai dunki pe gaya h turkey k liye, abhi iran me ek ghar me rakha
		// hua h agent ne", then "ab keh raha 3 lakh or bhejo warna aage nai
		// le k jayenge" (C501-031): one on the smugglers' road now, held
		// and asked for more, is a plea; the smuggler's report can follow
		// (not a friend jailed on the way, told in a smuggler's report,
		// C27-029: held on the road by the smugglers, or asked for more)
		return all.Abroad && (all.Danger || all.Urgent) && slices.ContainsFunc(all.Situations, func(s string) bool {
			return s == "safe_house" || s == "more_money" || s == "confined" || s == "kidnap_ransom"
		})
	case "worker_distress_abroad":
		// "my son is in saudia", then "6 month no salary. he is crying on
		// phone" (C23-008): someone of one's own abroad, unpaid now, is a
		// plea for the mission's help. Told with the agent who sent him
		// gone silent, it stays the agent's report (C21-017, intent).
		return all.Abroad && all.Urgent && !agentGone
	}
	return false
}

// pleaFromOffer turns the report under way into a plea for help, with the
// account so far as the person's first words: the numbers to call first,
// then only what the account has not said.
func (st *step) pleaFromOffer() {
	prev := st.draft()
	st.emergencyNumbers()
	d := st.begin(KindHelp)
	d.Danger, d.Texts, d.Evidence = prev.Danger, prev.Texts, prev.Evidence
	st.inferFrom(strings.Join(d.Texts, "\n"), false)
	if len(d.Danger) > 0 {
		st.create()
	} else {
		st.say("help_intro", nil)
	}
	st.nextHelp()
}

// offerShortTurns is how many messages the offer may take before a short
// one is taken as the end of it.
const offerShortTurns = 3

// nextReport asks the first question still open, or shows the summary.
func (st *step) nextReport() {
	d := st.draft()
	st.adoptUnshown()
	if len(d.Inferred) > 0 {
		st.goTo(NodeReportCheck)
		return
	}
	if d.Fixing {
		if st.needs(NodeReportPaidHow) {
			st.goTo(NodeReportPaidHow) // a paid answer changed to yes: how much and how, then the summary
			return
		}
		d.Fixing = false
		st.goTo(NodeReportSummary)
		return
	}
	for _, node := range reportOrder {
		if node == NodeReportConsent && st.personOpen() {
			// the person behind the firm, asked last of the facts (before
			// consent): whoever skips it has told the rest
			st.goTo(NodeReportRecruiter)
			return
		}
		if st.needs(node) {
			st.goTo(node)
			return
		}
	}
	if st.personOpen() {
		st.goTo(NodeReportRecruiter)
		return
	}
	st.goTo(NodeReportSummary)
}

// needs reports whether the report's question at node is still open.
func (st *step) needs(node string) bool {
	d := st.draft()
	switch node {
	case NodeReportPhones:
		return !st.settled("phones") && len(st.foundPhones()) > 0 && !st.settled("phones_confirm")
	case NodeReportPhonesAsk:
		return !st.settled("phones") && !st.answered("phones") && (len(st.foundPhones()) == 0 || st.settled("phones_confirm"))
	case NodeReportPaid:
		return !st.settled("paid") && !st.answered("paid") || st.sumOpen()
	case NodeReportPaidHow:
		if d.Answers["paid"] != ChoiceYes || st.settled("paid_how") {
			return false
		}
		return d.Answers["paid_amount"] == "" || d.Answers["paid_how"] == ""
	}
	q := questions[node]
	return !st.settled(q.slot) && !st.answered(q.slot)
}

// slotPersonAsked marks the question for the person behind a firm asked.
const slotPersonAsked = "recruiter_person"

// personOpen reports a report whose recruiter is a firm (read from an
// advert or an account, or named) with no person beside it, not yet asked
// for: the officer needs the one who took the money or the calls ("Euro
// Link Consultants, banda Rana Shahid", C59-005; eight conversations of
// C53-C62 named him only when asked).
func (st *step) personOpen() bool {
	d := st.draft()
	if d.Kind != KindReport || st.settled(slotPersonAsked) || st.alsoBeyondHolders() {
		return false
	}
	// only of a firm read from what they sent: one who answered the name
	// question with a firm alone was asked already
	if slices.Contains(d.History, NodeReportRecruiter) || st.res.State.Node == NodeReportRecruiter {
		return false
	}
	firm := d.Answers["recruiter"]
	// (FirmNames reads Latin script; a firm named in Urdu script, "سن
	// رائز اوورسیز ایمپلائمنٹ پرموٹرز", is read by its trade words)
	return firm != "" && (len(lang.FirmNames(firm)) > 0 || st.e.reader.Read(firm).FirmNamed())
}

// alsoBeyondHolders reports another name read beside the recruiter's
// that is not whom the money was paid to (paid_to): no account's holder
// is the man behind the firm for sure, so he is still asked for.
func (st *step) alsoBeyondHolders() bool {
	d := st.draft()
	holders := splitNames(d.Answers[SlotPaidTo])
	for _, n := range splitNames(d.Answers[SlotRecruiterAlso] + ", " + d.Inferred[SlotRecruiterAlso]) {
		if !slices.ContainsFunc(holders, func(h string) bool { return sameName(h, n) }) {
			return true
		}
	}
	return false
}

// sumOpen reports a payment whose way was told and whose sum was not
// ("نقد دیے تھے ہاتھ میں، رسید نہیں دی" to "how much, how and to
// whom?"): the sum is asked once more, as the paid question's ("how much
// have you paid them in all?"), read as an answer on paying is ("jee
// poore": all that was asked; "ہاں تین لاکھ"). C19-013, C25-013, C25-017
// were told of a payment with no sum, and lost it when the sum was asked
// as part of how.
func (st *step) sumOpen() bool {
	d := st.draft()
	return d.Answers["paid"] == ChoiceYes && st.settled("paid_how") && st.settled("paid_amount_open") && d.Answers["paid_how"] != "" &&
		d.Answers["paid_amount"] == "" && d.Inferred["paid_amount"] == "" && !st.settled("paid_amount_again")
}

// foundPhones are the numbers triage found in the offer, but those the
// words give as the writer's own (notOwn): never offered as the agent's.
func (st *step) foundPhones() []string {
	text := strings.Join(st.draft().Texts, "\n")
	return notOwn(st.e.reader.Read(text), st.e.opts.Triage(text).Phones)
}

// ltrList shows phone numbers one a line, each kept left-to-right inside
// right-to-left text.
func ltrList(items []string) string {
	lines := make([]string, len(items))
	for i, s := range items {
		lines[i] = ltr(s)
	}
	return strings.Join(lines, "\n")
}

// ltr keeps a number or code left-to-right inside right-to-left text.
func ltr(s string) string { return "\u2066" + s + "\u2069" }

// SlotRecruiterAlso is the answer that keeps the other names a recruiter
// answer gives after the recruiter's ("Butt Travel & Tours" of "Imran
// Butt, shop is called Butt Travel & Tours"): the firm, its owner or
// manager, the names he also goes by. The summary and the referral show
// them with the recruiter.
const SlotRecruiterAlso = "recruiter_also"

// SlotPaidTo is the answer that keeps in whose name the account the money
// went to was ("account title Muhammad Arif", "کسی نسرین بی بی کے نام
// پر"): read from any answer, shown on the paid line ("Easypaisa, to
// Muhammad Arif") and to the officer.
const SlotPaidTo = "paid_to"

// listSep is the comma that joins a list written in text's script.
func listSep(text string) string {
	if lang.HasUrduScript(text) {
		return "، "
	}
	return ", "
}

// sep is the comma that joins a list shown in the conversation's
// language: "،" in Urdu script ("لیبیا، اٹلی", "جی ہاں، Rs 50,000").
func (st *step) sep() string {
	if st.res.State.Locale == lang.Urdu {
		return "، "
	}
	return ", "
}

// summary is the report as the person will confirm it.
func (st *step) summary() string {
	d := st.draft()
	lines := []string{st.t("summary_items", map[string]any{"Count": len(d.Evidence)})}
	for _, f := range summaryFields {
		lines = append(lines, st.t(f.label, map[string]any{"Value": st.shown(f.key)}))
	}
	return strings.Join(lines, "\n")
}

// summaryField is an answer shown in the summary, and the question that
// changes it.
type summaryField struct{ key, label, node string }

var summaryFields = []summaryField{
	{"seen", "summary_seen", NodeReportSeen},
	{"recruiter", "summary_recruiter", NodeReportRecruiter},
	{"phones", "summary_phones", NodeReportPhonesAsk},
	{"country", "summary_country", NodeReportCountry},
	{"money_asked", "summary_money", NodeReportMoney},
	{"paid", "summary_paid", NodeReportPaid},
	{"documents", "summary_docs", NodeReportDocs},
	{"consent", "summary_consent", NodeReportConsent},
}

// shown is an answer in words for the person.
func (st *step) shown(key string) string { return st.shownIn(st.draft().Answers, key) }

// shownIn is an answer of answers in words.
func (st *step) shownIn(answers map[string]string, key string) string {
	v := answers[key]
	none := st.t("summary_none", nil)
	switch key {
	case "recruiter":
		if also := answers[SlotRecruiterAlso]; v != "" && also != "" {
			return v + " (" + also + ")" // "Imran Butt (Butt Travel & Tours)"
		}
	case "phones":
		if v == "" {
			return none
		}
		return ltrList(strings.Split(v, ", "))
	case "money_asked":
		switch v {
		case "":
			return none
		case "none":
			return st.t("money_none", nil)
		case ChoiceYes:
			return st.t("money_yes_unknown", nil)
		}
		return ltr(v)
	case "paid":
		switch v {
		case ChoiceYes:
			parts := []string{st.t("btn_yes", nil)}
			if a := answers["paid_amount"]; a != "" {
				parts = append(parts, ltr(a))
			}
			if how := answers["paid_how"]; how != "" {
				parts = append(parts, st.paymentName(how))
			}
			if to := answers[SlotPaidTo]; to != "" {
				parts = append(parts, st.t("paid_to", map[string]any{"Name": to}))
			}
			return strings.Join(parts, st.sep())
		case ChoiceNo, ChoiceUnknown:
			// the account a scammer asked money into is worth the
			// officer's knowing, and the person's confirming, though
			// nothing (or nothing sure) was paid into it
			word := map[string]string{ChoiceNo: "btn_no", ChoiceUnknown: "btn_unknown"}[v]
			if to := answers[SlotPaidTo]; to != "" {
				return st.t(word, nil) + st.sep() + st.t("paid_asked_to", map[string]any{"Name": to})
			}
			return st.t(word, nil)
		}
		return none
	case "consent":
		if v == ChoiceYes {
			return st.t("consent_yes", nil)
		}
		return st.t("consent_no", nil)
	}
	if v == "" {
		return none
	}
	if q := questionOf(key); q != nil {
		for _, o := range q.options {
			if o.value == v {
				return st.t(o.label, nil)
			}
		}
	}
	return v
}

// paymentName names a payment channel in the person's language.
func (st *step) paymentName(how string) string {
	id := "pay_" + how
	if s := st.t(id, nil); s != id {
		return s
	}
	return how
}

// tellsValue reports a message that names a value an answer holds: a sum,
// a country, a phone number or a way of paying.
func (st *step) tellsValue() bool {
	sig := st.signals()
	return len(sig.Amounts) > 0 || len(sig.Countries) > 0 || len(sig.Phones) > 0 || len(sig.Payments) > 0
}

// ownRiskWords is the longest question of the writer's own risk answered
// while the offer is sent.
const ownRiskWords = 25

// atSummary takes the answer to the summary: send, change or cancel.
func (st *step) atSummary(choice string) {
	rd := st.read()
	adding := st.draft().Asked == askedAdd
	st.draft().Asked = ""
	if st.salaryCorrected(choice, rd) {
		// "one correction, salary was 160 KD not 180. otherwise ok"
		// (C245-004 stuck at "which answer?"): the offer's salary, which
		// no answer holds: kept with the account for the officer; a yes
		// with it sends the report
		st.note()
		if rd.OpensWithYes() || rd.Confirm() || rd.RestFine() {
			st.submitReport()
			return
		}
		st.say("noted_other", nil)
		st.askQuestion(questions[NodeReportSummary], true)
		return
	}
	switch {
	case choice == ChoiceConfirm || choice == ChoiceYes || choice == ChoiceDone:
		st.submitReport()
		return
	case choice == ChoiceFix:
		st.goTo(NodeReportFix)
		return
	case choice == "" && rd.AsksMeaning():
		// "ye Send Change kya hai? samjha nahi": a question about the
		// words, answered, and the summary shown again.
		st.aside("unclear")
		st.askQuestion(questions[NodeReportSummary], true)
		return
	case choice == ChoiceCancel || choice == "" && rd.Cancel() && !rd.ChangeFirst():
		// "abhi nahi bhejna, pehle agent ka naam theek karna hai": held
		// back to be changed, not thrown away (below).
		st.tellCancelled()
		st.leaveFlow()
		st.menu("menu_prompt")
		return
	case choice == "" && rd.PutsAside():
		// "rehne do, baad me dekhunga", "not now, later" (A116-0217): not
		// sent, and not thrown away either: set aside, to be sent when
		// they come back
		st.park()
		st.ask("report_held", NodeResume, resumeOptions)
		return
	case choice != "":
		st.askQuestion(questions[NodeReportSummary], true)
		return
	}
	if st.yesAsShown(rd) {
		// "Yes, but make sure total asked is 340,000 not 320,000" where the
		// summary already shows 3,40,000 (C348-004, once the sum given
		// again was read at the money question): nothing to change, a yes
		st.submitReport()
		return
	}
	if st.deniedAsShown(rd) && (rd.OpensWithYes() || rd.RestFine()) {
		// "ایک بات، ۷۰ ہزار ہیں ۷۵ نہیں۔ باقی ٹھیک ہے", "3.5 lakh likhna, 3
		// nahi. baqi theek" (C558-002, C558-012 stuck at "which answer?")
		// where the summary already shows the sum they give: nothing to
		// change, and the rest is fine
		st.submitReport()
		return
	}
	if st.sureAsShown(rd) {
		// "ok but write 25k sure, 40k maybe" (C558-007) where the summary
		// shows 25,000 paid: the sum shown is the sure one, the doubt is
		// kept for the officer, and the yes sends the report
		st.note()
		st.submitReport()
		return
	}
	if st.checkedThenYes() {
		// "aap ne 85 likha na? theek h" (C231-013): a sum the summary
		// shows, asked after and found right: a yes
		st.submitReport()
		return
	}
	if adding && choice == "" && !rd.Confirm() && !rd.ChangeFirst() && rd.YesNo() == lang.PolarNone && rd.Aside() == "" && !rd.Question() {
		// what they said they wanted to add (below): kept with the account
		st.note()
		st.say("noted_other", nil)
		st.askQuestion(questions[NodeReportSummary], true)
		return
	}
	if sig := st.signals(); choice == "" && rd.WishesToAdd() && rd.Field() == "" && noValues(sig) {
		// "ad me ek line aur thi jo reh gayi, wo add krni h", "I want to
		// add something": asked for, and the next message kept with it
		st.draft().Asked = askedAdd
		st.say("add_prompt", nil)
		return
	}
	field, change := rd.Change()
	if sig := st.signals(); rd.AddsNote() && rd.Field() == "" && field == "" && !rd.NamesEvidence() && noValues(sig) {
		// "Yes, please also mention they're still messaging me" (C123-022):
		// nothing of the summary to change, more for the officer to read;
		// kept with the account, and a yes sends the report
		st.note()
		if rd.OpensWithYes() {
			st.submitReport()
			return
		}
		st.say("noted_other", nil)
		st.askQuestion(questions[NodeReportSummary], true)
		return
	}
	if rd.OpensWithYes() && rd.AsksReturn() && !change {
		// "Yes. Please make them return my passport" (C307-012): a yes, and
		// a plea kept for the officer; the papers shown are not changed
		st.note()
		st.submitReport()
		return
	}
	if !change && rd.Contrast() && rd.OpensWithYes() && rd.Unknown() {
		// "theek h, lekin 60 hazar wala abhi confirm nahi" (C211-003): a
		// yes, and a doubt kept for the officer, not a correction
		st.note()
		st.submitReport()
		return
	}
	if !change && rd.Contrast() {
		// "bhej dein magar jo paise diye woh pachas hazar the": a correction.
		// A sum, a country or a way of paying named after the "but" corrects;
		// a plea ("bas mere shohar ko wapis lane mein madad karein") does not
		// (the lists are empty, not nil, when nothing was found).
		sig := st.signals()
		field, change = rd.Field(), rd.Field() != "" || len(sig.Amounts) > 0 || len(sig.Countries) > 0 || len(sig.Payments) > 0
	}
	if (field == "money_asked" || field == "" && rd.Field() == "money_asked") && st.onlyPaidSum() {
		// "رقم ڈھائی لاکھ لکھیں، باقی ٹھیک ہے" (C215-003) where the
		// summary already says ڈھائی لاکھ paid: the sum they mean is
		// shown; the sum asked is not changed to it
		st.askQuestion(questions[NodeReportSummary], true)
		return
	}
	if f := rd.Field(); !change && rd.YesNo() == lang.PolarNone && (f == "country" || f == "phones" || f == "money_asked" || f == "recruiter" || f == "documents" || f == "seen") && st.correctWith(f, rd) {
		// "country is Kuwait", "ملک صرف کویت ہے", "number 0301… hai",
		// "agent ka naam Al Falah Overseas hai", "پاسپورٹ دیا تھا، ڈاکومنٹس
		// میں لکھیں" (A35-0209): an
		// answer named with a value of its kind other than the one shown
		// (the very form the check suggests) corrects it.
		st.askQuestion(questions[NodeReportSummary], false)
		return
	}
	if v, ok := rd.Option("consent"); ok && v == ChoiceNo && rd.Aside() == "privacy" && !rd.Question() && st.draft().Answers["consent"] == ChoiceYes {
		// "actually please don't share my number, make it anonymous"
		// (A172-0206 was answered that the chat is confidential, and the
		// report still said an officer may call): the consent changed
		st.draft().Answers["consent"] = ChoiceNo
		st.askQuestion(questions[NodeReportSummary], false)
		return
	}
	if a := rd.Aside(); !change && rd.Question() && questionAside(a) && a != "question" && !st.tellsValue() {
		// "ye kaun dekhega? agent ko to nahi jayega?" (A7-0219): its "nahi"
		// and its "agent" ask who sees the report; nothing is corrected.
		st.aside(a)
		st.askQuestion(questions[NodeReportSummary], true)
		return
	}
	if change || rd.YesNo() == lang.PolarNo {
		if field == "" {
			field = rd.Field() // "paise 1 lac nahi 1.5 lac diye the"
		}
		if field == "" {
			field = st.fieldTakenBack(rd) // "2 lakh nahi dhai lakh maange the"
		}
		if field == "" && len(st.signals().Payments) > 0 {
			field = "paid" // "bas ek cheez, easypaisa 3 dafa mein bheje the" (C19-025)
		}
		if field == "money_asked" && rd.PaidDone() == lang.PolarYes && !st.paidRestated(rd) {
			field = "paid" // the sum named is one paid
		}

		before := fmt.Sprint(st.draft().Answers)
		if st.correctWith(field, rd) {
			// Shown again; in other words when nothing changed (it already
			// said so), never the same text twice in a row.
			st.askQuestion(questions[NodeReportSummary], fmt.Sprint(st.draft().Answers) == before)
			return
		}
		if node := fieldNode(field); node != "" {
			st.fix(node)
			return
		}
		st.goTo(NodeReportFix)
		return
	}
	if f := rd.Field(); f != "" && rd.YesNo() == lang.PolarYes && st.correctWith(f, rd) {
		// "paid should be yes, I gave 50k", "contact میں yes کر دیں،
		// officer call کر سکتا ہے" (A36-0210, A36-0213: both SENT the
		// report): an answer named with a yes that is not the one shown
		// corrects it; the report is shown again.
		st.askQuestion(questions[NodeReportSummary], false)
		return
	}
	if sig := st.signals(); rd.PaidDone() == lang.PolarYes && st.draft().Answers["paid"] != ChoiceYes && len(sig.Amounts)+len(sig.Payments) > 0 && st.correctWith("paid", rd) {
		// "wait, I actually did pay, 20k on jazzcash" (A96-0203) where the
		// summary says nothing was paid: a payment told is the correction
		st.askQuestion(questions[NodeReportSummary], false)
		return
	}
	if rd.Confirm() && !rd.Unknown() {
		// (not "I'm not sure I want to send this", "not sure if I should
		// send it": unsure, its "send" is no yes, and nothing is sent)
		st.submitReport()
		return
	}
	if a := rd.Aside(); (a == "thanks" || a == "bye") && !adding && rd.YesWord() && rd.YesNo() != lang.PolarNo && rd.Words() <= 4 {
		// "ٹھیک ہے، شکریہ", "ok thanks" (A120-0212): the report is fine, and
		// thanks; sent
		st.submitReport()
		return
	}
	if a := rd.Aside(); a != "" {
		st.aside(a)
		st.askQuestion(questions[NodeReportSummary], true)
		if adding {
			st.draft().Asked = askedAdd // "shukriya" before what they add: still awaited
		}
		return
	}
	st.miss(questions[NodeReportSummary])
}

// noValues reports a message with no sum, number, country, link or way
// of paying in it: nothing of the summary's to change.
func noValues(sig Signals) bool {
	return len(sig.Amounts)+len(sig.Phones)+len(sig.Countries)+len(sig.URLs)+len(sig.Payments) == 0
}

// askedAdd marks a summary whose next message is what the person wished
// to add (Draft.Asked).
const askedAdd = "add_prompt"

// salaryCorrected reports a change asked for (typed, or "fix" read from
// its words) whose only sums are a salary, and that names no answer and
// no other value: the offer's words corrected.
func (st *step) salaryCorrected(choice string, rd *lang.Reading) bool {
	if choice != "" && choice != ChoiceFix {
		return false
	}
	sig := st.signals()
	// (the salary said again bare, "160 KD not 180", is the salary's; a
	// salary only added, "offer me ye bhi add kro k salary 1200 dollar
	// boli thi", goes to the offer's change)
	bare := !slices.ContainsFunc(sig.Amounts, func(a Amount) bool { return !bareDigits(lang.Fold(a.Text).S) })
	taken := len(denials(rd, append(slices.Clone(sig.Salaries), withBare(rd.Text, sig)...))) > 0 || rd.CorrectedAt() >= 0
	return rd.Field() == "" && bare && taken && len(sig.Salaries) > 0 && len(sig.Phones)+len(sig.Countries)+len(sig.Payments) == 0
}

// fieldTakenBack is the answer whose sum a correction takes back ("no,
// they asked 2.5 lakh not 2 lakh" where the summary shows Rs 2,00,000
// asked): the sum asked or the sum paid; "" when the sum taken back is
// neither, or both. (The sum paid taken back is "paid_amount": the
// payment stands, only its sum changes.)
func (st *step) fieldTakenBack(rd *lang.Reading) string {
	answers := st.draft().Answers
	asked, paid := false, false
	for denied := range denials(rd, st.signals().Amounts) {
		shown := formatAmount(denied)
		asked = asked || shown == answers["money_asked"]
		paid = paid || answers["paid"] == ChoiceYes && shown == answers["paid_amount"]
	}
	switch {
	case asked && paid:
		return ""
	case asked:
		return "money_asked"
	case paid:
		return "paid_amount"
	}
	return ""
}

// onlyPaidSum reports a message whose sums are all the sum shown as paid,
// which differs from the sum asked: a correction about an amount that
// already stands where it belongs.
func (st *step) onlyPaidSum() bool {
	answers, sums := st.draft().Answers, st.signals().Amounts
	if answers["paid"] != ChoiceYes || answers["paid_amount"] == "" || answers["paid_amount"] == answers["money_asked"] || len(sums) == 0 {
		return false
	}
	// (a sum said not to be it is no value: "بس رقم ڈیڑھ لاکھ لکھیں ایک
	// لاکھ نہیں", C493-026, of Rs 1,50,000 paid, changed the sum asked)
	denied := denials(st.read(), sums)
	for _, a := range sums {
		if _, no := denied[a]; !no && formatAmount(a) != answers["paid_amount"] {
			return false
		}
	}
	return true
}

// correctWith applies a correction that gives the new value with it
// ("country galat hai, Oman hai", "1 lac nahi 1.5 lac diye the"): a
// country, a number, or a sum, the last one named (the right one comes
// after the wrong). It reports whether it did; the summary is shown again.
func (st *step) correctWith(field string, rd *lang.Reading) bool {
	sig := st.signals()
	answers := st.draft().Answers
	// The new value is the one named that is not the answer now ("2.5 lakh
	// not 2 lakh", "1 lac nahi 1.5 lac diye the"), the last such.
	repl := denials(rd, sig.Amounts)
	last := func(key string) *Amount {
		// "paise 2 lakh nahi 2 lakh 20 hazar the, 20 hazar baad mein
		// medical ke diye the" (C19-030): the sum said for the one taken
		// back, not the part explained after it
		var best *Amount
		for _, r := range repl {
			r := r
			if r.Value > 0 && formatAmount(r) != answers[key] && (best == nil || strings.Index(rd.Text, r.Text) > strings.Index(rd.Text, best.Text)) {
				best = &r
			}
		}
		if best != nil {
			return best
		}
		for i := range sig.Amounts {
			a := &sig.Amounts[i]
			if r, denied := repl[*a]; formatAmount(*a) == answers[key] || denied && r.Value == 0 {
				continue // (nor "not 50000", denied with nothing instead)
			}
			if best == nil || strings.Index(rd.Text, a.Text) > strings.Index(rd.Text, best.Text) {
				best = a
			}
		}
		return best
	}
	newCountry := ""
	for _, c := range st.kept(rd, sig.Countries, countriesOf) { // "kuwait hai, saudi nahi": not the one taken back
		if n := st.countryNames([]string{c}); n != answers["country"] {
			newCountry = n
		}
	}
	switch {
	case field == "country" && newCountry != "":
		st.setAnswer("country", newCountry)
	case (field == "consent" || field == "documents" || field == "seen") && st.optionSaid(field, rd) != "":
		st.setAnswer(field, st.optionSaid(field, rd))
	case field == "phones" && len(sig.Phones) > 0:
		st.setAnswer("phones", strings.Join(sig.Phones, ", "))
	case field == "recruiter" && st.nameGiven(rd) != "" && st.nameGiven(rd) != answers["recruiter"]:
		st.setAnswer("recruiter", st.nameGiven(rd))
		st.setAnswer(SlotRecruiterAlso, "")
	case field == "money_asked" && last("money_asked") != nil:
		st.setAnswer("money_asked", formatAmount(*last("money_asked")))
	case field == "paid" && last("paid_amount") != nil && rd.PaidDone() == lang.PolarYes:
		a := last("paid_amount")
		st.setAnswer("paid", ChoiceYes)
		st.setAnswer("paid_amount", formatAmount(*a))
		if how := paymentOf(sig.Payments); how != "" {
			st.setAnswer("paid_how", how)
		}
	case field == "paid_amount" && last("paid_amount") != nil:
		st.setAnswer("paid_amount", formatAmount(*last("paid_amount")))
	case field == "paid" && paymentOf(sig.Payments) != "" && answers["paid"] == ChoiceYes && rd.PaidDone() != lang.PolarNo:
		// "easypaisa 3 dafa mein bheje the 20 20 karke, 2 dafa nahi": how
		// it went, told again; the words are kept for the officer
		st.setAnswer("paid_how", paymentOf(sig.Payments))
	default:
		return false
	}
	st.note()
	return true
}

// optionSaid is the option of an answer's question that a correction
// names, when it is not the answer shown ("passport diya tha" where the
// summary says none); "" otherwise.
func (st *step) optionSaid(field string, rd *lang.Reading) string {
	q := questions[fieldNode(field)]
	if q == nil || q.set == "" {
		return ""
	}
	if v, ok := rd.Option(q.set, q.prefer...); ok && v != st.draft().Answers[field] {
		return v
	}
	return ""
}

// nameGiven is a name told as one ("the agent's name is Al Falah
// Overseas", "ایجنٹ کا نام الفلاح اوورسیز ہے"); a word that says the name
// shown is wrong ("agent ka naam galat hai") names no one.
func (st *step) nameGiven(rd *lang.Reading) string {
	n := rd.NamedIn()
	if n == "" {
		return ""
	}
	nr := st.e.reader.Read(n)
	if _, ch := nr.Change(); ch || nr.YesNo() != lang.PolarNone || nr.Cancel() || nr.Unknown() {
		return ""
	}
	return n
}

// fieldNode is the question that changes an answer.
func fieldNode(key string) string {
	for _, f := range summaryFields {
		if f.key == key {
			return f.node
		}
	}
	return ""
}

// askFix lists the answers, to change the one chosen.
func (st *step) askFix(id string) {
	opts := make([]option, 0, len(summaryFields)+1)
	for _, f := range summaryFields {
		opts = append(opts, option{choiceFieldPrefix + f.key, "field_" + f.key})
	}
	opts = append(opts, option{ChoiceConfirm, "btn_confirm"})
	st.ask(id, NodeReportFix, opts)
}

// pickField takes the answer to change.
func (st *step) pickField(choice string) {
	rd := st.read()
	switch {
	case strings.HasPrefix(choice, choiceFieldPrefix):
		if node := fieldNode(strings.TrimPrefix(choice, choiceFieldPrefix)); node != "" {
			st.fix(node)
			return
		}
	case choice == ChoiceConfirm || choice == "" && rd.Confirm():
		st.nextReport() // the summary, or the questions still open
		return
	case choice == "":
		if node := fieldNode(rd.Field()); node != "" {
			st.fix(node)
			return
		}
		if a := rd.Aside(); a != "" {
			st.aside(a)
		}
	}
	st.miss(questions[NodeReportFix])
}

// changeMidway takes "change answers" (or "change the country") typed
// before the summary: the answers are listed, or the one named is asked
// again, and the questions still open follow. It reports whether it did.
func (st *step) changeMidway() bool {
	d := st.draft()
	rd := st.read()
	field, ok := rd.Change()
	if d == nil || d.Kind != KindReport || !ok || rd.Words() > 6 || len(d.Answers) == 0 || rd.YesNo() != lang.PolarNone || rd.Unknown() {
		return false
	}
	if _, given := d.Answers[field]; given && fieldNode(field) != "" {
		st.fix(fieldNode(field))
		return true
	}
	st.goTo(NodeReportFix)
	return true
}

// fix asks one question again; its answer leads back to the summary, or,
// when it is changed before the summary, to the questions still open.
func (st *step) fix(node string) {
	d := st.draft()
	q := questions[node]
	d.Fixing = true
	for _, n := range reportOrder {
		if n != node && st.needs(n) {
			d.Fixing = false
		}
	}
	d.Settled = removeAll(d.Settled, q.slot)
	if node == NodeReportPaid {
		d.Settled = removeAll(d.Settled, "paid_how", "paid_amount")
		delete(d.Answers, "paid_how")
		delete(d.Answers, "paid_amount")
	}
	st.goTo(node)
}

func removeAll(list []string, drop ...string) []string {
	out := list[:0]
	for _, s := range list {
		if !contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

// adviceFor maps red flags to the advice a person should hear; before is
// advice for one who has not paid or gone yet ("before paying anyone,
// check the licence", "do not go").
var adviceFor = []struct {
	flag, text string
	before     bool
}{
	{"no_licence", "advice_licence", true},
	{"fee_before_contract", "advice_receipt", true},
	{"guaranteed_visa", "advice_no_guarantee", true},
	{"visit_visa_work", "advice_visit_visa", true},
	{"personal_data_survey", "advice_data", false},
	{"whatsapp_only", "advice_whatsapp", false},
	{"impersonation", "advice_official", false},
	{"scam_compound_region", "advice_scam_compound", true},
	{"named_medical", "advice_named_medical", true},
	{"unrealistic_salary", "advice_salary", true},
	{"selected_without_applying", "advice_selected", true},
	{"free_email", "advice_free_email", false},
	{"no_receipt", "advice_receipt", true},
	{"irregular_route", "advice_irregular_route", true},
}

// advice is what a person should hear about the red flags of text; one
// who already paid, or was taken abroad, hears none meant for before.
func (st *step) advice(flags []string, after bool) []string {
	var out []string
	for _, a := range adviceFor {
		if contains(flags, a.flag) && !(after && a.before) {
			out = append(out, st.t(a.text, nil))
		}
	}
	return out
}

// harmedCases are the case types of one already harmed: money paid, a
// fake visa, people held or working abroad.
var harmedCases = []string{"job_scam_paid", "oep_misconduct", "document_fraud", "trafficking", "forced_labour",
	"ransom_extortion", "worker_distress_abroad"}

// closingAdvice is the advice a report closes with: for one who already
// paid or was taken abroad, to keep the evidence and pay no one who offers
// to get the money back; else what the red flags say, or to check the
// licence and get a receipt before paying.
func (st *step) closingAdvice() []string {
	sig := st.e.opts.Triage(strings.Join(st.draft().Texts, "\n"))
	after := st.draft().Answers["paid"] == ChoiceYes || sig.Abroad || contains(harmedCases, sig.CaseType)
	advice := st.advice(sig.Flags, after)
	switch {
	case after:
		advice = append([]string{st.t("advice_evidence", nil)}, advice...)
	case len(advice) == 0:
		advice = []string{st.t("advice_licence", nil), st.t("advice_receipt", nil)}
	}
	return advice
}

// submitReport creates the report and tells the person its reference and
// what to watch out for. The reference stands in a message of its own, the
// menu comes after.
func (st *step) submitReport() {
	ref := st.create()
	st.say("report_done", map[string]any{"Reference": ltr(ref)})
	st.sayText(strings.Join(st.closingAdvice(), "\n"))
	st.menu("menu_after")
}

// kinLeaving reports an account of someone of the writer's own about to
// set out on a smuggler's route, not on it yet.
func (st *step) kinLeaving() bool {
	sig, rd := st.signals(), st.read()
	if sig.CaseType != "smuggling" || sig.Danger {
		return false
	}
	if rd.OpensWithKin() && rd.JourneyAhead() {
		return true // "my brother is going to Libya next week to take a boat"
	}
	whom, _ := rd.WhomTold()
	return !sig.Abroad && (rd.OpensWithKin() || whom == "other") // "mera beta kal dunki se iran ja raha hai"
}

// reportAsked reports a report asked for in words in what the person has
// sent so far ("I want to report a fraud"): a later "it looks fake now
// that I check" tells the offer, it asks for no check (C50-002).
// addsToOffer reports a message that carries more of the offer: a sum,
// a phone number or a link.
func (st *step) addsToOffer() bool {
	sig := st.signals()
	return len(sig.Amounts)+len(sig.Phones)+len(sig.URLs) > 0
}

func (st *step) reportAsked() bool { return st.sentSays((*lang.Reading).ReportAsked) }

// slotReportAsked marks a report asked for in words by a message that
// was not kept as part of the offer.
const slotReportAsked = "report_asked"

// sentSays reports whether one of the messages the person has sent so
// far, read alone, says what says does.
func (st *step) sentSays(says func(*lang.Reading) bool) bool {
	for _, t := range st.draft().Texts {
		if says(st.e.reader.Read(t)) {
			return true
		}
	}
	return false
}

// checkedThenYes reports a question about the summary that ends with a
// yes after its question mark ("aap ne 85 likha na? theek h"), naming
// only sums the summary shows (bare numbers read in the thousands or
// lakhs of one of them).
func (st *step) checkedThenYes() bool {
	text := st.in.Text
	k := strings.LastIndexAny(text, "?؟")
	if k < 0 || strings.TrimSpace(text[k+1:]) == "" {
		return false
	}
	after := st.e.reader.Read(text[k+1:])
	if after.YesNo() != lang.PolarYes || after.Words() > 4 {
		return false
	}
	d := st.draft()
	shown := map[float64]bool{}
	for _, slot := range []string{"money_asked", "paid_amount"} {
		if _, v, ok := ReadAmount(d.Answers[slot]); ok {
			shown[float64(v)] = true
		}
	}
	nums := leadNumbers.FindAllStringSubmatch(lang.NumberMarks(text[:k]), -1)
	if len(nums) == 0 && len(st.signals().Amounts) == 0 {
		return false
	}
	for _, a := range st.signals().Amounts {
		if !shown[a.Value] {
			return false
		}
	}
	for _, m := range nums {
		n, err := strconv.ParseFloat(m[1], 64)
		if err != nil || !shown[n*1000] && !shown[n*100000] && !shown[n] {
			return false
		}
	}
	return true
}

// paidRestated reports a correction that names again the sum paid the
// summary shows, beside another sum ("the total asked was 95,000 not
// 40,000. 40 is what I paid", C515-002 stored 95,000 as paid): the other
// sum is the one asked.
func (st *step) paidRestated(rd *lang.Reading) bool {
	_, paid, ok := ReadAmount(st.draft().Answers["paid_amount"])
	if !ok || paid <= 0 {
		return false
	}
	sig := st.signals()
	if !slices.ContainsFunc(sig.Amounts, func(a Amount) bool { return a.Value != float64(paid) }) {
		return false // no other sum named
	}
	rest := rd.Text // the numbers said apart from the sums read ("40 is what I paid")
	for _, a := range sig.Amounts {
		rest = strings.ReplaceAll(rest, a.Text, " ")
	}
	for _, m := range leadNumbers.FindAllStringSubmatch(lang.NumberMarks(rest), -1) {
		if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil && (n == float64(paid) || n*1000 == float64(paid) || n*100000 == float64(paid)) {
			return true
		}
	}
	return false
}

// deniedAsShown reports a correction of a sum ("70 not 75") whose every
// sum not taken back is one the summary already shows (a sum told as
// paid, as paid).
func (st *step) deniedAsShown(rd *lang.Reading) bool {
	sums := st.signals().Amounts
	repl := denials(rd, sums)
	if len(sums) == 0 || len(repl) == 0 {
		return false
	}
	paid := rd.PaidDone() == lang.PolarYes // "paise maine 2 lakh diye the 1 nai" (A47-0216): a sum paid, shown only as asked
	for _, a := range sums {
		if _, denied := repl[a]; denied {
			continue
		}
		asked, paidShown := st.shownAs(a)
		if !paidShown && (paid || !asked) {
			return false
		}
	}
	return true
}

// shownAs reports whether the summary shows sum a as the sum asked, and
// as the sum paid.
func (st *step) shownAs(a Amount) (asked, paid bool) {
	answers, shown := st.draft().Answers, formatAmount(a)
	return shown == answers["money_asked"], answers["paid"] == ChoiceYes && shown == answers["paid_amount"]
}

// sureAsShown reports a yes with a sum called sure and another in doubt
// after it (lang.Reading.SureThenDoubted), where the sure one is a sum the
// summary shows.
func (st *step) sureAsShown(rd *lang.Reading) bool {
	first, _, ok := rd.SureThenDoubted()
	if !ok || !rd.OpensWithYes() {
		return false
	}
	for _, p := range inOrder(rd.Text, st.signals().Amounts) {
		if p.k < len(first) {
			asked, paid := st.shownAs(p.a)
			return asked || paid
		}
	}
	return false
}

// yesAsShown reports a yes whose correction names, first, a sum the
// summary already shows, the one after it denied ("340,000 not 320,000").
func (st *step) yesAsShown(rd *lang.Reading) bool {
	said := inOrder(rd.Text, st.signals().Amounts)
	if !rd.OpensWithYes() || len(said) != 2 || !rd.AnyNegation() {
		return false
	}
	repl := denials(rd, st.signals().Amounts)
	if _, denied := repl[said[0].a]; denied {
		return false // "2 lakh nahi 2.5 lakh diye the": the first taken back
	}
	if _, denied := repl[said[1].a]; !denied {
		return false
	}
	first := formatAmount(said[0].a)
	return first == st.draft().Answers["money_asked"] && formatAmount(said[1].a) != first
}

// splitNames splits a list of names joined as sep and listSep join them.
func splitNames(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "، ", ", "), ", ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
