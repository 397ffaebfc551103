package telegram

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestPacer(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_700_000_000, 0)
	p := newPacer(time.Second, 100*time.Millisecond)
	p.now = func() time.Time { return now }

	require.Equal(t, time.Duration(0), p.reserve("a"), "first send goes at once")
	require.Equal(t, 100*time.Millisecond, p.reserve("b"), "another chat waits for the bot's next slot")
	require.Equal(t, time.Second, p.reserve("a"), "the same chat waits a second")
	require.Equal(t, 2*time.Second, p.reserve("a"))

	now = now.Add(5 * time.Second)
	require.Equal(t, time.Duration(0), p.reserve("a"), "slots do not pile up while idle")

	p.hold("c", 3*time.Second)
	require.Equal(t, 3*time.Second, p.reserve("c"), "a 429 holds the chat")

	// reserveWithin takes a slot only when it comes soon enough, for the
	// chat and for the bot.
	now = now.Add(time.Minute)
	wait, ok := p.reserveWithin("d", time.Second)
	require.True(t, ok)
	require.Zero(t, wait)
	wait, ok = p.reserveWithin("d", 500*time.Millisecond)
	require.False(t, ok, "the chat's next slot is a second away")
	require.Equal(t, time.Second, wait)
	for range 20 {
		p.reserve(fmt.Sprint("busy-", now.UnixNano()))
		now = now.Add(time.Nanosecond)
	}
	_, ok = p.reserveWithin("e", time.Second)
	require.False(t, ok, "the bot's slots are two seconds ahead")
}

func TestPacerForgetsOldChats(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_700_000_000, 0)
	p := newPacer(time.Second, 0)
	p.now = func() time.Time { return now }
	for i := range 1000 {
		now = now.Add(10 * time.Millisecond)
		p.reserve(string(rune('a'+i%26)) + string(rune(i)))
	}
	require.LessOrEqual(t, len(p.next), 257)
}

func TestSleepEndsWithCtx(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.ErrorIs(t, sleep(ctx, time.Hour), context.Canceled)
	require.NoError(t, sleep(context.Background(), 0))
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	b := backoff{min: time.Second, max: 30 * time.Second}
	var got []time.Duration
	for range 7 {
		got = append(got, b.next(nil))
	}
	require.Equal(t, []time.Duration{1, 2, 4, 8, 16, 30, 30}, scale(got, time.Second))
	b.reset()
	require.Equal(t, time.Second, b.next(nil))
	require.Equal(t, 7*time.Second, b.next(&apiError{Code: 429, RetryAfter: 7}), "retry_after wins when longer")
}

func scale(ds []time.Duration, unit time.Duration) []time.Duration {
	out := make([]time.Duration, len(ds))
	for i, d := range ds {
		out[i] = d / unit
	}
	return out
}
