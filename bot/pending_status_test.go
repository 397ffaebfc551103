package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/store"
)

// A delivery report that overtakes the commit of its send's outcome (Twilio
// called back before the SID its API returned was stored) is kept, and
// applied once the reply has that id: the 63016 template still goes, once.
func TestStatusBeforeItsReplyIsKnown(t *testing.T) {
	t.Parallel()
	enq := &enqueuer{}
	ing, db := newIngester(t, enq, nil)
	ctx := context.Background()
	pending := func() int {
		var n int
		require.NoError(t, db.Pool.QueryRow(ctx, `SELECT count(*) FROM pending_statuses`).Scan(&n))
		return n
	}
	rc, err := ing.Ingest(ctx, bot.Inbound{Channel: bot.WhatsApp, ProviderID: "SMin", Address: "whatsapp:+923001234567", Text: "hi"})
	require.NoError(t, err)
	id, err := store.InsertOutbound(ctx, db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: bot.WhatsApp, InReplyTo: rc.MessageID, Body: "reply"})
	require.NoError(t, err)

	u := bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SMlate", Status: "undelivered", ErrorCode: "63016", ResendAsTemplate: true}
	require.NoError(t, ing.UpdateStatus(ctx, u))
	require.Empty(t, enq.sends, "nothing to replace yet")
	require.Equal(t, 1, pending())
	n, err := bot.ApplyPendingStatuses(ctx, db.Pool, time.Now(), enq)
	require.NoError(t, err)
	require.Zero(t, n, "the reply does not have the id yet")
	require.Equal(t, 1, pending())
	require.NoError(t, ing.UpdateStatus(ctx, bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SMlate", Status: "queued"}))
	require.Equal(t, 1, pending(), "a status that says nothing new is not kept")

	require.NoError(t, store.MarkSent(ctx, db.Pool, id, "SMlate"))
	n, err = bot.ApplyPendingStatuses(ctx, db.Pool, time.Now(), enq)
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.Zero(t, pending())
	m, err := store.GetMessage(ctx, db.Pool, id)
	require.NoError(t, err)
	require.Equal(t, store.StatusUndelivered, m.Status)
	require.Len(t, enq.sends, 1, "the template is queued")
	tpl, err := store.GetMessage(ctx, db.Pool, enq.sends[0])
	require.NoError(t, err)
	require.Equal(t, "template", tpl.Kind)

	n, err = bot.ApplyPendingStatuses(ctx, db.Pool, time.Now(), enq)
	require.NoError(t, err)
	require.Zero(t, n)
	require.Len(t, enq.sends, 1, "once")

	// A report whose reply never gets the id is dropped after a while.
	require.NoError(t, ing.UpdateStatus(ctx, bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SMnever", Status: "failed", ErrorCode: "30003"}))
	require.Equal(t, 1, pending())
	n, err = bot.ApplyPendingStatuses(ctx, db.Pool, time.Now().Add(time.Hour), enq)
	require.NoError(t, err)
	require.Zero(t, n)
	require.Zero(t, pending())
}
