package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/store"
)

// SendArgs names a reply to deliver.
type SendArgs struct {
	MessageID int64 `json:"message_id"`
}

// Kind is River's name for the job.
func (SendArgs) Kind() string { return "send_message" }

// InsertOpts puts sending on the outbound queue. With retryPolicy, 20
// attempts span about two hours of provider outage.
func (SendArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueOutbound, MaxAttempts: 20}
}

type sendWorker struct {
	river.WorkerDefaults[SendArgs]
	r *Runner
}

// Failure codes recorded with replies that were not sent.
const (
	CodeChannelOff  = "channel_off"
	CodeInterrupted = "interrupted"
	CodeExhausted   = "retries_exhausted"
	CodeNoAddress   = "no_address"
)

// recordTimeout bounds recording a provider's answer.
const recordTimeout = 10 * time.Second

// inOrderWait is how long a reply waits for an earlier one of its
// conversation before looking again.
const inOrderWait = 300 * time.Millisecond

// drainLimit bounds how many following replies of its conversation one send
// job delivers after its own.
const drainLimit = 20

// errStopDrain ends a drain without failing the job: the reply that could
// not go now has a job of its own that will retry it.
var errStopDrain = errors.New("jobs: stop drain")

func (w *sendWorker) Work(ctx context.Context, job *river.Job[SendArgs]) error {
	r := w.r
	t, err := store.OutboundTarget(ctx, r.pool, job.Args.MessageID)
	if errors.Is(err, store.ErrNotFound) {
		return nil // erased
	}
	if err != nil {
		return err
	}
	if store.Final(t.Status) {
		return nil
	}
	earlier, err := store.EarlierPendingOutbound(ctx, r.pool, t.ConversationID, t.ID)
	if err != nil {
		return err
	}
	if earlier {
		return river.JobSnooze(inOrderWait)
	}
	if err := r.deliver(ctx, t, job); err != nil {
		return err
	}
	// Deliver the replies queued after this one now, in order, rather than
	// each waiting for its own job to notice its turn has come; stop while
	// the job has time left, and leave the rest to their own jobs.
	for range drainLimit {
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < r.opts.JobTimeout/2 {
			return nil
		}
		next, err := store.NextQueuedOutbound(ctx, r.pool, t.ConversationID)
		if err != nil {
			return nil // none left, or its own job will do it
		}
		if err := r.deliver(ctx, next, nil); err != nil {
			return nil
		}
	}
	return nil
}

// deliver sends one reply. job is the reply's own job, or nil when the
// reply is delivered by a drain (its own job will then find it done, or
// retry it).
func (r *Runner) deliver(ctx context.Context, t store.Target, job *river.Job[SendArgs]) error {
	sender := r.opts.Senders.Sender(t.Channel)
	if sender == nil {
		return r.fail(ctx, t, store.StatusFailed, CodeChannelOff)
	}
	switch t.ContactStatus {
	case store.ContactOptedOut, store.ContactErased, store.ContactUnreachable:
		return r.fail(ctx, t, store.StatusFailed, "contact_"+t.ContactStatus)
	}
	out, err := r.outbound(t)
	if err != nil {
		r.log.Error("send_no_address", "message_id", t.ID, "error", err)
		return r.fail(ctx, t, store.StatusFailed, CodeNoAddress)
	}
	if rp, ok := sender.(bot.Repeatable); ok && rp.Repeatable() {
		return r.sendRepeatable(ctx, job, sender, out)
	}
	return r.sendOnce(ctx, job, sender, t, out)
}

func (r *Runner) outbound(t store.Target) (bot.Outbound, error) {
	addr, err := r.opts.Vault.Open(t.AddressSealed, t.Channel)
	if err != nil {
		return bot.Outbound{}, err
	}
	out := bot.Outbound{MessageID: t.ID, ConversationID: t.ConversationID, Channel: t.Channel,
		Address: addr, Locale: t.Locale, Text: t.Body, Template: t.Kind == "template"}
	if len(t.Buttons) > 0 {
		if err := json.Unmarshal(t.Buttons, &out.Buttons); err != nil {
			return out, fmt.Errorf("buttons: %w", err)
		}
	}
	return out, nil
}

// sendRepeatable delivers on a channel whose delivery is a database change:
// the message row lock, the delivery and the job's completion share one
// transaction, so it happens exactly once whatever crashes.
func (r *Runner) sendRepeatable(ctx context.Context, job *river.Job[SendArgs], sender bot.Sender, out bot.Outbound) error {
	return pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
		m, err := store.LockMessage(ctx, tx, out.MessageID)
		if err != nil {
			return err
		}
		if !store.Final(m.Status) {
			if err := r.fault(FaultBeforeProvider); err != nil {
				return err
			}
			providerID, err := sender.Send(ctx, out)
			if err != nil {
				return err
			}
			if err := r.fault(FaultAfterProvider); err != nil {
				return err
			}
			if err := store.MarkSent(ctx, tx, out.MessageID, providerID); err != nil {
				return err
			}
			if err := store.NotifyConversation(ctx, tx, out.ConversationID); err != nil {
				return err
			}
			r.count(out.Channel, store.StatusSent)
		}
		if job == nil {
			return nil
		}
		_, err = river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job)
		return err
	})
}

// sendOnce delivers through a provider. The reply is claimed (marked
// sending) in its own committed transaction first: if this process dies
// while the provider has it, the next attempt finds it claimed and records
// the outcome as unknown rather than sending it twice.
func (r *Runner) sendOnce(ctx context.Context, job *river.Job[SendArgs], sender bot.Sender, t store.Target, out bot.Outbound) error {
	claimed, err := store.ClaimSend(ctx, r.pool, t.ID)
	if err != nil {
		return err
	}
	if !claimed {
		m, err := store.GetMessage(ctx, r.pool, t.ID)
		if err != nil {
			return err
		}
		if m.Status == store.StatusSending && m.SendingAt != nil && r.opts.Now().Sub(*m.SendingAt) > 2*r.opts.JobTimeout {
			r.log.Warn("send_interrupted", "message_id", t.ID, "channel", t.Channel)
			return r.fail(ctx, t, store.StatusUnknown, CodeInterrupted)
		}
		if store.Final(m.Status) {
			return nil
		}
		if job == nil {
			return errStopDrain
		}
		return river.JobSnooze(r.opts.JobTimeout) // another worker is sending it now
	}
	if err := r.fault(FaultBeforeProvider); err != nil {
		// The provider was not called: the reply may be claimed again.
		return errors.Join(err, store.RequeueSend(ctx, r.pool, t.ID, ""))
	}
	providerID, sendErr := sender.Send(ctx, out)
	if err := r.fault(FaultAfterProvider); err != nil {
		return err
	}
	// What the provider said is recorded even if the job's time ran out
	// meanwhile: losing it would leave a delivered reply "unknown".
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	if sendErr == nil {
		r.count(t.Channel, store.StatusSent)
		return pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
			if err := store.MarkSent(ctx, tx, t.ID, providerID); err != nil {
				return err
			}
			return store.NotifyConversation(ctx, tx, t.ConversationID)
		})
	}
	if perm, ok := bot.AsPermanent(sendErr); ok {
		r.log.Warn("send_failed_permanently", "message_id", t.ID, "channel", t.Channel, "code", perm.Code)
		if perm.Contact != "" {
			if err := store.SetContactStatus(ctx, r.pool, t.ContactID, perm.Contact); err != nil {
				return err
			}
		}
		return r.fail(ctx, t, store.StatusFailed, perm.Code)
	}
	if ra, ok := bot.AsRetryAfter(sendErr); ok {
		r.count(t.Channel, "retry")
		if err := store.RequeueSend(ctx, r.pool, t.ID, "429"); err != nil {
			return err
		}
		if job == nil {
			return errStopDrain
		}
		return river.JobSnooze(max(ra.After, time.Second))
	}
	if job == nil {
		return errors.Join(errStopDrain, store.RequeueSend(ctx, r.pool, t.ID, ""))
	}
	if job.Attempt >= job.MaxAttempts {
		r.log.Error("send_retries_exhausted", "message_id", t.ID, "channel", t.Channel, "error", sendErr)
		return r.fail(ctx, t, store.StatusFailed, CodeExhausted)
	}
	r.count(t.Channel, "retry")
	if err := store.RequeueSend(ctx, r.pool, t.ID, ""); err != nil {
		return err
	}
	return fmt.Errorf("jobs: send message %d: %w", t.ID, sendErr)
}

func (r *Runner) fail(ctx context.Context, t store.Target, status, code string) error {
	r.count(t.Channel, status)
	return store.MarkSendFailed(ctx, r.pool, t.ID, status, code)
}

func (r *Runner) count(channel, status string) {
	if r.opts.Metrics != nil {
		r.opts.Metrics.Sent(channel, status)
	}
}

// EnqueueSendTx schedules sending a queued reply when tx commits
// (implements bot.Enqueuer).
func (r *Runner) EnqueueSendTx(ctx context.Context, tx pgx.Tx, messageID int64) error {
	if _, err := r.client.InsertTx(ctx, tx, SendArgs{MessageID: messageID}, nil); err != nil {
		return fmt.Errorf("jobs: enqueue send: %w", err)
	}
	return nil
}
