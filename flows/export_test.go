package flows

// Test hooks for the corpus tests in package flows_test, which use the
// real triage (through casework) and so cannot live in package flows.

// AtQuestion returns the state of a conversation waiting at a question's
// node, with the draft a real conversation would have there: the offer
// (with a number) for report questions, a full set of answers for the
// summary.
func AtQuestion(node, locale string) State {
	s := State{Locale: locale, LocaleChosen: true, Node: node, Tally: nil}
	q := questions[node]
	kind := KindReport
	switch {
	case node == NodeMenu:
		s.Options = optionValues(menuOptions)
		return s
	case node == NodeErase:
		s.Options = optionValues(yesNo)
		return s
	case len(node) > 5 && node[:5] == "help_":
		kind = KindHelp
	}
	d := &Draft{Kind: kind, Answers: map[string]string{}}
	if kind == KindReport {
		d.Texts = []string{"Dubai job, driver, contact 0300-1234567"}
		d.Evidence = []int64{1}
		for _, n := range reportOrder {
			if n == node || n == NodeReportPhones && node == NodeReportPhonesAsk {
				break
			}
			d.Settled = append(d.Settled, questions[n].slot)
		}
	}
	if node == NodeReportSummary {
		d.Answers = map[string]string{"seen": "facebook", "recruiter": "Ali Travels", "phones": "+923001234567", "country": "UAE",
			"money_asked": "Rs 2,00,000", "paid": ChoiceNo, "documents": "none", "consent": ChoiceNo}
		d.Settled = []string{"seen", "recruiter", "phones", "country", "money_asked", "paid", "paid_how", "documents", "consent"}
	}
	if kind == KindHelp {
		for _, n := range helpOrder {
			if n == node {
				break
			}
			d.Settled = append(d.Settled, questions[n].slot)
		}
	}
	s.Draft = d
	if q != nil {
		s.Options = optionValues(q.options)
	}
	return s
}

func optionValues(opts []option) []string {
	out := make([]string, len(opts))
	for i, o := range opts {
		out[i] = o.value
	}
	return out
}

// Slot is the answer a question fills.
func Slot(node string) string {
	if q := questions[node]; q != nil {
		return q.slot
	}
	return ""
}

// RetryText is the id of a question's shorter re-ask.
func RetryText(node string) string {
	if q := questions[node]; q != nil {
		return q.retry
	}
	return ""
}

// FormatAmount is formatAmount.
var FormatAmount = formatAmount
