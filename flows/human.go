package flows

// Talking to a person: a report of kind human is created, and while the
// conversation stays here every message is relayed to it, for agency staff
// to read and answer through the bot. "menu" (or any global word) leaves.

// toPerson answers a wish to talk to a person, at the menu or in the
// middle of a flow ("talk to a person" asked where the question was what
// is happening). A report already made is the one the person's messages
// reach; otherwise their account so far (its words, evidence and danger)
// starts the conversation with our team, as startHelp and pleaFromOffer
// carry it. The answers to the flow's half-asked questions are not
// carried: a place alone ("dubai") would route the talk as a job offer.
func (st *step) toPerson() {
	prev := st.draft()
	if prev == nil && st.res.State.Paused != nil {
		prev = st.res.State.Paused.Draft // a flow offered back, or set aside for "delete my data?"
	}
	st.res.State.Paused = nil
	if prev != nil && prev.Reference != "" {
		st.res.State.Draft = &Draft{Kind: KindHuman, Reference: prev.Reference}
		st.emergencyNumbers()
		st.askNode(NodeHuman)
		return
	}
	d := st.begin(KindHuman)
	if prev != nil && prev.Kind != KindHuman {
		d.Danger, d.Texts, d.Evidence = prev.Danger, prev.Texts, prev.Evidence
	}
	st.create()
	st.emergencyNumbers() // the intro points to them
	st.askNode(NodeHuman)
}

func (st *step) startHuman() {
	st.begin(KindHuman)
	st.create()
	st.emergencyNumbers() // the intro points to them
	st.askNode(NodeHuman)
}

func (st *step) human(choice string) {
	if choice != "" && st.text() == "" {
		st.reask()
		return
	}
	st.keep()
	st.res.Effects = append(st.res.Effects, Effect{Kind: EffectRelay, Report: &ReportSpec{
		Reference: st.draft().Reference, Kind: KindHuman, Evidence: []int64{st.in.MessageID}, Text: st.text(),
	}})
	st.say("human_relayed", nil)
	st.res.State.Node, st.res.State.Options = NodeHuman, nil
}
