package jobs

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/casework"
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

// Work erases a contact who asked in the chat (see EraseNow).
func (w *eraseWorker) Work(ctx context.Context, job *river.Job[EraseArgs]) error {
	return w.r.erase(ctx, job.Args.ContactID, "reporter")
}

// EraseNow erases a contact at once, on a request that came another way
// (to the operator, in writing: `hoshyar contact erase`); actor is who
// asked, for the audit log. The pushes it causes are queued for the
// workers.
func (r *Runner) EraseNow(ctx context.Context, contactID int64, actor string) error {
	return r.erase(ctx, contactID, actor)
}

// erase erases a contact in one transaction: their words are withdrawn
// from the reports agencies hold (which keep the facts about the offer and
// the recruiter, marked withdrawn), their transcripts, attachments, flow
// state and contact details are erased, and every agency holding one of
// their reports is told (referral.withdrawn).
func (r *Runner) erase(ctx context.Context, id int64, actor string) error {
	return pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
		if err := store.LockContact(ctx, tx, id); err != nil {
			return err
		}
		pushes, err := casework.Withdraw(ctx, tx, id, r.ownAddress(ctx, tx, id))
		if err != nil {
			return err
		}
		if err := store.EraseContact(ctx, tx, id); err != nil {
			return err
		}
		if err := r.pushAll(ctx, tx, pushes); err != nil {
			return err
		}
		return store.Audit(ctx, tx, actor, "contact.erase", "contact", id, map[string]any{"referrals_told": len(pushes)})
	})
}

// ownAddress is the contact's own address when a number may be read from
// it (WhatsApp, SMS), so that their number is taken out of their reports
// where triage read it as a recruiter's; none when it cannot be opened
// (erased already, or not a number: triage finds nothing in a chat id
// that is not a phone number's shape).
func (r *Runner) ownAddress(ctx context.Context, db store.DBTX, id int64) []string {
	c, err := store.GetContact(ctx, db, id)
	if err != nil || c.AddressSealed == nil || r.opts.Vault == nil {
		return nil
	}
	addr, err := r.opts.Vault.Open(c.AddressSealed, c.Channel)
	if err != nil {
		return nil
	}
	return []string{strings.TrimPrefix(addr, "whatsapp:")}
}
