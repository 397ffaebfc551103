package flows

// t renders a text in the conversation's language. On SMS, a text that
// has an SMS form (id + "_sms") says it so: a text message has no button
// to press, and no screenshot or voice note to send (MMS aside).
func (st *step) t(id string, data map[string]any) string {
	if st.in.SMS {
		if s := st.e.texts.T(st.res.State.Locale, id+"_sms", data); s != id+"_sms" {
			return s
		}
	}
	return st.e.texts.T(st.res.State.Locale, id, data)
}

func (st *step) say(id string, data map[string]any) {
	st.res.Replies = append(st.res.Replies, Reply{Text: st.t(id, data)})
}

// sayText sends a text already rendered.
func (st *step) sayText(text string) {
	st.res.Replies = append(st.res.Replies, Reply{Text: text})
}

func (st *step) menu(textID string) {
	st.res.State.Draft, st.res.State.Paused = nil, nil
	st.ask(textID, NodeMenu, menuOptions)
}

// ask sends a text with choices and moves to node, remembering the choices
// so a typed number selects one.
func (st *step) ask(textID, node string, options []option) {
	st.askWith(st.t(textID, nil), node, options)
}

func (st *step) askWith(text, node string, options []option) {
	r := Reply{Text: text}
	values := make([]string, len(options))
	for i, o := range options {
		r.Buttons = append(r.Buttons, Button{Label: st.t(o.label, nil), Value: o.value})
		values[i] = o.value
	}
	st.res.Replies = append(st.res.Replies, r)
	st.res.State.Node, st.res.State.Options = node, values
}
