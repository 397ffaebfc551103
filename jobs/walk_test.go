package jobs_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

// walk looks for each needle in every column of every table of the test's
// schema (River's tables, the audit log and the webhook deliveries
// included): text, json and numbers as their text, bytes as bytes, all
// without regard to case. It returns "table.column: needle" for each hit.
// It reads what is stored, not what the store would open: sealed values
// are read through the store by the tests themselves.
func walk(t *testing.T, e *env, needles ...string) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := e.db.Pool.Query(ctx, `
		SELECT c.table_name::text, c.column_name::text, c.data_type::text
		  FROM information_schema.columns c
		  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		 WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE'
		 ORDER BY 1, 2`, e.db.Schema)
	require.NoError(t, err)
	type column struct{ table, name, typ string }
	cols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (column, error) {
		var c column
		return c, r.Scan(&c.table, &c.name, &c.typ)
	})
	require.NoError(t, err)
	require.Greater(t, len(cols), 100, "every column of every table")
	var hits []string
	for _, c := range cols {
		table := pgx.Identifier{e.db.Schema, c.table}.Sanitize()
		col := pgx.Identifier{c.name}.Sanitize()
		as := col + `::text`
		if c.typ == "bytea" {
			as = `encode(` + col + `, 'escape')`
		}
		q := fmt.Sprintf(`SELECT count(*) FROM %s WHERE strpos(lower(%s), lower($1)) > 0`, table, as)
		for _, n := range needles {
			var count int
			require.NoError(t, e.db.Pool.QueryRow(ctx, q, n).Scan(&count), q)
			if count > 0 {
				hits = append(hits, fmt.Sprintf("%s.%s: %q", c.table, c.name, n))
			}
		}
	}
	return hits
}

// pgxStrings collects a query's one text column.
func pgxStrings(rows pgx.Rows) ([]string, error) {
	return pgx.CollectRows(rows, pgx.RowTo[string])
}
