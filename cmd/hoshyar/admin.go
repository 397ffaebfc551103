package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/store"
)

// revokeToken: hoshyar token revoke --id N
func revokeToken(ctx context.Context, cfg config.Config, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("token revoke", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.Int64("id", 0, "token id (printed by token create)")
	if err := fs.Parse(args); err != nil || *id <= 0 {
		return fmt.Errorf("token revoke: usage: hoshyar token revoke --id N")
	}
	pool, err := openReady(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	err = store.RevokeToken(ctx, pool, *id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("token revoke: no live token with id %d", *id)
	}
	if err != nil {
		return err
	}
	if err := store.Audit(ctx, pool, "cli", "token.revoke", "api_token", *id, nil); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "token %d revoked\n", *id)
	return nil
}

// setWebhook: hoshyar webhook set --agency CODE --url URL. Prints the new
// signing secret on its last line, once.
func setWebhook(ctx context.Context, cfg config.Config, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("webhook set", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	agency := fs.String("agency", "", "agency code")
	rawURL := fs.String("url", "", "https URL the agency receives pushes at")
	if err := fs.Parse(args); err != nil || *agency == "" || *rawURL == "" {
		return fmt.Errorf("webhook set: usage: hoshyar webhook set --agency CODE --url https://…")
	}
	code := strings.ToUpper(*agency)
	u, err := url.Parse(*rawURL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && !(u.Scheme == "http" && cfg.Local())) {
		return fmt.Errorf("webhook set: --url must be an https URL (http only in local mode)")
	}
	pool, err := openForAgency(ctx, cfg, "webhook set", code)
	if err != nil {
		return err
	}
	defer pool.Close()
	v, err := openVault(cfg)
	if err != nil {
		return err
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	secret := "whsec_" + hex.EncodeToString(b)
	if err := store.SetWebhook(ctx, pool, code, u.String(), v.Seal(secret, "webhook/"+code)); err != nil {
		return err
	}
	if err := store.Audit(ctx, pool, "cli", "webhook.set", "agency", 0, map[string]any{"agency": code}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "webhook for %s set to %s; pushes are signed with this secret, shown only once:\n%s\n", code, u.Redacted(), secret)
	return nil
}
