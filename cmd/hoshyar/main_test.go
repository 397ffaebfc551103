package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/vault"
)

func envFor(db *dbtest.DB, extra ...string) func(string) string {
	m := map[string]string{
		"HOSHYAR_ENV":        "local",
		"DATABASE_URL":       db.URL,
		"HOSHYAR_SECRET_KEY": strings.Repeat("k", 40),
	}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestMigrateCommand(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t) // already migrated
	var out, errOut bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"migrate"}, envFor(db), &out, &errOut))
	require.Contains(t, out.String(), "up to date")
}

func TestTokenCreate(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	var out, errOut bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"token", "create", "--agency", "fia", "--name", "Lahore circle case system"}, envFor(db), &out, &errOut))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	token := lines[len(lines)-1]
	require.True(t, strings.HasPrefix(token, "hsy_"), "the token is on the last line: %q", out.String())
	require.GreaterOrEqual(t, len(token), 40)

	v, err := vault.New([]byte(strings.Repeat("k", 40)))
	require.NoError(t, err)
	var agency string
	var stored []byte
	var label string
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT agency_code, token_hash, label FROM api_tokens`).Scan(&agency, &stored, &label))
	require.Equal(t, "FIA", agency)
	require.Equal(t, "Lahore circle case system", label)
	require.Equal(t, v.Hash("api-token", token), stored, "only the keyed hash is stored")
	var audits int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM audit_log WHERE action = 'token.create'`).Scan(&audits))
	require.Equal(t, 1, audits)

	err = run(context.Background(), []string{"token", "create", "--agency", "CIA"}, envFor(db), &out, &errOut)
	require.ErrorContains(t, err, `unknown agency "CIA"`)
	err = run(context.Background(), []string{"token", "create"}, envFor(db), &out, &errOut)
	require.ErrorContains(t, err, "--agency CODE is required")
}

func TestUsageAndConfigErrors(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	require.ErrorIs(t, run(context.Background(), nil, func(string) string { return "" }, &out, &errOut), errUsage)
	require.Contains(t, errOut.String(), "token create --agency CODE")

	err := run(context.Background(), []string{"serve"}, func(string) string { return "" }, &out, &errOut)
	require.ErrorContains(t, err, "HOSHYAR_SECRET_KEY", "production needs a key")

	err = run(context.Background(), []string{"frobnicate"}, func(k string) string {
		return map[string]string{"HOSHYAR_ENV": "local"}[k]
	}, &out, &errOut)
	require.ErrorIs(t, err, errUsage)
}

func TestServeRefusesOutOfDateSchema(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t, dbtest.NoReuse())
	_, err := db.Pool.Exec(context.Background(), `DELETE FROM hoshyar_migrations`)
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	err = run(context.Background(), []string{"serve"}, envFor(db, "HOSHYAR_AUTO_MIGRATE", "false", "HTTP_ADDR", "127.0.0.1:0"), &out, &errOut)
	require.ErrorContains(t, err, "hoshyar migrate")
}
