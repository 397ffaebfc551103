package console_test

import (
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
	require.Less(t, strings.Index(res.body, b.reference), strings.Index(res.body, a.reference), "newest first")
	require.Contains(t, res.body, `<span class="badge u-emergency">emergency</span>`)
	require.Contains(t, res.body, `<span class="badge late">overdue</span>`)
	require.Equal(t, 1, strings.Count(res.body, `<span class="badge late">`), "only the late one")
	require.Contains(t, res.body, ">priority high</span>")
	require.Regexp(t, `new <strong>2</strong>`, res.body, "counts per status are the agency's")
	require.Contains(t, res.body, "2 referrals")

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
}

func TestQueuePages(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var refs []string
	for range 27 {
		refs = append(refs, e.makeReport(scamReport("FIA")).reference)
	}
	c, _ := e.signedIn("FIA")
	first := c.get("/console?status=new")
	require.Contains(t, first.body, refs[26])
	require.NotContains(t, first.body, refs[1])
	older := regexp.MustCompile(`href="(/console\?before=\d+&amp;status=new)">Older`).FindStringSubmatch(first.body)
	require.NotNil(t, older, "a link to the older page, keeping the filter")
	second := c.get(strings.ReplaceAll(older[1], "&amp;", "&"))
	require.Equal(t, http.StatusOK, second.status)
	require.Contains(t, second.body, refs[0])
	require.Contains(t, second.body, refs[1])
	require.NotContains(t, second.body, refs[26])
	require.Contains(t, second.body, "← Newest")
	require.NotContains(t, second.body, "Older →")
	require.Equal(t, http.StatusBadRequest, c.get("/console?before=x").status)
}
