package telegram

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"

	"github.com/hoshyar/hoshyar/bot"
)

const (
	partAttempts = 3                // tries of a later part of a split text
	maxPartWait  = 10 * time.Second // longest retry_after waited out in Send
)

// chatID is a Telegram chat id: private chats positive, groups negative.
var chatID = regexp.MustCompile(`^-?[0-9]{1,20}$`)

// inlineKeyboard is an inline reply_markup of callback buttons. It is
// encoded here, not with the library's models.InlineKeyboardButton, whose
// copy_text field is a struct that omitempty cannot omit: every button
// would carry "copy_text":{"text":""}, which Telegram refuses with
// BUTTON_COPY_TEXT_INVALID.
type inlineKeyboard struct {
	InlineKeyboard [][]callbackButton `json:"inline_keyboard"`
}

type callbackButton struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

// keyboard lays buttons out one per row.
func keyboard(buttons []bot.Button) (*inlineKeyboard, error) {
	kb := &inlineKeyboard{InlineKeyboard: [][]callbackButton{}}
	for _, b := range buttons {
		if b.Value == "" || len(b.Value) > maxCallbackLen {
			return nil, &bot.PermanentError{Code: "button_value",
				Err: fmt.Errorf("telegram: send: a button value of %d bytes (callback_data takes 1 to %d)", len(b.Value), maxCallbackLen)}
		}
		if strings.TrimSpace(b.Label) == "" {
			return nil, &bot.PermanentError{Code: "button_label", Err: errors.New("telegram: send: a button without a label")}
		}
		kb.InlineKeyboard = append(kb.InlineKeyboard, []callbackButton{{Text: b.Label, CallbackData: b.Value}})
	}
	return kb, nil
}

// Send implements bot.Sender. A text past Telegram's 4096 limit goes as
// several messages, the buttons on the last; the provider id is the last
// message's id. Sends are paced (see pacer) and errors typed (see classify).
func (c *Channel) Send(ctx context.Context, out bot.Outbound) (string, error) {
	if !chatID.MatchString(out.Address) {
		return "", &bot.PermanentError{Code: "bad_address", Err: errors.New("telegram: send: the address is not a chat id")}
	}
	parts := splitText(strings.ToValidUTF8(out.Text, "\uFFFD"), maxTextUnits)
	if len(parts) == 0 {
		return "", &bot.PermanentError{Code: "empty_text", Err: errors.New("telegram: send: empty text")}
	}
	var markup *inlineKeyboard
	if len(out.Buttons) > 0 {
		var err error
		if markup, err = keyboard(out.Buttons); err != nil {
			return "", err
		}
	}
	var id string
	for i, text := range parts {
		p := &tg.SendMessageParams{ChatID: out.Address, Text: text}
		if i == len(parts)-1 && markup != nil {
			p.ReplyMarkup = markup
		}
		var err error
		if id, err = c.sendPart(ctx, out.Address, p, i > 0); err != nil {
			if len(parts) > 1 {
				return "", fmt.Errorf("telegram: send part %d of %d: %w", i+1, len(parts), err)
			}
			return "", err
		}
	}
	return id, nil
}

// sendPart sends one message and returns its id. A later part of a split
// text is retried here a few times: once earlier parts are delivered,
// handing a passing failure back to the caller would send them again.
func (c *Channel) sendPart(ctx context.Context, chat string, p *tg.SendMessageParams, later bool) (string, error) {
	attempts := 1
	if later {
		attempts = partAttempts
	}
	backoff := time.Second
	var last error
	for n := 1; ; n++ {
		if err := c.pace.wait(ctx, chat); err != nil {
			if last != nil {
				return "", last
			}
			return "", fmt.Errorf("telegram: send: %w", err)
		}
		msg, err := c.api.SendMessage(ctx, p)
		if err == nil {
			return strconv.Itoa(msg.ID), nil
		}
		last = c.classify("sendMessage", err)
		ra, throttled := bot.AsRetryAfter(last)
		if throttled {
			c.pace.hold(chat, ra.After) // the next wait covers it
		}
		_, permanent := bot.AsPermanent(last)
		if permanent || n >= attempts || ctx.Err() != nil || (throttled && ra.After > maxPartWait) {
			return "", last
		}
		if throttled {
			continue
		}
		if err := sleep(ctx, backoff); err != nil {
			return "", last
		}
		backoff *= 2
	}
}
