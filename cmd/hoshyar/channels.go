package main

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/telegram"
	"github.com/hoshyar/hoshyar/bot/twilio"
	"github.com/hoshyar/hoshyar/config"
)

// providers connects the Telegram and Twilio channels whose credentials are
// set: their senders, their webhooks and, for Telegram, the webhook
// registration or the poller. It returns the names of the channels it
// turned on. Background work stops when ctx ends and is waited for with wg.
func providers(ctx context.Context, cfg config.Config, log *slog.Logger, ing *bot.Ingester, senders *bot.Registry, mux *http.ServeMux, wg *sync.WaitGroup) ([]string, error) {
	var on []string
	if cfg.Telegram.Enabled() {
		tg, err := telegram.New(telegram.Options{
			Token: cfg.Telegram.BotToken, WebhookSecret: cfg.Telegram.WebhookSecret,
			APIURL: cfg.Telegram.APIURL, PublicBaseURL: cfg.PublicBaseURL, Logger: log,
		})
		if err != nil {
			return nil, err
		}
		senders.Register(tg)
		switch cfg.Telegram.Mode {
		case "polling":
			wg.Go(func() {
				if err := tg.Poll(ctx, ing); err != nil {
					log.Error("telegram_polling_stopped", "error", err)
				}
			})
		default:
			mux.Handle("POST /webhooks/telegram", ing.Handler(tg, log))
			wg.Go(func() { registerWebhook(ctx, log, tg) })
		}
		on = append(on, bot.Telegram)
	}
	if cfg.Twilio.Enabled() {
		tw, err := twilio.New(twilio.Options{
			AccountSID: cfg.Twilio.AccountSID, AuthToken: cfg.Twilio.AuthToken, APIURL: cfg.Twilio.APIURL,
			WhatsAppFrom: cfg.Twilio.WhatsAppFrom, SMSFrom: cfg.Twilio.SMSFrom, PublicBaseURL: cfg.PublicBaseURL,
			WhatsAppTemplateSID: cfg.Twilio.WhatsAppTemplateSID, FallbackBaseURL: cfg.Twilio.FallbackBaseURL, Logger: log,
		})
		if err != nil {
			return nil, err
		}
		senders.Register(tw)
		mux.Handle("POST /webhooks/twilio", ing.Handler(tw, log))
		mux.Handle("POST /webhooks/twilio/status", ing.StatusHandler(tw, log))
		on = append(on, tw.Channels()...)
	}
	return on, nil
}

// registerWebhook tells Telegram where to deliver updates, retrying with
// backoff until it succeeds: updates wait at Telegram meanwhile.
func registerWebhook(ctx context.Context, log *slog.Logger, tg *telegram.Channel) {
	backoff := time.Second
	for {
		err := tg.SetWebhook(ctx)
		if err == nil {
			log.Info("telegram_webhook_set")
			return
		}
		log.Warn("telegram_set_webhook_failed", "error", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Minute)
	}
}
