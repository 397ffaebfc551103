package console_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/store"
)

// A reporter who deleted their data: the referral page says they withdrew
// their words and shows none of them, the facts about the recruiter stay;
// the queue marks it.
func TestWithdrawnReportSaysSo(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	r := scamReport("FIA")
	r.text = "Mera naam Shazia Parveen hai, Qatar driver job, 3 lakh advance 0345-1112233"
	m := e.makeReport(r)
	var contact int64
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT contact_id FROM reports WHERE id = $1`, m.reportID).Scan(&contact))
	c, _ := e.signedIn("FIA")
	require.Contains(t, c.get("/console/referrals/"+itoa(m.referrals["FIA"])).body, "Shazia Parveen")

	tx, err := e.db.Pool.Begin(ctx)
	require.NoError(t, err)
	require.NoError(t, store.LockContact(ctx, tx, contact))
	pushes, err := casework.Withdraw(ctx, tx, contact, nil)
	require.NoError(t, err)
	require.Equal(t, []casework.Push{{Agency: "FIA", ReferralID: m.referrals["FIA"], Event: casework.EventWithdrawn}}, pushes)
	require.NoError(t, store.EraseContact(ctx, tx, contact))
	require.NoError(t, tx.Commit(ctx))

	res := c.get("/console/referrals/" + itoa(m.referrals["FIA"]))
	require.Equal(t, http.StatusOK, res.status)
	require.Contains(t, res.body, "Reporter withdrew their words")
	require.NotContains(t, res.body, "Shazia")
	require.Contains(t, res.body, `href="/console/network?key=phone%3A%2B923451112233"`, "the recruiter's number stays")
	require.Contains(t, res.body, "Job scam, money paid")
	require.NotContains(t, res.body, "agreed to be contacted", "their consent lapsed with their data")
	require.Contains(t, res.body, "can no longer be reached through Hoshyar")
	require.NotContains(t, res.body, `action="/console/referrals/`+itoa(m.referrals["FIA"])+`/message"`, "no reply form")
	require.Contains(t, c.get("/console").body, "words withdrawn")
}
