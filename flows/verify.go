package flows

import "strings"

// The verify flow: the person sends a licence number, a name, a phone
// number or the advert; they are told at once what the OEP registry and
// earlier reports say, and a verification request goes to OEC, whose answer
// comes back to them later.

func (st *step) startVerify() {
	st.begin(KindVerify)
	st.askNode(NodeVerify)
}

func (st *step) verify(choice string) {
	if choice != "" && choice != ChoiceSkip || st.freeText() == "" && st.in.Media == "" {
		st.reask()
		return
	}
	st.keep()
	var lines []string
	if l := st.in.Lookup; l != nil {
		for _, lic := range l.Licences {
			data := map[string]any{"Licence": ltr(lic.Licence), "Name": lic.Name, "City": lic.City, "Status": lic.Status}
			switch {
			case lic.Found && lic.Status == "active":
				lines = append(lines, st.t("verify_licence_found", data))
			case lic.Found:
				lines = append(lines, st.t("verify_licence_inactive", data))
			default:
				lines = append(lines, st.t("verify_licence_unknown", data))
			}
		}
		for _, s := range l.Seen {
			if s.Count > 0 {
				lines = append(lines, st.t("verify_reports_seen", map[string]any{"Count": s.Count, "Thing": ltr(s.Thing)}))
			}
		}
	}
	if len(lines) == 0 {
		lines = append(lines, st.t("verify_nothing_known", nil))
	}
	lines = append(lines, st.t("advice_licence", nil))
	st.res.Replies = append(st.res.Replies, Reply{Text: strings.Join(lines, "\n")})
	ref := st.create()
	st.say("verify_done", map[string]any{"Reference": ref})
	st.menu("menu_prompt")
}

// ltr keeps a number or code left-to-right inside right-to-left text.
func ltr(s string) string { return "\u2066" + s + "\u2069" }
