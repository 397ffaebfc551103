package flows

import "github.com/hoshyar/hoshyar/lang"

// Asides: a question or a word of thanks in place of an answer gets a
// short, true answer, and the question that was pending comes again. An
// aside is never stored as an answer.

// aside answers an aside of kind (lang.Reading.Aside).
func (st *step) aside(kind string) {
	if kind == "pay_more" && st.nothingPaidYet() {
		kind = "pay_hold" // "maine abhi paise nahi bheje, bhejun ya nahi?" (C217-015): nothing yet, not "nothing more"
	}
	if kind == "who" && st.read().AsksIfBot() {
		kind = "bot" // "is this real person or computer": say so, and how to reach one
	}
	if kind == "who" && st.read().ClaimsUs() {
		// "I got a call … saying they are from FIA, was that you people?"
		// (C449-019): who calls, and that no officer asks for money
		kind = "call_claim"
	}
	switch kind {
	case "greeting":
		st.say("aside_greeting", nil)
	case "thanks", "time", "who", "bot", "call_claim", "cost", "privacy", "what_next", "pay_more", "pay_hold", "how_check", "not_them", "legal_fee", "own_risk":
		st.say("aside_"+kind, nil)
	case "official_site":
		st.say("advice_official", nil) // "asli OEC ki website kon si h?" (C316-006): where the real ones are
	case "unclear":
		// The question comes again in other words: nothing to add.
	default:
		st.say("aside_question", nil)
	}
}

// nothingPaidYet reports a message, or a report's answer, that says
// nothing has been paid.
func (st *step) nothingPaidYet() bool {
	if p := st.read().Paid(); p == lang.PolarNo || p == lang.PolarNotYet {
		return true
	}
	d := st.draft()
	return d != nil && d.Answers["paid"] == ChoiceNo
}
