package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// A known contact's message is stored by the round trip that begins the
// transaction; it is stored processed only when nothing of the conversation
// waits, and a step's outcome can end the transaction in its own round
// trip. An unknown contact and a redelivery store nothing.
func TestArriveKnown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t)
	hash := []byte("visitor-hash")
	arrival := func(providerID string, answer bool) store.KnownArrival {
		return store.KnownArrival{Channel: "webchat", Hash: hash, ProviderID: providerID, Kind: "text", Body: "menu", Answer: answer, Notify: true}
	}
	// begin runs one BeginArriveKnown on its own connection, then end.
	begin := func(a store.KnownArrival, end func(store.DBTX, store.Arrived, error) error) {
		conn, err := db.Pool.Acquire(ctx)
		require.NoError(t, err)
		defer conn.Release()
		tx := store.BegunTx(conn.Conn())
		got, err := store.BeginArriveKnown(ctx, conn.Conn(), a)
		if err := end(tx, got, err); err != nil {
			require.NoError(t, tx.Rollback(ctx))
			return
		}
		require.NoError(t, tx.Commit(ctx))
	}

	begin(arrival("k0", true), func(_ store.DBTX, _ store.Arrived, err error) error {
		require.ErrorIs(t, err, store.ErrNotFound, "no such contact")
		return err
	})
	contact, err := store.EnsureContact(ctx, db.Pool, "webchat", hash, []byte("sealed"))
	require.NoError(t, err)
	begin(arrival("k0", true), func(_ store.DBTX, _ store.Arrived, err error) error {
		require.ErrorIs(t, err, store.ErrNotFound, "no open conversation: the general path opens one")
		return err
	})
	_, _, err = store.NextInboundSeq(ctx, db.Pool, contact, "webchat") // as the general path does
	require.NoError(t, err)
	lastSeq := func() (seq int64) {
		require.NoError(t, db.Pool.QueryRow(ctx, `SELECT last_seq FROM conversations WHERE contact_id = $1`, contact).Scan(&seq))
		return seq
	}

	// Nothing waits: stored processed, and the step commits with its outcome.
	var first store.Arrived
	begin(arrival("k1", true), func(tx store.DBTX, got store.Arrived, err error) error {
		require.NoError(t, err)
		require.True(t, got.Free)
		require.Equal(t, contact, got.ContactID)
		require.Equal(t, got.ConversationID, got.Conversation.ID)
		require.Equal(t, store.StatusProcessed, got.Pending.Status)
		first = got
		_, err = store.SaveStep(ctx, tx, store.StepOutcome{ConversationID: got.ConversationID, MessageID: got.MessageID, Processed: true,
			Replies: []store.NewOutbound{{ConversationID: got.ConversationID, Channel: "webchat", InReplyTo: got.MessageID, Body: "options", Sent: true}},
			Notify:  true, State: json.RawMessage(`{}`), Locale: "en", Commit: true})
		return err
	})
	feed, err := store.ConversationFeed(ctx, db.Pool, first.ConversationID, 0, 10)
	require.NoError(t, err)
	require.Len(t, feed, 2, "committed with its reply")
	require.EqualValues(t, 2, *first.Pending.Seq)
	require.EqualValues(t, 2, lastSeq(), "the step wrote the number its arrival took")
	require.Equal(t, "menu", feed[0].Body)
	var raw string
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT body FROM messages WHERE id = $1`, first.MessageID).Scan(&raw))
	require.True(t, strings.HasPrefix(raw, vault.TextPrefix), "the body is sealed at rest")

	// A reply waits: the next message is stored for the workers.
	_, err = store.InsertOutbound(ctx, db.Pool, store.NewOutbound{ConversationID: first.ConversationID, Channel: "webchat", Body: "queued"})
	require.NoError(t, err)
	begin(arrival("k2", true), func(_ store.DBTX, got store.Arrived, err error) error {
		require.NoError(t, err)
		require.False(t, got.Free)
		require.True(t, got.Conversation.PendingOut)
		require.Equal(t, store.StatusReceived, got.Pending.Status)
		return nil
	})
	require.EqualValues(t, 3, lastSeq(), "a message left for the workers writes its number itself")
	// Without Answer it is always stored for the workers; a redelivery is not stored.
	begin(arrival("k3", false), func(_ store.DBTX, got store.Arrived, err error) error {
		require.NoError(t, err)
		require.False(t, got.Free)
		return nil
	})
	begin(arrival("k3", false), func(_ store.DBTX, _ store.Arrived, err error) error {
		require.ErrorIs(t, err, store.ErrNotFound, "stored already")
		return err
	})
	require.EqualValues(t, 4, lastSeq(), "a rolled-back redelivery spends no number")

	// A contact who had blocked the bot is reachable again once they write;
	// an erased one is reported as such, and the caller keeps nothing.
	require.NoError(t, store.SetContactStatus(ctx, db.Pool, contact, store.ContactUnreachable))
	begin(arrival("k4", false), func(_ store.DBTX, got store.Arrived, err error) error {
		require.NoError(t, err)
		require.Equal(t, store.ContactActive, got.ContactStatus)
		return nil
	})
	var status string
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT status FROM contacts WHERE id = $1`, contact).Scan(&status))
	require.Equal(t, store.ContactActive, status)
	require.NoError(t, store.SetContactStatus(ctx, db.Pool, contact, store.ContactErased))
	begin(arrival("k5", true), func(_ store.DBTX, got store.Arrived, err error) error {
		require.NoError(t, err)
		require.Equal(t, store.ContactErased, got.ContactStatus)
		return errors.New("erased: keep nothing")
	})

	// Only a BegunTx can commit with a step's outcome.
	tx, err := db.Pool.Begin(ctx)
	require.NoError(t, err)
	defer func() { _ = tx.Rollback(ctx) }()
	_, err = store.SaveStep(ctx, tx, store.StepOutcome{ConversationID: first.ConversationID, MessageID: first.MessageID, Processed: true,
		State: json.RawMessage(`{}`), Commit: true})
	require.Error(t, err)
}
