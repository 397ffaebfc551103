package agency_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/store"
)

// The API says a reporter withdrew their words, in the list and the
// referral, and serves none of them; the facts about the recruiter stay.
func TestWithdrawnInTheAPI(t *testing.T) {
	t.Parallel()
	e := newAPI(t)
	ctx := context.Background()
	id := e.report(flows.KindReport, "Mera naam Farzana Bibi hai. "+scam, map[string]string{"recruiter": "Gulf Star Manpower"})["NCCIA"]
	tok := e.token("NCCIA", "agent")
	code, body := e.do(tok, "GET", fmt.Sprintf("/referrals/%d", id), nil)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, false, body["reporter_withdrew"])
	require.NotContains(t, body, "withdrawn_at")
	require.Contains(t, body["summary"], "Farzana")

	var contact int64
	require.NoError(t, e.db.Pool.QueryRow(ctx, `SELECT r.contact_id FROM reports r JOIN referrals f ON f.report_id = r.id WHERE f.id = $1`, id).Scan(&contact))
	tx, err := e.db.Pool.Begin(ctx)
	require.NoError(t, err)
	require.NoError(t, store.LockContact(ctx, tx, contact))
	_, err = casework.Withdraw(ctx, tx, contact, nil)
	require.NoError(t, err)
	require.NoError(t, store.EraseContact(ctx, tx, contact))
	require.NoError(t, tx.Commit(ctx))

	code, body = e.do(tok, "GET", fmt.Sprintf("/referrals/%d", id), nil)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, true, body["reporter_withdrew"])
	require.Contains(t, body["withdrawn_at"], "+05:00")
	require.Empty(t, body["summary"])
	require.Equal(t, []any{}, body["thread"], "every message of it was erased")
	require.Equal(t, map[string]any{"recruiter": "Gulf Star Manpower"}, body["answers"])
	require.NotContains(t, fmt.Sprint(body), "Farzana")
	require.Contains(t, fmt.Sprint(body["entities"]), "+92", "the recruiter's number stays")
	_, page := e.do(tok, "GET", "/referrals", nil)
	require.Equal(t, true, page["referrals"].([]any)[0].(map[string]any)["reporter_withdrew"])
}
