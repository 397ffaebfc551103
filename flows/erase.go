package flows

// Delete my data: after a yes, the caller erases the person's contact
// details and transcripts, keeping only the anonymised facts of reports
// agencies already hold.

func (st *step) erase(choice string) {
	switch choice {
	case ChoiceYes:
		st.res.Effects = append(st.res.Effects, Effect{Kind: EffectErase})
		st.say("erase_done", nil)
		st.res.State = State{Locale: st.res.State.Locale, LocaleChosen: st.res.State.LocaleChosen}
	case ChoiceNo:
		st.say("erase_kept", nil)
		st.menu("menu_prompt")
	default:
		st.ask("erase_q", NodeErase, []option{{ChoiceYes, "btn_yes"}, {ChoiceNo, "btn_no"}})
	}
}
