package telegram_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
	"github.com/hoshyar/hoshyar/internal/faketelegram"
)

// sink records what Poll stores; it fails its first calls on demand, and
// notes how many getUpdates calls had been made when each message was stored.
type sink struct {
	fake *faketelegram.Server

	mu      sync.Mutex
	fails   int // calls to fail with a database error
	invalid int // calls to fail with bot.ErrInvalid
	calls   int // every Ingest call
	got     []bot.Inbound
	seen    []int // getUpdates calls made before each stored message
}

func (s *sink) Ingest(_ context.Context, in bot.Inbound) (bot.Receipt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	switch {
	case s.invalid > 0:
		s.invalid--
		return bot.Receipt{}, bot.ErrInvalid
	case s.fails > 0:
		s.fails--
		return bot.Receipt{}, errors.New("store: connection refused")
	}
	s.got = append(s.got, in)
	s.seen = append(s.seen, len(s.fake.Calls("getUpdates")))
	return bot.Receipt{MessageID: int64(len(s.got))}, nil
}

func (s *sink) stored() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for _, in := range s.got {
		ids = append(ids, in.ProviderID)
	}
	return ids
}

// poll runs Poll in the background; stop cancels it and checks it
// returned nil promptly.
func poll(t *testing.T, ch *telegram.Channel, s telegram.Sink) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ch.Poll(ctx, s) }()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			require.NoError(t, err)
		case <-time.After(5 * time.Second):
			t.Fatal("Poll did not return after its context ended")
		}
	}
	t.Cleanup(stop)
	return stop
}

func queue(t *testing.T, fake *faketelegram.Server, files ...string) {
	t.Helper()
	for _, f := range files {
		fake.QueueUpdates(json.RawMessage(readTestdata(t, f)))
	}
}

func TestPollStoresEveryUpdateInOrderOnce(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	telegram.SetPollTiming(ch, 10*time.Millisecond, 50*time.Millisecond, time.Second)
	require.NoError(t, ch.SetWebhook(context.Background())) // polling must remove it first
	s := &sink{fake: fake, fails: 2}

	queue(t, fake, "text.json", "photo.json", "callback_query.json", "my_chat_member_kicked.json")
	stop := poll(t, ch, s)
	require.Eventually(t, func() bool { return len(s.stored()) == 3 }, 5*time.Second, 5*time.Millisecond)
	queue(t, fake, "urdu_zero_width.json", "sticker.json")
	require.Eventually(t, func() bool {
		calls := fake.Calls("getUpdates")
		return len(s.stored()) == 5 && calls[len(calls)-1].String("offset") == "100000016"
	}, 5*time.Second, 5*time.Millisecond)
	stop()

	require.Equal(t, []string{"100000001:1718000000", "100000004:1718000010", "100000009:4382bfdwdsb323b2d9",
		"100000014:1718000110", "100000015:1718000120"}, s.stored(),
		"in order, each once, the kicked update stores nothing")
	require.Equal(t, 7, s.calls, "two failed calls retried the same message")

	reqs := fake.Requests()
	require.Equal(t, "setWebhook", reqs[0].Method)
	require.Equal(t, "deleteWebhook", reqs[1].Method)
	require.NotEqual(t, "true", reqs[1].String("drop_pending_updates"))
	require.Empty(t, fake.Webhook())

	updates := fake.Calls("getUpdates")
	require.Empty(t, updates[0].String("offset"), "the first call confirms nothing")
	for _, u := range updates {
		require.Equal(t, "1", u.String("timeout"))
		require.Equal(t, []any{"message", "edited_message", "callback_query", "my_chat_member"}, u.Params["allowed_updates"])
	}
	// A getUpdates call confirms an update (offset past its id) only once
	// that update is stored.
	for i, id := range s.stored() {
		updateID, _, _ := strings.Cut(id, ":")
		n, _ := strconv.ParseInt(updateID, 10, 64)
		for _, u := range updates[:s.seen[i]] {
			offset, _ := strconv.ParseInt(u.String("offset"), 10, 64)
			require.LessOrEqual(t, offset, n, "update %s confirmed before it was stored", id)
		}
	}
	require.Eventually(t, func() bool {
		return len(fake.Calls("answerCallbackQuery")) == 1 && len(fake.Calls("editMessageReplyMarkup")) == 1
	}, 5*time.Second, 5*time.Millisecond, "AfterIngest runs for the button press")
}

func TestPollRetriesAfterGetUpdatesFails(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	telegram.SetPollTiming(ch, 10*time.Millisecond, 50*time.Millisecond, time.Second)
	fake.FailNext("deleteWebhook", http.StatusInternalServerError, "Internal Server Error", 0)
	fake.FailNext("getUpdates", http.StatusBadGateway, "Bad Gateway", 0)
	fake.FailNext("getUpdates", http.StatusConflict, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", 0)
	s := &sink{fake: fake}
	queue(t, fake, "text.json")
	poll(t, ch, s)
	require.Eventually(t, func() bool { return len(s.stored()) == 1 }, 5*time.Second, 5*time.Millisecond)
	require.Len(t, fake.Calls("deleteWebhook"), 2)
}

func TestPollSkipsWhatCannotBeStored(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	telegram.SetPollTiming(ch, 10*time.Millisecond, 50*time.Millisecond, time.Second)
	s := &sink{fake: fake, invalid: 1}
	queue(t, fake, "text.json", "photo.json")
	poll(t, ch, s)
	require.Eventually(t, func() bool { return len(s.stored()) == 1 }, 5*time.Second, 5*time.Millisecond)
	require.Equal(t, []string{"100000004:1718000010"}, s.stored(), "an invalid message does not block the ones after it")
}

func TestPollReturnsWhenCtxEndsWhileTelegramIsDown(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	telegram.SetPollTiming(ch, time.Hour, time.Hour, time.Second) // would wait an hour
	fake.FailNext("deleteWebhook", http.StatusInternalServerError, "Internal Server Error", 0)
	stop := poll(t, ch, &sink{fake: fake})
	require.Eventually(t, func() bool { return len(fake.Calls("deleteWebhook")) == 1 }, 5*time.Second, 5*time.Millisecond)
	stop()
}

func TestSetWebhook(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	require.NoError(t, ch.SetWebhook(context.Background()))
	calls := fake.Calls("setWebhook")
	require.Len(t, calls, 1)
	p := calls[0]
	require.Equal(t, "https://hoshyar.example.org/webhooks/telegram", p.String("url"))
	require.Equal(t, secret, p.String("secret_token"))
	require.Equal(t, []any{"message", "edited_message", "callback_query", "my_chat_member"}, p.Params["allowed_updates"])
	require.NotEqual(t, "true", p.String("drop_pending_updates"), "updates waiting since the last run are kept")
	require.Equal(t, "https://hoshyar.example.org/webhooks/telegram", fake.Webhook())

	fake.FailNext("setWebhook", http.StatusBadRequest, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook", 0)
	err := ch.SetWebhook(context.Background())
	require.ErrorContains(t, err, "HTTPS URL must be provided")
	require.NotContains(t, err.Error(), token)
}

func TestSetWebhookNeedsURLAndSecret(t *testing.T) {
	t.Parallel()
	fake := faketelegram.New(t, token)
	for name, opts := range map[string]telegram.Options{
		"no public URL": {Token: token, WebhookSecret: secret, APIURL: fake.URL()},
		"no secret":     {Token: token, APIURL: fake.URL(), PublicBaseURL: "https://hoshyar.example.org"},
	} {
		ch, err := telegram.New(opts)
		require.NoError(t, err, name)
		require.Error(t, ch.SetWebhook(context.Background()), name)
	}
	require.Empty(t, fake.Requests())
}
