package jobs_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/store"
)

// answer sends a message as the web chat does (bot.Ingester.IngestAnswer)
// through an ingester whose enqueuer is r.
func (e *env) answer(t *testing.T, r *jobs.Runner, address, providerID, text string) bot.Receipt {
	t.Helper()
	rc, err := bot.NewIngester(e.db.Pool, e.vault, r, nil).IngestAnswer(context.Background(),
		bot.Inbound{Channel: local, ProviderID: providerID, Address: address, Text: text})
	require.NoError(t, err)
	return rc
}

// A known person's message in a conversation with nothing waiting is
// stored, processed and answered by the one transaction that stores it;
// a redelivery of it is found and answered with the same id.
func TestIngestAnswerInOneTransaction(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.runner(t, nil, true)
	first := e.answer(t, r, "visitor-1", "w1", "hello")
	require.False(t, first.Answered, "a new person's first message takes the general path")
	e.waitSettled(t)

	rc := e.answer(t, r, "visitor-1", "w2", "menu")
	require.True(t, rc.Answered)
	require.Equal(t, first.ConversationID, rc.ConversationID)
	rows := e.messages(t, rc.ConversationID)
	require.Len(t, rows, 4)
	require.Equal(t, rc.MessageID, rows[2].ID)
	require.Equal(t, store.StatusProcessed, rows[2].Status, "stored processed: committed with its answer")
	require.Equal(t, store.StatusSent, rows[3].Status, "delivered in the same transaction")
	require.Equal(t, &rc.MessageID, rows[3].InReplyTo)
	require.Equal(t, []string{"hello", "menu"}, e.engine.inputs())
	require.Len(t, e.local.deliveries(), 2)

	again, err := bot.NewIngester(e.db.Pool, e.vault, r, nil).IngestAnswer(context.Background(),
		bot.Inbound{Channel: local, ProviderID: "w2", Address: "visitor-1", Text: "menu"})
	require.NoError(t, err)
	require.True(t, again.Duplicate)
	require.Equal(t, rc.MessageID, again.MessageID)
	e.waitSettled(t)
	require.Len(t, e.messages(t, rc.ConversationID), 4, "a redelivery is stored and answered once")
}

// A message whose conversation has a message waiting is stored for the
// workers, and processed after it, in order.
func TestIngestAnswerWaitsItsTurn(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	idle := e.runner(t, nil, false) // no workers yet: the first message waits
	e.answer(t, idle, "visitor-2", "w1", "hello")
	rc := e.answer(t, idle, "visitor-2", "w2", "menu")
	require.False(t, rc.Answered)
	rows := e.messages(t, rc.ConversationID)
	require.Len(t, rows, 2)
	require.Equal(t, store.StatusReceived, rows[1].Status)

	e.runner(t, nil, true)
	e.waitSettled(t)
	require.Equal(t, []string{"hello", "menu"}, e.engine.inputs(), "in arrival order")
	require.Equal(t, map[int64]int{rows[0].ID: 1, rows[1].ID: 1}, repliesTo(e.messages(t, rc.ConversationID)))
}

// A step that fails in the storing transaction costs nothing: everything
// rolls back, the message is stored alone and the workers answer it once.
func TestIngestAnswerFailingStepStoresTheMessage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var armed, fired atomic.Bool
	r := e.runner(t, func(point string) error {
		if point == jobs.FaultAfterFlow && armed.Load() && fired.CompareAndSwap(false, true) {
			return errors.New("crash")
		}
		return nil
	}, true)
	e.answer(t, r, "visitor-3", "w1", "hello")
	e.waitSettled(t)

	armed.Store(true)
	rc := e.answer(t, r, "visitor-3", "w2", "menu")
	require.True(t, fired.Load())
	require.False(t, rc.Answered)
	e.waitSettled(t)
	rows := e.messages(t, rc.ConversationID)
	require.Len(t, rows, 4)
	require.Equal(t, map[int64]int{rows[0].ID: 1, rc.MessageID: 1}, repliesTo(rows), "answered once, by the workers")
	require.Len(t, e.local.deliveries(), 2)
}
