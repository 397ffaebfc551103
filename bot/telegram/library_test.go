package telegram_test

import (
	"context"
	"encoding/json"
	"testing"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/faketelegram"
)

// These tests pin down what go-telegram/bot v1.19.0 gets wrong, the reasons
// this package works around it. If one fails after an upgrade, the
// workaround may be dropped.

// The library's InlineKeyboardButton always carries an empty copy_text,
// which Telegram (and the fake) refuse: Send encodes keyboards itself.
func TestLibraryInlineButtonCarriesEmptyCopyText(t *testing.T) {
	t.Parallel()
	fake := faketelegram.New(t, token)
	api, err := tg.New(token, tg.WithSkipGetMe(), tg.WithServerURL(fake.URL()))
	require.NoError(t, err)
	_, err = api.SendMessage(context.Background(), &tg.SendMessageParams{
		ChatID: 123456789, Text: "Aap kya karna chahte hain?",
		ReplyMarkup: models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{{{Text: "Report", CallbackData: "report"}}}},
	})
	require.ErrorContains(t, err, "BUTTON_COPY_TEXT_INVALID")
	calls := fake.Calls("sendMessage")
	require.Len(t, calls, 1)
	require.Contains(t, string(calls[0].Raw), `"copy_text":{"text":""}`)
}

// The library's models fail a whole update on a union variant they do not
// know (here a forward origin type Telegram may add): decoding into them
// would lose the person's message. Decode reads only what it needs.
func TestLibraryModelsRejectAnUnknownForwardOrigin(t *testing.T) {
	t.Parallel()
	var u models.Update
	require.Error(t, json.Unmarshal(readTestdata(t, "forward_new_origin.json"), &u))
}
