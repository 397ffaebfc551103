package telegram_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
)

type failure struct {
	status      int
	description string
	retryAfter  int
}

func TestSend(t *testing.T) {
	t.Parallel()
	threeButtons := []bot.Button{{Label: "Report a job offer", Value: "report"}, {Label: "مدد چاہیے", Value: "help"}, {Label: "Check a recruiter", Value: "verify"}}
	tests := []struct {
		name    string
		out     bot.Outbound
		fail    *failure
		wantID  string
		wantErr func(t *testing.T, err error)
		want    []map[string]any // sendMessage params, in order
	}{
		{
			name:   "text",
			out:    bot.Outbound{Channel: bot.Telegram, Address: "123456789", Text: "Shukriya. Aap ki report mil gayi."},
			wantID: "101",
			want:   []map[string]any{{"chat_id": "123456789", "text": "Shukriya. Aap ki report mil gayi."}},
		},
		{
			name:   "three buttons, one a row, no copy_text",
			out:    bot.Outbound{Channel: bot.Telegram, Address: "123456789", Text: "Aap kya karna chahte hain?", Buttons: threeButtons},
			wantID: "101",
			want: []map[string]any{{
				"chat_id": "123456789", "text": "Aap kya karna chahte hain?",
				"reply_markup": map[string]any{"inline_keyboard": []any{
					[]any{map[string]any{"text": "Report a job offer", "callback_data": "report"}},
					[]any{map[string]any{"text": "مدد چاہیے", "callback_data": "help"}},
					[]any{map[string]any{"text": "Check a recruiter", "callback_data": "verify"}},
				}},
			}},
		},
		{
			name:   "group chat id",
			out:    bot.Outbound{Channel: bot.Telegram, Address: "-1001234567890", Text: "Main sirf private chat mein kaam karta hoon."},
			wantID: "101",
			want:   []map[string]any{{"chat_id": "-1001234567890", "text": "Main sirf private chat mein kaam karta hoon."}},
		},
		{
			name: "429 is a RetryAfterError with retry_after",
			out:  bot.Outbound{Address: "123456789", Text: "hi"},
			fail: &failure{http.StatusTooManyRequests, "Too Many Requests: retry after 3", 3},
			wantErr: func(t *testing.T, err error) {
				wrapped := fmt.Errorf("jobs: send message 7: %w", err)
				var ra *bot.RetryAfterError
				require.True(t, errors.As(wrapped, &ra), "%v", err)
				require.Equal(t, 3*time.Second, ra.After)
				_, permanent := bot.AsPermanent(err)
				require.False(t, permanent)
			},
		},
		{
			name: "403 blocked: permanent, contact unreachable",
			out:  bot.Outbound{Address: "123456789", Text: "hi"},
			fail: &failure{http.StatusForbidden, "Forbidden: bot was blocked by the user", 0},
			wantErr: func(t *testing.T, err error) {
				var pe *bot.PermanentError
				require.True(t, errors.As(fmt.Errorf("wrapped: %w", err), &pe), "%v", err)
				require.Equal(t, "403", pe.Code)
				require.Equal(t, bot.ContactUnreachable, pe.Contact)
				require.Contains(t, err.Error(), "bot was blocked by the user")
			},
		},
		{
			name: "403 deactivated: permanent, contact unreachable",
			out:  bot.Outbound{Address: "123456789", Text: "hi"},
			fail: &failure{http.StatusForbidden, "Forbidden: user is deactivated", 0},
			wantErr: func(t *testing.T, err error) {
				pe, ok := bot.AsPermanent(err)
				require.True(t, ok, "%v", err)
				require.Equal(t, bot.ContactUnreachable, pe.Contact)
			},
		},
		{
			name: "400 is permanent, contact untouched",
			out:  bot.Outbound{Address: "123456789", Text: "hi"},
			fail: &failure{http.StatusBadRequest, "Bad Request: chat not found", 0},
			wantErr: func(t *testing.T, err error) {
				pe, ok := bot.AsPermanent(err)
				require.True(t, ok, "%v", err)
				require.Equal(t, "400", pe.Code)
				require.Empty(t, pe.Contact)
			},
		},
		{
			name: "500 is a plain error, retried by the caller",
			out:  bot.Outbound{Address: "123456789", Text: "hi"},
			fail: &failure{http.StatusInternalServerError, "Internal Server Error", 0},
			wantErr: func(t *testing.T, err error) {
				requireRetryable(t, err)
				require.Contains(t, err.Error(), "500")
			},
		},
		{
			name: "401 (token revoked) is retried, not blamed on the message",
			out:  bot.Outbound{Address: "123456789", Text: "hi"},
			fail: &failure{http.StatusUnauthorized, "Unauthorized", 0},
			wantErr: func(t *testing.T, err error) {
				requireRetryable(t, err)
			},
		},
		{
			name: "button value past 64 bytes: permanent, nothing sent",
			out:  bot.Outbound{Address: "123456789", Text: "hi", Buttons: []bot.Button{{Label: "x", Value: strings.Repeat("v", 65)}}},
			wantErr: func(t *testing.T, err error) {
				pe, ok := bot.AsPermanent(err)
				require.True(t, ok, "%v", err)
				require.Equal(t, "button_value", pe.Code)
			},
		},
		{
			name: "address that is not a chat id: permanent, nothing sent",
			out:  bot.Outbound{Address: "+923001234567", Text: "hi"},
			wantErr: func(t *testing.T, err error) {
				pe, ok := bot.AsPermanent(err)
				require.True(t, ok, "%v", err)
				require.Equal(t, "bad_address", pe.Code)
				require.NotContains(t, err.Error(), "923001234567", "no phone numbers in errors")
			},
		},
		{
			name: "empty text: permanent, nothing sent",
			out:  bot.Outbound{Address: "123456789", Text: " \n "},
			wantErr: func(t *testing.T, err error) {
				pe, ok := bot.AsPermanent(err)
				require.True(t, ok, "%v", err)
				require.Equal(t, "empty_text", pe.Code)
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ch, fake := newChannel(t)
			if tc.fail != nil {
				fake.FailNext("sendMessage", tc.fail.status, tc.fail.description, tc.fail.retryAfter)
			}
			id, err := ch.Send(context.Background(), tc.out)
			if tc.wantErr != nil {
				require.Error(t, err)
				require.Empty(t, id)
				require.NotContains(t, err.Error(), token)
				tc.wantErr(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.wantID, id)
			calls := fake.Calls("sendMessage")
			require.Len(t, calls, len(tc.want))
			for i, want := range tc.want {
				require.Equal(t, want, calls[i].Params)
				require.NotContains(t, string(calls[i].Raw), "copy_text")
			}
		})
	}
}

func requireRetryable(t *testing.T, err error) {
	t.Helper()
	_, permanent := bot.AsPermanent(err)
	_, later := bot.AsRetryAfter(err)
	require.False(t, permanent, "%v", err)
	require.False(t, later, "%v", err)
}

func TestSendSplitsLongText(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	var b strings.Builder
	for i := 0; b.Len() < 9000; i++ {
		fmt.Fprintf(&b, "Sentence %d of a long pasted job advert, with fees and a WhatsApp number. ", i)
		if i%20 == 19 {
			b.WriteString("\n\n")
		}
	}
	text := strings.TrimSpace(b.String())
	buttons := []bot.Button{{Label: "Menu", Value: "menu"}}

	id, err := ch.Send(context.Background(), bot.Outbound{Address: "123456789", Text: text, Buttons: buttons})
	require.NoError(t, err)

	calls := fake.Calls("sendMessage")
	require.Len(t, calls, 3)
	require.Equal(t, "103", id, "the last message's id")
	var parts []string
	for i, c := range calls {
		part := c.String("text")
		require.LessOrEqual(t, len(utf16.Encode([]rune(part))), 4096)
		require.Equal(t, "123456789", c.String("chat_id"))
		require.NotRegexp(t, `^\s|\s$`, part)
		if i < len(calls)-1 {
			require.NotContains(t, c.Params, "reply_markup", "buttons only on the last part")
			require.Regexp(t, `\.$`, part, "cut at a sentence end")
		}
		parts = append(parts, part)
	}
	require.Equal(t, map[string]any{"inline_keyboard": []any{[]any{map[string]any{"text": "Menu", "callback_data": "menu"}}}},
		calls[2].Params["reply_markup"])
	require.Equal(t, strings.Fields(text), strings.Fields(strings.Join(parts, " ")), "nothing lost")
}

// A long reply is split for the caller, who records and sends the parts
// one by one: each goes as it is, the buttons with the last.
func TestSplitIntoParts(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	require.Nil(t, ch.Split(bot.Outbound{Address: "123456789", Text: "short"}), "a reply that fits is not split")

	text := strings.Repeat("ہوشیار رہیں۔ ", 400) // 5,200 characters: two parts
	buttons := []bot.Button{{Label: "Menu", Value: "menu"}}
	parts := ch.Split(bot.Outbound{Address: "123456789", Text: text, Buttons: buttons})
	require.Len(t, parts, 2)
	require.Empty(t, parts[0].Buttons)
	require.Equal(t, buttons, parts[1].Buttons)
	for i, p := range parts {
		require.LessOrEqual(t, len(utf16.Encode([]rune(p.Text))), 4096)
		id, err := ch.Send(context.Background(), bot.Outbound{Address: "123456789", Text: p.Text, Buttons: p.Buttons, Part: i + 1, Parts: 2})
		require.NoError(t, err)
		require.Equal(t, fmt.Sprint(101+i), id)
	}
	calls := fake.Calls("sendMessage")
	require.Len(t, calls, 2, "one call a part")
	require.NotContains(t, calls[0].Params, "reply_markup")
	require.Contains(t, calls[1].Params, "reply_markup")
	require.Equal(t, strings.Fields(text), strings.Fields(calls[0].String("text")+" "+calls[1].String("text")))
}

// Pace spaces messages to one chat; Send itself does not wait.
func TestPaceSpacesMessagesToOneChat(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	telegram.SetPacing(ch, 200*time.Millisecond, 0)
	ctx := context.Background()
	out := bot.Outbound{Address: "123456789", Text: "hi"}
	start := time.Now()
	for range 3 {
		require.NoError(t, ch.Pace(ctx, out))
		_, err := ch.Send(ctx, out)
		require.NoError(t, err)
	}
	require.GreaterOrEqual(t, time.Since(start), 400*time.Millisecond, "three sends to one chat take two intervals")

	ctx, cancel := context.WithCancel(ctx)
	cancel()
	require.ErrorIs(t, ch.Pace(ctx, out), context.Canceled, "waiting for a slot ends with ctx")

	// After a 429 the chat is held: Pace says how long rather than wait.
	fake.FailNext("sendMessage", http.StatusTooManyRequests, "Too Many Requests: retry after 30", 30)
	_, err := ch.Send(context.Background(), out)
	ra, ok := bot.AsRetryAfter(err)
	require.True(t, ok, "%v", err)
	require.Equal(t, 30*time.Second, ra.After)
	err = ch.Pace(context.Background(), out)
	ra, ok = bot.AsRetryAfter(err)
	require.True(t, ok, "%v", err)
	require.Greater(t, ra.After, 25*time.Second)
}

func TestSendDoesNotLeakTheToken(t *testing.T) {
	t.Parallel()
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close() // connection refused
	html := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		_, _ = w.Write([]byte("<html><body>502 Bad Gateway nginx</body></html>"))
	}))
	t.Cleanup(html.Close)

	for name, url := range map[string]string{"network error": dead.URL, "non-JSON 502": html.URL} {
		ch, err := telegram.New(telegram.Options{Token: token, APIURL: url})
		require.NoError(t, err)
		telegram.SetPacing(ch, 0, 0)
		_, err = ch.Send(context.Background(), bot.Outbound{Address: "123456789", Text: "hi"})
		require.Error(t, err, name)
		require.NotContains(t, err.Error(), token, name)
		require.NotContains(t, err.Error(), "AAHfake", name)
		requireRetryable(t, err)
		_, _, err = ch.FetchMedia(context.Background(), bot.Telegram, "file-1")
		require.Error(t, err, name)
		require.NotContains(t, err.Error(), token, name)
	}
}
