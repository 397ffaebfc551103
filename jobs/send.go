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
	CodeInterrupted = store.CodeInterrupted
	CodeExhausted   = "retries_exhausted"
	CodeNoAddress   = "no_address"
)

// recordTimeout bounds recording a provider's answer.
const recordTimeout = 10 * time.Second

// inOrderWait is how long a reply's job waits for an earlier one of its
// conversation before looking again.
const inOrderWait = 300 * time.Millisecond

// drainLimit bounds how many replies of a conversation one turn delivers.
const drainLimit = 20

// notNow says a reply was left queued (or is another worker's): after is
// when to try again, 0 for the retry policy's backoff.
type notNow struct {
	after time.Duration
	err   error
}

func (e *notNow) Error() string { return fmt.Sprintf("jobs: send later (%s): %v", e.after, e.err) }
func (e *notNow) Unwrap() error { return e.err }

// errBusy: another worker holds the reply's claim; it goes on from there.
var errBusy = errors.New("jobs: another worker is sending the reply")

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
		// Whoever sends the earlier reply goes on with this one; if its
		// sender died, its claim is settled now, and this job looks again.
		if _, err := r.settleExpired(ctx, t.ConversationID); err != nil {
			return err
		}
		r.Send(ctx, t.ConversationID)
		return river.JobSnooze(inOrderWait)
	}
	err = r.deliver(ctx, t, job)
	var later *notNow
	switch {
	case err == nil:
		r.Send(ctx, t.ConversationID) // the replies after it
		return nil
	case errors.Is(err, errBusy):
		return river.JobSnooze(r.opts.Lease)
	case errors.As(err, &later) && later.after > 0:
		return river.JobSnooze(later.after)
	case errors.As(err, &later) && job.Attempt >= job.MaxAttempts:
		r.log.Error("send_retries_exhausted", "message_id", t.ID, "channel", t.Channel, "error", later.err)
		return r.fail(ctx, t, store.StatusFailed, CodeExhausted)
	}
	return err
}

// Send hands a conversation with queued replies to this process's senders;
// when they cannot take it, its first queued reply gets a job.
func (r *Runner) Send(ctx context.Context, conversationID int64) {
	if r.sends.add(conversationID) {
		return
	}
	t, err := store.NextOutbound(ctx, r.pool, conversationID)
	if err == nil && t.Status == store.StatusQueued {
		r.later(ctx, SendArgs{MessageID: t.ID}, 0)
	}
}

// sendLocal is a turn of this process's senders on a conversation: its
// queued replies are delivered in order until one cannot go now, which is
// then left to a job.
func (r *Runner) sendLocal(ctx context.Context, conversationID int64) {
	for range drainLimit {
		if err := r.sendNext(ctx, conversationID); err != nil {
			if !errors.Is(err, errDrained) && ctx.Err() == nil {
				r.log.Debug("send_deferred", "conversation_id", conversationID, "error", err)
			}
			return
		}
	}
	r.Send(ctx, conversationID) // more: another turn, after the others
}

// errDrained: nothing (more) to send in the conversation now.
var errDrained = errors.New("jobs: no reply to send")

// sendNext delivers the conversation's next reply, or says why it did not.
func (r *Runner) sendNext(ctx context.Context, conversationID int64) error {
	ctx, cancel := context.WithTimeout(ctx, r.opts.JobTimeout)
	defer cancel()
	t, err := store.NextOutbound(ctx, r.pool, conversationID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return errDrained
	case err != nil:
		return err
	case t.Status == store.StatusSending && t.LeaseExpired:
		// The process sending it died: settle it, and go on (unless
		// another worker is settling it right now; the sweeper goes on).
		n, err := r.settleExpired(ctx, conversationID)
		if err == nil && n == 0 {
			return errDrained
		}
		return err
	case t.Status == store.StatusSending:
		return errDrained // its sender goes on with the rest
	}
	err = r.deliver(ctx, t, nil)
	var later *notNow
	if errors.As(err, &later) {
		wait := later.after
		if wait <= 0 {
			wait = time.Second
		}
		r.later(ctx, SendArgs{MessageID: t.ID}, wait)
	}
	return err
}

// deliver sends one reply. job is the reply's own job, or nil when a
// sender delivers it on its turn.
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
	return r.sendOnce(ctx, sender, t, out)
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
	sent := false
	err := pgx.BeginFunc(ctx, r.pool, func(tx pgx.Tx) error {
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
			if r.opts.Notifier == nil {
				if err := store.NotifyConversation(ctx, tx, out.ConversationID); err != nil {
					return err
				}
			}
			sent = true
			r.count(out.Channel, store.StatusSent)
		}
		if job == nil {
			return nil
		}
		_, err = river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job)
		return err
	})
	if err == nil && sent && r.opts.Notifier != nil {
		r.opts.Notifier.Notify(out.ConversationID) // after the commit (see store.Notifier)
	}
	return err
}

// sendOnce delivers through a provider: wait for the provider's pace, then
// claim the reply (a committed "sending" with a lease), then hand it over,
// renewing the lease while the provider has it. A crash while waiting
// leaves the reply queued, to be sent after all; a crash while the
// provider has it leaves a claim that expires and is settled as unknown,
// never sent again. A reply its channel splits goes part by part (see
// sendParts).
func (r *Runner) sendOnce(ctx context.Context, sender bot.Sender, t store.Target, out bot.Outbound) error {
	parts, err := r.parts(ctx, sender, t, out)
	if err != nil {
		return err
	}
	if parts != nil {
		return r.sendParts(ctx, sender, t, out, parts)
	}
	if err := r.pace(ctx, sender, out); err != nil {
		return err
	}
	if err := r.fault(FaultAfterPace); err != nil {
		return err // as a crash: the reply is left queued
	}
	claimed, err := store.ClaimSend(ctx, r.pool, t.ID, r.opts.Lease)
	if err != nil {
		return err
	}
	if !claimed {
		return r.notClaimed(ctx, t)
	}
	if err := r.fault(FaultBeforeProvider); err != nil {
		// The provider was not called: the reply may be claimed again.
		return errors.Join(err, store.RequeueSend(context.WithoutCancel(ctx), r.pool, t.ID, ""))
	}
	providerID, sendErr := r.call(ctx, sender, t.ID, out)
	if err := r.fault(FaultAfterProvider); err != nil {
		return err
	}
	// What the provider said is recorded even if the turn's time ran out
	// meanwhile: losing it would leave a delivered reply "unknown".
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	if sendErr != nil {
		return r.refused(ctx, t, sendErr)
	}
	r.count(t.Channel, store.StatusSent)
	return store.MarkSent(ctx, r.pool, t.ID, providerID)
}

// parts returns the reply's queued parts, recording them first when its
// channel splits it; nil for a reply sent whole.
func (r *Runner) parts(ctx context.Context, sender bot.Sender, t store.Target, out bot.Outbound) ([]store.Part, error) {
	if t.Parts == 0 {
		splitter, ok := sender.(bot.Splitter)
		if !ok {
			return nil, nil
		}
		split := splitter.Split(out)
		if len(split) < 2 {
			return nil, nil
		}
		parts := make([]store.NewPart, len(split))
		for i, p := range split {
			parts[i].Body = p.Text
			if len(p.Buttons) > 0 {
				b, err := json.Marshal(p.Buttons)
				if err != nil {
					return nil, err
				}
				parts[i].Buttons = b
			}
		}
		if err := store.InsertParts(ctx, r.pool, t.ID, parts); err != nil {
			return nil, err
		}
	}
	return store.QueuedParts(ctx, r.pool, t.ID)
}

// sendParts delivers a split reply: paced and claimed as a whole reply, then
// each part claimed, handed over and recorded on its own. A part the
// provider refuses for now puts the reply back in the queue; the retry
// resumes at that part.
func (r *Runner) sendParts(ctx context.Context, sender bot.Sender, t store.Target, out bot.Outbound, parts []store.Part) error {
	if len(parts) == 0 {
		// Every part went, but the reply was not settled.
		claimed, err := store.ClaimSend(ctx, r.pool, t.ID, r.opts.Lease)
		if err != nil {
			return err
		}
		if !claimed {
			return r.notClaimed(ctx, t)
		}
		return r.finishParts(ctx, t)
	}
	total := t.Parts
	if total == 0 {
		total = len(parts)
	}
	for i, p := range parts {
		part := out
		part.Text, part.Buttons, part.Part, part.Parts = p.Body, nil, p.Part, total
		if len(p.Buttons) > 0 {
			if err := json.Unmarshal(p.Buttons, &part.Buttons); err != nil {
				return fmt.Errorf("part buttons: %w", err)
			}
		}
		if err := r.pace(ctx, sender, part); err != nil {
			if i > 0 {
				err = errors.Join(err, store.RequeueSend(context.WithoutCancel(ctx), r.pool, t.ID, ""))
			}
			return err
		}
		if err := r.fault(FaultAfterPace); err != nil {
			return err // as a crash: queued, or claimed with no part in flight
		}
		if i == 0 {
			claimed, err := store.ClaimSend(ctx, r.pool, t.ID, r.opts.Lease)
			if err != nil {
				return err
			}
			if !claimed {
				return r.notClaimed(ctx, t)
			}
		}
		claimed, err := store.ClaimPart(ctx, r.pool, t.ID, p.Part, r.opts.Lease)
		if err != nil {
			return err
		}
		if !claimed {
			return errBusy // the claim expired and was settled by another replica
		}
		if err := r.fault(FaultBeforeProvider); err != nil {
			return errors.Join(err, store.RequeueSend(context.WithoutCancel(ctx), r.pool, t.ID, ""))
		}
		providerID, sendErr := r.call(ctx, sender, t.ID, part)
		if err := r.fault(FaultAfterProvider); err != nil {
			return err
		}
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
		if sendErr != nil {
			err = r.refused(rctx, t, sendErr)
		} else {
			err = store.PartSent(rctx, r.pool, t.ID, p.Part, providerID)
		}
		cancel()
		if err != nil {
			return err
		}
	}
	return r.finishParts(ctx, t)
}

func (r *Runner) finishParts(ctx context.Context, t store.Target) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	r.count(t.Channel, store.StatusSent)
	return store.FinishParts(ctx, r.pool, t.ID)
}

// pace waits for the provider's pace when the channel keeps one.
func (r *Runner) pace(ctx context.Context, sender bot.Sender, out bot.Outbound) error {
	p, ok := sender.(bot.Pacer)
	if !ok {
		return nil
	}
	err := p.Pace(ctx, out)
	if err == nil {
		return nil
	}
	if ra, ok := bot.AsRetryAfter(err); ok {
		return &notNow{after: max(ra.After, time.Second), err: err}
	}
	return &notNow{err: err}
}

// notClaimed explains a claim that failed: the reply is settled already,
// another worker sends it, or the worker that claimed it died.
func (r *Runner) notClaimed(ctx context.Context, t store.Target) error {
	m, err := store.GetMessage(ctx, r.pool, t.ID)
	if err != nil {
		return err
	}
	if store.Final(m.Status) {
		return nil
	}
	if m.Status == store.StatusSending {
		n, err := r.settleExpired(ctx, t.ConversationID)
		if err != nil {
			return err
		}
		if n > 0 {
			return &notNow{after: inOrderWait, err: errBusy}
		}
	}
	return errBusy
}

// refused records what a provider's refusal means for the reply.
func (r *Runner) refused(ctx context.Context, t store.Target, sendErr error) error {
	if perm, ok := bot.AsPermanent(sendErr); ok {
		r.log.Warn("send_failed_permanently", "message_id", t.ID, "channel", t.Channel, "code", perm.Code)
		if perm.Contact != "" {
			if err := store.SetContactStatus(ctx, r.pool, t.ContactID, perm.Contact); err != nil {
				return err
			}
		}
		return r.fail(ctx, t, store.StatusFailed, perm.Code)
	}
	r.count(t.Channel, "retry")
	if ra, ok := bot.AsRetryAfter(sendErr); ok {
		if err := store.RequeueSend(ctx, r.pool, t.ID, "429"); err != nil {
			return err
		}
		return &notNow{after: max(ra.After, time.Second), err: sendErr}
	}
	if err := store.RequeueSend(ctx, r.pool, t.ID, ""); err != nil {
		return err
	}
	return &notNow{err: fmt.Errorf("jobs: send message %d: %w", t.ID, sendErr)}
}

// call hands out to the provider, keeping the claim's lease alive while
// the provider has it.
func (r *Runner) call(ctx context.Context, sender bot.Sender, id int64, out bot.Outbound) (string, error) {
	keep := r.keepLease(ctx, id)
	defer keep.stop()
	return sender.Send(ctx, out)
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
