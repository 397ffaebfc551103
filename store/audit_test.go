package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// The audit log is append-only in the database itself: PostgreSQL refuses
// to change or remove a row, whatever the statement, for the application's
// role (here the owner of the schema, and a superuser at that).
func TestAuditLogIsAppendOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := dbtest.New(t).Pool
	require.NoError(t, store.Audit(ctx, db, "user:7", "referral.read", "referral", 42, map[string]any{"agency": "FIA"}))
	require.NoError(t, store.Audit(ctx, db, "user:7", "referrals.list", "console_user", 7, nil))

	for _, stmt := range []string{
		`UPDATE audit_log SET actor = 'someone else' WHERE action = 'referral.read'`,
		`UPDATE audit_log SET detail = '{}'`,
		`DELETE FROM audit_log WHERE subject_id = 42`,
		`DELETE FROM audit_log`,
		`TRUNCATE audit_log`,
	} {
		_, err := db.Exec(ctx, stmt)
		var pgErr *pgconn.PgError
		require.True(t, errors.As(err, &pgErr), "%s: %v", stmt, err)
		require.Equal(t, "42501", pgErr.Code, stmt) // insufficient_privilege
		require.Contains(t, pgErr.Message, "audit_log is append-only", stmt)
	}
	var n int
	var actor, detail string
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM audit_log`).Scan(&n))
	require.Equal(t, 2, n, "nothing removed")
	require.NoError(t, db.QueryRow(ctx, `SELECT actor, detail::text FROM audit_log WHERE action = 'referral.read'`).Scan(&actor, &detail))
	require.Equal(t, "user:7", actor, "nothing changed")
	require.JSONEq(t, `{"agency": "FIA"}`, detail)

	require.NoError(t, store.Audit(ctx, db, "user:7", "referrals.export", "console_user", 7, nil), "appending still works")
}
