package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// BegunTx is the transaction on conn whose BEGIN was sent with the first
// batch (BeginArriveKnown), a round trip saved, as a pgx.Tx for the code
// that takes one. Commit and Rollback end it, unless its COMMIT went with a
// batch (StepOutcome.Commit), another round trip saved; a nested Begin is
// a savepoint, as pgx's own nested transactions are. It does what conn does
// and keeps no state of its own but the savepoint depth and whether it has
// ended, so it is only as right as its use: one caller, and the transaction
// really begun.
func BegunTx(conn *pgx.Conn) pgx.Tx { return &begunTx{conn: conn} }

type begunTx struct {
	conn      *pgx.Conn
	savepoint int // 0: the transaction itself
	state     txState
}

type txState uint8

const (
	txOpen     txState = iota
	committing         // COMMIT sent with a batch (SaveStep), outcome not yet read
	committed          // by a batch: Commit has nothing left to do
	ended
)

func (t *begunTx) Begin(ctx context.Context) (pgx.Tx, error) {
	n := t.savepoint + 1
	if _, err := t.conn.Exec(ctx, fmt.Sprintf("savepoint sp_%d", n)); err != nil {
		return nil, err
	}
	return &begunTx{conn: t.conn, savepoint: n}, nil
}

func (t *begunTx) Commit(ctx context.Context) error {
	switch t.state {
	case committed:
		t.state = ended
		return nil
	case committing, ended:
		return pgx.ErrTxClosed
	}
	t.state = ended
	if t.savepoint > 0 {
		_, err := t.conn.Exec(ctx, fmt.Sprintf("release savepoint sp_%d", t.savepoint))
		return err
	}
	tag, err := t.conn.Exec(ctx, "commit")
	if err == nil && tag.String() == "ROLLBACK" {
		return pgx.ErrTxCommitRollback // the transaction had failed
	}
	return err
}

func (t *begunTx) Rollback(ctx context.Context) error {
	switch t.state {
	case committing:
		// The COMMIT's answer was not read: end whatever is left, if
		// anything (after a commit this only draws a warning).
		t.state = ended
		_, err := t.conn.Exec(ctx, "rollback")
		return err
	case committed, ended:
		return pgx.ErrTxClosed
	}
	t.state = ended
	if t.savepoint > 0 {
		_, err := t.conn.Exec(ctx, fmt.Sprintf("rollback to savepoint sp_%d", t.savepoint))
		return err
	}
	_, err := t.conn.Exec(ctx, "rollback")
	return err
}

func (t *begunTx) CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error) {
	return t.conn.CopyFrom(ctx, table, columns, src)
}

func (t *begunTx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults {
	return t.conn.SendBatch(ctx, b)
}

func (t *begunTx) LargeObjects() pgx.LargeObjects { return pgx.LargeObjects{} } // unused by Hoshyar

func (t *begunTx) Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error) {
	return t.conn.Prepare(ctx, name, sql)
}

func (t *begunTx) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	return t.conn.Exec(ctx, sql, args...)
}

func (t *begunTx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return t.conn.Query(ctx, sql, args...)
}

func (t *begunTx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return t.conn.QueryRow(ctx, sql, args...)
}

func (t *begunTx) Conn() *pgx.Conn { return t.conn }
