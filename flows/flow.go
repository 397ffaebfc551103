package flows

import (
	"slices"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/locales"
)

// maxTexts bounds what a draft keeps of the person's words for triage.
const maxTexts = 40

func (st *step) draft() *Draft { return st.res.State.Draft }

// begin starts a flow of kind, forgetting any other.
func (st *step) begin(kind string) *Draft {
	d := &Draft{Kind: kind, Answers: map[string]string{}}
	st.res.State.Draft = d
	st.res.State.Pleaded = nil // a new flow: the plea before it is no longer the one just sent
	st.res.State.NoReportsSaid = false
	return d
}

// leaveFlow ends the flow under way without another word.
func (st *step) leaveFlow() {
	st.res.State.Draft = nil
	st.res.State.Paused = nil
}

// setAside keeps the flow under way while the person is asked something
// else ("delete your data?"): a "no" comes back to it (see erase).
func (st *step) setAside() {
	s := st.res.State
	if s.Draft == nil {
		return // nothing under way, or a flow already offered back (Paused)
	}
	aside := s
	aside.Paused = nil
	st.res.State.Draft, st.res.State.Paused = nil, &aside
}

// takeBack returns to the flow set aside, asking its question again; it
// reports whether there was one.
func (st *step) takeBack() bool {
	p := st.res.State.Paused
	st.res.State.Paused = nil
	if p == nil || p.Draft == nil {
		return false
	}
	st.res.State.Draft, st.res.State.Node, st.res.State.Discreet = p.Draft, p.Node, p.Discreet
	st.reask()
	return true
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
	if t := st.text(); t != "" && len(d.Texts) < maxTexts {
		d.Texts = append(d.Texts, t)
	}
}

// attachment says whether the message carries a file (a photo, a
// document, a voice note): evidence whatever its caption answers. A
// sticker or a shared location is not.
func (st *step) attachment() bool {
	m := st.in.Media
	return m != "" && m != "sticker" && m != "location"
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
// evidence (an answer that describes the offer: a name, a country).
func (st *step) note() {
	d := st.draft()
	if t := strings.TrimSpace(st.in.Text); d != nil && t != "" && len(d.Texts) < maxTexts && !contains(d.Texts, t) {
		d.Texts = append(d.Texts, t)
	}
}

// setAnswer records an answer to a question.
func (st *step) setAnswer(key, value string) {
	d := st.draft()
	if d.Answers == nil {
		d.Answers = map[string]string{}
	}
	if value == "" {
		delete(d.Answers, key)
		return
	}
	old := d.Answers[key]
	d.Answers[key] = value
	delete(d.Inferred, key)
	if key == "place" && value != old {
		st.placeNumbers(value)
	}
	if key == "paid" && value != ChoiceYes {
		// Nothing paid: no sum paid nor way of paying read earlier stays
		// ("25 lakh, half before leaving", then "no, I haven't paid").
		// Not known whether it went, the way it would have gone stays
		// ("my wife sent the 45k from her easypaisa … maybe amount came
		// back?", C207-021): the officer asks that bank or wallet.
		for _, k := range []string{"paid_amount", "paid_how"} {
			if k == "paid_how" && value == ChoiceUnknown {
				continue
			}
			delete(d.Answers, k)
			delete(d.Inferred, k)
		}
	}
}

// answered reports whether the flow has an answer (or an inferred one
// waiting to be confirmed) for key.
func (st *step) answered(key string) bool {
	d := st.draft()
	_, a := d.Answers[key]
	_, i := d.Inferred[key]
	return a || i
}

// goTo moves to node and asks its question, remembering where we were so
// "back" can return.
func (st *step) goTo(node string) {
	st.pushHistory()
	if d := st.draft(); d != nil {
		d.Misses = 0
	}
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
	if st.popHistory() {
		st.draft().Misses = 0
		st.reask()
		return
	}
	st.leaveFlow()
	st.menu("menu_prompt")
}

// reask asks the current node's question again (after a language switch,
// "back", or an aside).
func (st *step) reask() {
	st.askNode(st.res.State.Node)
}

// askNode asks the question of node.
func (st *step) askNode(node string) {
	switch {
	case questions[node] != nil:
		st.askQuestion(questions[node], false)
	case node == NodeVerify:
		if d := st.draft(); d != nil && d.Asked != "" && d.Asked != "verify_q" && d.Asked != "verify_details_q" && len(st.res.Replies) > 0 {
			// after an aside's answer, the check's later question again;
			// with nothing said between ("?"), the first question's other
			// words, never the same text twice in a row
			st.askVerify(d.Asked, false)
			return
		}
		if st.draft() != nil {
			st.settle(slotVerifyAsked)
		}
		st.askVerify("verify_q", true)
	case node == NodeHuman:
		st.askWith(st.t("human_intro", nil), NodeHuman, []option{{ChoiceMenu, "btn_menu"}})
	case node == NodeErase:
		st.ask("erase_q", NodeErase, yesNo)
	case node == NodeResume:
		st.ask("resume_q", NodeResume, resumeOptions)
	default:
		st.menu("menu_prompt")
	}
}

// resume answers the offer to continue a flow that timed out.
func (st *step) resume(choice string) {
	if choice == "" {
		if v, ok := st.read().Option("resume"); ok {
			choice = v
		}
	}
	if a := st.read().Aside(); choice == "" && st.res.State.Paused != nil && (a == "greeting" || a == "thanks") {
		// "salam" after "baad me dekhunga": the report set aside is
		// offered again, not dropped for the menu
		st.ask("resume_q", NodeResume, resumeOptions)
		return
	}
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
			st.startVerify(false)
		default:
			st.menu("menu_prompt")
		}
	default:
		st.res.State.Node = NodeMenu
		st.atMenu(choice)
	}
}

// settledLicences are the licence numbers the texts give, each text's
// after a correction when it names one on each side of it ("lic
// 3390/MUX... nai ruko raseed dekhta hun... haan 3390/MLN", C534-028: the
// number set right is the one).
func (st *step) settledLicences(texts []string) []string {
	var lics []string
	for _, m := range texts {
		got := st.e.opts.Triage(m).Licences
		if at := st.e.reader.Read(m).CorrectedAt(); at > 0 && len(got) > 1 {
			if after := st.e.opts.Triage(m[at:]).Licences; len(after) > 0 {
				got = after
			}
		}
		for _, l := range got {
			if !slices.Contains(lics, l) {
				lics = append(lics, l)
			}
		}
	}
	return lics
}

// spec is the report the flow describes so far.
func (st *step) spec() *ReportSpec {
	d := st.draft()
	answers := map[string]string{}
	for k, v := range d.Answers {
		answers[k] = v
	}
	text := strings.Join(d.Texts, "\n")
	if d.Kind == KindReport && answers["licence"] == "" && text != "" {
		// the licence number the person gave ("license 4120/RWP"), kept
		// with the report's answers for the officer as it was read
		lics := st.e.opts.Triage(text).Licences
		if len(lics) > 1 {
			lics = st.settledLicences(d.Texts)
		}
		if len(lics) > 0 {
			answers["licence"] = strings.Join(lics, ", ")
		}
	}
	return &ReportSpec{
		Reference: d.Reference,
		Kind:      d.Kind,
		Evidence:  append([]int64(nil), d.Evidence...),
		Text:      text,
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

// followLanguage follows the language the person writes in, until they
// have picked one. What they press says nothing; a message is weighed with
// the ones before it (lang.Tally), so one English answer in a Roman Urdu
// conversation does not switch it.
func (st *step) followLanguage() {
	s := &st.res.State
	if st.in.Choice != "" && s.Locale != "" || s.LocaleChosen {
		if s.Locale == "" {
			st.setLocale(locales.EN)
		}
		return
	}
	g := lang.Detect(st.in.Text) // a Latin "salam" is Roman Urdu (on SMS too: Urdu script costs 70-character segments)
	if s.Tally == nil {
		s.Tally = lang.Tally{}
	}
	l := s.Tally.Add(g, s.Locale)
	switch {
	case l != "" && l != s.Locale && locales.Supported(l):
		st.setLocale(l)
	case s.Locale == "":
		st.setLocale(locales.EN)
	}
}

func (st *step) setLocale(l string) {
	st.res.State.Locale = l
	st.res.Effects = append(st.res.Effects, Effect{Kind: EffectSetLocale, Locale: l})
}

func (st *step) chooseLocale(l string) {
	if !locales.Supported(l) {
		st.ask("language_prompt", NodeLanguage, languageOptions)
		return
	}
	if l != st.res.State.Locale {
		st.setLocale(l)
	}
	st.res.State.LocaleChosen = true
	st.say("language_set", nil)
	if st.res.State.Node == NodeLanguage {
		st.popHistory()
	}
	if st.draft() != nil {
		st.reask()
		return
	}
	st.menu("menu_prompt")
}
