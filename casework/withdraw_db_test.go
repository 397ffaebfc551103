package casework_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// A report whose reporter withdrew their words takes no more of them: a
// late update (an answer, an image read late) or a relayed message leaves
// it as they left it.
func TestWithdrawnReportStaysWithdrawn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t).Pool
	cw := casework.New(routing.DefaultMatrix(), nil)
	conv := reporter(t, db, 1)
	spec := &flows.ReportSpec{Reference: "HSY-WWWWWW", Kind: flows.KindReport,
		Text: "Mera naam Kausar hai, Qatar visa 3 lakh advance 0345-1112233"}
	_, err := cw.Create(ctx, db, conv, spec)
	require.NoError(t, err)
	require.NoError(t, store.LockContact(ctx, db, conv.ContactID))
	pushes, err := casework.Withdraw(ctx, db, conv.ContactID, nil)
	require.NoError(t, err)
	require.NotEmpty(t, pushes)

	spec.Text = "Mera naam Kausar hai, main Lahore mein hoon, 0300-7654321"
	spec.Answers = map[string]string{"place": "Lahore"}
	pushes, err = cw.Update(ctx, db, spec)
	require.NoError(t, err)
	require.Empty(t, pushes)
	_, err = cw.Relay(ctx, db, spec)
	require.NoError(t, err)
	r, err := store.ReportByReference(ctx, db, spec.Reference)
	require.NoError(t, err)
	require.NotNil(t, r.WithdrawnAt)
	require.Empty(t, r.Summary)
	require.Empty(t, r.Answers)
	require.NotContains(t, string(r.Entities), "+923007654321")
	require.Contains(t, string(r.Entities), "+923451112233", "the recruiter's number it had")
}
