package jobs

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/store"
)

// Deadlines that escalate. A River periodic job (run by the elected leader
// only, once a minute) flags the open referrals past their due time to
// their agency (its supervisors see the overdue count; its webhook gets
// referral.overdue) and, a second period later (per urgency, from the
// charge matrix), shows them to the case's other agencies as overdue
// (case.overdue to each). Each step happens once per referral: the rows
// are marked in the transaction that queues the pushes.

// EscalateArgs is the periodic overdue watch.
type EscalateArgs struct{}

// Kind is River's name for the job.
func (EscalateArgs) Kind() string { return "escalate_overdue" }

// InsertOpts: a missed run is made up by the next; keep only one waiting.
func (EscalateArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueuePush, MaxAttempts: 3, UniqueOpts: river.UniqueOpts{ByArgs: true, ByPeriod: 30 * time.Second}}
}

// Push events of the overdue watch.
const (
	EventOverdue     = "referral.overdue" // to the referral's agency
	EventCaseOverdue = "case.overdue"     // to the case's other agencies, each about its own referral
)

type escalateWorker struct {
	river.WorkerDefaults[EscalateArgs]
	r *Runner
}

func (w *escalateWorker) Work(ctx context.Context, _ *river.Job[EscalateArgs]) error {
	_, _, err := w.r.Escalate(ctx)
	return err
}

// Escalate runs the overdue watch once at the runner's clock; it returns
// how many referrals it flagged and escalated.
func (r *Runner) Escalate(ctx context.Context) (flagged, escalated int, err error) {
	m := r.opts.Matrix
	if m == nil {
		return 0, 0, nil
	}
	now := r.opts.Now()
	err = pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
		late, err := store.FlagOverdue(ctx, tx, now)
		if err != nil {
			return err
		}
		for _, f := range late {
			if err := store.AddEvent(ctx, tx, f.ID, "system", "overdue", nil); err != nil {
				return err
			}
			if err := r.PushTx(ctx, tx, f.Agency, f.ID, EventOverdue); err != nil {
				return err
			}
		}
		up, err := store.Escalate(ctx, tx, now, m.EscalateAfter("emergency"), m.EscalateAfter("urgent"), m.EscalateAfter("routine"))
		if err != nil {
			return err
		}
		for _, f := range up {
			if err := store.AddEvent(ctx, tx, f.ID, "system", "escalated", nil); err != nil {
				return err
			}
			others, err := store.ReferralsOf(ctx, tx, f.ReportID)
			if err != nil {
				return err
			}
			for _, o := range others {
				if o.ID == f.ID {
					continue
				}
				if err := r.PushTx(ctx, tx, o.Agency, o.ID, EventCaseOverdue); err != nil {
					return err
				}
			}
		}
		flagged, escalated = len(late), len(up)
		return nil
	})
	if err == nil && flagged+escalated > 0 {
		r.log.Info("overdue_escalated", "flagged", flagged, "escalated", escalated)
	}
	return flagged, escalated, err
}
