package jobs_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/store"
)

// benchConversations spreads the messages of a benchmark over this many
// conversations, as many people writing at once.
const benchConversations = 50

// ingestN stores n messages spread over the benchmark's conversations and
// returns the conversations.
func (e *env) ingestN(b *testing.B, channel string, n int) []int64 {
	b.Helper()
	convs := map[int64]bool{}
	for i := range n {
		text := "menu"
		if i < benchConversations {
			text = "hello"
		}
		rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: channel,
			ProviderID: fmt.Sprintf("bench-%d", i), Address: fmt.Sprintf("person-%d", i%benchConversations), Text: text})
		require.NoError(b, err)
		convs[rc.ConversationID] = true
	}
	var out []int64
	for id := range convs {
		out = append(out, id)
	}
	return out
}

// The process step: lock the conversation, read its next message, run the
// flow, store the reply and the new state. On the web chat the reply is
// delivered in the same transaction.
func BenchmarkProcessStep(b *testing.B) {
	e := newEnv(b)
	r := e.runner(b, nil, false)
	convs := e.ingestN(b, local, b.N)
	ctx := context.Background()
	b.ResetTimer()
	for _, id := range convs {
		for more := true; more; {
			var err error
			more, err = r.ProcessConversation(ctx, id)
			require.NoError(b, err)
		}
	}
	b.StopTimer()
	var left int
	require.NoError(b, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'received'`).Scan(&left))
	require.Zero(b, left)
}

// The send step through a provider: claim the reply, hand it over, record
// what the provider said.
func BenchmarkSendStep(b *testing.B) {
	e := newEnv(b)
	r := e.runner(b, nil, false)
	ctx := context.Background()
	convs := e.ingestN(b, provider, min(b.N, benchConversations))
	for i := range b.N {
		_, err := store.InsertOutbound(ctx, e.db.Pool, store.NewOutbound{ConversationID: convs[i%len(convs)], Channel: provider, Body: "reply"})
		require.NoError(b, err)
	}
	b.ResetTimer()
	for _, id := range convs {
		require.NoError(b, r.SendConversation(ctx, id))
	}
	b.StopTimer()
	var left int
	require.NoError(b, e.db.Pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE direction = 'out' AND status <> 'sent'`).Scan(&left))
	require.Zero(b, left)
}

// The web chat's answer, as a visitor waits for it: the message stored,
// stepped and answered in one transaction (bot.Ingester.IngestAnswer),
// then the feed read that shows the answer.
func BenchmarkAnswer(b *testing.B) {
	e := newEnv(b)
	r := e.runner(b, nil, false)
	ing := bot.NewIngester(e.db.Pool, e.vault, r, nil)
	ctx := context.Background()
	convs := make([]int64, benchConversations)
	after := make([]int64, benchConversations)
	for i := range convs { // each visitor's first message makes them known
		rc, err := ing.IngestAnswer(ctx, bot.Inbound{Channel: local, ProviderID: fmt.Sprintf("first-%d", i), Address: fmt.Sprintf("visitor-%d", i), Text: "hello"})
		require.NoError(b, err)
		convs[i] = rc.ConversationID
		_, err = r.ProcessConversation(ctx, rc.ConversationID)
		require.NoError(b, err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		k := i % benchConversations
		rc, err := ing.IngestAnswer(ctx, bot.Inbound{Channel: local, ProviderID: fmt.Sprintf("bench-%d", i), Address: fmt.Sprintf("visitor-%d", k), Text: "menu"})
		require.NoError(b, err)
		require.True(b, rc.Answered)
		feed, err := store.ConversationFeed(ctx, e.db.Pool, convs[k], after[k], 50)
		require.NoError(b, err)
		require.GreaterOrEqual(b, len(feed), 2, "the message and its answer")
		after[k] = feed[len(feed)-1].ID
	}
}
