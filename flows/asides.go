package flows

// Asides: a question or a word of thanks in place of an answer gets a
// short, true answer, and the question that was pending comes again. An
// aside is never stored as an answer.

// aside answers an aside of kind (lang.Reading.Aside).
func (st *step) aside(kind string) {
	switch kind {
	case "greeting":
		st.say("aside_greeting", nil)
	case "thanks", "time", "who", "cost", "privacy", "what_next", "pay_more", "pay_hold", "how_check", "not_them":
		st.say("aside_"+kind, nil)
	case "unclear":
		// The question comes again in other words: nothing to add.
	default:
		st.say("aside_question", nil)
	}
}
