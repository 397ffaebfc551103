package jobs_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/store"
)

func (e *env) status(t *testing.T, id int64) store.Message {
	t.Helper()
	m, err := store.GetMessage(context.Background(), e.db.Pool, id)
	require.NoError(t, err)
	return m
}

// A reply waits for the provider's pace unclaimed: only the reply about to
// be handed over is "sending".
func TestReplyIsClaimedOnlyAfterItsPace(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	release := make(chan struct{})
	var pacedWhile, sentWhile atomic.Value
	e.paced.pace = func(ctx context.Context, out bot.Outbound) error {
		pacedWhile.Store(e.status(t, out.MessageID).Status)
		select {
		case <-release:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	e.paced.fail = func(out bot.Outbound) error {
		sentWhile.Store(e.status(t, out.MessageID).Status)
		return nil
	}
	e.runner(t, nil, true)
	e.send(t, paced, "chat-1", "p1", "hello")
	require.Eventually(t, func() bool { return pacedWhile.Load() != nil }, 10*time.Second, 5*time.Millisecond)
	require.Equal(t, store.StatusQueued, pacedWhile.Load(), "waiting for its pace, the reply is not claimed")
	close(release)
	e.waitSettled(t)
	require.Equal(t, store.StatusSending, sentWhile.Load(), "handed over claimed")
	require.Len(t, e.paced.deliveries(), 1)
}

// A process that dies while a reply waits for its pace loses nothing: the
// reply, still queued, is found and sent, once.
func TestCrashWhilePacingLosesNothing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var crashes atomic.Int32
	e.runner(t, func(point string) error {
		if point == jobs.FaultAfterPace && crashes.Add(1) == 1 {
			return errors.New("killed while pacing")
		}
		return nil
	}, true)
	rc := e.send(t, paced, "chat-1", "p1", "hello")
	e.waitSettled(t)
	require.GreaterOrEqual(t, crashes.Load(), int32(1), "the fault fired")
	rows := e.messages(t, rc.ConversationID)
	require.Len(t, rows, 2)
	require.Equal(t, store.StatusSent, rows[1].Status)
	require.Len(t, e.paced.deliveries(), 1, "sent once")
}

// A process that dies while the provider has a reply leaves a claim that
// runs out within the lease: another worker settles it as unknown (never
// sends it again) and the conversation goes on, long before River would
// rescue the dead job.
func TestExpiredClaimIsSettledAndTheConversationGoesOn(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var crashes atomic.Int32
	e.runnerWith(t, func(o *jobs.Options) {
		o.JobTimeout = time.Minute // River's own rescue would take two
		o.Fault = func(point string) error {
			if point == jobs.FaultAfterProvider && crashes.Add(1) == 1 {
				return errors.New("killed while the provider had it")
			}
			return nil
		}
	}, true)
	rc := e.send(t, provider, "+923001111111", "m1", "hello")
	require.Eventually(t, func() bool { return crashes.Load() == 1 }, 10*time.Second, 5*time.Millisecond)
	e.send(t, provider, "+923001111111", "m2", "menu")

	start := time.Now()
	e.waitSettled(t)
	require.Less(t, time.Since(start), 20*time.Second, "settled by its lease, not by River's rescue")
	rows := e.messages(t, rc.ConversationID)
	require.Len(t, rows, 4)
	require.Equal(t, store.StatusUnknown, rows[1].Status, "the reply the provider may have taken")
	require.Equal(t, store.CodeInterrupted, *e.status(t, rows[1].ID).ErrorCode)
	require.Equal(t, store.StatusSent, rows[3].Status, "the next reply went")
	require.Len(t, e.provider.deliveries(), 2, "each reply handed over once")
}

// A claim that ran out is settled by the next send of its conversation,
// also when no sweeper runs.
func TestNextSendSettlesAnExpiredClaim(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	rc := e.send(t, provider, "+923002222222", "m1", "hello")
	// A reply claimed by a process that died: its lease has run out.
	dead, err := store.InsertOutbound(ctx, e.db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: provider, Body: "lost"})
	require.NoError(t, err)
	_, err = e.db.Pool.Exec(ctx, `UPDATE messages SET status = 'sending', lease_until = now() - interval '1 second' WHERE id = $1`, dead)
	require.NoError(t, err)

	r := e.runnerWith(t, func(o *jobs.Options) { o.SweepInterval = time.Hour }, true)
	r.Send(ctx, rc.ConversationID)
	e.waitSettled(t)
	require.Equal(t, store.StatusUnknown, e.status(t, dead).Status)
	rows := e.messages(t, rc.ConversationID)
	require.Equal(t, store.StatusSent, rows[len(rows)-1].Status, "the greeting, after it")
	require.Len(t, e.provider.deliveries(), 1, "the lost reply was not sent again")
}

// A reply in parts resumes where it stopped: a part refused for now is
// retried, and the parts the provider accepted are not sent again.
func TestSplitReplyResumesAfterAcceptedParts(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var mu sync.Mutex
	calls := map[string]int{}
	e.split.fail = func(out bot.Outbound) error {
		mu.Lock()
		defer mu.Unlock()
		calls[out.Text]++
		if out.Text == "two" && calls["two"] == 1 {
			return errors.New("502 bad gateway")
		}
		return nil
	}
	// A claim that holds well beyond a starved CI machine's pauses: this
	// test is about resuming after a refused part, not about lost claims.
	r := e.runner(t, nil, true, func(o *jobs.Options) { o.Lease = 5 * time.Second })
	rc := e.send(t, split, "+923003333333", "s1", "hello")
	e.waitSettled(t)
	id, err := store.InsertOutbound(context.Background(), e.db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: split, Body: "one|two|three"})
	require.NoError(t, err)
	r.Send(context.Background(), rc.ConversationID)
	e.waitSettled(t)

	var texts []string
	for _, d := range e.split.deliveries()[1:] { // after the greeting
		texts = append(texts, d.Text)
		require.Equal(t, 3, d.Parts)
	}
	require.Equal(t, []string{"one", "two", "three"}, texts, "each part accepted once")
	mu.Lock()
	require.Equal(t, map[string]int{"one": 1, "two": 2, "three": 1}, map[string]int{"one": calls["one"], "two": calls["two"], "three": calls["three"]})
	mu.Unlock()
	m := e.status(t, id)
	require.Equal(t, store.StatusSent, m.Status)
	require.Nil(t, m.ErrorCode, "an earlier failure's code is cleared")
	require.Equal(t, fmt.Sprint("P", id), *m.ProviderID, "the last part's id")
	var blank int
	require.NoError(t, e.db.Pool.QueryRow(context.Background(),
		`SELECT count(*) FROM message_parts WHERE message_id = $1 AND status = 'sent' AND body = ''`, id).Scan(&blank))
	require.Equal(t, 3, blank, "part texts are blanked once the reply is settled")
}

// A crash while the provider has one part makes that part, and only it,
// unknown: the next part goes, and so does the conversation.
func TestCrashDuringAPartLeavesOnlyThatPartUnknown(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var afterProvider atomic.Int32
	r := e.runner(t, func(point string) error {
		// The greeting is the first call; "two" the third.
		if point == jobs.FaultAfterProvider && afterProvider.Add(1) == 3 {
			return errors.New("killed while the provider had part two")
		}
		return nil
	}, true)
	rc := e.send(t, split, "+923004444444", "s1", "hello")
	e.waitSettled(t)
	id, err := store.InsertOutbound(context.Background(), e.db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: split, Body: "one|two|three"})
	require.NoError(t, err)
	r.Send(context.Background(), rc.ConversationID)
	e.waitSettled(t)

	var texts []string
	for _, d := range e.split.deliveries()[1:] {
		texts = append(texts, d.Text)
	}
	require.Equal(t, []string{"one", "two", "three"}, texts, "each part handed over once")
	m := e.status(t, id)
	require.Equal(t, store.StatusUnknown, m.Status)
	require.Equal(t, "part_unknown", *m.ErrorCode)
	rows, err := e.db.Pool.Query(context.Background(), `SELECT status FROM message_parts WHERE message_id = $1 ORDER BY part`, id)
	require.NoError(t, err)
	var parts []string
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		parts = append(parts, s)
	}
	require.NoError(t, rows.Err())
	require.Equal(t, []string{"sent", "unknown", "sent"}, parts)

	e.send(t, split, "+923004444444", "s2", "menu")
	e.waitSettled(t)
	all := e.messages(t, rc.ConversationID)
	require.Equal(t, store.StatusSent, all[len(all)-1].Status, "the conversation goes on")
}

// Telegram numbers the messages of each chat apart: replies to two people
// may carry the same provider id, and both are recorded sent.
func TestRepliesMayShareAProviderID(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.provider.id = "101"
	e.runner(t, nil, true)
	a := e.send(t, provider, "chat-a", "a1", "hello")
	b := e.send(t, provider, "chat-b", "b1", "hello")
	e.waitSettled(t)
	for _, rc := range []bot.Receipt{a, b} {
		rows := e.messages(t, rc.ConversationID)
		require.Equal(t, store.StatusSent, rows[1].Status)
		require.Equal(t, "101", *e.status(t, rows[1].ID).ProviderID)
	}
}
