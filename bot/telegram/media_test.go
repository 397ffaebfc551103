package telegram_test

import (
	"bytes"
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
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
