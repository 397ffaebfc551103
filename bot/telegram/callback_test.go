package telegram_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
)

// pressed decodes the button press in testdata.
func pressed(t *testing.T, ch *telegram.Channel) bot.Inbound {
	t.Helper()
	body := readTestdata(t, "callback_query.json")
	r := httptest.NewRequest(http.MethodPost, "/webhooks/telegram", bytes.NewReader(body))
	r.Header.Set(telegram.SecretHeader, secret)
	msgs, err := ch.Decode(r, body)
	require.NoError(t, err)
	require.Len(t, msgs, 1)
	return msgs[0]
}

func TestAfterIngestAnswersAndRemovesButtons(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	require.NoError(t, ch.AfterIngest(context.Background(), pressed(t, ch)))

	reqs := fake.Requests()
	require.Len(t, reqs, 2)
	require.Equal(t, "answerCallbackQuery", reqs[0].Method)
	require.Equal(t, "4382bfdwdsb323b2d9", reqs[0].String("callback_query_id"))
	require.Equal(t, "editMessageReplyMarkup", reqs[1].Method)
	require.Equal(t, "123456789", reqs[1].String("chat_id"))
	require.Equal(t, "57", reqs[1].String("message_id"))
	require.Equal(t, map[string]any{"inline_keyboard": []any{}}, reqs[1].Params["reply_markup"])
}

// A private message gets "typing…" while its answer is made; a group
// message gets nothing.
func TestAfterIngestShowsTyping(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	require.NoError(t, ch.AfterIngest(context.Background(), bot.Inbound{Channel: bot.Telegram, ProviderID: "1", Address: "42", Text: "hi"}))
	calls := fake.Requests()
	require.Len(t, calls, 1)
	require.Equal(t, "sendChatAction", calls[0].Method)
	require.Equal(t, "42", calls[0].String("chat_id"))
	require.Equal(t, "typing", calls[0].String("action"))

	ch, fake = newChannel(t)
	require.NoError(t, ch.AfterIngest(context.Background(), bot.Inbound{Channel: bot.Telegram, ProviderID: "2", Address: "-100", Text: "hi", Group: true}))
	require.Empty(t, fake.Requests())
}

func TestAfterIngestErrors(t *testing.T) {
	t.Parallel()
	t.Run("a failed answer is reported, the buttons still removed", func(t *testing.T) {
		t.Parallel()
		ch, fake := newChannel(t)
		fake.FailNext("answerCallbackQuery", http.StatusBadRequest, "Bad Request: query is too old and response timeout expired or query ID is invalid", 0)
		err := ch.AfterIngest(context.Background(), pressed(t, ch))
		require.ErrorContains(t, err, "query is too old")
		require.Len(t, fake.Calls("editMessageReplyMarkup"), 1)
	})
	t.Run("buttons already gone is not an error", func(t *testing.T) {
		t.Parallel()
		ch, fake := newChannel(t)
		fake.FailNext("editMessageReplyMarkup", http.StatusBadRequest, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", 0)
		require.NoError(t, ch.AfterIngest(context.Background(), pressed(t, ch)))
	})
}
