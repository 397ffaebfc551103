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

// An agency that transferred a case away does not get it back when the
// report is routed again (the reporter's later answers).
func TestRoutingAgainRespectsTransfers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	contact, err := store.EnsureContact(ctx, db, "webchat", []byte(t.Name()+"h"), []byte("s"))
	require.NoError(t, err)
	conv, _, err := store.NextInboundSeq(ctx, db, contact, "webchat")
	require.NoError(t, err)

	cw := casework.New(routing.DefaultMatrix(), nil)
	spec := &flows.ReportSpec{Reference: "HSY-ABCDEF", Kind: flows.KindReport,
		Text: "Agent ne 5 lakh cash le liye Saudi visa ke liye, koi receipt nahi, ab phone band hai"}
	_, err = cw.Create(ctx, db, casework.Conversation{ID: conv, ContactID: contact, Channel: "webchat", Locale: "ur-Latn"}, spec)
	require.NoError(t, err)
	r, err := store.ReportByReference(ctx, db, spec.Reference)
	require.NoError(t, err)
	refs, err := store.ReferralsOf(ctx, db, r.ID)
	require.NoError(t, err)
	require.NotEmpty(t, refs)
	first := refs[0]

	// The lead hands it on to an agency the matrix did not name.
	require.NoError(t, store.TransferReferral(ctx, db, first.ID, "OPF", "Transferred by FIA: r"))
	require.NoError(t, store.AddEvent(ctx, db, first.ID, "token:1", "transfer", map[string]any{"from": first.Agency, "to": "OPF", "reason": "r"}))

	spec.Answers = map[string]string{"country": "Saudi Arabia"}
	_, err = cw.Update(ctx, db, spec)
	require.NoError(t, err)
	refs, err = store.ReferralsOf(ctx, db, r.ID)
	require.NoError(t, err)
	for _, f := range refs {
		require.NotEqual(t, first.Agency, f.Agency, "%s handed the case on and does not get it back", first.Agency)
	}
	var opf bool
	for _, f := range refs {
		opf = opf || f.Agency == "OPF"
	}
	require.True(t, opf, "the transfer stands")
}
