package casework_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// reporter makes a contact and conversation to report from.
func reporter(t *testing.T, db *pgxpool.Pool, n int) casework.Conversation {
	t.Helper()
	ctx := context.Background()
	contact, err := store.EnsureContact(ctx, db, "webchat", fmt.Appendf(nil, "h%d", n), []byte("s"))
	require.NoError(t, err)
	conv, _, err := store.NextInboundSeq(ctx, db, contact, "webchat")
	require.NoError(t, err)
	return casework.Conversation{ID: conv, ContactID: contact, Channel: "webchat", Locale: "ur-Latn"}
}

func alerts(t *testing.T, db *pgxpool.Pool) map[string]int {
	t.Helper()
	// key_value is a keyed hash; the value itself is sealed beside it.
	rows, err := db.Query(context.Background(),
		`SELECT a.kind || ' ' || a.agency_code || ' ', a.key_value_sealed, ' ' || a.status, count(r.report_id)
		   FROM alerts a LEFT JOIN alert_reports r ON r.alert_id = a.id GROUP BY a.id`)
	require.NoError(t, err)
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var head, tail string
		var sealed []byte
		var n int
		require.NoError(t, rows.Scan(&head, &sealed, &tail, &n))
		value, err := store.Vault().Open(sealed, "report_keys.value")
		require.NoError(t, err)
		out[head+value+tail] = n
	}
	return out
}

// A number, link or wallet named by three reports within thirty days
// becomes a request for staff to review, to the agency that can act on
// it; once decided it is not drafted again at once.
func TestEarlyWarnings(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t).Pool
	now := time.Now()
	clock := func() time.Time { return now }
	cw := casework.New(routing.DefaultMatrix(), clock)
	text := "Dubai driver visa, 2 lakh advance JazzCash pe bhejein 0345-1112233. Form: gulf-jobs.pk/apply. Ya facebook.com"
	report := func(n int, text string) {
		t.Helper()
		spec := &flows.ReportSpec{Reference: fmt.Sprintf("HSY-AAAA%c%c", 'A'+n/10, 'A'+n%10), Kind: flows.KindReport, Text: text}
		_, err := cw.Create(ctx, db, reporter(t, db, n), spec)
		require.NoError(t, err)
	}
	report(1, text)
	report(2, text)
	require.Empty(t, alerts(t, db), "two reports are not yet a warning")

	// An old report does not count towards the window.
	_, err := db.Exec(ctx, `UPDATE reports SET created_at = now() - interval '40 days'`)
	require.NoError(t, err)
	report(3, text)
	require.Empty(t, alerts(t, db), "two of the three are older than thirty days")

	report(4, text)
	report(5, text)
	require.Equal(t, map[string]int{
		"block_number PTA +923451112233 pending":          3,
		"freeze_wallet NCCIA +923451112233 pending":       3,
		"takedown_link PKCERT gulf-jobs.pk/apply pending": 3,
	}, alerts(t, db), "a request per thing, to its agency; a platform's bare address is none")

	report(6, text)
	require.Equal(t, 4, alerts(t, db)["block_number PTA +923451112233 pending"], "a fourth report joins the waiting request")

	_, err = db.Exec(ctx, `UPDATE alerts SET status = 'rejected', decided_at = now() WHERE kind = 'block_number'`)
	require.NoError(t, err)
	report(7, text)
	require.Contains(t, alerts(t, db), "block_number PTA +923451112233 rejected")
	require.NotContains(t, alerts(t, db), "block_number PTA +923451112233 pending", "rejected within the window: not drafted again")

	// A stricter setting drafts sooner.
	strict := cw.WithWarnings(casework.Warnings{Reports: 2, Days: 7})
	other := "Naukri ke liye 0300-7654321 pe call karein"
	for n := 10; n < 12; n++ {
		spec := &flows.ReportSpec{Reference: fmt.Sprintf("HSY-BBBB%c%c", 'A'+n/10, 'A'+n%10), Kind: flows.KindReport, Text: other}
		_, err := strict.Create(ctx, db, reporter(t, db, n), spec)
		require.NoError(t, err)
	}
	require.Equal(t, 2, alerts(t, db)["block_number PTA +923007654321 pending"])
}

// Casework returns the pushes it caused, for the caller to queue; an agency
// the matrix no longer names for the report as it now reads keeps its
// referral, as supporting, with a reason that says so.
func TestRoutingReturnsPushesAndReroutes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t).Pool
	cw := casework.New(routing.DefaultMatrix(), nil)
	spec := &flows.ReportSpec{Reference: "HSY-CCCCCC", Kind: flows.KindHelp, Text: "madad chahiye", Answers: map[string]string{}}
	pushes, err := cw.Create(ctx, db, reporter(t, db, 1), spec)
	require.NoError(t, err)
	r, err := store.ReportByReference(ctx, db, spec.Reference)
	require.NoError(t, err)
	require.Equal(t, "other", r.CaseType)
	refs, err := store.ReferralsOf(ctx, db, r.ID)
	require.NoError(t, err)
	require.Len(t, refs, 1)
	require.Equal(t, []casework.Push{{Agency: "FIA", ReferralID: refs[0].ID, Event: casework.EventRouted}}, pushes)
	require.Equal(t, "Lead agency for reports of no listed type (triage by staff)", refs[0].Reason)

	// The person says they are abroad and unpaid: worker distress, MoFA leads.
	spec.Answers = map[string]string{"where": "abroad", "situation": "unpaid"}
	pushes, err = cw.Update(ctx, db, spec)
	require.NoError(t, err)
	refs, err = store.ReferralsOf(ctx, db, r.ID)
	require.NoError(t, err)
	got := map[string]store.Referral{}
	for _, f := range refs {
		got[f.Agency] = f
	}
	require.Equal(t, "lead", got["MOFA"].Role)
	require.Contains(t, got["MOFA"].Reason, "Lead agency for worker in distress abroad")
	require.Equal(t, "supporting", got["FIA"].Role, "no longer a lead")
	require.Equal(t, "No longer named by the charge matrix: the report now reads as worker in distress abroad. Transfer it or close it if it is not for you.", got["FIA"].Reason)
	require.Contains(t, pushes, casework.Push{Agency: "FIA", ReferralID: got["FIA"].ID, Event: casework.EventUpdated})
	require.Contains(t, pushes, casework.Push{Agency: "MOFA", ReferralID: got["MOFA"].ID, Event: casework.EventRouted})

	// The reporter writes on the report: every agency holding it is told.
	pushes, err = cw.Relay(ctx, db, &flows.ReportSpec{Reference: spec.Reference})
	require.NoError(t, err)
	require.Len(t, pushes, len(refs))
	for _, p := range pushes {
		require.Equal(t, casework.EventReply, p.Event)
	}
}
