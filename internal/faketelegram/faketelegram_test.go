package faketelegram_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/faketelegram"
)

const token = "42:fake-TOKEN"

type answer struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

func call(t *testing.T, rawURL, contentType string, body []byte) (int, answer) {
	t.Helper()
	res, err := http.Post(rawURL, contentType, bytes.NewReader(body))
	require.NoError(t, err)
	defer res.Body.Close()
	var a answer
	require.NoError(t, json.NewDecoder(res.Body).Decode(&a))
	return res.StatusCode, a
}

func callJSON(t *testing.T, s *faketelegram.Server, method string, params any) (int, answer) {
	t.Helper()
	b, err := json.Marshal(params)
	require.NoError(t, err)
	return call(t, s.URL()+"/bot"+token+"/"+method, "application/json", b)
}

func TestSendMessageInEveryEncoding(t *testing.T) {
	t.Parallel()
	s := faketelegram.New(t, token)
	markup := `{"inline_keyboard":[[{"text":"Report","callback_data":"report"}]]}`
	want := map[string]any{"inline_keyboard": []any{[]any{map[string]any{"text": "Report", "callback_data": "report"}}}}

	code, a := callJSON(t, s, "sendMessage", map[string]any{"chat_id": 123, "text": "salam", "reply_markup": json.RawMessage(markup)})
	require.Equal(t, http.StatusOK, code)
	require.True(t, a.OK)
	var msg struct {
		MessageID int64 `json:"message_id"`
		Chat      struct {
			ID int64 `json:"id"`
		} `json:"chat"`
	}
	require.NoError(t, json.Unmarshal(a.Result, &msg))
	require.Equal(t, int64(101), msg.MessageID)
	require.Equal(t, int64(123), msg.Chat.ID)

	form := url.Values{"chat_id": {"123"}, "text": {"salam"}, "reply_markup": {markup}}
	code, a = call(t, s.URL()+"/bot"+token+"/sendMessage", "application/x-www-form-urlencoded", []byte(form.Encode()))
	require.Equal(t, http.StatusOK, code)
	require.NoError(t, json.Unmarshal(a.Result, &msg))
	require.Equal(t, int64(102), msg.MessageID, "ids increase")

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	require.NoError(t, mw.WriteField("chat_id", "123"))
	require.NoError(t, mw.WriteField("text", "salam"))
	require.NoError(t, mw.WriteField("reply_markup", markup))
	require.NoError(t, mw.Close())
	code, _ = call(t, s.URL()+"/bot"+token+"/sendMessage", mw.FormDataContentType(), body.Bytes())
	require.Equal(t, http.StatusOK, code)

	calls := s.Calls("sendmessage")
	require.Len(t, calls, 3)
	for _, c := range calls {
		require.Equal(t, "sendMessage", c.Method)
		require.Equal(t, "123", c.String("chat_id"))
		require.Equal(t, "salam", c.String("text"))
		require.Equal(t, want, c.Params["reply_markup"], "reply_markup decoded as JSON (%s)", c.ContentType)
		require.NotEmpty(t, c.Raw)
	}
}

func TestSendMessageRefusesWhatTelegramRefuses(t *testing.T) {
	t.Parallel()
	s := faketelegram.New(t, token)
	button := func(b string) json.RawMessage { return json.RawMessage(`{"inline_keyboard":[[` + b + `]]}`) }
	for desc, params := range map[string]map[string]any{
		"Bad Request: chat_id is empty":         {"text": "hi"},
		"Bad Request: message text is empty":    {"chat_id": 1, "text": "  "},
		"Bad Request: message is too long":      {"chat_id": 1, "text": strings.Repeat("ب", 4097)},
		"Bad Request: BUTTON_COPY_TEXT_INVALID": {"chat_id": 1, "text": "hi", "reply_markup": button(`{"text":"a","callback_data":"a","copy_text":{"text":""}}`)},
		"Bad Request: BUTTON_DATA_INVALID":      {"chat_id": 1, "text": "hi", "reply_markup": button(`{"text":"a","callback_data":"` + strings.Repeat("x", 65) + `"}`)},
		"Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard": {"chat_id": 1, "text": "hi", "reply_markup": button(`{"text":"a"}`)},
	} {
		code, a := callJSON(t, s, "sendMessage", params)
		require.Equal(t, http.StatusBadRequest, code, desc)
		require.False(t, a.OK)
		require.Equal(t, 400, a.ErrorCode)
		require.Equal(t, desc, a.Description)
	}
	code, _ := callJSON(t, s, "sendMessage", map[string]any{"chat_id": 1, "text": strings.Repeat("ب", 4096)})
	require.Equal(t, http.StatusOK, code, "4096 is allowed")
}

func TestFailures(t *testing.T) {
	t.Parallel()
	s := faketelegram.New(t, token)
	s.FailNext("sendMessage", http.StatusTooManyRequests, "Too Many Requests: retry after 3", 3)
	s.FailNth("sendMessage", 3, http.StatusForbidden, "Forbidden: bot was blocked by the user", 0)
	msg := map[string]any{"chat_id": 1, "text": "hi"}

	code, a := callJSON(t, s, "sendMessage", msg)
	require.Equal(t, http.StatusTooManyRequests, code)
	require.Equal(t, 429, a.ErrorCode)
	require.Equal(t, 3, a.Parameters.RetryAfter)
	code, _ = callJSON(t, s, "sendMessage", msg)
	require.Equal(t, http.StatusOK, code)
	code, a = callJSON(t, s, "sendMessage", msg)
	require.Equal(t, http.StatusForbidden, code)
	require.Equal(t, "Forbidden: bot was blocked by the user", a.Description)
	code, _ = callJSON(t, s, "sendMessage", msg)
	require.Equal(t, http.StatusOK, code)

	code, a = call(t, s.URL()+"/botWRONG:token/sendMessage", "application/json", []byte(`{}`))
	require.Equal(t, http.StatusUnauthorized, code)
	require.Equal(t, answer{ErrorCode: 401, Description: "Unauthorized"}, a)

	code, a = callJSON(t, s, "launchRockets", nil)
	require.Equal(t, http.StatusNotFound, code)
	require.Equal(t, "Not Found", a.Description)
	require.Len(t, s.Requests(), 6, "every call is recorded")
}

func TestFiles(t *testing.T) {
	t.Parallel()
	s := faketelegram.New(t, token)
	s.AddFile("f1", []byte("OggS voice"), "audio/ogg")

	code, a := callJSON(t, s, "getFile", map[string]any{"file_id": "f1"})
	require.Equal(t, http.StatusOK, code)
	var f struct {
		FileID   string `json:"file_id"`
		FileSize int64  `json:"file_size"`
		FilePath string `json:"file_path"`
	}
	require.NoError(t, json.Unmarshal(a.Result, &f))
	require.Equal(t, int64(10), f.FileSize)

	res, err := http.Get(s.URL() + "/file/bot" + token + "/" + f.FilePath)
	require.NoError(t, err)
	data, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "audio/ogg", res.Header.Get("Content-Type"))
	require.Equal(t, "OggS voice", string(data))

	res, err = http.Get(s.URL() + "/file/botWRONG/" + f.FilePath)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusUnauthorized, res.StatusCode)
	res, err = http.Get(s.URL() + "/file/bot" + token + "/documents/none")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusNotFound, res.StatusCode)

	s.SetFileSize("f1", 0)
	_, a = callJSON(t, s, "getFile", map[string]any{"file_id": "f1"})
	require.NotContains(t, string(a.Result), "file_size")
	code, a = callJSON(t, s, "getFile", map[string]any{"file_id": "gone"})
	require.Equal(t, http.StatusBadRequest, code)
	require.Equal(t, "Bad Request: invalid file_id", a.Description)
	require.Len(t, s.Calls("file"), 3)
}

func TestGetUpdates(t *testing.T) {
	t.Parallel()
	s := faketelegram.New(t, token)
	s.QueueUpdates(json.RawMessage(`{"update_id":10,"message":{"text":"a"}}`), json.RawMessage(`{"update_id":11,"message":{"text":"b"}}`))
	ids := func(a answer) []int64 {
		var us []struct {
			ID int64 `json:"update_id"`
		}
		require.NoError(t, json.Unmarshal(a.Result, &us))
		out := []int64{}
		for _, u := range us {
			out = append(out, u.ID)
		}
		return out
	}

	_, a := callJSON(t, s, "getUpdates", map[string]any{})
	require.Equal(t, []int64{10, 11}, ids(a))
	_, a = callJSON(t, s, "getUpdates", map[string]any{"offset": 11})
	require.Equal(t, []int64{11}, ids(a), "an offset confirms what is below it")
	_, a = callJSON(t, s, "getUpdates", map[string]any{})
	require.Equal(t, []int64{11}, ids(a), "confirmed updates are gone")

	go func() {
		time.Sleep(50 * time.Millisecond)
		s.QueueUpdates(json.RawMessage(`{"update_id":12}`))
	}()
	start := time.Now()
	_, a = callJSON(t, s, "getUpdates", map[string]any{"offset": 12, "timeout": 20})
	require.Equal(t, []int64{12}, ids(a), "a long poll wakes when an update arrives")
	require.Less(t, time.Since(start), 10*time.Second)

	_, a = callJSON(t, s, "setWebhook", map[string]any{"url": "https://example.org/webhooks/telegram"})
	require.True(t, a.OK)
	code, a := callJSON(t, s, "getUpdates", map[string]any{})
	require.Equal(t, http.StatusConflict, code, "no polling while a webhook is set")
	require.Contains(t, a.Description, "webhook is active")
	callJSON(t, s, "deleteWebhook", nil)
	code, _ = callJSON(t, s, "getUpdates", map[string]any{"offset": 13})
	require.Equal(t, http.StatusOK, code)
}

func TestEditAndAnswer(t *testing.T) {
	t.Parallel()
	s := faketelegram.New(t, token)
	_, a := callJSON(t, s, "answerCallbackQuery", map[string]any{"callback_query_id": "q1"})
	require.JSONEq(t, "true", string(a.Result))
	_, a = callJSON(t, s, "editMessageReplyMarkup", map[string]any{"chat_id": 5, "message_id": 9, "reply_markup": map[string]any{"inline_keyboard": []any{}}})
	require.True(t, a.OK)
	var m struct {
		MessageID int64 `json:"message_id"`
	}
	require.NoError(t, json.Unmarshal(a.Result, &m), "a chat message's edit answers the Message")
	require.Equal(t, int64(9), m.MessageID)
	_, a = callJSON(t, s, "editMessageReplyMarkup", map[string]any{"inline_message_id": "abc"})
	require.JSONEq(t, "true", string(a.Result))
}
