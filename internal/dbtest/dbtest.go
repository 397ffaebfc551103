// Package dbtest gives tests a real Postgres, the way river's riverdbtest
// does: the database named by TEST_DATABASE_URL (created when missing), one
// shared pool per test binary, and migrated schemas that are reused rather
// than made afresh for every test.
//
//   - Tx: a transaction on a schema the whole test binary shares, rolled
//     back at cleanup. The cheapest; for tests whose data need not commit.
//     Tests running at once see each other's locks, so they should not
//     insert the same unique keys (use the test's name in them).
//   - New: a schema of the test's own, for data that must really commit
//     (workers, LISTEN/NOTIFY, a server process, concurrent transactions).
//     It is taken from the binary's idle schemas when one is free, its
//     tables emptied (seed rows kept), and handed back at cleanup; only
//     when none is free is a schema created and migrated (about 200 ms).
//
// A package that uses dbtest runs its tests through Main, which drops the
// binary's schemas when they are done. Schemas left by a binary that was
// killed are dropped by a later run once they are an hour old, so test
// runs going on at the same time never drop each other's schemas.
package dbtest

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
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

// schemaPrefix marks this harness's schemas; the rest of a name is the
// creating binary's start time and process id, and a number.
const schemaPrefix = "hsyt_"

// expireAfter is the age past which a schema is taken for the leftover of
// a killed run: longer than any test binary may run (make test: -timeout 10m).
const expireAfter = time.Hour

// SecretKey is the HOSHYAR_SECRET_KEY of the test binary's store (and
// of the servers the end-to-end tests start, so the tests read what those
// servers sealed).
var SecretKey = strings.Repeat("k", 40)

// Vault is the vault the store seals with in tests: it seals under
// SecretKey and also opens what servers started with the other keys the
// tests use sealed.
var Vault = func() *vault.Vault {
	v, err := vault.NewRing([]byte(SecretKey), [][]byte{[]byte(strings.Repeat("e2e-key-", 5))}, nil)
	if err != nil {
		panic(err)
	}
	return v
}()

// DB is a migrated schema for one test.
type DB struct {
	Pool   *pgxpool.Pool // connections use the schema (search_path)
	Schema string
	URL    string // a connection URL whose search_path is the schema
}

// Option changes what New returns.
type Option func(*options)

type options struct{ noReuse bool }

// NoReuse asks for a schema that is not handed to another test afterwards:
// for a test that changes the schema's structure or its seed rows.
func NoReuse() Option { return func(o *options) { o.noReuse = true } }

var (
	setupOnce sync.Once
	setupErr  error
	shared    *pgxpool.Pool
	base      string // this binary's schema name prefix
	nextNum   atomic.Int32

	mu       sync.Mutex
	idle     []*DB
	created  []string // every schema this binary made, for Main to drop
	truncate string   // the TRUNCATE statement that empties a reused schema
	txSchema *DB      // the schema Tx uses, made on first use

	generated, reused atomic.Int32
)

func setup(t testing.TB) {
	t.Helper()
	setupOnce.Do(func() {
		store.UseVault(Vault)
		ctx := context.Background()
		if _, setupErr = store.CreateDatabase(ctx, URL()); setupErr != nil {
			return
		}
		cfg, err := pgxpool.ParseConfig(URL())
		if err != nil {
			setupErr = err
			return
		}
		cfg.MaxConns = 8
		if shared, setupErr = pgxpool.NewWithConfig(ctx, cfg); setupErr != nil {
			return
		}
		now := time.Now()
		base = fmt.Sprintf("%s%d_%d_", schemaPrefix, now.Unix(), os.Getpid())
		setupErr = dropExpired(ctx, now.Add(-expireAfter))
	})
	require.NoError(t, setupErr, "dbtest: is Postgres running? `make test` starts it; or set TEST_DATABASE_URL")
}

// dropExpired drops the schemas of runs that started before cutoff.
func dropExpired(ctx context.Context, cutoff time.Time) error {
	rows, err := shared.Query(ctx, `SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, schemaPrefix+"%")
	if err != nil {
		return fmt.Errorf("dbtest: list schemas: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("dbtest: list schemas: %w", err)
	}
	for _, name := range names {
		stamp, _, _ := strings.Cut(strings.TrimPrefix(name, schemaPrefix), "_")
		if sec, err := strconv.ParseInt(stamp, 10, 64); err == nil && time.Unix(sec, 0).Before(cutoff) {
			_ = dropSchema(ctx, name)
		}
	}
	return nil
}

func dropSchema(ctx context.Context, name string) error {
	return withLockTimeout(ctx, shared, "DROP SCHEMA IF EXISTS "+pgx.Identifier{name}.Sanitize()+" CASCADE")
}

// withLockTimeout runs stmt giving up after a while on a lock someone else
// holds (a connection a test left in a transaction).
func withLockTimeout(ctx context.Context, pool *pgxpool.Pool, stmt string) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '10s'"); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, stmt)
		return err
	})
}

// Main runs the package's tests, then drops the schemas they used. Call it
// from TestMain: func TestMain(m *testing.M) { dbtest.Main(m) }.
func Main(m *testing.M) {
	store.UseVault(Vault)
	code := m.Run()
	if testing.Verbose() {
		fmt.Fprintf(os.Stderr, "dbtest: %d schemas migrated, %d reused\n", generated.Load(), reused.Load())
	}
	mu.Lock()
	names := created
	for _, db := range idle {
		db.Pool.Close()
	}
	mu.Unlock()
	if shared != nil {
		for _, name := range names {
			if err := dropSchema(context.Background(), name); err != nil {
				fmt.Fprintf(os.Stderr, "dbtest: drop schema %s: %v\n", name, err)
			}
		}
		shared.Close()
	}
	os.Exit(code)
}

// Pool is the test binary's shared pool on the test database (its default
// schema). New's and Tx's schemas are not on its search_path.
func Pool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	setup(t)
	return shared
}

// New returns a migrated schema for the test alone, emptied of everything
// but seed rows, and a pool whose connections use it. It goes back to the
// binary's idle schemas at cleanup.
func New(t testing.TB, opts ...Option) *DB {
	t.Helper()
	setup(t)
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	ctx := context.Background()
	db := take(ctx, t)
	if db == nil {
		db = create(ctx, t)
	}
	t.Cleanup(func() {
		// Connections may carry what the test left on them (a LISTEN, a
		// setting): the next test gets new ones.
		db.Pool.Reset()
		if o.noReuse || t.Failed() {
			return // dropped by Main
		}
		mu.Lock()
		idle = append(idle, db)
		mu.Unlock()
	})
	return db
}

// take returns an idle schema, emptied, or nil when none is free.
func take(ctx context.Context, t testing.TB) *DB {
	for {
		mu.Lock()
		if len(idle) == 0 {
			mu.Unlock()
			return nil
		}
		db := idle[len(idle)-1]
		idle = idle[:len(idle)-1]
		stmt := truncate
		mu.Unlock()
		// A schema that cannot be emptied (a lock the last test left) is
		// not used again; Main drops it.
		if err := withLockTimeout(ctx, db.Pool, stmt); err != nil {
			t.Logf("dbtest: not reusing schema %s: %v", db.Schema, err)
			continue
		}
		reused.Add(1)
		return db
	}
}

func create(ctx context.Context, t testing.TB) *DB {
	t.Helper()
	schema := base + strconv.Itoa(int(nextNum.Add(1)))
	_, err := shared.Exec(ctx, "CREATE SCHEMA "+schema)
	require.NoError(t, err)
	mu.Lock()
	created = append(created, schema)
	mu.Unlock()

	cfg, err := pgxpool.ParseConfig(URL())
	require.NoError(t, err)
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	cfg.MaxConns = 12
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	require.NoError(t, err)
	_, err = store.Migrate(ctx, pool, schema)
	require.NoError(t, err)
	require.NoError(t, prepareTruncate(ctx, pool, schema))
	generated.Add(1)
	return &DB{Pool: pool, Schema: schema, URL: withSearchPath(URL(), schema)}
}

// prepareTruncate works out, once, the statement that empties a schema:
// every table but the migration records and the tables migrations seed.
func prepareTruncate(ctx context.Context, pool *pgxpool.Pool, schema string) error {
	mu.Lock()
	done := truncate != ""
	mu.Unlock()
	if done {
		return nil
	}
	rows, err := pool.Query(ctx, `SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename`, schema)
	if err != nil {
		return fmt.Errorf("dbtest: list tables: %w", err)
	}
	tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("dbtest: list tables: %w", err)
	}
	var empty []string
	for _, table := range tables {
		var seeded bool
		if err := pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM "+pgx.Identifier{table}.Sanitize()+")").Scan(&seeded); err != nil {
			return fmt.Errorf("dbtest: look at %s: %w", table, err)
		}
		if !seeded {
			empty = append(empty, pgx.Identifier{table}.Sanitize())
		}
	}
	// A table that refuses TRUNCATE by a trigger (the append-only audit
	// log) has it turned off for the emptying only, in the same transaction.
	rows, err = pool.Query(ctx, `
SELECT format('%I', c.relname), format('%I', t.tgname)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = $1 AND NOT t.tgisinternal AND t.tgtype & 32 <> 0 -- TRIGGER_TYPE_TRUNCATE
 ORDER BY 1, 2`, schema)
	if err != nil {
		return fmt.Errorf("dbtest: list truncate triggers: %w", err)
	}
	guards, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) ([2]string, error) {
		var g [2]string
		return g, row.Scan(&g[0], &g[1])
	})
	if err != nil {
		return fmt.Errorf("dbtest: list truncate triggers: %w", err)
	}
	var before, after []string
	for _, g := range guards {
		before = append(before, "ALTER TABLE "+g[0]+" DISABLE TRIGGER "+g[1]+"; ")
		after = append(after, "; ALTER TABLE "+g[0]+" ENABLE TRIGGER "+g[1])
	}
	mu.Lock()
	truncate = strings.Join(before, "") + "TRUNCATE " + strings.Join(empty, ", ") + " RESTART IDENTITY CASCADE" + strings.Join(after, "")
	mu.Unlock()
	return nil
}

// Tx begins a transaction on a migrated schema that the test binary shares
// and rolls it back at cleanup. Nothing the test writes is ever committed.
func Tx(t testing.TB) pgx.Tx {
	t.Helper()
	setup(t)
	ctx := context.Background()
	mu.Lock()
	db := txSchema
	mu.Unlock()
	if db == nil {
		made := create(ctx, t)
		mu.Lock()
		if txSchema == nil {
			txSchema = made
		} else {
			idle = append(idle, made) // another test made one meanwhile
		}
		db = txSchema
		mu.Unlock()
	}
	tx, err := db.Pool.Begin(ctx)
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := tx.Rollback(context.WithoutCancel(ctx)); err != nil && err != pgx.ErrTxClosed {
			t.Logf("dbtest: rollback: %v", err)
		}
	})
	return tx
}

func withSearchPath(url, schema string) string {
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema
}
