package flows

import "strings"

// maxTexts bounds what a draft keeps of the person's words for triage.
const maxTexts = 40

func (st *step) draft() *Draft { return st.res.State.Draft }

// begin starts a flow of kind, forgetting any other.
func (st *step) begin(kind string) *Draft {
	d := &Draft{Kind: kind, Answers: map[string]string{}}
	st.res.State.Draft = d
	return d
}

// leaveFlow ends the flow under way without another word.
func (st *step) leaveFlow() {
	st.res.State.Draft = nil
	st.res.State.Paused = nil
}

// keep records the message as part of the flow's account: its id as
// evidence and its text for triage.
func (st *step) keep() {
	d := st.draft()
	if d == nil {
		return
	}
	if st.in.MessageID != 0 && !containsID(d.Evidence, st.in.MessageID) {
		d.Evidence = append(d.Evidence, st.in.MessageID)
	}
	if t := strings.TrimSpace(st.in.Text); t != "" && len(d.Texts) < maxTexts {
		d.Texts = append(d.Texts, t)
	}
}

func containsID(ids []int64, id int64) bool {
	for _, v := range ids {
		if v == id {
			return true
		}
	}
	return false
}

// note keeps the person's words for triage without making the message
// evidence (an answer to a question).
func (st *step) note() {
	d := st.draft()
	if t := strings.TrimSpace(st.in.Text); d != nil && t != "" && len(d.Texts) < maxTexts {
		d.Texts = append(d.Texts, t)
	}
}

// setAnswer records an answer to a question and keeps the message.
func (st *step) setAnswer(key, value string) {
	d := st.draft()
	if d.Answers == nil {
		d.Answers = map[string]string{}
	}
	d.Answers[key] = value
}

// goTo moves to node and asks its question, remembering where we were so
// "back" can return.
func (st *step) goTo(node string) {
	st.pushHistory()
	st.askNode(node)
}

func (st *step) pushHistory() {
	d := st.draft()
	if d == nil {
		return
	}
	cur := st.res.State.Node
	if cur != "" && cur != NodeLanguage && (len(d.History) == 0 || d.History[len(d.History)-1] != cur) {
		d.History = append(d.History, cur)
	}
}

// popHistory returns to the node before; it reports whether there was one.
func (st *step) popHistory() bool {
	d := st.draft()
	if d == nil || len(d.History) == 0 {
		return false
	}
	st.res.State.Node = d.History[len(d.History)-1]
	d.History = d.History[:len(d.History)-1]
	return true
}

// back returns to the previous question of the flow, or to the menu.
func (st *step) back() {
	if st.res.State.Node == NodeLanguage && st.popHistory() {
		st.reask()
		return
	}
	if st.popHistory() {
		st.reask()
		return
	}
	st.leaveFlow()
	st.menu("menu_prompt")
}

// reask asks the current node's question again (after a language switch,
// "back", or an answer that did not fit).
func (st *step) reask() {
	st.askNode(st.res.State.Node)
}

// askNode asks the question of node.
func (st *step) askNode(node string) {
	switch {
	case strings.HasPrefix(node, "report_"):
		st.askReport(node)
	case strings.HasPrefix(node, "help_"):
		st.askHelp(node)
	case node == NodeVerify:
		st.askWith(st.t("verify_q", nil), NodeVerify, []option{{ChoiceMenu, "btn_menu"}})
	case node == NodeHuman:
		st.askWith(st.t("human_intro", nil), NodeHuman, []option{{ChoiceMenu, "btn_menu"}})
	default:
		st.menu("menu_prompt")
	}
}

// resume answers the offer to continue a flow that timed out.
func (st *step) resume(choice string) {
	paused := st.res.State.Paused
	st.res.State.Paused = nil
	switch {
	case choice == ChoiceContinue && paused != nil:
		st.res.State.Draft = paused.Draft
		st.res.State.Node = paused.Node
		st.res.State.Discreet = paused.Discreet
		st.reask()
	case choice == ChoiceRestart && paused != nil && paused.Draft != nil:
		kind := paused.Draft.Kind
		st.res.State.Draft = nil
		switch kind {
		case KindReport:
			st.startReport(false)
		case KindHelp:
			st.startHelp()
		case KindVerify:
			st.startVerify()
		default:
			st.menu("menu_prompt")
		}
	default:
		st.atMenu(choice)
	}
}

// spec is the report the flow describes so far.
func (st *step) spec() *ReportSpec {
	d := st.draft()
	answers := map[string]string{}
	for k, v := range d.Answers {
		answers[k] = v
	}
	return &ReportSpec{
		Reference: d.Reference,
		Kind:      d.Kind,
		Evidence:  append([]int64(nil), d.Evidence...),
		Text:      strings.Join(d.Texts, "\n"),
		Answers:   answers,
		Danger:    append([]string(nil), d.Danger...),
		Consent:   d.Answers["consent"] == ChoiceYes || d.Answers["contact"] == "here" || d.Answers["contact"] == "discreet" || d.Answers["contact"] == "number",
		Discreet:  st.res.State.Discreet,
	}
}

// create emits the report the flow describes, under the step's fresh
// reference, and returns that reference.
func (st *step) create() string {
	d := st.draft()
	if d.Reference != "" {
		st.res.Effects = append(st.res.Effects, Effect{Kind: EffectUpdateReport, Report: st.spec()})
		return d.Reference
	}
	d.Reference = st.in.Reference
	st.res.Effects = append(st.res.Effects, Effect{Kind: EffectCreateReport, Report: st.spec()})
	return d.Reference
}

// freeText is the person's words as an answer to a free-text question, or
// "" when they gave none.
func (st *step) freeText() string {
	return strings.TrimSpace(st.in.Text)
}
