package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/oep"
	"github.com/hoshyar/hoshyar/store"
)

// importOEP loads BE&OE's list of licensed promoters (the CSV format in
// oep/README.md) in one transaction: a file with any error changes nothing.
func importOEP(ctx context.Context, cfg config.Config, args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("oep import: usage: hoshyar oep import FILE.csv (format: oep/README.md)")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return fmt.Errorf("oep import: %w", err)
	}
	defer f.Close()
	promoters, err := oep.Parse(f)
	if err != nil {
		return fmt.Errorf("oep import: %s: %w", args[0], err)
	}
	pool, err := openReady(ctx, cfg)
	if err != nil {
		return err
	}
	defer pool.Close()
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		for _, p := range promoters {
			err := store.UpsertPromoter(ctx, tx, store.Promoter{Licence: p.Licence, Name: p.Name, City: p.City,
				Address: p.Address, Phone: p.Phone, Status: p.Status, ValidUntil: p.ValidUntil})
			if err != nil {
				return err
			}
		}
		return store.Audit(ctx, tx, "cli", "oep.import", "oep_promoters", 0, map[string]any{"count": len(promoters)})
	})
	if err != nil {
		return fmt.Errorf("oep import: %w", err)
	}
	fmt.Fprintf(stdout, "oep import: %d licensed promoter(s) imported\n", len(promoters))
	return nil
}
