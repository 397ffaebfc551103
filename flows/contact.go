package flows

// emailToReach answers an e-mail address given where we ask how to reach
// the person ("email me at ali.raza@gmail.com"): we cannot send e-mail
// (the bot writes only in the chat the person uses, and an officer calls a
// number they give), so that is said kindly, and the question is asked
// again with its options, not blindly re-asked. An answer beside the
// address ("yes, or email me", "here or email") stands. It reports whether
// it did.
func (st *step) emailToReach(q *question) bool {
	switch q.node {
	case NodeHelpContact, NodeHelpNumber, NodeReportConsent:
	default:
		return false
	}
	if len(st.signals().Emails) == 0 {
		return false
	}
	st.say("contact_no_email", nil)
	if r := st.readReply(q, ""); r.ok {
		st.accept(q, r)
		st.advance()
		return true
	}
	st.askQuestion(q, false)
	return true
}
