package console_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestQueueShowsOnlyOwnAgency(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	emergency := scamReport("FIA")
	emergency.caseType, emergency.urgency, emergency.due = "trafficking", "emergency", -time.Hour
	a := e.makeReport(emergency)
	high := scamReport("FIA", "NCCIA")
	high.priority = "high"
	b := e.makeReport(high)
	other := e.makeReport(scamReport("NCCIA"))
	c, _ := e.signedIn("FIA")

	res := c.get("/console")
	require.Equal(t, http.StatusOK, res.status)
	require.Contains(t, res.body, a.reference)
	require.Contains(t, res.body, b.reference)
	require.NotContains(t, res.body, other.reference, "another agency's referral is not listed")
	require.Less(t, strings.Index(res.body, a.reference), strings.Index(res.body, b.reference), "the emergency first")
	require.Contains(t, res.body, `<span class="badge u-emergency">Emergency</span>`)
	require.Contains(t, res.body, `<span class="clock">overdue by 1 h</span>`)
	require.Contains(t, res.body, ">priority high</span>")
	require.Contains(t, res.body, "Human trafficking")
	require.Contains(t, res.body, "with NCCIA", "the case's other agency")
	require.Regexp(t, `New <strong>2</strong>`, res.body, "counts per status are the agency's")
	require.Contains(t, res.body, "2 referrals")
	require.Contains(t, res.body, `<meta http-equiv="refresh" content="60">`, "it reloads itself, without a script")
	require.NotContains(t, res.body, "<script")

	// Filters.
	res = c.get("/console?urgency=emergency")
	require.Contains(t, res.body, a.reference)
	require.NotContains(t, res.body, b.reference)
	res = c.get("/console?case_type=job_scam_paid")
	require.NotContains(t, res.body, a.reference)
	require.Contains(t, res.body, b.reference)
	res = c.get("/console?status=closed")
	require.Contains(t, res.body, "No referrals match these filters.")
	res = c.get("/console?urgency=panic")
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "unknown urgency panic")
	res = c.get("/console?case_type=%3Cscript%3E")
	require.Equal(t, http.StatusBadRequest, res.status)
	require.NotContains(t, res.body, "<script>")

	nccia, _ := e.signedIn("NCCIA")
	res = nccia.get("/console")
	require.Contains(t, res.body, other.reference)
	require.Contains(t, res.body, b.reference, "the supporting agency's referral of the same report")
	require.NotContains(t, res.body, a.reference)

	// Every view of the queue is audited, with its filters (the first, on
	// signing in); a refused one is no view.
	require.Equal(t, 5, e.count(`SELECT count(*) FROM audit_log WHERE action = 'referrals.list' AND actor LIKE 'user:%' AND detail->>'agency' = 'FIA'`))
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'referrals.list' AND detail->>'agency' = 'FIA'
		AND detail->>'urgency' = 'emergency' AND (detail->>'shown')::int = 1`))
	require.Equal(t, 2, e.count(`SELECT count(*) FROM audit_log WHERE action = 'referrals.list' AND detail->>'agency' = 'NCCIA'`))
}

// The queue is worked from the top: open before closed, by urgency, the
// overdue before those on time, the earliest due first; each line says who
// claimed it and how long is left.
func TestQueueOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	refer := func(urgency string, due time.Duration) made {
		r := scamReport("FIA")
		r.urgency, r.due = urgency, due
		return e.makeReport(r)
	}
	routineLate := refer("routine", -2*time.Hour)
	urgentSoon := refer("urgent", 3*time.Hour)
	emergencyLater := refer("emergency", 50*time.Minute)
	urgentLate := refer("urgent", -30*time.Minute)
	emergencyLate := refer("emergency", -10*time.Minute)
	urgentLater := refer("urgent", 20*time.Hour)
	closedEmergency := refer("emergency", -time.Hour)
	_, err := e.db.Pool.Exec(context.Background(), `UPDATE referrals SET status = 'closed' WHERE id = $1`, closedEmergency.referrals["FIA"])
	require.NoError(t, err)
	c, token := e.signedIn("FIA")
	require.Equal(t, http.StatusSeeOther, poster(t, c, token, "/console/referrals/"+itoa(urgentSoon.referrals["FIA"]))("claim", nil).status)

	body := c.get("/console").body
	want := []made{emergencyLate, emergencyLater, urgentLate, urgentSoon, urgentLater, routineLate, closedEmergency}
	last := -1
	for i, m := range want {
		at := strings.Index(body, m.reference)
		require.Greater(t, at, last, "position %d", i)
		last = at
	}
	require.Contains(t, body, `<span class="clock">50 min left</span>`)
	require.Regexp(t, `claimed by <span dir="auto">Officer FIA \d+</span>`, body)

	// The API's order is the same, and pages keep to it.
	refs, next, err := e.service().Queue(context.Background(), e.caller("FIA", "agent"), storeFilter(3, ""))
	require.NoError(t, err)
	require.Equal(t, []string{emergencyLate.reference, emergencyLater.reference, urgentLate.reference}, references(refs))
	require.True(t, refs[0].Overdue)
	require.False(t, refs[1].Overdue)
	refs, next, err = e.service().Queue(context.Background(), e.caller("FIA", "agent"), storeFilter(3, next))
	require.NoError(t, err)
	require.Equal(t, []string{urgentSoon.reference, urgentLater.reference, routineLate.reference}, references(refs))
	require.NotNil(t, refs[0].ClaimedBy)
	refs, next, err = e.service().Queue(context.Background(), e.caller("FIA", "agent"), storeFilter(3, next))
	require.NoError(t, err)
	require.Equal(t, []string{closedEmergency.reference}, references(refs))
	require.Empty(t, next)
}

func TestQueuePages(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var refs []string
	for i := range 27 {
		r := scamReport("FIA")
		r.due = time.Duration(i+1) * time.Hour // due one after the other
		refs = append(refs, e.makeReport(r).reference)
	}
	c, _ := e.signedIn("FIA")
	first := c.get("/console?status=new")
	require.Contains(t, first.body, refs[0], "the earliest due first")
	require.NotContains(t, first.body, refs[26])
	next := regexp.MustCompile(`href="(/console\?after=[\w-]+&amp;status=new)">Next page`).FindStringSubmatch(first.body)
	require.NotNil(t, next, "a link to the next page, keeping the filter")
	second := c.get(strings.ReplaceAll(next[1], "&amp;", "&"))
	require.Equal(t, http.StatusOK, second.status)
	require.Contains(t, second.body, refs[25])
	require.Contains(t, second.body, refs[26])
	require.NotContains(t, second.body, refs[0])
	require.Contains(t, second.body, "← First page")
	require.NotContains(t, second.body, "Next page →")
	res := c.get("/console?after=x")
	require.Equal(t, http.StatusBadRequest, res.status)
	require.Contains(t, res.body, "That page of the queue does not exist.")
}
