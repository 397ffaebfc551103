package flows

// Talking to a person: a report of kind human is created, and while the
// conversation stays here every message is relayed to it, for agency staff
// to read and answer through the bot. "menu" (or any global word) leaves.

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
