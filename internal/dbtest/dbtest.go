// Package dbtest gives tests a real Postgres: the database named by
// TEST_DATABASE_URL (created when missing), and in it a fresh, fully migrated
// schema per test, dropped at cleanup. Tests stay independent and can all
// call t.Parallel().
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
)

// DefaultURL is used when TEST_DATABASE_URL is not set.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/hoshyar_test?sslmode=disable"

// URL is the test database's URL.
func URL() string {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return u
	}
	return DefaultURL
}

var (
	createOnce sync.Once
	createErr  error
)

func ensureDatabase(t testing.TB) {
	createOnce.Do(func() { _, createErr = store.CreateDatabase(context.Background(), URL()) })
	require.NoError(t, createErr, "dbtest: is Postgres running? `make test` starts it; or set TEST_DATABASE_URL")
}

// DB is a migrated schema of its own for one test.
type DB struct {
	Pool   *pgxpool.Pool
	Schema string
	URL    string // a connection URL whose search_path is the schema
}

// New creates a fresh schema, migrates it (Hoshyar's and River's tables),
// and returns a pool whose connections use it.
func New(t testing.TB) *DB {
	t.Helper()
	ensureDatabase(t)
	ctx := context.Background()
	schema := "t_" + randomHex(6)

	admin, err := pgx.Connect(ctx, URL())
	require.NoError(t, err)
	_, err = admin.Exec(ctx, "CREATE SCHEMA "+schema)
	require.NoError(t, err)
	require.NoError(t, admin.Close(ctx))

	cfg, err := pgxpool.ParseConfig(URL())
	require.NoError(t, err)
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.MaxConns = 12
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	require.NoError(t, err)

	_, err = store.Migrate(ctx, pool, schema)
	require.NoError(t, err)

	t.Cleanup(func() {
		pool.Close()
		conn, err := pgx.Connect(context.Background(), URL())
		if err != nil {
			t.Logf("dbtest: drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Logf("dbtest: drop schema %s: %v", schema, err)
		}
	})
	return &DB{Pool: pool, Schema: schema, URL: withSearchPath(URL(), schema)}
}

func withSearchPath(url, schema string) string {
	sep := "?"
	for _, c := range url {
		if c == '?' {
			sep = "&"
		}
	}
	return url + sep + "search_path=" + schema
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
