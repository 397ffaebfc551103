package main

import (
	"context"
	"fmt"
	"io"

	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/store"
)

// rotateKey re-seals every sealed value under HOSHYAR_SECRET_KEY, opening
// what is sealed under HOSHYAR_PREVIOUS_SECRET_KEYS (or still in clear).
// The server may run meanwhile; killed, it is run again (store.RotateKeys).
func rotateKey(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	pool, err := connect(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := store.CheckSchema(ctx, pool, ""); err != nil {
		return fmt.Errorf("key rotate: %w", err)
	}
	v, err := openVault(cfg) // this configuration's ring, whatever the store was given
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "re-sealing under key %s (%d previous keys readable)\n", v.KeyID(), len(cfg.PreviousSecretKeys))
	var total int64
	err = store.RotateKeys(ctx, pool, v, 0, func(p store.RotateProgress) {
		state := "…"
		if p.Done {
			state = "done"
			total += p.Resealed
		}
		fmt.Fprintf(stdout, "%-16s %9d rows read %9d values re-sealed %s\n", p.Table, p.Read, p.Resealed, state)
	})
	if err != nil {
		return fmt.Errorf("key rotate: %w (run it again to go on)", err)
	}
	if err := store.Audit(ctx, pool, "cli", "key.rotate", "vault", 0, map[string]any{"key": v.KeyID(), "resealed": total}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "everything is sealed under key %s (%d values re-sealed); the previous keys may now be removed from HOSHYAR_PREVIOUS_SECRET_KEYS\n", v.KeyID(), total)
	return nil
}
