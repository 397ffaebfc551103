// Package store holds every SQL statement Hoshyar runs. Functions take a
// DBTX, so the pool, a transaction and tests share one code path; queries are
// named constants beside the function that runs them.
//
// Personal columns are sealed here, on the way in, and opened on the way
// out (seal.go, seal_keys.go), so callers pass and get plain strings. Text
// and jsonb columns keep their types: a sealed value is text ("hsv1:…"),
// and a jsonb value sealed whole is a JSON string. Where SQL must still
// compare or merge, sealing is finer: report answers are sealed value by
// value (the merge answers || $2 still works), entities list by list
// (countries stay clear for the dashboards), and recruiters' keys are
// compared as keyed hashes with the value sealed beside them. Rows written
// before sealing read as they are; `hoshyar key rotate` (rotate.go) seals
// them and re-seals what older keys sealed.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// DBTX is satisfied by *pgxpool.Pool, *pgx.Conn and pgx.Tx. SendBatch
// sends several statements in one round trip (the hot path's steps).
type DBTX interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("store: not found")

// notFound turns pgx.ErrNoRows into ErrNotFound; the one place that does.
func notFound(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

// DefaultMaxConns is the pool size unless DATABASE_URL sets pool_max_conns:
// enough for the workers and the HTTP handlers at once, few enough that
// several replicas stay under Postgres's default of 100 connections.
const DefaultMaxConns = 20

// AckConns is the size of the pool acknowledgements are stored through
// (OpenAcks): a burst of webhooks at once commits in a few rounds, and a
// replica holds DefaultMaxConns + AckConns connections.
const AckConns = 10

// Open connects a pool to url and checks that the database answers.
func Open(ctx context.Context, url string) (*pgxpool.Pool, error) {
	return open(ctx, url, DefaultMaxConns, false)
}

// OpenAcks connects the pool that what providers wait on is stored through
// (bot.Ingester.WithAckPool), AckConns connections whatever the URL says,
// apart from the workers' pool so that they never hold up an answer.
func OpenAcks(ctx context.Context, url string) (*pgxpool.Pool, error) {
	return open(ctx, url, AckConns, true)
}

func open(ctx context.Context, url string, size int32, fixed bool) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("store: parse DATABASE_URL: %w", err)
	}
	// pgxpool's default, four connections on a two-core machine, makes the
	// workers queue for a connection; pool_max_conns in the URL still wins.
	if fixed || !strings.Contains(url, "pool_max_conns") {
		cfg.MaxConns = size
	}
	if fixed {
		cfg.MinConns = size // made at start: an answer never waits for a connection to be made
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connect: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: ping %s:%d: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, err)
	}
	return pool, nil
}

// InTx runs fn in a transaction, committing when fn returns nil.
func InTx(ctx context.Context, pool *pgxpool.Pool, fn func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, pool, fn)
}
