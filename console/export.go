package console

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/agency"
	"github.com/hoshyar/hoshyar/store"
)

// exportLimit bounds one CSV export; a longer range is refused, not cut.
const exportLimit = 100000

var exportHeader = []string{"id", "reference", "case_type", "urgency", "status", "created_at", "due_at", "agency",
	"role", "priority", "linked_reports", "countries", "red_flags"}

// export writes the agency's referrals created from `from` to `to`
// (inclusive dates, in the console's zone) as CSV, times in that zone,
// labelled. It holds no reporter contact or words; it is audited all the
// same, and only a supervisor may make one.
func (c *Console) export(w http.ResponseWriter, r *http.Request, s *session) {
	if err := agency.Require(s.caller(), agency.RoleSupervisor, "exporting referrals"); err != nil {
		c.fail(w, r, s, http.StatusForbidden, "Exporting referrals needs the supervisor role.")
		return
	}
	q := r.URL.Query()
	today := c.today()
	from, errFrom := c.date(q.Get("from"), today.AddDate(0, 0, -(dashboardDays-1)))
	to, errTo := c.date(q.Get("to"), today)
	switch {
	case errFrom != nil || errTo != nil:
		c.fail(w, r, s, http.StatusBadRequest, "Dates must be written YYYY-MM-DD, e.g. 2026-01-31.")
		return
	case to.Before(from):
		c.fail(w, r, s, http.StatusBadRequest, "The end date is before the start date.")
		return
	}
	rows, err := store.ExportReferrals(r.Context(), c.pool, s.Agency, from, to.AddDate(0, 0, 1), exportLimit+1)
	if err != nil {
		c.internal(w, r, s, err)
		return
	}
	if len(rows) > exportLimit {
		c.fail(w, r, s, http.StatusRequestEntityTooLarge, fmt.Sprintf("More than %d referrals in that range: export a shorter one.", exportLimit))
		return
	}
	span := map[string]any{"agency": s.Agency, "from": from.Format(time.DateOnly), "to": to.Format(time.DateOnly), "rows": len(rows)}
	if err := store.Audit(r.Context(), c.pool, actor(s.UserID), "referrals.export", "console_user", s.UserID, span); err != nil {
		c.internal(w, r, s, err)
		return
	}

	name := fmt.Sprintf("hoshyar-%s-%s-%s.csv", strings.ToLower(s.Agency), from.Format(time.DateOnly), to.Format(time.DateOnly))
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	cw := csv.NewWriter(w)
	_ = cw.Write(exportHeader)
	for _, row := range rows {
		due := ""
		if row.DueAt != nil {
			due = c.csvTime(*row.DueAt)
		}
		_ = cw.Write([]string{
			strconv.FormatInt(row.ID, 10), row.Reference, row.CaseType, row.Urgency, row.Status,
			c.csvTime(row.CreatedAt), due, row.Agency, row.Role, row.Priority,
			strconv.Itoa(row.LinkedReports), strings.Join(countries(row.Countries), ";"), strings.Join(flagCodes(row.RedFlags), ";"),
		})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		c.log.Warn("console_export_write", "error", err)
	}
}

// csvTime is a time in the console's zone, labelled: "2026-03-10 10:00 PKT".
func (c *Console) csvTime(t time.Time) string { return t.In(c.loc).Format("2006-01-02 15:04 MST") }

// date reads a YYYY-MM-DD date as midnight in the console's zone; "" is def.
func (c *Console) date(s string, def time.Time) (time.Time, error) {
	if s == "" {
		return def, nil
	}
	return time.ParseInLocation(time.DateOnly, s, c.loc)
}

func countries(raw json.RawMessage) []string {
	var out []string
	_ = json.Unmarshal(raw, &out)
	return out
}

func flagCodes(raw json.RawMessage) []string {
	var flags []flagView
	_ = json.Unmarshal(raw, &flags)
	out := make([]string, 0, len(flags))
	for _, f := range flags {
		out = append(out, f.Code)
	}
	return out
}
