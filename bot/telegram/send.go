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

// maxPaceWait is the longest Pace holds a caller; a chat held longer (a
// 429's retry_after) is answered with a RetryAfterError.
const maxPaceWait = 2 * time.Second

// Pace implements bot.Pacer: it waits for the chat's next free slot (about
// one message a second in a chat, thirty a second for the bot).
func (c *Channel) Pace(ctx context.Context, out bot.Outbound) error {
	wait, ok := c.pace.reserveWithin(out.Address, maxPaceWait)
	if !ok {
		return &bot.RetryAfterError{After: wait, Err: errors.New("telegram: the chat is held after a 429")}
	}
	if err := sleep(ctx, wait); err != nil {
		return fmt.Errorf("telegram: pace: %w", err)
	}
	return nil
}

// Split implements bot.Splitter: a text past Telegram's 4096 limit goes as
// several messages, cut at sensible points, the buttons on the last.
func (c *Channel) Split(out bot.Outbound) []bot.Part {
	texts := splitText(strings.ToValidUTF8(out.Text, "\uFFFD"), maxTextUnits)
	if len(texts) < 2 {
		return nil
	}
	parts := make([]bot.Part, len(texts))
	for i, text := range texts {
		parts[i].Text = text
	}
	parts[len(parts)-1].Buttons = out.Buttons
	return parts
}

// Send implements bot.Sender and returns the message's id (Telegram numbers
// messages per chat: two chats' replies may share one). It does not
// wait for the pacer: the caller calls Pace first. A whole reply past the
// limit still goes as several messages (paced between them), the id being
// the last one's; a part (out.Part > 0) is sent as it is. Errors are typed
// (see classify); after a 429 the chat is held for its retry_after.
func (c *Channel) Send(ctx context.Context, out bot.Outbound) (string, error) {
	if !chatID.MatchString(out.Address) {
		return "", &bot.PermanentError{Code: "bad_address", Err: errors.New("telegram: send: the address is not a chat id")}
	}
	texts := []string{strings.ToValidUTF8(out.Text, "\uFFFD")}
	if out.Part == 0 {
		texts = splitText(texts[0], maxTextUnits)
	}
	if len(texts) == 0 || strings.TrimSpace(texts[0]) == "" {
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
	for i, text := range texts {
		if i > 0 {
			if err := c.pace.wait(ctx, out.Address); err != nil {
				return "", fmt.Errorf("telegram: send: %w", err)
			}
		}
		p := &tg.SendMessageParams{ChatID: out.Address, Text: text}
		if i == len(texts)-1 && markup != nil {
			p.ReplyMarkup = markup
		}
		msg, err := c.api.SendMessage(ctx, p)
		if err != nil {
			err = c.classify("sendMessage", err)
			if ra, throttled := bot.AsRetryAfter(err); throttled {
				c.pace.hold(out.Address, ra.After)
			}
			if len(texts) > 1 {
				err = fmt.Errorf("telegram: send part %d of %d: %w", i+1, len(texts), err)
			}
			return "", err
		}
		id = strconv.Itoa(msg.ID)
	}
	return id, nil
}
