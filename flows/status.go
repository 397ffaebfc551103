package flows

import "strings"

// Status: the person's own reports, or one by its reference, with its
// status and what agencies said to them.

func (st *step) statusList() {
	st.res.NeedReports = st.in.ReportsLater
	reports := st.in.Reports
	if len(reports) == 0 {
		if st.res.State.NoReportsSaid {
			// asked again, with what they remember ("january me … shikayat
			// dali thi, ref no nai h", C506-032): how else to find it
			st.say("status_none_again", nil)
		} else {
			st.say("status_none", nil)
		}
		st.res.State.NoReportsSaid = true
		st.menu("menu_prompt")
		return
	}
	st.say("status_list", map[string]any{"List": strings.Join(st.statusItems(reports), "\n")})
	st.menu("menu_prompt")
}

// status shows one report, found among the person's own by reference.
func (st *step) status(ref string) {
	st.res.NeedReports = st.in.ReportsLater
	for _, r := range st.in.Reports {
		if r.Reference == ref {
			st.res.Replies = append(st.res.Replies, Reply{Text: strings.Join(st.statusLines(r), "\n")})
			st.afterStatus()
			return
		}
	}
	st.say("status_unknown_ref", map[string]any{"Reference": ltr(ref)})
	if items := st.statusItems(st.in.Reports); len(items) > 0 {
		// a reference mistyped or misremembered: the person's own reports
		// are shown, so the one they meant is there to read
		st.say("status_list", map[string]any{"List": strings.Join(items, "\n")})
	}
	st.afterStatus()
}

// statusItems are the lines of the person's latest reports (five at most).
func (st *step) statusItems(reports []ReportStatus) []string {
	var items []string
	for i, r := range reports {
		if i == 5 {
			break
		}
		items = append(items, st.statusLines(r)...)
	}
	return items
}

// afterStatus returns to the question the person was at, or the menu.
func (st *step) afterStatus() {
	if st.draft() != nil {
		st.reask()
		return
	}
	st.menu("menu_prompt")
}

func (st *step) statusLines(r ReportStatus) []string {
	status := "status_new"
	switch r.Status {
	case "in_progress", "claimed":
		status = "status_in_progress"
	case "closed":
		status = "status_closed"
	}
	lines := []string{st.t("status_item", map[string]any{
		"Reference": ltr(r.Reference), "Status": st.t(status, nil), "Date": r.CreatedAt.Format("2006-01-02"),
	})}
	for _, m := range r.Messages {
		lines = append(lines, st.t("status_message", map[string]any{"Agency": m.Agency, "Text": m.Text}))
	}
	return lines
}
