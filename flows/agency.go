package flows

import (
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/locales"
)

// An agency speaks to the reporter through the engine, like the person
// does: its message, its verification verdict or a notice that a number
// the person checked is now under action arrives as an Input with Agency
// set, in order with the person's own messages. The engine renders it in
// the person's language and moves the conversation: after a message or a
// verdict, what the person writes next goes to that report (NodeHuman),
// unless they are in the middle of another report, which is not thrown
// away. A notice expects no answer and moves nothing.

// AgencyInput is what an agency says to the reporter.
type AgencyInput struct {
	Kind      string // AgencyInputMessage, AgencyInputVerdict or AgencyInputNotice
	Agency    string // the agency's code, as the person knows it
	Reference string // the report it is about (for a notice, the check)
	Text      string // the officer's message
	Verdict   string // genuine, not_genuine or cannot_confirm
	Note      string // the verdict's note
	Thing     string // a notice: the number, link or wallet now under action
	// Discreet: the person asked that messages not say who writes; the
	// heading names no agency.
	Discreet bool
}

// Kinds of AgencyInput.
const (
	AgencyInputMessage = "message"
	AgencyInputVerdict = "verdict"
	AgencyInputNotice  = "notice"
)

// Verdicts of a verification.
const (
	VerdictGenuine       = "genuine"
	VerdictNotGenuine    = "not_genuine"
	VerdictCannotConfirm = "cannot_confirm"
)

// fromAgency is the step for an agency's input. Nothing the person wrote
// is read: the language stays, the flow under way does not expire, and no
// danger is looked for.
func (e *Engine) fromAgency(s State, a AgencyInput, now time.Time) Result {
	st := &step{e: e, now: now, res: Result{State: s}}
	if !locales.Supported(st.res.State.Locale) {
		st.res.State.Locale = locales.EN
	}
	data := map[string]any{"Agency": a.Agency, "Reference": ltr(a.Reference)}
	switch a.Kind {
	case AgencyInputVerdict:
		data["Note"] = strings.TrimSpace(a.Note)
		st.sayText(strings.TrimSpace(st.t("verify_verdict_"+verdict(a.Verdict), data)))
	case AgencyInputNotice:
		data["Thing"] = ltr(a.Thing)
		st.say("check_under_action", data)
		st.res.State.Locale = s.Locale
		return st.res
	default:
		data["Text"] = strings.TrimSpace(a.Text)
		id := "agency_message"
		if a.Discreet {
			id = "agency_message_discreet"
		}
		st.say(id, data)
	}
	st.res.State.Locale = s.Locale
	if d := s.Draft; d != nil && d.Reference == "" && (len(d.Texts) > 0 || len(d.Evidence) > 0 || len(d.Answers) > 0) {
		// In the middle of another report: the message reaches them, a
		// reply goes on with what they were doing, and status shows them
		// the message.
		return st.res
	}
	st.res.State.Node, st.res.State.Options, st.res.State.Paused = NodeHuman, nil, nil
	st.res.State.Draft = &Draft{Kind: KindHuman, Reference: a.Reference}
	st.res.State.LastAt = now
	return st.res
}

// verdict is a known verdict, or cannot_confirm: the careful answer.
func verdict(v string) string {
	switch v {
	case VerdictGenuine, VerdictNotGenuine:
		return v
	}
	return VerdictCannotConfirm
}
