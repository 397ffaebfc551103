package jobs_test

import (
	"context"
	"crypto/sha256"
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

func TestGreetingIsAnsweredAndSent(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	rc := e.send(t, provider, "+923001234567", "m1", "assalam o alaikum bhai")
	e.waitSettled(t)

	rows := e.messages(t, rc.ConversationID)
	require.Len(t, rows, 2)
	require.Equal(t, store.StatusProcessed, rows[0].Status)
	require.Equal(t, store.StatusSent, rows[1].Status)
	require.Equal(t, texts.T("ur-Latn", "greeting", nil), rows[1].Body)

	sent := e.provider.deliveries()
	require.Len(t, sent, 1)
	require.Equal(t, "+923001234567", sent[0].Address, "the sealed address is opened for the provider")
	require.Len(t, sent[0].Buttons, 7)
	require.Equal(t, "ur-Latn", sent[0].Locale)

	var sealed []byte
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT address_sealed FROM contacts`).Scan(&sealed))
	require.NotContains(t, string(sealed), "923001234567", "addresses are encrypted at rest")
}

// A redelivered provider message is acknowledged and ignored, also when the
// deliveries race and when it arrives after processing.
func TestRedeliveryIsIgnored(t *testing.T) {
	t.Parallel()
	e := newEnv(t)

	var wg sync.WaitGroup
	receipts := make([]bot.Receipt, 8)
	for i := range receipts {
		wg.Go(func() {
			rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: provider, ProviderID: "dup-1", Address: "+923001111111", Text: "hello"})
			require.NoError(t, err)
			receipts[i] = rc
		})
	}
	wg.Wait()
	fresh := 0
	for _, rc := range receipts {
		require.Equal(t, receipts[0].MessageID, rc.MessageID)
		if !rc.Duplicate {
			fresh++
		}
	}
	require.Equal(t, 1, fresh, "stored exactly once")

	e.runner(t, nil, true)
	e.waitSettled(t)
	again := e.send(t, provider, "+923001111111", "dup-1", "hello")
	require.True(t, again.Duplicate)
	e.waitSettled(t)

	rows := e.messages(t, receipts[0].ConversationID)
	require.Len(t, rows, 2, "one message in, one reply out")
	require.Len(t, e.provider.deliveries(), 1)

	var seq int64
	require.NoError(t, e.db.Pool.QueryRow(context.Background(), `SELECT last_seq FROM conversations`).Scan(&seq))
	require.Equal(t, int64(1), seq, "duplicates spend no sequence number")
}

// Messages of one contact, arriving concurrently, are processed one at a
// time in arrival order by two runners (two processes) working the same
// database, and the replies go out in that order.
func TestConcurrentMessagesProcessedInOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	e.runner(t, nil, true)

	const n = 30
	texts := make([]string, n)
	for i := range n {
		texts[i] = fmt.Sprintf("msg %02d", i)
	}
	// Each goroutine sends its message as soon as the previous one is
	// committed (arrival order is commit order), while other contacts'
	// messages pour in beside them.
	var wg sync.WaitGroup
	var conv int64
	wg.Go(func() {
		for i := range n {
			rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: local, ProviderID: fmt.Sprint("a", i), Address: "visitor-a", Text: texts[i]})
			require.NoError(t, err)
			conv = rc.ConversationID
		}
	})
	for c := range 4 {
		wg.Go(func() {
			for i := range n {
				_, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: local, ProviderID: fmt.Sprint("o", c, "-", i), Address: fmt.Sprint("other-", c), Text: "hello"})
				require.NoError(t, err)
			}
		})
	}
	wg.Wait()
	e.waitSettled(t)

	// A step whose transaction rolls back (a job timeout under load) is
	// run again on the same message before any later one, as a local
	// delivery is attempted again below: the engine is pure, and what the
	// step stored counts once, when it commits. Such a repeat is collapsed;
	// a message skipped, taken twice apart, or out of order still fails.
	var got []string
	for _, s := range e.engine.inputs() {
		if len(s) == 6 && s[:4] == "msg " && (len(got) == 0 || got[len(got)-1] != s) {
			got = append(got, s)
		}
	}
	require.Equal(t, texts, got, "processed once each, in arrival order")

	// Replies were stored, and delivered, in the order of what they answer.
	rows := e.messages(t, conv)
	var lastIn int64
	for _, r := range rows {
		if r.Direction == store.Out {
			require.GreaterOrEqual(t, *r.InReplyTo, lastIn)
			lastIn = *r.InReplyTo
		}
	}
	// A local delivery may be attempted again when its transaction rolls
	// back (a job timeout under load); it counts once, when it commits. A
	// reply's first attempt can only begin after the one before it committed.
	var order []int64
	seen := map[int64]bool{}
	for _, d := range e.local.deliveries() {
		if d.ConversationID == conv && !seen[d.MessageID] {
			seen[d.MessageID] = true
			order = append(order, d.MessageID)
		}
	}
	require.IsIncreasing(t, order, "replies delivered in order")
	require.Len(t, order, len(rows)-n, "every reply delivered")
	for _, r := range rows {
		if r.Direction == store.Out {
			require.Equal(t, store.StatusSent, r.Status)
		}
	}
}

// A failure injected between any two steps is recovered from: every
// message is answered, nothing twice.
func TestFailureBetweenStepsThenRecovery(t *testing.T) {
	t.Parallel()
	cases := []struct {
		point   string
		channel string
		status  string // final status of the reply
	}{
		{jobs.FaultAfterFlow, provider, store.StatusSent},
		{jobs.FaultBeforeCommit, provider, store.StatusSent},
		{jobs.FaultAfterCommit, provider, store.StatusSent},
		{jobs.FaultBeforeProvider, provider, store.StatusSent},
		// The provider took it, then we failed to record that: the outcome is
		// unknown, and it must never be sent again.
		{jobs.FaultAfterProvider, provider, store.StatusUnknown},
		{jobs.FaultBeforeProvider, local, store.StatusSent},
		{jobs.FaultAfterProvider, local, store.StatusSent},
	}
	for _, c := range cases {
		t.Run(c.point+"/"+c.channel, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			var failures atomic.Int32
			e.runner(t, func(point string) error {
				if point == c.point && failures.Add(1) == 1 {
					return errors.New("injected failure at " + point)
				}
				return nil
			}, true)

			rc := e.send(t, c.channel, "addr-1", "f1", "hello")
			e.waitSettled(t)
			require.GreaterOrEqual(t, failures.Load(), int32(1), "the fault fired")

			rows := e.messages(t, rc.ConversationID)
			require.Len(t, rows, 2, "one reply stored")
			require.Equal(t, store.StatusProcessed, rows[0].Status)
			require.Equal(t, c.status, rows[1].Status)
			if c.channel == provider {
				require.Len(t, e.provider.deliveries(), 1, "handed to the provider exactly once")
			} // a local delivery is the committed status change: one row, sent, checked above
			require.Equal(t, []string{"hello"}, dedupe(e.engine.inputs()), "only the one message was processed")
		})
	}
}

// dedupe drops consecutive repeats: a step that was rolled back and retried
// ran the pure engine twice on the same input, which is fine.
func dedupe(in []string) []string {
	var out []string
	for _, s := range in {
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// Work whose job died with its process (here: the jobs are deleted) is
// revived by the sweeper.
func TestSweeperRevivesOrphanedWork(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	rc := e.send(t, local, "v1", "s1", "hello")
	ctx := context.Background()
	_, err := e.db.Pool.Exec(ctx, `DELETE FROM river_job`)
	require.NoError(t, err)
	// A reply queued by a process that died before its job ran.
	id, err := store.InsertOutbound(ctx, e.db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: local, Body: "orphan"})
	require.NoError(t, err)
	_, err = e.db.Pool.Exec(ctx, `UPDATE messages SET created_at = now() - interval '1 minute', updated_at = now() - interval '1 minute'`)
	require.NoError(t, err)

	e.runner(t, nil, true)
	e.waitSettled(t)
	m, err := store.GetMessage(ctx, e.db.Pool, id)
	require.NoError(t, err)
	require.Equal(t, store.StatusSent, m.Status)
	require.Equal(t, []string{"hello"}, e.engine.inputs())
}

func TestPermanentAndRetryableSendErrors(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var flakyCalls, slowCalls atomic.Int32
	var unblocked atomic.Bool
	e.provider.fail = func(out bot.Outbound) error {
		switch out.Address {
		case "blocked":
			if unblocked.Load() {
				return nil
			}
			return &bot.PermanentError{Code: "403", Contact: bot.ContactUnreachable, Err: errors.New("bot was blocked by the user")}
		case "flaky":
			if flakyCalls.Add(1) <= 2 {
				return errors.New("502 bad gateway")
			}
		case "slow-down":
			if slowCalls.Add(1) <= 1 {
				return fmt.Errorf("wrapped: %w", &bot.RetryAfterError{After: time.Second, Err: errors.New("429")})
			}
		}
		return nil
	}
	e.runner(t, nil, true)
	blocked := e.send(t, provider, "blocked", "p1", "hello")
	flaky := e.send(t, provider, "flaky", "p2", "hello")
	e.waitSettled(t)
	slow := e.send(t, provider, "slow-down", "p3", "hello")
	e.waitSettled(t)

	require.Equal(t, store.StatusFailed, e.messages(t, blocked.ConversationID)[1].Status)
	c, err := store.GetContact(context.Background(), e.db.Pool, blocked.ContactID)
	require.NoError(t, err)
	require.Equal(t, store.ContactUnreachable, c.Status)
	require.Equal(t, store.StatusSent, e.messages(t, flaky.ConversationID)[1].Status)
	require.Equal(t, store.StatusSent, e.messages(t, slow.ConversationID)[1].Status)
	m, err := store.GetMessage(context.Background(), e.db.Pool, e.messages(t, slow.ConversationID)[1].ID)
	require.NoError(t, err)
	require.Nil(t, m.ErrorCode, "the 429 of the first attempt is not kept on a reply sent")
	require.Equal(t, int32(2), slowCalls.Load(), "refused once with a 429, then sent")
	require.Equal(t, int32(3), flakyCalls.Load(), "refused twice, then sent")

	// A blocked contact who writes again (they unblocked the bot) is
	// reachable again, and answered. (Had the provider refused the answer
	// once more, a worker would mark them unreachable again: the status is
	// read once the pipeline has settled, not while it may still be
	// sending.)
	unblocked.Store(true)
	again := e.send(t, provider, "blocked", "p4", "hello again")
	e.waitSettled(t)
	c, err = store.GetContact(context.Background(), e.db.Pool, blocked.ContactID)
	require.NoError(t, err)
	require.Equal(t, store.ContactActive, c.Status)
	rows := e.messages(t, again.ConversationID)
	require.Equal(t, store.StatusSent, rows[len(rows)-1].Status, "answered")
}

func TestChannelOffIsRecorded(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	rc := e.send(t, "telegram", "123", "u1", "hello")
	e.waitSettled(t)
	rows := e.messages(t, rc.ConversationID)
	require.Equal(t, store.StatusFailed, rows[1].Status)
}

func TestMediaIsFetchedAfterTheMessageIsStored(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: provider, ProviderID: "img", Address: "a",
		Media: []bot.Media{
			{Kind: "image", ProviderRef: "ok:jpeg-bytes"},
			{Kind: "document", ProviderRef: "gone"},
			{Kind: "voice", ProviderRef: "flaky"},
		}})
	require.NoError(t, err)
	type media struct {
		Data  []byte
		Sum   []byte
		Error *string
	}
	var got []media
	require.Eventually(t, func() bool {
		rows, err := e.db.Pool.Query(context.Background(), `SELECT data, sha256, error FROM media WHERE message_id = $1 ORDER BY id`, rc.MessageID)
		require.NoError(t, err)
		got = got[:0]
		for rows.Next() {
			var m media
			require.NoError(t, rows.Scan(&m.Data, &m.Sum, &m.Error))
			got = append(got, m)
		}
		return len(got) == 3 && (got[0].Data != nil) && got[1].Error != nil && got[2].Data != nil
	}, 20*time.Second, 50*time.Millisecond)
	require.NotContains(t, string(got[0].Data), "jpeg-bytes", "sealed at rest")
	data, err := store.OpenBytes(got[0].Data, "media.data")
	require.NoError(t, err)
	require.Equal(t, "jpeg-bytes", string(data))
	sum := sha256.Sum256([]byte("jpeg-bytes"))
	require.Equal(t, sum[:], got[0].Sum)
	require.Equal(t, "404", *got[1].Error, "a failure is recorded; the message is kept")
	data, err = store.OpenBytes(got[2].Data, "media.data")
	require.NoError(t, err)
	require.Equal(t, "late", string(data), "a transient failure is retried")
	e.waitSettled(t)
	require.Equal(t, store.StatusProcessed, e.messages(t, rc.ConversationID)[0].Status)
}

func TestStopAndStartKeywords(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: provider, ProviderID: "s1", Address: "+92300", Text: "STOP", Control: bot.ControlStop})
	require.NoError(t, err)
	e.waitSettled(t)
	c, err := store.GetContact(context.Background(), e.db.Pool, rc.ContactID)
	require.NoError(t, err)
	require.Equal(t, store.ContactOptedOut, c.Status)
	require.Len(t, e.messages(t, rc.ConversationID), 1, "no reply to STOP")

	// Nothing is sent to an opted-out person, whatever queues a reply.
	e.send(t, provider, "+92300", "s2", "hello")
	e.waitSettled(t)
	rows := e.messages(t, rc.ConversationID)
	require.Equal(t, store.StatusFailed, rows[len(rows)-1].Status)
	require.Empty(t, e.provider.deliveries())

	_, err = e.ingest.Ingest(context.Background(), bot.Inbound{Channel: provider, ProviderID: "s3", Address: "+92300", Text: "START", Control: bot.ControlStart})
	require.NoError(t, err)
	e.waitSettled(t)
	e.send(t, provider, "+92300", "s4", "menu")
	e.waitSettled(t)
	require.Len(t, e.provider.deliveries(), 1, "writing again after START")
}

// An SMS "YES" (Twilio's opt-in word) opts in only a person who had opted
// out; from anyone else it is an answer, read by the flow.
func TestYesAnswersUnlessOptedOut(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.runner(t, nil, true)
	ctx := context.Background()
	yes := func(id string) bot.Receipt {
		rc, err := e.ingest.Ingest(ctx, bot.Inbound{Channel: provider, ProviderID: id, Address: "+92301", Text: "YES", Control: bot.ControlYes})
		require.NoError(t, err)
		e.waitSettled(t)
		return rc
	}
	e.send(t, provider, "+92301", "y1", "hello")
	e.waitSettled(t)
	before := len(e.provider.deliveries())
	rc := yes("y2")
	require.Greater(t, len(e.provider.deliveries()), before, "an active person's YES is answered")
	answered := false
	for _, m := range e.messages(t, rc.ConversationID) {
		answered = answered || m.InReplyTo != nil && *m.InReplyTo == rc.MessageID
	}
	require.True(t, answered, "the reply answers the YES")

	_, err := e.ingest.Ingest(ctx, bot.Inbound{Channel: provider, ProviderID: "y3", Address: "+92301", Text: "STOP", Control: bot.ControlStop})
	require.NoError(t, err)
	e.waitSettled(t)
	sent := len(e.provider.deliveries())
	rc = yes("y4")
	c, err := store.GetContact(ctx, e.db.Pool, rc.ContactID)
	require.NoError(t, err)
	require.Equal(t, store.ContactActive, c.Status, "YES opts an opted-out person back in")
	require.Equal(t, sent, len(e.provider.deliveries()), "and is not answered as a flow step: Twilio confirms it")
}
