package flows

import "strings"

// The report flow: the offer (several messages, then done), where it was
// seen, the recruiter, their numbers, the country, money asked and paid,
// documents handed over, consent; then a summary to confirm or change.

var seenOptions = []option{
	{"facebook", "seen_facebook"}, {"whatsapp", "seen_whatsapp"}, {"tiktok", "seen_tiktok"}, {"newspaper", "seen_newspaper"},
	{"agent", "seen_agent"}, {"website", "seen_website"}, {"other", "seen_other"}, {ChoiceSkip, "btn_skip"},
}

var docsOptions = []option{
	{"passport", "docs_passport"}, {"cnic", "docs_cnic"}, {"both", "docs_both"}, {"none", "docs_none"}, {ChoiceSkip, "btn_skip"},
}

var yesNoSkip = []option{{ChoiceYes, "btn_yes"}, {ChoiceNo, "btn_no"}, {ChoiceSkip, "btn_skip"}}

var skipOnly = []option{{ChoiceSkip, "btn_skip"}}

// startReport begins a report; withThis keeps the current message as the
// first piece of the offer (a pasted advert, a screenshot).
func (st *step) startReport(withThis bool) {
	st.begin(KindReport)
	if withThis {
		st.keep()
		st.askWith(st.t("report_more", nil), NodeReportOffer, []option{{ChoiceDone, "btn_done"}})
		return
	}
	st.askReport(NodeReportOffer)
}

func (st *step) askReport(node string) {
	switch node {
	case NodeReportOffer:
		st.askWith(st.t("report_intro", nil), node, []option{{ChoiceDone, "btn_done"}, {ChoiceSkip, "btn_skip"}})
	case NodeReportSeen:
		st.ask("report_seen_q", node, seenOptions)
	case NodeReportRecruiter:
		st.ask("report_recruiter_q", node, skipOnly)
	case NodeReportPhones:
		phones := st.offerPhones()
		if len(phones) == 0 {
			st.askReport(NodeReportPhonesAsk)
			return
		}
		st.askWith(st.t("report_phones_confirm", map[string]any{"Phones": ltrList(phones)}), node, yesNoSkip)
	case NodeReportPhonesAsk:
		st.ask("report_phones_q", node, skipOnly)
	case NodeReportCountry:
		st.ask("report_country_q", node, skipOnly)
	case NodeReportMoney:
		st.ask("report_money_q", node, skipOnly)
	case NodeReportPaid:
		st.ask("report_paid_q", node, yesNoSkip)
	case NodeReportPaidHow:
		st.ask("report_paid_how_q", node, skipOnly)
	case NodeReportDocs:
		st.ask("report_docs_q", node, docsOptions)
	case NodeReportConsent:
		st.ask("report_consent_q", node, []option{{ChoiceYes, "consent_yes"}, {ChoiceNo, "consent_no"}})
	case NodeReportSummary:
		st.askWith(st.t("report_summary", map[string]any{"Summary": st.summary()}), node,
			[]option{{ChoiceConfirm, "btn_confirm"}, {ChoiceFix, "btn_fix"}, {ChoiceCancel, "btn_cancel"}})
	default:
		st.askReport(NodeReportOffer)
	}
}

// report takes the answer to the report question the person is at.
func (st *step) report(choice string) {
	node := st.res.State.Node
	text := st.freeText()
	switch node {
	case NodeReportOffer:
		switch {
		case choice == ChoiceDone && len(st.draft().Evidence) == 0 && len(st.draft().Texts) == 0:
			st.askWith(st.t("report_offer_needed", nil), node, []option{{ChoiceSkip, "btn_skip"}})
		case choice == ChoiceDone || choice == ChoiceSkip:
			st.goTo(NodeReportSeen)
		case text != "" || st.in.Media != "":
			st.keep()
			st.askWith(st.t("report_more", nil), node, []option{{ChoiceDone, "btn_done"}})
		default:
			st.reask()
		}
	case NodeReportSeen:
		st.pick("seen", choice, seenOptions, NodeReportRecruiter)
	case NodeReportRecruiter:
		st.free("recruiter", choice, NodeReportPhones)
	case NodeReportPhones:
		switch choice {
		case ChoiceYes:
			st.setAnswer("phones", strings.Join(st.offerPhones(), ", "))
			st.goTo(NodeReportCountry)
		case ChoiceNo:
			st.goTo(NodeReportPhonesAsk)
		case ChoiceSkip:
			st.goTo(NodeReportCountry)
		default:
			st.free("phones", "", NodeReportCountry) // typed the right numbers instead
		}
	case NodeReportPhonesAsk:
		st.free("phones", choice, NodeReportCountry)
	case NodeReportCountry:
		st.free("country", choice, NodeReportMoney)
	case NodeReportMoney:
		st.free("money_asked", choice, NodeReportPaid)
	case NodeReportPaid:
		switch choice {
		case ChoiceYes:
			st.setAnswer("paid", ChoiceYes)
			st.goTo(NodeReportPaidHow)
		case ChoiceNo:
			st.setAnswer("paid", ChoiceNo)
			st.goTo(NodeReportDocs)
		case ChoiceSkip:
			st.goTo(NodeReportDocs)
		default:
			// "haan, 50 hazar diye": an answer with the details in it.
			// Anything else is asked again rather than taken for a yes.
			if text == "" || !paidLike(text) {
				st.reask()
				return
			}
			st.setAnswer("paid", ChoiceYes)
			st.free("paid_how", "", NodeReportDocs)
		}
	case NodeReportPaidHow:
		st.free("paid_how", choice, NodeReportDocs)
	case NodeReportDocs:
		st.pick("documents", choice, docsOptions, NodeReportConsent)
	case NodeReportConsent:
		switch choice {
		case ChoiceYes, ChoiceNo:
			st.setAnswer("consent", choice)
			st.goTo(NodeReportSummary)
		default:
			st.reask()
		}
	case NodeReportSummary:
		switch choice {
		case ChoiceConfirm, ChoiceYes, ChoiceDone:
			st.submitReport()
		case ChoiceFix, ChoiceNo:
			st.goTo(NodeReportSeen)
		default:
			st.reask()
		}
	}
}

// pick takes a choice among options (or free words, kept as they are) and
// moves on to next.
func (st *step) pick(key, choice string, options []option, next string) {
	switch {
	case choice == ChoiceSkip:
	case choice != "" && hasOption(options, choice):
		st.setAnswer(key, choice)
	case st.freeText() != "":
		st.note()
		st.setAnswer(key, st.freeText())
	default:
		st.reask()
		return
	}
	st.goTo(next)
}

// free takes a free-text answer (or skip) and moves on to next.
func (st *step) free(key, choice, next string) {
	switch {
	case choice == ChoiceSkip || choice == ChoiceDone:
	case st.freeText() != "":
		st.note()
		st.setAnswer(key, st.freeText())
	case st.in.Media != "":
		st.keep() // a screenshot as an answer is still evidence
	default:
		st.reask()
		return
	}
	st.goTo(next)
}

func hasOption(options []option, v string) bool {
	for _, o := range options {
		if o.value == v {
			return true
		}
	}
	return false
}

// offerPhones are the numbers triage found in what the person sent.
func (st *step) offerPhones() []string {
	d := st.draft()
	return st.e.opts.Triage(strings.Join(d.Texts, "\n")).Phones
}

// ltrList shows phone numbers one a line, each kept left-to-right inside
// right-to-left text.
func ltrList(items []string) string {
	lines := make([]string, len(items))
	for i, s := range items {
		lines[i] = "\u2066" + s + "\u2069"
	}
	return strings.Join(lines, "\n")
}

// summary is the report as the person will confirm it.
func (st *step) summary() string {
	d := st.draft()
	none := st.t("summary_none", nil)
	label := func(key string, options []option) string {
		v, ok := d.Answers[key]
		if !ok || v == "" {
			return none
		}
		for _, o := range options {
			if o.value == v {
				return st.t(o.label, nil)
			}
		}
		return v
	}
	paid := none
	switch d.Answers["paid"] {
	case ChoiceYes:
		paid = st.t("btn_yes", nil)
		if how := d.Answers["paid_how"]; how != "" {
			paid += ": " + how
		}
	case ChoiceNo:
		paid = st.t("btn_no", nil)
	}
	consent := st.t("consent_no", nil)
	if d.Answers["consent"] == ChoiceYes {
		consent = st.t("consent_yes", nil)
	}
	lines := []string{
		st.t("summary_items", map[string]any{"Count": len(d.Evidence)}),
		st.t("summary_seen", map[string]any{"Value": label("seen", seenOptions)}),
		st.t("summary_recruiter", map[string]any{"Value": label("recruiter", nil)}),
		st.t("summary_phones", map[string]any{"Value": label("phones", nil)}),
		st.t("summary_country", map[string]any{"Value": label("country", nil)}),
		st.t("summary_money", map[string]any{"Value": label("money_asked", nil)}),
		st.t("summary_paid", map[string]any{"Value": paid}),
		st.t("summary_docs", map[string]any{"Value": label("documents", docsOptions)}),
		st.t("summary_consent", map[string]any{"Value": consent}),
	}
	return strings.Join(lines, "\n")
}

// adviceFor maps red flags to the advice a person should hear.
var adviceFor = []struct{ flag, text string }{
	{"no_licence", "advice_licence"},
	{"fee_before_contract", "advice_receipt"},
	{"guaranteed_visa", "advice_no_guarantee"},
	{"visit_visa_work", "advice_visit_visa"},
	{"personal_data_survey", "advice_data"},
}

// submitReport creates the report and tells the person its reference and
// what to watch out for.
func (st *step) submitReport() {
	ref := st.create()
	st.say("report_done", map[string]any{"Reference": ref})
	flags := st.e.opts.Triage(strings.Join(st.draft().Texts, "\n")).Flags
	var advice []string
	for _, a := range adviceFor {
		if contains(flags, a.flag) {
			advice = append(advice, st.t(a.text, nil))
		}
	}
	if len(advice) == 0 {
		advice = []string{st.t("advice_licence", nil), st.t("advice_receipt", nil)}
	}
	st.res.Replies = append(st.res.Replies, Reply{Text: strings.Join(advice, "\n")})
	st.menu("menu_prompt")
}

// paidLike reports words that say money was handed over.
func paidLike(text string) bool {
	return strings.ContainsAny(Normalize(text), "0123456789") || hasAny(text, paidWords)
}

var paidWords = []string{"paid", "diye", "diya", "de diye", "bheje", "bhej diye", "jama", "ادا", "دیے", "دیئے", "بھیجے", "جمع"}
