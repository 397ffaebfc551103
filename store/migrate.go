package store

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/hoshyar/hoshyar/migrations"
)

// MigrateResult says what a migration run did.
type MigrateResult struct {
	Applied      []string // Hoshyar's files applied by this run
	RiverApplied []int    // River's versions applied by this run
}

const createSchemaMigrations = `
CREATE TABLE IF NOT EXISTS hoshyar_migrations (
    version    text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)`

const lockMigrations = `SELECT pg_advisory_lock(hashtextextended('hoshyar.migrate.' || current_schema(), 0))`
const unlockMigrations = `SELECT pg_advisory_unlock(hashtextextended('hoshyar.migrate.' || current_schema(), 0))`

// Migrate applies every pending migration: Hoshyar's embedded files in order,
// each in its own transaction, then River's. A session advisory lock makes
// concurrent runs (two replicas starting at once) wait for each other; a run
// with nothing to do changes nothing. schema is River's schema ("" for the
// search_path default).
func Migrate(ctx context.Context, pool *pgxpool.Pool, schema string) (MigrateResult, error) {
	var res MigrateResult
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return res, fmt.Errorf("store: migrate: acquire: %w", err)
	}
	defer conn.Release()

	if _, err := conn.Exec(ctx, lockMigrations); err != nil {
		return res, fmt.Errorf("store: migrate: lock: %w", err)
	}
	defer func() {
		// Unlock on a fresh context so a cancelled ctx cannot leave the lock held
		// on a pooled connection.
		_, _ = conn.Exec(context.WithoutCancel(ctx), unlockMigrations)
	}()

	if _, err := conn.Exec(ctx, createSchemaMigrations); err != nil {
		return res, fmt.Errorf("store: migrate: %w", err)
	}
	pending, err := pendingMigrations(ctx, conn)
	if err != nil {
		return res, err
	}
	for _, name := range pending {
		sql, err := fs.ReadFile(migrations.FS, name)
		if err != nil {
			return res, fmt.Errorf("store: migrate: read %s: %w", name, err)
		}
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, string(sql)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO hoshyar_migrations (version) VALUES ($1)`, name)
			return err
		})
		if err != nil {
			return res, fmt.Errorf("store: migrate: apply %s: %w", name, err)
		}
		res.Applied = append(res.Applied, name)
	}

	migrator, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Schema: schema})
	if err != nil {
		return res, fmt.Errorf("store: migrate: river: %w", err)
	}
	// River's versions go one transaction each (some add enum values, which
	// cannot be used in the transaction that adds them), on the connection
	// that holds the lock: borrowing another from the pool could deadlock when
	// every connection is held by a process waiting for the lock.
	for {
		var step []int
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			r, err := migrator.MigrateTx(ctx, tx, rivermigrate.DirectionUp, &rivermigrate.MigrateOpts{MaxSteps: 1})
			if err != nil {
				return err
			}
			for _, v := range r.Versions {
				step = append(step, v.Version)
			}
			return nil
		})
		if err != nil {
			return res, fmt.Errorf("store: migrate: river: %w", err)
		}
		if len(step) == 0 {
			return res, nil
		}
		res.RiverApplied = append(res.RiverApplied, step...)
	}
}

// CheckSchema returns an error naming what is missing when the database is
// behind this binary: the server refuses to run on an out-of-date schema.
func CheckSchema(ctx context.Context, pool *pgxpool.Pool, schema string) error {
	var exists bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('hoshyar_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("store: check schema: %w", err)
	}
	if !exists {
		return fmt.Errorf("store: the database has no schema yet: run `hoshyar migrate`")
	}
	pending, err := pendingMigrations(ctx, pool)
	if err != nil {
		return err
	}
	if len(pending) > 0 {
		return fmt.Errorf("store: %d migration(s) pending (%s): run `hoshyar migrate`", len(pending), strings.Join(pending, ", "))
	}
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Schema: schema})
	if err != nil {
		return fmt.Errorf("store: check schema: river: %w", err)
	}
	v, err := migrator.Validate(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: check schema: river: %w", err)
	}
	if !v.OK {
		return fmt.Errorf("store: River's schema is out of date (%s): run `hoshyar migrate`", strings.Join(v.Messages, "; "))
	}
	return nil
}

func pendingMigrations(ctx context.Context, db DBTX) ([]string, error) {
	all, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: migrate: list: %w", err)
	}
	slices.Sort(all)
	rows, err := db.Query(ctx, `SELECT version FROM hoshyar_migrations`)
	if err != nil {
		return nil, fmt.Errorf("store: migrate: applied: %w", err)
	}
	applied, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("store: migrate: applied: %w", err)
	}
	var pending []string
	for _, name := range all {
		if !slices.Contains(applied, name) {
			pending = append(pending, name)
		}
	}
	return pending, nil
}

const selectSchemaVersion = `SELECT coalesce(max(version), '') FROM hoshyar_migrations`

// SchemaVersion returns the newest of Hoshyar's migrations applied to the
// database (its file name, e.g. "0006_push_snapshot.sql").
func SchemaVersion(ctx context.Context, db DBTX) (string, error) {
	var v string
	if err := db.QueryRow(ctx, selectSchemaVersion).Scan(&v); err != nil {
		return "", fmt.Errorf("store: schema version: %w", err)
	}
	return v, nil
}
