package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
	"github.com/hoshyar/hoshyar/internal/faketelegram"
)

func TestFetchMedia(t *testing.T) {
	t.Parallel()
	const ref = "AgACAgQAAxkBAAIBs-large"
	jpeg := append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), bytes.Repeat([]byte{7}, 5000)...)
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{1}, 100)...)
	tests := []struct {
		name      string
		setup     func(fake *faketelegram.Server)
		wantData  []byte
		wantType  string
		wantCode  string // PermanentError code; "" when it succeeds or is retryable
		retryable bool
		downloads int // requests for the file itself
	}{
		{
			name:     "photo with its content type",
			setup:    func(f *faketelegram.Server) { f.AddFile(ref, jpeg, "image/jpeg") },
			wantData: jpeg, wantType: "image/jpeg", downloads: 1,
		},
		{
			name:     "octet-stream is sniffed",
			setup:    func(f *faketelegram.Server) { f.AddFile(ref, png, "application/octet-stream") },
			wantData: png, wantType: "image/png", downloads: 1,
		},
		{
			name: "file_size past the limit: refused before downloading",
			setup: func(f *faketelegram.Server) {
				f.AddFile(ref, jpeg, "image/jpeg")
				f.SetFileSize(ref, bot.MaxMediaBytes+1)
			},
			wantCode: bot.CodeTooLarge,
		},
		{
			name: "body past the limit, file_size not given: refused after MaxMediaBytes+1",
			setup: func(f *faketelegram.Server) {
				f.AddFile(ref, make([]byte, bot.MaxMediaBytes+1), "video/mp4")
				f.SetFileSize(ref, 0)
			},
			wantCode: bot.CodeTooLarge, downloads: 1,
		},
		{
			name: "exactly the limit is fine",
			setup: func(f *faketelegram.Server) {
				f.AddFile(ref, make([]byte, bot.MaxMediaBytes), "video/mp4")
			},
			wantData: make([]byte, bot.MaxMediaBytes), wantType: "video/mp4", downloads: 1,
		},
		{
			name: "Telegram says the file is too big for bots",
			setup: func(f *faketelegram.Server) {
				f.FailNext("getFile", http.StatusBadRequest, "Bad Request: file is too big", 0)
			},
			wantCode: bot.CodeTooLarge,
		},
		{
			name:     "file gone (getFile 400)",
			setup:    func(*faketelegram.Server) {},
			wantCode: "400",
		},
		{
			name: "download fails with a 5xx: retryable",
			setup: func(f *faketelegram.Server) {
				f.AddFile(ref, jpeg, "image/jpeg")
				f.FailNext("file", http.StatusBadGateway, "Bad Gateway", 0)
			},
			retryable: true, downloads: 1,
		},
		{
			name: "getFile throttled: retry after",
			setup: func(f *faketelegram.Server) {
				f.FailNext("getFile", http.StatusTooManyRequests, "Too Many Requests: retry after 5", 5)
			},
			retryable: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ch, fake := newChannel(t)
			tc.setup(fake)
			data, ct, err := ch.FetchMedia(context.Background(), bot.Telegram, ref)

			getFile := fake.Calls("getFile")
			require.Len(t, getFile, 1)
			require.Equal(t, ref, getFile[0].String("file_id"))
			require.Len(t, fake.Calls("file"), tc.downloads)
			switch {
			case tc.wantCode != "":
				pe, ok := bot.AsPermanent(err)
				require.True(t, ok, "want a PermanentError, got %v", err)
				require.Equal(t, tc.wantCode, pe.Code)
				require.Nil(t, data)
			case tc.retryable:
				require.Error(t, err)
				_, permanent := bot.AsPermanent(err)
				require.False(t, permanent, "%v", err)
			default:
				require.NoError(t, err)
				require.Equal(t, tc.wantData, data)
				require.Equal(t, tc.wantType, ct)
			}
			if err != nil {
				require.NotContains(t, err.Error(), token)
			}
		})
	}
}

func TestFetchMediaRefusesAnotherChannel(t *testing.T) {
	t.Parallel()
	ch, fake := newChannel(t)
	_, _, err := ch.FetchMedia(context.Background(), bot.WhatsApp, "MEabc")
	require.Error(t, err)
	require.Empty(t, fake.Requests())
}

// botAPI is a Bot API that answers getFile with filePath and serves the
// file endpoint with download; it counts the downloads asked for.
func botAPI(t *testing.T, filePath string, download http.HandlerFunc) (*telegram.Channel, *atomic.Int32) {
	t.Helper()
	var downloads atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/file/bot"+token+"/") {
			downloads.Add(1)
			download(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true,
			"result": map[string]any{"file_id": "f1", "file_unique_id": "u1", "file_size": 10, "file_path": filePath}})
	}))
	t.Cleanup(srv.Close)
	ch, err := telegram.New(telegram.Options{Token: token, WebhookSecret: secret, APIURL: srv.URL,
		PublicBaseURL: "https://hoshyar.example.org/", Logger: slog.New(slog.DiscardHandler)})
	require.NoError(t, err)
	return ch, &downloads
}

// Files come only from the Bot API's file endpoint: a file_path that
// could leave it is refused before any download, and a redirect from it
// is not followed, whether to the metadata service or to loopback.
func TestFetchMediaOnlyFromTheFileEndpoint(t *testing.T) {
	t.Parallel()
	var inside atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { inside.Add(1) }))
	t.Cleanup(other.Close)
	serve := func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("\xff\xd8\xff\xe0 jpeg")) }

	for _, p := range []string{
		"../../../etc/passwd", "photos/../../bot" + token + "/getMe", "/etc/passwd", "photos/file_1.jpg?x=1",
		"photos/file_1.jpg#x", `photos\file_1.jpg`, "@169.254.169.254/latest", "%2e%2e/x", "photos//x", "",
	} {
		ch, downloads := botAPI(t, p, serve)
		data, _, err := ch.FetchMedia(context.Background(), bot.Telegram, "f1")
		require.Nil(t, data, p)
		require.Error(t, err, p)
		require.Zero(t, downloads.Load(), "%q was not downloaded", p)
		if p != "" {
			pe, ok := bot.AsPermanent(err)
			require.True(t, ok, "%q: %v", p, err)
			require.Equal(t, telegram.CodeBadFilePath, pe.Code, p)
		}
	}

	for _, to := range []string{"http://169.254.169.254/latest/meta-data/", other.URL + "/x", "http://[::1]:1/x"} {
		ch, downloads := botAPI(t, "photos/file_1.jpg", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, to, http.StatusFound)
		})
		data, _, err := ch.FetchMedia(context.Background(), bot.Telegram, "f1")
		require.Nil(t, data, to)
		pe, ok := bot.AsPermanent(err)
		require.True(t, ok, "%s: %v", to, err)
		require.Equal(t, telegram.CodeRedirected, pe.Code, to)
		require.Equal(t, int32(1), downloads.Load())
		require.NotContains(t, err.Error(), token)
	}
	require.Zero(t, inside.Load(), "nothing reached the redirect's target")

	ch, _ := botAPI(t, "photos/file_1.jpg", serve)
	data, _, err := ch.FetchMedia(context.Background(), bot.Telegram, "f1")
	require.NoError(t, err, "a plain path on the Bot API is fetched")
	require.Equal(t, []byte("\xff\xd8\xff\xe0 jpeg"), data)
}
