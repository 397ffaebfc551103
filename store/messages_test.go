package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// The feed stops before the first reply still being sent, so a reader who
// remembers the last id it saw never skips one that becomes visible later.
func TestFeedNeverSkipsAPendingReply(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	contact, err := store.EnsureContact(ctx, db, "webchat", []byte(t.Name()+"h"), []byte("s"))
	require.NoError(t, err)
	conv, in1 := inbound(t, db, contact, "p1", "hi")
	out1, err := store.InsertOutbound(ctx, db, store.NewOutbound{ConversationID: conv, Channel: "webchat", InReplyTo: in1, Body: "hello"})
	require.NoError(t, err)
	_, in2 := inbound(t, db, contact, "p2", "menu")

	feed, err := store.ConversationFeed(ctx, db, conv, 0, 10)
	require.NoError(t, err)
	require.Len(t, feed, 1, "stops before the queued reply")
	require.Equal(t, in1, feed[0].ID)

	require.NoError(t, store.MarkSent(ctx, db, out1, ""))
	feed, err = store.ConversationFeed(ctx, db, conv, in1, 10)
	require.NoError(t, err)
	require.Equal(t, []int64{out1, in2}, []int64{feed[0].ID, feed[1].ID})

	// A reply that failed for good is skipped, not waited for.
	out2, err := store.InsertOutbound(ctx, db, store.NewOutbound{ConversationID: conv, Channel: "webchat", InReplyTo: in2, Body: "x"})
	require.NoError(t, err)
	require.NoError(t, store.MarkSendFailed(ctx, db, out2, store.StatusFailed, "channel_off"))
	_, in3 := inbound(t, db, contact, "p3", "again")
	feed, err = store.ConversationFeed(ctx, db, conv, in2, 10)
	require.NoError(t, err)
	require.Len(t, feed, 1)
	require.Equal(t, in3, feed[0].ID)
}

func TestEnsureContactAndNotFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	a, err := store.EnsureContact(ctx, db, "sms", []byte(t.Name()+"hash"), []byte("sealed"))
	require.NoError(t, err)
	b, err := store.EnsureContact(ctx, db, "sms", []byte(t.Name()+"hash"), []byte("other"))
	require.NoError(t, err)
	require.Equal(t, a, b)
	c, err := store.EnsureContact(ctx, db, "whatsapp", []byte(t.Name()+"hash"), []byte("sealed"))
	require.NoError(t, err)
	require.NotEqual(t, a, c, "channels are separate")

	_, err = store.GetMessage(ctx, db, 999)
	require.ErrorIs(t, err, store.ErrNotFound)
	_, err = store.FindContact(ctx, db, "sms", []byte(t.Name()+"nope"))
	require.ErrorIs(t, err, store.ErrNotFound)
}

// Delivery reports arrive out of order; a status only moves forward.
func TestDeliveryStatusOnlyMovesForward(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	contact, err := store.EnsureContact(ctx, db, "whatsapp", []byte(t.Name()+"h"), []byte("s"))
	require.NoError(t, err)
	conv, _, err := store.NextInboundSeq(ctx, db, contact, "whatsapp")
	require.NoError(t, err)
	id, err := store.InsertOutbound(ctx, db, store.NewOutbound{ConversationID: conv, Channel: "whatsapp", Body: "x"})
	require.NoError(t, err)
	require.NoError(t, store.MarkSent(ctx, db, id, "SM1"))

	steps := []struct {
		status, code string
		changed      bool
		want         string
	}{
		{"queued", "", false, "sent"},
		{"read", "", true, "read"},
		{"delivered", "", false, "read"},
		{"sent", "", false, "read"},
		{"failed", "30003", true, "failed"},
		{"delivered", "", false, "failed"},
	}
	for _, s := range steps {
		changed, err := store.UpdateDeliveryStatus(ctx, db, "whatsapp", "SM1", s.status, s.code)
		require.NoError(t, err)
		require.Equal(t, s.changed, changed, s.status)
		m, err := store.GetMessage(ctx, db, id)
		require.NoError(t, err)
		require.Equal(t, s.want, m.Status, s.status)
	}
	m, err := store.GetMessage(ctx, db, id)
	require.NoError(t, err)
	require.Equal(t, "30003", *m.ErrorCode)

	changed, err := store.UpdateDeliveryStatus(ctx, db, "whatsapp", "SM-unknown", "delivered", "")
	require.NoError(t, err)
	require.False(t, changed)
	changed, err = store.UpdateDeliveryStatus(ctx, db, "sms", "SM1", "delivered", "")
	require.NoError(t, err)
	require.False(t, changed, "ids are per channel")
}

// Old transcripts are blanked; what a report keeps as evidence stays.
func TestPurgeTranscriptsKeepsEvidence(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.Tx(t)
	contact, err := store.EnsureContact(ctx, db, "webchat", []byte(t.Name()+"h"), []byte("s"))
	require.NoError(t, err)
	conv, chat := inbound(t, db, contact, "p1", "salam")
	_, advert := inbound(t, db, contact, "p2", "Dubai jobs 4 lakh")
	_, err = store.InsertMedia(ctx, db, store.NewMedia{MessageID: chat, Kind: "image", Data: []byte("x")})
	require.NoError(t, err)
	report, err := store.InsertReport(ctx, db, store.NewReport{Reference: "HSY-ABCDEF", ConversationID: conv, ContactID: contact,
		Kind: "report", CaseType: "other", Urgency: "routine", Language: "en", Channel: "webchat"})
	require.NoError(t, err)
	require.NoError(t, store.AddEvidence(ctx, db, report, []int64{advert}))

	n, err := store.PurgeTranscripts(ctx, db, time.Now().Add(-time.Hour), 100)
	require.NoError(t, err)
	require.Zero(t, n, "nothing is old yet")
	n, err = store.PurgeTranscripts(ctx, db, time.Now().Add(time.Hour), 100)
	require.NoError(t, err)
	require.Equal(t, int64(1), n)
	m, err := store.GetMessage(ctx, db, chat)
	require.NoError(t, err)
	require.Empty(t, m.Body)
	m, err = store.GetMessage(ctx, db, advert)
	require.NoError(t, err)
	require.Equal(t, "Dubai jobs 4 lakh", m.Body, "evidence stays")
	var media int
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM media`).Scan(&media))
	require.Zero(t, media)
}

// inbound stores a web chat message from contact, numbered as ingest does,
// and returns its conversation and id.
func inbound(t *testing.T, db store.DBTX, contact int64, providerID, body string) (conv, id int64) {
	t.Helper()
	ctx := context.Background()
	conv, seq, err := store.NextInboundSeq(ctx, db, contact, "webchat")
	require.NoError(t, err)
	id, _, err = store.InsertInbound(ctx, db, store.NewInbound{ConversationID: conv, Channel: "webchat", ProviderID: t.Name() + "/" + providerID, Seq: seq, Kind: "text", Body: body})
	require.NoError(t, err)
	return conv, id
}
