package jobs

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/store"
)

// EraseArgs names a contact who asked for their data to be deleted.
type EraseArgs struct {
	ContactID int64 `json:"contact_id"`
}

// Kind is River's name for the job.
func (EraseArgs) Kind() string { return "erase_contact" }

// InsertOpts: erasing is retried for long; it must happen.
func (EraseArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueInbound, MaxAttempts: 50}
}

type eraseWorker struct {
	river.WorkerDefaults[EraseArgs]
	r *Runner
}

func (w *eraseWorker) Work(ctx context.Context, job *river.Job[EraseArgs]) error {
	return pgx.BeginFunc(ctx, w.r.pool, func(tx pgx.Tx) error {
		if err := store.EraseContact(ctx, tx, job.Args.ContactID); err != nil {
			return err
		}
		return store.Audit(ctx, tx, "reporter", "contact.erase", "contact", job.Args.ContactID, nil)
	})
}
