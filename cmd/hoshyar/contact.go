package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/store"
)

// eraseContact: hoshyar contact erase --channel C --address A. A person
// who asks to have their data deleted some other way than in the chat (in
// writing, to the operator or an agency's data-protection officer) is
// erased exactly as "Delete my data" would: see PRIVACY.md.
func eraseContact(ctx context.Context, cfg config.Config, args []string, log *slog.Logger, stdout io.Writer) error {
	fs := flag.NewFlagSet("contact erase", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	channel := fs.String("channel", "", "whatsapp, sms, telegram or webchat")
	address := fs.String("address", "", "the number (+92…), Telegram chat id or web chat visitor id they wrote from")
	if err := fs.Parse(args); err != nil || *channel == "" || strings.TrimSpace(*address) == "" {
		return fmt.Errorf("contact erase: usage: hoshyar contact erase --channel whatsapp|sms|telegram|webchat --address ADDRESS")
	}
	addr := strings.TrimSpace(*address)
	switch *channel {
	case bot.WhatsApp:
		addr = "whatsapp:" + strings.TrimPrefix(addr, "whatsapp:") // as Twilio names the sender
	case bot.SMS, bot.Telegram, bot.WebChat:
	default:
		return fmt.Errorf("contact erase: --channel must be whatsapp, sms, telegram or webchat")
	}
	pool, err := openReady(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	v, err := openVault(cfg)
	if err != nil {
		return err
	}
	c, err := store.FindContact(ctx, pool, *channel, v.Hash(*channel, addr))
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("contact erase: nobody wrote from %s on %s (or they were erased already)", *address, *channel)
	}
	if err != nil {
		return err
	}
	r, err := jobs.New(pool, jobs.Options{InboundWorkers: -1, OutboundWorkers: -1, Vault: v, Logger: log}) // inserts the pushes only
	if err != nil {
		return err
	}
	if err := r.EraseNow(ctx, c.ID, "cli"); err != nil {
		return fmt.Errorf("contact erase: %w", err)
	}
	fmt.Fprintf(stdout, "contact %d erased: their chats and contact details are gone, their words withdrawn from their reports; the agencies holding them are told\n", c.ID)
	return nil
}
