package console_test

import (
	"context"
	"encoding/csv"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
)

func TestDashboardDrawsTheAgencysNumbers(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.makeReport(scamReport("FIA"))
	old := scamReport("FIA")
	old.caseType = "trafficking"
	old.createdAt = time.Now().AddDate(0, 0, -3)
	old.entities = map[string]any{"countries": []string{"LY", "IT"}}
	old.keys = []store.Key{{Kind: "phone", Value: "+923009998877"}}
	e.makeReport(old)
	tooOld := scamReport("FIA")
	tooOld.caseType = "smuggling"
	tooOld.createdAt = time.Now().AddDate(0, 0, -45)
	e.makeReport(tooOld)
	other := scamReport("NCCIA")
	other.caseType = "phishing_site"
	other.entities = map[string]any{"countries": []string{"KH"}}
	e.makeReport(other)
	c, _ := e.signedIn("FIA")

	res := c.get("/console/dashboard")
	require.Equal(t, http.StatusOK, res.status)
	require.Equal(t, 4, strings.Count(res.body, "<svg viewBox="), "four charts")
	require.Contains(t, res.body, `<rect x=`)
	require.Contains(t, res.body, "Job scam, money paid", "the legend, in words")
	require.Contains(t, res.body, "Human trafficking")
	require.NotContains(t, res.body, "smuggling", "older than 30 days")
	require.NotContains(t, res.body, "Phishing", "another agency's")
	require.Contains(t, res.body, "Qatar (QA)")
	require.Contains(t, res.body, "Libya (LY)")
	// another agency's country, as the chart writes one ("Cambodia (KH)"):
	// a bare "KH" also turns up in the page's random CSRF token
	require.NotContains(t, res.body, "(KH)")
	require.NotContains(t, res.body, "Cambodia")
	require.Contains(t, res.body, ">Web chat</text>")
	require.Contains(t, res.body, `<a href="/console/network?key=phone%3A%2B923451112233">`)
	require.Contains(t, res.body, ">&#43;923009998877</text>")
	require.NotContains(t, res.body, "<script")
}

// The handling figures: per agency and month, the share claimed within the
// due time and the median times to claim and to close; every agency's
// counts, no case named.
func TestDashboardHandling(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	onTime := e.makeReport(scamReport("FIA", "NCCIA"))
	late := e.makeReport(scamReport("FIA"))
	e.makeReport(scamReport("FIA")) // not due yet, not claimed: not counted either way
	set := func(id int64, sql string) {
		t.Helper()
		_, err := e.db.Pool.Exec(ctx, `UPDATE referrals SET `+sql+` WHERE id = $1`, id)
		require.NoError(t, err)
	}
	set(onTime.referrals["FIA"], `status = 'closed', claimed_at = created_at + interval '2 hours', closed_at = created_at + interval '3 days'`)
	set(late.referrals["FIA"], `status = 'claimed', due_at = created_at + interval '1 hour', claimed_at = created_at + interval '4 hours'`)
	c, _ := e.signedIn("FIA")
	body := c.get("/console/dashboard").body
	require.Contains(t, body, "Handling, per agency and month")
	require.Contains(t, body, time.Now().In(time.FixedZone("PKT", 5*3600)).Format("January 2006"))
	require.Contains(t, body, "<strong>50% (1 of 2)</strong>", "one of the two claimed or past due was claimed in time")
	require.Contains(t, body, "median to claim 3 h", "the median of 2 h and 4 h")
	require.Contains(t, body, "median to close 3 d (1 closed)")
	require.Contains(t, body, "<strong>NCCIA</strong> · 1 referral", "the other agencies' counts")
	require.NotContains(t, body, onTime.reference, "no case is named")
	require.NotContains(t, body, "/console/export.csv", "an agent does not export")
}

func TestExportCSV(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	day := func(s string) time.Time {
		d, err := time.ParseInLocation(time.DateOnly, s, time.FixedZone("PKT", 5*3600))
		require.NoError(t, err)
		return d
	}
	in := scamReport("FIA", "NCCIA")
	in.createdAt = day("2026-03-10").Add(10 * time.Hour)
	a := e.makeReport(in)
	edge := scamReport("FIA")
	edge.createdAt = day("2026-03-31").Add(23*time.Hour + 59*time.Minute) // late on the last day, Pakistan time
	b := e.makeReport(edge)
	before := scamReport("FIA")
	before.createdAt = day("2026-02-28").Add(23 * time.Hour)
	e.makeReport(before)
	other := scamReport("NCCIA")
	other.createdAt = day("2026-03-15")
	o := e.makeReport(other)
	agent, _ := e.signedIn("FIA")
	res := agent.get("/console/export.csv?from=2026-03-01&to=2026-03-31")
	require.Equal(t, http.StatusForbidden, res.status, "exporting is a supervisor's")
	require.Contains(t, res.body, "Exporting referrals needs the supervisor role.")
	c, _ := e.signedInAs("FIA", "supervisor")
	require.Contains(t, c.get("/console/dashboard").body, "/console/export.csv")

	res = c.get("/console/export.csv?from=2026-03-01&to=2026-03-31")
	require.Equal(t, http.StatusOK, res.status)
	require.Equal(t, "text/csv; charset=utf-8", res.header.Get("Content-Type"))
	require.Equal(t, `attachment; filename="hoshyar-fia-2026-03-01-2026-03-31.csv"`, res.header.Get("Content-Disposition"))
	rows, err := csv.NewReader(strings.NewReader(res.body)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"id", "reference", "case_type", "urgency", "status", "created_at", "due_at", "agency",
		"role", "priority", "linked_reports", "countries", "red_flags"}, rows[0])
	require.Len(t, rows, 3, "two of the agency's referrals in range")
	require.Equal(t, []string{itoa(a.referrals["FIA"]), a.reference, "job_scam_paid", "routine", "new"}, rows[1][:5])
	require.Equal(t, "2026-03-10 10:00 PKT", rows[1][5], "Pakistan's time, labelled")
	require.Equal(t, []string{"FIA", "lead", "normal", "0", "QA", "fee_before_contract;guaranteed_visa"}, rows[1][7:])
	require.Equal(t, b.reference, rows[2][1])
	require.NotContains(t, res.body, o.reference)
	require.NotContains(t, res.body, a.address, "no reporter contact")
	require.NotContains(t, res.body, "Qatar mein", "no reporter words")

	var detail string
	require.NoError(t, e.db.Pool.QueryRow(context.Background(),
		`SELECT detail::text FROM audit_log WHERE action = 'referrals.export' AND actor LIKE 'user:%'`).Scan(&detail))
	require.Contains(t, detail, `"rows": 2`)
	require.Contains(t, detail, `"from": "2026-03-01"`)

	require.Equal(t, http.StatusBadRequest, c.get("/console/export.csv?from=March").status)
	require.Equal(t, http.StatusBadRequest, c.get("/console/export.csv?from=2026-03-31&to=2026-03-01").status)
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'referrals.export'`), "a refused export is not an export")
}
