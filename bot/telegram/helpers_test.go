package telegram_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot/telegram"
	"github.com/hoshyar/hoshyar/internal/faketelegram"
)

const (
	token  = "7000000001:AAHfake-Token_for_tests"
	secret = "s3cret-Token_1"
)

// newChannel returns a channel talking to a fresh fake, without pacing.
func newChannel(t *testing.T) (*telegram.Channel, *faketelegram.Server) {
	t.Helper()
	fake := faketelegram.New(t, token)
	ch, err := telegram.New(telegram.Options{
		Token: token, WebhookSecret: secret, APIURL: fake.URL(),
		PublicBaseURL: "https://hoshyar.example.org/", Logger: slog.New(slog.DiscardHandler),
	})
	require.NoError(t, err)
	telegram.SetPacing(ch, 0, 0)
	return ch, fake
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func ptr[T any](v T) *T { return &v }
