package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// collectOne runs a query expected to return one row and scans it by column
// name into T; no row is ErrNotFound.
func collectOne[T any](ctx context.Context, db DBTX, op, sql string, args ...any) (T, error) {
	var zero T
	rows, err := db.Query(ctx, sql, args...)
	if err != nil {
		return zero, fmt.Errorf("store: %s: %w", op, err)
	}
	v, err := pgx.CollectExactlyOneRow(rows, rowTo[T])
	if err != nil {
		return zero, fmt.Errorf("store: %s: %w", op, notFound(err))
	}
	return v, nil
}

// collectAll runs a query and scans every row by column name into T.
func collectAll[T any](ctx context.Context, db DBTX, op, sql string, args ...any) ([]T, error) {
	rows, err := db.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", op, err)
	}
	v, err := pgx.CollectRows(rows, rowTo[T])
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", op, err)
	}
	return v, nil
}

func collectIDs(rows pgx.Rows, op string) ([]int64, error) {
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", op, err)
	}
	return ids, nil
}
