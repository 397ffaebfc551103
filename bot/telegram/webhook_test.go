package telegram_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// enqueuer stands in for the job runner: it records what was enqueued.
type enqueuer struct {
	mu      sync.Mutex
	fetches int
}

func (*enqueuer) Process(context.Context, int64) {}

func (e *enqueuer) EnqueueSendTx(context.Context, pgx.Tx, int64) error { return nil }

func (*enqueuer) EnqueueReadTx(context.Context, pgx.Tx, int64, string, string) error { return nil }

func (e *enqueuer) EnqueueFetchTx(context.Context, pgx.Tx, int64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.fetches++
	return nil
}

// The webhook through the shared wrapper and a real database: stored, then
// acknowledged; a wrong secret is a 401 and stores nothing; a redelivery
// is acknowledged and not stored again.
func TestWebhookThroughTheIngester(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	v, err := vault.New([]byte(strings.Repeat("t", 32)))
	require.NoError(t, err)
	enq := &enqueuer{}
	ing := bot.NewIngester(db.Pool, v, enq, nil)
	ch, fake := newChannel(t)
	srv := httptest.NewServer(ing.Handler(ch, slog.New(slog.DiscardHandler)))
	t.Cleanup(srv.Close)

	post := func(file, secretHeader string) (int, string) {
		req, err := http.NewRequest(http.MethodPost, srv.URL+telegram.WebhookPath, bytes.NewReader(readTestdata(t, file)))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		if secretHeader != "" {
			req.Header.Set(telegram.SecretHeader, secretHeader)
		}
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(body)
	}
	ctx := context.Background()
	stored := func(updateID string) bool {
		_, err := store.FindByProviderID(ctx, db.Pool, bot.Telegram, updateID)
		if errors.Is(err, store.ErrNotFound) {
			return false
		}
		require.NoError(t, err)
		return true
	}

	code, _ := post("text.json", "wrong-secret")
	require.Equal(t, http.StatusUnauthorized, code)
	code, _ = post("text.json", "")
	require.Equal(t, http.StatusUnauthorized, code)
	require.False(t, stored("100000001:1718000000"), "nothing stored for a bad secret")

	code, body := post("text.json", secret)
	require.Equal(t, http.StatusOK, code)
	require.Empty(t, body)
	require.True(t, stored("100000001:1718000000"))
	code, _ = post("text.json", secret)
	require.Equal(t, http.StatusOK, code, "a redelivery is acknowledged")

	code, _ = post("photo.json", secret)
	require.Equal(t, http.StatusOK, code)
	m, err := store.FindByProviderID(ctx, db.Pool, bot.Telegram, "100000004:1718000010")
	require.NoError(t, err)
	require.Equal(t, "image", m.Kind)
	require.Equal(t, 1, enq.fetches, "the photo is fetched later, by reference")

	code, _ = post("my_chat_member_kicked.json", secret)
	require.Equal(t, http.StatusOK, code)
	require.False(t, stored("100000013"))

	code, _ = post("garbage.json", secret)
	require.Equal(t, http.StatusBadRequest, code)
	code, _ = post("string_update_id.json", secret)
	require.Equal(t, http.StatusBadRequest, code, "an update_id sent as a string is refused, not stored as 0")
	code, _ = post("no_update_id.json", secret)
	require.Equal(t, http.StatusBadRequest, code)

	// Telegram may number updates afresh after a week of silence: a new
	// update with an old number is stored, not taken for a redelivery.
	code, _ = post("update_id_restarted.json", secret)
	require.Equal(t, http.StatusOK, code)
	require.True(t, stored("100000001:1718700000"))
	var n int
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE provider_id LIKE '100000001:%'`).Scan(&n))
	require.Equal(t, 2, n)

	code, _ = post("callback_query.json", secret)
	require.Equal(t, http.StatusOK, code)
	require.True(t, stored("100000009:4382bfdwdsb323b2d9"))
	require.Eventually(t, func() bool { return len(fake.Calls("editMessageReplyMarkup")) == 1 }, 5*time.Second, 5*time.Millisecond)
	require.Len(t, fake.Calls("answerCallbackQuery"), 1)
}

// The webhook's answer never waits on Telegram: "typing…" and a button's
// answer go out after it, so a slow Bot API slows no acknowledgement.
func TestWebhookAnswersBeforeTheProvider(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	v, err := vault.New([]byte(strings.Repeat("t", 32)))
	require.NoError(t, err)
	ing := bot.NewIngester(db.Pool, v, &enqueuer{}, nil)
	ch, fake := newChannel(t)
	srv := httptest.NewServer(ing.Handler(ch, slog.New(slog.DiscardHandler)))
	t.Cleanup(srv.Close)
	client := &http.Client{Timeout: 5 * time.Second}

	for _, tc := range []struct{ file, method string }{
		{"text.json", "sendChatAction"},
		{"callback_query.json", "answerCallbackQuery"},
	} {
		release := fake.Hold(tc.method)
		req, err := http.NewRequest(http.MethodPost, srv.URL+telegram.WebhookPath, bytes.NewReader(readTestdata(t, tc.file)))
		require.NoError(t, err)
		req.Header.Set(telegram.SecretHeader, secret)
		res, err := client.Do(req)
		require.NoError(t, err, "%s: answered while Telegram holds %s", tc.file, tc.method)
		_, err = io.ReadAll(res.Body) // the whole answer, to its end
		require.NoError(t, err, "%s: answered in full while Telegram holds %s", tc.file, tc.method)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.Eventually(t, func() bool { return len(fake.Calls(tc.method)) == 1 }, 5*time.Second, 5*time.Millisecond,
			"%s is called after the answer", tc.method)
		release()
	}
	ing.Wait(context.Background())
}
