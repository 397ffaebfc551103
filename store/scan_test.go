package store_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// The hot rows scanned by position read what a scan by name reads; a row
// whose columns differ in order (or in anything) is scanned by name.
func TestRowsByPosition(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t)
	contact, err := store.EnsureContact(ctx, db.Pool, "webchat", []byte("scan-hash"), []byte("sealed"))
	require.NoError(t, err)
	conv, seq, err := store.NextInboundSeq(ctx, db.Pool, contact, "webchat")
	require.NoError(t, err)
	_, _, err = store.InsertInbound(ctx, db.Pool, store.NewInbound{ConversationID: conv, Channel: "webchat", ProviderID: "p1", Seq: seq, Kind: "text", Body: "mera agent"})
	require.NoError(t, err)
	require.NoError(t, store.SaveConversationState(ctx, db.Pool, conv, json.RawMessage(`{"node":"menu"}`), "ur-Latn", nil))
	_, err = store.InsertOutbound(ctx, db.Pool, store.NewOutbound{ConversationID: conv, Channel: "webchat", Body: "ji, batayein", Buttons: json.RawMessage(`[{"label":"a","value":"b"}]`), Sent: true})
	require.NoError(t, err)

	both := func(columns, from string) (byPosition, byName string) {
		reversed := columnsReversed(columns)
		return "SELECT " + columns + " " + from, "SELECT " + reversed + " " + from
	}
	p, n := both(store.MessageColumns, "FROM messages ORDER BY id")
	same[store.Message](t, db, p, n, 2)
	p, n = both(store.ConversationColumns, "FROM conversations")
	got := same[store.Conversation](t, db, p, n, 1)
	require.JSONEq(t, `{"node":"menu"}`, string(got[0].State), "opened")
	p, n = both(store.FeedColumns, "FROM messages ORDER BY id")
	feed := same[store.FeedMessage](t, db, p, n, 2)
	require.Equal(t, "mera agent", feed[0].Body, "opened")
}

func same[T any](t *testing.T, db *dbtest.DB, byPosition, byName string, n int) []T {
	t.Helper()
	ctx := context.Background()
	rows, err := db.Pool.Query(ctx, byPosition)
	require.NoError(t, err)
	a, err := store.CollectRowsTo[T](rows)
	require.NoError(t, err)
	rows, err = db.Pool.Query(ctx, byName)
	require.NoError(t, err)
	b, err := store.CollectRowsTo[T](rows)
	require.NoError(t, err)
	require.Len(t, a, n)
	require.Equal(t, b, a)
	return a
}

func columnsReversed(columns string) string {
	cs := strings.Split(columns, ",")
	for i := range cs {
		cs[i] = strings.TrimSpace(cs[i])
	}
	slices.Reverse(cs)
	return strings.Join(cs, ", ")
}
