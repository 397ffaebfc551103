package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	tg "github.com/go-telegram/bot"

	"github.com/hoshyar/hoshyar/bot"
)

// Sink stores an inbound message; *bot.Ingester is one.
type Sink interface {
	Ingest(ctx context.Context, in bot.Inbound) (bot.Receipt, error)
}

// SetWebhook points Telegram at PublicBaseURL + WebhookPath with the
// secret token (webhook mode; called at start). Updates waiting since the
// last run are kept.
func (c *Channel) SetWebhook(ctx context.Context) error {
	switch {
	case c.webhookURL == "":
		return errors.New("telegram: set webhook: no public base URL")
	case c.secret == "":
		return errors.New("telegram: set webhook: no webhook secret")
	}
	_, err := c.api.SetWebhook(ctx, &tg.SetWebhookParams{
		URL: c.webhookURL, SecretToken: c.secret, AllowedUpdates: allowedUpdates,
		DropPendingUpdates: false,
	})
	if err != nil {
		return c.classify("setWebhook", err)
	}
	return nil
}

// Poll receives updates by long polling until ctx ends, then returns nil.
// It removes any webhook first (keeping pending updates). Each update of a
// batch is stored through sink, in order, and only when the whole batch is
// stored does the next getUpdates confirm it (offset = last update_id + 1):
// a failure to store is retried, after a pause, without moving on, so
// nothing is lost, and a crash means Telegram delivers the batch again
// (the ingester recognises what it already has).
func (c *Channel) Poll(ctx context.Context, sink Sink) error {
	wait := backoff{min: c.backoffMin, max: c.backoffMax}
	for {
		_, err := c.api.DeleteWebhook(ctx, &tg.DeleteWebhookParams{DropPendingUpdates: false})
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		c.log.Warn("telegram_delete_webhook_failed", "error", c.classify("deleteWebhook", err))
		if sleep(ctx, wait.next(err)) != nil {
			return nil
		}
	}
	wait.reset()
	var offset int64
	for ctx.Err() == nil {
		batch, err := c.getUpdates(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			c.log.Warn("telegram_get_updates_failed", "error", err)
			_ = sleep(ctx, wait.next(err))
			continue
		}
		wait.reset()
		next := offset
		for _, raw := range batch {
			id, err := c.handle(ctx, sink, raw, &wait)
			if err != nil {
				return nil // ctx ended; the batch will come again
			}
			if id >= next {
				next = id + 1
			}
		}
		offset = next
	}
	return nil
}

func (c *Channel) getUpdates(ctx context.Context, offset int64) ([]json.RawMessage, error) {
	params := struct {
		Offset         int64    `json:"offset,omitempty"`
		Timeout        int      `json:"timeout"`
		AllowedUpdates []string `json:"allowed_updates"`
	}{offset, int(c.pollWait / time.Second), allowedUpdates}
	var batch []json.RawMessage
	err := c.call(ctx, "getUpdates", params, &batch)
	return batch, err
}

// handle stores one update's messages, retrying until they are stored or
// ctx ends (the only error it returns), and returns its update_id.
func (c *Channel) handle(ctx context.Context, sink Sink, raw json.RawMessage, wait *backoff) (int64, error) {
	var head struct {
		ID int64 `json:"update_id"`
	}
	_ = json.Unmarshal(raw, &head)
	msgs, err := decodeUpdate(raw)
	if err != nil {
		// It would be as unreadable next time: skip it, loudly.
		c.log.Error("telegram_update_unreadable", "update_id", head.ID, "error", err)
		return head.ID, nil
	}
	for _, in := range msgs {
		for {
			_, err := sink.Ingest(ctx, in)
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
			if errors.Is(err, bot.ErrInvalid) {
				c.log.Error("telegram_update_not_storable", "update_id", head.ID, "error", err)
				return head.ID, nil
			}
			c.log.Error("telegram_ingest_failed", "update_id", head.ID, "error", err)
			if err := sleep(ctx, wait.next(err)); err != nil {
				return 0, err
			}
		}
		wait.reset()
		c.afterwards(ctx, in)
	}
	return head.ID, nil
}

// afterwards runs AfterIngest off the poll loop, as the webhook does off
// the request: at most maxAfter at once, else skipped (best effort).
func (c *Channel) afterwards(ctx context.Context, in bot.Inbound) {
	select {
	case c.after <- struct{}{}:
	default:
		return
	}
	go func() {
		defer func() { <-c.after }()
		if err := c.AfterIngest(context.WithoutCancel(ctx), in); err != nil {
			c.log.Warn("after_ingest_failed", "channel", bot.Telegram, "error", err)
		}
	}()
}

// backoff is the pause after an error: min, doubling up to max, or longer
// when Telegram asked for it (429 retry_after).
type backoff struct {
	min, max, cur time.Duration
}

func (b *backoff) next(err error) time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	} else {
		b.cur = min(b.cur*2, b.max)
	}
	var ae *apiError
	if errors.As(err, &ae) && ae.RetryAfter > 0 {
		return max(b.cur, time.Duration(ae.RetryAfter)*time.Second)
	}
	return b.cur
}

func (b *backoff) reset() { b.cur = 0 }
