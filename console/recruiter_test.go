package console_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
)

func TestRecruiterPageIsScoped(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	first := e.makeReport(scamReport("FIA"))
	second := e.makeReport(scamReport("FIA", "NCCIA"))
	elsewhere := e.makeReport(scamReport("NCCIA"))
	lic := scamReport("FIA")
	lic.keys = []store.Key{{Kind: "licence", Value: "4455/LHR"}, {Kind: "url", Value: "https://gulfjobs.com/apply"}}
	licensed := e.makeReport(lic)
	c, _ := e.signedIn("FIA")

	res := c.get("/console/recruiters?kind=phone&value=0345-1112233")
	require.Equal(t, http.StatusOK, res.status)
	require.Contains(t, res.body, "&#43;923451112233", "a typed number is read as stored (html/template writes + as &#43;)")
	require.Contains(t, res.body, "2 reports naming")
	require.Contains(t, res.body, first.reference)
	require.Contains(t, res.body, second.reference)
	require.NotContains(t, res.body, elsewhere.reference, "another agency's report is not shown")
	require.Contains(t, res.body, `href="/console/referrals/`+itoa(first.referrals["FIA"])+`"`)

	res = c.get("/console/recruiters?kind=licence&value=4455%2FLHR")
	require.Contains(t, res.body, "1 report naming")
	require.Contains(t, res.body, licensed.reference)
	res = c.get("/console/recruiters?kind=url&value=HTTPS%3A%2F%2FGulfJobs.com%2Fapply")
	require.Contains(t, res.body, licensed.reference)
	res = c.get("/console/recruiters?kind=phone&value=0300-0000000")
	require.Contains(t, res.body, "None of your agency")
	res = c.get("/console/recruiters?kind=cnic&value=1")
	require.Equal(t, http.StatusBadRequest, res.status)
	res = c.get("/console/recruiters")
	require.Equal(t, http.StatusOK, res.status)
	require.True(t, strings.Contains(res.body, `name="value"`))

	nccia, _ := e.signedIn("NCCIA")
	res = nccia.get("/console/recruiters?kind=phone&value=%2B923451112233")
	require.Contains(t, res.body, "2 reports naming")
	require.Contains(t, res.body, elsewhere.reference)
	require.NotContains(t, res.body, first.reference)

	// Each search is audited: the kind of key and what it showed, not the
	// key (anyone's number).
	require.Equal(t, 4, e.count(`SELECT count(*) FROM audit_log WHERE action = 'recruiters.search' AND detail->>'agency' = 'FIA'`))
	require.Equal(t, 1, e.count(`SELECT count(*) FROM audit_log WHERE action = 'recruiters.search' AND detail->>'agency' = 'NCCIA'
		AND detail->>'kind' = 'phone' AND (detail->>'results')::int = 2`))
	require.Zero(t, e.count(`SELECT count(*) FROM audit_log WHERE detail::text LIKE '%923451112233%' OR detail::text LIKE '%4455%'`))
}
