package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// An agency's input is numbered after the person's messages, processed in
// that order, and never shown to the person as if they had written it; a
// closed (erased) conversation takes none.
func TestAgencyInputIsAnInboundInOrder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t).Pool
	contact, err := store.EnsureContact(ctx, db, "webchat", []byte("h"), []byte("s"))
	require.NoError(t, err)
	conv, in1 := inbound(t, db, contact, "p1", "hi")
	id, err := store.InsertAgencyInput(ctx, db, store.NewAgencyInput{ConversationID: conv, Kind: store.KindAgencyMessage, Body: "Receipt hai?",
		Meta: store.InputMeta{Agency: "FIA", Reference: "HSY-7KQ3MZ", Actor: "user:3"}})
	require.NoError(t, err)
	_, in2 := inbound(t, db, contact, "p2", "ji")

	for _, want := range []int64{in1, id, in2} {
		input, err := store.StepInput(ctx, db, conv)
		require.NoError(t, err)
		require.NotNil(t, input.Pending)
		require.Equal(t, want, input.Pending.ID, "in arrival order")
		require.NoError(t, store.MarkProcessed(ctx, db, input.Pending.ID))
	}
	meta, referral, err := store.InputOf(ctx, db, id)
	require.NoError(t, err)
	require.Equal(t, store.InputMeta{Agency: "FIA", Reference: "HSY-7KQ3MZ", Actor: "user:3"}, meta)
	require.Nil(t, referral)

	feed, err := store.ConversationFeed(ctx, db, conv, 0, 10)
	require.NoError(t, err)
	var ids []int64
	for _, m := range feed {
		ids = append(ids, m.ID)
	}
	require.Equal(t, []int64{in1, in2}, ids, "the person's feed shows their own messages, not the agency's input")
	_, feed, err = store.FeedOf(ctx, db, "webchat", []byte("h"), 0, 10)
	require.NoError(t, err)
	ids = nil
	for _, m := range feed {
		ids = append(ids, m.ID)
	}
	require.Equal(t, []int64{in1, in2}, ids, "nor does the web chat's long poll")

	_, err = store.InsertAgencyInput(ctx, db, store.NewAgencyInput{ConversationID: conv, Kind: "text", Body: "x"})
	require.ErrorIs(t, err, store.ErrInvalid)
	require.NoError(t, store.EraseContact(ctx, db, contact))
	_, err = store.InsertAgencyInput(ctx, db, store.NewAgencyInput{ConversationID: conv, Kind: store.KindAgencyNotice, Meta: store.InputMeta{Thing: "+92300"}})
	require.ErrorIs(t, err, store.ErrNotFound)
}

// A queue cursor survives its round trip and refuses what is not one.
func TestQueueCursor(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "x", "MS4y", "bm90LmEuY3Vyc29yLmF0LmFsbA", "MS4yLjMuNC41"} {
		_, ok := store.ParseQueueCursor(s)
		require.False(t, ok, s)
	}
	c := store.QueueCursor{Closed: 0, Urgency: 1, ID: 42}
	got, ok := store.ParseQueueCursor(c.String())
	require.True(t, ok)
	require.Equal(t, c.ID, got.ID)
	require.Equal(t, c.Urgency, got.Urgency)
}
