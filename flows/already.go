package flows

// alreadyTold handles an answer that points back at what was sent ("Already
// told. Falcon Guard Services.", "bata diya tha", "اوپر لکھا ہے", C122-022,
// C117-027): what is said beside the pointer is read as the answer, as if
// typed alone; said alone, the answer is looked for in what the person
// sent before, and taken if it is there ("I have it from what you sent:
// …"), else asked for once more, saying it was not found. It reports
// whether it answered the step.
func (st *step) alreadyTold(q *question) bool {
	rd := st.read()
	if q.slot == "" || !rd.AlreadyTold() || st.givesItself(q) {
		return false
	}
	if rest := rd.WithoutAlreadyTold(); rest != "" {
		st.in.Text, st.rd, st.sig = rest, nil, nil
		return false
	}
	found := st.toldBefore(q)
	if len(found) == 0 {
		st.say("already_told_missing", nil)
		st.missing(q, false)
		return true
	}
	for k, v := range found {
		st.setAnswer(k, v)
		st.settle(k)
	}
	shown := st.shownIn(found, q.slot)
	if v := found[SlotRecruiterAlso]; v != "" && found[q.slot] == "" {
		shown = v
	}
	if q.slot == "paid_how" {
		shown = st.paymentName(found["paid_how"])
		if a := found["paid_amount"]; a != "" {
			shown = ltr(a) + st.sep() + shown
		}
	}
	st.say("already_told_found", map[string]any{"Value": shown})
	st.advance()
	return true
}

// givesItself reports a pointer that names the answer itself ("ad me
// japan likha tha", A113-0118, was answered from the message sent: UAE):
// a country, a phone or a sum typed with it is the answer.
func (st *step) givesItself(q *question) bool {
	sig := st.signals()
	switch q.expect {
	case expectCountry:
		return len(sig.Countries) > 0
	case expectPhones:
		return len(sig.Phones) > 0
	case expectAmount:
		return len(sig.Amounts) > 0
	}
	return false
}

// toldBefore reads what the person sent before (the offer, the account)
// afresh for q's answer, as the opening's reading does, whatever was
// answered or turned down since: the slot's value, and for how one paid,
// the sum paid beside it.
func (st *step) toldBefore(q *question) map[string]string {
	d := st.draft()
	fresh := d.clone()
	fresh.Inferred, fresh.Rejected = map[string]string{}, nil
	fresh.Answers = map[string]string{}
	fresh.Settled = nil
	saved := st.res.State.Draft
	st.res.State.Draft = fresh
	for _, t := range d.Texts {
		st.inferFrom(t, true)
	}
	st.res.State.Draft = saved
	keys := []string{q.slot}
	if q.slot == "paid_how" {
		keys = append(keys, "paid_amount")
	}
	if q.slot == "recruiter" && st.settled(slotPersonAsked) && d.Answers["recruiter"] != "" {
		// the person behind the firm was asked: the firm is no answer
		// (C216-013 was told "I have it: Skyline Careers")
		keys = []string{SlotRecruiterAlso}
	}
	out := map[string]string{}
	for _, k := range keys {
		if v := fresh.Inferred[k]; v != "" {
			out[k] = v
		}
	}
	if out[keys[0]] == "" {
		return nil
	}
	return out
}
