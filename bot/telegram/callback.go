package telegram

import (
	"context"
	"errors"
	"strconv"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoshyar/hoshyar/bot"
)

// AfterIngest implements bot.AfterIngester. Once a private message is
// stored it shows "typing…" until the answer comes (Telegram clears it
// when the bot sends, or after five seconds); once a button press is
// stored it stops the button's spinner (answerCallbackQuery) and removes
// the message's buttons, so they cannot be pressed twice. Best effort:
// errors are returned for the caller to log.
func (c *Channel) AfterIngest(ctx context.Context, in bot.Inbound) error {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	queryID := in.Ref["callback_query_id"]
	if queryID == "" {
		if in.Group || in.Address == "" {
			return nil
		}
		_, err := c.api.SendChatAction(ctx, &tg.SendChatActionParams{ChatID: in.Address, Action: models.ChatActionTyping})
		if err != nil {
			return c.classify("sendChatAction", err)
		}
		return nil
	}
	var errs []error
	if _, err := c.api.AnswerCallbackQuery(ctx, &tg.AnswerCallbackQueryParams{CallbackQueryID: queryID}); err != nil {
		errs = append(errs, c.classify("answerCallbackQuery", err))
	}
	msgID, err := strconv.Atoi(in.Ref["message_id"])
	if chatID := in.Ref["chat_id"]; chatID != "" && err == nil {
		_, err := c.api.EditMessageReplyMarkup(ctx, &tg.EditMessageReplyMarkupParams{
			ChatID: chatID, MessageID: msgID,
			ReplyMarkup: &inlineKeyboard{InlineKeyboard: [][]callbackButton{}},
		})
		// Pressed twice, or edited already: the buttons are gone either way.
		if err != nil && !strings.Contains(err.Error(), "message is not modified") {
			errs = append(errs, c.classify("editMessageReplyMarkup", err))
		}
	}
	return errors.Join(errs...)
}
