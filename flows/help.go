package flows

// The help flow: safety first (the emergency numbers come before any
// question when danger shows), then where the person is, what is
// happening, for whom, and how an officer may safely contact them. An
// emergency creates the referral at once; otherwise it is created, urgent,
// when the questions end. Every question can be skipped. Nothing here
// promises immunity: only confidentiality and help.

var whereOptions = []option{{"pakistan", "where_pk"}, {"abroad", "where_abroad"}, {ChoiceSkip, "btn_skip"}}

var whatOptions = []option{
	{"passport_taken", "what_passport"}, {"unpaid", "what_unpaid"}, {"locked_in", "what_locked"},
	{"violence", "what_violence"}, {"debt", "what_debt"}, {"forced_work", "what_forced"},
	{"money_taken", "what_money"}, {"other", "what_other"},
}

var whomOptions = []option{{"self", "whom_me"}, {"other", "whom_other"}, {ChoiceSkip, "btn_skip"}}

var contactOptions = []option{
	{"here", "contact_here"}, {"discreet", "contact_discreet"}, {"number", "contact_number"}, {"none", "contact_none"},
}

// startHelp begins the help flow, keeping the current message as the
// person's first words. With danger already seen, the referral is created
// now, as an emergency.
func (st *step) startHelp() {
	prev := st.draft()
	d := st.begin(KindHelp)
	if prev != nil {
		d.Danger = prev.Danger
	}
	if st.in.Text != "" || st.in.Media != "" {
		st.keep()
	}
	if sig := st.signals(); sig.Danger {
		for _, w := range sig.DangerWhy {
			if !contains(d.Danger, w) {
				d.Danger = append(d.Danger, w)
			}
		}
	}
	if len(d.Danger) > 0 {
		st.create()
	} else {
		st.say("help_intro", nil)
	}
	st.askHelp(NodeHelpWhere)
}

func (st *step) askHelp(node string) {
	switch node {
	case NodeHelpWhere:
		st.ask("help_where_q", node, whereOptions)
	case NodeHelpPlace:
		q := "help_city_q"
		if st.draft().Answers["where"] == "abroad" {
			q = "help_country_q"
		}
		st.ask(q, node, skipOnly)
	case NodeHelpWhat:
		st.ask("help_what_q", node, whatOptions)
	case NodeHelpWhom:
		st.ask("help_whom_q", node, whomOptions)
	case NodeHelpContact:
		st.ask("help_contact_q", node, contactOptions)
	case NodeHelpNumber:
		st.ask("help_number_q", node, skipOnly)
	default:
		st.askHelp(NodeHelpWhere)
	}
}

func (st *step) help(choice string) {
	switch st.res.State.Node {
	case NodeHelpWhere:
		if choice == "" {
			switch {
			case hasAny(st.in.Text, abroadWords):
				choice = "abroad"
			case hasAny(st.in.Text, pakistanWords):
				choice = "pakistan"
			}
			if choice != "" {
				st.note() // "at sea near Greece" says more than "abroad"
			}
		}
		st.pick("where", choice, whereOptions, NodeHelpPlace)
	case NodeHelpPlace:
		st.free("place", choice, NodeHelpWhat)
	case NodeHelpWhat:
		if choice == ChoiceSkip {
			st.goTo(NodeHelpWhom)
			return
		}
		st.pick("situation", choice, whatOptions, NodeHelpWhom)
	case NodeHelpWhom:
		st.pick("whom", choice, whomOptions, NodeHelpContact)
	case NodeHelpContact:
		switch {
		case choice == "number":
			st.setAnswer("contact", choice)
			st.goTo(NodeHelpNumber)
		case hasOption(contactOptions, choice):
			st.setAnswer("contact", choice)
			st.finishHelp()
		case choice == ChoiceSkip:
			st.finishHelp()
		default:
			st.reask()
		}
	case NodeHelpNumber:
		// Kept as an answer only: the person's own number is not part of
		// the account triage reads (it would be taken for a recruiter's).
		if choice != ChoiceSkip && st.freeText() != "" {
			st.setAnswer("contact_number", st.freeText())
		}
		st.finishHelp()
	}
}

// finishHelp creates (or completes) the referral and says what happens next.
func (st *step) finishHelp() {
	d := st.draft()
	if d.Answers["contact"] == "discreet" {
		st.res.State.Discreet = true
	}
	ref := st.create()
	urgency := "urgency_urgent"
	if len(d.Danger) > 0 {
		urgency = "urgency_emergency"
	}
	text := "help_done"
	if d.Answers["contact"] == "none" {
		text = "help_done_no_contact"
	}
	st.say(text, map[string]any{"Reference": ref, "Urgency": st.t(urgency, nil)})
	if st.res.State.Discreet {
		st.say("discreet_on", nil)
	}
	st.menu("menu_prompt")
}

// Words that answer "where are you?" without pressing a button.
var (
	abroadWords = []string{"abroad", "bahar", "bahir", "bairon mulk", "beroon mulk", "bairoon", "at sea", "sea", "boat", "kashti",
		"samundar", "dubai", "saudi", "saudia", "qatar", "oman", "kuwait", "libya", "iran", "turkey", "greece", "italy", "malaysia",
		"cambodia", "thailand", "uae", "باہر", "بیرون ملک", "کشتی", "سمندر", "سعودیہ", "دبئی", "لیبیا", "ایران"}
	pakistanWords = []string{"pakistan", "pak", "yahan", "ghar", "پاکستان", "یہاں", "گھر"}
)
