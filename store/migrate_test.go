package store_test

import (
	"context"
	"io/fs"
	"strconv"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/migrations"
	"github.com/hoshyar/hoshyar/store"
)

// emptySchemaPool is a pool on a schema with no tables at all.
func emptySchemaPool(t *testing.T) (*pgxpool.Pool, string) {
	t.Helper()
	db := dbtest.New(t) // only for a unique, cleaned-up schema name
	ctx := context.Background()
	schema := db.Schema + "_m"
	_, err := db.Pool.Exec(ctx, "CREATE SCHEMA "+schema)
	require.NoError(t, err)
	t.Cleanup(func() { _, _ = db.Pool.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	cfg, err := pgxpool.ParseConfig(dbtest.URL())
	require.NoError(t, err)
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	return pool, schema
}

func TestMigrateTwiceIsNoOp(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool, schema := emptySchemaPool(t)

	require.Error(t, store.CheckSchema(ctx, pool, schema), "an empty database is out of date")

	first, err := store.Migrate(ctx, pool, schema)
	require.NoError(t, err)
	require.Contains(t, first.Applied, "0001_init.sql")
	require.NotEmpty(t, first.RiverApplied)
	require.NoError(t, store.CheckSchema(ctx, pool, schema))

	second, err := store.Migrate(ctx, pool, schema)
	require.NoError(t, err)
	require.Empty(t, second.Applied)
	require.Empty(t, second.RiverApplied)

	version, err := store.SchemaVersion(ctx, pool)
	require.NoError(t, err)
	require.Equal(t, first.Applied[len(first.Applied)-1], version, "the newest file applied")

	var agencies int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM agencies`).Scan(&agencies))
	require.Equal(t, 8, agencies, "seed rows are not inserted twice")
}

func TestMigrateConcurrently(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool, schema := emptySchemaPool(t)

	const n = 4
	results := make([]store.MigrateResult, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { results[i], errs[i] = store.Migrate(ctx, pool, schema) })
	}
	wg.Wait()
	var applied []string
	for i := range n {
		require.NoError(t, errs[i])
		applied = append(applied, results[i].Applied...)
	}
	all, err := fs.Glob(migrations.FS, "*.sql")
	require.NoError(t, err)
	require.ElementsMatch(t, all, applied, "each file applied exactly once, by one of the runs")
	require.NoError(t, store.CheckSchema(ctx, pool, schema))
}

func TestCheckSchemaNamesPendingMigration(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t, dbtest.NoReuse())
	_, err := db.Pool.Exec(ctx, `DELETE FROM hoshyar_migrations WHERE version = '0001_init.sql'`)
	require.NoError(t, err)
	err = store.CheckSchema(ctx, db.Pool, db.Schema)
	require.ErrorContains(t, err, "0001_init.sql")
	require.ErrorContains(t, err, "hoshyar migrate")
}

func TestCreateDatabase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(dbtest.URL())
	require.NoError(t, err)
	name := "hoshyar_createdb_" + dbtest.New(t).Schema
	url := "postgres://" + cfg.User + "@" + cfg.Host + ":" + itoa(cfg.Port) + "/" + name + "?sslmode=disable"
	t.Cleanup(func() {
		conn, err := pgx.ConnectConfig(context.Background(), cfg)
		if err == nil {
			_, _ = conn.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name)
			_ = conn.Close(context.Background())
		}
	})

	created, err := store.CreateDatabase(ctx, url)
	require.NoError(t, err)
	require.True(t, created)
	created, err = store.CreateDatabase(ctx, url)
	require.NoError(t, err)
	require.False(t, created, "an existing database is left alone")
}

func itoa(p uint16) string {
	return strconv.Itoa(int(p))
}
